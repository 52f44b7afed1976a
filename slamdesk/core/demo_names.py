"""The demo portfolio's words in its customers' languages: the catalogue's names, the reviewer's
approval and the provider's signatory title (``core.demo``; data, not rules), in each language a demo customer
speaks.

A provider fills these in the catalogue editor ("Names in other languages"); the demo does
so for every service and level, so each demo agreement's documents read wholly in its
customer's language.
"""

from __future__ import annotations

SERVICE_NAMES: dict[str, dict[str, str]] = {
    "SD": {"sv": "Servicedesk", "vi": "Bàn hỗ trợ dịch vụ", "id": "Meja layanan", "uk": "Служба підтримки"},
    "ONB": {"sv": "Start och avslut av användare", "vi": "Tạo và thu hồi tài khoản người dùng",
            "id": "Pembuatan dan penghapusan akun pengguna", "uk": "Підключення та відключення користувачів"},
    "NET": {"sv": "Nätverksövervakning", "vi": "Giám sát mạng", "id": "Pemantauan jaringan",
            "uk": "Моніторинг мережі"},
    "HW": {"sv": "Skrivar- och hårdvarusupport på plats", "vi": "Hỗ trợ máy in và phần cứng tại chỗ",
           "id": "Dukungan printer dan perangkat keras di lokasi", "uk": "Підтримка принтерів і обладнання на місці"},
    "FLD": {"sv": "Fälttekniker vid behov", "vi": "Kỹ thuật viên hiện trường theo yêu cầu",
            "id": "Teknisi lapangan sesuai permintaan", "uk": "Виїзні інженери на вимогу"},
}

LEVEL_NAMES: dict[str, dict[str, str]] = {
    "Bronze": {"sv": "Brons", "vi": "Đồng", "id": "Perunggu", "uk": "Бронзовий"},
    "Silver": {"sv": "Silver", "vi": "Bạc", "id": "Perak", "uk": "Срібний"},
    "Gold": {"sv": "Guld", "vi": "Vàng", "id": "Emas", "uk": "Золотий"},
    "Standard": {"sv": "Standard", "vi": "Tiêu chuẩn", "id": "Standar", "uk": "Стандартний"},
    "Priority": {"sv": "Prioriterad", "vi": "Ưu tiên", "id": "Prioritas", "uk": "Пріоритетний"},
    "Gold VIP (Fjällbacka Rederi)": {"sv": "Guld VIP (Fjällbacka Rederi)"},
}

APPROVED = {
    "sv": "Klausuler och priser kontrollerade.",
    "vi": "Đã kiểm tra các điều khoản và giá.",
    "id": "Klausul dan harga sudah diperiksa.",
    "uk": "Положення та ціни перевірено.",
}

ACCOUNT_MANAGER = {
    "sv": "Kundansvarig",
    "vi": "Quản lý khách hàng",
    "id": "Manajer akun",
    "uk": "Менеджер з роботи з клієнтами",
}
