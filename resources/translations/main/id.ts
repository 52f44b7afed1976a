<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgreementActions</name>
        <message>
            <source>Su&amp;bmit for review…</source>
            <translation>Ajukan untuk &amp;tinjauan…</translation>
        </message>
        <message>
            <source>Send the draft to named reviewers with roles and due dates</source>
            <translation>Kirim draf kepada peninjau yang ditunjuk beserta peran dan tenggat waktunya</translation>
        </message>
        <message>
            <source>Start review &amp;round…</source>
            <translation>Mulai &amp;putaran tinjauan…</translation>
        </message>
        <message>
            <source>Send the version in review to named reviewers</source>
            <translation>Kirim versi yang sedang ditinjau kepada peninjau yang ditunjuk</translation>
        </message>
        <message>
            <source>&amp;Quality checklist…</source>
            <translation>Daftar periksa &amp;kualitas…</translation>
        </message>
        <message>
            <source>Run the automatic quality checks on the current version</source>
            <translation>Jalankan pemeriksaan kualitas otomatis pada versi saat ini</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Setujui…</translation>
        </message>
        <message>
            <source>Approve the agreement after review</source>
            <translation>Setujui perjanjian setelah tinjauan</translation>
        </message>
        <message>
            <source>Request &amp;changes…</source>
            <translation>Mi&amp;nta perubahan…</translation>
        </message>
        <message>
            <source>Send the agreement back with a comment</source>
            <translation>Kembalikan perjanjian dengan komentar</translation>
        </message>
        <message>
            <source>&amp;Revise</source>
            <translation>&amp;Revisi</translation>
        </message>
        <message>
            <source>Take the agreement back to draft to change it</source>
            <translation>Kembalikan perjanjian ke draf untuk mengubahnya</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>Tanda t&amp;angani…</translation>
        </message>
        <message>
            <source>See who has signed and who is next, and record a signature in that order</source>
            <translation>Lihat siapa yang sudah menandatangani dan siapa berikutnya, lalu catat tanda tangan sesuai urutan itu</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>&amp;Urutan penandatanganan…</translation>
        </message>
        <message>
            <source>Name each party's signatories and the order they sign in</source>
            <translation>Tentukan penanda tangan tiap pihak dan urutan mereka menandatangani</translation>
        </message>
        <message>
            <source>Act&amp;ivate</source>
            <translation>Akt&amp;ifkan</translation>
        </message>
        <message>
            <source>Put the signed agreement into force</source>
            <translation>Berlakukan perjanjian yang sudah ditandatangani</translation>
        </message>
        <message>
            <source>&amp;Terminate…</source>
            <translation>Ak&amp;hiri…</translation>
        </message>
        <message>
            <source>End the agreement, giving a reason</source>
            <translation>Akhiri perjanjian dengan menyebutkan alasannya</translation>
        </message>
        <message>
            <source>C&amp;lauses…</source>
            <translation>K&amp;lausul…</translation>
        </message>
        <message>
            <source>Pick the agreement's clauses from the library and edit its copies</source>
            <translation>Pilih klausul perjanjian dari pustaka dan sunting salinannya</translation>
        </message>
        <message>
            <source>Compare &amp;versions…</source>
            <translation>Bandingkan &amp;versi…</translation>
        </message>
        <message>
            <source>Compare two versions clause by clause and line by line</source>
            <translation>Bandingkan dua versi per klausul dan per baris</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>A&amp;mandemen…</translation>
        </message>
        <message>
            <source>Start a new draft version of a signed agreement, with its own review and signatures</source>
            <translation>Mulai versi draf baru dari perjanjian yang sudah ditandatangani, dengan tinjauan dan tanda tangannya sendiri</translation>
        </message>
        <message>
            <source>&amp;Update lines from requirements…</source>
            <translation>Perbarui baris dari ke&amp;butuhan…</translation>
        </message>
        <message>
            <source>Take this draft's lines from a newer version of the customer's requirements</source>
            <translation>Ambil baris draf ini dari versi kebutuhan pelanggan yang lebih baru</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Ekspor ke register…</translation>
        </message>
        <message>
            <source>Write PDF (signed) and DOCX into the register folder</source>
            <translation>Tulis PDF (bertanda tangan) dan DOCX ke folder register</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>Pratinjau P&amp;DF…</translation>
        </message>
        <message>
            <source>Show the agreement's PDF as an export would write it, before exporting</source>
            <translation>Tampilkan PDF perjanjian seperti yang akan ditulis ekspor, sebelum mengekspor</translation>
        </message>
        <message>
            <source>Preview the agreement's PDF (Ctrl+Shift+P)</source>
            <translation>Pratinjau PDF perjanjian (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>pilih perjanjian di register</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: tidak sekarang, {reason}</translation>
        </message>
        <message>
            <source>{number} sent for review</source>
            <translation>{number} telah diajukan untuk tinjauan</translation>
        </message>
        <message>
            <source>Review round started on {number}</source>
            <translation>Putaran tinjauan dimulai untuk {number}</translation>
        </message>
        <message>
            <source>Quality checklist of {number}</source>
            <translation>Daftar periksa kualitas {number}</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Revisi</translation>
        </message>
        <message>
            <source>{number} is a draft again</source>
            <translation>{number} kembali menjadi draf</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktifkan</translation>
        </message>
        <message>
            <source>{number} is active</source>
            <translation>{number} kini aktif</translation>
        </message>
        <message>
            <source>{number} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{number} sudah ada di register, sama persis hingga setiap bita: tidak ada yang ditulis ({folder})</translation>
        </message>
        <message>
            <source>Exported {number} (signed) into {folder}: {files}</source>
            <translation>{number} (bertanda tangan) diekspor ke {folder}: {files}</translation>
        </message>
        <message>
            <source>Exported {number} (unsigned) into {folder}: {files}</source>
            <translation>{number} (tanpa tanda tangan) diekspor ke {folder}: {files}</translation>
        </message>
        <message>
            <source>({formats} already there, not written again)</source>
            <translation>({formats} sudah ada, tidak ditulis ulang)</translation>
        </message>
        <message>
            <source>Clauses of {number}</source>
            <translation>Klausul {number}</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Versi {number}</translation>
        </message>
        <message>
            <source>Amend {number}</source>
            <translation>Amandemen {number}</translation>
        </message>
        <message>
            <source>Start amendment</source>
            <translation>Mulai amandemen</translation>
        </message>
        <message>
            <source>Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment is reviewed and signed. Say why it is amended.</source>
            <translation>Mulai versi draf baru dari {number}. Versi yang sudah ditandatangani tetap berlaku tanpa perubahan sampai amandemen ditinjau dan ditandatangani. Sebutkan alasan amandemen.</translation>
        </message>
        <message>
            <source>{number}: amendment started as a new draft version</source>
            <translation>{number}: amandemen dimulai sebagai versi draf baru</translation>
        </message>
        <message>
            <source>{number}: lines updated from the requirements</source>
            <translation>{number}: baris diperbarui dari kebutuhan</translation>
        </message>
        <message>
            <source>Preview of {number}</source>
            <translation>Pratinjau {number}</translation>
        </message>
        <message numerus="yes">
            <source>Preview of {number}: %n page(s)</source>
            <translation>
                <numerusform>Pratinjau {number}: %n halaman</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} approved</source>
            <translation>{number} disetujui</translation>
        </message>
        <message>
            <source>{number}: your approval is recorded; the other reviewers have yet to decide</source>
            <translation>{number}: persetujuan Anda dicatat; peninjau lain belum memutuskan</translation>
        </message>
        <message>
            <source>Changes requested on {number}</source>
            <translation>Perubahan diminta untuk {number}</translation>
        </message>
        <message>
            <source>Terminate {number}</source>
            <translation>Akhiri {number}</translation>
        </message>
        <message>
            <source>Terminate</source>
            <translation>Akhiri</translation>
        </message>
        <message>
            <source>Terminate {number}. The reason is kept in the audit trail.</source>
            <translation>Akhiri {number}. Alasannya disimpan dalam jejak audit.</translation>
        </message>
        <message>
            <source>{number} terminated</source>
            <translation>{number} diakhiri</translation>
        </message>
        <message>
            <source>Sign {number}</source>
            <translation>Tanda tangani {number}</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Urutan penandatanganan {number}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>acting as {name}</source>
            <translation>beralih ke {name}</translation>
        </message>
        <message>
            <source>Acting as {name} ({role})</source>
            <translation>Bertindak sebagai {name} ({role})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Ber&amp;kas</translation>
        </message>
        <message>
            <source>&amp;Agreement</source>
            <translation>&amp;Perjanjian</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Tinjauan</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Tampi&amp;lan</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Pe&amp;ngaturan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Bilah alat utama</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Membuka {title}…</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Membuka register…</translation>
        </message>
        <message>
            <source>{database} (read-only) — slamdesk</source>
            <translation>{database} (hanya-baca) — slamdesk</translation>
        </message>
        <message>
            <source>Agreement details</source>
            <translation>Detail perjanjian</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Pengingat</translation>
        </message>
        <message>
            <source>Acting as {name}</source>
            <translation>Bertindak sebagai {name}</translation>
        </message>
        <message>
            <source>Read-only: {reason}; changes cannot be saved</source>
            <translation>Hanya-baca: {reason}; perubahan tidak dapat disimpan</translation>
        </message>
        <message>
            <source>&amp;Apply saved filter</source>
            <translation>Ter&amp;apkan filter tersimpan</translation>
        </message>
        <message>
            <source>Acting as:</source>
            <translation>Bertindak sebagai:</translation>
        </message>
        <message>
            <source>No saved filters yet</source>
            <translation>Belum ada filter tersimpan</translation>
        </message>
        <message numerus="yes">
            <source>Demo portfolio loaded: %n agreement(s)</source>
            <translation>
                <numerusform>Portofolio demo dimuat: %n perjanjian</numerusform>
            </translation>
        </message>
        <message>
            <source>The register already holds data: no demo was added</source>
            <translation>Register sudah berisi data: demo tidak ditambahkan</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Muat portofolio demo</translation>
        </message>
        <message>
            <source>Updated with changes saved elsewhere</source>
            <translation>Diperbarui dengan perubahan yang disimpan di tempat lain</translation>
        </message>
        <message numerus="yes">
            <source>Register refreshed: %n agreement(s)</source>
            <translation>
                <numerusform>Register dimuat ulang: %n perjanjian</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export: this view shows no agreements.</source>
            <translation>Ekspor massal: tampilan ini tidak menampilkan perjanjian.</translation>
        </message>
        <message>
            <source>Batch export</source>
            <translation>Ekspor massal</translation>
        </message>
        <message>
            <source>This view shows no agreements: change the filters first.</source>
            <translation>Tampilan ini tidak menampilkan perjanjian: ubah filternya dahulu.</translation>
        </message>
        <message>
            <source>quitting</source>
            <translation>keluar</translation>
        </message>
        <message>
            <source>Select an agreement first.</source>
            <translation>Pilih perjanjian dahulu.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number} berstatus: {status}</translation>
        </message>
        <message>
            <source>{number} is recorded</source>
            <translation>{number} telah dicatat</translation>
        </message>
        <message>
            <source>&amp;New agreement…</source>
            <translation>Perjanjian &amp;baru…</translation>
        </message>
        <message>
            <source>Start the guided flow: customer, requirements, pricing, review, signing</source>
            <translation>Mulai alur terpandu: pelanggan, kebutuhan, harga, tinjauan, penandatanganan</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Cari…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team database…</source>
            <translation>Sambungkan ke basis data t&amp;im…</translation>
        </message>
        <message>
            <source>Work on the register your team shares on a PostgreSQL server</source>
            <translation>Bekerja pada register yang dibagikan tim Anda di server PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Requirements documents…</source>
            <translation>&amp;Dokumen kebutuhan…</translation>
        </message>
        <message>
            <source>Customers' requirements: trace them to the catalogue and price them</source>
            <translation>Kebutuhan pelanggan: telusuri ke katalog dan tentukan harganya</translation>
        </message>
        <message>
            <source>Service &amp;catalogue…</source>
            <translation>Katalog &amp;layanan…</translation>
        </message>
        <message>
            <source>Services, levels, targets and price models</source>
            <translation>Layanan, tingkat, target, dan model harga</translation>
        </message>
        <message>
            <source>Structure an&amp;d supporting agreements…</source>
            <translation>Stru&amp;ktur dan perjanjian pendukung…</translation>
        </message>
        <message>
            <source>C&amp;lause library…</source>
            <translation>&amp;Pustaka klausul…</translation>
        </message>
        <message>
            <source>Standard clauses in every language; legal reviewers keep them</source>
            <translation>Klausul standar dalam setiap bahasa; peninjau hukum mengelolanya</translation>
        </message>
        <message>
            <source>Review &amp;board…</source>
            <translation>Papan &amp;tinjauan…</translation>
        </message>
        <message>
            <source>Every agreement under review, each reviewer's status, what is overdue</source>
            <translation>Semua perjanjian yang sedang ditinjau, status tiap peninjau, apa yang terlambat</translation>
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation>&amp;Pemantauan…</translation>
        </message>
        <message>
            <source>How signed agreements keep their targets: figures, trend, breaches, credits</source>
            <translation>Seberapa baik perjanjian yang ditandatangani memenuhi targetnya: angka, tren, pelanggaran, kredit layanan</translation>
        </message>
        <message>
            <source>Export &amp;view to CSV or Excel…</source>
            <translation>Ekspor &amp;tampilan ke CSV atau Excel…</translation>
        </message>
        <message>
            <source>Write the agreements this view shows, as filtered and sorted, to a CSV or XLSX file</source>
            <translation>Tulis perjanjian yang ditampilkan tampilan ini, sesuai filter dan urutannya, ke berkas CSV atau XLSX</translation>
        </message>
        <message>
            <source>&amp;Batch export signed agreements…</source>
            <translation>Ekspor &amp;massal perjanjian bertanda tangan…</translation>
        </message>
        <message>
            <source>Write PDF and DOCX of every signed agreement in this view that is not in the register yet</source>
            <translation>Tulis PDF dan DOCX setiap perjanjian bertanda tangan dalam tampilan ini yang belum ada di register</translation>
        </message>
        <message>
            <source>Fi&amp;lters</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>Show or hide the filters above the register</source>
            <translation>Tampilkan atau sembunyikan filter di atas register</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: tidak dilakukan. {error}</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Opening the database</source>
            <translation>Buka basis data</translation>
        </message>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} di {host}</translation>
        </message>
    </context>
</TS>
