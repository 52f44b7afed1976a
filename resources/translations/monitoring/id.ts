<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import tickets or outages</source>
            <translation>Impor tiket atau gangguan</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tiket</translation>
        </message>
        <message>
            <source>Outages</source>
            <translation>Gangguan</translation>
        </message>
        <message>
            <source>A CSV, XLSX or JSON file</source>
            <translation>Berkas CSV, XLSX, atau JSON</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm (for times written without an offset)</source>
            <translation>mis. Europe/Stockholm (untuk waktu yang ditulis tanpa selisih zona)</translation>
        </message>
        <message>
            <source>Leave bad rows out and import the rest</source>
            <translation>Lewati baris yang salah dan impor sisanya</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Berkas:</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Prasetel:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona waktu:</translation>
        </message>
        <message numerus="yes">
            <source>The first %n rows, as they would be read:</source>
            <translation>
                <numerusform>%n baris pertama, sebagaimana akan dibaca:</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Tickets or outages ({patterns})</source>
            <translation>Tiket atau gangguan ({patterns})</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message numerus="yes">
            <source>{bad} of the first %n rows would be refused (see Problem).</source>
            <translation>
                <numerusform>{bad} dari %n baris pertama akan ditolak (lihat Masalah).</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Mengimpor {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Importing {file}… %n row(s) read</source>
            <translation>
                <numerusform>Mengimpor {file}… %n baris dibaca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row(s) left out.</source>
            <translation>
                <numerusform>Diimpor: {added} ditambahkan, {changed} diubah, {unchanged} tidak berubah, %n baris salah dilewati.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged.</source>
            <translation>Diimpor: {added} ditambahkan, {changed} diubah, {unchanged} tidak berubah.</translation>
        </message>
        <message>
            <source>tick “Leave bad rows out” to import the rest</source>
            <translation>centang “Lewati baris yang salah” untuk mengimpor sisanya</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the file was stored.</source>
            <translation>Dibatalkan: tidak ada isi berkas yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>This a&amp;greement</source>
            <translation>Perjanjian i&amp;ni</translation>
        </message>
        <message>
            <source>Write its &amp;KPI report (PDF and DOCX)</source>
            <translation>Tulis &amp;laporan KPI-nya (PDF dan DOCX)</translation>
        </message>
        <message>
            <source>This period's figures, trend, breaches, credits and experience as a report, into the register</source>
            <translation>Angka, tren, pelanggaran, kredit, dan pengalaman periode ini sebagai laporan, ke dalam register</translation>
        </message>
        <message>
            <source>Export its &amp;credit note…</source>
            <translation>Ekspor nota &amp;kreditnya…</translation>
        </message>
        <message>
            <source>&amp;What if at another level…</source>
            <translation>&amp;Bagaimana jika di tingkat lain…</translation>
        </message>
        <message>
            <source>This period's tickets and outages measured against every level of each line's service, with today's price of each</source>
            <translation>Tiket dan gangguan periode ini diukur terhadap setiap tingkat layanan tiap baris, dengan harga hari ini untuk masing-masing</translation>
        </message>
        <message>
            <source>The KPI report, the credit note and the what-if of the agreement shown</source>
            <translation>Laporan KPI, nota kredit, dan analisis bagaimana-jika untuk perjanjian yang ditampilkan</translation>
        </message>
        <message>
            <source>Select an agreement in the register first</source>
            <translation>Pilih dulu sebuah perjanjian di register</translation>
        </message>
        <message>
            <source>The credits this closed period owes, as a signed PDF and a DOCX, into the register</source>
            <translation>Kredit yang terutang untuk periode tertutup ini, sebagai PDF bertanda tangan dan DOCX, ke dalam register</translation>
        </message>
        <message>
            <source>A credit note is made from a closed period's figures: close {period} first</source>
            <translation>Nota kredit dibuat dari angka periode yang sudah ditutup: tutup {period} dulu</translation>
        </message>
        <message>
            <source>The report of {number} was not written: {reason}</source>
            <translation>Laporan {number} tidak ditulis: {reason}</translation>
        </message>
        <message>
            <source>KPI report of {number} for {period}</source>
            <translation>Laporan KPI {number} untuk {period}</translation>
        </message>
        <message>
            <source>Writing the KPI report of {number} for {period}…</source>
            <translation>Menulis laporan KPI {number} untuk {period}…</translation>
        </message>
        <message>
            <source>the credit note of {number} for {period}</source>
            <translation>nota kredit {number} untuk {period}</translation>
        </message>
        <message>
            <source>Credit note of {number} for {period}</source>
            <translation>Nota kredit {number} untuk {period}</translation>
        </message>
        <message>
            <source>{what} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{what} sudah ada di register, sama persis sampai ke bita: tidak ada yang ditulis ({folder})</translation>
        </message>
        <message>
            <source>{what} written into {folder}: {files}</source>
            <translation>{what} ditulis ke {folder}: {files}</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Pemantauan</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Seluruh portofolio</translation>
        </message>
        <message>
            <source>The agreement selected in the register, or every signed agreement</source>
            <translation>Perjanjian yang dipilih di register, atau semua perjanjian yang ditandatangani</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Segarkan</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <source>Import tickets or outages from a CSV, XLSX or JSON export, with a preview first</source>
            <translation>Impor tiket atau gangguan dari ekspor CSV, XLSX, atau JSON, dengan pratinjau terlebih dahulu</translation>
        </message>
        <message>
            <source>Reports for &amp;every agreement…</source>
            <translation>&amp;Laporan untuk semua perjanjian…</translation>
        </message>
        <message>
            <source>The KPI report of this period for every signed agreement, as PDF and DOCX, into the register (in the background; you can cancel between agreements)</source>
            <translation>Laporan KPI periode ini untuk setiap perjanjian yang ditandatangani, sebagai PDF dan DOCX, ke register (di latar belakang; Anda dapat membatalkan di antara perjanjian)</translation>
        </message>
        <message>
            <source>C&amp;lose period…</source>
            <translation>&amp;Tutup periode…</translation>
        </message>
        <message>
            <source>Store this period's figures for good: they never change after (an audited step)</source>
            <translation>Simpan angka periode ini secara permanen: setelah itu tidak pernah berubah (langkah yang diaudit)</translation>
        </message>
        <message>
            <source>Only a quality checker or an administrator closes a period</source>
            <translation>Hanya pemeriksa mutu atau administrator yang dapat menutup periode</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Perjanjian:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>Peri&amp;ode:</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Tiket</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Target tercapai</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Pelanggaran</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Ketersediaan (target)</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit layanan</translation>
        </message>
        <message>
            <source>Line or agreement</source>
            <translation>Baris atau perjanjian</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Pengalaman</translation>
        </message>
        <message>
            <source>Targets met, last twelve periods (%)</source>
            <translation>Target tercapai, dua belas periode terakhir (%)</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Tiket</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Layanan</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritas</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Jenis target</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Sisa waktu</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Eskalasi</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Waktu terpakai</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Diizinkan</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Suggested level</source>
            <translation>Tingkat yang disarankan</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>Selisih bulanan</translation>
        </message>
        <message>
            <source>A&amp;t risk</source>
            <translation>&amp;Berisiko</translation>
        </message>
        <message>
            <source>&amp;Breaches</source>
            <translation>P&amp;elanggaran</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; e&amp;xperience</source>
            <translation>Kredit &amp;&amp; pengala&amp;man</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>Sa&amp;ran</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Tutup jendela</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Membaca {period}…</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Tidak dapat membaca angka: {reason}</translation>
        </message>
        <message>
            <source>{period}: closed {date} by {person}</source>
            <translation>{period}: ditutup {date} oleh {person}</translation>
        </message>
        <message>
            <source>{period}: provisional, not closed</source>
            <translation>{period}: sementara, belum ditutup</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n signed agreement(s)</source>
            <translation>
                <numerusform>{period}: %n perjanjian yang ditandatangani</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n line(s) met</source>
            <translation>
                <numerusform>{met} dari %n baris tercapai</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {percent} %</source>
            <translation>target {percent} %</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} sampai {last}</translation>
        </message>
        <message>
            <source>past due</source>
            <translation>lewat tenggat</translation>
        </message>
        <message>
            <source>A&amp;t risk ({count})</source>
            <translation>&amp;Berisiko ({count})</translation>
        </message>
        <message>
            <source>Close period</source>
            <translation>Tutup periode</translation>
        </message>
        <message>
            <source>Close {period} of {number}?

Its figures are stored as they are now and never change after; tickets imported later are listed as late.</source>
            <translation>Tutup {period} untuk {number}?

Angkanya disimpan seperti sekarang dan tidak pernah berubah setelahnya; tiket yang diimpor kemudian dicantumkan sebagai terlambat.</translation>
        </message>
        <message numerus="yes">
            <source>{number} {period} closed: %n target(s) breached</source>
            <translation>
                <numerusform>{number} {period} ditutup: %n target dilanggar</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the portfolio's last twelve periods…</source>
            <translation>Membaca dua belas periode terakhir portofolio…</translation>
        </message>
        <message>
            <source>Could not read the portfolio's trend: {reason}</source>
            <translation>Tidak dapat membaca tren portofolio: {reason}</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portofolio</translation>
        </message>
        <message>
            <source>Targets met across the portfolio, last twelve periods (%)</source>
            <translation>Target tercapai di seluruh portofolio, dua belas periode terakhir (%)</translation>
        </message>
        <message>
            <source>Writing the reports of {period}…</source>
            <translation>Menulis laporan {period}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Writing the report of {number} ({done} of {total})…</source>
            <translation>Menulis laporan {number} ({done} dari {total})…</translation>
        </message>
        <message>
            <source>The reports were not written: {reason}</source>
            <translation>Laporan tidak ditulis: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) of {period} written</source>
            <translation>
                <numerusform>%n laporan {period} ditulis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended before it</source>
            <translation>
                <numerusform>%n berakhir sebelumnya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cancelled, %n not begun</source>
            <translation>
                <numerusform>dibatalkan, %n belum dimulai</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (the first: {number}: {reason})</source>
            <translation>
                <numerusform>%n ditolak (yang pertama: {number}: {reason})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWording</name>
        <message>
            <source>Response</source>
            <translation>Respons</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Penyelesaian</translation>
        </message>
        <message>
            <source>response</source>
            <translation>respons</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>penyelesaian</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>berisiko</translation>
        </message>
        <message>
            <source>breached</source>
            <translation>dilanggar</translation>
        </message>
        <message>
            <source>breached 2x</source>
            <translation>dilanggar 2x</translation>
        </message>
        <message>
            <source>green outside, red inside</source>
            <translation>hijau di luar, merah di dalam</translation>
        </message>
        <message>
            <source>experience goals missed</source>
            <translation>target pengalaman tidak tercapai</translation>
        </message>
        <message>
            <source>too few survey answers to judge</source>
            <translation>terlalu sedikit jawaban survei untuk menilai</translation>
        </message>
        <message>
            <source>experience goals met</source>
            <translation>target pengalaman tercapai</translation>
        </message>
        <message>
            <source>no experience goals recorded</source>
            <translation>tidak ada target pengalaman yang dicatat</translation>
        </message>
        <message>
            <source>{target} consistently missed</source>
            <translation>{target} terus-menerus tidak tercapai</translation>
        </message>
        <message>
            <source>{target} over-delivered</source>
            <translation>{target} melampaui komitmen</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>ditutup</translation>
        </message>
        <message>
            <source>open</source>
            <translation>terbuka</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>baris {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>baris {number}</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>ketersediaan</translation>
        </message>
        <message>
            <source>{priority} {kind}</source>
            <translation>{kind} {priority}</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} jam {minutes} menit</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} menit</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount} (provisional)</source>
            <translation>&lt;b&gt;Kredit layanan terutang untuk {period}:&lt;/b&gt; {amount} (sementara)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount}</source>
            <translation>&lt;b&gt;Kredit layanan terutang untuk {period}:&lt;/b&gt; {amount}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Experience:&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Pengalaman:&lt;/b&gt; {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Satisfaction {measured} % from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Kepuasan {measured} % dari %n jawaban (target {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Effort {measured} from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Upaya {measured} dari %n jawaban (target {goal})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amounts}</source>
            <translation>&lt;b&gt;Kredit terutang untuk {period}:&lt;/b&gt; {amounts}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Kredit terutang untuk {period}:&lt;/b&gt; tidak ada</translation>
        </message>
        <message>
            <source>(provisional where the period is not closed)</source>
            <translation>(sementara jika periodenya belum ditutup)</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Breaches:&lt;/b&gt; %n target(s) breached</source>
            <translation>
                <numerusform>&lt;b&gt;Pelanggaran:&lt;/b&gt; %n target dilanggar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) owe credits</source>
            <translation>
                <numerusform>%n perjanjian berutang kredit</numerusform>
            </translation>
        </message>
        <message>
            <source>Each agreement's experience check is in its row, its breaches and review suggestions in their tabs; select one in the register for its own figures.</source>
            <translation>Pemeriksaan pengalaman tiap perjanjian ada di barisnya, pelanggaran dan sarannya di tabnya masing-masing; pilih sebuah perjanjian di register untuk melihat angkanya sendiri.</translation>
        </message>
        <message>
            <source>The Breaches tab lists the first {count}; an agreement's own view lists all of its own.</source>
            <translation>Tab Pelanggaran hanya memuat {count} yang pertama; tampilan sebuah perjanjian memuat semua pelanggarannya sendiri.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfDialog</name>
        <message>
            <source>What if: {number}, {period}</source>
            <translation>Bagaimana jika: {number}, {period}</translation>
        </message>
        <message>
            <source>The tickets and outages of {period}, measured again against every level of the line's service, as they stand now. The price is today's for the line's requirement; the level signed is marked.</source>
            <translation>Tiket dan gangguan {period}, diukur ulang terhadap setiap tingkat layanan baris ini, sebagaimana adanya sekarang. Harganya adalah harga hari ini untuk kebutuhan baris ini; tingkat yang ditandatangani ditandai.</translation>
        </message>
        <message>
            <source>&amp;Line:</source>
            <translation>&amp;Baris:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Harga bulanan</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Pelanggaran</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Target tercapai</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Ketersediaan (target)</translation>
        </message>
        <message>
            <source>Can it serve the requirement?</source>
            <translation>Dapatkah memenuhi kebutuhan?</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Membaca {period}…</translation>
        </message>
        <message>
            <source>Could not measure the levels: {reason}</source>
            <translation>Tidak dapat mengukur tingkat-tingkatnya: {reason}</translation>
        </message>
        <message>
            <source>{position}. {service}, signed at {fee} a month</source>
            <translation>{position}. {service}, ditandatangani {fee} per bulan</translation>
        </message>
        <message>
            <source>The agreement has no lines.</source>
            <translation>Perjanjian ini tidak memiliki baris.</translation>
        </message>
        <message>
            <source>{level} (signed)</source>
            <translation>{level} (ditandatangani)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
    </context>
</TS>
