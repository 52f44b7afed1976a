<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import tickets or outages</source>
            <translation>Importera ärenden eller avbrott</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Outages</source>
            <translation>Avbrott</translation>
        </message>
        <message>
            <source>A CSV, XLSX or JSON file</source>
            <translation>En CSV-, XLSX- eller JSON-fil</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bläddra…</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm (for times written without an offset)</source>
            <translation>t.ex. Europe/Stockholm (för tider skrivna utan förskjutning)</translation>
        </message>
        <message>
            <source>Leave bad rows out and import the rest</source>
            <translation>Hoppa över felaktiga rader och importera resten</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Rad</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importera</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Vad:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>Fö&amp;rinställning:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Tid&amp;szon:</translation>
        </message>
        <message numerus="yes">
            <source>The first %n rows, as they would be read:</source>
            <translation>
                <numerusform>Den första %n raden, så som den skulle läsas:</numerusform>
                <numerusform>De första %n raderna, så som de skulle läsas:</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Tickets or outages ({patterns})</source>
            <translation>Ärenden eller avbrott ({patterns})</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsvisning</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message numerus="yes">
            <source>{bad} of the first %n rows would be refused (see Problem).</source>
            <translation>
                <numerusform>{bad} av den första %n raden skulle avvisas (se Problem).</numerusform>
                <numerusform>{bad} av de första %n raderna skulle avvisas (se Problem).</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importerar {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Importing {file}… %n row(s) read</source>
            <translation>
                <numerusform>Importerar {file}… %n rad läst</numerusform>
                <numerusform>Importerar {file}… %n rader lästa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row(s) left out.</source>
            <translation>
                <numerusform>Importerat: {added} tillagda, {changed} ändrade, {unchanged} oförändrade, %n felaktig rad överhoppad.</numerusform>
                <numerusform>Importerat: {added} tillagda, {changed} ändrade, {unchanged} oförändrade, %n felaktiga rader överhoppade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged.</source>
            <translation>Importerat: {added} tillagda, {changed} ändrade, {unchanged} oförändrade.</translation>
        </message>
        <message>
            <source>tick “Leave bad rows out” to import the rest</source>
            <translation>markera ”Hoppa över felaktiga rader” för att importera resten</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the file was stored.</source>
            <translation>Avbrutet: inget från filen sparades.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>This a&amp;greement</source>
            <translation>&amp;Detta avtal</translation>
        </message>
        <message>
            <source>Write its &amp;KPI report (PDF and DOCX)</source>
            <translation>Skriv dess KPI-&amp;rapport (PDF och DOCX)</translation>
        </message>
        <message>
            <source>This period's figures, trend, breaches, credits and experience as a report, into the register</source>
            <translation>Periodens siffror, trend, överträdelser, servicekrediter och upplevelse som en rapport, i registret</translation>
        </message>
        <message>
            <source>Export its &amp;credit note…</source>
            <translation>Exportera dess &amp;kreditnota…</translation>
        </message>
        <message>
            <source>&amp;What if at another level…</source>
            <translation>&amp;Vad händer på en annan nivå…</translation>
        </message>
        <message>
            <source>This period's tickets and outages measured against every level of each line's service, with today's price of each</source>
            <translation>Periodens ärenden och avbrott mätta mot varje nivå av varje rads tjänst, med dagens pris för var och en</translation>
        </message>
        <message>
            <source>The KPI report, the credit note and the what-if of the agreement shown</source>
            <translation>KPI-rapporten, kreditnotan och vad-händer-om för avtalet som visas</translation>
        </message>
        <message>
            <source>Select an agreement in the register first</source>
            <translation>Välj först ett avtal i registret</translation>
        </message>
        <message>
            <source>The credits this closed period owes, as a signed PDF and a DOCX, into the register</source>
            <translation>Servicekrediterna som den stängda perioden ger, som signerad PDF och DOCX, i registret</translation>
        </message>
        <message>
            <source>A credit note is made from a closed period's figures: close {period} first</source>
            <translation>En kreditnota görs av en stängd periods siffror: stäng {period} först</translation>
        </message>
        <message>
            <source>The report of {number} was not written: {reason}</source>
            <translation>Rapporten för {number} skrevs inte: {reason}</translation>
        </message>
        <message>
            <source>KPI report of {number} for {period}</source>
            <translation>KPI-rapport för {number}, {period}</translation>
        </message>
        <message>
            <source>Writing the KPI report of {number} for {period}…</source>
            <translation>Skriver KPI-rapporten för {number}, {period}…</translation>
        </message>
        <message>
            <source>the credit note of {number} for {period}</source>
            <translation>kreditnotan för {number}, {period}</translation>
        </message>
        <message>
            <source>Credit note of {number} for {period}</source>
            <translation>Kreditnota för {number}, {period}</translation>
        </message>
        <message>
            <source>{what} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{what} finns redan i registret, likadan in på byten: inget skrevs ({folder})</translation>
        </message>
        <message>
            <source>{what} written into {folder}: {files}</source>
            <translation>{what} skriven till {folder}: {files}</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Hela portföljen</translation>
        </message>
        <message>
            <source>The agreement selected in the register, or every signed agreement</source>
            <translation>Avtalet som är markerat i registret, eller alla signerade avtal</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importera…</translation>
        </message>
        <message>
            <source>Import tickets or outages from a CSV, XLSX or JSON export, with a preview first</source>
            <translation>Importera ärenden eller avbrott från en CSV-, XLSX- eller JSON-export, med förhandsvisning först</translation>
        </message>
        <message>
            <source>Reports for &amp;every agreement…</source>
            <translation>Rapporter för &amp;alla avtal…</translation>
        </message>
        <message>
            <source>The KPI report of this period for every signed agreement, as PDF and DOCX, into the register (in the background; you can cancel between agreements)</source>
            <translation>KPI-rapporten för den här perioden för varje signerat avtal, som PDF och DOCX, till registret (i bakgrunden; du kan avbryta mellan avtalen)</translation>
        </message>
        <message>
            <source>C&amp;lose period…</source>
            <translation>&amp;Stäng period…</translation>
        </message>
        <message>
            <source>Store this period's figures for good: they never change after (an audited step)</source>
            <translation>Spara periodens siffror för gott: de ändras aldrig därefter (ett granskat steg)</translation>
        </message>
        <message>
            <source>Only a quality checker or an administrator closes a period</source>
            <translation>Bara en kvalitetsgranskare eller en administratör stänger en period</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>A&amp;vtal:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Tidsperiod:</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Uppfyllda mål</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Överträdelser</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Tillgänglighet (mål)</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Servicekredit</translation>
        </message>
        <message>
            <source>Line or agreement</source>
            <translation>Rad eller avtal</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Mätperiod</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Kundupplevelse</translation>
        </message>
        <message>
            <source>Targets met, last twelve periods (%)</source>
            <translation>Uppfyllda mål, senaste tolv perioderna (%)</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tid kvar</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Eskalering</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Använd tid</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Tillåten</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Iakttagelse</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Perioder</translation>
        </message>
        <message>
            <source>Suggested level</source>
            <translation>Föreslagen nivå</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>Skillnad per månad</translation>
        </message>
        <message>
            <source>A&amp;t risk</source>
            <translation>I &amp;riskzonen</translation>
        </message>
        <message>
            <source>&amp;Breaches</source>
            <translation>Öv&amp;erträdelser</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; e&amp;xperience</source>
            <translation>Servi&amp;cekrediter &amp;&amp; upplevelse</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>&amp;Förslag</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Stäng fönstret</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Läser {period}…</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Kunde inte läsa siffrorna: {reason}</translation>
        </message>
        <message>
            <source>{period}: closed {date} by {person}</source>
            <translation>{period}: stängd {date} av {person}</translation>
        </message>
        <message>
            <source>{period}: provisional, not closed</source>
            <translation>{period}: preliminär, inte stängd</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n signed agreement(s)</source>
            <translation>
                <numerusform>{period}: %n signerat avtal</numerusform>
                <numerusform>{period}: %n signerade avtal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n line(s) met</source>
            <translation>
                <numerusform>{met} av %n rad uppfylld</numerusform>
                <numerusform>{met} av %n rader uppfyllda</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {percent} %</source>
            <translation>mål {percent} %</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} till {last}</translation>
        </message>
        <message>
            <source>past due</source>
            <translation>försenad</translation>
        </message>
        <message>
            <source>A&amp;t risk ({count})</source>
            <translation>I &amp;riskzonen ({count})</translation>
        </message>
        <message>
            <source>Close period</source>
            <translation>Stäng period</translation>
        </message>
        <message>
            <source>Close {period} of {number}?

Its figures are stored as they are now and never change after; tickets imported later are listed as late.</source>
            <translation>Stänga {period} för {number}?

Siffrorna sparas som de är nu och ändras aldrig därefter; ärenden som importeras senare listas som sena.</translation>
        </message>
        <message numerus="yes">
            <source>{number} {period} closed: %n target(s) breached</source>
            <translation>
                <numerusform>{number} {period} stängd: %n mål överträtt</numerusform>
                <numerusform>{number} {period} stängd: %n mål överträdda</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the portfolio's last twelve periods…</source>
            <translation>Läser portföljens senaste tolv perioder…</translation>
        </message>
        <message>
            <source>Could not read the portfolio's trend: {reason}</source>
            <translation>Kunde inte läsa portföljens utveckling: {reason}</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portföljen</translation>
        </message>
        <message>
            <source>Targets met across the portfolio, last twelve periods (%)</source>
            <translation>Uppfyllda mål i hela portföljen, senaste tolv perioderna (%)</translation>
        </message>
        <message>
            <source>Writing the reports of {period}…</source>
            <translation>Skriver rapporterna för {period}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>Writing the report of {number} ({done} of {total})…</source>
            <translation>Skriver rapporten för {number} ({done} av {total})…</translation>
        </message>
        <message>
            <source>The reports were not written: {reason}</source>
            <translation>Rapporterna skrevs inte: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) of {period} written</source>
            <translation>
                <numerusform>%n rapport för {period} skriven</numerusform>
                <numerusform>%n rapporter för {period} skrivna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended before it</source>
            <translation>
                <numerusform>%n upphörde före den</numerusform>
                <numerusform>%n upphörde före den</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cancelled, %n not begun</source>
            <translation>
                <numerusform>avbrutet, %n inte påbörjad</numerusform>
                <numerusform>avbrutet, %n inte påbörjade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (the first: {number}: {reason})</source>
            <translation>
                <numerusform>%n avvisad (den första: {number}: {reason})</numerusform>
                <numerusform>%n avvisade (den första: {number}: {reason})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWording</name>
        <message>
            <source>Response</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Lösning</translation>
        </message>
        <message>
            <source>response</source>
            <translation>svar</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>lösning</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>i riskzonen</translation>
        </message>
        <message>
            <source>breached</source>
            <translation>överträdd</translation>
        </message>
        <message>
            <source>breached 2x</source>
            <translation>överträdd 2x</translation>
        </message>
        <message>
            <source>green outside, red inside</source>
            <translation>grönt utanpå, rött inuti</translation>
        </message>
        <message>
            <source>experience goals missed</source>
            <translation>upplevelsemålen missades</translation>
        </message>
        <message>
            <source>too few survey answers to judge</source>
            <translation>för få enkätsvar för att bedöma</translation>
        </message>
        <message>
            <source>experience goals met</source>
            <translation>upplevelsemålen uppfylldes</translation>
        </message>
        <message>
            <source>no experience goals recorded</source>
            <translation>inga upplevelsemål registrerade</translation>
        </message>
        <message>
            <source>{target} consistently missed</source>
            <translation>{target} missas genomgående</translation>
        </message>
        <message>
            <source>{target} over-delivered</source>
            <translation>{target} överlevereras</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>stängd</translation>
        </message>
        <message>
            <source>open</source>
            <translation>öppen</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>rad {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>rad {number}</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>tillgänglighet</translation>
        </message>
        <message>
            <source>{priority} {kind}</source>
            <translation>{priority} {kind}</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inget</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount} (provisional)</source>
            <translation>&lt;b&gt;Servicekrediter att betala för {period}:&lt;/b&gt; {amount} (preliminärt)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount}</source>
            <translation>&lt;b&gt;Servicekrediter att betala för {period}:&lt;/b&gt; {amount}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Experience:&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Upplevelse:&lt;/b&gt; {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Satisfaction {measured} % from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Nöjdhet {measured} % av %n svar (mål {goal})</numerusform>
                <numerusform>Nöjdhet {measured} % av %n svar (mål {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Effort {measured} from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Ansträngning {measured} av %n svar (mål {goal})</numerusform>
                <numerusform>Ansträngning {measured} av %n svar (mål {goal})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amounts}</source>
            <translation>&lt;b&gt;Servicekrediter för {period}:&lt;/b&gt; {amounts}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Servicekrediter för {period}:&lt;/b&gt; inga</translation>
        </message>
        <message>
            <source>(provisional where the period is not closed)</source>
            <translation>(preliminärt där perioden inte är stängd)</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Breaches:&lt;/b&gt; %n target(s) breached</source>
            <translation>
                <numerusform>&lt;b&gt;Överträdelser:&lt;/b&gt; %n mål överträtt</numerusform>
                <numerusform>&lt;b&gt;Överträdelser:&lt;/b&gt; %n mål överträdda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) owe credits</source>
            <translation>
                <numerusform>%n avtal är skyldigt servicekrediter</numerusform>
                <numerusform>%n avtal är skyldiga servicekrediter</numerusform>
            </translation>
        </message>
        <message>
            <source>Each agreement's experience check is in its row, its breaches and review suggestions in their tabs; select one in the register for its own figures.</source>
            <translation>Varje avtals upplevelsekontroll står på dess rad, dess överträdelser och förslag i sina flikar; välj ett avtal i registret för att se dess egna siffror.</translation>
        </message>
        <message>
            <source>The Breaches tab lists the first {count}; an agreement's own view lists all of its own.</source>
            <translation>Fliken Överträdelser visar de första {count}; ett avtals egen vy visar alla dess egna.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfDialog</name>
        <message>
            <source>What if: {number}, {period}</source>
            <translation>Vad händer om: {number}, {period}</translation>
        </message>
        <message>
            <source>The tickets and outages of {period}, measured again against every level of the line's service, as they stand now. The price is today's for the line's requirement; the level signed is marked.</source>
            <translation>Ärendena och avbrotten under {period}, mätta på nytt mot varje nivå av radens tjänst, som de ser ut nu. Priset är dagens för radens krav; den signerade nivån är markerad.</translation>
        </message>
        <message>
            <source>&amp;Line:</source>
            <translation>&amp;Rad:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Månadspris</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Skillnad</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Överträdelser</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Uppfyllda mål</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Tillgänglighet (mål)</translation>
        </message>
        <message>
            <source>Can it serve the requirement?</source>
            <translation>Kan den uppfylla kravet?</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Läser {period}…</translation>
        </message>
        <message>
            <source>Could not measure the levels: {reason}</source>
            <translation>Kunde inte mäta nivåerna: {reason}</translation>
        </message>
        <message>
            <source>{position}. {service}, signed at {fee} a month</source>
            <translation>{position}. {service}, signerad för {fee} i månaden</translation>
        </message>
        <message>
            <source>The agreement has no lines.</source>
            <translation>Avtalet har inga rader.</translation>
        </message>
        <message>
            <source>{level} (signed)</source>
            <translation>{level} (signerad)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
</TS>
