<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgreementDetail</name>
        <message>
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>perubahan diminta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, versi {version}</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} sampai {end}</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Nilai bulanan</translation>
        </message>
        <message>
            <source>{amount} before tax</source>
            <translation>{amount} belum termasuk pajak</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Disusun oleh</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>SHA-256 isi</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Ikhtisar</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Jam layanan</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Jml</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Harga satuan</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per bulan</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Ketersediaan</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Tinjauan</translation>
        </message>
        <message>
            <source>No review decisions yet.</source>
            <translation>Belum ada keputusan tinjauan.</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>tanpa komentar</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Peninjau</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>belum ditandatangani</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Pihak</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Penanda tangan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>Register documents</source>
            <translation>Dokumen register</translation>
        </message>
        <message>
            <source>Not exported into the register yet.</source>
            <translation>Belum diekspor ke register.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Diekspor</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <source>Batch export</source>
            <translation>Ekspor massal</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>Tidak ada yang perlu diekspor dalam tampilan ini; dilewati: {already} sudah diekspor, {unsigned} belum ditandatangani.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported.</source>
            <translation>Tidak ada yang perlu diekspor dalam tampilan ini; dilewati: {already} sudah diekspor.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {unsigned} not signed.</source>
            <translation>Tidak ada yang perlu diekspor dalam tampilan ini; dilewati: {unsigned} belum ditandatangani.</translation>
        </message>
        <message>
            <source>Nothing to export in this view.</source>
            <translation>Tidak ada yang perlu diekspor dalam tampilan ini.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>
                <numerusform>%n perjanjian akan diekspor; dilewati: {already} sudah diekspor, {unsigned} belum ditandatangani.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported.</source>
            <translation>
                <numerusform>%n perjanjian akan diekspor; dilewati: {already} sudah diekspor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {unsigned} not signed.</source>
            <translation>
                <numerusform>%n perjanjian akan diekspor; dilewati: {unsigned} belum ditandatangani.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported.</source>
            <translation>
                <numerusform>%n perjanjian akan diekspor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Ekspor massal dibatalkan: {exported} diekspor, {skipped} dilewati ({already} sudah diekspor, {unsigned} belum ditandatangani), %n kesalahan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Ekspor massal selesai: {exported} diekspor, {skipped} dilewati ({already} sudah diekspor, {unsigned} belum ditandatangani), %n kesalahan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) not started.</source>
            <translation>
                <numerusform>%n perjanjian belum dimulai.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export cancelled.</source>
            <translation>Ekspor massal dibatalkan.</translation>
        </message>
        <message>
            <source>Batch export finished.</source>
            <translation>Ekspor massal selesai.</translation>
        </message>
        <message numerus="yes">
            <source>{exported} (%n file(s) written into the register folder and recorded)</source>
            <translation>
                <numerusform>{exported} (%n berkas ditulis ke folder register dan dicatat)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Diekspor:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>Dilewati:</translation>
        </message>
        <message>
            <source>{skipped} ({already} already exported, {unsigned} not signed)</source>
            <translation>{skipped} ({already} sudah diekspor, {unsigned} belum ditandatangani)</translation>
        </message>
        <message>
            <source>Not started:</source>
            <translation>Belum dimulai:</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Kesalahan:</translation>
        </message>
        <message>
            <source>The agreement being written when you cancelled was finished; no other was started.</source>
            <translation>Perjanjian yang sedang ditulis saat Anda membatalkan telah diselesaikan; tidak ada perjanjian lain yang dimulai.</translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Tidak diekspor:</translation>
        </message>
        <message>
            <source>…and {more} more (see Show Details).</source>
            <translation>…dan {more} lainnya (lihat Tampilkan Detail).</translation>
        </message>
        <message numerus="yes">
            <source>the signed agreements among the %n agreement(s) of this view</source>
            <translation>
                <numerusform>perjanjian yang sudah ditandatangani di antara %n perjanjian dalam tampilan ini</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the agreements this view would export…</source>
            <translation>Menghitung perjanjian yang akan diekspor dari tampilan ini…</translation>
        </message>
        <message>
            <source>The view could not be read: {error}</source>
            <translation>Tampilan tidak dapat dibaca: {error}</translation>
        </message>
        <message>
            <source>Cancelling the batch export after the agreement in hand…</source>
            <translation>Membatalkan ekspor massal setelah perjanjian yang sedang diproses…</translation>
        </message>
        <message>
            <source>Batch export: not done. {error}</source>
            <translation>Ekspor massal: tidak dilakukan. {error}</translation>
        </message>
        <message>
            <source>The batch export stopped: {error}</source>
            <translation>Ekspor massal berhenti: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchProgressDialog</name>
        <message>
            <source>Reading the register view…</source>
            <translation>Membaca tampilan register…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>Cancelling: the agreement being written is finished and recorded; no other is started.</source>
            <translation>Membatalkan: perjanjian yang sedang ditulis diselesaikan dan dicatat; tidak ada yang lain dimulai.</translation>
        </message>
        <message>
            <source>Exporting {number} ({current} of {total})…
Cancel stops after this agreement; what is written stays in the register.</source>
            <translation>Mengekspor {number} ({current} dari {total})…
Batal akan berhenti setelah perjanjian ini; yang sudah ditulis tetap ada di register.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s).</source>
            <translation>
                <numerusform>%n perjanjian diekspor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Any customer</source>
            <translation>Semua pelanggan</translation>
        </message>
    </context>
    <context>
        <name>DaysBox</name>
        <message>
            <source>any</source>
            <translation>semua</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Preview PDF…</source>
            <translation>Pratinjau PDF…</translation>
        </message>
        <message>
            <source>Select an agreement in the register to see its details.</source>
            <translation>Pilih perjanjian di register untuk melihat detailnya.</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>No agreements match these filters.</source>
            <translation>Tidak ada perjanjian yang cocok dengan filter ini.</translation>
        </message>
        <message>
            <source>No agreements yet. Draft the first one, or load the demo portfolio to look around.</source>
            <translation>Belum ada perjanjian. Susun perjanjian pertama, atau muat portofolio demo untuk melihat-lihat.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Bersihkan filter</translation>
        </message>
        <message>
            <source>New agreement…</source>
            <translation>Perjanjian baru…</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Muat portofolio demo</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Customer SLA</source>
            <translation>SLA pelanggan</translation>
        </message>
        <message>
            <source>Internal SLA</source>
            <translation>SLA internal</translation>
        </message>
        <message>
            <source>Operational level agreement</source>
            <translation>Perjanjian tingkat operasional</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Kontrak pendukung</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>Any service</source>
            <translation>Semua layanan</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Agreements starting between today and this many days from now</source>
            <translation>Perjanjian yang mulai antara hari ini dan sekian hari dari sekarang</translation>
        </message>
        <message>
            <source>Agreements ending between today and this many days from now</source>
            <translation>Perjanjian yang berakhir antara hari ini dan sekian hari dari sekarang</translation>
        </message>
        <message>
            <source>Review d&amp;ue</source>
            <translation>Men&amp;unggu tinjauan</translation>
        </message>
        <message>
            <source>Agreements in review: a reviewer's decision is due</source>
            <translation>Perjanjian dalam tinjauan: keputusan peninjau sedang ditunggu</translation>
        </message>
        <message>
            <source>S&amp;ignature due</source>
            <translation>Menunggu t&amp;anda tangan</translation>
        </message>
        <message>
            <source>Approved agreements: the parties' signatures are due</source>
            <translation>Perjanjian yang disetujui: tanda tangan para pihak sedang ditunggu</translation>
        </message>
        <message>
            <source>Any experience</source>
            <translation>Semua pengalaman</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Pengalaman</translation>
        </message>
        <message>
            <source>The customer's experience in each agreement's last closed period, against the goals its requirements record</source>
            <translation>Pengalaman pelanggan pada periode tertutup terakhir setiap perjanjian, dibandingkan dengan sasaran yang dicatat dalam kebutuhannya</translation>
        </message>
        <message>
            <source>Agreements renewing by themselves whose last day to give notice falls between today and this many days from now</source>
            <translation>Perjanjian yang diperpanjang otomatis dengan batas akhir pemberitahuan antara hari ini dan sekian hari dari sekarang</translation>
        </message>
        <message>
            <source>Agreements that renew between today and this many days from now</source>
            <translation>Perjanjian yang diperpanjang antara hari ini dan sekian hari dari sekarang</translation>
        </message>
        <message>
            <source>Agreements whose next periodic review falls between today and this many days from now (0: due today)</source>
            <translation>Perjanjian yang tinjauan berkala berikutnya jatuh antara hari ini dan sekian hari dari sekarang (0: jatuh tempo hari ini)</translation>
        </message>
        <message>
            <source>E&amp;xpired</source>
            <translation>Kedalu&amp;warsa</translation>
        </message>
        <message>
            <source>Agreements that ended without a renewal</source>
            <translation>Perjanjian yang berakhir tanpa perpanjangan</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Custo&amp;mer:</source>
            <translation>P&amp;elanggan:</translation>
        </message>
        <message>
            <source>Servi&amp;ce:</source>
            <translation>La&amp;yanan:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>T&amp;ingkat layanan:</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>&amp;Mata uang:</translation>
        </message>
        <message>
            <source>Starts &amp;within:</source>
            <translation>Mulai &amp;dalam waktu:</translation>
        </message>
        <message>
            <source>E&amp;nds within:</source>
            <translation>Be&amp;rakhir dalam:</translation>
        </message>
        <message>
            <source>N&amp;otice within:</source>
            <translation>Batas pemberita&amp;huan dalam:</translation>
        </message>
        <message>
            <source>Renews within:</source>
            <translation>Perpanjangan dalam:</translation>
        </message>
        <message>
            <source>&amp;Periodic review within:</source>
            <translation>Tinjauan peri&amp;odik dalam:</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Nilai bulanan</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Pengalaman</translation>
        </message>
        <message>
            <source>Notice by</source>
            <translation>Batas pemberitahuan</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Diperpanjang</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Tinjauan berikutnya</translation>
        </message>
        <message>
            <source>Green outside, red inside</source>
            <translation>Hijau di luar, merah di dalam</translation>
        </message>
        <message>
            <source>Experience missed</source>
            <translation>Pengalaman tidak tercapai</translation>
        </message>
        <message>
            <source>Too few answers</source>
            <translation>Terlalu sedikit jawaban</translation>
        </message>
        <message>
            <source>Experience met</source>
            <translation>Pengalaman tercapai</translation>
        </message>
        <message>
            <source>Every target was met in the last closed period, but the customer's satisfaction or effort missed its goal</source>
            <translation>Semua target tercapai pada periode tertutup terakhir, tetapi kepuasan atau upaya pelanggan tidak mencapai sasarannya</translation>
        </message>
        <message>
            <source>The customer's satisfaction or effort missed its goal in the last closed period</source>
            <translation>Kepuasan atau upaya pelanggan tidak mencapai sasarannya pada periode tertutup terakhir</translation>
        </message>
        <message>
            <source>Fewer than 10 survey answers in the last closed period: nothing can be said</source>
            <translation>Kurang dari 10 jawaban survei pada periode tertutup terakhir: belum dapat disimpulkan</translation>
        </message>
        <message>
            <source>The customer's experience goals were met in the last closed period</source>
            <translation>Sasaran pengalaman pelanggan tercapai pada periode tertutup terakhir</translation>
        </message>
        <message>
            <source>The requirements record no experience goals</source>
            <translation>Kebutuhan tidak mencatat sasaran pengalaman</translation>
        </message>
        <message>
            <source>No period closed yet</source>
            <translation>Belum ada periode yang ditutup</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Diakhiri</translation>
        </message>
        <message>
            <source>amendment in draft</source>
            <translation>amandemen dalam draf</translation>
        </message>
        <message>
            <source>amendment in review</source>
            <translation>amandemen dalam tinjauan</translation>
        </message>
        <message>
            <source>amendment with changes requested</source>
            <translation>amandemen dengan perubahan diminta</translation>
        </message>
        <message>
            <source>amendment approved, to sign</source>
            <translation>amandemen disetujui, untuk ditandatangani</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in draft, is on its way</source>
            <translation>{status}, versi {version} (berlaku); versi {amendment}, amandemen dalam draf, sedang disiapkan</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in review, is on its way</source>
            <translation>{status}, versi {version} (berlaku); versi {amendment}, amandemen dalam tinjauan, sedang disiapkan</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment with changes requested, is on its way</source>
            <translation>{status}, versi {version} (berlaku); versi {amendment}, amandemen dengan perubahan diminta, sedang disiapkan</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment approved, to sign, is on its way</source>
            <translation>{status}, versi {version} (berlaku); versi {amendment}, amandemen yang disetujui, untuk ditandatangani, sedang disiapkan</translation>
        </message>
        <message>
            <source>amendment: {status}</source>
            <translation>amandemen: {status}</translation>
        </message>
        <message>
            <source>What the agreement's lines come to per month, before tax</source>
            <translation>Jumlah baris perjanjian per bulan, belum termasuk pajak</translation>
        </message>
        <message>
            <source>Not exported yet</source>
            <translation>Belum diekspor</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, versi {version}</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment} is on its way: {what}</source>
            <translation>{status}, versi {version} (berlaku); versi {amendment} sedang disiapkan: {what}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Search number, title, customer, contact, service or site</source>
            <translation>Cari nomor, judul, pelanggan, kontak, layanan, atau lokasi</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Bersihkan filter</translation>
        </message>
        <message>
            <source>Search, status and every filter back to any; the sort order stays</source>
            <translation>Pencarian, status, dan semua filter kembali ke semua; urutan tetap</translation>
        </message>
        <message>
            <source>Clear the search and every filter ({shortcut})</source>
            <translation>Bersihkan pencarian dan semua filter ({shortcut})</translation>
        </message>
        <message>
            <source>Click a column title to sort by it; click again to reverse</source>
            <translation>Klik judul kolom untuk mengurutkan; klik lagi untuk membalik urutan</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n perjanjian</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole register</source>
            <translation>Seluruh register</translation>
        </message>
        <message numerus="yes">
            <source>Narrowed by %n filter(s)</source>
            <translation>
                <numerusform>Dipersempit oleh %n filter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFilterDialog</name>
        <message>
            <source>Save filter</source>
            <translation>Simpan filter</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name, to pick again later from the Saved list. Saving under a name you already use replaces that filter.</source>
            <translation>Simpan pencarian, filter, dan urutan saat ini dengan sebuah nama, untuk dipilih lagi nanti dari daftar Tersimpan. Menyimpan dengan nama yang sudah dipakai akan menggantikan filter tersebut.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>e.g. Gold agreements ending this quarter</source>
            <translation>mis. Perjanjian Gold yang berakhir kuartal ini</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
    </context>
    <context>
        <name>SavedFilters</name>
        <message>
            <source>Your saved filters: pick one to show that view again</source>
            <translation>Filter tersimpan Anda: pilih salah satu untuk menampilkan tampilan itu lagi</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Simpan filter…</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name</source>
            <translation>Simpan pencarian, filter, dan urutan saat ini dengan sebuah nama</translation>
        </message>
        <message>
            <source>Save the current search, filters and sort under a name ({shortcut})</source>
            <translation>Simpan pencarian, filter, dan urutan saat ini dengan sebuah nama ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Delete saved filter…</source>
            <translation>&amp;Hapus filter tersimpan…</translation>
        </message>
        <message>
            <source>Forget the saved filter chosen in the Saved list</source>
            <translation>Lupakan filter tersimpan yang dipilih di daftar Tersimpan</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter ({shortcut})</source>
            <translation>Hapus filter tersimpan yang dipilih ({shortcut})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Simpan…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Save&amp;d:</source>
            <translation>&amp;Filter tersimpan:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Belum ada</translation>
        </message>
        <message>
            <source>Saved filter “{name}” is shown</source>
            <translation>Filter tersimpan “{name}” ditampilkan</translation>
        </message>
        <message>
            <source>Filter “{name}” replaced</source>
            <translation>Filter “{name}” diganti</translation>
        </message>
        <message>
            <source>Filter “{name}” saved</source>
            <translation>Filter “{name}” disimpan</translation>
        </message>
        <message>
            <source>Delete saved filter</source>
            <translation>Hapus filter tersimpan</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”? The register view itself stays as it is.</source>
            <translation>Hapus filter tersimpan “{name}”? Tampilan register itu sendiri tetap seperti adanya.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Saved filter “{name}” deleted</source>
            <translation>Filter tersimpan “{name}” dihapus</translation>
        </message>
    </context>
    <context>
        <name>SignatureBadge</name>
        <message>
            <source>File unreadable</source>
            <translation>Berkas tidak terbaca</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>Berkas hilang</translation>
        </message>
        <message>
            <source>no file at {path}</source>
            <translation>tidak ada berkas di {path}</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Tidak terverifikasi</translation>
        </message>
        <message>
            <source>Signed, intact</source>
            <translation>Ditandatangani, utuh</translation>
        </message>
        <message>
            <source>Unsigned</source>
            <translation>Tidak ditandatangani</translation>
        </message>
        <message>
            <source>Signature not trusted</source>
            <translation>Tanda tangan tidak tepercaya</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Diubah setelah ditandatangani</translation>
        </message>
    </context>
    <context>
        <name>ViewExport</name>
        <message>
            <source>Export register view</source>
            <translation>Ekspor tampilan register</translation>
        </message>
        <message>
            <source>CSV, comma-separated</source>
            <translation>CSV, dipisahkan koma</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Buku kerja Excel</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Tidak dapat menulis {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) to {file}…</source>
            <translation>
                <numerusform>Menulis %n perjanjian ke {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) of the register view to {file}…</source>
            <translation>
                <numerusform>Menulis %n perjanjian dari tampilan register ke {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s) to {path}</source>
            <translation>
                <numerusform>%n perjanjian diekspor ke {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export register view: not done. {reason}</source>
            <translation>Ekspor tampilan register: tidak dilakukan. {reason}</translation>
        </message>
        <message>
            <source>The register view was not exported. {reason}</source>
            <translation>Tampilan register tidak diekspor. {reason}</translation>
        </message>
    </context>
</TS>
