<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgreementChooser</name>
        <message>
            <source>Agreement</source>
            <translation>Thỏa thuận</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>In this structure</source>
            <translation>Trong cấu trúc này</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Place {number} under…</source>
            <translation>Đặt {number} dưới…</translation>
        </message>
        <message>
            <source>Link {number} as supporting…</source>
            <translation>Liên kết {number} làm thỏa thuận hỗ trợ…</translation>
        </message>
        <message>
            <source>Choose the agreement to hold it: a customer-level agreement of {customer}, or a corporate-level agreement (which can hold several customers' agreements).</source>
            <translation>Chọn thỏa thuận sẽ chứa nó: một thỏa thuận cấp khách hàng của {customer}, hoặc một thỏa thuận cấp doanh nghiệp (có thể chứa thỏa thuận của nhiều khách hàng).</translation>
        </message>
        <message>
            <source>Choose the customer or internal SLA it backs; the consistency check then compares their targets.</source>
            <translation>Chọn SLA khách hàng hoặc SLA nội bộ mà nó hỗ trợ; sau đó bước kiểm tra nhất quán sẽ so sánh các chỉ tiêu của chúng.</translation>
        </message>
        <message>
            <source>Now under {number}.</source>
            <translation>Hiện đang nằm dưới {number}.</translation>
        </message>
        <message>
            <source>Now not under any agreement.</source>
            <translation>Hiện không nằm dưới thỏa thuận nào.</translation>
        </message>
        <message>
            <source>Now supports {number}.</source>
            <translation>Hiện đang hỗ trợ {number}.</translation>
        </message>
        <message>
            <source>Now not linked.</source>
            <translation>Hiện chưa được liên kết.</translation>
        </message>
        <message>
            <source>Search number, title or customer — or type an agreement number</source>
            <translation>Tìm số, tiêu đề hoặc khách hàng — hoặc nhập số thỏa thuận</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Thỏa thuận:</translation>
        </message>
        <message>
            <source>&amp;Backs:</source>
            <translation>&amp;Hỗ trợ cho:</translation>
        </message>
        <message>
            <source>&amp;Place here</source>
            <translation>Đặt &amp;vào đây</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Liên kết</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matching “{text}” (narrow the search).</source>
            <translation>
                <numerusform>%n kết quả đầu tiên khớp với “{text}” (hãy thu hẹp tìm kiếm).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matching “{text}”.</source>
            <translation>
                <numerusform>%n kết quả khớp với “{text}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No customer or internal SLA matches “{text}”. {button} uses the text as an agreement number.</source>
            <translation>Không có SLA khách hàng hoặc SLA nội bộ nào khớp với “{text}”. {button} sẽ dùng văn bản này làm số thỏa thuận.</translation>
        </message>
        <message numerus="yes">
            <source>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Đang hiển thị SLA khách hàng và SLA nội bộ của {customer} và của cấu trúc này (%n mục đầu tiên; hãy thu hẹp tìm kiếm). Gõ để tìm trong mọi SLA khách hàng và SLA nội bộ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing customer and internal SLAs of {customer} and of this structure. Type to search every customer and internal SLA.</source>
            <translation>Đang hiển thị SLA khách hàng và SLA nội bộ của {customer} và của cấu trúc này. Gõ để tìm trong mọi SLA khách hàng và SLA nội bộ.</translation>
        </message>
        <message numerus="yes">
            <source>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Đang hiển thị các SLA của cấu trúc này và các SLA khách hàng, SLA nội bộ mới nhất (%n mục đầu tiên; hãy thu hẹp tìm kiếm). Gõ để tìm trong mọi SLA khách hàng và SLA nội bộ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing SLAs of this structure and the newest customer and internal SLAs. Type to search every customer and internal SLA.</source>
            <translation>Đang hiển thị các SLA của cấu trúc này và các SLA khách hàng, SLA nội bộ mới nhất. Gõ để tìm trong mọi SLA khách hàng và SLA nội bộ.</translation>
        </message>
        <message>
            <source>Choose an agreement, or type its number</source>
            <translation>Chọn một thỏa thuận hoặc nhập số của nó</translation>
        </message>
        <message>
            <source>{warning}

Place {number} there?</source>
            <translation>{warning}

Đặt {number} vào đó?</translation>
        </message>
        <message>
            <source>{target} belongs to {customer}, not {own}: placing {number} under it makes {target} a corporate-level agreement, holding agreements of both customers.</source>
            <translation>{target} thuộc về {customer}, không phải {own}: đặt {number} dưới nó sẽ biến {target} thành thỏa thuận cấp doanh nghiệp, chứa thỏa thuận của cả hai khách hàng.</translation>
        </message>
        <message>
            <source>Cannot place</source>
            <translation>Không thể đặt</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Không thể liên kết</translation>
        </message>
    </context>
    <context>
        <name>StructureView</name>
        <message>
            <source>&amp;Place under…</source>
            <translation>Đặt &amp;dưới…</translation>
        </message>
        <message>
            <source>Place the selected SLA under a customer- or corporate-level agreement</source>
            <translation>Đặt SLA đã chọn dưới một thỏa thuận cấp khách hàng hoặc cấp doanh nghiệp</translation>
        </message>
        <message>
            <source>&amp;Detach from parent</source>
            <translation>&amp;Tách khỏi thỏa thuận cha</translation>
        </message>
        <message>
            <source>Take the selected SLA out of the agreement it sits under</source>
            <translation>Đưa SLA đã chọn ra khỏi thỏa thuận chứa nó</translation>
        </message>
        <message>
            <source>&amp;Link as supporting…</source>
            <translation>&amp;Liên kết làm thỏa thuận hỗ trợ…</translation>
        </message>
        <message>
            <source>Link the selected OLA or underpinning contract to the SLA it backs</source>
            <translation>Liên kết OLA hoặc hợp đồng nền tảng đã chọn với SLA mà nó hỗ trợ</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Bỏ liên kết</translation>
        </message>
        <message>
            <source>Unlink the selected OLA or underpinning contract from the SLA it backs</source>
            <translation>Bỏ liên kết OLA hoặc hợp đồng nền tảng đã chọn khỏi SLA mà nó hỗ trợ</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Undo the last change to the structure</source>
            <translation>Hoàn tác thay đổi gần nhất đối với cấu trúc</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>Làm lại thay đổi vừa được hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Open agreement</source>
            <translation>&amp;Mở thỏa thuận</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Cấu trúc</translation>
        </message>
        <message>
            <source>Structure of {number}</source>
            <translation>Cấu trúc của {number}</translation>
        </message>
        <message>
            <source>Corporate, customer and service levels, with the OLAs and underpinning contracts under the agreement they support.</source>
            <translation>Các cấp doanh nghiệp, khách hàng và dịch vụ, cùng các OLA và hợp đồng nền tảng nằm dưới thỏa thuận mà chúng hỗ trợ.</translation>
        </message>
        <message>
            <source>Supports {number}</source>
            <translation>Hỗ trợ {number}</translation>
        </message>
        <message>
            <source>{number}: see the consistency warnings below</source>
            <translation>{number}: xem các cảnh báo nhất quán bên dưới</translation>
        </message>
        <message>
            <source>No customer service in this structure to show terms for.</source>
            <translation>Không có dịch vụ khách hàng nào trong cấu trúc này để hiển thị điều kiện.</translation>
        </message>
        <message>
            <source>Effective terms</source>
            <translation>Điều kiện hiệu lực</translation>
        </message>
        <message>
            <source>Structure of {number} — slamdesk</source>
            <translation>Cấu trúc của {number} — slamdesk</translation>
        </message>
        <message>
            <source>Consistency of supporting agreements</source>
            <translation>Tính nhất quán của các thỏa thuận hỗ trợ</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>Dịch &amp;vụ:</translation>
        </message>
        <message>
            <source>{name} ({role}) cannot change the structure; a {roles} can</source>
            <translation>{name} ({role}) không thể thay đổi cấu trúc; {roles} thì có thể</translation>
        </message>
        <message>
            <source>Select an agreement in the tree first</source>
            <translation>Hãy chọn một thỏa thuận trong cây trước</translation>
        </message>
        <message>
            <source>{agreement} is not placed in the levels; use Link as supporting… instead</source>
            <translation>{agreement} không được đặt trong các cấp; hãy dùng Liên kết làm thỏa thuận hỗ trợ… thay vào đó</translation>
        </message>
        <message>
            <source>{number} is not under another agreement</source>
            <translation>{number} không nằm dưới thỏa thuận nào khác</translation>
        </message>
        <message>
            <source>{agreement} is placed in the levels; only an OLA or an underpinning contract is linked as supporting</source>
            <translation>{agreement} được đặt trong các cấp; chỉ OLA hoặc hợp đồng nền tảng mới được liên kết làm thỏa thuận hỗ trợ</translation>
        </message>
        <message>
            <source>{number} is not linked to an SLA</source>
            <translation>{number} chưa được liên kết với SLA nào</translation>
        </message>
        <message>
            <source>{agreement} is not a supporting agreement</source>
            <translation>{agreement} không phải là thỏa thuận hỗ trợ</translation>
        </message>
        <message>
            <source>Read only: {reason}.</source>
            <translation>Chỉ đọc: {reason}.</translation>
        </message>
        <message>
            <source>Undo: {change} (Ctrl+Z)</source>
            <translation>Hoàn tác: {change} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Không có gì để hoàn tác</translation>
        </message>
        <message>
            <source>Redo: {change} (Ctrl+Shift+Z)</source>
            <translation>Làm lại: {change} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Không có gì để làm lại</translation>
        </message>
        <message>
            <source>Acting on &lt;b&gt;{number}&lt;/b&gt; · {kind}</source>
            <translation>Đang thao tác trên &lt;b&gt;{number}&lt;/b&gt; · {kind}</translation>
        </message>
        <message>
            <source>{number}: nothing changed</source>
            <translation>{number}: không có gì thay đổi</translation>
        </message>
        <message>
            <source>{change}: done</source>
            <translation>{change}: đã xong</translation>
        </message>
        <message>
            <source>Cannot detach</source>
            <translation>Không thể tách</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Không thể bỏ liên kết</translation>
        </message>
        <message>
            <source>Undid: {change}</source>
            <translation>Đã hoàn tác: {change}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Không thể hoàn tác</translation>
        </message>
        <message>
            <source>Redid: {change}</source>
            <translation>Đã làm lại: {change}</translation>
        </message>
        <message>
            <source>Cannot redo</source>
            <translation>Không thể làm lại</translation>
        </message>
        <message>
            <source>The undo history of this window was cleared.</source>
            <translation>Lịch sử hoàn tác của cửa sổ này đã được xóa.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Thỏa thuận</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Điều kiện</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>No inconsistencies</source>
            <translation>Không có điểm thiếu nhất quán</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>không ai</translation>
        </message>
        <message>
            <source>{others} or {last}</source>
            <translation>{others} hoặc {last}</translation>
        </message>
        <message>
            <source>Place {number} under {parent}</source>
            <translation>Đặt {number} dưới {parent}</translation>
        </message>
        <message>
            <source>Detach {number} from {parent}</source>
            <translation>Tách {number} khỏi {parent}</translation>
        </message>
        <message>
            <source>Link {number} to {backed}</source>
            <translation>Liên kết {number} với {backed}</translation>
        </message>
        <message>
            <source>Unlink {number} from {backed}</source>
            <translation>Bỏ liên kết {number} khỏi {backed}</translation>
        </message>
    </context>
</TS>
