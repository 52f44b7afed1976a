<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>SignAsDialog</name>
        <message>
            <source>Sign {number} as {name}</source>
            <translation>Tanda tangani {number} sebagai {name}</translation>
        </message>
        <message>
            <source>Record {name}'s signature on {number}. Check the name and title as they appear on the agreement; the first signature freezes this version.</source>
            <translation>Catat tanda tangan {name} pada {number}. Periksa nama dan jabatan seperti yang tertera di perjanjian; tanda tangan pertama membekukan versi ini.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Tanda tangani</translation>
        </message>
        <message>
            <source>{party} · {organisation} · group {group}</source>
            <translation>{party} · {organisation} · grup {group}</translation>
        </message>
        <message>
            <source>Party:</source>
            <translation>Pihak:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Nama penanda tangan:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Jabatan penanda tangan:</translation>
        </message>
        <message>
            <source>Recorded by:</source>
            <translation>Dicatat oleh:</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Party</source>
            <translation>Pihak</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Role or title</source>
            <translation>Peran atau jabatan</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grup</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Urutan penandatanganan {number}</translation>
        </message>
        <message>
            <source>Who signs {number} ({customer}) for each party, and in which order.</source>
            <translation>Siapa yang menandatangani {number} ({customer}) untuk setiap pihak, dan dalam urutan apa.</translation>
        </message>
        <message>
            <source>Save order</source>
            <translation>Simpan urutan</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pindah ke &amp;atas</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Pindah ke &amp;bawah</translation>
        </message>
        <message>
            <source>Add a signatory below the selected one</source>
            <translation>Tambahkan penanda tangan di bawah yang dipilih</translation>
        </message>
        <message>
            <source>Remove the selected signatory</source>
            <translation>Hapus penanda tangan yang dipilih</translation>
        </message>
        <message>
            <source>Move the selected signatory one row up</source>
            <translation>Pindahkan penanda tangan yang dipilih satu baris ke atas</translation>
        </message>
        <message>
            <source>Move the selected signatory one row down</source>
            <translation>Pindahkan penanda tangan yang dipilih satu baris ke bawah</translation>
        </message>
        <message>
            <source>Signing has started, so the signing order can no longer change. The signing window shows who has signed and who is next.</source>
            <translation>Penandatanganan sudah dimulai, jadi urutan penandatanganan tidak dapat diubah lagi. Jendela penandatanganan menampilkan siapa yang sudah menandatangani dan siapa berikutnya.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Signing order of {number}: {signatories} in {groups}</source>
            <translation>Urutan penandatanganan {number}: {signatories} dalam {groups}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies)</source>
            <translation>
                <numerusform>%n penanda tangan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grup</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Tanda tangani {number}</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>&amp;Urutan penandatanganan…</translation>
        </message>
        <message>
            <source>{customer} · {status}, version {version}</source>
            <translation>{customer} · {status}, versi {version}</translation>
        </message>
        <message>
            <source>Signing has started: the order can no longer change</source>
            <translation>Penandatanganan sudah dimulai: urutan tidak dapat diubah lagi</translation>
        </message>
        <message>
            <source>Choose who signs for each party and in which group</source>
            <translation>Pilih siapa yang menandatangani untuk setiap pihak dan dalam grup mana</translation>
        </message>
        <message>
            <source>Signing order</source>
            <translation>Urutan penandatanganan</translation>
        </message>
    </context>
    <context>
        <name>SigningPanel</name>
        <message>
            <source>Party</source>
            <translation>Pihak</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>&amp;Sign as selected…</source>
            <translation>&amp;Tanda tangani sebagai penanda tangan terpilih…</translation>
        </message>
        <message>
            <source>✓ Signed {time}</source>
            <translation>✓ Ditandatangani {time}</translation>
        </message>
        <message>
            <source>Next — may sign now</source>
            <translation>Berikutnya — boleh menandatangani sekarang</translation>
        </message>
        <message>
            <source>Waiting for group {group}</source>
            <translation>Menunggu grup {group}</translation>
        </message>
        <message>
            <source>Waiting for approval (now {status})</source>
            <translation>Menunggu persetujuan (sekarang {status})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing complete</source>
            <translation>{signed} dari {count} sudah menandatangani · penandatanganan selesai</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · next: {names}</source>
            <translation>{signed} dari {count} sudah menandatangani · berikutnya: {names}</translation>
        </message>
        <message>
            <source>{name} ({party})</source>
            <translation>{name} ({party})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing opens once the agreement is approved (now {status})</source>
            <translation>{signed} dari {count} sudah menandatangani · penandatanganan dibuka setelah perjanjian disetujui (sekarang {status})</translation>
        </message>
        <message>
            <source>Group {group}</source>
            <translation>Grup {group}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies), in any order</source>
            <translation>
                <numerusform>%n penanda tangan, dalam urutan apa pun</numerusform>
            </translation>
        </message>
        <message>
            <source>signed</source>
            <translation>sudah ditandatangani</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · signing complete</source>
            <translation>{signed} dari {count} pihak sudah menandatangani · penandatanganan selesai</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · no signing order set: each party signs once, in any order</source>
            <translation>{signed} dari {count} pihak sudah menandatangani · urutan penandatanganan belum ditetapkan: setiap pihak menandatangani sekali, dalam urutan apa pun</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Tanda tangani…</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Belum ditandatangani</translation>
        </message>
        <message>
            <source>Sign… records one party's signature; a signing order names each signatory and when they sign.</source>
            <translation>Tanda tangani… mencatat tanda tangan satu pihak; urutan penandatanganan menyebut setiap penanda tangan dan kapan mereka menandatangani.</translation>
        </message>
        <message>
            <source>Both parties have signed.</source>
            <translation>Kedua pihak sudah menandatangani.</translation>
        </message>
        <message>
            <source>Signatures are taken once the agreement is approved.</source>
            <translation>Tanda tangan diambil setelah perjanjian disetujui.</translation>
        </message>
        <message>
            <source>Select who signs.</source>
            <translation>Pilih siapa yang menandatangani.</translation>
        </message>
        <message>
            <source>{name} has signed.</source>
            <translation>{name} sudah menandatangani.</translation>
        </message>
        <message>
            <source>Not {name}'s turn yet: group {group} signs first.</source>
            <translation>Belum giliran {name}: grup {group} menandatangani lebih dulu.</translation>
        </message>
        <message>
            <source>{name} signed {number} for the customer</source>
            <translation>{name} menandatangani {number} untuk pelanggan</translation>
        </message>
        <message>
            <source>{name} signed {number} for the provider</source>
            <translation>{name} menandatangani {number} untuk penyedia</translation>
        </message>
        <message>
            <source>Signature recorded on {number}</source>
            <translation>Tanda tangan dicatat pada {number}</translation>
        </message>
        <message>
            <source>{done}: all signatures recorded</source>
            <translation>{done}: semua tanda tangan telah dicatat</translation>
        </message>
    </context>
    <context>
        <name>SigningWords</name>
        <message>
            <source>e.g. Account manager</source>
            <translation>mis. Manajer akun</translation>
        </message>
        <message>
            <source>e.g. Managing director</source>
            <translation>mis. Direktur utama</translation>
        </message>
        <message>
            <source>Groups sign in ascending order; signatories in the same group may sign in any order.</source>
            <translation>Grup menandatangani dalam urutan naik; penanda tangan dalam grup yang sama boleh menandatangani dalam urutan apa pun.</translation>
        </message>
    </context>
</TS>
