<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>CalendarsWindow</name>
        <message>
            <source>&amp;Monday</source>
            <translation>Thứ Ha&amp;i</translation>
        </message>
        <message>
            <source>&amp;Tuesday</source>
            <translation>Thứ B&amp;a</translation>
        </message>
        <message>
            <source>&amp;Wednesday</source>
            <translation>T&amp;hứ Tư</translation>
        </message>
        <message>
            <source>T&amp;hursday</source>
            <translation>Thứ Nă&amp;m</translation>
        </message>
        <message>
            <source>&amp;Friday</source>
            <translation>Thứ &amp;Sáu</translation>
        </message>
        <message>
            <source>Sat&amp;urday</source>
            <translation>Thứ &amp;Bảy</translation>
        </message>
        <message>
            <source>Sun&amp;day</source>
            <translation>&amp;Chủ nhật</translation>
        </message>
        <message>
            <source>New calendar</source>
            <translation>Lịch mới</translation>
        </message>
        <message>
            <source>Business-hours calendars — slamdesk</source>
            <translation>Lịch giờ làm việc — slamdesk</translation>
        </message>
        <message>
            <source>New c&amp;alendar</source>
            <translation>&amp;Lịch mới</translation>
        </message>
        <message>
            <source>e.g. Stockholm office</source>
            <translation>vd: Văn phòng Stockholm</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm</source>
            <translation>vd: Europe/Stockholm</translation>
        </message>
        <message>
            <source>none; or e.g. SE, VN, ID, UA, DE-BY</source>
            <translation>không có; hoặc vd: SE, VN, ID, UA, DE-BY</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>ngày nghỉ</translation>
        </message>
        <message>
            <source>more days off, e.g. 2026-12-24, 2026-12-31</source>
            <translation>thêm ngày nghỉ, vd: 2026-12-24, 2026-12-31</translation>
        </message>
        <message>
            <source>one per line: 2026-12-23T12:00 / 2026-12-23T17:00</source>
            <translation>mỗi dòng một mục: 2026-12-23T12:00 / 2026-12-23T17:00</translation>
        </message>
        <message>
            <source>Keep the calendar as its next version (Ctrl+S)</source>
            <translation>Lưu lịch thành phiên bản kế tiếp (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Chỉ đọc:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên lịch:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Múi &amp;giờ:</translation>
        </message>
        <message>
            <source>&amp;Public holidays of:</source>
            <translation>&amp;Ngày lễ của:</translation>
        </message>
        <message>
            <source>Working hours (several a day: 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight)</source>
            <translation>Giờ làm việc (nhiều khung một ngày: 08:00-12:00, 13:00-17:00; 22:00-06:00 kéo qua nửa đêm)</translation>
        </message>
        <message>
            <source>More days &amp;off:</source>
            <translation>Thêm ngà&amp;y nghỉ:</translation>
        </message>
        <message>
            <source>C&amp;losures:</source>
            <translation>&amp;Khoảng đóng cửa:</translation>
        </message>
        <message>
            <source>Stored calendars:</source>
            <translation>Các lịch đã lưu:</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Lịch giờ làm việc</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Phiên bản {version}: {description}</translation>
        </message>
        <message>
            <source>No calendar is stored yet: type one and Save.</source>
            <translation>Chưa có lịch nào được lưu: hãy nhập một lịch rồi Lưu.</translation>
        </message>
        <message>
            <source>Version {version}, saved {saved}: {description}</source>
            <translation>Phiên bản {version}, lưu lúc {saved}: {description}</translation>
        </message>
        <message>
            <source>A new calendar: name it, set its hours and Save.</source>
            <translation>Lịch mới: đặt tên, nhập giờ làm việc rồi Lưu.</translation>
        </message>
        <message>
            <source>Save the calendar</source>
            <translation>Lưu lịch</translation>
        </message>
        <message>
            <source>Calendar {name} saved as version {version}</source>
            <translation>Đã lưu lịch {name} thành phiên bản {version}</translation>
        </message>
        <message>
            <source>Calendar {name}</source>
            <translation>Lịch {name}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueCommands</name>
        <message>
            <source>(no name)</source>
            <translation>(chưa có tên)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Tiêu chuẩn</translation>
        </message>
        <message>
            <source>Add level {name}</source>
            <translation>Thêm mức {name}</translation>
        </message>
        <message>
            <source>Remove level {name}</source>
            <translation>Xóa mức {name}</translation>
        </message>
        <message>
            <source>Edit service {field}</source>
            <translation>Sửa {field} của dịch vụ</translation>
        </message>
        <message>
            <source>Edit {level}: {field}</source>
            <translation>Sửa {level}: {field}</translation>
        </message>
        <message>
            <source>Edit service</source>
            <translation>Sửa dịch vụ</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>Filter services</source>
            <translation>Lọc dịch vụ</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Tên bằng ngôn ngữ khác</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Tải &amp;lại</translation>
        </message>
        <message>
            <source>Open the service again as stored, dropping your unsaved edits</source>
            <translation>Mở lại dịch vụ như đã lưu, bỏ các chỉnh sửa chưa lưu của bạn</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>Lưu dịch vụ</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Hoàn tác chỉnh sửa gần nhất</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Làm lại chỉnh sửa vừa hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Hoàn tác: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Làm lại: {action}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>&amp;New service</source>
            <translation>Dịch vụ &amp;mới</translation>
        </message>
        <message>
            <source>Start a new service</source>
            <translation>Bắt đầu một dịch vụ mới</translation>
        </message>
        <message>
            <source>Add &amp;level</source>
            <translation>Thêm &amp;mức</translation>
        </message>
        <message>
            <source>Add a level, copied from the one shown</source>
            <translation>Thêm một mức, sao chép từ mức đang hiển thị</translation>
        </message>
        <message>
            <source>Add &amp;VIP level for customer…</source>
            <translation>Thêm mức &amp;VIP cho khách hàng…</translation>
        </message>
        <message>
            <source>Add a level offered to one customer only</source>
            <translation>Thêm một mức chỉ dành cho một khách hàng</translation>
        </message>
        <message>
            <source>Re&amp;move level</source>
            <translation>&amp;Xóa mức</translation>
        </message>
        <message>
            <source>Remove the level shown</source>
            <translation>Xóa mức đang hiển thị</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Khôi phục</translation>
        </message>
        <message>
            <source>Drop unsaved edits to this service</source>
            <translation>Bỏ các chỉnh sửa chưa lưu của dịch vụ này</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đó&amp;ng</translation>
        </message>
        <message>
            <source>Close the catalogue</source>
            <translation>Đóng danh mục</translation>
        </message>
        <message>
            <source>Business-&amp;hours calendars…</source>
            <translation>Lịch &amp;giờ làm việc…</translation>
        </message>
        <message>
            <source>The calendars levels are timed in: hours, public holidays, closures</source>
            <translation>Các lịch dùng để tính thời gian của các mức: giờ làm việc, ngày lễ, thời gian đóng cửa</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Dịch vụ</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Danh mục</translation>
        </message>
        <message>
            <source>★ has VIP levels for named customers</source>
            <translation>★ có mức VIP cho các khách hàng cụ thể</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>&amp;Mã dịch vụ:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Tên &amp;dịch vụ:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Mô &amp;tả:</translation>
        </message>
        <message>
            <source>Service catalogue — slamdesk</source>
            <translation>Danh mục dịch vụ — slamdesk</translation>
        </message>
        <message>
            <source>Levels: {levels}</source>
            <translation>Các mức: {levels}</translation>
        </message>
        <message numerus="yes">
            <source>★ %n VIP level(s) for named customers</source>
            <translation>
                <numerusform>★ %n mức VIP cho khách hàng cụ thể</numerusform>
            </translation>
        </message>
        <message>
            <source>The service “{name}”</source>
            <translation>Dịch vụ “{name}”</translation>
        </message>
        <message>
            <source>The new service</source>
            <translation>Dịch vụ mới</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Chỉ đọc:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>Standard level, offered to every customer</source>
            <translation>Mức tiêu chuẩn, dành cho mọi khách hàng</translation>
        </message>
        <message>
            <source>VIP level for {customer}</source>
            <translation>Mức VIP cho {customer}</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Dịch vụ mới</translation>
        </message>
        <message>
            <source>{service} — service catalogue — slamdesk</source>
            <translation>{service} — danh mục dịch vụ — slamdesk</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.</source>
            <translation>Hãy lưu (Ctrl+S) hoặc khôi phục (Ctrl+Shift+R) các thay đổi của dịch vụ này trước.</translation>
        </message>
        <message>
            <source>{level} (copy)</source>
            <translation>{level} (bản sao)</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Lịch giờ làm việc</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save service</source>
            <translation>Lưu dịch vụ</translation>
        </message>
        <message>
            <source>this service</source>
            <translation>dịch vụ này</translation>
        </message>
        <message>
            <source>Save: not done. {reason}</source>
            <translation>Lưu: chưa thực hiện. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Service {code} saved with %n level(s)</source>
            <translation>
                <numerusform>Đã lưu dịch vụ {code} với %n mức</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueWording</name>
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
        <message>
            <source>fixed price</source>
            <translation>giá cố định</translation>
        </message>
        <message>
            <source>per user</source>
            <translation>theo người dùng</translation>
        </message>
        <message>
            <source>per device</source>
            <translation>theo thiết bị</translation>
        </message>
        <message>
            <source>per site</source>
            <translation>theo địa điểm</translation>
        </message>
        <message>
            <source>per resolved incident</source>
            <translation>theo sự cố đã giải quyết</translation>
        </message>
        <message>
            <source>per delivered item</source>
            <translation>theo hạng mục đã bàn giao</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>mỗi tháng</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>mỗi quý</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>mỗi năm</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>ngày làm việc</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>ngày theo lịch</translation>
        </message>
        <message>
            <source>business hours</source>
            <translation>giờ làm việc</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>giờ</translation>
        </message>
        <message>
            <source>name</source>
            <translation>tên</translation>
        </message>
        <message>
            <source>VIP customer</source>
            <translation>khách hàng VIP</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>thời gian phục vụ</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>độ khả dụng</translation>
        </message>
        <message>
            <source>availability period</source>
            <translation>kỳ tính độ khả dụng</translation>
        </message>
        <message>
            <source>internal availability</source>
            <translation>độ khả dụng nội bộ</translation>
        </message>
        <message>
            <source>internal buffer</source>
            <translation>vùng đệm nội bộ</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>khu vực</translation>
        </message>
        <message>
            <source>minimum volume</source>
            <translation>số lượng tối thiểu</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>tiền tệ</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>phí cố định</translation>
        </message>
        <message>
            <source>price unit</source>
            <translation>đơn vị tính giá</translation>
        </message>
        <message>
            <source>fee per unit</source>
            <translation>phí mỗi đơn vị</translation>
        </message>
        <message>
            <source>value-based unit</source>
            <translation>đơn vị theo giá trị</translation>
        </message>
        <message>
            <source>value-based price</source>
            <translation>giá theo giá trị</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>lịch</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>chỉ tiêu</translation>
        </message>
        <message>
            <source>volume bands</source>
            <translation>bậc khối lượng</translation>
        </message>
        <message>
            <source>regional variants</source>
            <translation>biến thể theo khu vực</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>cam kết</translation>
        </message>
        <message>
            <source>code</source>
            <translation>mã</translation>
        </message>
        <message>
            <source>description</source>
            <translation>mô tả</translation>
        </message>
        <message>
            <source>names in other languages</source>
            <translation>tên bằng ngôn ngữ khác</translation>
        </message>
    </context>
    <context>
        <name>LevelForm</name>
        <message>
            <source>e.g. Gold</source>
            <translation>vd: Vàng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>— standard level, for every customer —</source>
            <translation>— mức tiêu chuẩn, cho mọi khách hàng —</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>tự suy ra</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— không có —</translation>
        </message>
        <message>
            <source>everywhere; or e.g. City, Rural</source>
            <translation>mọi nơi; hoặc vd: Thành thị, Nông thôn</translation>
        </message>
        <message>
            <source>Times count business &amp;hours only (else calendar hours)</source>
            <translation>Chỉ tính thời gian tr&amp;ong giờ làm việc (nếu không thì tính giờ theo lịch)</translation>
        </message>
        <message>
            <source>a stored calendar's name; empty: each line's hours of coverage</source>
            <translation>tên một lịch đã lưu; để trống: giờ phục vụ của từng dòng</translation>
        </message>
        <message>
            <source>Calendar&amp;s…</source>
            <translation>&amp;Quản lý lịch…</translation>
        </message>
        <message>
            <source>Business-hours calendars: hours, public holidays, closures (Ctrl+Shift+H)</source>
            <translation>Lịch giờ làm việc: giờ làm việc, ngày lễ, thời gian đóng cửa (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Phản hồi</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Giải quyết</translation>
        </message>
        <message>
            <source>Internal
response</source>
            <translation>Phản hồi
nội bộ</translation>
        </message>
        <message>
            <source>Internal
resolution</source>
            <translation>Giải quyết
nội bộ</translation>
        </message>
        <message>
            <source>Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if not offered. Empty internal aims are derived from the buffer.</source>
            <translation>Thời gian như 4 h, 30 min hoặc 1 d 2 h; để trống mức ưu tiên nếu không cung cấp. Mục tiêu nội bộ để trống được suy ra từ vùng đệm.</translation>
        </message>
        <message>
            <source>From units</source>
            <translation>Từ số đơn vị</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Chiết khấu %</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Thêm bậc</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Xóa bậc</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <source>Surcharge %</source>
            <translation>Phụ phí %</translation>
        </message>
        <message>
            <source>Add variant</source>
            <translation>Thêm biến thể</translation>
        </message>
        <message>
            <source>Remove variant</source>
            <translation>Xóa biến thể</translation>
        </message>
        <message>
            <source>Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's</source>
            <translation>Chỉ tiêu riêng của một khu vực thay cho chỉ tiêu của mức, như 8 h / 1 d; để trống thì giữ chỉ tiêu của mức</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Cam kết</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Internal aim</source>
            <translation>Mục tiêu nội bộ</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Thêm cam kết</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Xóa cam kết</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Tê&amp;n mức:</translation>
        </message>
        <message>
            <source>&amp;VIP customer:</source>
            <translation>Khách hàng &amp;VIP:</translation>
        </message>
        <message>
            <source>&amp;Coverage:</source>
            <translation>Thời gi&amp;an phục vụ:</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Độ khả dụng</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>Độ &amp;khả dụng:</translation>
        </message>
        <message>
            <source>&amp;Internal availability %:</source>
            <translation>Độ khả dụng nội &amp;bộ %:</translation>
        </message>
        <message>
            <source>Internal buffe&amp;r %:</source>
            <translation>Vùn&amp;g đệm nội bộ %:</translation>
        </message>
        <message>
            <source>Price per month</source>
            <translation>Giá mỗi tháng</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>T&amp;iền tệ:</translation>
        </message>
        <message>
            <source>&amp;Fixed fee:</source>
            <translation>Phí &amp;cố định:</translation>
        </message>
        <message>
            <source>Price &amp;unit:</source>
            <translation>Đơn vị tín&amp;h giá:</translation>
        </message>
        <message>
            <source>Fee &amp;per unit:</source>
            <translation>&amp;Phí mỗi đơn vị:</translation>
        </message>
        <message>
            <source>Value-&amp;based unit:</source>
            <translation>Đơn vị th&amp;eo giá trị:</translation>
        </message>
        <message>
            <source>Price per value uni&amp;t:</source>
            <translation>Giá mỗi đơn vị giá t&amp;rị:</translation>
        </message>
        <message>
            <source>Minimum volum&amp;e:</source>
            <translation>&amp;Số lượng tối thiểu:</translation>
        </message>
        <message>
            <source>Offered in re&amp;gions:</source>
            <translation>C&amp;ung cấp tại khu vực:</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Tên bằng ngôn ngữ khác</translation>
        </message>
        <message>
            <source>Targets per priority</source>
            <translation>Chỉ tiêu theo mức ưu tiên</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>&amp;Lịch:</translation>
        </message>
        <message>
            <source>A region's surcharge, and its targets as response / resolution</source>
            <translation>Phụ phí của một khu vực và chỉ tiêu của khu vực đó dạng phản hồi / giải quyết</translation>
        </message>
        <message>
            <source>Volume bands</source>
            <translation>Bậc khối lượng</translation>
        </message>
        <message>
            <source>Regional variants</source>
            <translation>Biến thể theo khu vực</translation>
        </message>
        <message>
            <source>Other commitments</source>
            <translation>Các cam kết khác</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Phiên bản {version}: {description}</translation>
        </message>
        <message>
            <source>Not a stored calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Không phải lịch đã lưu: các thỏa thuận được đo theo giờ phục vụ của từng dòng, theo múi giờ và ngày lễ của quốc gia khách hàng.</translation>
        </message>
        <message>
            <source>No calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Không có lịch: các thỏa thuận được đo theo giờ phục vụ của từng dòng, theo múi giờ và ngày lễ của quốc gia khách hàng.</translation>
        </message>
    </context>
    <context>
        <name>NamesTable</name>
        <message>
            <source>An agreement written in one of these languages shows the name given here; left empty, it shows the catalogue's name.</source>
            <translation>Thỏa thuận được soạn bằng một trong các ngôn ngữ này hiển thị tên nhập ở đây; nếu để trống, thỏa thuận hiển thị tên trong danh mục.</translation>
        </message>
        <message>
            <source>Names in other languages</source>
            <translation>Tên bằng các ngôn ngữ khác</translation>
        </message>
    </context>
    <context>
        <name>VipLevelDialog</name>
        <message>
            <source>Add VIP level for customer</source>
            <translation>Thêm mức VIP cho khách hàng</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Khách hàng:</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Bắt đầu từ:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <source>Add VIP level</source>
            <translation>Thêm mức VIP</translation>
        </message>
        <message>
            <source>A VIP level is offered to one customer only. It starts as a copy of a standard level; change its targets and price, then save the service.</source>
            <translation>Mức VIP chỉ dành cho một khách hàng. Mức này bắt đầu là bản sao của một mức tiêu chuẩn; hãy thay đổi chỉ tiêu và giá, rồi lưu dịch vụ.</translation>
        </message>
        <message>
            <source>{level} VIP ({customer})</source>
            <translation>{level} VIP ({customer})</translation>
        </message>
        <message>
            <source>choose a customer and a standard level to start from</source>
            <translation>hãy chọn một khách hàng và một mức tiêu chuẩn để bắt đầu</translation>
        </message>
    </context>
</TS>
