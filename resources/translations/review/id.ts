<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>Checklist</name>
        <message>
            <source>The check passes.</source>
            <translation>Pemeriksaan lolos.</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks pass.</source>
            <translation>
                <numerusform>Semua %n pemeriksaan lolos.</numerusform>
            </translation>
        </message>
        <message>
            <source>{passed} Note: {notes}</source>
            <translation>{passed} Catatan: {notes}</translation>
        </message>
        <message numerus="yes">
            <source>{passing} of %n checks pass: {failures}</source>
            <translation>
                <numerusform>{passing} dari %n pemeriksaan lolos: {failures}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Quality check of {number}</source>
            <translation>Pemeriksaan kualitas {number}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versi {version}</translation>
        </message>
        <message>
            <source>Every item is checked automatically from the stored agreement. A version cannot be approved while an automatic item fails.</source>
            <translation>Setiap butir diperiksa secara otomatis dari perjanjian yang tersimpan. Sebuah versi tidak dapat disetujui selama ada butir otomatis yang gagal.</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Jalankan &amp;lagi</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Jalankan lagi pemeriksaan kualitas pada perjanjian yang tersimpan</translation>
        </message>
        <message>
            <source>Checked at {time}</source>
            <translation>Diperiksa pada {time}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>Passes</source>
            <translation>Lolos</translation>
        </message>
        <message>
            <source>A note: it does not block approval</source>
            <translation>Catatan: tidak menghalangi persetujuan</translation>
        </message>
        <message>
            <source>Fails</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>{item} (checked by hand)</source>
            <translation>{item} (diperiksa secara manual)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>lolos</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>gagal</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>The quality check has not run yet.</source>
            <translation>Pemeriksaan kualitas belum dijalankan.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardModel</name>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
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
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Putaran</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Peninjau</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Tenggat berikutnya</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>The earliest due date of a reviewer who has not decided yet</source>
            <translation>Tenggat paling awal dari peninjau yang belum memutuskan</translation>
        </message>
        <message>
            <source>all decided</source>
            <translation>semua sudah memutuskan</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardWindow</name>
        <message>
            <source>Review board — slamdesk</source>
            <translation>Papan tinjauan — slamdesk</translation>
        </message>
        <message>
            <source>Agreement number, customer or title</source>
            <translation>Nomor perjanjian, pelanggan, atau judul</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Semua peran</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>Mi&amp;lik saya</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Hanya te&amp;rlambat</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has passed their due date without deciding</source>
            <translation>Hanya perjanjian dengan peninjau yang melewati tenggatnya tanpa memutuskan</translation>
        </message>
        <message>
            <source>&amp;Waiting for a decision</source>
            <translation>Menunggu &amp;keputusan</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has not decided yet</source>
            <translation>Hanya perjanjian dengan peninjau yang belum memutuskan</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Muat &amp;ulang</translation>
        </message>
        <message>
            <source>Read the board again (F5)</source>
            <translation>Baca ulang papan (F5)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Te&amp;mukan</translation>
        </message>
        <message>
            <source>Cl&amp;ear filters</source>
            <translation>&amp;Hapus filter</translation>
        </message>
        <message>
            <source>Clear the search and every filter (Ctrl+Shift+L)</source>
            <translation>Hapus pencarian dan semua filter (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Peninjau:</translation>
        </message>
        <message>
            <source>Ro&amp;le:</source>
            <translation>P&amp;eran:</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Putaran tinjauan</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>Semua peninjau</translation>
        </message>
        <message>
            <source>Only the agreements {name} reviews</source>
            <translation>Hanya perjanjian yang ditinjau oleh {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n terlambat</numerusform>
            </translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>tidak ada yang terlambat</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>%n perjanjian dalam tinjauan · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n agreement(s) under review match</source>
            <translation>
                <numerusform>Tidak ada dari %n perjanjian dalam tinjauan yang cocok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>{count} dari %n perjanjian dalam tinjauan · {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue: a reviewer (among those the filters choose) has passed their due date without deciding. Read against {date}.</source>
            <translation>Terlambat: seorang peninjau (di antara yang dipilih filter) telah melewati tenggatnya tanpa memutuskan. Dihitung per {date}.</translation>
        </message>
        <message>
            <source>Select an agreement to see its review round: each reviewer's role, due date, decision and comments.</source>
            <translation>Pilih perjanjian untuk melihat putaran tinjauannya: peran, tenggat, keputusan, dan komentar setiap peninjau.</translation>
        </message>
        <message>
            <source>Version {version} is under review without a review round: nobody has been named to review it.</source>
            <translation>Versi {version} sedang ditinjau tanpa putaran tinjauan: belum ada yang ditunjuk untuk meninjaunya.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versi {version}</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} is no longer open.</source>
            <translation>Versi {version}, putaran tinjauan {round} sudah tidak terbuka.</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} ({status}), opened {when}</source>
            <translation>Versi {version}, putaran tinjauan {round} ({status}), dibuka {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier round(s)</source>
            <translation>
                <numerusform>%n putaran sebelumnya</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDecisionDialog</name>
        <message>
            <source>Approve your part of the review. The version is approved once every reviewer has approved and the quality check passes.</source>
            <translation>Setujui bagian tinjauan Anda. Versi disetujui setelah semua peninjau menyetujui dan pemeriksaan kualitas lolos.</translation>
        </message>
        <message>
            <source>Say what should change, anchored to the sections it concerns. Requesting changes closes the round and sends the version back to its author for a new version.</source>
            <translation>Sebutkan apa yang harus diubah, ditautkan ke bagian yang bersangkutan. Meminta perubahan akan menutup putaran dan mengembalikan versi kepada penyusunnya untuk dibuat versi baru.</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>Setujui {number}</translation>
        </message>
        <message>
            <source>Request changes to {number}</source>
            <translation>Minta perubahan pada {number}</translation>
        </message>
        <message>
            <source>You review as {name} ({role}).</source>
            <translation>Anda meninjau sebagai {name} ({role}).</translation>
        </message>
        <message>
            <source>You review as {name}.</source>
            <translation>Anda meninjau sebagai {name}.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versi {version}</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>drafted by {author}</source>
            <translation>disusun oleh {author}</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Putaran tinjauan</translation>
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
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>No review round is open on this version: a legal reviewer or quality checker decides alone.</source>
            <translation>Tidak ada putaran tinjauan yang terbuka untuk versi ini: peninjau hukum atau pemeriksa kualitas memutuskan sendiri.</translation>
        </message>
        <message numerus="yes">
            <source>Round {round} on version {version}: {approved} of %n reviewers have approved.</source>
            <translation>
                <numerusform>Putaran {round} pada versi {version}: {approved} dari %n peninjau telah menyetujui.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending — overdue</source>
            <translation>Menunggu — terlambat</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>{reviewer} (you)</source>
            <translation>{reviewer} (Anda)</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Your overall comment (optional)</source>
            <translation>Komentar umum Anda (opsional)</translation>
        </message>
        <message>
            <source>What should change, overall</source>
            <translation>Apa yang harus diubah, secara umum</translation>
        </message>
        <message>
            <source>&amp;Overall comment (anchored to “general”):</source>
            <translation>Komentar &amp;umum (ditautkan ke “general”):</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Comments on &amp;sections (a line, a clause, the pricing…):</source>
            <translation>Komentar pada &amp;bagian (baris, klausul, harga…):</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Tambah komentar</translation>
        </message>
        <message>
            <source>Re&amp;move comment</source>
            <translation>&amp;Hapus komentar</translation>
        </message>
        <message>
            <source>Quality checklist — your check</source>
            <translation>Daftar periksa kualitas — pemeriksaan Anda</translation>
        </message>
        <message>
            <source>Quality checklist</source>
            <translation>Daftar periksa kualitas</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Jalankan &amp;lagi</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Jalankan lagi pemeriksaan kualitas pada perjanjian yang tersimpan</translation>
        </message>
        <message>
            <source>Your comment on this section</source>
            <translation>Komentar Anda tentang bagian ini</translation>
        </message>
        <message>
            <source>You are not a reviewer in round {round} ({names}).</source>
            <translation>Anda bukan peninjau di putaran {round} ({names}).</translation>
        </message>
        <message>
            <source>You have decided on round {round} already ({decision}).</source>
            <translation>Anda sudah memutuskan di putaran {round} ({decision}).</translation>
        </message>
        <message>
            <source>Cannot approve while an automatic check fails: {items}.</source>
            <translation>Tidak dapat menyetujui selama ada pemeriksaan otomatis yang gagal: {items}.</translation>
        </message>
        <message>
            <source>The agreement is {status}, not in review.</source>
            <translation>Perjanjian berstatus {status}, tidak dalam tinjauan.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForms</name>
        <message>
            <source>the agreement as a whole</source>
            <translation>perjanjian secara keseluruhan</translation>
        </message>
        <message>
            <source>provider and customer</source>
            <translation>penyedia dan pelanggan</translation>
        </message>
        <message>
            <source>services and sites covered</source>
            <translation>layanan dan lokasi yang dicakup</translation>
        </message>
        <message>
            <source>prices and totals</source>
            <translation>harga dan total</translation>
        </message>
        <message>
            <source>service credits</source>
            <translation>kredit layanan</translation>
        </message>
        <message>
            <source>signatories and signing</source>
            <translation>penanda tangan dan penandatanganan</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>Minta perubahan</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Perubahan diminta</translation>
        </message>
    </context>
    <context>
        <name>ReviewRoundDialog</name>
        <message>
            <source>Submit {number} for review</source>
            <translation>Ajukan {number} untuk ditinjau</translation>
        </message>
        <message>
            <source>Submitting moves the draft into review and opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Pengajuan akan memindahkan draf ke tahap tinjauan dan membuka putaran tinjauan pada versi {version} dari “{title}” ({customer}), yang disusun oleh {author}. Setiap peninjau menyetujui atau meminta perubahan sebelum tenggat; satu permintaan perubahan akan mengembalikan versi kepada penyusunnya.</translation>
        </message>
        <message>
            <source>Start a review round on {number}</source>
            <translation>Mulai putaran tinjauan untuk {number}</translation>
        </message>
        <message>
            <source>This opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Ini membuka putaran tinjauan pada versi {version} dari “{title}” ({customer}), yang disusun oleh {author}. Setiap peninjau menyetujui atau meminta perubahan sebelum tenggat; satu permintaan perubahan akan mengembalikan versi kepada penyusunnya.</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Ajukan untuk ditinjau</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Mulai putaran</translation>
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
            <source>Due date</source>
            <translation>Tanggal tenggat</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Tambah peninjau</translation>
        </message>
        <message>
            <source>Re&amp;move reviewer</source>
            <translation>&amp;Hapus peninjau</translation>
        </message>
        <message>
            <source>&amp;Reviewers:</source>
            <translation>&amp;Peninjau:</translation>
        </message>
        <message>
            <source>When this reviewer should have decided</source>
            <translation>Kapan peninjau ini harus sudah memutuskan</translation>
        </message>
        <message>
            <source>Add at least one reviewer to send the version for review.</source>
            <translation>Tambahkan setidaknya satu peninjau untuk mengajukan versi untuk ditinjau.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message>
            <source>Legal reviewer</source>
            <translation>Peninjau hukum</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Pemeriksa kualitas</translation>
        </message>
        <message>
            <source>Customer representative</source>
            <translation>Perwakilan pelanggan</translation>
        </message>
        <message>
            <source>legal</source>
            <translation>hukum</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>kualitas</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>pelanggan</translation>
        </message>
        <message>
            <source>✓ approved</source>
            <translation>✓ disetujui</translation>
        </message>
        <message>
            <source>✗ changes requested</source>
            <translation>✗ meminta perubahan</translation>
        </message>
        <message>
            <source>open</source>
            <translation>terbuka</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>perubahan diminta</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Para pihak</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Harga</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Kredit layanan</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>No reviewers named yet</source>
            <translation>Belum ada peninjau yang ditunjuk</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) {decision}</source>
            <translation>{reviewer} ({role}) {decision}</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date} OVERDUE</source>
            <translation>{reviewer} ({role}) tenggat {date} TERLAMBAT</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date}</source>
            <translation>{reviewer} ({role}) tenggat {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>terlambat %n hari</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: submitted for review without a review round</source>
            <translation>{number}: diajukan untuk ditinjau tanpa putaran tinjauan</translation>
        </message>
        <message>
            <source>{number}, version {version}, review round {round}</source>
            <translation>{number}, versi {version}, putaran tinjauan {round}</translation>
        </message>
        <message>
            <source>{decision} on {when}</source>
            <translation>{decision} pada {when}</translation>
        </message>
        <message>
            <source>waiting, due {date} — {late}</source>
            <translation>menunggu, tenggat {date} — {late}</translation>
        </message>
        <message>
            <source>waiting, due {date}</source>
            <translation>menunggu, tenggat {date}</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Baris {number}</translation>
        </message>
        <message>
            <source>Clause “{name}”</source>
            <translation>Klausul “{name}”</translation>
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
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Keputusan</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Diputuskan pada</translation>
        </message>
        <message>
            <source>waiting — {late}</source>
            <translation>menunggu — {late}</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>menunggu</translation>
        </message>
    </context>
</TS>
