<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Give notice on {number}</source>
            <translation>Thông báo chấm dứt {number}</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>Ghi nhận thông báo chấm dứt</translation>
        </message>
        <message>
            <source>Record that notice was given to end {number} ({customer}). Its current term ends on {last_day}; notice for that end must be given by {deadline}. The agreement then ends on the term's last day and is not renewed. The reason is kept in its history.</source>
            <translation>Ghi nhận rằng đã gửi thông báo chấm dứt {number} ({customer}). Thời hạn hiện tại kết thúc vào {last_day}; thông báo chấm dứt vào thời điểm đó phải được gửi chậm nhất vào {deadline}. Khi đó thỏa thuận kết thúc vào ngày cuối của thời hạn và không được gia hạn. Lý do được lưu trong lịch sử của thỏa thuận.</translation>
        </message>
        <message>
            <source>Given &amp;by:</source>
            <translation>&amp;Bên thông báo:</translation>
        </message>
        <message>
            <source>Given &amp;on:</source>
            <translation>&amp;Ngày thông báo:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Kết thúc vào:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Chi tiết:</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Thỏa thuận</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Việc đến hạn</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>notice deadline</source>
            <translation>hạn chót thông báo chấm dứt</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>gia hạn</translation>
        </message>
        <message>
            <source>confirm renewal</source>
            <translation>xác nhận gia hạn</translation>
        </message>
        <message>
            <source>ends</source>
            <translation>kết thúc</translation>
        </message>
        <message>
            <source>review</source>
            <translation>xem xét</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Just mine</source>
            <translation>Chỉ của tôi (&amp;J)</translation>
        </message>
        <message>
            <source>Only the agreements whose version in force you drafted</source>
            <translation>Chỉ các thỏa thuận có phiên bản đang hiệu lực do bạn soạn thảo</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Lời nhắc</translation>
        </message>
        <message>
            <source>Coming up within:</source>
            <translation>Sắp đến hạn trong:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>Could not read the reminders: {error}</source>
            <translation>Không thể đọc lời nhắc: {error}</translation>
        </message>
        <message>
            <source>Nothing falls due in the next {days} days</source>
            <translation>Không có việc gì đến hạn trong {days} ngày tới</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the next {days} days</source>
            <translation>
                <numerusform>%n mục trong {days} ngày tới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number}: {due} {when} and %n more</source>
            <translation>
                <numerusform>{number}: {due} {when} và %n mục khác</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: {due} {when}</source>
            <translation>{number}: {due} {when}</translation>
        </message>
        <message>
            <source>slamdesk reminders</source>
            <translation>Lời nhắc slamdesk</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (hôm nay)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (in %n day(s))</source>
            <translation>
                <numerusform>{day} (còn %n ngày)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) ago)</source>
            <translation>
                <numerusform>{day} (%n ngày trước)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>The next term runs from {start} to {last_day}.</source>
            <translation>Thời hạn tiếp theo kéo dài từ {start} đến {last_day}.</translation>
        </message>
        <message>
            <source>Its terms allow no more renewals.</source>
            <translation>Điều khoản của thỏa thuận không cho phép gia hạn thêm.</translation>
        </message>
        <message>
            <source>{number} ({customer}) renews only when someone confirms it: unconfirmed, it expires after {last_day}.</source>
            <translation>{number} ({customer}) chỉ được gia hạn khi có người xác nhận: nếu không được xác nhận, thỏa thuận hết hạn sau {last_day}.</translation>
        </message>
        <message>
            <source>Renew {number}</source>
            <translation>Gia hạn {number}</translation>
        </message>
        <message>
            <source>Confirm renewal</source>
            <translation>Xác nhận gia hạn</translation>
        </message>
        <message>
            <source>Confirmed &amp;on:</source>
            <translation>&amp;Ngày xác nhận:</translation>
        </message>
    </context>
    <context>
        <name>ReviewHeldDialog</name>
        <message>
            <source>Record the review of {number} ({customer}) once it has been held: who attended (one name a line), what was decided and what was said.</source>
            <translation>Ghi nhận buổi xem xét {number} ({customer}) sau khi đã diễn ra: những người tham dự (mỗi dòng một tên), nội dung đã quyết định và những gì đã trao đổi.</translation>
        </message>
        <message>
            <source>A review is due on {day}.</source>
            <translation>Buổi xem xét đến hạn vào {day}.</translation>
        </message>
        <message>
            <source>Periodic review of {number}</source>
            <translation>Xem xét định kỳ {number}</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Ghi nhận xem xét</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>The amendment version this review led to, once it is drafted</source>
            <translation>Phiên bản sửa đổi mà buổi xem xét này dẫn đến, sau khi được soạn thảo</translation>
        </message>
        <message>
            <source>Held &amp;on:</source>
            <translation>&amp;Ngày họp:</translation>
        </message>
        <message>
            <source>&amp;Attendees:</source>
            <translation>Người &amp;tham dự:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Quyết định:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <source>A&amp;mendment version:</source>
            <translation>Phiên bản &amp;sửa đổi:</translation>
        </message>
    </context>
    <context>
        <name>TermActions</name>
        <message>
            <source>{number} is running and renews as agreed</source>
            <translation>{number} đang có hiệu lực và được gia hạn như đã thỏa thuận</translation>
        </message>
        <message>
            <source>{number} is ending: notice was given or its renewal is not confirmed</source>
            <translation>{number} sắp kết thúc: đã có thông báo chấm dứt hoặc việc gia hạn chưa được xác nhận</translation>
        </message>
        <message>
            <source>{number} is expired</source>
            <translation>{number} đã hết hạn</translation>
        </message>
        <message>
            <source>{number} is terminated</source>
            <translation>{number} đã chấm dứt</translation>
        </message>
        <message>
            <source>{number} is not signed yet</source>
            <translation>{number} chưa được ký</translation>
        </message>
        <message>
            <source>Term and re&amp;newal</source>
            <translation>Thời hạn và &amp;gia hạn</translation>
        </message>
        <message>
            <source>&amp;Terms…</source>
            <translation>Điều &amp;khoản…</translation>
        </message>
        <message>
            <source>A draft's start, initial term, renewal, notice and reviews</source>
            <translation>Ngày bắt đầu, thời hạn ban đầu, gia hạn, thông báo chấm dứt và xem xét của bản nháp</translation>
        </message>
        <message>
            <source>Give &amp;notice…</source>
            <translation>&amp;Thông báo chấm dứt…</translation>
        </message>
        <message>
            <source>Record notice: the agreement ends at the end of a term</source>
            <translation>Ghi nhận thông báo chấm dứt: thỏa thuận kết thúc vào cuối một thời hạn</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Gia hạn…</translation>
        </message>
        <message>
            <source>Confirm an express renewal before the term ends</source>
            <translation>Xác nhận gia hạn có xác nhận trước khi thời hạn kết thúc</translation>
        </message>
        <message>
            <source>Record periodic re&amp;view…</source>
            <translation>Ghi nhận &amp;xem xét định kỳ…</translation>
        </message>
        <message>
            <source>Who attended the periodic review and what was decided</source>
            <translation>Ai đã tham dự buổi xem xét định kỳ và đã quyết định gì</translation>
        </message>
        <message>
            <source>Notice &amp;letter…</source>
            <translation>Thư thông báo chấ&amp;m dứt…</translation>
        </message>
        <message>
            <source>Write the letter of the notice given as PDF (signed) and DOCX into the register</source>
            <translation>Ghi thư thông báo chấm dứt đã gửi dưới dạng PDF (có ký) và DOCX vào sổ đăng ký</translation>
        </message>
        <message>
            <source>only a representative or an administrator records notice</source>
            <translation>chỉ người đại diện hoặc quản trị viên mới ghi nhận thông báo chấm dứt</translation>
        </message>
        <message>
            <source>only a representative or an administrator renews</source>
            <translation>chỉ người đại diện hoặc quản trị viên mới gia hạn</translation>
        </message>
        <message>
            <source>only a representative, a quality checker or an administrator records reviews</source>
            <translation>chỉ người đại diện, người kiểm tra chất lượng hoặc quản trị viên mới ghi nhận xem xét</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: chưa thể lúc này, {reason}</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>hãy chọn một thỏa thuận trong sổ đăng ký</translation>
        </message>
        <message>
            <source>only a draft's terms change; amend {number} to change its terms</source>
            <translation>chỉ bản nháp mới đổi được điều khoản; hãy sửa đổi {number} để đổi điều khoản của nó</translation>
        </message>
        <message>
            <source>only a representative or an administrator sets terms</source>
            <translation>chỉ người đại diện hoặc quản trị viên mới đặt điều khoản</translation>
        </message>
        <message>
            <source>Terms of {number}</source>
            <translation>Điều kiện thời hạn của {number}</translation>
        </message>
        <message>
            <source>Terms of {number} saved</source>
            <translation>Đã lưu điều khoản của {number}</translation>
        </message>
        <message>
            <source>Notice recorded on {number}</source>
            <translation>Đã ghi nhận thông báo chấm dứt cho {number}</translation>
        </message>
        <message>
            <source>{number} renewed</source>
            <translation>Đã gia hạn {number}</translation>
        </message>
        <message>
            <source>Periodic review of {number} recorded</source>
            <translation>Đã ghi nhận xem xét định kỳ {number}</translation>
        </message>
        <message>
            <source>the notice letter of {number}</source>
            <translation>thư thông báo chấm dứt của {number}</translation>
        </message>
        <message>
            <source>Notice letter of {number} written into {folder}: {files}</source>
            <translation>Đã ghi thư thông báo chấm dứt của {number} vào {folder}: {files}</translation>
        </message>
    </context>
    <context>
        <name>TermDialogs</name>
        <message>
            <source>The customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Nhà cung cấp</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Giá</translation>
        </message>
        <message>
            <source>Service quality</source>
            <translation>Chất lượng dịch vụ</translation>
        </message>
        <message>
            <source>No longer needed</source>
            <translation>Không còn cần thiết</translation>
        </message>
        <message>
            <source>Changing provider</source>
            <translation>Đổi nhà cung cấp</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Khác</translation>
        </message>
        <message>
            <source>No renewal: it ends after the initial term</source>
            <translation>Không gia hạn: kết thúc sau thời hạn ban đầu</translation>
        </message>
        <message>
            <source>Renews by itself unless notice is given</source>
            <translation>Tự động gia hạn trừ khi có thông báo chấm dứt</translation>
        </message>
        <message>
            <source>Renews only when someone confirms it</source>
            <translation>Chỉ gia hạn khi có người xác nhận</translation>
        </message>
        <message>
            <source>days</source>
            <translation>ngày</translation>
        </message>
        <message>
            <source>months</source>
            <translation>tháng</translation>
        </message>
        <message>
            <source>Either party</source>
            <translation>Một trong hai bên</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Giữ nguyên</translation>
        </message>
        <message>
            <source>Change a service level</source>
            <translation>Thay đổi một mức dịch vụ</translation>
        </message>
        <message>
            <source>Amend the terms</source>
            <translation>Sửa đổi điều kiện</translation>
        </message>
        <message>
            <source>Terminate it</source>
            <translation>Chấm dứt thỏa thuận</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>Terms of {number}</source>
            <translation>Điều khoản của {number}</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Lưu điều khoản</translation>
        </message>
        <message>
            <source>When {number} starts, how long it runs, whether it renews, how much notice ends it and how often it is reviewed. Its end date follows from the start and the initial term.</source>
            <translation>Khi nào {number} bắt đầu, kéo dài bao lâu, có gia hạn không, cần thông báo trước bao lâu để chấm dứt và bao lâu được xem xét một lần. Ngày kết thúc được tính từ ngày bắt đầu và thời hạn ban đầu.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <source>no reviews</source>
            <translation>không xem xét</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Bắt đầu từ:</translation>
        </message>
        <message>
            <source>&amp;Initial term (months):</source>
            <translation>&amp;Thời hạn ban đầu (tháng):</translation>
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation>&amp;Gia hạn:</translation>
        </message>
        <message>
            <source>Each renewed &amp;term (months):</source>
            <translation>&amp;Mỗi kỳ gia hạn (tháng):</translation>
        </message>
        <message>
            <source>Renewals at &amp;most:</source>
            <translation>&amp;Số lần gia hạn tối đa:</translation>
        </message>
        <message>
            <source>&amp;Notice period:</source>
            <translation>Thời hạn thô&amp;ng báo:</translation>
        </message>
        <message>
            <source>Notice &amp;counted in:</source>
            <translation>Đơn &amp;vị thông báo:</translation>
        </message>
        <message>
            <source>Notice &amp;given by:</source>
            <translation>&amp;Ai được báo chấm dứt:</translation>
        </message>
        <message>
            <source>Re&amp;view every (months):</source>
            <translation>&amp;Xem xét định kỳ (tháng):</translation>
        </message>
    </context>
</TS>
