<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgreementChooser</name>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>In this structure</source>
            <translation>Dalam struktur ini</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place {number} under…</source>
            <translation>Tempatkan {number} di bawah…</translation>
        </message>
        <message>
            <source>Link {number} as supporting…</source>
            <translation>Tautkan {number} sebagai pendukung…</translation>
        </message>
        <message>
            <source>Choose the agreement to hold it: a customer-level agreement of {customer}, or a corporate-level agreement (which can hold several customers' agreements).</source>
            <translation>Pilih perjanjian yang akan menaunginya: perjanjian tingkat pelanggan milik {customer}, atau perjanjian tingkat korporat (yang dapat menaungi perjanjian beberapa pelanggan).</translation>
        </message>
        <message>
            <source>Choose the customer or internal SLA it backs; the consistency check then compares their targets.</source>
            <translation>Pilih SLA pelanggan atau internal yang didukungnya; pemeriksaan konsistensi lalu membandingkan target keduanya.</translation>
        </message>
        <message>
            <source>Now under {number}.</source>
            <translation>Saat ini di bawah {number}.</translation>
        </message>
        <message>
            <source>Now not under any agreement.</source>
            <translation>Saat ini tidak berada di bawah perjanjian mana pun.</translation>
        </message>
        <message>
            <source>Now supports {number}.</source>
            <translation>Saat ini mendukung {number}.</translation>
        </message>
        <message>
            <source>Now not linked.</source>
            <translation>Saat ini tidak tertaut.</translation>
        </message>
        <message>
            <source>Search number, title or customer — or type an agreement number</source>
            <translation>Cari nomor, judul, atau pelanggan — atau ketik nomor perjanjian</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Perjanjian:</translation>
        </message>
        <message>
            <source>&amp;Backs:</source>
            <translation>&amp;Mendukung:</translation>
        </message>
        <message>
            <source>&amp;Place here</source>
            <translation>&amp;Tempatkan di sini</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Tautkan</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matching “{text}” (narrow the search).</source>
            <translation>
                <numerusform>%n hasil pertama yang cocok dengan “{text}” (persempit pencarian).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matching “{text}”.</source>
            <translation>
                <numerusform>%n hasil cocok dengan “{text}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No customer or internal SLA matches “{text}”. {button} uses the text as an agreement number.</source>
            <translation>Tidak ada SLA pelanggan atau internal yang cocok dengan “{text}”. {button} memakai teks ini sebagai nomor perjanjian.</translation>
        </message>
        <message numerus="yes">
            <source>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Menampilkan SLA pelanggan dan internal milik {customer} dan struktur ini (%n pertama; persempit pencarian). Ketik untuk mencari di semua SLA pelanggan dan internal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing customer and internal SLAs of {customer} and of this structure. Type to search every customer and internal SLA.</source>
            <translation>Menampilkan SLA pelanggan dan internal milik {customer} dan struktur ini. Ketik untuk mencari di semua SLA pelanggan dan internal.</translation>
        </message>
        <message numerus="yes">
            <source>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Menampilkan SLA dalam struktur ini serta SLA pelanggan dan internal terbaru (%n pertama; persempit pencarian). Ketik untuk mencari di semua SLA pelanggan dan internal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing SLAs of this structure and the newest customer and internal SLAs. Type to search every customer and internal SLA.</source>
            <translation>Menampilkan SLA dalam struktur ini serta SLA pelanggan dan internal terbaru. Ketik untuk mencari di semua SLA pelanggan dan internal.</translation>
        </message>
        <message>
            <source>Choose an agreement, or type its number</source>
            <translation>Pilih perjanjian, atau ketik nomornya</translation>
        </message>
        <message>
            <source>{warning}

Place {number} there?</source>
            <translation>{warning}

Tempatkan {number} di sana?</translation>
        </message>
        <message>
            <source>{target} belongs to {customer}, not {own}: placing {number} under it makes {target} a corporate-level agreement, holding agreements of both customers.</source>
            <translation>{target} milik {customer}, bukan {own}: menempatkan {number} di bawahnya menjadikan {target} perjanjian tingkat korporat yang menaungi perjanjian kedua pelanggan.</translation>
        </message>
        <message>
            <source>Cannot place</source>
            <translation>Tidak dapat menempatkan</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Tidak dapat menautkan</translation>
        </message>
    </context>
    <context>
        <name>StructureView</name>
        <message>
            <source>&amp;Place under…</source>
            <translation>&amp;Tempatkan di bawah…</translation>
        </message>
        <message>
            <source>Place the selected SLA under a customer- or corporate-level agreement</source>
            <translation>Tempatkan SLA terpilih di bawah perjanjian tingkat pelanggan atau korporat</translation>
        </message>
        <message>
            <source>&amp;Detach from parent</source>
            <translation>&amp;Lepaskan dari induk</translation>
        </message>
        <message>
            <source>Take the selected SLA out of the agreement it sits under</source>
            <translation>Keluarkan SLA terpilih dari perjanjian yang menaunginya</translation>
        </message>
        <message>
            <source>&amp;Link as supporting…</source>
            <translation>Tautkan sebagai &amp;pendukung…</translation>
        </message>
        <message>
            <source>Link the selected OLA or underpinning contract to the SLA it backs</source>
            <translation>Tautkan OLA atau kontrak penunjang terpilih ke SLA yang didukungnya</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Hapus tautan</translation>
        </message>
        <message>
            <source>Unlink the selected OLA or underpinning contract from the SLA it backs</source>
            <translation>Hapus tautan OLA atau kontrak penunjang terpilih dari SLA yang didukungnya</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Undo the last change to the structure</source>
            <translation>Batalkan perubahan terakhir pada struktur</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>Ulangi perubahan yang terakhir dibatalkan</translation>
        </message>
        <message>
            <source>&amp;Open agreement</source>
            <translation>&amp;Buka perjanjian</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Struktur</translation>
        </message>
        <message>
            <source>Structure of {number}</source>
            <translation>Struktur {number}</translation>
        </message>
        <message>
            <source>Corporate, customer and service levels, with the OLAs and underpinning contracts under the agreement they support.</source>
            <translation>Tingkat korporat, pelanggan, dan layanan, dengan OLA dan kontrak penunjang di bawah perjanjian yang didukungnya.</translation>
        </message>
        <message>
            <source>Supports {number}</source>
            <translation>Mendukung {number}</translation>
        </message>
        <message>
            <source>{number}: see the consistency warnings below</source>
            <translation>{number}: lihat peringatan konsistensi di bawah</translation>
        </message>
        <message>
            <source>No customer service in this structure to show terms for.</source>
            <translation>Tidak ada layanan pelanggan dalam struktur ini yang ketentuannya dapat ditampilkan.</translation>
        </message>
        <message>
            <source>Effective terms</source>
            <translation>Ketentuan yang berlaku</translation>
        </message>
        <message>
            <source>Structure of {number} — slamdesk</source>
            <translation>Struktur {number} — slamdesk</translation>
        </message>
        <message>
            <source>Consistency of supporting agreements</source>
            <translation>Konsistensi perjanjian pendukung</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>La&amp;yanan:</translation>
        </message>
        <message>
            <source>{name} ({role}) cannot change the structure; a {roles} can</source>
            <translation>{name} ({role}) tidak dapat mengubah struktur; {roles} dapat melakukannya</translation>
        </message>
        <message>
            <source>Select an agreement in the tree first</source>
            <translation>Pilih dulu perjanjian di pohon</translation>
        </message>
        <message>
            <source>{agreement} is not placed in the levels; use Link as supporting… instead</source>
            <translation>{agreement} tidak ditempatkan dalam tingkatan; gunakan Tautkan sebagai pendukung… sebagai gantinya</translation>
        </message>
        <message>
            <source>{number} is not under another agreement</source>
            <translation>{number} tidak berada di bawah perjanjian lain</translation>
        </message>
        <message>
            <source>{agreement} is placed in the levels; only an OLA or an underpinning contract is linked as supporting</source>
            <translation>{agreement} ditempatkan dalam tingkatan; hanya OLA atau kontrak penunjang yang ditautkan sebagai pendukung</translation>
        </message>
        <message>
            <source>{number} is not linked to an SLA</source>
            <translation>{number} tidak tertaut ke SLA mana pun</translation>
        </message>
        <message>
            <source>{agreement} is not a supporting agreement</source>
            <translation>{agreement} bukan perjanjian pendukung</translation>
        </message>
        <message>
            <source>Read only: {reason}.</source>
            <translation>Hanya baca: {reason}.</translation>
        </message>
        <message>
            <source>Undo: {change} (Ctrl+Z)</source>
            <translation>Batalkan: {change} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Tidak ada yang dapat dibatalkan</translation>
        </message>
        <message>
            <source>Redo: {change} (Ctrl+Shift+Z)</source>
            <translation>Ulangi: {change} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Tidak ada yang dapat diulangi</translation>
        </message>
        <message>
            <source>Acting on &lt;b&gt;{number}&lt;/b&gt; · {kind}</source>
            <translation>Bertindak atas &lt;b&gt;{number}&lt;/b&gt; · {kind}</translation>
        </message>
        <message>
            <source>{number}: nothing changed</source>
            <translation>{number}: tidak ada yang berubah</translation>
        </message>
        <message>
            <source>{change}: done</source>
            <translation>{change}: selesai</translation>
        </message>
        <message>
            <source>Cannot detach</source>
            <translation>Tidak dapat melepaskan</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Tidak dapat menghapus tautan</translation>
        </message>
        <message>
            <source>Undid: {change}</source>
            <translation>Dibatalkan: {change}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Tidak dapat membatalkan</translation>
        </message>
        <message>
            <source>Redid: {change}</source>
            <translation>Diulangi: {change}</translation>
        </message>
        <message>
            <source>Cannot redo</source>
            <translation>Tidak dapat mengulangi</translation>
        </message>
        <message>
            <source>The undo history of this window was cleared.</source>
            <translation>Riwayat pembatalan jendela ini telah dihapus.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Ketentuan</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>No inconsistencies</source>
            <translation>Tidak ada ketidakkonsistenan</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>tidak seorang pun</translation>
        </message>
        <message>
            <source>{others} or {last}</source>
            <translation>{others} atau {last}</translation>
        </message>
        <message>
            <source>Place {number} under {parent}</source>
            <translation>Tempatkan {number} di bawah {parent}</translation>
        </message>
        <message>
            <source>Detach {number} from {parent}</source>
            <translation>Lepaskan {number} dari {parent}</translation>
        </message>
        <message>
            <source>Link {number} to {backed}</source>
            <translation>Tautkan {number} ke {backed}</translation>
        </message>
        <message>
            <source>Unlink {number} from {backed}</source>
            <translation>Hapus tautan {number} dari {backed}</translation>
        </message>
    </context>
</TS>
