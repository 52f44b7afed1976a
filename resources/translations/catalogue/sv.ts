<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>CalendarsWindow</name>
        <message>
            <source>&amp;Monday</source>
            <translation>&amp;Måndag</translation>
        </message>
        <message>
            <source>&amp;Tuesday</source>
            <translation>&amp;Tisdag</translation>
        </message>
        <message>
            <source>&amp;Wednesday</source>
            <translation>&amp;Onsdag</translation>
        </message>
        <message>
            <source>T&amp;hursday</source>
            <translation>To&amp;rsdag</translation>
        </message>
        <message>
            <source>&amp;Friday</source>
            <translation>&amp;Fredag</translation>
        </message>
        <message>
            <source>Sat&amp;urday</source>
            <translation>&amp;Lördag</translation>
        </message>
        <message>
            <source>Sun&amp;day</source>
            <translation>Sön&amp;dag</translation>
        </message>
        <message>
            <source>New calendar</source>
            <translation>Ny kalender</translation>
        </message>
        <message>
            <source>Business-hours calendars — slamdesk</source>
            <translation>Arbetstidskalendrar — slamdesk</translation>
        </message>
        <message>
            <source>New c&amp;alendar</source>
            <translation>Ny &amp;kalender</translation>
        </message>
        <message>
            <source>e.g. Stockholm office</source>
            <translation>t.ex. Stockholmskontoret</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm</source>
            <translation>t.ex. Europe/Stockholm</translation>
        </message>
        <message>
            <source>none; or e.g. SE, VN, ID, UA, DE-BY</source>
            <translation>inga; eller t.ex. SE, VN, ID, UA, DE-BY</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>ledig dag</translation>
        </message>
        <message>
            <source>more days off, e.g. 2026-12-24, 2026-12-31</source>
            <translation>fler lediga dagar, t.ex. 2026-12-24, 2026-12-31</translation>
        </message>
        <message>
            <source>one per line: 2026-12-23T12:00 / 2026-12-23T17:00</source>
            <translation>en per rad: 2026-12-23T12:00 / 2026-12-23T17:00</translation>
        </message>
        <message>
            <source>Keep the calendar as its next version (Ctrl+S)</source>
            <translation>Spara kalendern som dess nästa version (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Skrivskyddad:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Tid&amp;szon:</translation>
        </message>
        <message>
            <source>&amp;Public holidays of:</source>
            <translation>&amp;Allmänna helgdagar i:</translation>
        </message>
        <message>
            <source>Working hours (several a day: 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight)</source>
            <translation>Arbetstider (flera per dag: 08:00-12:00, 13:00-17:00; 22:00-06:00 löper över midnatt)</translation>
        </message>
        <message>
            <source>More days &amp;off:</source>
            <translation>Fler lediga da&amp;gar:</translation>
        </message>
        <message>
            <source>C&amp;losures:</source>
            <translation>Stängn&amp;ingar:</translation>
        </message>
        <message>
            <source>Stored calendars:</source>
            <translation>Sparade kalendrar:</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Arbetstidskalendrar</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Version {version}: {description}</translation>
        </message>
        <message>
            <source>No calendar is stored yet: type one and Save.</source>
            <translation>Ingen kalender är sparad än: skriv in en och välj Spara.</translation>
        </message>
        <message>
            <source>Version {version}, saved {saved}: {description}</source>
            <translation>Version {version}, sparad {saved}: {description}</translation>
        </message>
        <message>
            <source>A new calendar: name it, set its hours and Save.</source>
            <translation>En ny kalender: namnge den, ange tiderna och välj Spara.</translation>
        </message>
        <message>
            <source>Save the calendar</source>
            <translation>Spara kalendern</translation>
        </message>
        <message>
            <source>Calendar {name} saved as version {version}</source>
            <translation>Kalendern {name} sparad som version {version}</translation>
        </message>
        <message>
            <source>Calendar {name}</source>
            <translation>Kalendern {name}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueCommands</name>
        <message>
            <source>(no name)</source>
            <translation>(inget namn)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Add level {name}</source>
            <translation>Lägg till nivån {name}</translation>
        </message>
        <message>
            <source>Remove level {name}</source>
            <translation>Ta bort nivån {name}</translation>
        </message>
        <message>
            <source>Edit service {field}</source>
            <translation>Ändra tjänstens {field}</translation>
        </message>
        <message>
            <source>Edit {level}: {field}</source>
            <translation>Ändra {level}: {field}</translation>
        </message>
        <message>
            <source>Edit service</source>
            <translation>Ändra tjänst</translation>
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
            <translation>Filtrera tjänster</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Namn på andra språk</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Läs in igen</translation>
        </message>
        <message>
            <source>Open the service again as stored, dropping your unsaved edits</source>
            <translation>Öppna tjänsten igen som den är sparad; dina osparade ändringar försvinner</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>Spara tjänsten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>Å&amp;ngra</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Ångra den senaste ändringen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gör om</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Gör om den senast ångrade ändringen</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>Å&amp;ngra {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Gör om {action}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>&amp;New service</source>
            <translation>&amp;Ny tjänst</translation>
        </message>
        <message>
            <source>Start a new service</source>
            <translation>Börja på en ny tjänst</translation>
        </message>
        <message>
            <source>Add &amp;level</source>
            <translation>&amp;Lägg till nivå</translation>
        </message>
        <message>
            <source>Add a level, copied from the one shown</source>
            <translation>Lägg till en nivå, kopierad från den som visas</translation>
        </message>
        <message>
            <source>Add &amp;VIP level for customer…</source>
            <translation>Lägg till &amp;VIP-nivå för kund…</translation>
        </message>
        <message>
            <source>Add a level offered to one customer only</source>
            <translation>Lägg till en nivå som bara erbjuds en kund</translation>
        </message>
        <message>
            <source>Re&amp;move level</source>
            <translation>&amp;Ta bort nivå</translation>
        </message>
        <message>
            <source>Remove the level shown</source>
            <translation>Ta bort nivån som visas</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Åte&amp;rställ</translation>
        </message>
        <message>
            <source>Drop unsaved edits to this service</source>
            <translation>Släng osparade ändringar i den här tjänsten</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>Close the catalogue</source>
            <translation>Stäng katalogen</translation>
        </message>
        <message>
            <source>Business-&amp;hours calendars…</source>
            <translation>&amp;Arbetstidskalendrar…</translation>
        </message>
        <message>
            <source>The calendars levels are timed in: hours, public holidays, closures</source>
            <translation>Kalendrarna nivåernas tider räknas i: arbetstider, helgdagar, stängningar</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Tjänst</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Redigera</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>★ has VIP levels for named customers</source>
            <translation>★ har VIP-nivåer för namngivna kunder</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>K&amp;od:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Nam&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <source>Service catalogue — slamdesk</source>
            <translation>Tjänstekatalog — slamdesk</translation>
        </message>
        <message>
            <source>Levels: {levels}</source>
            <translation>Nivåer: {levels}</translation>
        </message>
        <message numerus="yes">
            <source>★ %n VIP level(s) for named customers</source>
            <translation>
                <numerusform>★ %n VIP-nivå för namngivna kunder</numerusform>
                <numerusform>★ %n VIP-nivåer för namngivna kunder</numerusform>
            </translation>
        </message>
        <message>
            <source>The service “{name}”</source>
            <translation>Tjänsten ”{name}”</translation>
        </message>
        <message>
            <source>The new service</source>
            <translation>Den nya tjänsten</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Skrivskyddat:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>Standard level, offered to every customer</source>
            <translation>Standardnivå, erbjuds alla kunder</translation>
        </message>
        <message>
            <source>VIP level for {customer}</source>
            <translation>VIP-nivå för {customer}</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Ny tjänst</translation>
        </message>
        <message>
            <source>{service} — service catalogue — slamdesk</source>
            <translation>{service} — tjänstekatalog — slamdesk</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.</source>
            <translation>Spara (Ctrl+S) eller återställ (Ctrl+Shift+R) ändringarna i den här tjänsten först.</translation>
        </message>
        <message>
            <source>{level} (copy)</source>
            <translation>{level} (kopia)</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Arbetstidskalendrar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Save service</source>
            <translation>Spara tjänst</translation>
        </message>
        <message>
            <source>this service</source>
            <translation>den här tjänsten</translation>
        </message>
        <message>
            <source>Save: not done. {reason}</source>
            <translation>Spara: inte gjort. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Service {code} saved with %n level(s)</source>
            <translation>
                <numerusform>Tjänsten {code} sparad med %n nivå</numerusform>
                <numerusform>Tjänsten {code} sparad med %n nivåer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueWording</name>
        <message>
            <source>P1 Critical</source>
            <translation>P1 Kritisk</translation>
        </message>
        <message>
            <source>P2 High</source>
            <translation>P2 Hög</translation>
        </message>
        <message>
            <source>P3 Normal</source>
            <translation>P3 Normal</translation>
        </message>
        <message>
            <source>P4 Low</source>
            <translation>P4 Låg</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>fast pris</translation>
        </message>
        <message>
            <source>per user</source>
            <translation>per användare</translation>
        </message>
        <message>
            <source>per device</source>
            <translation>per enhet</translation>
        </message>
        <message>
            <source>per site</source>
            <translation>per plats</translation>
        </message>
        <message>
            <source>per resolved incident</source>
            <translation>per löst incident</translation>
        </message>
        <message>
            <source>per delivered item</source>
            <translation>per levererad enhet</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>per månad</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>per kvartal</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per år</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>arbetsdagar</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>kalenderdagar</translation>
        </message>
        <message>
            <source>business hours</source>
            <translation>arbetstimmar</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>timmar</translation>
        </message>
        <message>
            <source>name</source>
            <translation>namn</translation>
        </message>
        <message>
            <source>VIP customer</source>
            <translation>VIP-kund</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>täckning</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>tillgänglighet</translation>
        </message>
        <message>
            <source>availability period</source>
            <translation>tillgänglighetsperiod</translation>
        </message>
        <message>
            <source>internal availability</source>
            <translation>intern tillgänglighet</translation>
        </message>
        <message>
            <source>internal buffer</source>
            <translation>intern buffert</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>regioner</translation>
        </message>
        <message>
            <source>minimum volume</source>
            <translation>minimivolym</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>fast avgift</translation>
        </message>
        <message>
            <source>price unit</source>
            <translation>prisenhet</translation>
        </message>
        <message>
            <source>fee per unit</source>
            <translation>avgift per enhet</translation>
        </message>
        <message>
            <source>value-based unit</source>
            <translation>värdebaserad enhet</translation>
        </message>
        <message>
            <source>value-based price</source>
            <translation>värdebaserat pris</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>kalender</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>mål</translation>
        </message>
        <message>
            <source>volume bands</source>
            <translation>volymintervall</translation>
        </message>
        <message>
            <source>regional variants</source>
            <translation>regionala varianter</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>åtaganden</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kod</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivning</translation>
        </message>
        <message>
            <source>names in other languages</source>
            <translation>namn på andra språk</translation>
        </message>
    </context>
    <context>
        <name>LevelForm</name>
        <message>
            <source>e.g. Gold</source>
            <translation>t.ex. Guld</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>— standard level, for every customer —</source>
            <translation>— standardnivå, för alla kunder —</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>härleds</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— ingen —</translation>
        </message>
        <message>
            <source>everywhere; or e.g. City, Rural</source>
            <translation>överallt; eller t.ex. Stad, Landsbygd</translation>
        </message>
        <message>
            <source>Times count business &amp;hours only (else calendar hours)</source>
            <translation>Tider räknas bara i arbetsti&amp;mmar (annars kalendertimmar)</translation>
        </message>
        <message>
            <source>a stored calendar's name; empty: each line's hours of coverage</source>
            <translation>en sparad kalenders namn; tomt: varje rads täckningstider</translation>
        </message>
        <message>
            <source>Calendar&amp;s…</source>
            <translation>Kalend&amp;rar…</translation>
        </message>
        <message>
            <source>Business-hours calendars: hours, public holidays, closures (Ctrl+Shift+H)</source>
            <translation>Arbetstidskalendrar: arbetstider, helgdagar, stängningar (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Lösning</translation>
        </message>
        <message>
            <source>Internal
response</source>
            <translation>Internt
svar</translation>
        </message>
        <message>
            <source>Internal
resolution</source>
            <translation>Intern
lösning</translation>
        </message>
        <message>
            <source>Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if not offered. Empty internal aims are derived from the buffer.</source>
            <translation>Tider som 4 h, 30 min eller 1 d 2 h; lämna en prioritet tom om den inte erbjuds. Tomma interna mål härleds från bufferten.</translation>
        </message>
        <message>
            <source>From units</source>
            <translation>Från antal enheter</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Rabatt %</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Lägg till intervall</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Ta bort intervall</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Surcharge %</source>
            <translation>Påslag %</translation>
        </message>
        <message>
            <source>Add variant</source>
            <translation>Lägg till variant</translation>
        </message>
        <message>
            <source>Remove variant</source>
            <translation>Ta bort variant</translation>
        </message>
        <message>
            <source>Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's</source>
            <translation>Mål som en region har i stället för nivåns, som 8 h / 1 d; tomt behåller nivåns</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Åtagande</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Mängd</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>Internal aim</source>
            <translation>Internt mål</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Lägg till åtagande</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Ta bort åtagande</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>N&amp;amn:</translation>
        </message>
        <message>
            <source>&amp;VIP customer:</source>
            <translation>&amp;VIP-kund:</translation>
        </message>
        <message>
            <source>&amp;Coverage:</source>
            <translation>Täc&amp;kning:</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Tillgänglighet</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>&amp;Tillgänglighet:</translation>
        </message>
        <message>
            <source>&amp;Internal availability %:</source>
            <translation>&amp;Intern tillgänglighet %:</translation>
        </message>
        <message>
            <source>Internal buffe&amp;r %:</source>
            <translation>Intern b&amp;uffert %:</translation>
        </message>
        <message>
            <source>Price per month</source>
            <translation>Pris per månad</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>Va&amp;luta:</translation>
        </message>
        <message>
            <source>&amp;Fixed fee:</source>
            <translation>&amp;Fast avgift:</translation>
        </message>
        <message>
            <source>Price &amp;unit:</source>
            <translation>&amp;Prisenhet:</translation>
        </message>
        <message>
            <source>Fee &amp;per unit:</source>
            <translation>Avgift per &amp;enhet:</translation>
        </message>
        <message>
            <source>Value-&amp;based unit:</source>
            <translation>Värdeba&amp;serad enhet:</translation>
        </message>
        <message>
            <source>Price per value uni&amp;t:</source>
            <translation>Pris per värdeen&amp;het:</translation>
        </message>
        <message>
            <source>Minimum volum&amp;e:</source>
            <translation>Minimivol&amp;ym:</translation>
        </message>
        <message>
            <source>Offered in re&amp;gions:</source>
            <translation>Erbjuds i re&amp;gioner:</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Namn på andra språk</translation>
        </message>
        <message>
            <source>Targets per priority</source>
            <translation>Mål per prioritet</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>Kalen&amp;der:</translation>
        </message>
        <message>
            <source>A region's surcharge, and its targets as response / resolution</source>
            <translation>En regions påslag och dess mål som svar / lösning</translation>
        </message>
        <message>
            <source>Volume bands</source>
            <translation>Volymintervall</translation>
        </message>
        <message>
            <source>Regional variants</source>
            <translation>Regionala varianter</translation>
        </message>
        <message>
            <source>Other commitments</source>
            <translation>Andra åtaganden</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Version {version}: {description}</translation>
        </message>
        <message>
            <source>Not a stored calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Ingen sparad kalender: avtal mäts i varje rads täckningstider, i kundlandets tidszon och helgdagar.</translation>
        </message>
        <message>
            <source>No calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Ingen kalender: avtal mäts i varje rads täckningstider, i kundlandets tidszon och helgdagar.</translation>
        </message>
    </context>
    <context>
        <name>NamesTable</name>
        <message>
            <source>An agreement written in one of these languages shows the name given here; left empty, it shows the catalogue's name.</source>
            <translation>Ett avtal som skrivs på något av dessa språk visar namnet som anges här; lämnas det tomt visar avtalet katalogens namn.</translation>
        </message>
        <message>
            <source>Names in other languages</source>
            <translation>Namn på andra språk</translation>
        </message>
    </context>
    <context>
        <name>VipLevelDialog</name>
        <message>
            <source>Add VIP level for customer</source>
            <translation>Lägg till VIP-nivå för kund</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Kund:</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Utgå från:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <source>Add VIP level</source>
            <translation>Lägg till VIP-nivå</translation>
        </message>
        <message>
            <source>A VIP level is offered to one customer only. It starts as a copy of a standard level; change its targets and price, then save the service.</source>
            <translation>En VIP-nivå erbjuds bara en kund. Den börjar som en kopia av en standardnivå; ändra dess mål och pris och spara sedan tjänsten.</translation>
        </message>
        <message>
            <source>{level} VIP ({customer})</source>
            <translation>{level} VIP ({customer})</translation>
        </message>
        <message>
            <source>choose a customer and a standard level to start from</source>
            <translation>välj en kund och en standardnivå att utgå från</translation>
        </message>
    </context>
</TS>
