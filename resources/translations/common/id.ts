<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About slamdesk</source>
            <translation>Tentang slamdesk</translation>
        </message>
        <message>
            <source>{database} (read-only: {reason})</source>
            <translation>{database} (hanya baca: {reason})</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lisensi</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Basis data</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Folder data</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Dibangun dengan</translation>
        </message>
        <message>
            <source>Service-level agreements from requirements to signature, and after.</source>
            <translation>Perjanjian tingkat layanan dari kebutuhan hingga tanda tangan, dan sesudahnya.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>unexpected error: {kind}: {error}</source>
            <translation>kesalahan tak terduga: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommentDialog</name>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Komentar:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
    </context>
    <context>
        <name>Diff</name>
        <message>
            <source>removed</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ditambahkan</translation>
        </message>
        <message>
            <source>No difference.</source>
            <translation>Tidak ada perbedaan.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Dalam tinjauan</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Perubahan diminta</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Diakhiri</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Perwakilan</translation>
        </message>
        <message>
            <source>Legal reviewer</source>
            <translation>Peninjau hukum</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Pemeriksa mutu</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Penanda tangan pelanggan</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Pengelola sistem</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Penyedia</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Pelanggan</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Dikirim ke pelanggan</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Disetujui pelanggan</translation>
        </message>
        <message>
            <source>{size} B</source>
            <translation>{size} B</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} KiB</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Pintasan papan ketik…</translation>
        </message>
        <message>
            <source>&amp;About slamdesk…</source>
            <translation>&amp;Tentang slamdesk…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Bahasa sistem ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk akan tampil dalam {language} saat dijalankan berikutnya.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>slamdesk: choose your profile</source>
            <translation>slamdesk: pilih profil Anda</translation>
        </message>
        <message>
            <source>slamdesk: sign in to act</source>
            <translation>slamdesk: masuk untuk melanjutkan</translation>
        </message>
        <message>
            <source>Who is working? Choose your profile; a profile with a passphrase asks for it.</source>
            <translation>Siapa yang bekerja? Pilih profil Anda; profil yang memiliki frasa sandi akan memintanya.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frasa sandi</translation>
        </message>
        <message>
            <source>required</source>
            <translation>wajib</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Masukkan frasa sandi Anda.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {person} changed {what} at {time}, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Tidak disimpan:&lt;/b&gt; {person} mengubah {what} pada {time}, setelah Anda membukanya. Suntingan Anda masih ada di sini. &lt;b&gt;Muat ulang&lt;/b&gt; menampilkan versi mereka dan membuang suntingan Anda yang belum disimpan.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {what} was changed elsewhere, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Tidak disimpan:&lt;/b&gt; {what} diubah di tempat lain setelah Anda membukanya. Suntingan Anda masih ada di sini. &lt;b&gt;Muat ulang&lt;/b&gt; menampilkan versi tersebut dan membuang suntingan Anda yang belum disimpan.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. No signing key exists yet: choose a passphrase of at least 8 characters to protect it and type it twice. Keep it safe; it is needed for every signed export.</source>
            <translation>Tulis {what} sebagai PDF dan DOCX ke register. PDF ditandatangani dengan kunci penyedia. Belum ada kunci penandatanganan: pilih frasa sandi minimal 8 karakter untuk melindunginya dan ketik dua kali. Simpan baik-baik; frasa sandi ini diperlukan untuk setiap ekspor bertanda tangan.</translation>
        </message>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. Type the passphrase of the provider's signing key.</source>
            <translation>Tulis {what} sebagai PDF dan DOCX ke register. PDF ditandatangani dengan kunci penyedia. Ketik frasa sandi kunci penandatanganan penyedia.</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Ekspor {what}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>&amp;Sign the PDF (PAdES, with the provider's certificate)</source>
            <translation>&amp;Tanda tangani PDF (PAdES, dengan sertifikat penyedia)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>&amp;Konfirmasi:</translation>
        </message>
        <message>
            <source>Export unsigned</source>
            <translation>Ekspor tanpa tanda tangan</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation>kedua frasa sandi tidak sama</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Fit width</source>
            <translation>Sesuaikan lebar</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Seluruh halaman</translation>
        </message>
        <message>
            <source>Preview of {number} (PDF, not exported)</source>
            <translation>Pratinjau {number} (PDF, belum diekspor)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ Se&amp;belumnya</translation>
        </message>
        <message>
            <source>Previous page ({keys})</source>
            <translation>Halaman sebelumnya ({keys})</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>Beri&amp;kutnya ▶</translation>
        </message>
        <message>
            <source>Next page ({keys})</source>
            <translation>Halaman berikutnya ({keys})</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Halaman pertama</translation>
        </message>
        <message>
            <source>First page ({keys})</source>
            <translation>Halaman pertama ({keys})</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Halaman terakhir</translation>
        </message>
        <message>
            <source>Last page ({keys})</source>
            <translation>Halaman terakhir ({keys})</translation>
        </message>
        <message>
            <source>Zoom out ({keys})</source>
            <translation>Perkecil ({keys})</translation>
        </message>
        <message>
            <source>Zoom in ({keys})</source>
            <translation>Perbesar ({keys})</translation>
        </message>
        <message>
            <source>Fit the page width ({keys})</source>
            <translation>Sesuaikan dengan lebar halaman ({keys})</translation>
        </message>
        <message>
            <source>Go to page</source>
            <translation>Buka halaman</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>dari {count}</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Perbesaran</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>&amp;Halaman</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Ekspor ke register…</translation>
        </message>
        <message>
            <source>A preview: the PDF as an export would write it, before the provider's signature. Nothing is written to the register.</source>
            <translation>Pratinjau: PDF sebagaimana akan ditulis oleh ekspor, sebelum tanda tangan penyedia. Tidak ada yang ditulis ke register.</translation>
        </message>
    </context>
    <context>
        <name>QuoteText</name>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n pengguna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n devices</source>
            <translation>
                <numerusform>%n perangkat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sites</source>
            <translation>
                <numerusform>%n lokasi</numerusform>
            </translation>
        </message>
        <message>
            <source>{level} cannot be offered:</source>
            <translation>{level} tidak dapat ditawarkan:</translation>
        </message>
        <message>
            <source>{level}: {amount} per month</source>
            <translation>{level}: {amount} per bulan</translation>
        </message>
        <message>
            <source>custom price (list {amount}): {reason}</source>
            <translation>harga khusus (harga daftar {amount}): {reason}</translation>
        </message>
        <message>
            <source>fixed fee {amount}</source>
            <translation>biaya tetap {amount}</translation>
        </message>
        <message>
            <source>volume discount {percent}</source>
            <translation>diskon volume {percent}</translation>
        </message>
        <message>
            <source>regional surcharge {percent}</source>
            <translation>biaya tambahan regional {percent}</translation>
        </message>
        <message>
            <source>{price} × {volume} per month</source>
            <translation>{price} × {volume} per bulan</translation>
        </message>
        <message>
            <source>{percent} availability, {coverage}</source>
            <translation>ketersediaan {percent}, {coverage}</translation>
        </message>
        <message>
            <source>{count} per month</source>
            <translation>{count} per bulan</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>harga tetap</translation>
        </message>
    </context>
    <context>
        <name>RedraftDialog</name>
        <message>
            <source>Update the lines of {number}</source>
            <translation>Perbarui baris {number}</translation>
        </message>
        <message>
            <source>Update lines</source>
            <translation>Perbarui baris</translation>
        </message>
        <message>
            <source>Replace the lines of {number} with the priced requirements of one of {customer}'s requirements documents, e.g. a new version made for this amendment.</source>
            <translation>Ganti baris {number} dengan kebutuhan yang sudah diberi harga dari salah satu dokumen kebutuhan {customer}, misalnya versi baru yang dibuat untuk amandemen ini.</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status}) — the agreement's now</source>
            <translation>{title}, versi {version} ({status}) — yang kini dipakai perjanjian</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status})</source>
            <translation>{title}, versi {version} ({status})</translation>
        </message>
        <message>
            <source>Requirements &amp;document:</source>
            <translation>&amp;Dokumen kebutuhan:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan papan ketik</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Di menu</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Perintah</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Tanda tangani {number}</translation>
        </message>
        <message>
            <source>Record a signature: the signatory's full name and title as they appear on the agreement. The first signature freezes this version.</source>
            <translation>Catat tanda tangan: nama lengkap dan jabatan penanda tangan sebagaimana tercantum dalam perjanjian. Tanda tangan pertama membekukan versi ini.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Tanda tangani</translation>
        </message>
        <message>
            <source>e.g. Account manager</source>
            <translation>mis. Manajer akun</translation>
        </message>
        <message>
            <source>&amp;Party:</source>
            <translation>&amp;Pihak:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Nama penanda tangan:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Jabatan penanda tangan:</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <source>Before {doing}: these have changes that are not saved.</source>
            <translation>Sebelum {doing}: item berikut memiliki perubahan yang belum disimpan.</translation>
        </message>
        <message>
            <source>&amp;Save all</source>
            <translation>&amp;Simpan semua</translation>
        </message>
        <message>
            <source>&amp;Discard all</source>
            <translation>&amp;Buang semua</translation>
        </message>
        <message>
            <source>{what} has changes that are not saved.</source>
            <translation>{what} memiliki perubahan yang belum disimpan.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseDialog</name>
        <message>
            <source>it</source>
            <translation>itu</translation>
        </message>
    </context>
</TS>
