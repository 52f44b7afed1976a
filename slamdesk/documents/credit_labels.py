"""Labels of the credit note, in every language slamdesk writes.

The credit note shares the agreement's labels (``labels.py``) for what both say (provider,
customer, service, level, version, measured ...); these are the words only it needs. Every
language has exactly the same keys.
"""

from __future__ import annotations

EN = {
    "cn_kind": "Credit note",
    "cn_title": "Service credits for {period}",
    "cn_reference": "Credit note",
    "cn_period": "Period",
    "cn_closed": "Figures closed on",
    "cn_agreement": "Agreement",
    "cn_agreement_ref": "{number}, version {version}",
    "cn_content": "Agreement content, SHA-256",
    "cn_intro": (
        "In {period} the availability committed for the services below was missed. Under the "
        "service-credit schedule of agreement {number}, version {version}, the customer is credited "
        "the amounts shown."
    ),
    "cn_none": "Every availability target was met in {period}: no service credit is owed.",
    "cn_target": "Target",
    "cn_measured": "Measured",
    "cn_shortfall": "Missed by",
    "cn_band": "Band applied",
    "cn_share": "Credit share",
    "cn_share_of": "{band}:\n{share} of the fee, {fee}",
    "cn_fee": "Fee for the period",
    "cn_credit": "Credit",
    "cn_total": "Total credit",
    "cn_points": "{value} points",
    "cn_capped": "Credits marked * are capped at {cap} of the fee.",
    "cn_settle": (
        "Amounts exclude tax. The credit is set off against the next invoice and is the customer's "
        "sole financial remedy for the misses shown."
    ),
}

SV = {
    "cn_kind": "Kreditnota",
    "cn_title": "Servicekrediter för {period}",
    "cn_reference": "Kreditnota",
    "cn_period": "Period",
    "cn_closed": "Siffrorna fastställda",
    "cn_agreement": "Avtal",
    "cn_agreement_ref": "{number}, version {version}",
    "cn_content": "Avtalets innehåll, SHA-256",
    "cn_intro": (
        "Under {period} uppnåddes inte den tillgänglighet som utlovats för tjänsterna nedan. Enligt "
        "servicekreditschemat i avtal {number}, version {version}, krediteras kunden de belopp som anges."
    ),
    "cn_none": "Alla tillgänglighetsmål uppnåddes under {period}: ingen servicekredit ska betalas.",
    "cn_target": "Mål",
    "cn_measured": "Uppmätt",
    "cn_shortfall": "Missat med",
    "cn_band": "Tillämpat intervall",
    "cn_share": "Kreditandel",
    "cn_share_of": "{band}:\n{share} av avgiften, {fee}",
    "cn_fee": "Avgift för perioden",
    "cn_credit": "Kredit",
    "cn_total": "Total kredit",
    "cn_points": "{value} procentenheter",
    "cn_capped": "Krediter markerade med * är begränsade till {cap} av avgiften.",
    "cn_settle": (
        "Beloppen är exklusive moms. Krediten kvittas mot nästa faktura och är kundens enda "
        "ekonomiska ersättning för de missar som anges."
    ),
}

VI = {
    "cn_kind": "Giấy báo có",
    "cn_title": "Khoản bồi hoàn dịch vụ cho kỳ {period}",
    "cn_reference": "Giấy báo có",
    "cn_period": "Kỳ",
    "cn_closed": "Số liệu chốt ngày",
    "cn_agreement": "Thỏa thuận",
    "cn_agreement_ref": "{number}, phiên bản {version}",
    "cn_content": "Nội dung thỏa thuận, SHA-256",
    "cn_intro": (
        "Trong kỳ {period}, mức sẵn sàng cam kết cho các dịch vụ dưới đây không đạt. Theo biểu bồi "
        "hoàn dịch vụ của thỏa thuận {number}, phiên bản {version}, khách hàng được ghi có các khoản nêu dưới đây."
    ),
    "cn_none": "Mọi mục tiêu sẵn sàng đều đạt trong kỳ {period}: không có khoản bồi hoàn dịch vụ nào.",
    "cn_target": "Mục tiêu",
    "cn_measured": "Đo được",
    "cn_shortfall": "Thiếu hụt",
    "cn_band": "Mức áp dụng",
    "cn_share": "Tỷ lệ bồi hoàn",
    "cn_share_of": "{band}:\n{share} của phí, {fee}",
    "cn_fee": "Phí của kỳ",
    "cn_credit": "Bồi hoàn",
    "cn_total": "Tổng bồi hoàn",
    "cn_points": "{value} điểm phần trăm",
    "cn_capped": "Các khoản bồi hoàn đánh dấu * bị giới hạn ở {cap} của phí.",
    "cn_settle": (
        "Số tiền chưa gồm thuế. Khoản bồi hoàn được trừ vào hóa đơn kế tiếp và là biện pháp tài chính "
        "duy nhất của khách hàng cho các trường hợp không đạt nêu trên."
    ),
}

ID = {
    "cn_kind": "Nota kredit",
    "cn_title": "Kredit layanan untuk {period}",
    "cn_reference": "Nota kredit",
    "cn_period": "Periode",
    "cn_closed": "Angka ditetapkan pada",
    "cn_agreement": "Perjanjian",
    "cn_agreement_ref": "{number}, versi {version}",
    "cn_content": "Isi perjanjian, SHA-256",
    "cn_intro": (
        "Pada {period} ketersediaan yang dijanjikan untuk layanan di bawah ini tidak tercapai. Berdasarkan "
        "jadwal kredit layanan perjanjian {number}, versi {version}, pelanggan dikreditkan sejumlah yang tercantum."
    ),
    "cn_none": "Semua target ketersediaan tercapai pada {period}: tidak ada kredit layanan yang terutang.",
    "cn_target": "Target",
    "cn_measured": "Terukur",
    "cn_shortfall": "Kurang sebesar",
    "cn_band": "Rentang yang berlaku",
    "cn_share": "Porsi kredit",
    "cn_share_of": "{band}:\n{share} dari biaya, {fee}",
    "cn_fee": "Biaya periode",
    "cn_credit": "Kredit",
    "cn_total": "Total kredit",
    "cn_points": "{value} poin persentase",
    "cn_capped": "Kredit bertanda * dibatasi {cap} dari biaya.",
    "cn_settle": (
        "Jumlah belum termasuk pajak. Kredit diperhitungkan pada faktur berikutnya dan merupakan satu-satunya "
        "ganti rugi finansial pelanggan atas kegagalan yang tercantum."
    ),
}

UK = {
    "cn_kind": "Кредит-нота",
    "cn_title": "Сервісні кредити за {period}",
    "cn_reference": "Кредит-нота",
    "cn_period": "Період",
    "cn_closed": "Показники зафіксовано",
    "cn_agreement": "Угода",
    "cn_agreement_ref": "{number}, версія {version}",
    "cn_content": "Зміст угоди, SHA-256",
    "cn_intro": (
        "У період {period} зобов'язану доступність наведених нижче послуг не досягнуто. Відповідно до "
        "графіка сервісних кредитів угоди {number}, версія {version}, замовнику зараховуються зазначені суми."
    ),
    "cn_none": "У період {period} усіх цілей доступності досягнуто: сервісні кредити не нараховуються.",
    "cn_target": "Ціль",
    "cn_measured": "Виміряно",
    "cn_shortfall": "Недосягнуто на",
    "cn_band": "Застосований діапазон",
    "cn_share": "Частка кредиту",
    "cn_share_of": "{band}:\n{share} плати, {fee}",
    "cn_fee": "Плата за період",
    "cn_credit": "Кредит",
    "cn_total": "Загальний кредит",
    "cn_points": "{value} відсоткового пункту",
    "cn_capped": "Кредити, позначені *, обмежено {cap} плати.",
    "cn_settle": (
        "Суми без податку. Кредит зараховується в наступний рахунок і є єдиним фінансовим "
        "відшкодуванням замовнику за зазначені недосягнення."
    ),
}

CREDIT_LABELS: dict[str, dict[str, str]] = {"en": EN, "sv": SV, "vi": VI, "id": ID, "uk": UK}


def credit_labels_for(language: str) -> dict[str, str]:
    """The credit note's labels in ``language``, English where it has none."""
    return CREDIT_LABELS.get(language, EN)
