<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About slamdesk</source>
            <translation>Giới thiệu slamdesk</translation>
        </message>
        <message>
            <source>{database} (read-only: {reason})</source>
            <translation>{database} (chỉ đọc: {reason})</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Thư mục dữ liệu</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Xây dựng bằng</translation>
        </message>
        <message>
            <source>Service-level agreements from requirements to signature, and after.</source>
            <translation>Thỏa thuận mức dịch vụ từ yêu cầu đến chữ ký, và cả sau đó.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>unexpected error: {kind}: {error}</source>
            <translation>lỗi không mong đợi: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommentDialog</name>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Nhận xét:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
    </context>
    <context>
        <name>Diff</name>
        <message>
            <source>removed</source>
            <translation>đã xóa</translation>
        </message>
        <message>
            <source>added</source>
            <translation>đã thêm</translation>
        </message>
        <message>
            <source>No difference.</source>
            <translation>Không có khác biệt.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Draft</source>
            <translation>Bản nháp</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Đang xem xét</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Yêu cầu thay đổi</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Đã phê duyệt</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Đã ký</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Đang hiệu lực</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Đã chấm dứt</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Người đại diện</translation>
        </message>
        <message>
            <source>Legal reviewer</source>
            <translation>Người xem xét pháp lý</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Người kiểm tra chất lượng</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Người ký phía khách hàng</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Nhà cung cấp</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Đã gửi khách hàng</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Khách hàng đã phê duyệt</translation>
        </message>
        <message>
            <source>{size} B</source>
            <translation>{size} B</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} KiB</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Phím tắt…</translation>
        </message>
        <message>
            <source>&amp;About slamdesk…</source>
            <translation>&amp;Giới thiệu slamdesk…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Ngôn ngữ của hệ thống ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk sẽ hiển thị bằng {language} từ lần khởi động tới.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>slamdesk: choose your profile</source>
            <translation>slamdesk: chọn hồ sơ của bạn</translation>
        </message>
        <message>
            <source>slamdesk: sign in to act</source>
            <translation>slamdesk: đăng nhập để thực hiện</translation>
        </message>
        <message>
            <source>Who is working? Choose your profile; a profile with a passphrase asks for it.</source>
            <translation>Ai đang làm việc? Hãy chọn hồ sơ của bạn; hồ sơ có cụm mật khẩu sẽ yêu cầu nhập cụm mật khẩu đó.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cụm mật khẩu</translation>
        </message>
        <message>
            <source>required</source>
            <translation>bắt buộc</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cụm mật khẩu:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Nhập cụm mật khẩu của bạn.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Tải lại</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {person} changed {what} at {time}, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Chưa lưu:&lt;/b&gt; {person} đã thay đổi {what} lúc {time}, sau khi bạn mở. Các chỉnh sửa của bạn vẫn còn ở đây. &lt;b&gt;Tải lại&lt;/b&gt; sẽ hiển thị phiên bản của họ và bỏ các chỉnh sửa chưa lưu của bạn.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {what} was changed elsewhere, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Chưa lưu:&lt;/b&gt; {what} đã được thay đổi ở nơi khác sau khi bạn mở. Các chỉnh sửa của bạn vẫn còn ở đây. &lt;b&gt;Tải lại&lt;/b&gt; sẽ hiển thị phiên bản kia và bỏ các chỉnh sửa chưa lưu của bạn.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. No signing key exists yet: choose a passphrase of at least 8 characters to protect it and type it twice. Keep it safe; it is needed for every signed export.</source>
            <translation>Ghi {what} dưới dạng PDF và DOCX vào sổ đăng ký. Tệp PDF được ký bằng khóa của nhà cung cấp. Hiện chưa có khóa ký: hãy chọn một cụm mật khẩu dài ít nhất 8 ký tự để bảo vệ khóa và nhập hai lần. Hãy giữ cụm mật khẩu cẩn thận; mỗi lần xuất có chữ ký đều cần đến nó.</translation>
        </message>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. Type the passphrase of the provider's signing key.</source>
            <translation>Ghi {what} dưới dạng PDF và DOCX vào sổ đăng ký. Tệp PDF được ký bằng khóa của nhà cung cấp. Hãy nhập cụm mật khẩu của khóa ký của nhà cung cấp.</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Xuất {what}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <source>&amp;Sign the PDF (PAdES, with the provider's certificate)</source>
            <translation>&amp;Ký tệp PDF (PAdES, bằng chứng thư của nhà cung cấp)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Cụm mật khẩu:</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>&amp;Xác nhận:</translation>
        </message>
        <message>
            <source>Export unsigned</source>
            <translation>Xuất không ký</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation>hai cụm mật khẩu không khớp nhau</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Fit width</source>
            <translation>Vừa chiều rộng</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Cả trang</translation>
        </message>
        <message>
            <source>Preview of {number} (PDF, not exported)</source>
            <translation>Xem trước {number} (PDF, chưa xuất)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Trước</translation>
        </message>
        <message>
            <source>Previous page ({keys})</source>
            <translation>Trang trước ({keys})</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Sau ▶</translation>
        </message>
        <message>
            <source>Next page ({keys})</source>
            <translation>Trang sau ({keys})</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Trang đầu</translation>
        </message>
        <message>
            <source>First page ({keys})</source>
            <translation>Trang đầu ({keys})</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Trang cuối</translation>
        </message>
        <message>
            <source>Last page ({keys})</source>
            <translation>Trang cuối ({keys})</translation>
        </message>
        <message>
            <source>Zoom out ({keys})</source>
            <translation>Thu nhỏ ({keys})</translation>
        </message>
        <message>
            <source>Zoom in ({keys})</source>
            <translation>Phóng to ({keys})</translation>
        </message>
        <message>
            <source>Fit the page width ({keys})</source>
            <translation>Vừa chiều rộng trang ({keys})</translation>
        </message>
        <message>
            <source>Go to page</source>
            <translation>Đi tới trang</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>trên {count}</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Thu phóng</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>T&amp;rang</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Xuất vào sổ đăng ký…</translation>
        </message>
        <message>
            <source>A preview: the PDF as an export would write it, before the provider's signature. Nothing is written to the register.</source>
            <translation>Bản xem trước: tệp PDF đúng như khi xuất, trước khi có chữ ký của nhà cung cấp. Không có gì được ghi vào sổ đăng ký.</translation>
        </message>
    </context>
    <context>
        <name>QuoteText</name>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n người dùng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n devices</source>
            <translation>
                <numerusform>%n thiết bị</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sites</source>
            <translation>
                <numerusform>%n địa điểm</numerusform>
            </translation>
        </message>
        <message>
            <source>{level} cannot be offered:</source>
            <translation>Không thể cung cấp {level}:</translation>
        </message>
        <message>
            <source>{level}: {amount} per month</source>
            <translation>{level}: {amount} mỗi tháng</translation>
        </message>
        <message>
            <source>custom price (list {amount}): {reason}</source>
            <translation>giá riêng (giá niêm yết {amount}): {reason}</translation>
        </message>
        <message>
            <source>fixed fee {amount}</source>
            <translation>phí cố định {amount}</translation>
        </message>
        <message>
            <source>volume discount {percent}</source>
            <translation>chiết khấu theo khối lượng {percent}</translation>
        </message>
        <message>
            <source>regional surcharge {percent}</source>
            <translation>phụ phí khu vực {percent}</translation>
        </message>
        <message>
            <source>{price} × {volume} per month</source>
            <translation>{price} × {volume} mỗi tháng</translation>
        </message>
        <message>
            <source>{percent} availability, {coverage}</source>
            <translation>khả dụng {percent}, {coverage}</translation>
        </message>
        <message>
            <source>{count} per month</source>
            <translation>{count} mỗi tháng</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>giá cố định</translation>
        </message>
    </context>
    <context>
        <name>RedraftDialog</name>
        <message>
            <source>Update the lines of {number}</source>
            <translation>Cập nhật các dòng của {number}</translation>
        </message>
        <message>
            <source>Update lines</source>
            <translation>Cập nhật dòng</translation>
        </message>
        <message>
            <source>Replace the lines of {number} with the priced requirements of one of {customer}'s requirements documents, e.g. a new version made for this amendment.</source>
            <translation>Thay các dòng của {number} bằng các yêu cầu đã định giá trong một tài liệu yêu cầu của {customer}, ví dụ một phiên bản mới được tạo cho bản sửa đổi này.</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status}) — the agreement's now</source>
            <translation>{title}, phiên bản {version} ({status}) — thỏa thuận đang dùng</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status})</source>
            <translation>{title}, phiên bản {version} ({status})</translation>
        </message>
        <message>
            <source>Requirements &amp;document:</source>
            <translation>Tài liệu &amp;yêu cầu:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Trình đơn</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Lệnh</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Ký {number}</translation>
        </message>
        <message>
            <source>Record a signature: the signatory's full name and title as they appear on the agreement. The first signature freezes this version.</source>
            <translation>Ghi nhận một chữ ký: họ tên đầy đủ và chức danh của người ký như trên thỏa thuận. Chữ ký đầu tiên sẽ khóa phiên bản này.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Ký</translation>
        </message>
        <message>
            <source>e.g. Account manager</source>
            <translation>ví dụ: Quản lý khách hàng</translation>
        </message>
        <message>
            <source>&amp;Party:</source>
            <translation>&amp;Bên:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Tên người ký:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Chức danh người ký:</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <source>Before {doing}: these have changes that are not saved.</source>
            <translation>Trước khi {doing}: các mục sau có thay đổi chưa được lưu.</translation>
        </message>
        <message>
            <source>&amp;Save all</source>
            <translation>&amp;Lưu tất cả</translation>
        </message>
        <message>
            <source>&amp;Discard all</source>
            <translation>&amp;Bỏ tất cả</translation>
        </message>
        <message>
            <source>{what} has changes that are not saved.</source>
            <translation>{what} có thay đổi chưa được lưu.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseDialog</name>
        <message>
            <source>it</source>
            <translation>nó</translation>
        </message>
    </context>
</TS>
