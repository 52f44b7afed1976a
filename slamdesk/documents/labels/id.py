"""Labels of contract documents in Indonesian (``id``); the keys are those of every language."""

from __future__ import annotations

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
