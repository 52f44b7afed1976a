<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgreementWizard</name>
        <message>
            <source>New agreement</source>
            <translation>Thỏa thuận mới</translation>
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Choose the customer this agreement is for, or record a new one with a contact person.</source>
            <translation>Chọn khách hàng của thỏa thuận này, hoặc ghi nhận một khách hàng mới kèm người liên hệ.</translation>
        </message>
        <message>
            <source>&amp;Existing customer</source>
            <translation>Khách hàng hiện &amp;có</translation>
        </message>
        <message>
            <source>Ne&amp;w customer</source>
            <translation>Khách hàng &amp;mới</translation>
        </message>
        <message>
            <source>Registered company name</source>
            <translation>Tên công ty đã đăng ký</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Chọn quốc gia…</translation>
        </message>
        <message>
            <source>e.g. IT manager</source>
            <translation>ví dụ: Trưởng phòng CNTT</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Khách hàng:</translation>
        </message>
        <message>
            <source>Customer n&amp;ame:</source>
            <translation>Tên khách &amp;hàng:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>Q&amp;uốc gia:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>Người &amp;liên hệ:</translation>
        </message>
        <message>
            <source>Contact &amp;title:</source>
            <translation>Chức &amp;danh người liên hệ:</translation>
        </message>
        <message>
            <source>Contact e-&amp;mail:</source>
            <translation>&amp;Email người liên hệ:</translation>
        </message>
        <message>
            <source>Contact p&amp;hone:</source>
            <translation>&amp;Số điện thoại người liên hệ:</translation>
        </message>
        <message>
            <source>choose a customer or record a new one</source>
            <translation>hãy chọn một khách hàng hoặc ghi nhận khách hàng mới</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Done</source>
            <translation>Hoàn tất</translation>
        </message>
        <message>
            <source>The agreement is signed and in the register.</source>
            <translation>Thỏa thuận đã được ký và có trong sổ đăng ký.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed. It was not exported; select it in the register and choose &lt;i&gt;Export to register&lt;/i&gt; (Ctrl+E) when you need the documents.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; đã được ký. Thỏa thuận chưa được xuất; khi cần tài liệu, hãy chọn nó trong sổ đăng ký rồi chọn &lt;i&gt;Xuất vào sổ đăng ký&lt;/i&gt; (Ctrl+E).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed and these files were written into the register:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; đã được ký và các tệp sau đã được ghi vào sổ đăng ký:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Press &lt;i&gt;Finish&lt;/i&gt;: the register then shows the new agreement selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Nhấn &lt;i&gt;Hoàn tất&lt;/i&gt;: sổ đăng ký sẽ hiển thị thỏa thuận mới được chọn.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
        <message>
            <source>Customer SLA</source>
            <translation>SLA khách hàng</translation>
        </message>
        <message>
            <source>Internal SLA</source>
            <translation>SLA nội bộ</translation>
        </message>
        <message>
            <source>Operational level agreement</source>
            <translation>Thỏa thuận mức vận hành (OLA)</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Hợp đồng hỗ trợ nền tảng</translation>
        </message>
        <message>
            <source>{name}, as legal reviewer</source>
            <translation>{name}, với vai trò người xem xét pháp lý</translation>
        </message>
        <message>
            <source>{name}, as quality checker</source>
            <translation>{name}, với vai trò người kiểm tra chất lượng</translation>
        </message>
        <message>
            <source>{name}, as customer representative</source>
            <translation>{name}, với vai trò đại diện khách hàng</translation>
        </message>
        <message>
            <source>Draft and review request</source>
            <translation>Bản nháp và yêu cầu xem xét</translation>
        </message>
        <message>
            <source>Name the agreement and its period. The draft is then recorded and sent to a reviewer; after this step the requirements and prices are fixed.</source>
            <translation>Đặt tên cho thỏa thuận và thời hạn của nó. Bản nháp sau đó được ghi nhận và gửi cho người xem xét; sau bước này, các yêu cầu và giá được cố định.</translation>
        </message>
        <message>
            <source>e.g. IT service-level agreement 2027–2028</source>
            <translation>ví dụ: Thỏa thuận mức dịch vụ CNTT 2027–2028</translation>
        </message>
        <message>
            <source>Agreement &amp;title:</source>
            <translation>&amp;Tiêu đề thỏa thuận:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Ngày &amp;bắt đầu:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Ngày &amp;kết thúc:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>Người &amp;xem xét:</translation>
        </message>
        <message>
            <source>Review &amp;due by:</source>
            <translation>&amp;Hạn xem xét:</translation>
        </message>
        <message>
            <source>Create draft and send for &amp;review</source>
            <translation>Tạo bản nháp và &amp;gửi xem xét</translation>
        </message>
        <message numerus="yes">
            <source>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement(s), &lt;b&gt;{amount}&lt;/b&gt; per month.</source>
            <translation>
                <numerusform>Cho &lt;b&gt;{customer}&lt;/b&gt;: %n yêu cầu, &lt;b&gt;{amount}&lt;/b&gt; mỗi tháng.</numerusform>
            </translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Không có hồ sơ nào khác được phép xem xét; hãy thêm một người xem xét pháp lý hoặc một người kiểm tra chất lượng.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Contract register</source>
            <translation>Sổ đăng ký hợp đồng</translation>
        </message>
        <message>
            <source>The signed agreement can be written as PDF and DOCX into the register folder, where each file is recorded with its SHA-256. The PDF is signed with the provider's key.</source>
            <translation>Thỏa thuận đã ký có thể được ghi dưới dạng PDF và DOCX vào thư mục sổ đăng ký, nơi mỗi tệp được ghi nhận cùng mã SHA-256 của nó. Tệp PDF được ký bằng khóa của nhà cung cấp.</translation>
        </message>
        <message>
            <source>&amp;Export PDF and DOCX into the register now</source>
            <translation>&amp;Xuất PDF và DOCX vào sổ đăng ký ngay</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is &lt;b&gt;signed&lt;/b&gt; by both parties: {amount} per month from {start} to {end}.&lt;br&gt;&lt;br&gt;Register folder: {folder}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; đã được cả hai bên &lt;b&gt;ký&lt;/b&gt;: {amount} mỗi tháng từ {start} đến {end}.&lt;br&gt;&lt;br&gt;Thư mục sổ đăng ký: {folder}</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>X&amp;uất</translation>
        </message>
        <message>
            <source>&amp;Continue without export</source>
            <translation>&amp;Tiếp tục mà không xuất</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>Role or title as printed on the agreement</source>
            <translation>Vai trò hoặc chức danh như in trên thỏa thuận</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <source>Full na&amp;me:</source>
            <translation>Họ và tê&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Chức danh:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>Chức d&amp;anh:</translation>
        </message>
        <message>
            <source>Recorded b&amp;y:</source>
            <translation>Người &amp;ghi nhận:</translation>
        </message>
        <message>
            <source>Re&amp;corded by:</source>
            <translation>Người gh&amp;i nhận:</translation>
        </message>
        <message>
            <source>Provider signatory: signed</source>
            <translation>Người ký phía nhà cung cấp: đã ký</translation>
        </message>
        <message>
            <source>Provider signatory</source>
            <translation>Người ký phía nhà cung cấp</translation>
        </message>
        <message>
            <source>Customer signatory: signed</source>
            <translation>Người ký phía khách hàng: đã ký</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Người ký phía khách hàng</translation>
        </message>
        <message>
            <source>Recorded by {name}.</source>
            <translation>Do {name} ghi nhận.</translation>
        </message>
    </context>
    <context>
        <name>PricingPage</name>
        <message>
            <source>Pricing</source>
            <translation>Định giá</translation>
        </message>
        <message>
            <source>Monthly price of each requirement at every service level. Choose a level per row, or click a price. Greyed prices cannot be offered; point at one to see why.</source>
            <translation>Giá hằng tháng của từng yêu cầu ở mọi mức dịch vụ. Chọn một mức cho mỗi dòng, hoặc nhấp vào một mức giá. Giá bị làm mờ không thể chào; trỏ vào để xem lý do.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Khối lượng</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Mức đã chọn</translation>
        </message>
        <message>
            <source>{amount} / month</source>
            <translation>{amount} / tháng</translation>
        </message>
        <message>
            <source>Choose a level…</source>
            <translation>Chọn một mức…</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Tổng mỗi tháng: hãy chọn một mức cho từng yêu cầu</translation>
        </message>
        <message>
            <source>Subtotal: {amount}</source>
            <translation>Tạm tính: {amount}</translation>
        </message>
        <message>
            <source>Tax {rate}: {amount}</source>
            <translation>Thuế {rate}: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}</source>
            <translation>Tổng mỗi tháng: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}  (some requirements have no level yet)</source>
            <translation>Tổng mỗi tháng: {amount}  (một số yêu cầu chưa có mức)</translation>
        </message>
        <message>
            <source>choose a level for requirement {rows}</source>
            <translation>hãy chọn một mức cho yêu cầu {rows}</translation>
        </message>
        <message>
            <source>choose a level for requirements {rows}</source>
            <translation>hãy chọn một mức cho các yêu cầu {rows}</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
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
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n người dùng</numerusform>
            </translation>
        </message>
        <message>
            <source>How many users the service is for</source>
            <translation>Dịch vụ dành cho bao nhiêu người dùng</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n thiết bị</numerusform>
            </translation>
        </message>
        <message>
            <source>How many devices the service is for</source>
            <translation>Dịch vụ dành cho bao nhiêu thiết bị</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n địa điểm</numerusform>
            </translation>
        </message>
        <message>
            <source>How many sites the service is for</source>
            <translation>Dịch vụ dành cho bao nhiêu địa điểm</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) per month</source>
            <translation>
                <numerusform>%n phiếu mỗi tháng</numerusform>
            </translation>
        </message>
        <message>
            <source>How many tickets per month the service is for</source>
            <translation>Dịch vụ dành cho bao nhiêu phiếu mỗi tháng</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) per month</source>
            <translation>
                <numerusform>%n mục mỗi tháng</numerusform>
            </translation>
        </message>
        <message>
            <source>How many items per month the service is for</source>
            <translation>Dịch vụ dành cho bao nhiêu mục mỗi tháng</translation>
        </message>
        <message>
            <source>e.g. Göteborg office</source>
            <translation>ví dụ: Văn phòng Huế</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Bất kỳ</translation>
        </message>
        <message>
            <source>Where the site is; some levels are offered in some regions only</source>
            <translation>Địa điểm nằm ở đâu; một số mức chỉ được cung cấp ở một số khu vực</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Xóa yêu cầu này</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Khu vực</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Giờ phục vụ</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Khối lượng</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <source>One row per need: which service, where, during which hours, for which priorities, how many.</source>
            <translation>Mỗi nhu cầu một dòng: dịch vụ nào, ở đâu, trong giờ nào, cho mức ưu tiên nào, bao nhiêu.</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>Thêm &amp;yêu cầu</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Thuế (ví dụ: VAT) cộng vào giá hằng tháng, tính theo phần trăm</translation>
        </message>
        <message>
            <source>&amp;Tax rate:</source>
            <translation>Thuế &amp;suất:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Xem xét</translation>
        </message>
        <message>
            <source>A legal reviewer or quality checker, not the author, reads the draft and approves it as themselves.</source>
            <translation>Một người xem xét pháp lý hoặc người kiểm tra chất lượng, không phải tác giả, đọc bản nháp và tự mình phê duyệt.</translation>
        </message>
        <message>
            <source>What was checked, and anything the signatories should know</source>
            <translation>Những gì đã được kiểm tra, và mọi điều người ký cần biết</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>Người &amp;xem xét:</translation>
        </message>
        <message>
            <source>Who acts:</source>
            <translation>Người thực hiện:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Nhận xét:</translation>
        </message>
        <message>
            <source>&amp;Approve as reviewer</source>
            <translation>&amp;Phê duyệt với tư cách người xem xét</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review; {name} is the reviewer named in its round.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; đang được xem xét; {name} là người xem xét được chỉ định trong vòng này.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; đang được xem xét.</translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Không có hồ sơ nào khác được phép xem xét; hãy thêm một người xem xét pháp lý hoặc một người kiểm tra chất lượng.</translation>
        </message>
        <message>
            <source>{name} is signed in and approves now.</source>
            <translation>{name} đã đăng nhập và phê duyệt ngay bây giờ.</translation>
        </message>
        <message>
            <source>Only &lt;b&gt;{reviewer}&lt;/b&gt; can approve; {author} drafted it. Approving hands over: {reviewer} signs in to their own profile (with its passphrase, if it has one) and the approval is theirs.</source>
            <translation>Chỉ &lt;b&gt;{reviewer}&lt;/b&gt; mới có thể phê duyệt; {author} đã soạn thảo. Khi phê duyệt, quyền được chuyển giao: {reviewer} đăng nhập vào hồ sơ của chính mình (bằng cụm mật khẩu, nếu có) và việc phê duyệt thuộc về người đó.</translation>
        </message>
        <message>
            <source>&amp;Approve as {name}…</source>
            <translation>&amp;Phê duyệt với tư cách {name}…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Phê duyệt</translation>
        </message>
        <message>
            <source>Choose who reviews the agreement.</source>
            <translation>Hãy chọn người xem xét thỏa thuận.</translation>
        </message>
        <message>
            <source>{name} approves {number}: sign in as {name} to act. The approval is recorded under this profile.</source>
            <translation>{name} phê duyệt {number}: hãy đăng nhập với tư cách {name} để thực hiện. Việc phê duyệt được ghi nhận dưới hồ sơ này.</translation>
        </message>
        <message>
            <source>Approved by {name}.</source>
            <translation>Đã được {name} phê duyệt.</translation>
        </message>
    </context>
    <context>
        <name>SigningPage</name>
        <message>
            <source>Signatures</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <source>Type each signatory's name and title. The first signature freezes the agreement's content and its SHA-256; the second makes it signed. One person never records both.</source>
            <translation>Nhập tên và chức danh của từng người ký. Chữ ký đầu tiên cố định nội dung thỏa thuận và mã SHA-256 của nó; chữ ký thứ hai hoàn tất việc ký. Một người không bao giờ ghi nhận cả hai.</translation>
        </message>
        <message>
            <source>&amp;Sign for both parties…</source>
            <translation>&amp;Ký cho cả hai bên…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is approved and ready for signing.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; đã được phê duyệt và sẵn sàng để ký.</translation>
        </message>
        <message>
            <source>No profile may record this signature; add one (a customer signatory) first.</source>
            <translation>Không có hồ sơ nào được phép ghi nhận chữ ký này; hãy thêm một hồ sơ (người ký phía khách hàng) trước.</translation>
        </message>
        <message>
            <source>Your profile may not record the provider's signature.</source>
            <translation>Hồ sơ của bạn không được phép ghi nhận chữ ký của nhà cung cấp.</translation>
        </message>
        <message>
            <source>{name} is signed in and records it.</source>
            <translation>{name} đã đăng nhập và ghi nhận chữ ký.</translation>
        </message>
        <message>
            <source>{name} records it as themselves: they sign in when you sign (with their passphrase, if they have one).</source>
            <translation>{name} tự mình ghi nhận chữ ký: người đó đăng nhập khi bạn ký (bằng cụm mật khẩu của mình, nếu có).</translation>
        </message>
        <message>
            <source>{name} records the customer's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} ghi nhận chữ ký của khách hàng trên {number}: hãy đăng nhập với tư cách {name} để thực hiện. Chữ ký được ghi nhận dưới hồ sơ này.</translation>
        </message>
        <message>
            <source>{name} records the provider's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} ghi nhận chữ ký của nhà cung cấp trên {number}: hãy đăng nhập với tư cách {name} để thực hiện. Chữ ký được ghi nhận dưới hồ sơ này.</translation>
        </message>
        <message>
            <source>no profile may record the customer's signature here; add a customer signatory profile</source>
            <translation>không có hồ sơ nào được phép ghi nhận chữ ký của khách hàng ở đây; hãy thêm một hồ sơ người ký phía khách hàng</translation>
        </message>
        <message>
            <source>no profile may record the provider's signature here; add a representative</source>
            <translation>không có hồ sơ nào được phép ghi nhận chữ ký của nhà cung cấp ở đây; hãy thêm một người đại diện</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {number} of {total} · {name}</source>
            <translation>Bước {number}/{total} · {name}</translation>
        </message>
        <message>
            <source>{name}'s profile is no longer active; nobody can act as them.</source>
            <translation>Hồ sơ của {name} không còn hoạt động; không ai có thể thực hiện thay người đó.</translation>
        </message>
    </context>
</TS>
