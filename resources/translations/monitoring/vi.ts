<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import tickets or outages</source>
            <translation>Nhập phiếu yêu cầu hoặc sự cố gián đoạn</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Phiếu yêu cầu</translation>
        </message>
        <message>
            <source>Outages</source>
            <translation>Sự cố gián đoạn</translation>
        </message>
        <message>
            <source>A CSV, XLSX or JSON file</source>
            <translation>Tệp CSV, XLSX hoặc JSON</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Duyệt…</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm (for times written without an offset)</source>
            <translation>vd: Europe/Stockholm (cho thời gian ghi không kèm độ lệch múi giờ)</translation>
        </message>
        <message>
            <source>Leave bad rows out and import the rest</source>
            <translation>Bỏ qua các dòng lỗi và nhập phần còn lại</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Tệp:</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Mẫu:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Múi &amp;giờ:</translation>
        </message>
        <message numerus="yes">
            <source>The first %n rows, as they would be read:</source>
            <translation>
                <numerusform>%n dòng đầu tiên, như khi được đọc:</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Tickets or outages ({patterns})</source>
            <translation>Phiếu yêu cầu hoặc sự cố gián đoạn ({patterns})</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message numerus="yes">
            <source>{bad} of the first %n rows would be refused (see Problem).</source>
            <translation>
                <numerusform>{bad} trong %n dòng đầu tiên sẽ bị từ chối (xem Vấn đề).</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Đang nhập {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Importing {file}… %n row(s) read</source>
            <translation>
                <numerusform>Đang nhập {file}… đã đọc %n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row(s) left out.</source>
            <translation>
                <numerusform>Đã nhập: {added} mục thêm mới, {changed} mục thay đổi, {unchanged} mục không đổi, bỏ qua %n dòng lỗi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged.</source>
            <translation>Đã nhập: {added} mục thêm mới, {changed} mục thay đổi, {unchanged} mục không đổi.</translation>
        </message>
        <message>
            <source>tick “Leave bad rows out” to import the rest</source>
            <translation>hãy đánh dấu “Bỏ qua các dòng lỗi” để nhập phần còn lại</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the file was stored.</source>
            <translation>Đã hủy: không có gì từ tệp được lưu.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>This a&amp;greement</source>
            <translation>Thỏa thuận nà&amp;y</translation>
        </message>
        <message>
            <source>Write its &amp;KPI report (PDF and DOCX)</source>
            <translation>Viết &amp;báo cáo KPI (PDF và DOCX)</translation>
        </message>
        <message>
            <source>This period's figures, trend, breaches, credits and experience as a report, into the register</source>
            <translation>Số liệu, xu hướng, vi phạm, bồi hoàn và trải nghiệm của kỳ này thành một báo cáo, lưu vào sổ đăng ký</translation>
        </message>
        <message>
            <source>Export its &amp;credit note…</source>
            <translation>Xuất &amp;giấy báo bồi hoàn…</translation>
        </message>
        <message>
            <source>&amp;What if at another level…</source>
            <translation>&amp;Nếu ở mức khác thì sao…</translation>
        </message>
        <message>
            <source>This period's tickets and outages measured against every level of each line's service, with today's price of each</source>
            <translation>Phiếu và sự cố của kỳ này được đo theo mọi mức của dịch vụ trên từng dòng, kèm giá hôm nay của từng mức</translation>
        </message>
        <message>
            <source>The KPI report, the credit note and the what-if of the agreement shown</source>
            <translation>Báo cáo KPI, giấy báo bồi hoàn và phân tích giả định của thỏa thuận đang hiển thị</translation>
        </message>
        <message>
            <source>Select an agreement in the register first</source>
            <translation>Hãy chọn một thỏa thuận trong sổ đăng ký trước</translation>
        </message>
        <message>
            <source>The credits this closed period owes, as a signed PDF and a DOCX, into the register</source>
            <translation>Khoản bồi hoàn của kỳ đã chốt này, dưới dạng PDF đã ký và DOCX, lưu vào sổ đăng ký</translation>
        </message>
        <message>
            <source>A credit note is made from a closed period's figures: close {period} first</source>
            <translation>Giấy báo bồi hoàn được lập từ số liệu của kỳ đã chốt: hãy chốt {period} trước</translation>
        </message>
        <message>
            <source>The report of {number} was not written: {reason}</source>
            <translation>Chưa viết được báo cáo của {number}: {reason}</translation>
        </message>
        <message>
            <source>KPI report of {number} for {period}</source>
            <translation>Báo cáo KPI của {number} cho kỳ {period}</translation>
        </message>
        <message>
            <source>Writing the KPI report of {number} for {period}…</source>
            <translation>Đang viết báo cáo KPI của {number} cho kỳ {period}…</translation>
        </message>
        <message>
            <source>the credit note of {number} for {period}</source>
            <translation>giấy báo bồi hoàn của {number} cho kỳ {period}</translation>
        </message>
        <message>
            <source>Credit note of {number} for {period}</source>
            <translation>Giấy báo bồi hoàn của {number} cho kỳ {period}</translation>
        </message>
        <message>
            <source>{what} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{what} đã có trong sổ đăng ký, giống đến từng byte: không ghi gì ({folder})</translation>
        </message>
        <message>
            <source>{what} written into {folder}: {files}</source>
            <translation>Đã ghi {what} vào {folder}: {files}</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Giám sát</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Toàn bộ danh mục thỏa thuận</translation>
        </message>
        <message>
            <source>The agreement selected in the register, or every signed agreement</source>
            <translation>Thỏa thuận được chọn trong sổ đăng ký, hoặc mọi thỏa thuận đã ký</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Nhập…</translation>
        </message>
        <message>
            <source>Import tickets or outages from a CSV, XLSX or JSON export, with a preview first</source>
            <translation>Nhập phiếu yêu cầu hoặc sự cố gián đoạn từ tệp xuất CSV, XLSX hoặc JSON, có xem trước</translation>
        </message>
        <message>
            <source>Reports for &amp;every agreement…</source>
            <translation>Báo cáo cho &amp;mọi thỏa thuận…</translation>
        </message>
        <message>
            <source>The KPI report of this period for every signed agreement, as PDF and DOCX, into the register (in the background; you can cancel between agreements)</source>
            <translation>Báo cáo KPI của kỳ này cho mọi thỏa thuận đã ký, dạng PDF và DOCX, vào sổ đăng ký (chạy nền; bạn có thể hủy giữa các thỏa thuận)</translation>
        </message>
        <message>
            <source>C&amp;lose period…</source>
            <translation>&amp;Chốt kỳ…</translation>
        </message>
        <message>
            <source>Store this period's figures for good: they never change after (an audited step)</source>
            <translation>Lưu vĩnh viễn số liệu của kỳ này: sau đó chúng không bao giờ thay đổi (một bước được ghi nhật ký kiểm tra)</translation>
        </message>
        <message>
            <source>Only a quality checker or an administrator closes a period</source>
            <translation>Chỉ người kiểm tra chất lượng hoặc quản trị viên mới chốt được kỳ</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Thỏa thuận:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Kỳ:</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Phiếu yêu cầu</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Chỉ tiêu đạt</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Vi phạm</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Độ khả dụng (chỉ tiêu)</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Bồi hoàn dịch vụ</translation>
        </message>
        <message>
            <source>Line or agreement</source>
            <translation>Dòng hoặc thỏa thuận</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Thỏa thuận</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Trải nghiệm</translation>
        </message>
        <message>
            <source>Targets met, last twelve periods (%)</source>
            <translation>Chỉ tiêu đạt, mười hai kỳ gần nhất (%)</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Phiếu yêu cầu</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Thời gian còn lại</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Mức leo thang</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Thời gian đã dùng</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Cho phép</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Phát hiện</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Các kỳ</translation>
        </message>
        <message>
            <source>Suggested level</source>
            <translation>Mức đề xuất</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>Chênh lệch mỗi tháng</translation>
        </message>
        <message>
            <source>A&amp;t risk</source>
            <translation>Có &amp;rủi ro</translation>
        </message>
        <message>
            <source>&amp;Breaches</source>
            <translation>&amp;Vi phạm</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; e&amp;xperience</source>
            <translation>&amp;Bồi hoàn &amp;&amp; trải nghiệm</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>Đề &amp;xuất</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Đóng cửa sổ</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Đang đọc {period}…</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Không đọc được số liệu: {reason}</translation>
        </message>
        <message>
            <source>{period}: closed {date} by {person}</source>
            <translation>{period}: đã chốt ngày {date} bởi {person}</translation>
        </message>
        <message>
            <source>{period}: provisional, not closed</source>
            <translation>{period}: tạm tính, chưa chốt</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n signed agreement(s)</source>
            <translation>
                <numerusform>{period}: %n thỏa thuận đã ký</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n line(s) met</source>
            <translation>
                <numerusform>{met}/%n dòng đạt</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {percent} %</source>
            <translation>chỉ tiêu {percent} %</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} đến {last}</translation>
        </message>
        <message>
            <source>past due</source>
            <translation>quá hạn</translation>
        </message>
        <message>
            <source>A&amp;t risk ({count})</source>
            <translation>Có &amp;rủi ro ({count})</translation>
        </message>
        <message>
            <source>Close period</source>
            <translation>Chốt kỳ</translation>
        </message>
        <message>
            <source>Close {period} of {number}?

Its figures are stored as they are now and never change after; tickets imported later are listed as late.</source>
            <translation>Chốt kỳ {period} của {number}?

Số liệu được lưu như hiện tại và sẽ không bao giờ thay đổi; các phiếu yêu cầu nhập sau đó được liệt kê là nhập muộn.</translation>
        </message>
        <message numerus="yes">
            <source>{number} {period} closed: %n target(s) breached</source>
            <translation>
                <numerusform>Đã chốt {number} {period}: %n chỉ tiêu bị vi phạm</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the portfolio's last twelve periods…</source>
            <translation>Đang đọc mười hai kỳ gần nhất của danh mục…</translation>
        </message>
        <message>
            <source>Could not read the portfolio's trend: {reason}</source>
            <translation>Không đọc được xu hướng của danh mục: {reason}</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Danh mục</translation>
        </message>
        <message>
            <source>Targets met across the portfolio, last twelve periods (%)</source>
            <translation>Chỉ tiêu đạt trên toàn danh mục, mười hai kỳ gần nhất (%)</translation>
        </message>
        <message>
            <source>Writing the reports of {period}…</source>
            <translation>Đang ghi các báo cáo của {period}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Writing the report of {number} ({done} of {total})…</source>
            <translation>Đang ghi báo cáo của {number} ({done}/{total})…</translation>
        </message>
        <message>
            <source>The reports were not written: {reason}</source>
            <translation>Các báo cáo chưa được ghi: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) of {period} written</source>
            <translation>
                <numerusform>Đã ghi %n báo cáo của {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended before it</source>
            <translation>
                <numerusform>%n thỏa thuận đã kết thúc trước kỳ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cancelled, %n not begun</source>
            <translation>
                <numerusform>đã hủy, %n chưa bắt đầu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (the first: {number}: {reason})</source>
            <translation>
                <numerusform>%n bị từ chối (đầu tiên: {number}: {reason})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWording</name>
        <message>
            <source>Response</source>
            <translation>Phản hồi</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Giải quyết</translation>
        </message>
        <message>
            <source>response</source>
            <translation>phản hồi</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>giải quyết</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>có rủi ro</translation>
        </message>
        <message>
            <source>breached</source>
            <translation>vi phạm</translation>
        </message>
        <message>
            <source>breached 2x</source>
            <translation>vi phạm gấp 2</translation>
        </message>
        <message>
            <source>green outside, red inside</source>
            <translation>xanh bên ngoài, đỏ bên trong</translation>
        </message>
        <message>
            <source>experience goals missed</source>
            <translation>không đạt mục tiêu trải nghiệm</translation>
        </message>
        <message>
            <source>too few survey answers to judge</source>
            <translation>quá ít câu trả lời khảo sát để đánh giá</translation>
        </message>
        <message>
            <source>experience goals met</source>
            <translation>đạt mục tiêu trải nghiệm</translation>
        </message>
        <message>
            <source>no experience goals recorded</source>
            <translation>chưa ghi nhận mục tiêu trải nghiệm nào</translation>
        </message>
        <message>
            <source>{target} consistently missed</source>
            <translation>{target} liên tục không đạt</translation>
        </message>
        <message>
            <source>{target} over-delivered</source>
            <translation>{target} vượt mức cam kết</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>đã chốt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>dòng {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>hàng {number}</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>độ khả dụng</translation>
        </message>
        <message>
            <source>{priority} {kind}</source>
            <translation>{kind} {priority}</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} giờ {minutes} phút</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} phút</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount} (provisional)</source>
            <translation>&lt;b&gt;Khoản bồi hoàn dịch vụ phải trả cho {period}:&lt;/b&gt; {amount} (tạm tính)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount}</source>
            <translation>&lt;b&gt;Khoản bồi hoàn dịch vụ phải trả cho {period}:&lt;/b&gt; {amount}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Experience:&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Trải nghiệm:&lt;/b&gt; {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Satisfaction {measured} % from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Mức hài lòng {measured} % từ %n câu trả lời (chỉ tiêu {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Effort {measured} from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Mức nỗ lực {measured} từ %n câu trả lời (chỉ tiêu {goal})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amounts}</source>
            <translation>&lt;b&gt;Bồi hoàn phải trả cho kỳ {period}:&lt;/b&gt; {amounts}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Bồi hoàn phải trả cho kỳ {period}:&lt;/b&gt; không có</translation>
        </message>
        <message>
            <source>(provisional where the period is not closed)</source>
            <translation>(tạm tính ở những nơi kỳ chưa chốt)</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Breaches:&lt;/b&gt; %n target(s) breached</source>
            <translation>
                <numerusform>&lt;b&gt;Vi phạm:&lt;/b&gt; %n chỉ tiêu bị vi phạm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) owe credits</source>
            <translation>
                <numerusform>%n thỏa thuận phải trả bồi hoàn</numerusform>
            </translation>
        </message>
        <message>
            <source>Each agreement's experience check is in its row, its breaches and review suggestions in their tabs; select one in the register for its own figures.</source>
            <translation>Kết quả kiểm tra trải nghiệm của mỗi thỏa thuận nằm trên dòng của nó, các vi phạm và đề xuất nằm trong các thẻ tương ứng; hãy chọn một thỏa thuận trong sổ đăng ký để xem số liệu riêng của nó.</translation>
        </message>
        <message>
            <source>The Breaches tab lists the first {count}; an agreement's own view lists all of its own.</source>
            <translation>Thẻ Vi phạm chỉ liệt kê {count} vi phạm đầu tiên; chế độ xem riêng của một thỏa thuận liệt kê đầy đủ các vi phạm của nó.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfDialog</name>
        <message>
            <source>What if: {number}, {period}</source>
            <translation>Nếu thì sao: {number}, {period}</translation>
        </message>
        <message>
            <source>The tickets and outages of {period}, measured again against every level of the line's service, as they stand now. The price is today's for the line's requirement; the level signed is marked.</source>
            <translation>Phiếu và sự cố của kỳ {period}, được đo lại theo mọi mức của dịch vụ trên dòng, như hiện tại. Giá là giá hôm nay cho yêu cầu của dòng; mức đã ký được đánh dấu.</translation>
        </message>
        <message>
            <source>&amp;Line:</source>
            <translation>&amp;Dòng:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Giá hằng tháng</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Chênh lệch</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Vi phạm</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Chỉ tiêu đạt</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Độ khả dụng (chỉ tiêu)</translation>
        </message>
        <message>
            <source>Can it serve the requirement?</source>
            <translation>Có đáp ứng được yêu cầu không?</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Đang đọc {period}…</translation>
        </message>
        <message>
            <source>Could not measure the levels: {reason}</source>
            <translation>Không đo được các mức: {reason}</translation>
        </message>
        <message>
            <source>{position}. {service}, signed at {fee} a month</source>
            <translation>{position}. {service}, đã ký với {fee} mỗi tháng</translation>
        </message>
        <message>
            <source>The agreement has no lines.</source>
            <translation>Thỏa thuận không có dòng nào.</translation>
        </message>
        <message>
            <source>{level} (signed)</source>
            <translation>{level} (đã ký)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
    </context>
</TS>
