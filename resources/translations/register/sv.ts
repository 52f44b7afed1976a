<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgreementDetail</name>
        <message>
            <source>approved</source>
            <translation>godkänt</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>ändringar begärda</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, version {version}</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} till {end}</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Månadsvärde</translation>
        </message>
        <message>
            <source>{amount} before tax</source>
            <translation>{amount} exkl. moms</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Upprättat av</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>Innehållets SHA-256</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Servicetid</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioriteter</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Styckpris</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per månad</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Tillgänglighet</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Tjänster</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Granskningar</translation>
        </message>
        <message>
            <source>No review decisions yet.</source>
            <translation>Inga granskningsbeslut ännu.</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>ingen kommentar</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Granskare</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>inte signerat</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Undertecknare</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signerat</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signaturer</translation>
        </message>
        <message>
            <source>Register documents</source>
            <translation>Registerdokument</translation>
        </message>
        <message>
            <source>Not exported into the register yet.</source>
            <translation>Ännu inte exporterat till registret.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporterat</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <source>Batch export</source>
            <translation>Massexport</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>Inget att exportera i den här vyn; hoppades över: {already} redan exporterade, {unsigned} inte signerade.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported.</source>
            <translation>Inget att exportera i den här vyn; hoppades över: {already} redan exporterade.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {unsigned} not signed.</source>
            <translation>Inget att exportera i den här vyn; hoppades över: {unsigned} inte signerade.</translation>
        </message>
        <message>
            <source>Nothing to export in this view.</source>
            <translation>Inget att exportera i den här vyn.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>
                <numerusform>%n avtal exporteras; hoppades över: {already} redan exporterade, {unsigned} inte signerade.</numerusform>
                <numerusform>%n avtal exporteras; hoppades över: {already} redan exporterade, {unsigned} inte signerade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported.</source>
            <translation>
                <numerusform>%n avtal exporteras; hoppades över: {already} redan exporterade.</numerusform>
                <numerusform>%n avtal exporteras; hoppades över: {already} redan exporterade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {unsigned} not signed.</source>
            <translation>
                <numerusform>%n avtal exporteras; hoppades över: {unsigned} inte signerade.</numerusform>
                <numerusform>%n avtal exporteras; hoppades över: {unsigned} inte signerade.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported.</source>
            <translation>
                <numerusform>%n avtal exporteras.</numerusform>
                <numerusform>%n avtal exporteras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Massexporten avbröts: {exported} exporterade, {skipped} överhoppade ({already} redan exporterade, {unsigned} inte signerade), %n fel.</numerusform>
                <numerusform>Massexporten avbröts: {exported} exporterade, {skipped} överhoppade ({already} redan exporterade, {unsigned} inte signerade), %n fel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Massexporten är klar: {exported} exporterade, {skipped} överhoppade ({already} redan exporterade, {unsigned} inte signerade), %n fel.</numerusform>
                <numerusform>Massexporten är klar: {exported} exporterade, {skipped} överhoppade ({already} redan exporterade, {unsigned} inte signerade), %n fel.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) not started.</source>
            <translation>
                <numerusform>%n avtal påbörjades inte.</numerusform>
                <numerusform>%n avtal påbörjades inte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export cancelled.</source>
            <translation>Massexporten avbröts.</translation>
        </message>
        <message>
            <source>Batch export finished.</source>
            <translation>Massexporten är klar.</translation>
        </message>
        <message numerus="yes">
            <source>{exported} (%n file(s) written into the register folder and recorded)</source>
            <translation>
                <numerusform>{exported} (%n fil skriven till registermappen och registrerad)</numerusform>
                <numerusform>{exported} (%n filer skrivna till registermappen och registrerade)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Exporterade:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>Överhoppade:</translation>
        </message>
        <message>
            <source>{skipped} ({already} already exported, {unsigned} not signed)</source>
            <translation>{skipped} ({already} redan exporterade, {unsigned} inte signerade)</translation>
        </message>
        <message>
            <source>Not started:</source>
            <translation>Inte påbörjade:</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Fel:</translation>
        </message>
        <message>
            <source>The agreement being written when you cancelled was finished; no other was started.</source>
            <translation>Avtalet som skrevs när du avbröt slutfördes; inget annat påbörjades.</translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Inte exporterade:</translation>
        </message>
        <message>
            <source>…and {more} more (see Show Details).</source>
            <translation>…och {more} till (se Visa detaljer).</translation>
        </message>
        <message numerus="yes">
            <source>the signed agreements among the %n agreement(s) of this view</source>
            <translation>
                <numerusform>de signerade avtalen bland vyns %n avtal</numerusform>
                <numerusform>de signerade avtalen bland vyns %n avtal</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the agreements this view would export…</source>
            <translation>Räknar avtalen som vyn skulle exportera…</translation>
        </message>
        <message>
            <source>The view could not be read: {error}</source>
            <translation>Vyn kunde inte läsas: {error}</translation>
        </message>
        <message>
            <source>Cancelling the batch export after the agreement in hand…</source>
            <translation>Avbryter massexporten efter det pågående avtalet…</translation>
        </message>
        <message>
            <source>Batch export: not done. {error}</source>
            <translation>Massexport: inte utförd. {error}</translation>
        </message>
        <message>
            <source>The batch export stopped: {error}</source>
            <translation>Massexporten stoppades: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchProgressDialog</name>
        <message>
            <source>Reading the register view…</source>
            <translation>Läser registervyn…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>Cancelling: the agreement being written is finished and recorded; no other is started.</source>
            <translation>Avbryter: avtalet som skrivs slutförs och registreras; inget annat påbörjas.</translation>
        </message>
        <message>
            <source>Exporting {number} ({current} of {total})…
Cancel stops after this agreement; what is written stays in the register.</source>
            <translation>Exporterar {number} ({current} av {total})…
Avbryt stoppar efter det här avtalet; det som har skrivits finns kvar i registret.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s).</source>
            <translation>
                <numerusform>%n avtal exporterat.</numerusform>
                <numerusform>%n avtal exporterade.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Any customer</source>
            <translation>Alla kunder</translation>
        </message>
    </context>
    <context>
        <name>DaysBox</name>
        <message>
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Preview PDF…</source>
            <translation>Förhandsgranska PDF…</translation>
        </message>
        <message>
            <source>Select an agreement in the register to see its details.</source>
            <translation>Välj ett avtal i registret för att se detaljerna.</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>No agreements match these filters.</source>
            <translation>Inga avtal matchar de här filtren.</translation>
        </message>
        <message>
            <source>No agreements yet. Draft the first one, or load the demo portfolio to look around.</source>
            <translation>Inga avtal ännu. Upprätta det första, eller läs in demoportföljen för att se dig omkring.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
        <message>
            <source>New agreement…</source>
            <translation>Nytt avtal…</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Läs in demoportföljen</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Customer SLA</source>
            <translation>Kund-SLA</translation>
        </message>
        <message>
            <source>Internal SLA</source>
            <translation>Internt SLA</translation>
        </message>
        <message>
            <source>Operational level agreement</source>
            <translation>Driftnivåavtal</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Underliggande kontrakt</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alla typer</translation>
        </message>
        <message>
            <source>Any service</source>
            <translation>Alla tjänster</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Alla</translation>
        </message>
        <message>
            <source>Agreements starting between today and this many days from now</source>
            <translation>Avtal som börjar mellan i dag och så här många dagar framåt</translation>
        </message>
        <message>
            <source>Agreements ending between today and this many days from now</source>
            <translation>Avtal som upphör mellan i dag och så här många dagar framåt</translation>
        </message>
        <message>
            <source>Review d&amp;ue</source>
            <translation>Granskn&amp;ing väntar</translation>
        </message>
        <message>
            <source>Agreements in review: a reviewer's decision is due</source>
            <translation>Avtal under granskning: en granskares beslut väntar</translation>
        </message>
        <message>
            <source>S&amp;ignature due</source>
            <translation>Signe&amp;ring väntar</translation>
        </message>
        <message>
            <source>Approved agreements: the parties' signatures are due</source>
            <translation>Godkända avtal: parternas signaturer väntar</translation>
        </message>
        <message>
            <source>Any experience</source>
            <translation>Alla upplevelser</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Upplevelse</translation>
        </message>
        <message>
            <source>The customer's experience in each agreement's last closed period, against the goals its requirements record</source>
            <translation>Kundens upplevelse under varje avtals senast avslutade period, jämfört med målen i dess krav</translation>
        </message>
        <message>
            <source>Agreements renewing by themselves whose last day to give notice falls between today and this many days from now</source>
            <translation>Avtal som förlängs automatiskt och vars sista uppsägningsdag infaller mellan i dag och så här många dagar framåt</translation>
        </message>
        <message>
            <source>Agreements that renew between today and this many days from now</source>
            <translation>Avtal som förlängs mellan i dag och så här många dagar framåt</translation>
        </message>
        <message>
            <source>Agreements whose next periodic review falls between today and this many days from now (0: due today)</source>
            <translation>Avtal vars nästa periodiska granskning infaller mellan i dag och så här många dagar framåt (0: i dag)</translation>
        </message>
        <message>
            <source>E&amp;xpired</source>
            <translation>Utg&amp;ångna</translation>
        </message>
        <message>
            <source>Agreements that ended without a renewal</source>
            <translation>Avtal som upphörde utan förlängning</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <source>Custo&amp;mer:</source>
            <translation>&amp;Kund:</translation>
        </message>
        <message>
            <source>Servi&amp;ce:</source>
            <translation>T&amp;jänst:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Nivå:</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>Val&amp;uta:</translation>
        </message>
        <message>
            <source>Starts &amp;within:</source>
            <translation>Startar in&amp;om:</translation>
        </message>
        <message>
            <source>E&amp;nds within:</source>
            <translation>S&amp;lutar inom:</translation>
        </message>
        <message>
            <source>N&amp;otice within:</source>
            <translation>Uppsägning ino&amp;m:</translation>
        </message>
        <message>
            <source>Renews within:</source>
            <translation>Förlängs inom:</translation>
        </message>
        <message>
            <source>&amp;Periodic review within:</source>
            <translation>&amp;Periodisk granskning inom:</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Månadsvärde</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Upplevelse</translation>
        </message>
        <message>
            <source>Notice by</source>
            <translation>Uppsägning senast</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Förlängs</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Nästa granskning</translation>
        </message>
        <message>
            <source>Green outside, red inside</source>
            <translation>Grön utanpå, röd inuti</translation>
        </message>
        <message>
            <source>Experience missed</source>
            <translation>Upplevelsemål missat</translation>
        </message>
        <message>
            <source>Too few answers</source>
            <translation>För få svar</translation>
        </message>
        <message>
            <source>Experience met</source>
            <translation>Upplevelsemål uppnått</translation>
        </message>
        <message>
            <source>Every target was met in the last closed period, but the customer's satisfaction or effort missed its goal</source>
            <translation>Alla mål uppfylldes under den senast avslutade perioden, men kundens nöjdhet eller ansträngning nådde inte sitt mål</translation>
        </message>
        <message>
            <source>The customer's satisfaction or effort missed its goal in the last closed period</source>
            <translation>Kundens nöjdhet eller ansträngning nådde inte sitt mål under den senast avslutade perioden</translation>
        </message>
        <message>
            <source>Fewer than 10 survey answers in the last closed period: nothing can be said</source>
            <translation>Färre än 10 enkätsvar under den senast avslutade perioden: inget kan sägas</translation>
        </message>
        <message>
            <source>The customer's experience goals were met in the last closed period</source>
            <translation>Kundens upplevelsemål uppnåddes under den senast avslutade perioden</translation>
        </message>
        <message>
            <source>The requirements record no experience goals</source>
            <translation>Kraven anger inga upplevelsemål</translation>
        </message>
        <message>
            <source>No period closed yet</source>
            <translation>Ingen period avslutad ännu</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Utgånget</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Uppsagt</translation>
        </message>
        <message>
            <source>amendment in draft</source>
            <translation>ändring i utkast</translation>
        </message>
        <message>
            <source>amendment in review</source>
            <translation>ändring under granskning</translation>
        </message>
        <message>
            <source>amendment with changes requested</source>
            <translation>ändring med begärda ändringar</translation>
        </message>
        <message>
            <source>amendment approved, to sign</source>
            <translation>ändring godkänd, ska signeras</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in draft, is on its way</source>
            <translation>{status}, version {version} (gällande); version {amendment}, en ändring i utkast, är på väg</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in review, is on its way</source>
            <translation>{status}, version {version} (gällande); version {amendment}, en ändring under granskning, är på väg</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment with changes requested, is on its way</source>
            <translation>{status}, version {version} (gällande); version {amendment}, en ändring med begärda ändringar, är på väg</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment approved, to sign, is on its way</source>
            <translation>{status}, version {version} (gällande); version {amendment}, en godkänd ändring som ska signeras, är på väg</translation>
        </message>
        <message>
            <source>amendment: {status}</source>
            <translation>ändring: {status}</translation>
        </message>
        <message>
            <source>What the agreement's lines come to per month, before tax</source>
            <translation>Vad avtalets rader uppgår till per månad, exklusive moms</translation>
        </message>
        <message>
            <source>Not exported yet</source>
            <translation>Inte exporterat ännu</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, version {version}</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment} is on its way: {what}</source>
            <translation>{status}, version {version} (gällande); version {amendment} är på väg: {what}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Search number, title, customer, contact, service or site</source>
            <translation>Sök nummer, titel, kund, kontakt, tjänst eller plats</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Rensa filter</translation>
        </message>
        <message>
            <source>Search, status and every filter back to any; the sort order stays</source>
            <translation>Sökning, status och alla filter tillbaka till alla; sorteringen behålls</translation>
        </message>
        <message>
            <source>Clear the search and every filter ({shortcut})</source>
            <translation>Rensa sökningen och alla filter ({shortcut})</translation>
        </message>
        <message>
            <source>Click a column title to sort by it; click again to reverse</source>
            <translation>Klicka på en kolumnrubrik för att sortera efter den; klicka igen för omvänd ordning</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>S&amp;ök:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n avtal</numerusform>
                <numerusform>%n avtal</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole register</source>
            <translation>Hela registret</translation>
        </message>
        <message numerus="yes">
            <source>Narrowed by %n filter(s)</source>
            <translation>
                <numerusform>Avgränsat med %n filter</numerusform>
                <numerusform>Avgränsat med %n filter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFilterDialog</name>
        <message>
            <source>Save filter</source>
            <translation>Spara filter</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name, to pick again later from the Saved list. Saving under a name you already use replaces that filter.</source>
            <translation>Spara aktuell sökning, filter och sorteringsordning under ett namn, så att du kan välja dem igen senare i listan Sparade. Om du sparar under ett namn som du redan använder ersätts det filtret.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>e.g. Gold agreements ending this quarter</source>
            <translation>t.ex. Guldavtal som upphör detta kvartal</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Namn:</translation>
        </message>
    </context>
    <context>
        <name>SavedFilters</name>
        <message>
            <source>Your saved filters: pick one to show that view again</source>
            <translation>Dina sparade filter: välj ett för att visa den vyn igen</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Spara filter…</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name</source>
            <translation>Spara aktuell sökning, filter och sorteringsordning under ett namn</translation>
        </message>
        <message>
            <source>Save the current search, filters and sort under a name ({shortcut})</source>
            <translation>Spara aktuell sökning, filter och sortering under ett namn ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Delete saved filter…</source>
            <translation>&amp;Ta bort sparat filter…</translation>
        </message>
        <message>
            <source>Forget the saved filter chosen in the Saved list</source>
            <translation>Glöm det sparade filter som är valt i listan Sparade</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter ({shortcut})</source>
            <translation>Ta bort det valda sparade filtret ({shortcut})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Spara…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Save&amp;d:</source>
            <translation>Spara&amp;de:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Inga ännu</translation>
        </message>
        <message>
            <source>Saved filter “{name}” is shown</source>
            <translation>Det sparade filtret ”{name}” visas</translation>
        </message>
        <message>
            <source>Filter “{name}” replaced</source>
            <translation>Filtret ”{name}” ersattes</translation>
        </message>
        <message>
            <source>Filter “{name}” saved</source>
            <translation>Filtret ”{name}” sparades</translation>
        </message>
        <message>
            <source>Delete saved filter</source>
            <translation>Ta bort sparat filter</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”? The register view itself stays as it is.</source>
            <translation>Ta bort det sparade filtret ”{name}”? Själva registervyn förblir som den är.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Saved filter “{name}” deleted</source>
            <translation>Det sparade filtret ”{name}” togs bort</translation>
        </message>
    </context>
    <context>
        <name>SignatureBadge</name>
        <message>
            <source>File unreadable</source>
            <translation>Filen går inte att läsa</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>Filen saknas</translation>
        </message>
        <message>
            <source>no file at {path}</source>
            <translation>ingen fil på {path}</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Inte verifierad</translation>
        </message>
        <message>
            <source>Signed, intact</source>
            <translation>Signerad, oförändrad</translation>
        </message>
        <message>
            <source>Unsigned</source>
            <translation>Osignerad</translation>
        </message>
        <message>
            <source>Signature not trusted</source>
            <translation>Signaturen är inte betrodd</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Ändrad efter signering</translation>
        </message>
    </context>
    <context>
        <name>ViewExport</name>
        <message>
            <source>Export register view</source>
            <translation>Exportera registervy</translation>
        </message>
        <message>
            <source>CSV, comma-separated</source>
            <translation>CSV, kommaseparerad</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-arbetsbok</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Kan inte skriva {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) to {file}…</source>
            <translation>
                <numerusform>Skriver %n avtal till {file}…</numerusform>
                <numerusform>Skriver %n avtal till {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) of the register view to {file}…</source>
            <translation>
                <numerusform>Skriver registervyns %n avtal till {file}…</numerusform>
                <numerusform>Skriver registervyns %n avtal till {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s) to {path}</source>
            <translation>
                <numerusform>Exporterade %n avtal till {path}</numerusform>
                <numerusform>Exporterade %n avtal till {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export register view: not done. {reason}</source>
            <translation>Exportera registervy: inte utfört. {reason}</translation>
        </message>
        <message>
            <source>The register view was not exported. {reason}</source>
            <translation>Registervyn exporterades inte. {reason}</translation>
        </message>
    </context>
</TS>
