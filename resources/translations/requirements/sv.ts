<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Record customer approval</source>
            <translation>Registrera kundens godkännande</translation>
        </message>
        <message>
            <source>{customer} approved version {version}. Who approved it on their side?</source>
            <translation>{customer} godkände version {version}. Vem godkände den på deras sida?</translation>
        </message>
        <message>
            <source>Record approval</source>
            <translation>Registrera godkännande</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>kravdokumentet</translation>
        </message>
        <message>
            <source>Full name, as the customer signed off</source>
            <translation>Fullständigt namn, som kunden skrev under</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Godkänt av:</translation>
        </message>
    </context>
    <context>
        <name>InfeasibleDialog</name>
        <message>
            <source>Requirement {number} ({service}, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Krav {number} ({service}, {site}) kan inte levereras. Ange om hindret är tekniskt eller kommersiellt, och varför.</translation>
        </message>
        <message>
            <source>Requirement {number} (no service, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Krav {number} (ingen tjänst, {site}) kan inte levereras. Ange om hindret är tekniskt eller kommersiellt, och varför.</translation>
        </message>
        <message>
            <source>Mark infeasible</source>
            <translation>Markera som ej genomförbart</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>kravdokumentet</translation>
        </message>
        <message>
            <source>e.g. a 4-hour on-site response is offered in cities only</source>
            <translation>t.ex. fyra timmars insats på plats erbjuds bara i städer</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivering:</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Requirement {number}: {service}, {site}. The list price of {level} is {price} per month. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Krav {number}: {service}, {site}. Listpriset för {level} är {price} per månad. Ett eget pris ersätter listpriset i offerten och avtalet; motiveringen sparas.</translation>
        </message>
        <message>
            <source>Requirement {number}: {service}, {site}. Choose a level for this requirement first. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Krav {number}: {service}, {site}. Välj först en nivå för kravet. Ett eget pris ersätter listpriset i offerten och avtalet; motiveringen sparas.</translation>
        </message>
        <message>
            <source>Custom price</source>
            <translation>Eget pris</translation>
        </message>
        <message>
            <source>Set custom price</source>
            <translation>Ange eget pris</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>kravdokumentet</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Pris per månad</translation>
        </message>
        <message>
            <source>e.g. framework rate agreed with the customer's CFO</source>
            <translation>t.ex. ramavtalspris överenskommet med kundens ekonomichef</translation>
        </message>
        <message>
            <source>Monthly &amp;price:</source>
            <translation>Månads&amp;pris:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivering:</translation>
        </message>
    </context>
    <context>
        <name>PricingMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S).</source>
            <translation>Osparade ändringar på fliken Krav prissätts inte förrän du sparar (Ctrl+S).</translation>
        </message>
        <message>
            <source>Custom &amp;price…</source>
            <translation>&amp;Eget pris…</translation>
        </message>
        <message>
            <source>A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)</source>
            <translation>Ett eget pris (VIP) för det valda kravet, med motivering (Ctrl+K)</translation>
        </message>
        <message>
            <source>&amp;Restore list price</source>
            <translation>Återställ &amp;listpris</translation>
        </message>
        <message>
            <source>Drop the selected requirement's custom price (Ctrl+Shift+K)</source>
            <translation>Ta bort det valda kravets egna pris (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Click a price to choose that level. Greyed levels cannot be offered; the reason is shown.</source>
            <translation>Klicka på ett pris för att välja den nivån. Gråa nivåer kan inte erbjudas; orsaken visas.</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Totalt per månad: välj en nivå för varje krav</translation>
        </message>
        <message>
            <source>Chosen levels, subtotal: {subtotal}</source>
            <translation>Valda nivåer, delsumma: {subtotal}</translation>
        </message>
        <message>
            <source>Tax {rate}: {tax}</source>
            <translation>Skatt {rate}: {tax}</translation>
        </message>
        <message numerus="yes">
            <source>Total per month: {total}  (%n without a level yet)</source>
            <translation>
                <numerusform>Totalt per månad: {total}  (%n krav saknar nivå ännu)</numerusform>
                <numerusform>Totalt per månad: {total}  (%n krav saknar nivå ännu)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total per month: {total}</source>
            <translation>Totalt per månad: {total}</translation>
        </message>
        <message>
            <source>Choose level</source>
            <translation>Välj nivå</translation>
        </message>
        <message>
            <source>Requirement {number}: {level}</source>
            <translation>Krav {number}: {level}</translation>
        </message>
        <message>
            <source>Requirement {number}: no level</source>
            <translation>Krav {number}: ingen nivå</translation>
        </message>
        <message>
            <source>Custom price stored</source>
            <translation>Eget pris sparat</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Återställ listpriset</translation>
        </message>
    </context>
    <context>
        <name>PricingModel</name>
        <message>
            <source>Marked infeasible (technical): {reason}</source>
            <translation>Markerat som ej genomförbart (tekniskt): {reason}</translation>
        </message>
        <message>
            <source>Marked infeasible (commercial): {reason}</source>
            <translation>Markerat som ej genomförbart (kommersiellt): {reason}</translation>
        </message>
        <message>
            <source>{level}: {price}, chosen</source>
            <translation>{level}: {price}, vald</translation>
        </message>
        <message>
            <source>{level}: {price}, offered</source>
            <translation>{level}: {price}, erbjuds</translation>
        </message>
        <message>
            <source>{level}: {price}, cannot be offered</source>
            <translation>{level}: {price}, kan inte erbjudas</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>{level}: a level made for this customer</source>
            <translation>{level}: en nivå gjord för den här kunden</translation>
        </message>
        <message>
            <source>{service} has no level by this name</source>
            <translation>{service} har ingen nivå med det här namnet</translation>
        </message>
        <message>
            <source>No service</source>
            <translation>Ingen tjänst</translation>
        </message>
        <message>
            <source>Marked infeasible ({kind}): {reason}</source>
            <translation>Markerat som ej genomförbart ({kind}): {reason}</translation>
        </message>
        <message>
            <source>No service in the catalogue matches this need: choose one on the Requirements tab or mark it infeasible.</source>
            <translation>Ingen tjänst i katalogen motsvarar behovet: välj en på fliken Krav eller markera kravet som ej genomförbart.</translation>
        </message>
        <message>
            <source>not offered for this service</source>
            <translation>erbjuds inte för den här tjänsten</translation>
        </message>
        <message>
            <source>Custom price: {reason}</source>
            <translation>Eget pris: {reason}</translation>
        </message>
        <message>
            <source>Total per month</source>
            <translation>Totalt per månad</translation>
        </message>
        <message>
            <source>every requirement at this level, before and after tax</source>
            <translation>alla krav på den här nivån, före och efter skatt</translation>
        </message>
        <message>
            <source>{level} cannot be offered for every requirement, so it has no total to compare</source>
            <translation>{level} kan inte erbjudas för alla krav, så det finns ingen summa att jämföra</translation>
        </message>
        <message>
            <source>+ {rate} tax = {total}</source>
            <translation>+ {rate} skatt = {total}</translation>
        </message>
        <message>
            <source>{level} for every requirement: {subtotal} + {rate} tax = {total}</source>
            <translation>{level} för alla krav: {subtotal} + {rate} skatt = {total}</translation>
        </message>
    </context>
    <context>
        <name>RequirementDetail</name>
        <message>
            <source>Selected requirement</source>
            <translation>Valt krav</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Vad kunden behöver, med kundens egna ord</translation>
        </message>
        <message>
            <source>The outcome they expect, e.g. no sailing delayed by IT</source>
            <translation>Det resultat de väntar sig, t.ex. att ingen avgång försenas av IT</translation>
        </message>
        <message>
            <source>What {priority} means for this customer</source>
            <translation>Vad {priority} innebär för den här kunden</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Behov:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Resultat:</translation>
        </message>
        <message>
            <source>Priority categories, and what each means for this customer</source>
            <translation>Prioritetskategorier och vad var och en innebär för den här kunden</translation>
        </message>
        <message>
            <source>Requirement {number}</source>
            <translation>Krav {number}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDocumentsDialog</name>
        <message>
            <source>Requirements documents</source>
            <translation>Kravdokument</translation>
        </message>
        <message>
            <source>Filter by customer or title</source>
            <translation>Filtrera på kund eller titel</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>v{version}</source>
            <translation>v{version}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsEditor</name>
        <message>
            <source>e.g. Fleet expansion 2027</source>
            <translation>t.ex. Flottutbyggnad 2027</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Skatt (t.ex. moms) som läggs på månadspriset, i procent</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Läs &amp;in igen</translation>
        </message>
        <message>
            <source>Read the document again as stored, dropping your unsaved edits (F5)</source>
            <translation>Läs in dokumentet igen som det är sparat och släpp dina osparade ändringar (F5)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>Save the requirements</source>
            <translation>Spara kraven</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>&amp;Lägg till krav</translation>
        </message>
        <message>
            <source>Add a requirement below the selected one</source>
            <translation>Lägg till ett krav under det valda</translation>
        </message>
        <message>
            <source>&amp;Remove requirement</source>
            <translation>&amp;Ta bort krav</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Ta bort det valda kravet</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move the selected requirement up</source>
            <translation>Flytta upp det valda kravet</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Move the selected requirement down</source>
            <translation>Flytta ned det valda kravet</translation>
        </message>
        <message>
            <source>Sen&amp;d to customer</source>
            <translation>Skicka till &amp;kund</translation>
        </message>
        <message>
            <source>Save and send this version to the customer for approval</source>
            <translation>Spara och skicka den här versionen till kunden för godkännande</translation>
        </message>
        <message>
            <source>Record customer a&amp;pproval…</source>
            <translation>Registrera kundens &amp;godkännande…</translation>
        </message>
        <message>
            <source>Record that the customer approved this version</source>
            <translation>Registrera att kunden godkände den här versionen</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>&amp;Ny version</translation>
        </message>
        <message>
            <source>Copy this document into a new draft version</source>
            <translation>Kopiera dokumentet till en ny utkastversion</translation>
        </message>
        <message>
            <source>Pre&amp;view PDF…</source>
            <translation>&amp;Förhandsgranska PDF…</translation>
        </message>
        <message>
            <source>Show the document the customer will approve, as a PDF</source>
            <translation>Visa dokumentet som kunden ska godkänna, som PDF</translation>
        </message>
        <message>
            <source>&amp;Export for approval</source>
            <translation>&amp;Exportera för godkännande</translation>
        </message>
        <message>
            <source>Write this version as PDF and DOCX into the customer's register folder</source>
            <translation>Skriv den här versionen som PDF och DOCX i kundens registermapp</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Läs in &amp;igen</translation>
        </message>
        <message>
            <source>Read the document again, dropping unsaved changes</source>
            <translation>Läs in dokumentet igen och släpp osparade ändringar</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Stäng fönstret</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Dokument</translation>
        </message>
        <message>
            <source>&amp;Requirements</source>
            <translation>&amp;Krav</translation>
        </message>
        <message>
            <source>&amp;Trace</source>
            <translation>&amp;Spårning</translation>
        </message>
        <message>
            <source>&amp;Pricing</source>
            <translation>&amp;Prissättning</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Ta&amp;x rate:</source>
            <translation>Skattes&amp;ats:</translation>
        </message>
        <message>
            <source>&amp;1 Requirements</source>
            <translation>&amp;1 Krav</translation>
        </message>
        <message>
            <source>&amp;2 Traceability</source>
            <translation>&amp;2 Spårbarhet</translation>
        </message>
        <message>
            <source>&amp;3 Pricing</source>
            <translation>&amp;3 Prissättning</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändring</translation>
        </message>
        <message>
            <source>Version {version} · &lt;b&gt;{status}&lt;/b&gt; · created {created}</source>
            <translation>Version {version} · &lt;b&gt;{status}&lt;/b&gt; · skapad {created}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Skrivskyddat:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was sent to the customer {sent} and awaits their approval. Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Skrivskyddat:&lt;/b&gt; version {version} skickades till kunden {sent} och väntar på godkännande. Registrera kundens godkännande (Ctrl+Shift+A) eller skapa en ny version (Ctrl+Shift+N) för att ändra den.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was approved by {approved_by} {approved}. Make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Skrivskyddat:&lt;/b&gt; version {version} godkändes av {approved_by} {approved}. Skapa en ny version (Ctrl+Shift+N) för att ändra den.</translation>
        </message>
        <message>
            <source>{customer} — requirements v{version} — slamdesk</source>
            <translation>{customer} — krav v{version} — slamdesk</translation>
        </message>
        <message>
            <source>this requirements document</source>
            <translation>det här kravdokumentet</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>{action}: not done. {reason}</source>
            <translation>{action}: inte utfört. {reason}</translation>
        </message>
        <message>
            <source>Requirements v{version} for {customer} saved</source>
            <translation>Krav v{version} för {customer} har sparats</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>Skicka till kund</translation>
        </message>
        <message>
            <source>Version {version} sent to {customer}</source>
            <translation>Version {version} har skickats till {customer}</translation>
        </message>
        <message>
            <source>A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet.</source>
            <translation>En förhandsgranskning: dokumentet som Exportera för godkännande (Ctrl+E) skulle skriva det. Inget har skrivits ännu.</translation>
        </message>
        <message>
            <source>Preview of {name}</source>
            <translation>Förhandsgranskning av {name}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>Exported {first} and {second} into {folder}</source>
            <translation>Exporterade {first} och {second} till {folder}</translation>
        </message>
        <message>
            <source>Exported {files} into {folder}</source>
            <translation>Exporterade {files} till {folder}</translation>
        </message>
        <message>
            <source>Version {version} approved by {approved_by}</source>
            <translation>Version {version} godkänd av {approved_by}</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Ny version</translation>
        </message>
        <message>
            <source>Version {version} for {customer} is a new draft</source>
            <translation>Version {version} för {customer} är ett nytt utkast</translation>
        </message>
        <message>
            <source>The requirements document</source>
            <translation>Kravdokumentet</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Läs in igen</translation>
        </message>
        <message>
            <source>The requirements document “{title}” of {customer}</source>
            <translation>Kravdokumentet ”{title}” för {customer}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsLabels</name>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Skickat till kund</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Godkänt av kund</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Teknisk</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Kommersiell</translation>
        </message>
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
            <translation>P3 Medel</translation>
        </message>
        <message>
            <source>P4 Low</source>
            <translation>P4 Låg</translation>
        </message>
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>— none in the catalogue —</source>
            <translation>— ingen i katalogen —</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Vad kunden behöver, med kundens egna ord</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <source>The catalogue service that meets the need, or none</source>
            <translation>Katalogtjänsten som uppfyller behovet, eller ingen</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Where the service is delivered</source>
            <translation>Var tjänsten levereras</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Some levels are offered in some regions only</source>
            <translation>Vissa nivåer erbjuds bara i vissa områden</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Täckningstider</translation>
        </message>
        <message>
            <source>24x7, or like Mon-Fri 08:00-17:00</source>
            <translation>24x7, eller som Mon-Fri 08:00-17:00 (engelska dagnamn)</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioriteter</translation>
        </message>
        <message>
            <source>Priority categories the customer needs (edit them below the table)</source>
            <translation>Prioritetskategorier som kunden behöver (redigera dem under tabellen)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Number of users</source>
            <translation>Antal användare</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Number of devices</source>
            <translation>Antal enheter</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Platser</translation>
        </message>
        <message>
            <source>Number of sites (at least 1)</source>
            <translation>Antal platser (minst 1)</translation>
        </message>
        <message>
            <source>Tickets/mo</source>
            <translation>Ärenden/mån</translation>
        </message>
        <message>
            <source>Expected tickets per month</source>
            <translation>Förväntade ärenden per månad</translation>
        </message>
        <message>
            <source>Items/mo</source>
            <translation>Leveranser/mån</translation>
        </message>
        <message>
            <source>Expected delivered items (e.g. visits) per month</source>
            <translation>Förväntade leveranser (t.ex. besök) per månad</translation>
        </message>
        <message>
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <source>Customer satisfaction goal, in percent (up to 100)</source>
            <translation>Mål för kundnöjdhet, i procent (högst 100)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Insats</translation>
        </message>
        <message>
            <source>Customer effort goal, a score from 1 (easy) to 7</source>
            <translation>Mål för kundens ansträngning, ett värde från 1 (lätt) till 7</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Resultat: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <source>Need</source>
            <translation>Behov</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Vald nivå</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Pris per månad</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tillstånd</translation>
        </message>
        <message>
            <source>Custom price (list {listed}): {reason}</source>
            <translation>Eget pris (listpris {listed}): {reason}</translation>
        </message>
        <message>
            <source>{price} (custom)</source>
            <translation>{price} (eget)</translation>
        </message>
    </context>
    <context>
        <name>Traceability</name>
        <message>
            <source>Traced</source>
            <translation>Spårat</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Ej genomförbart</translation>
        </message>
        <message>
            <source>No service matches</source>
            <translation>Ingen tjänst passar</translation>
        </message>
        <message>
            <source>No level chosen</source>
            <translation>Ingen nivå vald</translation>
        </message>
        <message>
            <source>Level cannot be offered</source>
            <translation>Nivån kan inte erbjudas</translation>
        </message>
        <message>
            <source>Infeasible (technical): {reason}</source>
            <translation>Ej genomförbart (tekniskt): {reason}</translation>
        </message>
        <message>
            <source>Infeasible (commercial): {reason}</source>
            <translation>Ej genomförbart (kommersiellt): {reason}</translation>
        </message>
        <message>
            <source>Infeasible ({kind}): {reason}</source>
            <translation>Ej genomförbart ({kind}): {reason}</translation>
        </message>
        <message>
            <source>Level cannot be offered: {problems}</source>
            <translation>Nivån kan inte erbjudas: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} requirements need attention</source>
            <translation>
                <numerusform>%n av {total} krav behöver åtgärdas</numerusform>
                <numerusform>%n av {total} krav behöver åtgärdas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n requirements are traced or marked infeasible</source>
            <translation>
                <numerusform>Kravet (%n) är spårat eller markerat som ej genomförbart</numerusform>
                <numerusform>Alla %n krav är spårade eller markerade som ej genomförbara</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked infeasible</source>
            <translation>
                <numerusform>%n markerat som ej genomförbart</numerusform>
                <numerusform>%n markerade som ej genomförbara</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceabilityMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not traced until you save (Ctrl+S).</source>
            <translation>Osparade ändringar på fliken Krav spåras inte förrän du sparar (Ctrl+S).</translation>
        </message>
        <message>
            <source>&amp;Mark infeasible…</source>
            <translation>&amp;Markera som ej genomförbart…</translation>
        </message>
        <message>
            <source>Mark the selected requirement infeasible, with a reason (Ctrl+I)</source>
            <translation>Markera det valda kravet som ej genomförbart, med motivering (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Clear infeasible</source>
            <translation>&amp;Häv ej genomförbart</translation>
        </message>
        <message>
            <source>The selected requirement can be delivered after all (Ctrl+Shift+I)</source>
            <translation>Det valda kravet kan levereras ändå (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>This version is read-only; make a new version to change it</source>
            <translation>Den här versionen är skrivskyddad; skapa en ny version för att ändra den</translation>
        </message>
        <message>
            <source>Clear infeasible</source>
            <translation>Häv ej genomförbart</translation>
        </message>
    </context>
</TS>
