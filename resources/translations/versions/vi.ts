<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>VersionCompareDialog</name>
        <message>
            <source>Compare versions of {number} — slamdesk</source>
            <translation>So sánh các phiên bản của {number} — slamdesk</translation>
        </message>
        <message>
            <source>⇄ Swap</source>
            <translation>⇄ Hoán đổi</translation>
        </message>
        <message>
            <source>Exchange the two versions</source>
            <translation>Hoán đổi hai phiên bản</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Điều kiện</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sau</translation>
        </message>
        <message>
            <source>Line / field</source>
            <translation>Dòng / trường</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Điều kiện</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Điều khoản</translation>
        </message>
        <message>
            <source>Compare &amp;version:</source>
            <translation>So sánh &amp;phiên bản:</translation>
        </message>
        <message>
            <source>&amp;with:</source>
            <translation>&amp;với:</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Các phiên bản của {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s); version {current} is the current one.</source>
            <translation>
                <numerusform>%n phiên bản; phiên bản {current} là phiên bản hiện hành.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {version} — {status} (current)</source>
            <translation>Phiên bản {version} — {status} (hiện hành)</translation>
        </message>
        <message>
            <source>Version {version} — {status}</source>
            <translation>Phiên bản {version} — {status}</translation>
        </message>
        <message>
            <source>Compare versions of {number}</source>
            <translation>So sánh các phiên bản của {number}</translation>
        </message>
        <message>
            <source>Version {version} compared with itself: choose two different versions.</source>
            <translation>Phiên bản {version} được so sánh với chính nó: hãy chọn hai phiên bản khác nhau.</translation>
        </message>
        <message>
            <source>Terms ({count})</source>
            <translation>Điều kiện ({count})</translation>
        </message>
        <message>
            <source>Lines ({count})</source>
            <translation>Dòng ({count})</translation>
        </message>
        <message>
            <source>Clauses ({count})</source>
            <translation>Điều khoản ({count})</translation>
        </message>
        <message>
            <source>The terms (dates, monthly total, tax rate) are the same.</source>
            <translation>Các điều kiện (ngày, tổng hằng tháng, thuế suất) giống nhau.</translation>
        </message>
        <message>
            <source>in version {version}</source>
            <translation>trong phiên bản {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n trường đã thay đổi</numerusform>
            </translation>
        </message>
        <message>
            <source>The service lines are the same in both versions.</source>
            <translation>Các dòng dịch vụ giống nhau ở cả hai phiên bản.</translation>
        </message>
        <message>
            <source>Only the wording's layout changed.</source>
            <translation>Chỉ bố cục của văn bản thay đổi.</translation>
        </message>
        <message>
            <source>Only in version {version}.</source>
            <translation>Chỉ có trong phiên bản {version}.</translation>
        </message>
        <message>
            <source>The clauses are the same in both versions.</source>
            <translation>Các điều khoản giống nhau ở cả hai phiên bản.</translation>
        </message>
    </context>
    <context>
        <name>VersionWording</name>
        <message>
            <source>Start date</source>
            <translation>Ngày bắt đầu</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Ngày kết thúc</translation>
        </message>
        <message>
            <source>Monthly total</source>
            <translation>Tổng hằng tháng</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Thuế suất %</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Thời gian phục vụ</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Đơn giá</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Thành tiền</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>Độ sẵn sàng %</translation>
        </message>
        <message>
            <source>Targets (response / resolution)</source>
            <translation>Mục tiêu (phản hồi / khắc phục)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Đã thêm</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Đã xóa</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Đã thay đổi</translation>
        </message>
        <message>
            <source>{priority} {response} / {resolution} (business hours)</source>
            <translation>{priority} {response} / {resolution} (giờ làm việc)</translation>
        </message>
        <message>
            <source>Amend it to start version {version}.</source>
            <translation>Hãy tạo bản sửa đổi để bắt đầu phiên bản {version}.</translation>
        </message>
        <message>
            <source>Once it is signed, an amendment starts version {version}.</source>
            <translation>Sau khi được ký, một bản sửa đổi sẽ bắt đầu phiên bản {version}.</translation>
        </message>
        <message>
            <source>{number} has only one version (version {version}, {status}), so there is nothing to compare yet.</source>
            <translation>{number} chỉ có một phiên bản (phiên bản {version}, {status}) nên chưa có gì để so sánh.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>thêm %n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>xóa %n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>thay đổi %n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) added</source>
            <translation>
                <numerusform>thêm %n điều khoản</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) removed</source>
            <translation>
                <numerusform>xóa %n điều khoản</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) changed</source>
            <translation>
                <numerusform>thay đổi %n điều khoản</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s) changed</source>
            <translation>
                <numerusform>thay đổi %n điều kiện</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {before} and version {after} are the same: no term, line or clause differs.</source>
            <translation>Phiên bản {before} và phiên bản {after} giống nhau: không có điều kiện, dòng hay điều khoản nào khác biệt.</translation>
        </message>
        <message>
            <source>Version {before} → version {after}: {changes}.</source>
            <translation>Phiên bản {before} → phiên bản {after}: {changes}.</translation>
        </message>
    </context>
</TS>
