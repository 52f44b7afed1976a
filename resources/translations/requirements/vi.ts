<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Record customer approval</source>
            <translation>Ghi nhận phê duyệt của khách hàng</translation>
        </message>
        <message>
            <source>{customer} approved version {version}. Who approved it on their side?</source>
            <translation>{customer} đã phê duyệt phiên bản {version}. Ai đã phê duyệt phía khách hàng?</translation>
        </message>
        <message>
            <source>Record approval</source>
            <translation>Ghi nhận phê duyệt</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>tài liệu yêu cầu</translation>
        </message>
        <message>
            <source>Full name, as the customer signed off</source>
            <translation>Họ tên đầy đủ, như khi khách hàng ký duyệt</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Người phê duyệt:</translation>
        </message>
    </context>
    <context>
        <name>InfeasibleDialog</name>
        <message>
            <source>Requirement {number} ({service}, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Yêu cầu {number} ({service}, {site}) không thể đáp ứng. Hãy cho biết trở ngại là về kỹ thuật hay thương mại, và lý do.</translation>
        </message>
        <message>
            <source>Requirement {number} (no service, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Yêu cầu {number} (không có dịch vụ, {site}) không thể đáp ứng. Hãy cho biết trở ngại là về kỹ thuật hay thương mại, và lý do.</translation>
        </message>
        <message>
            <source>Mark infeasible</source>
            <translation>Đánh dấu không khả thi</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>tài liệu yêu cầu</translation>
        </message>
        <message>
            <source>e.g. a 4-hour on-site response is offered in cities only</source>
            <translation>vd: phản hồi tại chỗ trong 4 giờ chỉ có ở các thành phố</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Lý &amp;do:</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Requirement {number}: {service}, {site}. The list price of {level} is {price} per month. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Yêu cầu {number}: {service}, {site}. Giá niêm yết của {level} là {price} mỗi tháng. Giá tùy chỉnh thay thế giá niêm yết trong báo giá và thỏa thuận; lý do được lưu lại.</translation>
        </message>
        <message>
            <source>Requirement {number}: {service}, {site}. Choose a level for this requirement first. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Yêu cầu {number}: {service}, {site}. Trước tiên hãy chọn một mức cho yêu cầu này. Giá tùy chỉnh thay thế giá niêm yết trong báo giá và thỏa thuận; lý do được lưu lại.</translation>
        </message>
        <message>
            <source>Custom price</source>
            <translation>Giá tùy chỉnh</translation>
        </message>
        <message>
            <source>Set custom price</source>
            <translation>Đặt giá tùy chỉnh</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>tài liệu yêu cầu</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Giá hằng tháng</translation>
        </message>
        <message>
            <source>e.g. framework rate agreed with the customer's CFO</source>
            <translation>vd: mức giá khung đã thỏa thuận với giám đốc tài chính của khách hàng</translation>
        </message>
        <message>
            <source>Monthly &amp;price:</source>
            <translation>&amp;Giá hằng tháng:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>Lý &amp;do:</translation>
        </message>
    </context>
    <context>
        <name>PricingMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S).</source>
            <translation>Các thay đổi chưa lưu trên thẻ Yêu cầu chưa được định giá cho đến khi bạn lưu (Ctrl+S).</translation>
        </message>
        <message>
            <source>Custom &amp;price…</source>
            <translation>Giá tùy &amp;chỉnh…</translation>
        </message>
        <message>
            <source>A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)</source>
            <translation>Giá tùy chỉnh (VIP) cho yêu cầu đã chọn, kèm lý do (Ctrl+K)</translation>
        </message>
        <message>
            <source>&amp;Restore list price</source>
            <translation>Khôi &amp;phục giá niêm yết</translation>
        </message>
        <message>
            <source>Drop the selected requirement's custom price (Ctrl+Shift+K)</source>
            <translation>Bỏ giá tùy chỉnh của yêu cầu đã chọn (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Click a price to choose that level. Greyed levels cannot be offered; the reason is shown.</source>
            <translation>Nhấp vào một mức giá để chọn mức đó. Các mức bị làm mờ không thể cung cấp; lý do được hiển thị.</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Tổng mỗi tháng: hãy chọn một mức cho từng yêu cầu</translation>
        </message>
        <message>
            <source>Chosen levels, subtotal: {subtotal}</source>
            <translation>Các mức đã chọn, tạm tính: {subtotal}</translation>
        </message>
        <message>
            <source>Tax {rate}: {tax}</source>
            <translation>Thuế {rate}: {tax}</translation>
        </message>
        <message numerus="yes">
            <source>Total per month: {total}  (%n without a level yet)</source>
            <translation>
                <numerusform>Tổng mỗi tháng: {total}  (%n yêu cầu chưa có mức)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total per month: {total}</source>
            <translation>Tổng mỗi tháng: {total}</translation>
        </message>
        <message>
            <source>Choose level</source>
            <translation>Chọn mức</translation>
        </message>
        <message>
            <source>Requirement {number}: {level}</source>
            <translation>Yêu cầu {number}: {level}</translation>
        </message>
        <message>
            <source>Requirement {number}: no level</source>
            <translation>Yêu cầu {number}: chưa có mức</translation>
        </message>
        <message>
            <source>Custom price stored</source>
            <translation>Đã lưu giá tùy chỉnh</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Khôi phục giá niêm yết</translation>
        </message>
    </context>
    <context>
        <name>PricingModel</name>
        <message>
            <source>Marked infeasible (technical): {reason}</source>
            <translation>Đã đánh dấu không khả thi (kỹ thuật): {reason}</translation>
        </message>
        <message>
            <source>Marked infeasible (commercial): {reason}</source>
            <translation>Đã đánh dấu không khả thi (thương mại): {reason}</translation>
        </message>
        <message>
            <source>{level}: {price}, chosen</source>
            <translation>{level}: {price}, đã chọn</translation>
        </message>
        <message>
            <source>{level}: {price}, offered</source>
            <translation>{level}: {price}, có cung cấp</translation>
        </message>
        <message>
            <source>{level}: {price}, cannot be offered</source>
            <translation>{level}: {price}, không thể cung cấp</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <source>{level}: a level made for this customer</source>
            <translation>{level}: mức dành riêng cho khách hàng này</translation>
        </message>
        <message>
            <source>{service} has no level by this name</source>
            <translation>{service} không có mức nào mang tên này</translation>
        </message>
        <message>
            <source>No service</source>
            <translation>Không có dịch vụ</translation>
        </message>
        <message>
            <source>Marked infeasible ({kind}): {reason}</source>
            <translation>Đã đánh dấu không khả thi ({kind}): {reason}</translation>
        </message>
        <message>
            <source>No service in the catalogue matches this need: choose one on the Requirements tab or mark it infeasible.</source>
            <translation>Không có dịch vụ nào trong danh mục đáp ứng nhu cầu này: hãy chọn một dịch vụ trên thẻ Yêu cầu hoặc đánh dấu là không khả thi.</translation>
        </message>
        <message>
            <source>not offered for this service</source>
            <translation>không cung cấp cho dịch vụ này</translation>
        </message>
        <message>
            <source>Custom price: {reason}</source>
            <translation>Giá tùy chỉnh: {reason}</translation>
        </message>
        <message>
            <source>Total per month</source>
            <translation>Tổng mỗi tháng</translation>
        </message>
        <message>
            <source>every requirement at this level, before and after tax</source>
            <translation>mọi yêu cầu ở mức này, trước và sau thuế</translation>
        </message>
        <message>
            <source>{level} cannot be offered for every requirement, so it has no total to compare</source>
            <translation>{level} không thể cung cấp cho mọi yêu cầu, nên không có tổng để so sánh</translation>
        </message>
        <message>
            <source>+ {rate} tax = {total}</source>
            <translation>+ {rate} thuế = {total}</translation>
        </message>
        <message>
            <source>{level} for every requirement: {subtotal} + {rate} tax = {total}</source>
            <translation>{level} cho mọi yêu cầu: {subtotal} + {rate} thuế = {total}</translation>
        </message>
    </context>
    <context>
        <name>RequirementDetail</name>
        <message>
            <source>Selected requirement</source>
            <translation>Yêu cầu đã chọn</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Khách hàng cần gì, theo lời của chính họ</translation>
        </message>
        <message>
            <source>The outcome they expect, e.g. no sailing delayed by IT</source>
            <translation>Kết quả họ mong đợi, vd: không chuyến tàu nào bị trễ vì sự cố CNTT</translation>
        </message>
        <message>
            <source>What {priority} means for this customer</source>
            <translation>{priority} có ý nghĩa gì với khách hàng này</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Nhu cầu:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Kết &amp;quả:</translation>
        </message>
        <message>
            <source>Priority categories, and what each means for this customer</source>
            <translation>Các hạng mục ưu tiên và ý nghĩa của từng hạng mục với khách hàng này</translation>
        </message>
        <message>
            <source>Requirement {number}</source>
            <translation>Yêu cầu {number}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDocumentsDialog</name>
        <message>
            <source>Requirements documents</source>
            <translation>Tài liệu yêu cầu</translation>
        </message>
        <message>
            <source>Filter by customer or title</source>
            <translation>Lọc theo khách hàng hoặc tiêu đề</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <source>v{version}</source>
            <translation>v{version}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsEditor</name>
        <message>
            <source>e.g. Fleet expansion 2027</source>
            <translation>vd: Mở rộng đội tàu 2027</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Thuế (vd: VAT) cộng vào giá hằng tháng, tính bằng phần trăm</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Tải &amp;lại</translation>
        </message>
        <message>
            <source>Read the document again as stored, dropping your unsaved edits (F5)</source>
            <translation>Đọc lại tài liệu như đã lưu, bỏ các chỉnh sửa chưa lưu của bạn (F5)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Save the requirements</source>
            <translation>Lưu các yêu cầu</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>Thê&amp;m yêu cầu</translation>
        </message>
        <message>
            <source>Add a requirement below the selected one</source>
            <translation>Thêm một yêu cầu bên dưới yêu cầu đã chọn</translation>
        </message>
        <message>
            <source>&amp;Remove requirement</source>
            <translation>Xó&amp;a yêu cầu</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Xóa yêu cầu đã chọn</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Di chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move the selected requirement up</source>
            <translation>Di chuyển yêu cầu đã chọn lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Di chuyển &amp;xuống</translation>
        </message>
        <message>
            <source>Move the selected requirement down</source>
            <translation>Di chuyển yêu cầu đã chọn xuống</translation>
        </message>
        <message>
            <source>Sen&amp;d to customer</source>
            <translation>&amp;Gửi cho khách hàng</translation>
        </message>
        <message>
            <source>Save and send this version to the customer for approval</source>
            <translation>Lưu và gửi phiên bản này cho khách hàng để phê duyệt</translation>
        </message>
        <message>
            <source>Record customer a&amp;pproval…</source>
            <translation>Ghi nhận khách hàng &amp;phê duyệt…</translation>
        </message>
        <message>
            <source>Record that the customer approved this version</source>
            <translation>Ghi nhận rằng khách hàng đã phê duyệt phiên bản này</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>Phiên bản &amp;mới</translation>
        </message>
        <message>
            <source>Copy this document into a new draft version</source>
            <translation>Sao chép tài liệu này thành một phiên bản nháp mới</translation>
        </message>
        <message>
            <source>Pre&amp;view PDF…</source>
            <translation>&amp;Xem trước PDF…</translation>
        </message>
        <message>
            <source>Show the document the customer will approve, as a PDF</source>
            <translation>Hiển thị tài liệu khách hàng sẽ phê duyệt, dưới dạng PDF</translation>
        </message>
        <message>
            <source>&amp;Export for approval</source>
            <translation>Xuất để phê &amp;duyệt</translation>
        </message>
        <message>
            <source>Write this version as PDF and DOCX into the customer's register folder</source>
            <translation>Ghi phiên bản này dưới dạng PDF và DOCX vào thư mục sổ đăng ký của khách hàng</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>&amp;Tải lại</translation>
        </message>
        <message>
            <source>Read the document again, dropping unsaved changes</source>
            <translation>Đọc lại tài liệu, bỏ các thay đổi chưa lưu</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đó&amp;ng</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Đóng cửa sổ này</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Tài liệu</translation>
        </message>
        <message>
            <source>&amp;Requirements</source>
            <translation>&amp;Yêu cầu</translation>
        </message>
        <message>
            <source>&amp;Trace</source>
            <translation>Truy &amp;vết</translation>
        </message>
        <message>
            <source>&amp;Pricing</source>
            <translation>Định &amp;giá</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>T&amp;iêu đề:</translation>
        </message>
        <message>
            <source>Ta&amp;x rate:</source>
            <translation>Thuế &amp;suất:</translation>
        </message>
        <message>
            <source>&amp;1 Requirements</source>
            <translation>&amp;1 Yêu cầu</translation>
        </message>
        <message>
            <source>&amp;2 Traceability</source>
            <translation>&amp;2 Truy vết</translation>
        </message>
        <message>
            <source>&amp;3 Pricing</source>
            <translation>&amp;3 Định giá</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Version {version} · &lt;b&gt;{status}&lt;/b&gt; · created {created}</source>
            <translation>Phiên bản {version} · &lt;b&gt;{status}&lt;/b&gt; · tạo lúc {created}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Chỉ đọc:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was sent to the customer {sent} and awaits their approval. Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Chỉ đọc:&lt;/b&gt; phiên bản {version} đã được gửi cho khách hàng lúc {sent} và đang chờ phê duyệt. Hãy ghi nhận phê duyệt của họ (Ctrl+Shift+A), hoặc tạo phiên bản mới (Ctrl+Shift+N) để thay đổi.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was approved by {approved_by} {approved}. Make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Chỉ đọc:&lt;/b&gt; phiên bản {version} đã được {approved_by} phê duyệt lúc {approved}. Hãy tạo phiên bản mới (Ctrl+Shift+N) để thay đổi.</translation>
        </message>
        <message>
            <source>{customer} — requirements v{version} — slamdesk</source>
            <translation>{customer} — yêu cầu v{version} — slamdesk</translation>
        </message>
        <message>
            <source>this requirements document</source>
            <translation>tài liệu yêu cầu này</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>{action}: not done. {reason}</source>
            <translation>{action}: chưa thực hiện. {reason}</translation>
        </message>
        <message>
            <source>Requirements v{version} for {customer} saved</source>
            <translation>Đã lưu yêu cầu v{version} của {customer}</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>Gửi cho khách hàng</translation>
        </message>
        <message>
            <source>Version {version} sent to {customer}</source>
            <translation>Đã gửi phiên bản {version} cho {customer}</translation>
        </message>
        <message>
            <source>A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet.</source>
            <translation>Bản xem trước: tài liệu như khi Xuất để phê duyệt (Ctrl+E) sẽ ghi ra. Chưa có gì được ghi.</translation>
        </message>
        <message>
            <source>Preview of {name}</source>
            <translation>Xem trước {name}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <source>Exported {first} and {second} into {folder}</source>
            <translation>Đã xuất {first} và {second} vào {folder}</translation>
        </message>
        <message>
            <source>Exported {files} into {folder}</source>
            <translation>Đã xuất {files} vào {folder}</translation>
        </message>
        <message>
            <source>Version {version} approved by {approved_by}</source>
            <translation>Phiên bản {version} đã được {approved_by} phê duyệt</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Phiên bản mới</translation>
        </message>
        <message>
            <source>Version {version} for {customer} is a new draft</source>
            <translation>Phiên bản {version} của {customer} là bản nháp mới</translation>
        </message>
        <message>
            <source>The requirements document</source>
            <translation>Tài liệu yêu cầu</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Tải lại</translation>
        </message>
        <message>
            <source>The requirements document “{title}” of {customer}</source>
            <translation>Tài liệu yêu cầu “{title}” của {customer}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsLabels</name>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Đã gửi cho khách hàng</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Khách hàng đã phê duyệt</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Kỹ thuật</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Thương mại</translation>
        </message>
        <message>
            <source>P1 Critical</source>
            <translation>P1 Nghiêm trọng</translation>
        </message>
        <message>
            <source>P2 High</source>
            <translation>P2 Cao</translation>
        </message>
        <message>
            <source>P3 Normal</source>
            <translation>P3 Bình thường</translation>
        </message>
        <message>
            <source>P4 Low</source>
            <translation>P4 Thấp</translation>
        </message>
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>— none in the catalogue —</source>
            <translation>— không có trong danh mục —</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Nhu cầu</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Khách hàng cần gì, theo lời của chính họ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>The catalogue service that meets the need, or none</source>
            <translation>Dịch vụ trong danh mục đáp ứng nhu cầu, hoặc không có</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Where the service is delivered</source>
            <translation>Nơi cung cấp dịch vụ</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <source>Some levels are offered in some regions only</source>
            <translation>Một số mức chỉ được cung cấp ở một số khu vực</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Giờ phục vụ</translation>
        </message>
        <message>
            <source>24x7, or like Mon-Fri 08:00-17:00</source>
            <translation>24x7, hoặc dạng Mon-Fri 08:00-17:00 (tên ngày tiếng Anh)</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Priority categories the customer needs (edit them below the table)</source>
            <translation>Các hạng mục ưu tiên khách hàng cần (chỉnh sửa bên dưới bảng)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>Number of users</source>
            <translation>Số người dùng</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Number of devices</source>
            <translation>Số thiết bị</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Số địa điểm</translation>
        </message>
        <message>
            <source>Number of sites (at least 1)</source>
            <translation>Số địa điểm (ít nhất 1)</translation>
        </message>
        <message>
            <source>Tickets/mo</source>
            <translation>Phiếu/tháng</translation>
        </message>
        <message>
            <source>Expected tickets per month</source>
            <translation>Số phiếu dự kiến mỗi tháng</translation>
        </message>
        <message>
            <source>Items/mo</source>
            <translation>Lượt/tháng</translation>
        </message>
        <message>
            <source>Expected delivered items (e.g. visits) per month</source>
            <translation>Số lượt cung cấp dự kiến (vd: lượt đến tận nơi) mỗi tháng</translation>
        </message>
        <message>
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <source>Customer satisfaction goal, in percent (up to 100)</source>
            <translation>Mục tiêu mức hài lòng của khách hàng, tính bằng phần trăm (tối đa 100)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Nỗ lực</translation>
        </message>
        <message>
            <source>Customer effort goal, a score from 1 (easy) to 7</source>
            <translation>Mục tiêu mức nỗ lực của khách hàng, điểm từ 1 (dễ) đến 7</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Kết quả: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <source>Need</source>
            <translation>Nhu cầu</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Mức đã chọn</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Giá hằng tháng</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Custom price (list {listed}): {reason}</source>
            <translation>Giá tùy chỉnh (niêm yết {listed}): {reason}</translation>
        </message>
        <message>
            <source>{price} (custom)</source>
            <translation>{price} (tùy chỉnh)</translation>
        </message>
    </context>
    <context>
        <name>Traceability</name>
        <message>
            <source>Traced</source>
            <translation>Đã truy vết</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Không khả thi</translation>
        </message>
        <message>
            <source>No service matches</source>
            <translation>Không có dịch vụ phù hợp</translation>
        </message>
        <message>
            <source>No level chosen</source>
            <translation>Chưa chọn mức</translation>
        </message>
        <message>
            <source>Level cannot be offered</source>
            <translation>Không thể cung cấp mức này</translation>
        </message>
        <message>
            <source>Infeasible (technical): {reason}</source>
            <translation>Không khả thi (kỹ thuật): {reason}</translation>
        </message>
        <message>
            <source>Infeasible (commercial): {reason}</source>
            <translation>Không khả thi (thương mại): {reason}</translation>
        </message>
        <message>
            <source>Infeasible ({kind}): {reason}</source>
            <translation>Không khả thi ({kind}): {reason}</translation>
        </message>
        <message>
            <source>Level cannot be offered: {problems}</source>
            <translation>Không thể cung cấp mức này: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} requirements need attention</source>
            <translation>
                <numerusform>%n trên {total} yêu cầu cần chú ý</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n requirements are traced or marked infeasible</source>
            <translation>
                <numerusform>Tất cả %n yêu cầu đã được truy vết hoặc đánh dấu không khả thi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked infeasible</source>
            <translation>
                <numerusform>%n được đánh dấu không khả thi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceabilityMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not traced until you save (Ctrl+S).</source>
            <translation>Các thay đổi chưa lưu trên thẻ Yêu cầu chưa được truy vết cho đến khi bạn lưu (Ctrl+S).</translation>
        </message>
        <message>
            <source>&amp;Mark infeasible…</source>
            <translation>Đánh dấu &amp;không khả thi…</translation>
        </message>
        <message>
            <source>Mark the selected requirement infeasible, with a reason (Ctrl+I)</source>
            <translation>Đánh dấu yêu cầu đã chọn là không khả thi, kèm lý do (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Clear infeasible</source>
            <translation>&amp;Bỏ đánh dấu không khả thi</translation>
        </message>
        <message>
            <source>The selected requirement can be delivered after all (Ctrl+Shift+I)</source>
            <translation>Yêu cầu đã chọn rốt cuộc vẫn có thể đáp ứng (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>This version is read-only; make a new version to change it</source>
            <translation>Phiên bản này chỉ đọc; hãy tạo phiên bản mới để thay đổi</translation>
        </message>
        <message>
            <source>Clear infeasible</source>
            <translation>Bỏ đánh dấu không khả thi</translation>
        </message>
    </context>
</TS>
