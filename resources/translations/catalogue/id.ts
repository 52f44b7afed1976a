<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>CalendarsWindow</name>
        <message>
            <source>&amp;Monday</source>
            <translation>&amp;Senin</translation>
        </message>
        <message>
            <source>&amp;Tuesday</source>
            <translation>Sel&amp;asa</translation>
        </message>
        <message>
            <source>&amp;Wednesday</source>
            <translation>&amp;Rabu</translation>
        </message>
        <message>
            <source>T&amp;hursday</source>
            <translation>&amp;Kamis</translation>
        </message>
        <message>
            <source>&amp;Friday</source>
            <translation>&amp;Jumat</translation>
        </message>
        <message>
            <source>Sat&amp;urday</source>
            <translation>Sa&amp;btu</translation>
        </message>
        <message>
            <source>Sun&amp;day</source>
            <translation>&amp;Minggu</translation>
        </message>
        <message>
            <source>New calendar</source>
            <translation>Kalender baru</translation>
        </message>
        <message>
            <source>Business-hours calendars — slamdesk</source>
            <translation>Kalender jam kerja — slamdesk</translation>
        </message>
        <message>
            <source>New c&amp;alendar</source>
            <translation>Kal&amp;ender baru</translation>
        </message>
        <message>
            <source>e.g. Stockholm office</source>
            <translation>mis. Kantor Stockholm</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm</source>
            <translation>mis. Europe/Stockholm</translation>
        </message>
        <message>
            <source>none; or e.g. SE, VN, ID, UA, DE-BY</source>
            <translation>tidak ada; atau mis. SE, VN, ID, UA, DE-BY</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>hari libur</translation>
        </message>
        <message>
            <source>more days off, e.g. 2026-12-24, 2026-12-31</source>
            <translation>hari libur tambahan, mis. 2026-12-24, 2026-12-31</translation>
        </message>
        <message>
            <source>one per line: 2026-12-23T12:00 / 2026-12-23T17:00</source>
            <translation>satu per baris: 2026-12-23T12:00 / 2026-12-23T17:00</translation>
        </message>
        <message>
            <source>Keep the calendar as its next version (Ctrl+S)</source>
            <translation>Simpan kalender sebagai versi berikutnya (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Hanya-baca:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona waktu:</translation>
        </message>
        <message>
            <source>&amp;Public holidays of:</source>
            <translation>&amp;Hari libur nasional:</translation>
        </message>
        <message>
            <source>Working hours (several a day: 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight)</source>
            <translation>Jam kerja (beberapa per hari: 08:00-12:00, 13:00-17:00; 22:00-06:00 melewati tengah malam)</translation>
        </message>
        <message>
            <source>More days &amp;off:</source>
            <translation>Hari libur &amp;tambahan:</translation>
        </message>
        <message>
            <source>C&amp;losures:</source>
            <translation>Pen&amp;utupan:</translation>
        </message>
        <message>
            <source>Stored calendars:</source>
            <translation>Kalender tersimpan:</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Kalender jam kerja</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Versi {version}: {description}</translation>
        </message>
        <message>
            <source>No calendar is stored yet: type one and Save.</source>
            <translation>Belum ada kalender tersimpan: ketik satu lalu Simpan.</translation>
        </message>
        <message>
            <source>Version {version}, saved {saved}: {description}</source>
            <translation>Versi {version}, disimpan {saved}: {description}</translation>
        </message>
        <message>
            <source>A new calendar: name it, set its hours and Save.</source>
            <translation>Kalender baru: beri nama, atur jamnya, lalu Simpan.</translation>
        </message>
        <message>
            <source>Save the calendar</source>
            <translation>Simpan kalender</translation>
        </message>
        <message>
            <source>Calendar {name} saved as version {version}</source>
            <translation>Kalender {name} disimpan sebagai versi {version}</translation>
        </message>
        <message>
            <source>Calendar {name}</source>
            <translation>Kalender {name}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueCommands</name>
        <message>
            <source>(no name)</source>
            <translation>(tanpa nama)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standar</translation>
        </message>
        <message>
            <source>Add level {name}</source>
            <translation>Tambah tingkat {name}</translation>
        </message>
        <message>
            <source>Remove level {name}</source>
            <translation>Hapus tingkat {name}</translation>
        </message>
        <message>
            <source>Edit service {field}</source>
            <translation>Ubah {field} layanan</translation>
        </message>
        <message>
            <source>Edit {level}: {field}</source>
            <translation>Ubah {level}: {field}</translation>
        </message>
        <message>
            <source>Edit service</source>
            <translation>Ubah layanan</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>Filter services</source>
            <translation>Saring layanan</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Nama dalam bahasa lain</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Muat ulang</translation>
        </message>
        <message>
            <source>Open the service again as stored, dropping your unsaved edits</source>
            <translation>Buka lagi layanan seperti yang tersimpan, membuang suntingan yang belum disimpan</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>Simpan layanan</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Urungkan suntingan terakhir</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Ulangi suntingan yang terakhir diurungkan</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Urungkan: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>U&amp;langi: {action}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>&amp;New service</source>
            <translation>Layanan &amp;baru</translation>
        </message>
        <message>
            <source>Start a new service</source>
            <translation>Mulai layanan baru</translation>
        </message>
        <message>
            <source>Add &amp;level</source>
            <translation>Tambah &amp;tingkat</translation>
        </message>
        <message>
            <source>Add a level, copied from the one shown</source>
            <translation>Tambah tingkat, disalin dari tingkat yang ditampilkan</translation>
        </message>
        <message>
            <source>Add &amp;VIP level for customer…</source>
            <translation>Tambah tingkat &amp;VIP untuk pelanggan…</translation>
        </message>
        <message>
            <source>Add a level offered to one customer only</source>
            <translation>Tambah tingkat yang hanya ditawarkan kepada satu pelanggan</translation>
        </message>
        <message>
            <source>Re&amp;move level</source>
            <translation>&amp;Hapus tingkat</translation>
        </message>
        <message>
            <source>Remove the level shown</source>
            <translation>Hapus tingkat yang ditampilkan</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Kembalikan</translation>
        </message>
        <message>
            <source>Drop unsaved edits to this service</source>
            <translation>Buang suntingan yang belum disimpan pada layanan ini</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>T&amp;utup</translation>
        </message>
        <message>
            <source>Close the catalogue</source>
            <translation>Tutup katalog</translation>
        </message>
        <message>
            <source>Business-&amp;hours calendars…</source>
            <translation>Kalender &amp;jam kerja…</translation>
        </message>
        <message>
            <source>The calendars levels are timed in: hours, public holidays, closures</source>
            <translation>Kalender yang menjadi acuan waktu tingkat: jam kerja, hari libur nasional, penutupan</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Layanan</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>★ has VIP levels for named customers</source>
            <translation>★ memiliki tingkat VIP untuk pelanggan tertentu</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>K&amp;ode:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;ma:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Deskripsi:</translation>
        </message>
        <message>
            <source>Service catalogue — slamdesk</source>
            <translation>Katalog layanan — slamdesk</translation>
        </message>
        <message>
            <source>Levels: {levels}</source>
            <translation>Tingkat: {levels}</translation>
        </message>
        <message numerus="yes">
            <source>★ %n VIP level(s) for named customers</source>
            <translation>
                <numerusform>★ %n tingkat VIP untuk pelanggan tertentu</numerusform>
            </translation>
        </message>
        <message>
            <source>The service “{name}”</source>
            <translation>Layanan “{name}”</translation>
        </message>
        <message>
            <source>The new service</source>
            <translation>Layanan baru</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Hanya baca:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>Standard level, offered to every customer</source>
            <translation>Tingkat standar, ditawarkan kepada semua pelanggan</translation>
        </message>
        <message>
            <source>VIP level for {customer}</source>
            <translation>Tingkat VIP untuk {customer}</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Layanan baru</translation>
        </message>
        <message>
            <source>{service} — service catalogue — slamdesk</source>
            <translation>{service} — katalog layanan — slamdesk</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.</source>
            <translation>Simpan (Ctrl+S) atau kembalikan (Ctrl+Shift+R) perubahan pada layanan ini terlebih dahulu.</translation>
        </message>
        <message>
            <source>{level} (copy)</source>
            <translation>{level} (salinan)</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Kalender jam kerja</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save service</source>
            <translation>Simpan layanan</translation>
        </message>
        <message>
            <source>this service</source>
            <translation>layanan ini</translation>
        </message>
        <message>
            <source>Save: not done. {reason}</source>
            <translation>Simpan: tidak dilakukan. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Service {code} saved with %n level(s)</source>
            <translation>
                <numerusform>Layanan {code} disimpan dengan %n tingkat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueWording</name>
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
        <message>
            <source>fixed price</source>
            <translation>harga tetap</translation>
        </message>
        <message>
            <source>per user</source>
            <translation>per pengguna</translation>
        </message>
        <message>
            <source>per device</source>
            <translation>per perangkat</translation>
        </message>
        <message>
            <source>per site</source>
            <translation>per lokasi</translation>
        </message>
        <message>
            <source>per resolved incident</source>
            <translation>per insiden terselesaikan</translation>
        </message>
        <message>
            <source>per delivered item</source>
            <translation>per item terkirim</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>per bulan</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>per kuartal</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per tahun</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>hari kerja</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>hari kalender</translation>
        </message>
        <message>
            <source>business hours</source>
            <translation>jam kerja</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>jam</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <source>VIP customer</source>
            <translation>pelanggan VIP</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>cakupan</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>ketersediaan</translation>
        </message>
        <message>
            <source>availability period</source>
            <translation>periode ketersediaan</translation>
        </message>
        <message>
            <source>internal availability</source>
            <translation>ketersediaan internal</translation>
        </message>
        <message>
            <source>internal buffer</source>
            <translation>buffer internal</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <source>minimum volume</source>
            <translation>volume minimum</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>mata uang</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>biaya tetap</translation>
        </message>
        <message>
            <source>price unit</source>
            <translation>satuan harga</translation>
        </message>
        <message>
            <source>fee per unit</source>
            <translation>biaya per satuan</translation>
        </message>
        <message>
            <source>value-based unit</source>
            <translation>satuan berbasis nilai</translation>
        </message>
        <message>
            <source>value-based price</source>
            <translation>harga berbasis nilai</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>kalender</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>target</translation>
        </message>
        <message>
            <source>volume bands</source>
            <translation>rentang volume</translation>
        </message>
        <message>
            <source>regional variants</source>
            <translation>varian wilayah</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>komitmen</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <source>description</source>
            <translation>deskripsi</translation>
        </message>
        <message>
            <source>names in other languages</source>
            <translation>nama dalam bahasa lain</translation>
        </message>
    </context>
    <context>
        <name>LevelForm</name>
        <message>
            <source>e.g. Gold</source>
            <translation>mis. Emas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>— standard level, for every customer —</source>
            <translation>— tingkat standar, untuk semua pelanggan —</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>diturunkan</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— tidak ada —</translation>
        </message>
        <message>
            <source>everywhere; or e.g. City, Rural</source>
            <translation>di mana saja; atau mis. Kota, Pedesaan</translation>
        </message>
        <message>
            <source>Times count business &amp;hours only (else calendar hours)</source>
            <translation>Waktu hanya dihitung pada &amp;jam kerja (jika tidak, jam kalender)</translation>
        </message>
        <message>
            <source>a stored calendar's name; empty: each line's hours of coverage</source>
            <translation>nama kalender tersimpan; kosong: jam cakupan setiap baris</translation>
        </message>
        <message>
            <source>Calendar&amp;s…</source>
            <translation>Kalende&amp;r…</translation>
        </message>
        <message>
            <source>Business-hours calendars: hours, public holidays, closures (Ctrl+Shift+H)</source>
            <translation>Kalender jam kerja: jam kerja, hari libur nasional, penutupan (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respons</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Penyelesaian</translation>
        </message>
        <message>
            <source>Internal
response</source>
            <translation>Respons
internal</translation>
        </message>
        <message>
            <source>Internal
resolution</source>
            <translation>Penyelesaian
internal</translation>
        </message>
        <message>
            <source>Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if not offered. Empty internal aims are derived from the buffer.</source>
            <translation>Waktu seperti 4 h, 30 min atau 1 d 2 h; kosongkan prioritas yang tidak ditawarkan. Target internal yang kosong diturunkan dari buffer.</translation>
        </message>
        <message>
            <source>From units</source>
            <translation>Dari jumlah satuan</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Diskon %</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Tambah rentang</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Hapus rentang</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <source>Surcharge %</source>
            <translation>Biaya tambahan %</translation>
        </message>
        <message>
            <source>Add variant</source>
            <translation>Tambah varian</translation>
        </message>
        <message>
            <source>Remove variant</source>
            <translation>Hapus varian</translation>
        </message>
        <message>
            <source>Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's</source>
            <translation>Target suatu wilayah sebagai pengganti target tingkat, seperti 8 h / 1 d; kosong berarti memakai target tingkat</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Komitmen</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Internal aim</source>
            <translation>Target internal</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Tambah komitmen</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Hapus komitmen</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;VIP customer:</source>
            <translation>Pelanggan &amp;VIP:</translation>
        </message>
        <message>
            <source>&amp;Coverage:</source>
            <translation>&amp;Cakupan:</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Ketersediaan</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>K&amp;etersediaan:</translation>
        </message>
        <message>
            <source>&amp;Internal availability %:</source>
            <translation>Ketersediaan &amp;internal %:</translation>
        </message>
        <message>
            <source>Internal buffe&amp;r %:</source>
            <translation>&amp;Buffer internal %:</translation>
        </message>
        <message>
            <source>Price per month</source>
            <translation>Harga per bulan</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>Mata &amp;uang:</translation>
        </message>
        <message>
            <source>&amp;Fixed fee:</source>
            <translation>Biaya &amp;tetap:</translation>
        </message>
        <message>
            <source>Price &amp;unit:</source>
            <translation>&amp;Satuan harga:</translation>
        </message>
        <message>
            <source>Fee &amp;per unit:</source>
            <translation>Biaya &amp;per satuan:</translation>
        </message>
        <message>
            <source>Value-&amp;based unit:</source>
            <translation>S&amp;atuan berbasis nilai:</translation>
        </message>
        <message>
            <source>Price per value uni&amp;t:</source>
            <translation>&amp;Harga per satuan nilai:</translation>
        </message>
        <message>
            <source>Minimum volum&amp;e:</source>
            <translation>Vo&amp;lume minimum:</translation>
        </message>
        <message>
            <source>Offered in re&amp;gions:</source>
            <translation>Ditawarkan di &amp;wilayah:</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Nama dalam bahasa lain</translation>
        </message>
        <message>
            <source>Targets per priority</source>
            <translation>Target per prioritas</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>&amp;Kalender:</translation>
        </message>
        <message>
            <source>A region's surcharge, and its targets as response / resolution</source>
            <translation>Biaya tambahan suatu wilayah, dan targetnya sebagai respons / penyelesaian</translation>
        </message>
        <message>
            <source>Volume bands</source>
            <translation>Rentang volume</translation>
        </message>
        <message>
            <source>Regional variants</source>
            <translation>Varian wilayah</translation>
        </message>
        <message>
            <source>Other commitments</source>
            <translation>Komitmen lainnya</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Versi {version}: {description}</translation>
        </message>
        <message>
            <source>Not a stored calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Bukan kalender tersimpan: perjanjian diukur dalam jam cakupan setiap baris, menurut zona waktu dan hari libur nasional negara pelanggan.</translation>
        </message>
        <message>
            <source>No calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Tanpa kalender: perjanjian diukur dalam jam cakupan setiap baris, menurut zona waktu dan hari libur nasional negara pelanggan.</translation>
        </message>
    </context>
    <context>
        <name>NamesTable</name>
        <message>
            <source>An agreement written in one of these languages shows the name given here; left empty, it shows the catalogue's name.</source>
            <translation>Perjanjian yang ditulis dalam salah satu bahasa ini menampilkan nama yang diisi di sini; jika dikosongkan, perjanjian menampilkan nama dari katalog.</translation>
        </message>
        <message>
            <source>Names in other languages</source>
            <translation>Nama dalam bahasa lain</translation>
        </message>
    </context>
    <context>
        <name>VipLevelDialog</name>
        <message>
            <source>Add VIP level for customer</source>
            <translation>Tambah tingkat VIP untuk pelanggan</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Pelanggan:</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Mulai dari:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Add VIP level</source>
            <translation>Tambah tingkat VIP</translation>
        </message>
        <message>
            <source>A VIP level is offered to one customer only. It starts as a copy of a standard level; change its targets and price, then save the service.</source>
            <translation>Tingkat VIP hanya ditawarkan kepada satu pelanggan. Tingkat ini dimulai sebagai salinan tingkat standar; ubah target dan harganya, lalu simpan layanan.</translation>
        </message>
        <message>
            <source>{level} VIP ({customer})</source>
            <translation>{level} VIP ({customer})</translation>
        </message>
        <message>
            <source>choose a customer and a standard level to start from</source>
            <translation>pilih pelanggan dan tingkat standar sebagai titik awal</translation>
        </message>
    </context>
</TS>
