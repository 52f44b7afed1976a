"""Labels of contract documents in every language slamdesk writes.

Every language has exactly the same keys. Texts with ``{placeholders}`` are
filled in with ``str.format``.
"""

from __future__ import annotations

EN = {
    # Title page and running texts
    "kind": "Service-level agreement",
    "kind_customer_sla": "Customer service-level agreement",
    "kind_internal_sla": "Internal service-level agreement",
    "kind_ola": "Operational level agreement",
    "kind_underpinning_contract": "Underpinning contract",
    "between": "between",
    "and": "and",
    "prepared_by": "Prepared by {author}",
    "seal_signed": "Content sealed at signing, SHA-256:",
    "seal_draft": "Draft, not signed: the content is not sealed.",
    "contents": "Contents",
    "draft_footer": "draft, not signed",
    "page": "Page",
    "of": "of",
    # Facts
    "number": "Agreement number",
    "version": "Version",
    "status": "Status",
    "provider": "Provider",
    "customer": "Customer",
    "country": "Country",
    "contact": "Contact person",
    "start_date": "Start date",
    "end_date": "End date",
    "monthly_total": "Total per month",
    # Status of a version, also a review decision
    "status_draft": "Draft",
    "status_in_review": "In review",
    "status_changes_requested": "Changes requested",
    "status_approved": "Approved",
    "status_signed": "Signed",
    "status_active": "Active",
    "status_terminated": "Terminated",
    # Sections
    "parties": "Parties and term",
    "term_text": "This agreement applies from {start} to {end}.",
    "renewal_none": "It ends on {end} and is not renewed.",
    "renewal_tacit": "It then renews by itself for {term} at a time{limit}, unless {party} gives notice {when}.",
    "renewal_express": "It renews only when the renewal is confirmed before a term ends, for {term} at a time{limit}; "
                       "otherwise it ends.",
    "renewal_limit_one": ", at most once",
    "renewal_limit_few": ", at most {count} times",
    "renewal_limit_other": ", at most {count} times",
    "renewal_limit_many": ", at most {count} times",
    "span_day_one": "{count} day",
    "span_day_few": "{count} days",
    "span_day_many": "{count} days",
    "span_day_other": "{count} days",
    "span_month_one": "{count} month",
    "span_month_few": "{count} months",
    "span_month_many": "{count} months",
    "span_month_other": "{count} months",
    "notice_before": "at least {notice} before the end of a term",
    "notice_last_day": "by the last day of a term",
    "notice_party_either": "either party",
    "notice_party_customer": "the customer",
    "notice_party_provider": "the provider",
    "review_text": "The parties review the agreement together every {period}, first on {first}.",
    "scope": "Scope",
    "scope_intro": "This agreement covers the following services, each at the service level and site named:",
    "services": "Services and targets",
    "pricing": "Pricing",
    "credits": "Service credits",
    "clauses": "Clauses",
    "review": "Review record",
    "signatures": "Signatures",
    # Services and targets
    "service": "Service",
    "level": "Level",
    "site": "Site or region",
    "coverage": "Hours of coverage",
    "coverage_24x7": "24 hours a day, 7 days a week",
    "availability": "Availability",
    "quantity": "Quantity",
    "priorities": "Priorities covered",
    "priority": "Priority",
    "priority_p1": "Critical",
    "priority_p2": "High",
    "priority_p3": "Normal",
    "priority_p4": "Low",
    "response_time": "Response time",
    "resolution_time": "Resolution time",
    "counted_in": "Counted in",
    "business_hours": "Business hours",
    "calendar_hours": "Calendar hours",
    # Pricing
    "unit_price": "Price per unit and month",
    "line_total": "Total per month",
    "amounts_note": "Amounts are per month, in {currency}.",
    "no_tax": "Prices exclude value-added tax and other taxes, which are added at the rate in force.",
    "tax": "Tax ({rate})",
    "total_incl_tax": "Total per month including tax",
    # Service credits
    "credits_intro": (
        "If the measured availability of a service line in a calendar month falls below its "
        "committed availability, the customer receives a credit of the share shown of that "
        "line's monthly fee."
    ),
    "credits_cap": "In any month the credits for a service line never exceed {cap} of that line's monthly fee.",
    "committed": "Committed availability",
    "measured": "Measured availability in the month",
    "credit_pct": "Credit, share of the monthly fee",
    "credit_amount": "Credit per month",
    "band_range": "{low} to below {high}",
    "band_below": "below {high}",
    # Clauses
    "clause_standard": "Standard clauses of the provider.",
    "clause_own": "Written for this agreement",
    "clause_version": "Clause version {version}",
    "clause_edited": "amended for this agreement",
    "clause_change_title": "Changes during the term",
    "clause_change_text": (
        "Either party may propose a change to the services, service levels or prices during "
        "the term. A change takes effect only when both parties have approved a new version of "
        "this agreement in writing; until then the current version applies unchanged."
    ),
    "clause_credits_title": "Service credits",
    "clause_credits_text": (
        "Where the measured availability of a service falls below its committed availability in "
        "a calendar month, the provider grants service credits according to the credit schedule "
        "of this agreement. Credits are deducted from the next invoice, are the customer's sole "
        "financial remedy for the shortfall and must be claimed within 30 days of the end of the "
        "month concerned."
    ),
    "clause_termination_title": "Termination",
    "clause_termination_text": (
        "Either party may terminate this agreement by giving three months' written notice to the "
        "end of a calendar month. Either party may terminate with immediate effect if the other "
        "party materially breaches the agreement and does not remedy the breach within 30 days "
        "of written notice. Fees for services delivered up to termination remain payable."
    ),
    "clause_review_title": "Periodic review",
    "clause_review_text": (
        "The parties review this agreement, the measured service levels and the credit schedule "
        "at least once every twelve months and whenever a service or its use changes materially. "
        "Agreed changes are recorded as a new version of the agreement."
    ),
    # Review record
    "review_intro": "This version was reviewed as follows.",
    "no_reviews": "No review decisions are recorded.",
    "reviewer": "Reviewer",
    "role": "Role",
    "decision": "Decision",
    "date": "Date",
    "comment": "Comment",
    "review_comments": "Comments by section",
    "section": "Section",
    "section_general": "General",
    "role_representative": "Representative",
    "role_legal_reviewer": "Legal reviewer",
    "role_quality_checker": "Quality checker",
    "role_customer_signatory": "Customer signatory",
    "role_administrator": "Administrator",
    # Signatures
    "signatures_intro": "Signed by the authorised representatives of the parties:",
    "name": "Name",
    "title": "Title",
    "signed": "Signed",
    "signature": "Signature",
    "signed_electronically": "signed electronically",
    "not_signed": "not signed",
}

SV = {
    "kind": "Servicenivåavtal",
    "kind_customer_sla": "Servicenivåavtal med kund",
    "kind_internal_sla": "Internt servicenivåavtal",
    "kind_ola": "Driftnivåavtal",
    "kind_underpinning_contract": "Underliggande avtal",
    "between": "mellan",
    "and": "och",
    "prepared_by": "Upprättat av {author}",
    "seal_signed": "Innehållet förseglades vid undertecknandet, SHA-256:",
    "seal_draft": "Utkast, ej undertecknat: innehållet är inte förseglat.",
    "contents": "Innehåll",
    "draft_footer": "utkast, ej undertecknat",
    "page": "Sida",
    "of": "av",
    "number": "Avtalsnummer",
    "version": "Version",
    "status": "Status",
    "provider": "Leverantör",
    "customer": "Kund",
    "country": "Land",
    "contact": "Kontaktperson",
    "start_date": "Startdatum",
    "end_date": "Slutdatum",
    "monthly_total": "Summa per månad",
    "status_draft": "Utkast",
    "status_in_review": "Under granskning",
    "status_changes_requested": "Ändringar begärda",
    "status_approved": "Godkänt",
    "status_signed": "Undertecknat",
    "status_active": "Aktivt",
    "status_terminated": "Uppsagt",
    "parties": "Parter och avtalstid",
    "term_text": "Avtalet gäller från och med {start} till och med {end}.",
    "renewal_none": "Avtalet upphör den {end} och förlängs inte.",
    "renewal_tacit": "Därefter förlängs det automatiskt med {term} i taget{limit}, om inte {party} säger upp det {when}.",
    "renewal_express": "Det förlängs endast om förlängningen bekräftas innan en avtalsperiod löper ut, med {term} i "
                       "taget{limit}; annars upphör det.",
    "renewal_limit_one": ", högst en gång",
    "renewal_limit_few": ", högst {count} gånger",
    "renewal_limit_other": ", högst {count} gånger",
    "renewal_limit_many": ", högst {count} gånger",
    "span_day_one": "{count} dag",
    "span_day_few": "{count} dagar",
    "span_day_many": "{count} dagar",
    "span_day_other": "{count} dagar",
    "span_month_one": "{count} månad",
    "span_month_few": "{count} månader",
    "span_month_many": "{count} månader",
    "span_month_other": "{count} månader",
    "notice_before": "senast {notice} före en avtalsperiods slut",
    "notice_last_day": "senast den sista dagen i en avtalsperiod",
    "notice_party_either": "någon av parterna",
    "notice_party_customer": "kunden",
    "notice_party_provider": "leverantören",
    "review_text": "Parterna går igenom avtalet tillsammans med {period}s mellanrum, första gången den {first}.",
    "scope": "Omfattning",
    "scope_intro": "Avtalet omfattar följande tjänster, var och en på angiven servicenivå och plats:",
    "services": "Tjänster och mål",
    "pricing": "Prissättning",
    "credits": "Servicekrediter",
    "clauses": "Avtalsvillkor",
    "review": "Granskning",
    "signatures": "Underskrifter",
    "service": "Tjänst",
    "level": "Nivå",
    "site": "Plats eller region",
    "coverage": "Täckningstid",
    "coverage_24x7": "Dygnet runt, alla dagar",
    "availability": "Tillgänglighet",
    "quantity": "Antal",
    "priorities": "Prioriteter som omfattas",
    "priority": "Prioritet",
    "priority_p1": "Kritisk",
    "priority_p2": "Hög",
    "priority_p3": "Normal",
    "priority_p4": "Låg",
    "response_time": "Svarstid",
    "resolution_time": "Lösningstid",
    "counted_in": "Räknas i",
    "business_hours": "Kontorstid",
    "calendar_hours": "Kalendertid",
    "unit_price": "Pris per enhet och månad",
    "line_total": "Summa per månad",
    "amounts_note": "Beloppen avser en månad och anges i {currency}.",
    "no_tax": "Priserna är exklusive mervärdesskatt och andra skatter, som tillkommer enligt gällande sats.",
    "tax": "Moms ({rate})",
    "total_incl_tax": "Summa per månad inklusive moms",
    "credits_intro": (
        "Om den uppmätta tillgängligheten för en tjänsterad under en kalendermånad understiger "
        "den avtalade tillgängligheten får kunden en kredit med den andel av radens månadsavgift "
        "som anges nedan."
    ),
    "credits_cap": "Krediterna för en tjänsterad överstiger aldrig {cap} av radens månadsavgift under en månad.",
    "committed": "Avtalad tillgänglighet",
    "measured": "Uppmätt tillgänglighet under månaden",
    "credit_pct": "Kredit, andel av månadsavgiften",
    "credit_amount": "Kredit per månad",
    "band_range": "{low} till under {high}",
    "band_below": "under {high}",
    "clause_standard": "Leverantörens standardvillkor.",
    "clause_own": "Skrivet för detta avtal",
    "clause_version": "Villkorsversion {version}",
    "clause_edited": "anpassat för detta avtal",
    "clause_change_title": "Ändringar under avtalstiden",
    "clause_change_text": (
        "Vardera parten får under avtalstiden föreslå ändringar av tjänster, servicenivåer eller "
        "priser. En ändring gäller först när båda parter skriftligen har godkänt en ny version av "
        "detta avtal; till dess gäller den aktuella versionen oförändrad."
    ),
    "clause_credits_title": "Servicekrediter",
    "clause_credits_text": (
        "Om den uppmätta tillgängligheten för en tjänst under en kalendermånad understiger den "
        "avtalade tillgängligheten lämnar leverantören servicekrediter enligt avtalets "
        "kreditschema. Krediterna dras av på nästa faktura, utgör kundens enda ekonomiska "
        "ersättning för avvikelsen och ska begäras inom 30 dagar från utgången av den aktuella "
        "månaden."
    ),
    "clause_termination_title": "Uppsägning",
    "clause_termination_text": (
        "Vardera parten får säga upp avtalet skriftligen med tre månaders uppsägningstid till "
        "utgången av en kalendermånad. Vardera parten får säga upp avtalet med omedelbar verkan "
        "om den andra parten väsentligt bryter mot avtalet och inte vidtar rättelse inom 30 dagar "
        "från skriftligt påpekande. Avgifter för tjänster som levererats fram till upphörandet "
        "ska betalas."
    ),
    "clause_review_title": "Periodisk översyn",
    "clause_review_text": (
        "Parterna går igenom avtalet, de uppmätta servicenivåerna och kreditschemat minst en gång "
        "var tolfte månad och när en tjänst eller dess användning förändras väsentligt. "
        "Överenskomna ändringar dokumenteras som en ny version av avtalet."
    ),
    "review_intro": "Denna version har granskats enligt följande.",
    "no_reviews": "Inga granskningsbeslut är registrerade.",
    "reviewer": "Granskare",
    "role": "Roll",
    "decision": "Beslut",
    "date": "Datum",
    "comment": "Kommentar",
    "review_comments": "Kommentarer per avsnitt",
    "section": "Avsnitt",
    "section_general": "Allmänt",
    "role_representative": "Representant",
    "role_legal_reviewer": "Juridisk granskare",
    "role_quality_checker": "Kvalitetsgranskare",
    "role_customer_signatory": "Kundens firmatecknare",
    "role_administrator": "Administratör",
    "signatures_intro": "Undertecknat av parternas behöriga företrädare:",
    "name": "Namn",
    "title": "Befattning",
    "signed": "Undertecknat",
    "signature": "Underskrift",
    "signed_electronically": "elektroniskt undertecknat",
    "not_signed": "ej undertecknat",
}

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

ID = {
    "kind": "Perjanjian tingkat layanan",
    "kind_customer_sla": "Perjanjian tingkat layanan pelanggan",
    "kind_internal_sla": "Perjanjian tingkat layanan internal",
    "kind_ola": "Perjanjian tingkat operasional",
    "kind_underpinning_contract": "Kontrak pendukung",
    "between": "antara",
    "and": "dan",
    "prepared_by": "Disusun oleh {author}",
    "seal_signed": "Isi disegel saat penandatanganan, SHA-256:",
    "seal_draft": "Draf, belum ditandatangani: isi belum disegel.",
    "contents": "Daftar isi",
    "draft_footer": "draf, belum ditandatangani",
    "page": "Halaman",
    "of": "dari",
    "number": "Nomor perjanjian",
    "version": "Versi",
    "status": "Status",
    "provider": "Penyedia",
    "customer": "Pelanggan",
    "country": "Negara",
    "contact": "Narahubung",
    "start_date": "Tanggal mulai",
    "end_date": "Tanggal berakhir",
    "monthly_total": "Total per bulan",
    "status_draft": "Draf",
    "status_in_review": "Dalam tinjauan",
    "status_changes_requested": "Perubahan diminta",
    "status_approved": "Disetujui",
    "status_signed": "Ditandatangani",
    "status_active": "Aktif",
    "status_terminated": "Diakhiri",
    "parties": "Para pihak dan jangka waktu",
    "term_text": "Perjanjian ini berlaku dari {start} sampai dengan {end}.",
    "renewal_none": "Perjanjian berakhir pada {end} dan tidak diperpanjang.",
    "renewal_tacit": "Setelah itu, perjanjian diperpanjang secara otomatis setiap kali selama {term}{limit}, kecuali "
                     "{party} memberikan pemberitahuan pengakhiran {when}.",
    "renewal_express": "Perjanjian hanya diperpanjang jika perpanjangan dikonfirmasi sebelum suatu jangka waktu "
                       "berakhir, setiap kali selama {term}{limit}; jika tidak, perjanjian berakhir.",
    "renewal_limit_one": ", paling banyak {count} kali",
    "renewal_limit_few": ", paling banyak {count} kali",
    "renewal_limit_other": ", paling banyak {count} kali",
    "renewal_limit_many": ", paling banyak {count} kali",
    "span_day_one": "{count} hari",
    "span_day_few": "{count} hari",
    "span_day_many": "{count} hari",
    "span_day_other": "{count} hari",
    "span_month_one": "{count} bulan",
    "span_month_few": "{count} bulan",
    "span_month_many": "{count} bulan",
    "span_month_other": "{count} bulan",
    "notice_before": "paling lambat {notice} sebelum akhir suatu jangka waktu",
    "notice_last_day": "paling lambat pada hari terakhir suatu jangka waktu",
    "notice_party_either": "salah satu pihak",
    "notice_party_customer": "pelanggan",
    "notice_party_provider": "penyedia",
    "review_text": "Para pihak meninjau perjanjian bersama setiap {period}, pertama kali pada {first}.",
    "scope": "Ruang lingkup",
    "scope_intro": "Perjanjian ini mencakup layanan berikut, masing-masing pada tingkat layanan dan lokasi yang disebutkan:",
    "services": "Layanan dan target",
    "pricing": "Harga",
    "credits": "Kredit layanan",
    "clauses": "Klausul",
    "review": "Catatan tinjauan",
    "signatures": "Tanda tangan",
    "service": "Layanan",
    "level": "Tingkat",
    "site": "Lokasi atau wilayah",
    "coverage": "Jam layanan",
    "coverage_24x7": "24 jam sehari, 7 hari seminggu",
    "availability": "Ketersediaan",
    "quantity": "Jumlah",
    "priorities": "Prioritas yang dicakup",
    "priority": "Prioritas",
    "priority_p1": "Kritis",
    "priority_p2": "Tinggi",
    "priority_p3": "Normal",
    "priority_p4": "Rendah",
    "response_time": "Waktu respons",
    "resolution_time": "Waktu penyelesaian",
    "counted_in": "Dihitung dalam",
    "business_hours": "Jam kerja",
    "calendar_hours": "Jam kalender",
    "unit_price": "Harga per unit per bulan",
    "line_total": "Total per bulan",
    "amounts_note": "Jumlah dinyatakan per bulan dalam {currency}.",
    "no_tax": "Harga belum termasuk pajak pertambahan nilai dan pajak lain, yang ditambahkan sesuai tarif yang berlaku.",
    "tax": "Pajak ({rate})",
    "total_incl_tax": "Total per bulan termasuk pajak",
    "credits_intro": (
        "Apabila ketersediaan terukur suatu baris layanan dalam satu bulan kalender berada di "
        "bawah ketersediaan yang disepakati, pelanggan menerima kredit sebesar porsi biaya "
        "bulanan baris tersebut sebagaimana tercantum di bawah ini."
    ),
    "credits_cap": "Dalam bulan mana pun, kredit untuk suatu baris layanan tidak melebihi {cap} dari biaya bulanan baris tersebut.",
    "committed": "Ketersediaan yang disepakati",
    "measured": "Ketersediaan terukur dalam bulan",
    "credit_pct": "Kredit, porsi biaya bulanan",
    "credit_amount": "Kredit per bulan",
    "band_range": "{low} hingga di bawah {high}",
    "band_below": "di bawah {high}",
    "clause_standard": "Klausul standar penyedia.",
    "clause_own": "Disusun khusus untuk perjanjian ini",
    "clause_version": "Versi klausul {version}",
    "clause_edited": "diubah untuk perjanjian ini",
    "clause_change_title": "Perubahan selama jangka waktu",
    "clause_change_text": (
        "Masing-masing pihak dapat mengusulkan perubahan atas layanan, tingkat layanan, atau "
        "harga selama jangka waktu perjanjian. Perubahan hanya berlaku setelah kedua pihak "
        "menyetujui versi baru perjanjian ini secara tertulis; sampai saat itu versi yang berlaku "
        "tetap digunakan tanpa perubahan."
    ),
    "clause_credits_title": "Kredit layanan",
    "clause_credits_text": (
        "Apabila ketersediaan terukur suatu layanan dalam satu bulan kalender berada di bawah "
        "ketersediaan yang disepakati, penyedia memberikan kredit layanan sesuai jadwal kredit "
        "dalam perjanjian ini. Kredit dipotong dari tagihan berikutnya, merupakan satu-satunya "
        "kompensasi finansial bagi pelanggan atas kekurangan tersebut, dan harus diajukan dalam "
        "30 hari setelah akhir bulan yang bersangkutan."
    ),
    "clause_termination_title": "Pengakhiran",
    "clause_termination_text": (
        "Masing-masing pihak dapat mengakhiri perjanjian ini dengan pemberitahuan tertulis tiga "
        "bulan sebelumnya, berlaku pada akhir bulan kalender. Masing-masing pihak dapat "
        "mengakhiri perjanjian dengan segera apabila pihak lain melakukan pelanggaran material "
        "dan tidak memperbaikinya dalam 30 hari setelah pemberitahuan tertulis. Biaya atas "
        "layanan yang telah diberikan sampai tanggal pengakhiran tetap wajib dibayar."
    ),
    "clause_review_title": "Tinjauan berkala",
    "clause_review_text": (
        "Para pihak meninjau perjanjian ini, tingkat layanan terukur, dan jadwal kredit "
        "sekurang-kurangnya sekali setiap dua belas bulan serta setiap kali suatu layanan atau "
        "penggunaannya berubah secara material. Perubahan yang disepakati dicatat sebagai versi "
        "baru perjanjian."
    ),
    "review_intro": "Versi ini telah ditinjau sebagai berikut.",
    "no_reviews": "Belum ada keputusan tinjauan.",
    "reviewer": "Peninjau",
    "role": "Peran",
    "decision": "Keputusan",
    "date": "Tanggal",
    "comment": "Komentar",
    "review_comments": "Komentar per bagian",
    "section": "Bagian",
    "section_general": "Umum",
    "role_representative": "Perwakilan",
    "role_legal_reviewer": "Peninjau hukum",
    "role_quality_checker": "Pemeriksa mutu",
    "role_customer_signatory": "Penanda tangan pelanggan",
    "role_administrator": "Administrator sistem",
    "signatures_intro": "Ditandatangani oleh wakil yang berwenang dari para pihak:",
    "name": "Nama",
    "title": "Jabatan",
    "signed": "Ditandatangani",
    "signature": "Tanda tangan",
    "signed_electronically": "ditandatangani secara elektronik",
    "not_signed": "belum ditandatangani",
}

UK = {
    "kind": "Угода про рівень обслуговування",
    "kind_customer_sla": "Угода про рівень обслуговування з клієнтом",
    "kind_internal_sla": "Внутрішня угода про рівень обслуговування",
    "kind_ola": "Угода про операційний рівень",
    "kind_underpinning_contract": "Базовий договір",
    "between": "між",
    "and": "та",
    "prepared_by": "Підготував(ла): {author}",
    "seal_signed": "Зміст опечатано під час підписання, SHA-256:",
    "seal_draft": "Чернетка, не підписано: зміст не опечатано.",
    "contents": "Зміст",
    "draft_footer": "чернетка, не підписано",
    "page": "Сторінка",
    "of": "з",
    "number": "Номер угоди",
    "version": "Версія",
    "status": "Статус",
    "provider": "Постачальник",
    "customer": "Замовник",
    "country": "Країна",
    "contact": "Контактна особа",
    "start_date": "Дата початку",
    "end_date": "Дата завершення",
    "monthly_total": "Разом за місяць",
    "status_draft": "Чернетка",
    "status_in_review": "На перевірці",
    "status_changes_requested": "Запитано зміни",
    "status_approved": "Затверджено",
    "status_signed": "Підписано",
    "status_active": "Чинна",
    "status_terminated": "Припинено",
    "parties": "Сторони та строк дії",
    "term_text": "Ця угода діє з {start} по {end} включно.",
    "renewal_none": "Угода припиняється {end} і не продовжується.",
    "renewal_tacit": "Після цього вона автоматично продовжується щоразу на {term}{limit}, якщо {party} не повідомить "
                     "про припинення {when}.",
    "renewal_express": "Вона продовжується лише тоді, коли продовження підтверджено до закінчення строку, щоразу на "
                       "{term}{limit}; інакше вона припиняється.",
    "renewal_limit_one": ", щонайбільше {count} раз",
    "renewal_limit_few": ", щонайбільше {count} рази",
    "renewal_limit_other": ", щонайбільше {count} разів",
    "renewal_limit_many": ", щонайбільше {count} разів",
    "span_day_one": "{count} день",
    "span_day_few": "{count} дні",
    "span_day_many": "{count} днів",
    "span_day_other": "{count} дня",
    "span_month_one": "{count} місяць",
    "span_month_few": "{count} місяці",
    "span_month_many": "{count} місяців",
    "span_month_other": "{count} місяця",
    "notice_before": "щонайменше за {notice} до закінчення строку",
    "notice_last_day": "не пізніше останнього дня строку",
    "notice_party_either": "жодна зі сторін",
    "notice_party_customer": "замовник",
    "notice_party_provider": "постачальник",
    "review_text": "Уперше {first} і надалі раз на {period} сторони спільно переглядають угоду.",  # the date ends in "р."
    "scope": "Обсяг послуг",
    "scope_intro": "Ця угода охоплює такі послуги, кожну на зазначеному рівні обслуговування та в зазначеному місці:",
    "services": "Послуги та цільові показники",
    "pricing": "Ціни",
    "credits": "Сервісні кредити",
    "clauses": "Положення угоди",
    "review": "Протокол перевірки",
    "signatures": "Підписи",
    "service": "Послуга",
    "level": "Рівень",
    "site": "Об'єкт або регіон",
    "coverage": "Години обслуговування",
    "coverage_24x7": "Цілодобово, без вихідних",
    "availability": "Доступність",
    "quantity": "Кількість",
    "priorities": "Охоплені пріоритети",
    "priority": "Пріоритет",
    "priority_p1": "Критичний",
    "priority_p2": "Високий",
    "priority_p3": "Звичайний",
    "priority_p4": "Низький",
    "response_time": "Час реагування",
    "resolution_time": "Час вирішення",
    "counted_in": "Рахується в",
    "business_hours": "Робочі години",
    "calendar_hours": "Календарні години",
    "unit_price": "Ціна за одиницю на місяць",
    "line_total": "Разом за місяць",
    "amounts_note": "Суми зазначено за місяць у валюті {currency}.",
    "no_tax": "Ціни не включають податок на додану вартість та інші податки, які нараховуються за чинною ставкою.",
    "tax": "Податок ({rate})",
    "total_incl_tax": "Разом за місяць з податком",
    "credits_intro": (
        "Якщо виміряна доступність рядка послуги за календарний місяць нижча за погоджену, "
        "замовник отримує кредит у зазначеній нижче частці місячної плати за цей рядок."
    ),
    "credits_cap": "У будь-якому місяці кредити за рядок послуги не перевищують {cap} місячної плати за цей рядок.",
    "committed": "Погоджена доступність",
    "measured": "Виміряна доступність за місяць",
    "credit_pct": "Кредит, частка місячної плати",
    "credit_amount": "Кредит за місяць",
    "band_range": "від {low} до менше ніж {high}",
    "band_below": "менше ніж {high}",
    "clause_standard": "Типові положення постачальника.",
    "clause_own": "Складено для цієї угоди",
    "clause_version": "Версія положення {version}",
    "clause_edited": "змінено для цієї угоди",
    "clause_change_title": "Зміни протягом строку дії",
    "clause_change_text": (
        "Кожна сторона може протягом строку дії угоди запропонувати зміни послуг, рівнів "
        "обслуговування або цін. Зміна набуває чинності лише після того, як обидві сторони "
        "письмово затвердять нову версію цієї угоди; доти чинна версія застосовується без змін."
    ),
    "clause_credits_title": "Сервісні кредити",
    "clause_credits_text": (
        "Якщо виміряна доступність послуги за календарний місяць нижча за погоджену, "
        "постачальник надає сервісні кредити відповідно до графіка кредитів цієї угоди. Кредити "
        "вираховуються з наступного рахунку, є єдиним фінансовим відшкодуванням замовнику за "
        "таке відхилення і мають бути заявлені протягом 30 днів після закінчення відповідного "
        "місяця."
    ),
    "clause_termination_title": "Припинення",
    "clause_termination_text": (
        "Кожна сторона може припинити цю угоду, письмово повідомивши іншу сторону за три місяці "
        "до кінця календарного місяця. Кожна сторона може припинити угоду з негайним ефектом, "
        "якщо інша сторона істотно порушує угоду і не усуває порушення протягом 30 днів після "
        "письмового повідомлення. Плата за послуги, надані до дати припинення, підлягає сплаті."
    ),
    "clause_review_title": "Періодичний перегляд",
    "clause_review_text": (
        "Сторони переглядають цю угоду, виміряні рівні обслуговування та графік кредитів "
        "щонайменше раз на дванадцять місяців, а також щоразу, коли послуга або її використання "
        "суттєво змінюється. Погоджені зміни оформлюються як нова версія угоди."
    ),
    "review_intro": "Цю версію перевірено таким чином.",
    "no_reviews": "Рішень перевірки не зафіксовано.",
    "reviewer": "Рецензент",
    "role": "Роль",
    "decision": "Рішення",
    "date": "Дата",
    "comment": "Коментар",
    "review_comments": "Коментарі за розділами",
    "section": "Розділ",
    "section_general": "Загальне",
    "role_representative": "Представник",
    "role_legal_reviewer": "Юрист-рецензент",
    "role_quality_checker": "Контролер якості",
    "role_customer_signatory": "Підписант замовника",
    "role_administrator": "Адміністратор",
    "signatures_intro": "Підписано уповноваженими представниками сторін:",
    "name": "Ім'я",
    "title": "Посада",
    "signed": "Підписано",
    "signature": "Підпис",
    "signed_electronically": "підписано електронно",
    "not_signed": "не підписано",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "sv": SV, "vi": VI, "id": ID, "uk": UK}


def labels_for(language: str) -> dict[str, str]:
    """The labels of ``language``, English where it has none."""
    return LABELS.get(language, EN)
