"""Labels of contract documents in Vietnamese (``vi``); the keys are those of every language."""

from __future__ import annotations

VI = {
    "kind": "Thỏa thuận mức dịch vụ",
    "kind_customer_sla": "Thỏa thuận mức dịch vụ với khách hàng",
    "kind_internal_sla": "Thỏa thuận mức dịch vụ nội bộ",
    "kind_ola": "Thỏa thuận mức vận hành",
    "kind_underpinning_contract": "Hợp đồng hỗ trợ",
    "between": "giữa",
    "and": "và",
    "prepared_by": "Được lập bởi {author}",
    "seal_signed": "Nội dung được niêm phong khi ký, SHA-256:",
    "seal_draft": "Bản nháp, chưa ký: nội dung chưa được niêm phong.",
    "contents": "Mục lục",
    "draft_footer": "bản nháp, chưa ký",
    "page": "Trang",
    "of": "trên",
    "number": "Số thỏa thuận",
    "version": "Phiên bản",
    "status": "Trạng thái",
    "provider": "Nhà cung cấp",
    "customer": "Khách hàng",
    "country": "Quốc gia",
    "contact": "Người liên hệ",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "monthly_total": "Tổng mỗi tháng",
    "status_draft": "Bản nháp",
    "status_in_review": "Đang xem xét",
    "status_changes_requested": "Yêu cầu thay đổi",
    "status_approved": "Đã phê duyệt",
    "status_signed": "Đã ký",
    "status_active": "Đang hiệu lực",
    "status_terminated": "Đã chấm dứt",
    "parties": "Các bên và thời hạn",
    "term_text": "Thỏa thuận này có hiệu lực từ {start} đến hết {end}.",
    "renewal_none": "Thỏa thuận chấm dứt vào {end} và không được gia hạn.",
    "renewal_tacit": "Sau đó, thỏa thuận tự động gia hạn mỗi lần {term}{limit}, trừ khi {party} thông báo chấm dứt "
                     "{when}.",
    "renewal_express": "Thỏa thuận chỉ được gia hạn khi việc gia hạn được xác nhận trước khi kết thúc một kỳ hạn, mỗi "
                       "lần {term}{limit}; nếu không, thỏa thuận chấm dứt.",
    "renewal_limit_one": ", tối đa {count} lần",
    "renewal_limit_few": ", tối đa {count} lần",
    "renewal_limit_other": ", tối đa {count} lần",
    "renewal_limit_many": ", tối đa {count} lần",
    "span_day_one": "{count} ngày",
    "span_day_few": "{count} ngày",
    "span_day_many": "{count} ngày",
    "span_day_other": "{count} ngày",
    "span_month_one": "{count} tháng",
    "span_month_few": "{count} tháng",
    "span_month_many": "{count} tháng",
    "span_month_other": "{count} tháng",
    "notice_before": "ít nhất {notice} trước khi kết thúc một kỳ hạn",
    "notice_last_day": "chậm nhất vào ngày cuối cùng của một kỳ hạn",
    "notice_party_either": "một trong hai bên",
    "notice_party_customer": "khách hàng",
    "notice_party_provider": "nhà cung cấp",
    "review_text": "Các bên cùng rà soát thỏa thuận định kỳ {period} một lần, lần đầu vào {first}.",
    "scope": "Phạm vi",
    "scope_intro": "Thỏa thuận này bao gồm các dịch vụ sau, mỗi dịch vụ theo mức dịch vụ và địa điểm đã nêu:",
    "services": "Dịch vụ và mục tiêu",
    "pricing": "Giá",
    "credits": "Tín dụng dịch vụ",
    "clauses": "Điều khoản",
    "review": "Hồ sơ xem xét",
    "signatures": "Chữ ký",
    "service": "Dịch vụ",
    "level": "Mức",
    "site": "Địa điểm hoặc khu vực",
    "coverage": "Giờ phục vụ",
    "coverage_24x7": "24 giờ mỗi ngày, 7 ngày mỗi tuần",
    "availability": "Tính sẵn sàng",
    "quantity": "Số lượng",
    "priorities": "Mức ưu tiên áp dụng",
    "priority": "Mức ưu tiên",
    "priority_p1": "Khẩn cấp",
    "priority_p2": "Cao",
    "priority_p3": "Bình thường",
    "priority_p4": "Thấp",
    "response_time": "Thời gian phản hồi",
    "resolution_time": "Thời gian giải quyết",
    "counted_in": "Tính theo",
    "business_hours": "Giờ làm việc",
    "calendar_hours": "Giờ lịch",
    "unit_price": "Giá mỗi đơn vị mỗi tháng",
    "line_total": "Tổng mỗi tháng",
    "amounts_note": "Các khoản tiền được tính theo tháng, bằng {currency}.",
    "no_tax": "Giá chưa bao gồm thuế giá trị gia tăng và các loại thuế khác, được tính thêm theo thuế suất hiện hành.",
    "tax": "Thuế ({rate})",
    "total_incl_tax": "Tổng mỗi tháng đã gồm thuế",
    "credits_intro": (
        "Nếu tính sẵn sàng đo được của một dòng dịch vụ trong một tháng dương lịch thấp hơn mức "
        "cam kết, khách hàng được nhận khoản tín dụng theo tỷ lệ nêu dưới đây trên phí hằng "
        "tháng của dòng đó."
    ),
    "credits_cap": "Trong bất kỳ tháng nào, tín dụng cho một dòng dịch vụ không vượt quá {cap} phí hằng tháng của dòng đó.",
    "committed": "Tính sẵn sàng cam kết",
    "measured": "Tính sẵn sàng đo được trong tháng",
    "credit_pct": "Tín dụng, tỷ lệ trên phí tháng",
    "credit_amount": "Tín dụng mỗi tháng",
    "band_range": "từ {low} đến dưới {high}",
    "band_below": "dưới {high}",
    "clause_standard": "Điều khoản tiêu chuẩn của nhà cung cấp.",
    "clause_own": "Soạn riêng cho thỏa thuận này",
    "clause_version": "Phiên bản điều khoản {version}",
    "clause_edited": "đã điều chỉnh cho thỏa thuận này",
    "clause_change_title": "Thay đổi trong thời hạn thỏa thuận",
    "clause_change_text": (
        "Mỗi bên có thể đề xuất thay đổi dịch vụ, mức dịch vụ hoặc giá trong thời hạn thỏa "
        "thuận. Thay đổi chỉ có hiệu lực khi cả hai bên đã phê duyệt bằng văn bản một phiên bản "
        "mới của thỏa thuận này; cho đến khi đó, phiên bản hiện hành được áp dụng không thay đổi."
    ),
    "clause_credits_title": "Tín dụng dịch vụ",
    "clause_credits_text": (
        "Nếu tính sẵn sàng đo được của một dịch vụ trong một tháng dương lịch thấp hơn mức cam "
        "kết, nhà cung cấp cấp tín dụng dịch vụ theo biểu tín dụng của thỏa thuận này. Tín dụng "
        "được khấu trừ vào hóa đơn kế tiếp, là biện pháp bồi hoàn tài chính duy nhất của khách "
        "hàng cho sự thiếu hụt đó và phải được yêu cầu trong vòng 30 ngày kể từ cuối tháng liên quan."
    ),
    "clause_termination_title": "Chấm dứt",
    "clause_termination_text": (
        "Mỗi bên có thể chấm dứt thỏa thuận này bằng thông báo bằng văn bản trước ba tháng, có "
        "hiệu lực vào cuối một tháng dương lịch. Mỗi bên có thể chấm dứt ngay lập tức nếu bên kia "
        "vi phạm nghiêm trọng thỏa thuận và không khắc phục vi phạm trong vòng 30 ngày kể từ khi "
        "nhận được thông báo bằng văn bản. Phí cho các dịch vụ đã cung cấp đến thời điểm chấm dứt "
        "vẫn phải được thanh toán."
    ),
    "clause_review_title": "Xem xét định kỳ",
    "clause_review_text": (
        "Các bên xem xét thỏa thuận này, các mức dịch vụ đo được và biểu tín dụng ít nhất mười "
        "hai tháng một lần và bất cứ khi nào một dịch vụ hoặc cách sử dụng dịch vụ thay đổi đáng "
        "kể. Các thay đổi đã thống nhất được ghi nhận thành một phiên bản mới của thỏa thuận."
    ),
    "review_intro": "Phiên bản này đã được xem xét như sau.",
    "no_reviews": "Chưa có quyết định xem xét nào.",
    "reviewer": "Người xem xét",
    "role": "Vai trò",
    "decision": "Quyết định",
    "date": "Ngày",
    "comment": "Nhận xét",
    "review_comments": "Nhận xét theo mục",
    "section": "Mục",
    "section_general": "Chung",
    "role_representative": "Đại diện",
    "role_legal_reviewer": "Người rà soát pháp lý",
    "role_quality_checker": "Người kiểm tra chất lượng",
    "role_customer_signatory": "Người ký phía khách hàng",
    "role_administrator": "Quản trị viên",
    "signatures_intro": "Được ký bởi người đại diện có thẩm quyền của các bên:",
    "name": "Họ tên",
    "title": "Chức danh",
    "signed": "Đã ký",
    "signature": "Chữ ký",
    "signed_electronically": "đã ký điện tử",
    "not_signed": "chưa ký",
}
