<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>VersionCompareDialog</name>
        <message>
            <source>Compare versions of {number} — slamdesk</source>
            <translation>Bandingkan versi {number} — slamdesk</translation>
        </message>
        <message>
            <source>⇄ Swap</source>
            <translation>⇄ Tukar</translation>
        </message>
        <message>
            <source>Exchange the two versions</source>
            <translation>Tukar kedua versi</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Ketentuan</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Sebelum</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sesudah</translation>
        </message>
        <message>
            <source>Line / field</source>
            <translation>Baris / kolom</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Ketentuan</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Klausul</translation>
        </message>
        <message>
            <source>Compare &amp;version:</source>
            <translation>Bandingkan &amp;versi:</translation>
        </message>
        <message>
            <source>&amp;with:</source>
            <translation>&amp;dengan:</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Versi-versi {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s); version {current} is the current one.</source>
            <translation>
                <numerusform>%n versi; versi {current} adalah versi saat ini.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {version} — {status} (current)</source>
            <translation>Versi {version} — {status} (saat ini)</translation>
        </message>
        <message>
            <source>Version {version} — {status}</source>
            <translation>Versi {version} — {status}</translation>
        </message>
        <message>
            <source>Compare versions of {number}</source>
            <translation>Bandingkan versi {number}</translation>
        </message>
        <message>
            <source>Version {version} compared with itself: choose two different versions.</source>
            <translation>Versi {version} dibandingkan dengan dirinya sendiri: pilih dua versi yang berbeda.</translation>
        </message>
        <message>
            <source>Terms ({count})</source>
            <translation>Ketentuan ({count})</translation>
        </message>
        <message>
            <source>Lines ({count})</source>
            <translation>Baris ({count})</translation>
        </message>
        <message>
            <source>Clauses ({count})</source>
            <translation>Klausul ({count})</translation>
        </message>
        <message>
            <source>The terms (dates, monthly total, tax rate) are the same.</source>
            <translation>Ketentuan (tanggal, total bulanan, tarif pajak) sama.</translation>
        </message>
        <message>
            <source>in version {version}</source>
            <translation>di versi {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n kolom berubah</numerusform>
            </translation>
        </message>
        <message>
            <source>The service lines are the same in both versions.</source>
            <translation>Baris layanan sama di kedua versi.</translation>
        </message>
        <message>
            <source>Only the wording's layout changed.</source>
            <translation>Hanya tata letak teksnya yang berubah.</translation>
        </message>
        <message>
            <source>Only in version {version}.</source>
            <translation>Hanya ada di versi {version}.</translation>
        </message>
        <message>
            <source>The clauses are the same in both versions.</source>
            <translation>Klausul sama di kedua versi.</translation>
        </message>
    </context>
    <context>
        <name>VersionWording</name>
        <message>
            <source>Start date</source>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tanggal berakhir</translation>
        </message>
        <message>
            <source>Monthly total</source>
            <translation>Total bulanan</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Tarif pajak %</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cakupan waktu</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Harga satuan</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Total baris</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>Ketersediaan %</translation>
        </message>
        <message>
            <source>Targets (response / resolution)</source>
            <translation>Target (respons / penyelesaian)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ditambahkan</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <source>{priority} {response} / {resolution} (business hours)</source>
            <translation>{priority} {response} / {resolution} (jam kerja)</translation>
        </message>
        <message>
            <source>Amend it to start version {version}.</source>
            <translation>Buat amendemen untuk memulai versi {version}.</translation>
        </message>
        <message>
            <source>Once it is signed, an amendment starts version {version}.</source>
            <translation>Setelah ditandatangani, amendemen akan memulai versi {version}.</translation>
        </message>
        <message>
            <source>{number} has only one version (version {version}, {status}), so there is nothing to compare yet.</source>
            <translation>{number} hanya memiliki satu versi (versi {version}, {status}), jadi belum ada yang bisa dibandingkan.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>%n baris ditambahkan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>%n baris dihapus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>%n baris diubah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) added</source>
            <translation>
                <numerusform>%n klausul ditambahkan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) removed</source>
            <translation>
                <numerusform>%n klausul dihapus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) changed</source>
            <translation>
                <numerusform>%n klausul diubah</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s) changed</source>
            <translation>
                <numerusform>%n ketentuan diubah</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {before} and version {after} are the same: no term, line or clause differs.</source>
            <translation>Versi {before} dan versi {after} sama: tidak ada ketentuan, baris, atau klausul yang berbeda.</translation>
        </message>
        <message>
            <source>Version {before} → version {after}: {changes}.</source>
            <translation>Versi {before} → versi {after}: {changes}.</translation>
        </message>
    </context>
</TS>
