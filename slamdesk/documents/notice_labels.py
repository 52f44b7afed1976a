"""Labels of the notice letter (notice of termination), in every language slamdesk writes.

The letter shares the agreement's labels (``labels.py``) for what both say (provider, customer,
name, title, signature ...); these are the words only it needs, one reason per entry of
``core.renewals.standing.REASONS`` (``nl_reason_<reason>``). Every language has exactly the
same keys.
"""

from __future__ import annotations

EN = {
    "nl_kind": "Notice of termination",
    "nl_title": "Notice of termination of agreement {number}",
    "nl_reference": "Reference",
    "nl_agreement": "Agreement",
    "nl_agreement_ref": "{number}, version {version}",
    "nl_content": "Agreement content, SHA-256",
    "nl_by": "Notice given by",
    "nl_given": "Notice given on",
    "nl_effective": "The agreement ends on",
    "nl_period": "Notice period",
    "nl_deadline": "Notice due by",
    "nl_no_period": "none",
    "nl_intro_customer": (
        "The customer, {customer}, gives notice to terminate agreement {number} (version {version}) "
        "with the provider, {provider}."
    ),
    "nl_intro_provider": (
        "The provider, {provider}, gives notice to terminate agreement {number} (version {version}) "
        "with the customer, {customer}."
    ),
    "nl_ends": "The agreement ends at the end of {effective}, the last day of its term, and is not renewed.",
    "nl_in_time": (
        "Notice was given on {given}, within the notice period of {period} that the agreement's terms "
        "require (notice was due by {deadline})."
    ),
    "nl_in_time_none": "Notice was given on {given}, by the last day of the term ({deadline}), as the agreement's terms allow.",
    "nl_continue": (
        "Until then the agreement continues unchanged: the services are delivered and monitored, and "
        "fees and service credits fall due as agreed."
    ),
    "nl_reason": "Reason",
    "nl_reason_price": "The price",
    "nl_reason_service_quality": "The quality of the service",
    "nl_reason_no_longer_needed": "The service is no longer needed",
    "nl_reason_changed_provider": "Change of provider",
    "nl_reason_other": "Another reason",
    "nl_gives": "gives notice",
    "nl_receives": "acknowledges receipt",
}

SV = {
    "nl_kind": "Uppsägning",
    "nl_title": "Uppsägning av avtal {number}",
    "nl_reference": "Referens",
    "nl_agreement": "Avtal",
    "nl_agreement_ref": "{number}, version {version}",
    "nl_content": "Avtalets innehåll, SHA-256",
    "nl_by": "Uppsagt av",
    "nl_given": "Uppsagt den",
    "nl_effective": "Avtalet upphör den",
    "nl_period": "Uppsägningstid",
    "nl_deadline": "Senaste dag för uppsägning",
    "nl_no_period": "ingen",
    "nl_intro_customer": (
        "Kunden, {customer}, säger upp avtal {number} (version {version}) med leverantören, {provider}."
    ),
    "nl_intro_provider": (
        "Leverantören, {provider}, säger upp avtal {number} (version {version}) med kunden, {customer}."
    ),
    "nl_ends": "Avtalet upphör vid utgången av den {effective}, avtalsperiodens sista dag, och förnyas inte.",
    "nl_in_time": (
        "Uppsägningen gjordes den {given}, inom den uppsägningstid på {period} som avtalets villkor "
        "kräver (senast den {deadline})."
    ),
    "nl_in_time_none": (
        "Uppsägningen gjordes den {given}, senast avtalsperiodens sista dag ({deadline}), som avtalets villkor tillåter."
    ),
    "nl_continue": (
        "Fram till dess gäller avtalet oförändrat: tjänsterna levereras och följs upp, och avgifter "
        "och servicekrediter förfaller enligt avtalet."
    ),
    "nl_reason": "Skäl",
    "nl_reason_price": "Priset",
    "nl_reason_service_quality": "Tjänstens kvalitet",
    "nl_reason_no_longer_needed": "Tjänsten behövs inte längre",
    "nl_reason_changed_provider": "Byte av leverantör",
    "nl_reason_other": "Annat skäl",
    "nl_gives": "säger upp",
    "nl_receives": "bekräftar mottagandet",
}

VI = {
    "nl_kind": "Thông báo chấm dứt",
    "nl_title": "Thông báo chấm dứt thỏa thuận {number}",
    "nl_reference": "Số tham chiếu",
    "nl_agreement": "Thỏa thuận",
    "nl_agreement_ref": "{number}, phiên bản {version}",
    "nl_content": "Nội dung thỏa thuận, SHA-256",
    "nl_by": "Bên thông báo",
    "nl_given": "Ngày thông báo",
    "nl_effective": "Thỏa thuận kết thúc ngày",
    "nl_period": "Thời hạn báo trước",
    "nl_deadline": "Hạn chót thông báo",
    "nl_no_period": "không có",
    "nl_intro_customer": (
        "Khách hàng, {customer}, thông báo chấm dứt thỏa thuận {number} (phiên bản {version}) "
        "với nhà cung cấp, {provider}."
    ),
    "nl_intro_provider": (
        "Nhà cung cấp, {provider}, thông báo chấm dứt thỏa thuận {number} (phiên bản {version}) "
        "với khách hàng, {customer}."
    ),
    "nl_ends": "Thỏa thuận kết thúc vào cuối ngày {effective}, ngày cuối cùng của thời hạn, và không được gia hạn.",
    "nl_in_time": (
        "Thông báo được đưa ra ngày {given}, trong thời hạn báo trước {period} mà các điều khoản của "
        "thỏa thuận yêu cầu (hạn chót là ngày {deadline})."
    ),
    "nl_in_time_none": (
        "Thông báo được đưa ra ngày {given}, không muộn hơn ngày cuối cùng của thời hạn ({deadline}), "
        "theo các điều khoản của thỏa thuận."
    ),
    "nl_continue": (
        "Cho đến ngày đó, thỏa thuận vẫn giữ nguyên hiệu lực: các dịch vụ tiếp tục được cung cấp và "
        "giám sát, phí và khoản bồi hoàn dịch vụ đến hạn như đã thỏa thuận."
    ),
    "nl_reason": "Lý do",
    "nl_reason_price": "Giá cả",
    "nl_reason_service_quality": "Chất lượng dịch vụ",
    "nl_reason_no_longer_needed": "Không còn cần dịch vụ",
    "nl_reason_changed_provider": "Chuyển sang nhà cung cấp khác",
    "nl_reason_other": "Lý do khác",
    "nl_gives": "bên thông báo",
    "nl_receives": "xác nhận đã nhận",
}

ID = {
    "nl_kind": "Pemberitahuan pengakhiran",
    "nl_title": "Pemberitahuan pengakhiran perjanjian {number}",
    "nl_reference": "Referensi",
    "nl_agreement": "Perjanjian",
    "nl_agreement_ref": "{number}, versi {version}",
    "nl_content": "Isi perjanjian, SHA-256",
    "nl_by": "Diberitahukan oleh",
    "nl_given": "Tanggal pemberitahuan",
    "nl_effective": "Perjanjian berakhir pada",
    "nl_period": "Jangka waktu pemberitahuan",
    "nl_deadline": "Batas pemberitahuan",
    "nl_no_period": "tidak ada",
    "nl_intro_customer": (
        "Pelanggan, {customer}, memberitahukan pengakhiran perjanjian {number} (versi {version}) "
        "dengan penyedia, {provider}."
    ),
    "nl_intro_provider": (
        "Penyedia, {provider}, memberitahukan pengakhiran perjanjian {number} (versi {version}) "
        "dengan pelanggan, {customer}."
    ),
    "nl_ends": "Perjanjian berakhir pada akhir hari {effective}, hari terakhir masa berlakunya, dan tidak diperpanjang.",
    "nl_in_time": (
        "Pemberitahuan diberikan pada {given}, dalam jangka waktu pemberitahuan {period} yang disyaratkan "
        "perjanjian (paling lambat {deadline})."
    ),
    "nl_in_time_none": (
        "Pemberitahuan diberikan pada {given}, paling lambat hari terakhir masa berlaku ({deadline}), "
        "sebagaimana diizinkan perjanjian."
    ),
    "nl_continue": (
        "Sampai saat itu perjanjian tetap berlaku tanpa perubahan: layanan diberikan dan dipantau, serta "
        "biaya dan kredit layanan jatuh tempo sesuai perjanjian."
    ),
    "nl_reason": "Alasan",
    "nl_reason_price": "Harga",
    "nl_reason_service_quality": "Mutu layanan",
    "nl_reason_no_longer_needed": "Layanan tidak diperlukan lagi",
    "nl_reason_changed_provider": "Beralih ke penyedia lain",
    "nl_reason_other": "Alasan lain",
    "nl_gives": "memberitahukan",
    "nl_receives": "mengakui penerimaan",
}

UK = {
    "nl_kind": "Повідомлення про припинення",
    "nl_title": "Повідомлення про припинення угоди {number}",
    "nl_reference": "Номер",
    "nl_agreement": "Угода",
    "nl_agreement_ref": "{number}, версія {version}",
    "nl_content": "Зміст угоди, SHA-256",
    "nl_by": "Повідомляє",
    "nl_given": "Дата повідомлення",
    "nl_effective": "Угода припиняється",
    "nl_period": "Строк попередження",
    "nl_deadline": "Повідомити до",
    "nl_no_period": "немає",
    "nl_intro_customer": (
        "Замовник, {customer}, повідомляє постачальника, {provider}, про припинення угоди {number} "
        "(версія {version})."
    ),
    "nl_intro_provider": (
        "Постачальник, {provider}, повідомляє замовника, {customer}, про припинення угоди {number} "
        "(версія {version})."
    ),
    "nl_ends": "Угода припиняється наприкінці дня {effective}, останнього дня її строку, і не продовжується.",
    "nl_in_time": (
        "Повідомлення надано {given}, з дотриманням строку попередження {period}, якого вимагають умови "
        "угоди (повідомити слід було до {deadline})."
    ),
    "nl_in_time_none": (
        "Повідомлення надано {given}, не пізніше останнього дня строку ({deadline}), як дозволяють умови угоди."
    ),
    "nl_continue": (
        "До того дня угода діє без змін: послуги надаються й контролюються, а плата та сервісні кредити "
        "нараховуються, як домовлено."
    ),
    "nl_reason": "Причина",
    "nl_reason_price": "Ціна",
    "nl_reason_service_quality": "Якість послуги",
    "nl_reason_no_longer_needed": "Послуга більше не потрібна",
    "nl_reason_changed_provider": "Перехід до іншого постачальника",
    "nl_reason_other": "Інша причина",
    "nl_gives": "повідомляє",
    "nl_receives": "підтверджує отримання",
}

NOTICE_LABELS: dict[str, dict[str, str]] = {"en": EN, "sv": SV, "vi": VI, "id": ID, "uk": UK}


def notice_labels_for(language: str) -> dict[str, str]:
    """The notice letter's labels in ``language``, English where it has none."""
    return NOTICE_LABELS.get(language, EN)
