<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>SignAsDialog</name>
        <message>
            <source>Sign {number} as {name}</source>
            <translation>Ký {number} với tư cách {name}</translation>
        </message>
        <message>
            <source>Record {name}'s signature on {number}. Check the name and title as they appear on the agreement; the first signature freezes this version.</source>
            <translation>Ghi nhận chữ ký của {name} trên {number}. Kiểm tra tên và chức danh như trên thỏa thuận; chữ ký đầu tiên cố định phiên bản này.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Ký</translation>
        </message>
        <message>
            <source>{party} · {organisation} · group {group}</source>
            <translation>{party} · {organisation} · nhóm {group}</translation>
        </message>
        <message>
            <source>Party:</source>
            <translation>Bên:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Tên người ký:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Chức danh người ký:</translation>
        </message>
        <message>
            <source>Recorded by:</source>
            <translation>Người ghi nhận:</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Party</source>
            <translation>Bên</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Role or title</source>
            <translation>Vai trò hoặc chức danh</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Nhóm</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Thứ tự ký của {number}</translation>
        </message>
        <message>
            <source>Who signs {number} ({customer}) for each party, and in which order.</source>
            <translation>Ai ký {number} ({customer}) cho mỗi bên, và theo thứ tự nào.</translation>
        </message>
        <message>
            <source>Save order</source>
            <translation>Lưu thứ tự</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Xó&amp;a</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Di chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Di chuyển &amp;xuống</translation>
        </message>
        <message>
            <source>Add a signatory below the selected one</source>
            <translation>Thêm một người ký bên dưới người đang chọn</translation>
        </message>
        <message>
            <source>Remove the selected signatory</source>
            <translation>Xóa người ký đang chọn</translation>
        </message>
        <message>
            <source>Move the selected signatory one row up</source>
            <translation>Chuyển người ký đang chọn lên một dòng</translation>
        </message>
        <message>
            <source>Move the selected signatory one row down</source>
            <translation>Chuyển người ký đang chọn xuống một dòng</translation>
        </message>
        <message>
            <source>Signing has started, so the signing order can no longer change. The signing window shows who has signed and who is next.</source>
            <translation>Việc ký đã bắt đầu nên thứ tự ký không thể thay đổi nữa. Cửa sổ ký cho biết ai đã ký và ai ký tiếp theo.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Signing order of {number}: {signatories} in {groups}</source>
            <translation>Thứ tự ký của {number}: {signatories} trong {groups}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies)</source>
            <translation>
                <numerusform>%n người ký</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n nhóm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Ký {number}</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>&amp;Thứ tự ký…</translation>
        </message>
        <message>
            <source>{customer} · {status}, version {version}</source>
            <translation>{customer} · {status}, phiên bản {version}</translation>
        </message>
        <message>
            <source>Signing has started: the order can no longer change</source>
            <translation>Việc ký đã bắt đầu: thứ tự không thể thay đổi nữa</translation>
        </message>
        <message>
            <source>Choose who signs for each party and in which group</source>
            <translation>Chọn người ký cho mỗi bên và theo nhóm nào</translation>
        </message>
        <message>
            <source>Signing order</source>
            <translation>Thứ tự ký</translation>
        </message>
    </context>
    <context>
        <name>SigningPanel</name>
        <message>
            <source>Party</source>
            <translation>Bên</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Chức danh</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>&amp;Sign as selected…</source>
            <translation>&amp;Ký với tư cách người đã chọn…</translation>
        </message>
        <message>
            <source>✓ Signed {time}</source>
            <translation>✓ Đã ký {time}</translation>
        </message>
        <message>
            <source>Next — may sign now</source>
            <translation>Tiếp theo — có thể ký ngay</translation>
        </message>
        <message>
            <source>Waiting for group {group}</source>
            <translation>Đang chờ nhóm {group}</translation>
        </message>
        <message>
            <source>Waiting for approval (now {status})</source>
            <translation>Đang chờ phê duyệt (hiện: {status})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing complete</source>
            <translation>{signed}/{count} đã ký · đã ký xong</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · next: {names}</source>
            <translation>{signed}/{count} đã ký · tiếp theo: {names}</translation>
        </message>
        <message>
            <source>{name} ({party})</source>
            <translation>{name} ({party})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing opens once the agreement is approved (now {status})</source>
            <translation>{signed}/{count} đã ký · việc ký bắt đầu khi thỏa thuận được phê duyệt (hiện: {status})</translation>
        </message>
        <message>
            <source>Group {group}</source>
            <translation>Nhóm {group}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies), in any order</source>
            <translation>
                <numerusform>%n người ký, theo thứ tự bất kỳ</numerusform>
            </translation>
        </message>
        <message>
            <source>signed</source>
            <translation>đã ký</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · signing complete</source>
            <translation>{signed}/{count} bên đã ký · đã ký xong</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · no signing order set: each party signs once, in any order</source>
            <translation>{signed}/{count} bên đã ký · chưa đặt thứ tự ký: mỗi bên ký một lần, theo thứ tự bất kỳ</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Ký…</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Chưa ký</translation>
        </message>
        <message>
            <source>Sign… records one party's signature; a signing order names each signatory and when they sign.</source>
            <translation>Ký… ghi nhận chữ ký của một bên; thứ tự ký nêu tên từng người ký và thời điểm họ ký.</translation>
        </message>
        <message>
            <source>Both parties have signed.</source>
            <translation>Cả hai bên đã ký.</translation>
        </message>
        <message>
            <source>Signatures are taken once the agreement is approved.</source>
            <translation>Chữ ký được thu nhận sau khi thỏa thuận được phê duyệt.</translation>
        </message>
        <message>
            <source>Select who signs.</source>
            <translation>Chọn người ký.</translation>
        </message>
        <message>
            <source>{name} has signed.</source>
            <translation>{name} đã ký.</translation>
        </message>
        <message>
            <source>Not {name}'s turn yet: group {group} signs first.</source>
            <translation>Chưa đến lượt {name}: nhóm {group} ký trước.</translation>
        </message>
        <message>
            <source>{name} signed {number} for the customer</source>
            <translation>{name} đã ký {number} cho khách hàng</translation>
        </message>
        <message>
            <source>{name} signed {number} for the provider</source>
            <translation>{name} đã ký {number} cho nhà cung cấp</translation>
        </message>
        <message>
            <source>Signature recorded on {number}</source>
            <translation>Đã ghi nhận chữ ký trên {number}</translation>
        </message>
        <message>
            <source>{done}: all signatures recorded</source>
            <translation>{done}: đã ghi nhận tất cả chữ ký</translation>
        </message>
    </context>
    <context>
        <name>SigningWords</name>
        <message>
            <source>e.g. Account manager</source>
            <translation>ví dụ: Quản lý khách hàng</translation>
        </message>
        <message>
            <source>e.g. Managing director</source>
            <translation>ví dụ: Giám đốc điều hành</translation>
        </message>
        <message>
            <source>Groups sign in ascending order; signatories in the same group may sign in any order.</source>
            <translation>Các nhóm ký theo thứ tự tăng dần; những người ký trong cùng một nhóm có thể ký theo thứ tự bất kỳ.</translation>
        </message>
    </context>
</TS>
