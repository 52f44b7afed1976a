<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgreementActions</name>
        <message>
            <source>Su&amp;bmit for review…</source>
            <translation>Ski&amp;cka till granskning…</translation>
        </message>
        <message>
            <source>Send the draft to named reviewers with roles and due dates</source>
            <translation>Skicka utkastet till namngivna granskare med roller och förfallodatum</translation>
        </message>
        <message>
            <source>Start review &amp;round…</source>
            <translation>Starta gransknings&amp;omgång…</translation>
        </message>
        <message>
            <source>Send the version in review to named reviewers</source>
            <translation>Skicka versionen under granskning till namngivna granskare</translation>
        </message>
        <message>
            <source>&amp;Quality checklist…</source>
            <translation>&amp;Kvalitetschecklista…</translation>
        </message>
        <message>
            <source>Run the automatic quality checks on the current version</source>
            <translation>Kör de automatiska kvalitetskontrollerna på den aktuella versionen</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>&amp;Godkänn…</translation>
        </message>
        <message>
            <source>Approve the agreement after review</source>
            <translation>Godkänn avtalet efter granskning</translation>
        </message>
        <message>
            <source>Request &amp;changes…</source>
            <translation>&amp;Begär ändringar…</translation>
        </message>
        <message>
            <source>Send the agreement back with a comment</source>
            <translation>Skicka tillbaka avtalet med en kommentar</translation>
        </message>
        <message>
            <source>&amp;Revise</source>
            <translation>&amp;Revidera</translation>
        </message>
        <message>
            <source>Take the agreement back to draft to change it</source>
            <translation>Gör avtalet till ett utkast igen för att ändra det</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Signera…</translation>
        </message>
        <message>
            <source>See who has signed and who is next, and record a signature in that order</source>
            <translation>Se vem som har signerat och vem som står på tur, och registrera en signatur i den ordningen</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>Signerings&amp;ordning…</translation>
        </message>
        <message>
            <source>Name each party's signatories and the order they sign in</source>
            <translation>Ange varje parts undertecknare och i vilken ordning de signerar</translation>
        </message>
        <message>
            <source>Act&amp;ivate</source>
            <translation>Akt&amp;ivera</translation>
        </message>
        <message>
            <source>Put the signed agreement into force</source>
            <translation>Sätt det signerade avtalet i kraft</translation>
        </message>
        <message>
            <source>&amp;Terminate…</source>
            <translation>&amp;Avsluta…</translation>
        </message>
        <message>
            <source>End the agreement, giving a reason</source>
            <translation>Avsluta avtalet och ange ett skäl</translation>
        </message>
        <message>
            <source>C&amp;lauses…</source>
            <translation>&amp;Klausuler…</translation>
        </message>
        <message>
            <source>Pick the agreement's clauses from the library and edit its copies</source>
            <translation>Välj avtalets klausuler ur biblioteket och redigera avtalets kopior av dem</translation>
        </message>
        <message>
            <source>Compare &amp;versions…</source>
            <translation>&amp;Jämför versioner…</translation>
        </message>
        <message>
            <source>Compare two versions clause by clause and line by line</source>
            <translation>Jämför två versioner klausul för klausul och rad för rad</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <source>Start a new draft version of a signed agreement, with its own review and signatures</source>
            <translation>Påbörja en ny utkastversion av ett signerat avtal, med egen granskning och egna signaturer</translation>
        </message>
        <message>
            <source>&amp;Update lines from requirements…</source>
            <translation>&amp;Uppdatera rader från kraven…</translation>
        </message>
        <message>
            <source>Take this draft's lines from a newer version of the customer's requirements</source>
            <translation>Hämta utkastets rader från en nyare version av kundens krav</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Exportera till registret…</translation>
        </message>
        <message>
            <source>Write PDF (signed) and DOCX into the register folder</source>
            <translation>Skriv PDF (signerad) och DOCX till registermappen</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>&amp;Förhandsgranska PDF…</translation>
        </message>
        <message>
            <source>Show the agreement's PDF as an export would write it, before exporting</source>
            <translation>Visa avtalets PDF så som en export skulle skriva den, innan du exporterar</translation>
        </message>
        <message>
            <source>Preview the agreement's PDF (Ctrl+Shift+P)</source>
            <translation>Förhandsgranska avtalets PDF (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>välj ett avtal i registret</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: inte nu, {reason}</translation>
        </message>
        <message>
            <source>{number} sent for review</source>
            <translation>{number} har skickats till granskning</translation>
        </message>
        <message>
            <source>Review round started on {number}</source>
            <translation>Granskningsomgång startad för {number}</translation>
        </message>
        <message>
            <source>Quality checklist of {number}</source>
            <translation>Kvalitetschecklista för {number}</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Revidera</translation>
        </message>
        <message>
            <source>{number} is a draft again</source>
            <translation>{number} är ett utkast igen</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktivera</translation>
        </message>
        <message>
            <source>{number} is active</source>
            <translation>{number} är aktivt</translation>
        </message>
        <message>
            <source>{number} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{number} finns redan i registret, likadan in i minsta byte: inget skrevs ({folder})</translation>
        </message>
        <message>
            <source>Exported {number} (signed) into {folder}: {files}</source>
            <translation>Exporterade {number} (signerad) till {folder}: {files}</translation>
        </message>
        <message>
            <source>Exported {number} (unsigned) into {folder}: {files}</source>
            <translation>Exporterade {number} (osignerad) till {folder}: {files}</translation>
        </message>
        <message>
            <source>({formats} already there, not written again)</source>
            <translation>({formats} fanns redan, skrevs inte igen)</translation>
        </message>
        <message>
            <source>Clauses of {number}</source>
            <translation>Klausuler i {number}</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Versioner av {number}</translation>
        </message>
        <message>
            <source>Amend {number}</source>
            <translation>Ändra {number}</translation>
        </message>
        <message>
            <source>Start amendment</source>
            <translation>Påbörja ändring</translation>
        </message>
        <message>
            <source>Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment is reviewed and signed. Say why it is amended.</source>
            <translation>Påbörja en ny utkastversion av {number}. Den signerade versionen gäller oförändrad tills ändringen har granskats och signerats. Ange varför avtalet ändras.</translation>
        </message>
        <message>
            <source>{number}: amendment started as a new draft version</source>
            <translation>{number}: ändringen har påbörjats som en ny utkastversion</translation>
        </message>
        <message>
            <source>{number}: lines updated from the requirements</source>
            <translation>{number}: raderna har uppdaterats från kraven</translation>
        </message>
        <message>
            <source>Preview of {number}</source>
            <translation>Förhandsgranskning av {number}</translation>
        </message>
        <message numerus="yes">
            <source>Preview of {number}: %n page(s)</source>
            <translation>
                <numerusform>Förhandsgranskning av {number}: %n sida</numerusform>
                <numerusform>Förhandsgranskning av {number}: %n sidor</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} approved</source>
            <translation>{number} har godkänts</translation>
        </message>
        <message>
            <source>{number}: your approval is recorded; the other reviewers have yet to decide</source>
            <translation>{number}: ditt godkännande är registrerat; de andra granskarna har ännu inte beslutat</translation>
        </message>
        <message>
            <source>Changes requested on {number}</source>
            <translation>Ändringar begärda för {number}</translation>
        </message>
        <message>
            <source>Terminate {number}</source>
            <translation>Avsluta {number}</translation>
        </message>
        <message>
            <source>Terminate</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Terminate {number}. The reason is kept in the audit trail.</source>
            <translation>Avsluta {number}. Skälet sparas i granskningsloggen.</translation>
        </message>
        <message>
            <source>{number} terminated</source>
            <translation>{number} har avslutats</translation>
        </message>
        <message>
            <source>Sign {number}</source>
            <translation>Signera {number}</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Signeringsordning för {number}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>acting as {name}</source>
            <translation>byter till {name}</translation>
        </message>
        <message>
            <source>Acting as {name} ({role})</source>
            <translation>Agerar som {name} ({role})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Agreement</source>
            <translation>A&amp;vtal</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Granskning</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>R&amp;egister</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Vi&amp;sa</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Inst&amp;ällningar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Huvudverktygsfält</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Öppnar {title}…</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Öppnar registret…</translation>
        </message>
        <message>
            <source>{database} (read-only) — slamdesk</source>
            <translation>{database} (skrivskyddad) — slamdesk</translation>
        </message>
        <message>
            <source>Agreement details</source>
            <translation>Avtalsdetaljer</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <source>Acting as {name}</source>
            <translation>Agerar som {name}</translation>
        </message>
        <message>
            <source>Read-only: {reason}; changes cannot be saved</source>
            <translation>Skrivskyddad: {reason}; ändringar kan inte sparas</translation>
        </message>
        <message>
            <source>&amp;Apply saved filter</source>
            <translation>&amp;Använd sparat filter</translation>
        </message>
        <message>
            <source>Acting as:</source>
            <translation>Agerar som:</translation>
        </message>
        <message>
            <source>No saved filters yet</source>
            <translation>Inga sparade filter ännu</translation>
        </message>
        <message numerus="yes">
            <source>Demo portfolio loaded: %n agreement(s)</source>
            <translation>
                <numerusform>Demoportföljen har lästs in: %n avtal</numerusform>
                <numerusform>Demoportföljen har lästs in: %n avtal</numerusform>
            </translation>
        </message>
        <message>
            <source>The register already holds data: no demo was added</source>
            <translation>Registret innehåller redan data: ingen demo lades till</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Läs in demoportföljen</translation>
        </message>
        <message>
            <source>Updated with changes saved elsewhere</source>
            <translation>Uppdaterat med ändringar som sparats på annat håll</translation>
        </message>
        <message numerus="yes">
            <source>Register refreshed: %n agreement(s)</source>
            <translation>
                <numerusform>Registret har uppdaterats: %n avtal</numerusform>
                <numerusform>Registret har uppdaterats: %n avtal</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export: this view shows no agreements.</source>
            <translation>Batchexport: den här vyn visar inga avtal.</translation>
        </message>
        <message>
            <source>Batch export</source>
            <translation>Batchexport</translation>
        </message>
        <message>
            <source>This view shows no agreements: change the filters first.</source>
            <translation>Den här vyn visar inga avtal: ändra filtren först.</translation>
        </message>
        <message>
            <source>quitting</source>
            <translation>avslutar</translation>
        </message>
        <message>
            <source>Select an agreement first.</source>
            <translation>Välj ett avtal först.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number} har status: {status}</translation>
        </message>
        <message>
            <source>{number} is recorded</source>
            <translation>{number} har registrerats</translation>
        </message>
        <message>
            <source>&amp;New agreement…</source>
            <translation>&amp;Nytt avtal…</translation>
        </message>
        <message>
            <source>Start the guided flow: customer, requirements, pricing, review, signing</source>
            <translation>Starta det guidade flödet: kund, krav, prissättning, granskning, signering</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>S&amp;ök…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team database…</source>
            <translation>Anslut till en team&amp;databas…</translation>
        </message>
        <message>
            <source>Work on the register your team shares on a PostgreSQL server</source>
            <translation>Arbeta i registret som ditt team delar på en PostgreSQL-server</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;Requirements documents…</source>
            <translation>K&amp;ravdokument…</translation>
        </message>
        <message>
            <source>Customers' requirements: trace them to the catalogue and price them</source>
            <translation>Kundernas krav: spåra dem mot katalogen och prissätt dem</translation>
        </message>
        <message>
            <source>Service &amp;catalogue…</source>
            <translation>Tjänste&amp;katalog…</translation>
        </message>
        <message>
            <source>Services, levels, targets and price models</source>
            <translation>Tjänster, nivåer, mål och prismodeller</translation>
        </message>
        <message>
            <source>Structure an&amp;d supporting agreements…</source>
            <translation>S&amp;truktur och stödjande avtal…</translation>
        </message>
        <message>
            <source>C&amp;lause library…</source>
            <translation>K&amp;lausulbibliotek…</translation>
        </message>
        <message>
            <source>Standard clauses in every language; legal reviewers keep them</source>
            <translation>Standardklausuler på alla språk; juridiska granskare förvaltar dem</translation>
        </message>
        <message>
            <source>Review &amp;board…</source>
            <translation>&amp;Granskningsöversikt…</translation>
        </message>
        <message>
            <source>Every agreement under review, each reviewer's status, what is overdue</source>
            <translation>Alla avtal under granskning, varje granskares status och vad som är försenat</translation>
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation>Öv&amp;ervakning…</translation>
        </message>
        <message>
            <source>How signed agreements keep their targets: figures, trend, breaches, credits</source>
            <translation>Hur signerade avtal håller sina mål: siffror, trend, överträdelser, servicekrediter</translation>
        </message>
        <message>
            <source>Export &amp;view to CSV or Excel…</source>
            <translation>Exportera &amp;vy till CSV eller Excel…</translation>
        </message>
        <message>
            <source>Write the agreements this view shows, as filtered and sorted, to a CSV or XLSX file</source>
            <translation>Skriv avtalen som den här vyn visar, filtrerade och sorterade, till en CSV- eller XLSX-fil</translation>
        </message>
        <message>
            <source>&amp;Batch export signed agreements…</source>
            <translation>&amp;Batchexportera signerade avtal…</translation>
        </message>
        <message>
            <source>Write PDF and DOCX of every signed agreement in this view that is not in the register yet</source>
            <translation>Skriv PDF och DOCX för varje signerat avtal i den här vyn som ännu inte finns i registret</translation>
        </message>
        <message>
            <source>Fi&amp;lters</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>Show or hide the filters above the register</source>
            <translation>Visa eller dölj filtren ovanför registret</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: inte utfört. {error}</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Opening the database</source>
            <translation>Öppna databasen</translation>
        </message>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} på {host}</translation>
        </message>
    </context>
</TS>
