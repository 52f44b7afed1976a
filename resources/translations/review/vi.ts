<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>Checklist</name>
        <message>
            <source>The check passes.</source>
            <translation>Mục kiểm tra đạt.</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks pass.</source>
            <translation>
                <numerusform>Cả %n mục kiểm tra đều đạt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{passed} Note: {notes}</source>
            <translation>{passed} Lưu ý: {notes}</translation>
        </message>
        <message numerus="yes">
            <source>{passing} of %n checks pass: {failures}</source>
            <translation>
                <numerusform>{passing} trên %n mục kiểm tra đạt: {failures}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Quality check of {number}</source>
            <translation>Kiểm tra chất lượng {number}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>phiên bản {version}</translation>
        </message>
        <message>
            <source>Every item is checked automatically from the stored agreement. A version cannot be approved while an automatic item fails.</source>
            <translation>Mọi mục đều được kiểm tra tự động dựa trên thỏa thuận đã lưu. Không thể phê duyệt một phiên bản khi còn mục tự động chưa đạt.</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Chạy &amp;lại</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Chạy lại kiểm tra chất lượng trên thỏa thuận đã lưu</translation>
        </message>
        <message>
            <source>Checked at {time}</source>
            <translation>Đã kiểm tra lúc {time}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>Passes</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <source>A note: it does not block approval</source>
            <translation>Một lưu ý: không ngăn việc phê duyệt</translation>
        </message>
        <message>
            <source>Fails</source>
            <translation>Không đạt</translation>
        </message>
        <message>
            <source>{item} (checked by hand)</source>
            <translation>{item} (kiểm tra thủ công)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>đạt</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>không đạt</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>The quality check has not run yet.</source>
            <translation>Chưa chạy kiểm tra chất lượng.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardModel</name>
        <message>
            <source>Agreement</source>
            <translation>Thỏa thuận</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Người xem xét</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Hạn kế tiếp</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <source>The earliest due date of a reviewer who has not decided yet</source>
            <translation>Hạn sớm nhất của một người xem xét chưa quyết định</translation>
        </message>
        <message>
            <source>all decided</source>
            <translation>tất cả đã quyết định</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardWindow</name>
        <message>
            <source>Review board — slamdesk</source>
            <translation>Bảng xem xét — slamdesk</translation>
        </message>
        <message>
            <source>Agreement number, customer or title</source>
            <translation>Số thỏa thuận, khách hàng hoặc tiêu đề</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Mọi vai trò</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Của tôi</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Chỉ quá &amp;hạn</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has passed their due date without deciding</source>
            <translation>Chỉ những thỏa thuận có người xem xét đã quá hạn mà chưa quyết định</translation>
        </message>
        <message>
            <source>&amp;Waiting for a decision</source>
            <translation>Đang chờ &amp;quyết định</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has not decided yet</source>
            <translation>Chỉ những thỏa thuận có người xem xét chưa quyết định</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>Read the board again (F5)</source>
            <translation>Đọc lại bảng (F5)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Tìm</translation>
        </message>
        <message>
            <source>Cl&amp;ear filters</source>
            <translation>&amp;Xóa bộ lọc</translation>
        </message>
        <message>
            <source>Clear the search and every filter (Ctrl+Shift+L)</source>
            <translation>Xóa nội dung tìm kiếm và mọi bộ lọc (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>Tìm &amp;kiếm:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Người xem xét:</translation>
        </message>
        <message>
            <source>Ro&amp;le:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Vòng xem xét</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>Mọi người xem xét</translation>
        </message>
        <message>
            <source>Only the agreements {name} reviews</source>
            <translation>Chỉ những thỏa thuận mà {name} xem xét</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>không có thỏa thuận quá hạn</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>%n thỏa thuận đang được xem xét · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n agreement(s) under review match</source>
            <translation>
                <numerusform>Không thỏa thuận nào trong %n thỏa thuận đang được xem xét khớp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>{count} trên %n thỏa thuận đang được xem xét · {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue: a reviewer (among those the filters choose) has passed their due date without deciding. Read against {date}.</source>
            <translation>Quá hạn: một người xem xét (trong số những người bộ lọc chọn) đã quá hạn mà chưa quyết định. Tính đến ngày {date}.</translation>
        </message>
        <message>
            <source>Select an agreement to see its review round: each reviewer's role, due date, decision and comments.</source>
            <translation>Chọn một thỏa thuận để xem vòng xem xét của nó: vai trò, hạn, quyết định và nhận xét của từng người xem xét.</translation>
        </message>
        <message>
            <source>Version {version} is under review without a review round: nobody has been named to review it.</source>
            <translation>Phiên bản {version} đang được xem xét nhưng không có vòng xem xét: chưa ai được chỉ định xem xét.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Phiên bản {version}</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} is no longer open.</source>
            <translation>Phiên bản {version}, vòng xem xét {round} không còn mở.</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} ({status}), opened {when}</source>
            <translation>Phiên bản {version}, vòng xem xét {round} ({status}), mở lúc {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier round(s)</source>
            <translation>
                <numerusform>%n vòng trước đó</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDecisionDialog</name>
        <message>
            <source>Approve your part of the review. The version is approved once every reviewer has approved and the quality check passes.</source>
            <translation>Phê duyệt phần xem xét của bạn. Phiên bản được phê duyệt khi mọi người xem xét đã phê duyệt và kiểm tra chất lượng đạt.</translation>
        </message>
        <message>
            <source>Say what should change, anchored to the sections it concerns. Requesting changes closes the round and sends the version back to its author for a new version.</source>
            <translation>Nêu những gì cần thay đổi, gắn với các phần liên quan. Yêu cầu thay đổi sẽ đóng vòng xem xét và gửi phiên bản lại cho tác giả để soạn phiên bản mới.</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>Phê duyệt {number}</translation>
        </message>
        <message>
            <source>Request changes to {number}</source>
            <translation>Yêu cầu thay đổi {number}</translation>
        </message>
        <message>
            <source>You review as {name} ({role}).</source>
            <translation>Bạn xem xét với tư cách {name} ({role}).</translation>
        </message>
        <message>
            <source>You review as {name}.</source>
            <translation>Bạn xem xét với tư cách {name}.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>phiên bản {version}</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>drafted by {author}</source>
            <translation>do {author} soạn thảo</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Vòng xem xét</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Người xem xét</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>No review round is open on this version: a legal reviewer or quality checker decides alone.</source>
            <translation>Không có vòng xem xét nào đang mở cho phiên bản này: người xem xét pháp lý hoặc người kiểm tra chất lượng tự quyết định.</translation>
        </message>
        <message numerus="yes">
            <source>Round {round} on version {version}: {approved} of %n reviewers have approved.</source>
            <translation>
                <numerusform>Vòng {round} của phiên bản {version}: {approved} trên %n người xem xét đã phê duyệt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending — overdue</source>
            <translation>Đang chờ — quá hạn</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <source>{reviewer} (you)</source>
            <translation>{reviewer} (bạn)</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Your overall comment (optional)</source>
            <translation>Nhận xét chung của bạn (không bắt buộc)</translation>
        </message>
        <message>
            <source>What should change, overall</source>
            <translation>Những gì cần thay đổi, nói chung</translation>
        </message>
        <message>
            <source>&amp;Overall comment (anchored to “general”):</source>
            <translation>Nhận xét &amp;chung (gắn với “general”):</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Phần</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Comments on &amp;sections (a line, a clause, the pricing…):</source>
            <translation>Nhận xét theo &amp;phần (một dòng, một điều khoản, phần giá…):</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Thêm nhận xét</translation>
        </message>
        <message>
            <source>Re&amp;move comment</source>
            <translation>&amp;Xóa nhận xét</translation>
        </message>
        <message>
            <source>Quality checklist — your check</source>
            <translation>Danh sách kiểm tra chất lượng — phần kiểm tra của bạn</translation>
        </message>
        <message>
            <source>Quality checklist</source>
            <translation>Danh sách kiểm tra chất lượng</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Chạy &amp;lại</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Chạy lại kiểm tra chất lượng trên thỏa thuận đã lưu</translation>
        </message>
        <message>
            <source>Your comment on this section</source>
            <translation>Nhận xét của bạn về phần này</translation>
        </message>
        <message>
            <source>You are not a reviewer in round {round} ({names}).</source>
            <translation>Bạn không phải người xem xét trong vòng {round} ({names}).</translation>
        </message>
        <message>
            <source>You have decided on round {round} already ({decision}).</source>
            <translation>Bạn đã quyết định trong vòng {round} rồi ({decision}).</translation>
        </message>
        <message>
            <source>Cannot approve while an automatic check fails: {items}.</source>
            <translation>Không thể phê duyệt khi còn mục kiểm tra tự động chưa đạt: {items}.</translation>
        </message>
        <message>
            <source>The agreement is {status}, not in review.</source>
            <translation>Thỏa thuận đang ở trạng thái “{status}”, không phải đang xem xét.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForms</name>
        <message>
            <source>the agreement as a whole</source>
            <translation>toàn bộ thỏa thuận</translation>
        </message>
        <message>
            <source>provider and customer</source>
            <translation>nhà cung cấp và khách hàng</translation>
        </message>
        <message>
            <source>services and sites covered</source>
            <translation>các dịch vụ và địa điểm được áp dụng</translation>
        </message>
        <message>
            <source>prices and totals</source>
            <translation>giá và tổng cộng</translation>
        </message>
        <message>
            <source>service credits</source>
            <translation>khoản bồi hoàn dịch vụ</translation>
        </message>
        <message>
            <source>signatories and signing</source>
            <translation>người ký và việc ký kết</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Phê duyệt</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>Yêu cầu thay đổi</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Đã yêu cầu thay đổi</translation>
        </message>
    </context>
    <context>
        <name>ReviewRoundDialog</name>
        <message>
            <source>Submit {number} for review</source>
            <translation>Gửi {number} để xem xét</translation>
        </message>
        <message>
            <source>Submitting moves the draft into review and opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Khi gửi, bản nháp chuyển sang giai đoạn xem xét và một vòng xem xét được mở cho phiên bản {version} của “{title}” ({customer}), do {author} soạn thảo. Mỗi người xem xét phê duyệt hoặc yêu cầu thay đổi trước hạn; chỉ một yêu cầu thay đổi cũng sẽ gửi phiên bản lại cho tác giả.</translation>
        </message>
        <message>
            <source>Start a review round on {number}</source>
            <translation>Bắt đầu vòng xem xét cho {number}</translation>
        </message>
        <message>
            <source>This opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Thao tác này mở một vòng xem xét cho phiên bản {version} của “{title}” ({customer}), do {author} soạn thảo. Mỗi người xem xét phê duyệt hoặc yêu cầu thay đổi trước hạn; chỉ một yêu cầu thay đổi cũng sẽ gửi phiên bản lại cho tác giả.</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Gửi xem xét</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Bắt đầu vòng</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Người xem xét</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Ngày đến hạn</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Thêm người xem xét</translation>
        </message>
        <message>
            <source>Re&amp;move reviewer</source>
            <translation>&amp;Xóa người xem xét</translation>
        </message>
        <message>
            <source>&amp;Reviewers:</source>
            <translation>&amp;Người xem xét:</translation>
        </message>
        <message>
            <source>When this reviewer should have decided</source>
            <translation>Thời hạn người xem xét này cần quyết định</translation>
        </message>
        <message>
            <source>Add at least one reviewer to send the version for review.</source>
            <translation>Thêm ít nhất một người xem xét để gửi phiên bản đi xem xét.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message>
            <source>Legal reviewer</source>
            <translation>Người xem xét pháp lý</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Người kiểm tra chất lượng</translation>
        </message>
        <message>
            <source>Customer representative</source>
            <translation>Đại diện khách hàng</translation>
        </message>
        <message>
            <source>legal</source>
            <translation>pháp lý</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>chất lượng</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>khách hàng</translation>
        </message>
        <message>
            <source>✓ approved</source>
            <translation>✓ đã phê duyệt</translation>
        </message>
        <message>
            <source>✗ changes requested</source>
            <translation>✗ yêu cầu thay đổi</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>đã phê duyệt</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>đã yêu cầu thay đổi</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Các bên</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Phạm vi</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Giá</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Khoản bồi hoàn dịch vụ</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <source>No reviewers named yet</source>
            <translation>Chưa chỉ định người xem xét</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) {decision}</source>
            <translation>{reviewer} ({role}) {decision}</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date} OVERDUE</source>
            <translation>{reviewer} ({role}) hạn {date} QUÁ HẠN</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date}</source>
            <translation>{reviewer} ({role}) hạn {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>trễ %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: submitted for review without a review round</source>
            <translation>{number}: đã gửi xem xét nhưng không có vòng xem xét</translation>
        </message>
        <message>
            <source>{number}, version {version}, review round {round}</source>
            <translation>{number}, phiên bản {version}, vòng xem xét {round}</translation>
        </message>
        <message>
            <source>{decision} on {when}</source>
            <translation>{decision} lúc {when}</translation>
        </message>
        <message>
            <source>waiting, due {date} — {late}</source>
            <translation>đang chờ, hạn {date} — {late}</translation>
        </message>
        <message>
            <source>waiting, due {date}</source>
            <translation>đang chờ, hạn {date}</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Dòng {number}</translation>
        </message>
        <message>
            <source>Clause “{name}”</source>
            <translation>Điều khoản “{name}”</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Người xem xét</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Quyết định lúc</translation>
        </message>
        <message>
            <source>waiting — {late}</source>
            <translation>đang chờ — {late}</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>đang chờ</translation>
        </message>
    </context>
</TS>
