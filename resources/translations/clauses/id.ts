<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>AgreementClausesDialog</name>
        <message>
            <source>Clauses of {number}</source>
            <translation>Klausul {number}</translation>
        </message>
        <message>
            <source>Clauses of {number} — slamdesk</source>
            <translation>Klausul {number} — slamdesk</translation>
        </message>
        <message>
            <source>Version {version} · {status} · clauses in {language} · {customer}</source>
            <translation>Versi {version} · {status} · klausul dalam {language} · {customer}</translation>
        </message>
        <message>
            <source>A signed agreement never changes: amend it to change its clauses in a new version.</source>
            <translation>Perjanjian yang sudah ditandatangani tidak pernah berubah: buat amendemen untuk mengubah klausulnya dalam versi baru.</translation>
        </message>
        <message>
            <source>A terminated agreement is kept as it was signed.</source>
            <translation>Perjanjian yang telah diakhiri disimpan seperti saat ditandatangani.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; reviewers can request changes.</source>
            <translation>Klausul hanya dapat diubah dalam draf; peninjau dapat meminta perubahan.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; an approved version goes on to signing.</source>
            <translation>Klausul hanya dapat diubah dalam draf; versi yang disetujui berlanjut ke penandatanganan.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft.</source>
            <translation>Klausul hanya dapat diubah dalam draf.</translation>
        </message>
        <message>
            <source>Read-only: version {version} is {status}. {advice}</source>
            <translation>Hanya baca: versi {version} berstatus {status}. {advice}</translation>
        </message>
        <message>
            <source>Read-only: {name} ({role}) cannot choose an agreement's clauses; representatives, legal reviewers and administrators can.</source>
            <translation>Hanya baca: {name} ({role}) tidak dapat memilih klausul perjanjian; perwakilan, peninjau hukum, dan administrator dapat melakukannya.</translation>
        </message>
        <message>
            <source>library v{version} · not in the agreement</source>
            <translation>pustaka v{version} · tidak ada dalam perjanjian</translation>
        </message>
        <message>
            <source>written for this agreement</source>
            <translation>ditulis untuk perjanjian ini</translation>
        </message>
        <message>
            <source>library v{version} · edited</source>
            <translation>pustaka v{version} · disunting</translation>
        </message>
        <message>
            <source>library v{version}</source>
            <translation>pustaka v{version}</translation>
        </message>
        <message>
            <source>Written for this agreement; there is no library text to compare with.</source>
            <translation>Ditulis untuk perjanjian ini; tidak ada teks pustaka sebagai pembanding.</translation>
        </message>
        <message>
            <source>From the library, version {version}. The library now has version {newest}.</source>
            <translation>Dari pustaka, versi {version}. Pustaka kini memiliki versi {newest}.</translation>
        </message>
        <message>
            <source>From the library, version {version}.</source>
            <translation>Dari pustaka, versi {version}.</translation>
        </message>
        <message>
            <source>Not in the agreement: tick it to include it and to edit the agreement's copy.</source>
            <translation>Tidak ada dalam perjanjian: centang untuk menyertakannya dan menyunting salinan perjanjian.</translation>
        </message>
        <message>
            <source>The agreement's own clause.</source>
            <translation>Klausul milik perjanjian ini sendiri.</translation>
        </message>
        <message>
            <source>Edited: this agreement's copy differs from the library.</source>
            <translation>Disunting: salinan perjanjian ini berbeda dari pustaka.</translation>
        </message>
        <message>
            <source>Same as the library text.</source>
            <translation>Sama dengan teks pustaka.</translation>
        </message>
        <message>
            <source>No library clause to compare with.</source>
            <translation>Tidak ada klausul pustaka sebagai pembanding.</translation>
        </message>
        <message>
            <source>No difference: the agreement uses the library text as it is.</source>
            <translation>Tidak ada perbedaan: perjanjian memakai teks pustaka apa adanya.</translation>
        </message>
        <message>
            <source>Save clauses</source>
            <translation>Simpan klausul</translation>
        </message>
        <message>
            <source>Store the ticked clauses in this version (Ctrl+S)</source>
            <translation>Simpan klausul yang dicentang di versi ini (Ctrl+S)</translation>
        </message>
        <message>
            <source>{number} version {version}</source>
            <translation>{number} versi {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) saved in {number}</source>
            <translation>
                <numerusform>%n klausul disimpan di {number}</numerusform>
            </translation>
        </message>
        <message>
            <source>The clauses of {number}</source>
            <translation>Klausul-klausul {number}</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>Move the clause up in the agreement (Alt+Up)</source>
            <translation>Pindahkan klausul ke atas dalam perjanjian (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the clause down in the agreement (Alt+Down)</source>
            <translation>Pindahkan klausul ke bawah dalam perjanjian (Alt+Down)</translation>
        </message>
        <message>
            <source>Reset to library text</source>
            <translation>Kembalikan ke teks pustaka</translation>
        </message>
        <message>
            <source>Put the library wording back (Ctrl+Z in the text undoes it)</source>
            <translation>Kembalikan kata-kata dari pustaka (Ctrl+Z di teks membatalkannya)</translation>
        </message>
        <message>
            <source>Clauses — tick those in the agreement</source>
            <translation>Klausul — centang yang termasuk dalam perjanjian</translation>
        </message>
        <message>
            <source>The agreement's wording</source>
            <translation>Kata-kata dalam perjanjian</translation>
        </message>
        <message>
            <source>Difference to library</source>
            <translation>Perbedaan dengan pustaka</translation>
        </message>
        <message>
            <source>compared with the library clause this copy was picked from</source>
            <translation>dibandingkan dengan klausul pustaka asal salinan ini</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Read the clauses again as stored, dropping your unsaved edits</source>
            <translation>Baca ulang klausul seperti yang tersimpan dan buang suntingan yang belum disimpan</translation>
        </message>
    </context>
    <context>
        <name>ClauseLibraryDialog</name>
        <message>
            <source>Clause library — slamdesk</source>
            <translation>Pustaka klausul — slamdesk</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n clause(s)</source>
            <translation>
                <numerusform>{shown} dari %n klausul</numerusform>
            </translation>
        </message>
        <message>
            <source>The clause “{title}”</source>
            <translation>Klausul “{title}”</translation>
        </message>
        <message>
            <source>{version} (latest)</source>
            <translation>{version} (terbaru)</translation>
        </message>
        <message>
            <source>Version {version}  (latest)</source>
            <translation>Versi {version}  (terbaru)</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versi {version}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Version {version}&lt;/b&gt; is the latest.</source>
            <translation>&lt;b&gt;Versi {version}&lt;/b&gt; adalah yang terbaru.</translation>
        </message>
        <message>
            <source>Choose an older version to see what changed since.</source>
            <translation>Pilih versi yang lebih lama untuk melihat perubahan sejak itu.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes from version {old} to version {latest}&lt;/b&gt; (latest)</source>
            <translation>&lt;b&gt;Perubahan dari versi {old} ke versi {latest}&lt;/b&gt; (terbaru)</translation>
        </message>
        <message>
            <source>Title: {old} → {new}</source>
            <translation>Judul: {old} → {new}</translation>
        </message>
        <message>
            <source>The text is the same; only the title changed.</source>
            <translation>Teksnya sama; hanya judulnya yang berubah.</translation>
        </message>
        <message>
            <source>Text of version {version} copied in; save to make it the latest version.</source>
            <translation>Teks versi {version} telah disalin; simpan untuk menjadikannya versi terbaru.</translation>
        </message>
        <message>
            <source>Read-only: you are working as {name} ({role}). The clause library is kept by legal reviewers and administrators; ask one of them to change a clause. Agreements may still edit their own copy.</source>
            <translation>Hanya baca: Anda bekerja sebagai {name} ({role}). Pustaka klausul dikelola oleh peninjau hukum dan administrator; mintalah salah satu dari mereka untuk mengubah klausul. Perjanjian tetap dapat menyunting salinannya sendiri.</translation>
        </message>
        <message>
            <source>Only legal reviewers and administrators add clauses</source>
            <translation>Hanya peninjau hukum dan administrator yang dapat menambahkan klausul</translation>
        </message>
        <message>
            <source>Unsaved changes: saving adds a new version; the old text stays in the history.</source>
            <translation>Ada perubahan yang belum disimpan: menyimpan akan menambah versi baru; teks lama tetap ada di riwayat.</translation>
        </message>
        <message>
            <source>Save clause</source>
            <translation>Simpan klausul</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>Disimpan sebagai versi {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) saved as version {version}</source>
            <translation>Klausul “{title}” ({language}) disimpan sebagai versi {version}</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert the changes to this clause first.</source>
            <translation>Simpan (Ctrl+S) atau kembalikan dulu perubahan pada klausul ini.</translation>
        </message>
        <message>
            <source>“{title}” added to the library as version {version}.</source>
            <translation>“{title}” ditambahkan ke pustaka sebagai versi {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) added to the library</source>
            <translation>Klausul “{title}” ({language}) ditambahkan ke pustaka</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Semua bahasa</translation>
        </message>
        <message>
            <source>Filter by key, title or text</source>
            <translation>Saring menurut kunci, judul, atau teks</translation>
        </message>
        <message>
            <source>Copy this text into the editor</source>
            <translation>Salin teks ini ke penyunting</translation>
        </message>
        <message>
            <source>Start from an older wording; save it to make it the latest version</source>
            <translation>Mulai dari kata-kata yang lebih lama; simpan untuk menjadikannya versi terbaru</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>&amp;Simpan sebagai versi baru</translation>
        </message>
        <message>
            <source>&amp;New clause…</source>
            <translation>Klausul ba&amp;ru…</translation>
        </message>
        <message>
            <source>Save as new version ({shortcut})</source>
            <translation>Simpan sebagai versi baru ({shortcut})</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <source>Drop the unsaved edits to this clause</source>
            <translation>Buang suntingan yang belum disimpan pada klausul ini</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Klausul baru…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Klausul</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Kunci:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versi:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Teks:</translation>
        </message>
        <message>
            <source>Version history of this clause in this language</source>
            <translation>Riwayat versi klausul ini dalam bahasa ini</translation>
        </message>
    </context>
    <context>
        <name>NewClauseDialog</name>
        <message>
            <source>New library clause</source>
            <translation>Klausul pustaka baru</translation>
        </message>
        <message>
            <source>A clause is known by its key in each language, e.g. &lt;i&gt;data_protection&lt;/i&gt;. Use an existing key to add that clause in another language; saving a key that already exists in the language adds a new version of it.</source>
            <translation>Klausul dikenali dari kuncinya dalam setiap bahasa, mis. &lt;i&gt;data_protection&lt;/i&gt;. Gunakan kunci yang sudah ada untuk menambahkan klausul itu dalam bahasa lain; menyimpan kunci yang sudah ada dalam bahasa tersebut akan menambah versi barunya.</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>Tambahkan ke pustaka</translation>
        </message>
        <message>
            <source>letters, digits and _, e.g. data_protection</source>
            <translation>huruf, angka, dan _, mis. data_protection</translation>
        </message>
        <message>
            <source>as printed in the agreement</source>
            <translation>seperti tercetak di perjanjian</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Kunci:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Teks:</translation>
        </message>
    </context>
</TS>
