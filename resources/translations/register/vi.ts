<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgreementDetail</name>
        <message>
            <source>approved</source>
            <translation>đã phê duyệt</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>yêu cầu thay đổi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, phiên bản {version}</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Khách hàng</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} đến {end}</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Giá trị hằng tháng</translation>
        </message>
        <message>
            <source>{amount} before tax</source>
            <translation>{amount} chưa gồm thuế</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Người soạn thảo</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>SHA-256 của nội dung</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Mức</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Thời gian hỗ trợ</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Đơn giá</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Mỗi tháng</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Tính sẵn sàng</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dịch vụ</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Xem xét</translation>
        </message>
        <message>
            <source>No review decisions yet.</source>
            <translation>Chưa có quyết định xem xét nào.</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>không có nhận xét</translation>
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
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>chưa ký</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Bên</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Chức danh</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ngày ký</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <source>Register documents</source>
            <translation>Tài liệu trong sổ đăng ký</translation>
        </message>
        <message>
            <source>Not exported into the register yet.</source>
            <translation>Chưa được xuất vào sổ đăng ký.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Định dạng</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Kích thước</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Ngày xuất</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <source>Batch export</source>
            <translation>Xuất hàng loạt</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>Không có gì để xuất trong chế độ xem này; bỏ qua: {already} đã xuất trước đó, {unsigned} chưa ký.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported.</source>
            <translation>Không có gì để xuất trong chế độ xem này; bỏ qua: {already} đã xuất trước đó.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {unsigned} not signed.</source>
            <translation>Không có gì để xuất trong chế độ xem này; bỏ qua: {unsigned} chưa ký.</translation>
        </message>
        <message>
            <source>Nothing to export in this view.</source>
            <translation>Không có gì để xuất trong chế độ xem này.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>
                <numerusform>%n thỏa thuận sẽ được xuất; bỏ qua: {already} đã xuất trước đó, {unsigned} chưa ký.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported.</source>
            <translation>
                <numerusform>%n thỏa thuận sẽ được xuất; bỏ qua: {already} đã xuất trước đó.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {unsigned} not signed.</source>
            <translation>
                <numerusform>%n thỏa thuận sẽ được xuất; bỏ qua: {unsigned} chưa ký.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported.</source>
            <translation>
                <numerusform>%n thỏa thuận sẽ được xuất.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Đã hủy xuất hàng loạt: {exported} đã xuất, {skipped} bị bỏ qua ({already} đã xuất trước đó, {unsigned} chưa ký), %n lỗi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Đã hoàn tất xuất hàng loạt: {exported} đã xuất, {skipped} bị bỏ qua ({already} đã xuất trước đó, {unsigned} chưa ký), %n lỗi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) not started.</source>
            <translation>
                <numerusform>%n thỏa thuận chưa được bắt đầu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export cancelled.</source>
            <translation>Đã hủy xuất hàng loạt.</translation>
        </message>
        <message>
            <source>Batch export finished.</source>
            <translation>Đã hoàn tất xuất hàng loạt.</translation>
        </message>
        <message numerus="yes">
            <source>{exported} (%n file(s) written into the register folder and recorded)</source>
            <translation>
                <numerusform>{exported} (%n tệp đã được ghi vào thư mục sổ đăng ký và lưu hồ sơ)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Đã xuất:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>Bỏ qua:</translation>
        </message>
        <message>
            <source>{skipped} ({already} already exported, {unsigned} not signed)</source>
            <translation>{skipped} ({already} đã xuất trước đó, {unsigned} chưa ký)</translation>
        </message>
        <message>
            <source>Not started:</source>
            <translation>Chưa bắt đầu:</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Lỗi:</translation>
        </message>
        <message>
            <source>The agreement being written when you cancelled was finished; no other was started.</source>
            <translation>Thỏa thuận đang được ghi khi bạn hủy đã được hoàn tất; không thỏa thuận nào khác được bắt đầu.</translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Không được xuất:</translation>
        </message>
        <message>
            <source>…and {more} more (see Show Details).</source>
            <translation>…và {more} mục khác (xem Hiện chi tiết).</translation>
        </message>
        <message numerus="yes">
            <source>the signed agreements among the %n agreement(s) of this view</source>
            <translation>
                <numerusform>các thỏa thuận đã ký trong số %n thỏa thuận của chế độ xem này</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the agreements this view would export…</source>
            <translation>Đang đếm số thỏa thuận mà chế độ xem này sẽ xuất…</translation>
        </message>
        <message>
            <source>The view could not be read: {error}</source>
            <translation>Không thể đọc chế độ xem: {error}</translation>
        </message>
        <message>
            <source>Cancelling the batch export after the agreement in hand…</source>
            <translation>Đang hủy xuất hàng loạt sau thỏa thuận đang xử lý…</translation>
        </message>
        <message>
            <source>Batch export: not done. {error}</source>
            <translation>Xuất hàng loạt: chưa thực hiện. {error}</translation>
        </message>
        <message>
            <source>The batch export stopped: {error}</source>
            <translation>Xuất hàng loạt đã dừng: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchProgressDialog</name>
        <message>
            <source>Reading the register view…</source>
            <translation>Đang đọc chế độ xem sổ đăng ký…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>Cancelling: the agreement being written is finished and recorded; no other is started.</source>
            <translation>Đang hủy: thỏa thuận đang được ghi sẽ được hoàn tất và lưu hồ sơ; không bắt đầu thỏa thuận nào khác.</translation>
        </message>
        <message>
            <source>Exporting {number} ({current} of {total})…
Cancel stops after this agreement; what is written stays in the register.</source>
            <translation>Đang xuất {number} ({current}/{total})…
Hủy sẽ dừng sau thỏa thuận này; những gì đã ghi vẫn nằm trong sổ đăng ký.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s).</source>
            <translation>
                <numerusform>Đã xuất %n thỏa thuận.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Any customer</source>
            <translation>Mọi khách hàng</translation>
        </message>
    </context>
    <context>
        <name>DaysBox</name>
        <message>
            <source>any</source>
            <translation>tất cả</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ngày</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Preview PDF…</source>
            <translation>Xem trước PDF…</translation>
        </message>
        <message>
            <source>Select an agreement in the register to see its details.</source>
            <translation>Chọn một thỏa thuận trong sổ đăng ký để xem chi tiết.</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>No agreements match these filters.</source>
            <translation>Không có thỏa thuận nào khớp với các bộ lọc này.</translation>
        </message>
        <message>
            <source>No agreements yet. Draft the first one, or load the demo portfolio to look around.</source>
            <translation>Chưa có thỏa thuận nào. Hãy soạn thỏa thuận đầu tiên, hoặc tải bộ thỏa thuận minh họa để xem thử.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Bỏ lọc</translation>
        </message>
        <message>
            <source>New agreement…</source>
            <translation>Thỏa thuận mới…</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Tải bộ thỏa thuận minh họa</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
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
            <translation>Thỏa thuận mức vận hành</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Hợp đồng bổ trợ</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Mọi loại</translation>
        </message>
        <message>
            <source>Any service</source>
            <translation>Mọi dịch vụ</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Agreements starting between today and this many days from now</source>
            <translation>Thỏa thuận bắt đầu trong khoảng từ hôm nay đến số ngày này kể từ bây giờ</translation>
        </message>
        <message>
            <source>Agreements ending between today and this many days from now</source>
            <translation>Thỏa thuận kết thúc trong khoảng từ hôm nay đến số ngày này kể từ bây giờ</translation>
        </message>
        <message>
            <source>Review d&amp;ue</source>
            <translation>Đ&amp;ang chờ xem xét</translation>
        </message>
        <message>
            <source>Agreements in review: a reviewer's decision is due</source>
            <translation>Thỏa thuận đang được xem xét: đang chờ quyết định của người xem xét</translation>
        </message>
        <message>
            <source>S&amp;ignature due</source>
            <translation>Chờ ký (đã du&amp;yệt)</translation>
        </message>
        <message>
            <source>Approved agreements: the parties' signatures are due</source>
            <translation>Thỏa thuận đã phê duyệt: đang chờ chữ ký của các bên</translation>
        </message>
        <message>
            <source>Any experience</source>
            <translation>Mọi trải nghiệm</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Trải nghiệm</translation>
        </message>
        <message>
            <source>The customer's experience in each agreement's last closed period, against the goals its requirements record</source>
            <translation>Trải nghiệm của khách hàng trong kỳ đã đóng gần nhất của mỗi thỏa thuận, so với các mục tiêu ghi trong yêu cầu</translation>
        </message>
        <message>
            <source>Agreements renewing by themselves whose last day to give notice falls between today and this many days from now</source>
            <translation>Thỏa thuận tự động gia hạn có hạn chót gửi thông báo chấm dứt nằm trong khoảng từ hôm nay đến số ngày này kể từ bây giờ</translation>
        </message>
        <message>
            <source>Agreements that renew between today and this many days from now</source>
            <translation>Thỏa thuận được gia hạn trong khoảng từ hôm nay đến số ngày này kể từ bây giờ</translation>
        </message>
        <message>
            <source>Agreements whose next periodic review falls between today and this many days from now (0: due today)</source>
            <translation>Thỏa thuận có lần xem xét định kỳ tiếp theo nằm trong khoảng từ hôm nay đến số ngày này kể từ bây giờ (0: đến hạn hôm nay)</translation>
        </message>
        <message>
            <source>E&amp;xpired</source>
            <translation>&amp;Quá hạn</translation>
        </message>
        <message>
            <source>Agreements that ended without a renewal</source>
            <translation>Thỏa thuận đã kết thúc mà không được gia hạn</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>L&amp;oại:</translation>
        </message>
        <message>
            <source>Custo&amp;mer:</source>
            <translation>&amp;Khách hàng:</translation>
        </message>
        <message>
            <source>Servi&amp;ce:</source>
            <translation>&amp;Dịch vụ:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Mức dịch vụ:</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>T&amp;iền tệ:</translation>
        </message>
        <message>
            <source>Starts &amp;within:</source>
            <translation>&amp;Bắt đầu trong vòng:</translation>
        </message>
        <message>
            <source>E&amp;nds within:</source>
            <translation>Kết thúc tro&amp;ng vòng:</translation>
        </message>
        <message>
            <source>N&amp;otice within:</source>
            <translation>Hạn thông báo chấm dứt trong &amp;vòng:</translation>
        </message>
        <message>
            <source>Renews within:</source>
            <translation>Gia hạn trong vòng:</translation>
        </message>
        <message>
            <source>&amp;Periodic review within:</source>
            <translation>X&amp;em xét định kỳ trong vòng:</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Number</source>
            <translation>Số</translation>
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
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Giá trị hằng tháng</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Trải nghiệm</translation>
        </message>
        <message>
            <source>Notice by</source>
            <translation>Hạn thông báo</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Gia hạn</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Lần xem xét tới</translation>
        </message>
        <message>
            <source>Green outside, red inside</source>
            <translation>Xanh bên ngoài, đỏ bên trong</translation>
        </message>
        <message>
            <source>Experience missed</source>
            <translation>Không đạt trải nghiệm</translation>
        </message>
        <message>
            <source>Too few answers</source>
            <translation>Quá ít câu trả lời</translation>
        </message>
        <message>
            <source>Experience met</source>
            <translation>Đạt trải nghiệm</translation>
        </message>
        <message>
            <source>Every target was met in the last closed period, but the customer's satisfaction or effort missed its goal</source>
            <translation>Mọi chỉ tiêu đều đạt trong kỳ đã đóng gần nhất, nhưng mức hài lòng hoặc mức nỗ lực của khách hàng không đạt mục tiêu</translation>
        </message>
        <message>
            <source>The customer's satisfaction or effort missed its goal in the last closed period</source>
            <translation>Mức hài lòng hoặc mức nỗ lực của khách hàng không đạt mục tiêu trong kỳ đã đóng gần nhất</translation>
        </message>
        <message>
            <source>Fewer than 10 survey answers in the last closed period: nothing can be said</source>
            <translation>Ít hơn 10 câu trả lời khảo sát trong kỳ đã đóng gần nhất: chưa thể kết luận</translation>
        </message>
        <message>
            <source>The customer's experience goals were met in the last closed period</source>
            <translation>Các mục tiêu trải nghiệm của khách hàng đã đạt trong kỳ đã đóng gần nhất</translation>
        </message>
        <message>
            <source>The requirements record no experience goals</source>
            <translation>Yêu cầu không ghi mục tiêu trải nghiệm nào</translation>
        </message>
        <message>
            <source>No period closed yet</source>
            <translation>Chưa có kỳ nào được đóng</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Đã hết hạn</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Đã chấm dứt</translation>
        </message>
        <message>
            <source>amendment in draft</source>
            <translation>bản sửa đổi đang soạn thảo</translation>
        </message>
        <message>
            <source>amendment in review</source>
            <translation>bản sửa đổi đang xem xét</translation>
        </message>
        <message>
            <source>amendment with changes requested</source>
            <translation>bản sửa đổi được yêu cầu chỉnh sửa</translation>
        </message>
        <message>
            <source>amendment approved, to sign</source>
            <translation>bản sửa đổi đã phê duyệt, chờ ký</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in draft, is on its way</source>
            <translation>{status}, phiên bản {version} (đang có hiệu lực); phiên bản {amendment}, một bản sửa đổi đang soạn thảo, đang được chuẩn bị</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in review, is on its way</source>
            <translation>{status}, phiên bản {version} (đang có hiệu lực); phiên bản {amendment}, một bản sửa đổi đang được xem xét, đang được chuẩn bị</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment with changes requested, is on its way</source>
            <translation>{status}, phiên bản {version} (đang có hiệu lực); phiên bản {amendment}, một bản sửa đổi được yêu cầu chỉnh sửa, đang được chuẩn bị</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment approved, to sign, is on its way</source>
            <translation>{status}, phiên bản {version} (đang có hiệu lực); phiên bản {amendment}, một bản sửa đổi đã phê duyệt, chờ ký, đang được chuẩn bị</translation>
        </message>
        <message>
            <source>amendment: {status}</source>
            <translation>bản sửa đổi: {status}</translation>
        </message>
        <message>
            <source>What the agreement's lines come to per month, before tax</source>
            <translation>Tổng các dòng của thỏa thuận mỗi tháng, chưa gồm thuế</translation>
        </message>
        <message>
            <source>Not exported yet</source>
            <translation>Chưa xuất</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, phiên bản {version}</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment} is on its way: {what}</source>
            <translation>{status}, phiên bản {version} (đang có hiệu lực); phiên bản {amendment} đang được chuẩn bị: {what}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Search number, title, customer, contact, service or site</source>
            <translation>Tìm theo số, tiêu đề, khách hàng, người liên hệ, dịch vụ hoặc địa điểm</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Bỏ lọc</translation>
        </message>
        <message>
            <source>Search, status and every filter back to any; the sort order stays</source>
            <translation>Đặt lại tìm kiếm, trạng thái và mọi bộ lọc về tất cả; thứ tự sắp xếp giữ nguyên</translation>
        </message>
        <message>
            <source>Clear the search and every filter ({shortcut})</source>
            <translation>Xóa tìm kiếm và bỏ mọi bộ lọc ({shortcut})</translation>
        </message>
        <message>
            <source>Click a column title to sort by it; click again to reverse</source>
            <translation>Bấm vào tiêu đề cột để sắp xếp theo cột đó; bấm lần nữa để đảo ngược</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>&amp;Tìm kiếm:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>T&amp;rạng thái:</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n thỏa thuận</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole register</source>
            <translation>Toàn bộ sổ đăng ký</translation>
        </message>
        <message numerus="yes">
            <source>Narrowed by %n filter(s)</source>
            <translation>
                <numerusform>Thu hẹp bởi %n bộ lọc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFilterDialog</name>
        <message>
            <source>Save filter</source>
            <translation>Lưu bộ lọc</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name, to pick again later from the Saved list. Saving under a name you already use replaces that filter.</source>
            <translation>Lưu tìm kiếm, bộ lọc và thứ tự sắp xếp hiện tại dưới một tên để chọn lại sau trong danh sách Đã lưu. Lưu dưới một tên bạn đã dùng sẽ thay thế bộ lọc đó.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>e.g. Gold agreements ending this quarter</source>
            <translation>vd: Thỏa thuận Vàng kết thúc trong quý này</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
    </context>
    <context>
        <name>SavedFilters</name>
        <message>
            <source>Your saved filters: pick one to show that view again</source>
            <translation>Các bộ lọc bạn đã lưu: chọn một để hiển thị lại chế độ xem đó</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Lưu bộ lọc…</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name</source>
            <translation>Lưu tìm kiếm, bộ lọc và thứ tự sắp xếp hiện tại dưới một tên</translation>
        </message>
        <message>
            <source>Save the current search, filters and sort under a name ({shortcut})</source>
            <translation>Lưu tìm kiếm, bộ lọc và thứ tự sắp xếp hiện tại dưới một tên ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Delete saved filter…</source>
            <translation>&amp;Xóa bộ lọc đã lưu…</translation>
        </message>
        <message>
            <source>Forget the saved filter chosen in the Saved list</source>
            <translation>Bỏ bộ lọc đã lưu đang được chọn trong danh sách Đã lưu</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter ({shortcut})</source>
            <translation>Xóa bộ lọc đã lưu đang được chọn ({shortcut})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Lưu…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Save&amp;d:</source>
            <translation>Đã &amp;lưu:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Chưa có</translation>
        </message>
        <message>
            <source>Saved filter “{name}” is shown</source>
            <translation>Đang hiển thị bộ lọc đã lưu “{name}”</translation>
        </message>
        <message>
            <source>Filter “{name}” replaced</source>
            <translation>Đã thay thế bộ lọc “{name}”</translation>
        </message>
        <message>
            <source>Filter “{name}” saved</source>
            <translation>Đã lưu bộ lọc “{name}”</translation>
        </message>
        <message>
            <source>Delete saved filter</source>
            <translation>Xóa bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”? The register view itself stays as it is.</source>
            <translation>Xóa bộ lọc đã lưu “{name}”? Chế độ xem sổ đăng ký vẫn giữ nguyên.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Saved filter “{name}” deleted</source>
            <translation>Đã xóa bộ lọc đã lưu “{name}”</translation>
        </message>
    </context>
    <context>
        <name>SignatureBadge</name>
        <message>
            <source>File unreadable</source>
            <translation>Không đọc được tệp</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>Thiếu tệp</translation>
        </message>
        <message>
            <source>no file at {path}</source>
            <translation>không có tệp tại {path}</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Chưa xác minh được</translation>
        </message>
        <message>
            <source>Signed, intact</source>
            <translation>Đã ký, nguyên vẹn</translation>
        </message>
        <message>
            <source>Unsigned</source>
            <translation>Chưa ký</translation>
        </message>
        <message>
            <source>Signature not trusted</source>
            <translation>Chữ ký không được tin cậy</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Đã thay đổi sau khi ký</translation>
        </message>
    </context>
    <context>
        <name>ViewExport</name>
        <message>
            <source>Export register view</source>
            <translation>Xuất chế độ xem sổ đăng ký</translation>
        </message>
        <message>
            <source>CSV, comma-separated</source>
            <translation>CSV, phân tách bằng dấu phẩy</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Sổ làm việc Excel</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Không thể ghi {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) to {file}…</source>
            <translation>
                <numerusform>Đang ghi %n thỏa thuận vào {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) of the register view to {file}…</source>
            <translation>
                <numerusform>Đang ghi %n thỏa thuận của chế độ xem sổ đăng ký vào {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s) to {path}</source>
            <translation>
                <numerusform>Đã xuất %n thỏa thuận vào {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export register view: not done. {reason}</source>
            <translation>Xuất chế độ xem sổ đăng ký: chưa thực hiện. {reason}</translation>
        </message>
        <message>
            <source>The register view was not exported. {reason}</source>
            <translation>Chế độ xem sổ đăng ký chưa được xuất. {reason}</translation>
        </message>
    </context>
</TS>
