<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgreementActions</name>
        <message>
            <source>Su&amp;bmit for review…</source>
            <translation>Gửi để x&amp;em xét…</translation>
        </message>
        <message>
            <source>Send the draft to named reviewers with roles and due dates</source>
            <translation>Gửi bản nháp cho những người xem xét được chỉ định, kèm vai trò và hạn chót</translation>
        </message>
        <message>
            <source>Start review &amp;round…</source>
            <translation>Bắt đầu &amp;vòng xem xét…</translation>
        </message>
        <message>
            <source>Send the version in review to named reviewers</source>
            <translation>Gửi phiên bản đang được xem xét cho những người xem xét được chỉ định</translation>
        </message>
        <message>
            <source>&amp;Quality checklist…</source>
            <translation>Danh sách kiểm tra &amp;chất lượng…</translation>
        </message>
        <message>
            <source>Run the automatic quality checks on the current version</source>
            <translation>Chạy các bước kiểm tra chất lượng tự động trên phiên bản hiện tại</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Phê duyệt…</translation>
        </message>
        <message>
            <source>Approve the agreement after review</source>
            <translation>Phê duyệt thỏa thuận sau khi xem xét</translation>
        </message>
        <message>
            <source>Request &amp;changes…</source>
            <translation>Yêu cầu &amp;chỉnh sửa…</translation>
        </message>
        <message>
            <source>Send the agreement back with a comment</source>
            <translation>Trả lại thỏa thuận kèm nhận xét</translation>
        </message>
        <message>
            <source>&amp;Revise</source>
            <translation>Sửa &amp;lại</translation>
        </message>
        <message>
            <source>Take the agreement back to draft to change it</source>
            <translation>Đưa thỏa thuận về bản nháp để chỉnh sửa</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Ký…</translation>
        </message>
        <message>
            <source>See who has signed and who is next, and record a signature in that order</source>
            <translation>Xem ai đã ký và ai ký tiếp theo, rồi ghi nhận chữ ký theo đúng thứ tự đó</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>&amp;Thứ tự ký…</translation>
        </message>
        <message>
            <source>Name each party's signatories and the order they sign in</source>
            <translation>Chỉ định người ký của từng bên và thứ tự ký</translation>
        </message>
        <message>
            <source>Act&amp;ivate</source>
            <translation>Kích &amp;hoạt</translation>
        </message>
        <message>
            <source>Put the signed agreement into force</source>
            <translation>Đưa thỏa thuận đã ký vào hiệu lực</translation>
        </message>
        <message>
            <source>&amp;Terminate…</source>
            <translation>Chấm &amp;dứt…</translation>
        </message>
        <message>
            <source>End the agreement, giving a reason</source>
            <translation>Chấm dứt thỏa thuận, kèm lý do</translation>
        </message>
        <message>
            <source>C&amp;lauses…</source>
            <translation>Đ&amp;iều khoản…</translation>
        </message>
        <message>
            <source>Pick the agreement's clauses from the library and edit its copies</source>
            <translation>Chọn các điều khoản của thỏa thuận từ thư viện và chỉnh sửa các bản sao của chúng</translation>
        </message>
        <message>
            <source>Compare &amp;versions…</source>
            <translation>&amp;So sánh phiên bản…</translation>
        </message>
        <message>
            <source>Compare two versions clause by clause and line by line</source>
            <translation>So sánh hai phiên bản theo từng điều khoản và từng dòng</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>Sửa đổi &amp;bổ sung…</translation>
        </message>
        <message>
            <source>Start a new draft version of a signed agreement, with its own review and signatures</source>
            <translation>Bắt đầu một phiên bản nháp mới của thỏa thuận đã ký, với quy trình xem xét và chữ ký riêng</translation>
        </message>
        <message>
            <source>&amp;Update lines from requirements…</source>
            <translation>Cập nhật dòng từ &amp;yêu cầu…</translation>
        </message>
        <message>
            <source>Take this draft's lines from a newer version of the customer's requirements</source>
            <translation>Lấy các dòng của bản nháp này từ một phiên bản mới hơn của yêu cầu khách hàng</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Xuất vào sổ đăng ký…</translation>
        </message>
        <message>
            <source>Write PDF (signed) and DOCX into the register folder</source>
            <translation>Ghi PDF (đã ký) và DOCX vào thư mục sổ đăng ký</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>Xem t&amp;rước PDF…</translation>
        </message>
        <message>
            <source>Show the agreement's PDF as an export would write it, before exporting</source>
            <translation>Hiển thị PDF của thỏa thuận đúng như khi xuất, trước khi xuất</translation>
        </message>
        <message>
            <source>Preview the agreement's PDF (Ctrl+Shift+P)</source>
            <translation>Xem trước PDF của thỏa thuận (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>hãy chọn một thỏa thuận trong sổ đăng ký</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: chưa thể thực hiện lúc này, {reason}</translation>
        </message>
        <message>
            <source>{number} sent for review</source>
            <translation>Đã gửi {number} để xem xét</translation>
        </message>
        <message>
            <source>Review round started on {number}</source>
            <translation>Đã bắt đầu vòng xem xét cho {number}</translation>
        </message>
        <message>
            <source>Quality checklist of {number}</source>
            <translation>Danh sách kiểm tra chất lượng của {number}</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Sửa lại</translation>
        </message>
        <message>
            <source>{number} is a draft again</source>
            <translation>{number} đã trở lại thành bản nháp</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Kích hoạt</translation>
        </message>
        <message>
            <source>{number} is active</source>
            <translation>{number} đang có hiệu lực</translation>
        </message>
        <message>
            <source>{number} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{number} đã có trong sổ đăng ký, giống hệt từng byte: không ghi gì thêm ({folder})</translation>
        </message>
        <message>
            <source>Exported {number} (signed) into {folder}: {files}</source>
            <translation>Đã xuất {number} (đã ký) vào {folder}: {files}</translation>
        </message>
        <message>
            <source>Exported {number} (unsigned) into {folder}: {files}</source>
            <translation>Đã xuất {number} (chưa ký) vào {folder}: {files}</translation>
        </message>
        <message>
            <source>({formats} already there, not written again)</source>
            <translation>({formats} đã có sẵn, không ghi lại)</translation>
        </message>
        <message>
            <source>Clauses of {number}</source>
            <translation>Điều khoản của {number}</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Các phiên bản của {number}</translation>
        </message>
        <message>
            <source>Amend {number}</source>
            <translation>Sửa đổi bổ sung {number}</translation>
        </message>
        <message>
            <source>Start amendment</source>
            <translation>Bắt đầu sửa đổi bổ sung</translation>
        </message>
        <message>
            <source>Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment is reviewed and signed. Say why it is amended.</source>
            <translation>Bắt đầu một phiên bản nháp mới của {number}. Phiên bản đã ký vẫn giữ nguyên hiệu lực cho đến khi bản sửa đổi bổ sung được xem xét và ký. Hãy nêu lý do sửa đổi.</translation>
        </message>
        <message>
            <source>{number}: amendment started as a new draft version</source>
            <translation>{number}: đã bắt đầu sửa đổi bổ sung dưới dạng phiên bản nháp mới</translation>
        </message>
        <message>
            <source>{number}: lines updated from the requirements</source>
            <translation>{number}: đã cập nhật các dòng từ yêu cầu</translation>
        </message>
        <message>
            <source>Preview of {number}</source>
            <translation>Xem trước {number}</translation>
        </message>
        <message numerus="yes">
            <source>Preview of {number}: %n page(s)</source>
            <translation>
                <numerusform>Xem trước {number}: %n trang</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} approved</source>
            <translation>Đã phê duyệt {number}</translation>
        </message>
        <message>
            <source>{number}: your approval is recorded; the other reviewers have yet to decide</source>
            <translation>{number}: đã ghi nhận phê duyệt của bạn; những người xem xét khác chưa quyết định</translation>
        </message>
        <message>
            <source>Changes requested on {number}</source>
            <translation>Đã yêu cầu chỉnh sửa {number}</translation>
        </message>
        <message>
            <source>Terminate {number}</source>
            <translation>Chấm dứt {number}</translation>
        </message>
        <message>
            <source>Terminate</source>
            <translation>Chấm dứt</translation>
        </message>
        <message>
            <source>Terminate {number}. The reason is kept in the audit trail.</source>
            <translation>Chấm dứt {number}. Lý do được lưu trong nhật ký kiểm tra.</translation>
        </message>
        <message>
            <source>{number} terminated</source>
            <translation>Đã chấm dứt {number}</translation>
        </message>
        <message>
            <source>Sign {number}</source>
            <translation>Ký {number}</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Thứ tự ký của {number}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>acting as {name}</source>
            <translation>chuyển sang {name}</translation>
        </message>
        <message>
            <source>Acting as {name} ({role})</source>
            <translation>Đang thao tác với tư cách {name} ({role})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Tệ&amp;p</translation>
        </message>
        <message>
            <source>&amp;Agreement</source>
            <translation>Thỏa th&amp;uận</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Xem xét</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>&amp;Sổ đăng ký</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Hiển thị</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Đang mở {title}…</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Đang mở sổ đăng ký…</translation>
        </message>
        <message>
            <source>{database} (read-only) — slamdesk</source>
            <translation>{database} (chỉ đọc) — slamdesk</translation>
        </message>
        <message>
            <source>Agreement details</source>
            <translation>Chi tiết thỏa thuận</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Lời nhắc</translation>
        </message>
        <message>
            <source>Acting as {name}</source>
            <translation>Đang thao tác với tư cách {name}</translation>
        </message>
        <message>
            <source>Read-only: {reason}; changes cannot be saved</source>
            <translation>Chỉ đọc: {reason}; không thể lưu thay đổi</translation>
        </message>
        <message>
            <source>&amp;Apply saved filter</source>
            <translation>Á&amp;p dụng bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Acting as:</source>
            <translation>Thao tác với tư cách:</translation>
        </message>
        <message>
            <source>No saved filters yet</source>
            <translation>Chưa có bộ lọc nào được lưu</translation>
        </message>
        <message numerus="yes">
            <source>Demo portfolio loaded: %n agreement(s)</source>
            <translation>
                <numerusform>Đã tải bộ thỏa thuận mẫu: %n thỏa thuận</numerusform>
            </translation>
        </message>
        <message>
            <source>The register already holds data: no demo was added</source>
            <translation>Sổ đăng ký đã có dữ liệu: không thêm dữ liệu mẫu</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Tải bộ thỏa thuận mẫu</translation>
        </message>
        <message>
            <source>Updated with changes saved elsewhere</source>
            <translation>Đã cập nhật các thay đổi được lưu ở nơi khác</translation>
        </message>
        <message numerus="yes">
            <source>Register refreshed: %n agreement(s)</source>
            <translation>
                <numerusform>Đã làm mới sổ đăng ký: %n thỏa thuận</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export: this view shows no agreements.</source>
            <translation>Xuất hàng loạt: chế độ xem này không có thỏa thuận nào.</translation>
        </message>
        <message>
            <source>Batch export</source>
            <translation>Xuất hàng loạt</translation>
        </message>
        <message>
            <source>This view shows no agreements: change the filters first.</source>
            <translation>Chế độ xem này không có thỏa thuận nào: hãy thay đổi bộ lọc trước.</translation>
        </message>
        <message>
            <source>quitting</source>
            <translation>thoát</translation>
        </message>
        <message>
            <source>Select an agreement first.</source>
            <translation>Hãy chọn một thỏa thuận trước.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number} ở trạng thái: {status}</translation>
        </message>
        <message>
            <source>{number} is recorded</source>
            <translation>Đã ghi nhận {number}</translation>
        </message>
        <message>
            <source>&amp;New agreement…</source>
            <translation>Thỏa thuận &amp;mới…</translation>
        </message>
        <message>
            <source>Start the guided flow: customer, requirements, pricing, review, signing</source>
            <translation>Bắt đầu quy trình có hướng dẫn: khách hàng, yêu cầu, định giá, xem xét, ký</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Tìm…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team database…</source>
            <translation>Kết nối &amp;tới cơ sở dữ liệu nhóm…</translation>
        </message>
        <message>
            <source>Work on the register your team shares on a PostgreSQL server</source>
            <translation>Làm việc trên sổ đăng ký mà nhóm của bạn dùng chung trên máy chủ PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Th&amp;oát</translation>
        </message>
        <message>
            <source>&amp;Requirements documents…</source>
            <translation>Tài liệu &amp;yêu cầu…</translation>
        </message>
        <message>
            <source>Customers' requirements: trace them to the catalogue and price them</source>
            <translation>Yêu cầu của khách hàng: đối chiếu với danh mục và định giá</translation>
        </message>
        <message>
            <source>Service &amp;catalogue…</source>
            <translation>&amp;Danh mục dịch vụ…</translation>
        </message>
        <message>
            <source>Services, levels, targets and price models</source>
            <translation>Dịch vụ, mức dịch vụ, chỉ tiêu và mô hình giá</translation>
        </message>
        <message>
            <source>Structure an&amp;d supporting agreements…</source>
            <translation>Cấ&amp;u trúc và thỏa thuận hỗ trợ…</translation>
        </message>
        <message>
            <source>C&amp;lause library…</source>
            <translation>Thư &amp;viện điều khoản…</translation>
        </message>
        <message>
            <source>Standard clauses in every language; legal reviewers keep them</source>
            <translation>Điều khoản chuẩn bằng mọi ngôn ngữ; người xem xét pháp lý quản lý chúng</translation>
        </message>
        <message>
            <source>Review &amp;board…</source>
            <translation>&amp;Bảng xem xét…</translation>
        </message>
        <message>
            <source>Every agreement under review, each reviewer's status, what is overdue</source>
            <translation>Mọi thỏa thuận đang được xem xét, trạng thái của từng người xem xét, việc gì đã quá hạn</translation>
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation>&amp;Giám sát…</translation>
        </message>
        <message>
            <source>How signed agreements keep their targets: figures, trend, breaches, credits</source>
            <translation>Các thỏa thuận đã ký đáp ứng chỉ tiêu ra sao: số liệu, xu hướng, vi phạm, khoản bồi hoàn dịch vụ</translation>
        </message>
        <message>
            <source>Export &amp;view to CSV or Excel…</source>
            <translation>Xuất &amp;chế độ xem ra CSV hoặc Excel…</translation>
        </message>
        <message>
            <source>Write the agreements this view shows, as filtered and sorted, to a CSV or XLSX file</source>
            <translation>Ghi các thỏa thuận mà chế độ xem này hiển thị, theo đúng bộ lọc và thứ tự sắp xếp, ra tệp CSV hoặc XLSX</translation>
        </message>
        <message>
            <source>&amp;Batch export signed agreements…</source>
            <translation>Xuất &amp;hàng loạt các thỏa thuận đã ký…</translation>
        </message>
        <message>
            <source>Write PDF and DOCX of every signed agreement in this view that is not in the register yet</source>
            <translation>Ghi PDF và DOCX cho mọi thỏa thuận đã ký trong chế độ xem này mà chưa có trong sổ đăng ký</translation>
        </message>
        <message>
            <source>Fi&amp;lters</source>
            <translation>&amp;Bộ lọc</translation>
        </message>
        <message>
            <source>Show or hide the filters above the register</source>
            <translation>Hiện hoặc ẩn bộ lọc phía trên sổ đăng ký</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: chưa thực hiện được. {error}</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Opening the database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} trên {host}</translation>
        </message>
    </context>
</TS>
