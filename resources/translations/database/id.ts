<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back up</source>
            <translation>Pencadangan</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>slamdesk backups (*.db)</source>
            <translation>Cadangan slamdesk (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Back &amp;up now…</source>
            <translation>Cadangkan &amp;sekarang…</translation>
        </message>
        <message>
            <source>Copy the database into the backups folder beside it, checked, while you keep working</source>
            <translation>Salin basis data ke folder cadangan di sebelahnya, dengan pemeriksaan, sementara Anda tetap bekerja</translation>
        </message>
        <message>
            <source>Rest&amp;ore…</source>
            <translation>P&amp;ulihkan…</translation>
        </message>
        <message>
            <source>Replace the database with a backup (administrators); the database as it is is kept as a backup first</source>
            <translation>Ganti basis data dengan cadangan (administrator); basis data saat ini disimpan dahulu sebagai cadangan</translation>
        </message>
        <message>
            <source>Backing up {database}…
The copy goes into the backups folder beside it, checked before it is kept.</source>
            <translation>Mencadangkan {database}…
Salinan masuk ke folder cadangan di sebelahnya dan diperiksa sebelum disimpan.</translation>
        </message>
        <message>
            <source>Backing up {database}…</source>
            <translation>Mencadangkan {database}…</translation>
        </message>
        <message>
            <source>Replace everything in {database} with the backup {backup} of {when}?</source>
            <translation>Ganti seluruh isi {database} dengan cadangan {backup} dari {when}?</translation>
        </message>
        <message>
            <source>Everything saved since then is replaced by the backup ({size}, schema {revision}), for everyone who uses {database}. The database as it is now is kept in the backups folder first, so you can go back to it.</source>
            <translation>Semua yang disimpan sejak saat itu akan diganti dengan cadangan ({size}, skema {revision}), bagi semua orang yang menggunakan {database}. Basis data saat ini disimpan dahulu di folder cadangan agar Anda dapat kembali ke sana.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Pulihkan</translation>
        </message>
        <message>
            <source>Restore: cancelled; nothing changed.</source>
            <translation>Pemulihan: dibatalkan; tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>Restoring {backup} into {database}…
First the database as it is now is kept as a backup; it is replaced when the copy is complete.</source>
            <translation>Memulihkan {backup} ke {database}…
Basis data saat ini disimpan dahulu sebagai cadangan; basis data diganti setelah penyalinan selesai.</translation>
        </message>
        <message>
            <source>Restoring {backup}…</source>
            <translation>Memulihkan {backup}…</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size})</source>
            <translation>Dicadangkan ke {path} ({size})</translation>
        </message>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: tidak dilakukan. {error}</translation>
        </message>
        <message>
            <source>No backup was made: {error}</source>
            <translation>Tidak ada cadangan yang dibuat: {error}</translation>
        </message>
        <message>
            <source>Restored {backup}. The database as it was is kept as {kept}.</source>
            <translation>{backup} telah dipulihkan. Basis data sebelumnya disimpan sebagai {kept}.</translation>
        </message>
        <message>
            <source>It is in {folder}.</source>
            <translation>Berkas itu ada di {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>Connect to a team database</source>
            <translation>Sambungkan ke basis data tim</translation>
        </message>
        <message>
            <source>your own PostgreSQL login</source>
            <translation>nama pengguna PostgreSQL Anda sendiri</translation>
        </message>
        <message>
            <source>leave empty to use ~/.pgpass</source>
            <translation>kosongkan untuk memakai ~/.pgpass</translation>
        </message>
        <message>
            <source>A register that the whole team shares lives on a PostgreSQL server. Sign in with your own login; your slamdesk profile is asked for next.</source>
            <translation>Register yang dipakai bersama seluruh tim berada di server PostgreSQL. Masuk dengan nama pengguna Anda sendiri; profil slamdesk Anda akan ditanyakan berikutnya.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Alamat server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>N&amp;omor port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Basis data:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Sa&amp;mbungkan</translation>
        </message>
        <message>
            <source>Give the server.</source>
            <translation>Isi server.</translation>
        </message>
        <message>
            <source>Give the database.</source>
            <translation>Isi basis data.</translation>
        </message>
        <message>
            <source>Give your login.</source>
            <translation>Isi nama pengguna Anda.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Sambungkan</translation>
        </message>
    </context>
</TS>
