<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgreementWizard</name>
        <message>
            <source>New agreement</source>
            <translation>Perjanjian baru</translation>
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Choose the customer this agreement is for, or record a new one with a contact person.</source>
            <translation>Pilih pelanggan untuk perjanjian ini, atau catat pelanggan baru beserta narahubungnya.</translation>
        </message>
        <message>
            <source>&amp;Existing customer</source>
            <translation>Pelanggan yang &amp;ada</translation>
        </message>
        <message>
            <source>Ne&amp;w customer</source>
            <translation>Pelanggan ba&amp;ru</translation>
        </message>
        <message>
            <source>Registered company name</source>
            <translation>Nama perusahaan terdaftar</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Pilih negara…</translation>
        </message>
        <message>
            <source>e.g. IT manager</source>
            <translation>mis. Manajer TI</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Pelanggan:</translation>
        </message>
        <message>
            <source>Customer n&amp;ame:</source>
            <translation>&amp;Nama pelanggan:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>Ne&amp;gara:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Ba&amp;hasa:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>Nama k&amp;ontak:</translation>
        </message>
        <message>
            <source>Contact &amp;title:</source>
            <translation>&amp;Jabatan kontak:</translation>
        </message>
        <message>
            <source>Contact e-&amp;mail:</source>
            <translation>&amp;Email kontak:</translation>
        </message>
        <message>
            <source>Contact p&amp;hone:</source>
            <translation>&amp;Telepon kontak:</translation>
        </message>
        <message>
            <source>choose a customer or record a new one</source>
            <translation>pilih pelanggan atau catat pelanggan baru</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>The agreement is signed and in the register.</source>
            <translation>Perjanjian sudah ditandatangani dan tercatat di register.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed. It was not exported; select it in the register and choose &lt;i&gt;Export to register&lt;/i&gt; (Ctrl+E) when you need the documents.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; sudah ditandatangani. Perjanjian ini belum diekspor; pilih di register lalu pilih &lt;i&gt;Ekspor ke register&lt;/i&gt; (Ctrl+E) saat Anda memerlukan dokumennya.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed and these files were written into the register:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; sudah ditandatangani dan berkas berikut telah ditulis ke register:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Press &lt;i&gt;Finish&lt;/i&gt;: the register then shows the new agreement selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tekan &lt;i&gt;Selesai&lt;/i&gt;: register lalu menampilkan perjanjian baru dalam keadaan terpilih.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
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
            <translation>Perjanjian tingkat operasional (OLA)</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Kontrak pendukung</translation>
        </message>
        <message>
            <source>{name}, as legal reviewer</source>
            <translation>{name}, sebagai peninjau hukum</translation>
        </message>
        <message>
            <source>{name}, as quality checker</source>
            <translation>{name}, sebagai pemeriksa mutu</translation>
        </message>
        <message>
            <source>{name}, as customer representative</source>
            <translation>{name}, sebagai perwakilan pelanggan</translation>
        </message>
        <message>
            <source>Draft and review request</source>
            <translation>Draf dan permintaan tinjauan</translation>
        </message>
        <message>
            <source>Name the agreement and its period. The draft is then recorded and sent to a reviewer; after this step the requirements and prices are fixed.</source>
            <translation>Beri nama perjanjian dan tentukan periodenya. Draf kemudian dicatat dan dikirim ke peninjau; setelah langkah ini, kebutuhan dan harga tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <source>e.g. IT service-level agreement 2027–2028</source>
            <translation>mis. Perjanjian tingkat layanan TI 2027–2028</translation>
        </message>
        <message>
            <source>Agreement &amp;title:</source>
            <translation>&amp;Judul perjanjian:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>J&amp;enis:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Tanggal &amp;mulai:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Tanggal &amp;selesai:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Peninjau:</translation>
        </message>
        <message>
            <source>Review &amp;due by:</source>
            <translation>Batas &amp;waktu tinjauan:</translation>
        </message>
        <message>
            <source>Create draft and send for &amp;review</source>
            <translation>Buat draf dan kirim untuk &amp;tinjauan</translation>
        </message>
        <message numerus="yes">
            <source>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement(s), &lt;b&gt;{amount}&lt;/b&gt; per month.</source>
            <translation>
                <numerusform>Untuk &lt;b&gt;{customer}&lt;/b&gt;: %n kebutuhan, &lt;b&gt;{amount}&lt;/b&gt; per bulan.</numerusform>
            </translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Tidak ada profil lain yang boleh meninjau; tambahkan peninjau hukum atau pemeriksa mutu.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Contract register</source>
            <translation>Register kontrak</translation>
        </message>
        <message>
            <source>The signed agreement can be written as PDF and DOCX into the register folder, where each file is recorded with its SHA-256. The PDF is signed with the provider's key.</source>
            <translation>Perjanjian yang sudah ditandatangani dapat ditulis sebagai PDF dan DOCX ke folder register, tempat setiap berkas dicatat beserta SHA-256-nya. PDF ditandatangani dengan kunci penyedia.</translation>
        </message>
        <message>
            <source>&amp;Export PDF and DOCX into the register now</source>
            <translation>&amp;Ekspor PDF dan DOCX ke register sekarang</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is &lt;b&gt;signed&lt;/b&gt; by both parties: {amount} per month from {start} to {end}.&lt;br&gt;&lt;br&gt;Register folder: {folder}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; sudah &lt;b&gt;ditandatangani&lt;/b&gt; kedua pihak: {amount} per bulan dari {start} sampai {end}.&lt;br&gt;&lt;br&gt;Folder register: {folder}</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>Eks&amp;por</translation>
        </message>
        <message>
            <source>&amp;Continue without export</source>
            <translation>&amp;Lanjutkan tanpa ekspor</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>Role or title as printed on the agreement</source>
            <translation>Peran atau jabatan seperti tercetak di perjanjian</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Nama &amp;lengkap:</translation>
        </message>
        <message>
            <source>Full na&amp;me:</source>
            <translation>&amp;Nama lengkap:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Jabatan:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>Jab&amp;atan:</translation>
        </message>
        <message>
            <source>Recorded b&amp;y:</source>
            <translation>&amp;Dicatat oleh:</translation>
        </message>
        <message>
            <source>Re&amp;corded by:</source>
            <translation>Dicatat &amp;oleh:</translation>
        </message>
        <message>
            <source>Provider signatory: signed</source>
            <translation>Penanda tangan penyedia: sudah ditandatangani</translation>
        </message>
        <message>
            <source>Provider signatory</source>
            <translation>Penanda tangan penyedia</translation>
        </message>
        <message>
            <source>Customer signatory: signed</source>
            <translation>Penanda tangan pelanggan: sudah ditandatangani</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Penanda tangan pelanggan</translation>
        </message>
        <message>
            <source>Recorded by {name}.</source>
            <translation>Dicatat oleh {name}.</translation>
        </message>
    </context>
    <context>
        <name>PricingPage</name>
        <message>
            <source>Pricing</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Monthly price of each requirement at every service level. Choose a level per row, or click a price. Greyed prices cannot be offered; point at one to see why.</source>
            <translation>Harga bulanan setiap kebutuhan pada setiap tingkat layanan. Pilih satu tingkat per baris, atau klik sebuah harga. Harga berwarna abu-abu tidak dapat ditawarkan; arahkan penunjuk ke harga itu untuk melihat alasannya.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Tingkat terpilih</translation>
        </message>
        <message>
            <source>{amount} / month</source>
            <translation>{amount} / bulan</translation>
        </message>
        <message>
            <source>Choose a level…</source>
            <translation>Pilih tingkat…</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Total per bulan: pilih tingkat untuk setiap kebutuhan</translation>
        </message>
        <message>
            <source>Subtotal: {amount}</source>
            <translation>Subtotal: {amount}</translation>
        </message>
        <message>
            <source>Tax {rate}: {amount}</source>
            <translation>Pajak {rate}: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}</source>
            <translation>Total per bulan: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}  (some requirements have no level yet)</source>
            <translation>Total per bulan: {amount}  (beberapa kebutuhan belum memiliki tingkat)</translation>
        </message>
        <message>
            <source>choose a level for requirement {rows}</source>
            <translation>pilih tingkat untuk kebutuhan {rows}</translation>
        </message>
        <message>
            <source>choose a level for requirements {rows}</source>
            <translation>pilih tingkat untuk kebutuhan {rows}</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
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
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n pengguna</numerusform>
            </translation>
        </message>
        <message>
            <source>How many users the service is for</source>
            <translation>Untuk berapa pengguna layanan ini</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n perangkat</numerusform>
            </translation>
        </message>
        <message>
            <source>How many devices the service is for</source>
            <translation>Untuk berapa perangkat layanan ini</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n lokasi</numerusform>
            </translation>
        </message>
        <message>
            <source>How many sites the service is for</source>
            <translation>Untuk berapa lokasi layanan ini</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) per month</source>
            <translation>
                <numerusform>%n tiket per bulan</numerusform>
            </translation>
        </message>
        <message>
            <source>How many tickets per month the service is for</source>
            <translation>Untuk berapa tiket per bulan layanan ini</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) per month</source>
            <translation>
                <numerusform>%n item per bulan</numerusform>
            </translation>
        </message>
        <message>
            <source>How many items per month the service is for</source>
            <translation>Untuk berapa item per bulan layanan ini</translation>
        </message>
        <message>
            <source>e.g. Göteborg office</source>
            <translation>mis. Kantor Surabaya</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Mana saja</translation>
        </message>
        <message>
            <source>Where the site is; some levels are offered in some regions only</source>
            <translation>Letak lokasi; beberapa tingkat hanya ditawarkan di wilayah tertentu</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Hapus kebutuhan ini</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Jam layanan</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Kebutuhan</translation>
        </message>
        <message>
            <source>One row per need: which service, where, during which hours, for which priorities, how many.</source>
            <translation>Satu baris per kebutuhan: layanan apa, di mana, pada jam berapa, untuk prioritas apa, berapa banyak.</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>T&amp;ambah kebutuhan</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Pajak (mis. PPN) yang ditambahkan ke harga bulanan, dalam persen</translation>
        </message>
        <message>
            <source>&amp;Tax rate:</source>
            <translation>Tarif &amp;pajak:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Tinjauan</translation>
        </message>
        <message>
            <source>A legal reviewer or quality checker, not the author, reads the draft and approves it as themselves.</source>
            <translation>Peninjau hukum atau pemeriksa mutu, bukan penyusunnya, membaca draf dan menyetujuinya atas nama dirinya sendiri.</translation>
        </message>
        <message>
            <source>What was checked, and anything the signatories should know</source>
            <translation>Apa yang telah diperiksa, dan hal yang perlu diketahui para penanda tangan</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Peninjau:</translation>
        </message>
        <message>
            <source>Who acts:</source>
            <translation>Yang bertindak:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>K&amp;omentar:</translation>
        </message>
        <message>
            <source>&amp;Approve as reviewer</source>
            <translation>&amp;Setujui sebagai peninjau</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review; {name} is the reviewer named in its round.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; sedang ditinjau; {name} adalah peninjau yang ditunjuk dalam putaran ini.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; sedang ditinjau.</translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Tidak ada profil lain yang boleh meninjau; tambahkan peninjau hukum atau pemeriksa mutu.</translation>
        </message>
        <message>
            <source>{name} is signed in and approves now.</source>
            <translation>{name} sudah masuk dan menyetujui sekarang.</translation>
        </message>
        <message>
            <source>Only &lt;b&gt;{reviewer}&lt;/b&gt; can approve; {author} drafted it. Approving hands over: {reviewer} signs in to their own profile (with its passphrase, if it has one) and the approval is theirs.</source>
            <translation>Hanya &lt;b&gt;{reviewer}&lt;/b&gt; yang dapat menyetujui; {author} yang menyusunnya. Menyetujui berarti menyerahkan: {reviewer} masuk ke profilnya sendiri (dengan frasa sandinya, jika ada) dan persetujuan itu menjadi miliknya.</translation>
        </message>
        <message>
            <source>&amp;Approve as {name}…</source>
            <translation>&amp;Setujui sebagai {name}…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Setujui</translation>
        </message>
        <message>
            <source>Choose who reviews the agreement.</source>
            <translation>Pilih siapa yang meninjau perjanjian.</translation>
        </message>
        <message>
            <source>{name} approves {number}: sign in as {name} to act. The approval is recorded under this profile.</source>
            <translation>{name} menyetujui {number}: masuk sebagai {name} untuk bertindak. Persetujuan dicatat atas profil ini.</translation>
        </message>
        <message>
            <source>Approved by {name}.</source>
            <translation>Disetujui oleh {name}.</translation>
        </message>
    </context>
    <context>
        <name>SigningPage</name>
        <message>
            <source>Signatures</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>Type each signatory's name and title. The first signature freezes the agreement's content and its SHA-256; the second makes it signed. One person never records both.</source>
            <translation>Ketik nama dan jabatan setiap penanda tangan. Tanda tangan pertama membekukan isi perjanjian dan SHA-256-nya; tanda tangan kedua membuatnya sah ditandatangani. Satu orang tidak pernah mencatat keduanya.</translation>
        </message>
        <message>
            <source>&amp;Sign for both parties…</source>
            <translation>&amp;Tanda tangani untuk kedua pihak…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is approved and ready for signing.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; sudah disetujui dan siap ditandatangani.</translation>
        </message>
        <message>
            <source>No profile may record this signature; add one (a customer signatory) first.</source>
            <translation>Tidak ada profil yang boleh mencatat tanda tangan ini; tambahkan satu (penanda tangan pelanggan) terlebih dahulu.</translation>
        </message>
        <message>
            <source>Your profile may not record the provider's signature.</source>
            <translation>Profil Anda tidak boleh mencatat tanda tangan penyedia.</translation>
        </message>
        <message>
            <source>{name} is signed in and records it.</source>
            <translation>{name} sudah masuk dan mencatatnya.</translation>
        </message>
        <message>
            <source>{name} records it as themselves: they sign in when you sign (with their passphrase, if they have one).</source>
            <translation>{name} mencatatnya atas namanya sendiri: ia masuk saat Anda menandatangani (dengan frasa sandinya, jika ada).</translation>
        </message>
        <message>
            <source>{name} records the customer's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} mencatat tanda tangan pelanggan pada {number}: masuk sebagai {name} untuk bertindak. Tanda tangan dicatat atas profil ini.</translation>
        </message>
        <message>
            <source>{name} records the provider's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} mencatat tanda tangan penyedia pada {number}: masuk sebagai {name} untuk bertindak. Tanda tangan dicatat atas profil ini.</translation>
        </message>
        <message>
            <source>no profile may record the customer's signature here; add a customer signatory profile</source>
            <translation>tidak ada profil yang boleh mencatat tanda tangan pelanggan di sini; tambahkan profil penanda tangan pelanggan</translation>
        </message>
        <message>
            <source>no profile may record the provider's signature here; add a representative</source>
            <translation>tidak ada profil yang boleh mencatat tanda tangan penyedia di sini; tambahkan perwakilan</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {number} of {total} · {name}</source>
            <translation>Langkah {number} dari {total} · {name}</translation>
        </message>
        <message>
            <source>{name}'s profile is no longer active; nobody can act as them.</source>
            <translation>Profil {name} sudah tidak aktif; tidak ada yang dapat bertindak sebagai dia.</translation>
        </message>
    </context>
</TS>
