<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Give notice on {number}</source>
            <translation>Beri pemberitahuan untuk {number}</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>Catat pemberitahuan</translation>
        </message>
        <message>
            <source>Record that notice was given to end {number} ({customer}). Its current term ends on {last_day}; notice for that end must be given by {deadline}. The agreement then ends on the term's last day and is not renewed. The reason is kept in its history.</source>
            <translation>Catat bahwa pemberitahuan telah diberikan untuk mengakhiri {number} ({customer}). Masa berlakunya saat ini berakhir pada {last_day}; pemberitahuan untuk akhir tersebut harus diberikan paling lambat {deadline}. Perjanjian kemudian berakhir pada hari terakhir masa berlaku dan tidak diperpanjang. Alasannya disimpan dalam riwayat perjanjian.</translation>
        </message>
        <message>
            <source>Given &amp;by:</source>
            <translation>&amp;Diberikan oleh:</translation>
        </message>
        <message>
            <source>Given &amp;on:</source>
            <translation>Diberikan pada &amp;tanggal:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>Berakhir pada tangga&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Rincian:</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Day</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>notice deadline</source>
            <translation>batas akhir pemberitahuan</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>diperpanjang</translation>
        </message>
        <message>
            <source>confirm renewal</source>
            <translation>konfirmasi perpanjangan</translation>
        </message>
        <message>
            <source>ends</source>
            <translation>berakhir</translation>
        </message>
        <message>
            <source>review</source>
            <translation>tinjauan</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n hari</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Just mine</source>
            <translation>Hanya milik saya (&amp;Q)</translation>
        </message>
        <message>
            <source>Only the agreements whose version in force you drafted</source>
            <translation>Hanya perjanjian yang versi berlakunya Anda susun</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Pengingat</translation>
        </message>
        <message>
            <source>Coming up within:</source>
            <translation>Jatuh tempo dalam:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Membaca…</translation>
        </message>
        <message>
            <source>Could not read the reminders: {error}</source>
            <translation>Tidak dapat membaca pengingat: {error}</translation>
        </message>
        <message>
            <source>Nothing falls due in the next {days} days</source>
            <translation>Tidak ada yang jatuh tempo dalam {days} hari ke depan</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the next {days} days</source>
            <translation>
                <numerusform>%n item dalam {days} hari ke depan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number}: {due} {when} and %n more</source>
            <translation>
                <numerusform>{number}: {due} {when} dan %n lainnya</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: {due} {when}</source>
            <translation>{number}: {due} {when}</translation>
        </message>
        <message>
            <source>slamdesk reminders</source>
            <translation>Pengingat slamdesk</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (hari ini)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (in %n day(s))</source>
            <translation>
                <numerusform>{day} (%n hari lagi)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) ago)</source>
            <translation>
                <numerusform>{day} (%n hari yang lalu)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>The next term runs from {start} to {last_day}.</source>
            <translation>Masa berlaku berikutnya berlangsung dari {start} sampai {last_day}.</translation>
        </message>
        <message>
            <source>Its terms allow no more renewals.</source>
            <translation>Ketentuannya tidak mengizinkan perpanjangan lagi.</translation>
        </message>
        <message>
            <source>{number} ({customer}) renews only when someone confirms it: unconfirmed, it expires after {last_day}.</source>
            <translation>{number} ({customer}) hanya diperpanjang jika ada yang mengonfirmasinya: tanpa konfirmasi, perjanjian berakhir setelah {last_day}.</translation>
        </message>
        <message>
            <source>Renew {number}</source>
            <translation>Perpanjang {number}</translation>
        </message>
        <message>
            <source>Confirm renewal</source>
            <translation>Konfirmasi perpanjangan</translation>
        </message>
        <message>
            <source>Confirmed &amp;on:</source>
            <translation>Dikonfirmasi pada &amp;tanggal:</translation>
        </message>
    </context>
    <context>
        <name>ReviewHeldDialog</name>
        <message>
            <source>Record the review of {number} ({customer}) once it has been held: who attended (one name a line), what was decided and what was said.</source>
            <translation>Catat tinjauan {number} ({customer}) setelah diadakan: siapa yang hadir (satu nama per baris), apa yang diputuskan, dan apa yang dibicarakan.</translation>
        </message>
        <message>
            <source>A review is due on {day}.</source>
            <translation>Tinjauan jatuh tempo pada {day}.</translation>
        </message>
        <message>
            <source>Periodic review of {number}</source>
            <translation>Tinjauan berkala {number}</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Catat tinjauan</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>The amendment version this review led to, once it is drafted</source>
            <translation>Versi amandemen yang dihasilkan tinjauan ini, setelah disusun</translation>
        </message>
        <message>
            <source>Held &amp;on:</source>
            <translation>Diadakan pada &amp;tanggal:</translation>
        </message>
        <message>
            <source>&amp;Attendees:</source>
            <translation>&amp;Peserta:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Keputusan:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>A&amp;mendment version:</source>
            <translation>Versi &amp;amandemen:</translation>
        </message>
    </context>
    <context>
        <name>TermActions</name>
        <message>
            <source>{number} is running and renews as agreed</source>
            <translation>{number} sedang berjalan dan diperpanjang sesuai kesepakatan</translation>
        </message>
        <message>
            <source>{number} is ending: notice was given or its renewal is not confirmed</source>
            <translation>{number} akan berakhir: pemberitahuan telah diberikan atau perpanjangannya belum dikonfirmasi</translation>
        </message>
        <message>
            <source>{number} is expired</source>
            <translation>{number} sudah kedaluwarsa</translation>
        </message>
        <message>
            <source>{number} is terminated</source>
            <translation>{number} sudah diakhiri</translation>
        </message>
        <message>
            <source>{number} is not signed yet</source>
            <translation>{number} belum ditandatangani</translation>
        </message>
        <message>
            <source>Term and re&amp;newal</source>
            <translation>Masa berlaku dan &amp;perpanjangan</translation>
        </message>
        <message>
            <source>&amp;Terms…</source>
            <translation>K&amp;etentuan…</translation>
        </message>
        <message>
            <source>A draft's start, initial term, renewal, notice and reviews</source>
            <translation>Mulai, masa awal, perpanjangan, pemberitahuan, dan tinjauan sebuah draf</translation>
        </message>
        <message>
            <source>Give &amp;notice…</source>
            <translation>Beri pemberi&amp;tahuan…</translation>
        </message>
        <message>
            <source>Record notice: the agreement ends at the end of a term</source>
            <translation>Catat pemberitahuan: perjanjian berakhir pada akhir masa berlaku</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Perpanjang…</translation>
        </message>
        <message>
            <source>Confirm an express renewal before the term ends</source>
            <translation>Konfirmasi perpanjangan eksplisit sebelum masa berlaku berakhir</translation>
        </message>
        <message>
            <source>Record periodic re&amp;view…</source>
            <translation>Catat tinjauan ber&amp;kala…</translation>
        </message>
        <message>
            <source>Who attended the periodic review and what was decided</source>
            <translation>Siapa yang menghadiri tinjauan berkala dan apa yang diputuskan</translation>
        </message>
        <message>
            <source>Notice &amp;letter…</source>
            <translation>&amp;Surat pemberitahuan…</translation>
        </message>
        <message>
            <source>Write the letter of the notice given as PDF (signed) and DOCX into the register</source>
            <translation>Tulis surat pemberitahuan yang diberikan sebagai PDF (ditandatangani) dan DOCX ke register</translation>
        </message>
        <message>
            <source>only a representative or an administrator records notice</source>
            <translation>hanya perwakilan atau administrator yang mencatat pemberitahuan</translation>
        </message>
        <message>
            <source>only a representative or an administrator renews</source>
            <translation>hanya perwakilan atau administrator yang memperpanjang</translation>
        </message>
        <message>
            <source>only a representative, a quality checker or an administrator records reviews</source>
            <translation>hanya perwakilan, pemeriksa mutu, atau administrator yang mencatat tinjauan</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: tidak sekarang, {reason}</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>pilih perjanjian di register</translation>
        </message>
        <message>
            <source>only a draft's terms change; amend {number} to change its terms</source>
            <translation>hanya ketentuan draf yang dapat diubah; buat amandemen {number} untuk mengubah ketentuannya</translation>
        </message>
        <message>
            <source>only a representative or an administrator sets terms</source>
            <translation>hanya perwakilan atau administrator yang menetapkan ketentuan</translation>
        </message>
        <message>
            <source>Terms of {number}</source>
            <translation>Ketentuan {number}</translation>
        </message>
        <message>
            <source>Terms of {number} saved</source>
            <translation>Ketentuan {number} disimpan</translation>
        </message>
        <message>
            <source>Notice recorded on {number}</source>
            <translation>Pemberitahuan dicatat untuk {number}</translation>
        </message>
        <message>
            <source>{number} renewed</source>
            <translation>{number} diperpanjang</translation>
        </message>
        <message>
            <source>Periodic review of {number} recorded</source>
            <translation>Tinjauan berkala {number} dicatat</translation>
        </message>
        <message>
            <source>the notice letter of {number}</source>
            <translation>surat pemberitahuan {number}</translation>
        </message>
        <message>
            <source>Notice letter of {number} written into {folder}: {files}</source>
            <translation>Surat pemberitahuan {number} ditulis ke {folder}: {files}</translation>
        </message>
    </context>
    <context>
        <name>TermDialogs</name>
        <message>
            <source>The customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Penyedia</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Service quality</source>
            <translation>Kualitas layanan</translation>
        </message>
        <message>
            <source>No longer needed</source>
            <translation>Tidak diperlukan lagi</translation>
        </message>
        <message>
            <source>Changing provider</source>
            <translation>Berganti penyedia</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>No renewal: it ends after the initial term</source>
            <translation>Tanpa perpanjangan: berakhir setelah masa awal</translation>
        </message>
        <message>
            <source>Renews by itself unless notice is given</source>
            <translation>Diperpanjang otomatis kecuali ada pemberitahuan</translation>
        </message>
        <message>
            <source>Renews only when someone confirms it</source>
            <translation>Diperpanjang hanya jika seseorang mengonfirmasinya</translation>
        </message>
        <message>
            <source>days</source>
            <translation>hari</translation>
        </message>
        <message>
            <source>months</source>
            <translation>bulan</translation>
        </message>
        <message>
            <source>Either party</source>
            <translation>Salah satu pihak</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Biarkan seperti adanya</translation>
        </message>
        <message>
            <source>Change a service level</source>
            <translation>Ubah tingkat layanan</translation>
        </message>
        <message>
            <source>Amend the terms</source>
            <translation>Ubah ketentuan</translation>
        </message>
        <message>
            <source>Terminate it</source>
            <translation>Akhiri perjanjian</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>Terms of {number}</source>
            <translation>Ketentuan {number}</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Simpan ketentuan</translation>
        </message>
        <message>
            <source>When {number} starts, how long it runs, whether it renews, how much notice ends it and how often it is reviewed. Its end date follows from the start and the initial term.</source>
            <translation>Kapan {number} mulai, berapa lama berlaku, apakah diperpanjang, berapa lama pemberitahuan untuk mengakhirinya, dan seberapa sering ditinjau. Tanggal berakhirnya mengikuti tanggal mulai dan masa awal.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>tanpa batas</translation>
        </message>
        <message>
            <source>no reviews</source>
            <translation>tanpa tinjauan</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Mulai pada:</translation>
        </message>
        <message>
            <source>&amp;Initial term (months):</source>
            <translation>Masa &amp;awal (bulan):</translation>
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation>&amp;Perpanjangan:</translation>
        </message>
        <message>
            <source>Each renewed &amp;term (months):</source>
            <translation>Setiap masa perpan&amp;jangan (bulan):</translation>
        </message>
        <message>
            <source>Renewals at &amp;most:</source>
            <translation>Perpanjangan paling &amp;banyak:</translation>
        </message>
        <message>
            <source>&amp;Notice period:</source>
            <translation>Jangka waktu pemberi&amp;tahuan:</translation>
        </message>
        <message>
            <source>Notice &amp;counted in:</source>
            <translation>Pemberitahuan &amp;dihitung dalam:</translation>
        </message>
        <message>
            <source>Notice &amp;given by:</source>
            <translation>Pemberitahuan &amp;oleh:</translation>
        </message>
        <message>
            <source>Re&amp;view every (months):</source>
            <translation>Tinjauan &amp;setiap (bulan):</translation>
        </message>
    </context>
</TS>
