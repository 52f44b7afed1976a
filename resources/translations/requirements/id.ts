<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Record customer approval</source>
            <translation>Catat persetujuan pelanggan</translation>
        </message>
        <message>
            <source>{customer} approved version {version}. Who approved it on their side?</source>
            <translation>{customer} menyetujui versi {version}. Siapa yang menyetujuinya di pihak mereka?</translation>
        </message>
        <message>
            <source>Record approval</source>
            <translation>Catat persetujuan</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>dokumen kebutuhan</translation>
        </message>
        <message>
            <source>Full name, as the customer signed off</source>
            <translation>Nama lengkap, seperti saat pelanggan menyetujui</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Disetujui oleh:</translation>
        </message>
    </context>
    <context>
        <name>InfeasibleDialog</name>
        <message>
            <source>Requirement {number} ({service}, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Kebutuhan {number} ({service}, {site}) tidak dapat dipenuhi. Sebutkan apakah kendalanya teknis atau komersial, dan alasannya.</translation>
        </message>
        <message>
            <source>Requirement {number} (no service, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Kebutuhan {number} (tanpa layanan, {site}) tidak dapat dipenuhi. Sebutkan apakah kendalanya teknis atau komersial, dan alasannya.</translation>
        </message>
        <message>
            <source>Mark infeasible</source>
            <translation>Tandai tidak layak</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>dokumen kebutuhan</translation>
        </message>
        <message>
            <source>e.g. a 4-hour on-site response is offered in cities only</source>
            <translation>mis. respons di lokasi dalam 4 jam hanya tersedia di kota</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Requirement {number}: {service}, {site}. The list price of {level} is {price} per month. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Kebutuhan {number}: {service}, {site}. Harga daftar {level} adalah {price} per bulan. Harga khusus menggantikan harga daftar di penawaran harga dan perjanjian; alasannya disimpan.</translation>
        </message>
        <message>
            <source>Requirement {number}: {service}, {site}. Choose a level for this requirement first. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Kebutuhan {number}: {service}, {site}. Pilih tingkat untuk kebutuhan ini terlebih dahulu. Harga khusus menggantikan harga daftar di penawaran harga dan perjanjian; alasannya disimpan.</translation>
        </message>
        <message>
            <source>Custom price</source>
            <translation>Harga khusus</translation>
        </message>
        <message>
            <source>Set custom price</source>
            <translation>Tetapkan harga khusus</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>dokumen kebutuhan</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Harga bulanan</translation>
        </message>
        <message>
            <source>e.g. framework rate agreed with the customer's CFO</source>
            <translation>mis. tarif kerangka yang disepakati dengan CFO pelanggan</translation>
        </message>
        <message>
            <source>Monthly &amp;price:</source>
            <translation>Harga &amp;bulanan:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
    </context>
    <context>
        <name>PricingMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S).</source>
            <translation>Perubahan yang belum disimpan di tab Kebutuhan belum diberi harga sampai Anda menyimpan (Ctrl+S).</translation>
        </message>
        <message>
            <source>Custom &amp;price…</source>
            <translation>Harga kh&amp;usus…</translation>
        </message>
        <message>
            <source>A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)</source>
            <translation>Harga khusus (VIP) untuk kebutuhan yang dipilih, beserta alasannya (Ctrl+K)</translation>
        </message>
        <message>
            <source>&amp;Restore list price</source>
            <translation>Pu&amp;lihkan harga daftar</translation>
        </message>
        <message>
            <source>Drop the selected requirement's custom price (Ctrl+Shift+K)</source>
            <translation>Hapus harga khusus kebutuhan yang dipilih (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Click a price to choose that level. Greyed levels cannot be offered; the reason is shown.</source>
            <translation>Klik harga untuk memilih tingkat tersebut. Tingkat berwarna abu-abu tidak dapat ditawarkan; alasannya ditampilkan.</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Total per bulan: pilih tingkat untuk setiap kebutuhan</translation>
        </message>
        <message>
            <source>Chosen levels, subtotal: {subtotal}</source>
            <translation>Tingkat terpilih, subtotal: {subtotal}</translation>
        </message>
        <message>
            <source>Tax {rate}: {tax}</source>
            <translation>Pajak {rate}: {tax}</translation>
        </message>
        <message numerus="yes">
            <source>Total per month: {total}  (%n without a level yet)</source>
            <translation>
                <numerusform>Total per bulan: {total}  (%n kebutuhan belum memiliki tingkat)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total per month: {total}</source>
            <translation>Total per bulan: {total}</translation>
        </message>
        <message>
            <source>Choose level</source>
            <translation>Pilih tingkat</translation>
        </message>
        <message>
            <source>Requirement {number}: {level}</source>
            <translation>Kebutuhan {number}: {level}</translation>
        </message>
        <message>
            <source>Requirement {number}: no level</source>
            <translation>Kebutuhan {number}: tanpa tingkat</translation>
        </message>
        <message>
            <source>Custom price stored</source>
            <translation>Harga khusus disimpan</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Pulihkan harga daftar</translation>
        </message>
    </context>
    <context>
        <name>PricingModel</name>
        <message>
            <source>Marked infeasible (technical): {reason}</source>
            <translation>Ditandai tidak layak (teknis): {reason}</translation>
        </message>
        <message>
            <source>Marked infeasible (commercial): {reason}</source>
            <translation>Ditandai tidak layak (komersial): {reason}</translation>
        </message>
        <message>
            <source>{level}: {price}, chosen</source>
            <translation>{level}: {price}, dipilih</translation>
        </message>
        <message>
            <source>{level}: {price}, offered</source>
            <translation>{level}: {price}, ditawarkan</translation>
        </message>
        <message>
            <source>{level}: {price}, cannot be offered</source>
            <translation>{level}: {price}, tidak dapat ditawarkan</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>{level}: a level made for this customer</source>
            <translation>{level}: tingkat yang dibuat khusus untuk pelanggan ini</translation>
        </message>
        <message>
            <source>{service} has no level by this name</source>
            <translation>{service} tidak memiliki tingkat dengan nama ini</translation>
        </message>
        <message>
            <source>No service</source>
            <translation>Tanpa layanan</translation>
        </message>
        <message>
            <source>Marked infeasible ({kind}): {reason}</source>
            <translation>Ditandai tidak layak ({kind}): {reason}</translation>
        </message>
        <message>
            <source>No service in the catalogue matches this need: choose one on the Requirements tab or mark it infeasible.</source>
            <translation>Tidak ada layanan di katalog yang sesuai dengan kebutuhan ini: pilih satu di tab Kebutuhan atau tandai tidak layak.</translation>
        </message>
        <message>
            <source>not offered for this service</source>
            <translation>tidak ditawarkan untuk layanan ini</translation>
        </message>
        <message>
            <source>Custom price: {reason}</source>
            <translation>Harga khusus: {reason}</translation>
        </message>
        <message>
            <source>Total per month</source>
            <translation>Total per bulan</translation>
        </message>
        <message>
            <source>every requirement at this level, before and after tax</source>
            <translation>semua kebutuhan pada tingkat ini, sebelum dan sesudah pajak</translation>
        </message>
        <message>
            <source>{level} cannot be offered for every requirement, so it has no total to compare</source>
            <translation>{level} tidak dapat ditawarkan untuk semua kebutuhan, jadi tidak ada total untuk dibandingkan</translation>
        </message>
        <message>
            <source>+ {rate} tax = {total}</source>
            <translation>+ pajak {rate} = {total}</translation>
        </message>
        <message>
            <source>{level} for every requirement: {subtotal} + {rate} tax = {total}</source>
            <translation>{level} untuk semua kebutuhan: {subtotal} + pajak {rate} = {total}</translation>
        </message>
    </context>
    <context>
        <name>RequirementDetail</name>
        <message>
            <source>Selected requirement</source>
            <translation>Kebutuhan terpilih</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Apa yang dibutuhkan pelanggan, dengan kata-kata mereka sendiri</translation>
        </message>
        <message>
            <source>The outcome they expect, e.g. no sailing delayed by IT</source>
            <translation>Hasil yang mereka harapkan, mis. tidak ada pelayaran yang tertunda karena TI</translation>
        </message>
        <message>
            <source>What {priority} means for this customer</source>
            <translation>Arti {priority} bagi pelanggan ini</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>Kebutuha&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Ha&amp;sil:</translation>
        </message>
        <message>
            <source>Priority categories, and what each means for this customer</source>
            <translation>Kategori prioritas dan arti masing-masing bagi pelanggan ini</translation>
        </message>
        <message>
            <source>Requirement {number}</source>
            <translation>Kebutuhan {number}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDocumentsDialog</name>
        <message>
            <source>Requirements documents</source>
            <translation>Dokumen kebutuhan</translation>
        </message>
        <message>
            <source>Filter by customer or title</source>
            <translation>Saring menurut pelanggan atau judul</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>v{version}</source>
            <translation>v{version}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsEditor</name>
        <message>
            <source>e.g. Fleet expansion 2027</source>
            <translation>mis. Perluasan armada 2027</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Pajak (mis. PPN) yang ditambahkan ke harga bulanan, dalam persen</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Read the document again as stored, dropping your unsaved edits (F5)</source>
            <translation>Baca ulang dokumen sebagaimana tersimpan, membuang suntingan Anda yang belum disimpan (F5)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save the requirements</source>
            <translation>Simpan kebutuhan</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>&amp;Tambah kebutuhan</translation>
        </message>
        <message>
            <source>Add a requirement below the selected one</source>
            <translation>Tambahkan kebutuhan di bawah yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Remove requirement</source>
            <translation>&amp;Hapus kebutuhan</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Hapus kebutuhan yang dipilih</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pindah ke &amp;atas</translation>
        </message>
        <message>
            <source>Move the selected requirement up</source>
            <translation>Pindahkan kebutuhan yang dipilih ke atas</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Pindah ke &amp;bawah</translation>
        </message>
        <message>
            <source>Move the selected requirement down</source>
            <translation>Pindahkan kebutuhan yang dipilih ke bawah</translation>
        </message>
        <message>
            <source>Sen&amp;d to customer</source>
            <translation>&amp;Kirim ke pelanggan</translation>
        </message>
        <message>
            <source>Save and send this version to the customer for approval</source>
            <translation>Simpan dan kirim versi ini ke pelanggan untuk disetujui</translation>
        </message>
        <message>
            <source>Record customer a&amp;pproval…</source>
            <translation>Catat &amp;persetujuan pelanggan…</translation>
        </message>
        <message>
            <source>Record that the customer approved this version</source>
            <translation>Catat bahwa pelanggan telah menyetujui versi ini</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>Versi &amp;baru</translation>
        </message>
        <message>
            <source>Copy this document into a new draft version</source>
            <translation>Salin dokumen ini menjadi versi draf baru</translation>
        </message>
        <message>
            <source>Pre&amp;view PDF…</source>
            <translation>Prat&amp;injau PDF…</translation>
        </message>
        <message>
            <source>Show the document the customer will approve, as a PDF</source>
            <translation>Tampilkan dokumen yang akan disetujui pelanggan, sebagai PDF</translation>
        </message>
        <message>
            <source>&amp;Export for approval</source>
            <translation>&amp;Ekspor untuk persetujuan</translation>
        </message>
        <message>
            <source>Write this version as PDF and DOCX into the customer's register folder</source>
            <translation>Tulis versi ini sebagai PDF dan DOCX ke folder register pelanggan</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Read the document again, dropping unsaved changes</source>
            <translation>Baca ulang dokumen, membuang perubahan yang belum disimpan</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Tutup jendela ini</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Dokumen</translation>
        </message>
        <message>
            <source>&amp;Requirements</source>
            <translation>&amp;Kebutuhan</translation>
        </message>
        <message>
            <source>&amp;Trace</source>
            <translation>&amp;Penelusuran</translation>
        </message>
        <message>
            <source>&amp;Pricing</source>
            <translation>&amp;Harga</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Ta&amp;x rate:</source>
            <translation>Tari&amp;f pajak:</translation>
        </message>
        <message>
            <source>&amp;1 Requirements</source>
            <translation>&amp;1 Kebutuhan</translation>
        </message>
        <message>
            <source>&amp;2 Traceability</source>
            <translation>&amp;2 Ketertelusuran</translation>
        </message>
        <message>
            <source>&amp;3 Pricing</source>
            <translation>&amp;3 Harga</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Version {version} · &lt;b&gt;{status}&lt;/b&gt; · created {created}</source>
            <translation>Versi {version} · &lt;b&gt;{status}&lt;/b&gt; · dibuat {created}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Hanya baca:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was sent to the customer {sent} and awaits their approval. Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Hanya baca:&lt;/b&gt; versi {version} dikirim ke pelanggan {sent} dan menunggu persetujuan mereka. Catat persetujuan mereka (Ctrl+Shift+A), atau buat versi baru (Ctrl+Shift+N) untuk mengubahnya.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was approved by {approved_by} {approved}. Make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Hanya baca:&lt;/b&gt; versi {version} disetujui oleh {approved_by} {approved}. Buat versi baru (Ctrl+Shift+N) untuk mengubahnya.</translation>
        </message>
        <message>
            <source>{customer} — requirements v{version} — slamdesk</source>
            <translation>{customer} — kebutuhan v{version} — slamdesk</translation>
        </message>
        <message>
            <source>this requirements document</source>
            <translation>dokumen kebutuhan ini</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>{action}: not done. {reason}</source>
            <translation>{action}: tidak dilakukan. {reason}</translation>
        </message>
        <message>
            <source>Requirements v{version} for {customer} saved</source>
            <translation>Kebutuhan v{version} untuk {customer} disimpan</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>Kirim ke pelanggan</translation>
        </message>
        <message>
            <source>Version {version} sent to {customer}</source>
            <translation>Versi {version} dikirim ke {customer}</translation>
        </message>
        <message>
            <source>A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet.</source>
            <translation>Pratinjau: dokumen seperti yang akan ditulis oleh Ekspor untuk persetujuan (Ctrl+E). Belum ada yang ditulis.</translation>
        </message>
        <message>
            <source>Preview of {name}</source>
            <translation>Pratinjau {name}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Exported {first} and {second} into {folder}</source>
            <translation>{first} dan {second} diekspor ke {folder}</translation>
        </message>
        <message>
            <source>Exported {files} into {folder}</source>
            <translation>{files} diekspor ke {folder}</translation>
        </message>
        <message>
            <source>Version {version} approved by {approved_by}</source>
            <translation>Versi {version} disetujui oleh {approved_by}</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Versi baru</translation>
        </message>
        <message>
            <source>Version {version} for {customer} is a new draft</source>
            <translation>Versi {version} untuk {customer} adalah draf baru</translation>
        </message>
        <message>
            <source>The requirements document</source>
            <translation>Dokumen kebutuhan</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>The requirements document “{title}” of {customer}</source>
            <translation>Dokumen kebutuhan “{title}” milik {customer}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsLabels</name>
        <message>
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Terkirim ke pelanggan</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Disetujui pelanggan</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Teknis</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Komersial</translation>
        </message>
        <message>
            <source>P1 Critical</source>
            <translation>P1 Kritis</translation>
        </message>
        <message>
            <source>P2 High</source>
            <translation>P2 Tinggi</translation>
        </message>
        <message>
            <source>P3 Normal</source>
            <translation>P3 Sedang</translation>
        </message>
        <message>
            <source>P4 Low</source>
            <translation>P4 Rendah</translation>
        </message>
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>— none in the catalogue —</source>
            <translation>— tidak ada di katalog —</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Apa yang dibutuhkan pelanggan, dengan kata-kata mereka sendiri</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>The catalogue service that meets the need, or none</source>
            <translation>Layanan katalog yang memenuhi kebutuhan, atau tidak ada</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Where the service is delivered</source>
            <translation>Tempat layanan diberikan</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Some levels are offered in some regions only</source>
            <translation>Beberapa tingkat hanya ditawarkan di wilayah tertentu</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Jam layanan</translation>
        </message>
        <message>
            <source>24x7, or like Mon-Fri 08:00-17:00</source>
            <translation>24x7, atau seperti Mon-Fri 08:00-17:00 (nama hari dalam bahasa Inggris)</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <source>Priority categories the customer needs (edit them below the table)</source>
            <translation>Kategori prioritas yang dibutuhkan pelanggan (sunting di bawah tabel)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Number of users</source>
            <translation>Jumlah pengguna</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Perangkat</translation>
        </message>
        <message>
            <source>Number of devices</source>
            <translation>Jumlah perangkat</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Jumlah lokasi</translation>
        </message>
        <message>
            <source>Number of sites (at least 1)</source>
            <translation>Jumlah lokasi (minimal 1)</translation>
        </message>
        <message>
            <source>Tickets/mo</source>
            <translation>Tiket/bln</translation>
        </message>
        <message>
            <source>Expected tickets per month</source>
            <translation>Perkiraan tiket per bulan</translation>
        </message>
        <message>
            <source>Items/mo</source>
            <translation>Butir/bln</translation>
        </message>
        <message>
            <source>Expected delivered items (e.g. visits) per month</source>
            <translation>Perkiraan butir yang diberikan (mis. kunjungan) per bulan</translation>
        </message>
        <message>
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <source>Customer satisfaction goal, in percent (up to 100)</source>
            <translation>Target kepuasan pelanggan, dalam persen (maksimal 100)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Upaya</translation>
        </message>
        <message>
            <source>Customer effort goal, a score from 1 (easy) to 7</source>
            <translation>Target upaya pelanggan, skor dari 1 (mudah) sampai 7</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Hasil: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <source>Need</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Tingkat terpilih</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Harga bulanan</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Custom price (list {listed}): {reason}</source>
            <translation>Harga khusus (daftar {listed}): {reason}</translation>
        </message>
        <message>
            <source>{price} (custom)</source>
            <translation>{price} (khusus)</translation>
        </message>
    </context>
    <context>
        <name>Traceability</name>
        <message>
            <source>Traced</source>
            <translation>Tertelusur</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Tidak layak</translation>
        </message>
        <message>
            <source>No service matches</source>
            <translation>Tidak ada layanan yang cocok</translation>
        </message>
        <message>
            <source>No level chosen</source>
            <translation>Belum ada tingkat dipilih</translation>
        </message>
        <message>
            <source>Level cannot be offered</source>
            <translation>Tingkat tidak dapat ditawarkan</translation>
        </message>
        <message>
            <source>Infeasible (technical): {reason}</source>
            <translation>Tidak layak (teknis): {reason}</translation>
        </message>
        <message>
            <source>Infeasible (commercial): {reason}</source>
            <translation>Tidak layak (komersial): {reason}</translation>
        </message>
        <message>
            <source>Infeasible ({kind}): {reason}</source>
            <translation>Tidak layak ({kind}): {reason}</translation>
        </message>
        <message>
            <source>Level cannot be offered: {problems}</source>
            <translation>Tingkat tidak dapat ditawarkan: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} requirements need attention</source>
            <translation>
                <numerusform>%n dari {total} kebutuhan perlu perhatian</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n requirements are traced or marked infeasible</source>
            <translation>
                <numerusform>Semua %n kebutuhan sudah ditelusuri atau ditandai tidak layak</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked infeasible</source>
            <translation>
                <numerusform>%n ditandai tidak layak</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceabilityMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not traced until you save (Ctrl+S).</source>
            <translation>Perubahan yang belum disimpan di tab Kebutuhan belum ditelusuri sampai Anda menyimpan (Ctrl+S).</translation>
        </message>
        <message>
            <source>&amp;Mark infeasible…</source>
            <translation>&amp;Tandai tidak layak…</translation>
        </message>
        <message>
            <source>Mark the selected requirement infeasible, with a reason (Ctrl+I)</source>
            <translation>Tandai kebutuhan yang dipilih tidak layak, beserta alasannya (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Clear infeasible</source>
            <translation>&amp;Batalkan tidak layak</translation>
        </message>
        <message>
            <source>The selected requirement can be delivered after all (Ctrl+Shift+I)</source>
            <translation>Kebutuhan yang dipilih ternyata dapat dipenuhi (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>This version is read-only; make a new version to change it</source>
            <translation>Versi ini hanya baca; buat versi baru untuk mengubahnya</translation>
        </message>
        <message>
            <source>Clear infeasible</source>
            <translation>Batalkan tidak layak</translation>
        </message>
    </context>
</TS>
