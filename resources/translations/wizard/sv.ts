<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgreementWizard</name>
        <message>
            <source>New agreement</source>
            <translation>Nytt avtal</translation>
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Choose the customer this agreement is for, or record a new one with a contact person.</source>
            <translation>Välj kunden som avtalet gäller, eller registrera en ny kund med en kontaktperson.</translation>
        </message>
        <message>
            <source>&amp;Existing customer</source>
            <translation>Be&amp;fintlig kund</translation>
        </message>
        <message>
            <source>Ne&amp;w customer</source>
            <translation>N&amp;y kund</translation>
        </message>
        <message>
            <source>Registered company name</source>
            <translation>Registrerat företagsnamn</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Välj ett land…</translation>
        </message>
        <message>
            <source>e.g. IT manager</source>
            <translation>t.ex. IT-chef</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>K&amp;und:</translation>
        </message>
        <message>
            <source>Customer n&amp;ame:</source>
            <translation>Kundn&amp;amn:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>Kontakt&amp;person:</translation>
        </message>
        <message>
            <source>Contact &amp;title:</source>
            <translation>Kontaktens &amp;titel:</translation>
        </message>
        <message>
            <source>Contact e-&amp;mail:</source>
            <translation>Kontaktens &amp;e-post:</translation>
        </message>
        <message>
            <source>Contact p&amp;hone:</source>
            <translation>Kontaktens telef&amp;on:</translation>
        </message>
        <message>
            <source>choose a customer or record a new one</source>
            <translation>välj en kund eller registrera en ny</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Done</source>
            <translation>Klart</translation>
        </message>
        <message>
            <source>The agreement is signed and in the register.</source>
            <translation>Avtalet är signerat och finns i registret.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed. It was not exported; select it in the register and choose &lt;i&gt;Export to register&lt;/i&gt; (Ctrl+E) when you need the documents.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; är signerat. Det exporterades inte; markera det i registret och välj &lt;i&gt;Exportera till registret&lt;/i&gt; (Ctrl+E) när du behöver dokumenten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed and these files were written into the register:&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; är signerat och de här filerna skrevs till registret:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Press &lt;i&gt;Finish&lt;/i&gt;: the register then shows the new agreement selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tryck på &lt;i&gt;Färdig&lt;/i&gt;: registret visar sedan det nya avtalet markerat.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
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
            <translation>Avtal om driftnivå (OLA)</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Underliggande kontrakt</translation>
        </message>
        <message>
            <source>{name}, as legal reviewer</source>
            <translation>{name}, som juridisk granskare</translation>
        </message>
        <message>
            <source>{name}, as quality checker</source>
            <translation>{name}, som kvalitetsgranskare</translation>
        </message>
        <message>
            <source>{name}, as customer representative</source>
            <translation>{name}, som kundrepresentant</translation>
        </message>
        <message>
            <source>Draft and review request</source>
            <translation>Utkast och begäran om granskning</translation>
        </message>
        <message>
            <source>Name the agreement and its period. The draft is then recorded and sent to a reviewer; after this step the requirements and prices are fixed.</source>
            <translation>Namnge avtalet och dess period. Utkastet registreras sedan och skickas till en granskare; efter det här steget ligger kraven och priserna fast.</translation>
        </message>
        <message>
            <source>e.g. IT service-level agreement 2027–2028</source>
            <translation>t.ex. Servicenivåavtal för IT 2027–2028</translation>
        </message>
        <message>
            <source>Agreement &amp;title:</source>
            <translation>Avtalets &amp;titel:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Avtalstyp:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>&amp;Startdatum:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Sl&amp;utdatum:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Granskare:</translation>
        </message>
        <message>
            <source>Review &amp;due by:</source>
            <translation>Granskning senast &amp;den:</translation>
        </message>
        <message>
            <source>Create draft and send for &amp;review</source>
            <translation>Skapa utkast och skicka på g&amp;ranskning</translation>
        </message>
        <message numerus="yes">
            <source>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement(s), &lt;b&gt;{amount}&lt;/b&gt; per month.</source>
            <translation>
                <numerusform>För &lt;b&gt;{customer}&lt;/b&gt;: %n krav, &lt;b&gt;{amount}&lt;/b&gt; per månad.</numerusform>
                <numerusform>För &lt;b&gt;{customer}&lt;/b&gt;: %n krav, &lt;b&gt;{amount}&lt;/b&gt; per månad.</numerusform>
            </translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Ingen annan profil får granska; lägg till en juridisk granskare eller en kvalitetsgranskare.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Contract register</source>
            <translation>Avtalsregister</translation>
        </message>
        <message>
            <source>The signed agreement can be written as PDF and DOCX into the register folder, where each file is recorded with its SHA-256. The PDF is signed with the provider's key.</source>
            <translation>Det signerade avtalet kan skrivas som PDF och DOCX till registermappen, där varje fil registreras med sin SHA-256. PDF-filen signeras med leverantörens nyckel.</translation>
        </message>
        <message>
            <source>&amp;Export PDF and DOCX into the register now</source>
            <translation>&amp;Exportera PDF och DOCX till registret nu</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is &lt;b&gt;signed&lt;/b&gt; by both parties: {amount} per month from {start} to {end}.&lt;br&gt;&lt;br&gt;Register folder: {folder}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; är &lt;b&gt;signerat&lt;/b&gt; av båda parter: {amount} per månad från {start} till {end}.&lt;br&gt;&lt;br&gt;Registermapp: {folder}</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportera</translation>
        </message>
        <message>
            <source>&amp;Continue without export</source>
            <translation>&amp;Fortsätt utan export</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>Role or title as printed on the agreement</source>
            <translation>Roll eller titel som den står i avtalet</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Fullständigt &amp;namn:</translation>
        </message>
        <message>
            <source>Full na&amp;me:</source>
            <translation>F&amp;ullständigt namn:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>Recorded b&amp;y:</source>
            <translation>Registreras &amp;av:</translation>
        </message>
        <message>
            <source>Re&amp;corded by:</source>
            <translation>R&amp;egistreras av:</translation>
        </message>
        <message>
            <source>Provider signatory: signed</source>
            <translation>Leverantörens undertecknare: signerat</translation>
        </message>
        <message>
            <source>Provider signatory</source>
            <translation>Leverantörens undertecknare</translation>
        </message>
        <message>
            <source>Customer signatory: signed</source>
            <translation>Kundens undertecknare: signerat</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Kundens undertecknare</translation>
        </message>
        <message>
            <source>Recorded by {name}.</source>
            <translation>Registrerat av {name}.</translation>
        </message>
    </context>
    <context>
        <name>PricingPage</name>
        <message>
            <source>Pricing</source>
            <translation>Prissättning</translation>
        </message>
        <message>
            <source>Monthly price of each requirement at every service level. Choose a level per row, or click a price. Greyed prices cannot be offered; point at one to see why.</source>
            <translation>Månadspris för varje krav på varje servicenivå. Välj en nivå per rad, eller klicka på ett pris. Gråa priser kan inte erbjudas; peka på ett för att se varför.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volym</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Vald nivå</translation>
        </message>
        <message>
            <source>{amount} / month</source>
            <translation>{amount} / mån</translation>
        </message>
        <message>
            <source>Choose a level…</source>
            <translation>Välj en nivå…</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Totalt per månad: välj en nivå för varje krav</translation>
        </message>
        <message>
            <source>Subtotal: {amount}</source>
            <translation>Delsumma: {amount}</translation>
        </message>
        <message>
            <source>Tax {rate}: {amount}</source>
            <translation>Moms {rate}: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}</source>
            <translation>Totalt per månad: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}  (some requirements have no level yet)</source>
            <translation>Totalt per månad: {amount}  (vissa krav har ingen nivå än)</translation>
        </message>
        <message>
            <source>choose a level for requirement {rows}</source>
            <translation>välj en nivå för krav {rows}</translation>
        </message>
        <message>
            <source>choose a level for requirements {rows}</source>
            <translation>välj en nivå för kraven {rows}</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
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
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n användare</numerusform>
                <numerusform>%n användare</numerusform>
            </translation>
        </message>
        <message>
            <source>How many users the service is for</source>
            <translation>Hur många användare tjänsten gäller</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n enhet</numerusform>
                <numerusform>%n enheter</numerusform>
            </translation>
        </message>
        <message>
            <source>How many devices the service is for</source>
            <translation>Hur många enheter tjänsten gäller</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n plats</numerusform>
                <numerusform>%n platser</numerusform>
            </translation>
        </message>
        <message>
            <source>How many sites the service is for</source>
            <translation>Hur många platser tjänsten gäller</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) per month</source>
            <translation>
                <numerusform>%n ärende per månad</numerusform>
                <numerusform>%n ärenden per månad</numerusform>
            </translation>
        </message>
        <message>
            <source>How many tickets per month the service is for</source>
            <translation>Hur många ärenden per månad tjänsten gäller</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) per month</source>
            <translation>
                <numerusform>%n artikel per månad</numerusform>
                <numerusform>%n artiklar per månad</numerusform>
            </translation>
        </message>
        <message>
            <source>How many items per month the service is for</source>
            <translation>Hur många artiklar per månad tjänsten gäller</translation>
        </message>
        <message>
            <source>e.g. Göteborg office</source>
            <translation>t.ex. kontoret i Göteborg</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Valfri</translation>
        </message>
        <message>
            <source>Where the site is; some levels are offered in some regions only</source>
            <translation>Var platsen ligger; vissa nivåer erbjuds bara i vissa regioner</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Ta bort det här kravet</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Service</source>
            <translation>Tjänst</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Täckningstider</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioriteter</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volym</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>One row per need: which service, where, during which hours, for which priorities, how many.</source>
            <translation>En rad per behov: vilken tjänst, var, under vilka tider, för vilka prioriteter och hur många.</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>&amp;Lägg till krav</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Skatt (t.ex. moms) som läggs på månadspriset, i procent</translation>
        </message>
        <message>
            <source>&amp;Tax rate:</source>
            <translation>Skatte&amp;sats:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Granskning</translation>
        </message>
        <message>
            <source>A legal reviewer or quality checker, not the author, reads the draft and approves it as themselves.</source>
            <translation>En juridisk granskare eller kvalitetsgranskare, inte författaren, läser utkastet och godkänner det i eget namn.</translation>
        </message>
        <message>
            <source>What was checked, and anything the signatories should know</source>
            <translation>Vad som kontrollerats, och allt undertecknarna bör känna till</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Granskare:</translation>
        </message>
        <message>
            <source>Who acts:</source>
            <translation>Vem som agerar:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>&amp;Approve as reviewer</source>
            <translation>G&amp;odkänn som granskare</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review; {name} is the reviewer named in its round.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; granskas; {name} är granskaren som utsetts i granskningsomgången.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; granskas.</translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Ingen annan profil får granska; lägg till en juridisk granskare eller en kvalitetsgranskare.</translation>
        </message>
        <message>
            <source>{name} is signed in and approves now.</source>
            <translation>{name} är inloggad och godkänner nu.</translation>
        </message>
        <message>
            <source>Only &lt;b&gt;{reviewer}&lt;/b&gt; can approve; {author} drafted it. Approving hands over: {reviewer} signs in to their own profile (with its passphrase, if it has one) and the approval is theirs.</source>
            <translation>Bara &lt;b&gt;{reviewer}&lt;/b&gt; kan godkänna; {author} skrev utkastet. Att godkänna lämnar över: {reviewer} loggar in på sin egen profil (med dess lösenfras, om den har en) och godkännandet blir deras.</translation>
        </message>
        <message>
            <source>&amp;Approve as {name}…</source>
            <translation>G&amp;odkänn som {name}…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>G&amp;odkänn</translation>
        </message>
        <message>
            <source>Choose who reviews the agreement.</source>
            <translation>Välj vem som granskar avtalet.</translation>
        </message>
        <message>
            <source>{name} approves {number}: sign in as {name} to act. The approval is recorded under this profile.</source>
            <translation>{name} godkänner {number}: logga in som {name} för att agera. Godkännandet registreras under den här profilen.</translation>
        </message>
        <message>
            <source>Approved by {name}.</source>
            <translation>Godkänt av {name}.</translation>
        </message>
    </context>
    <context>
        <name>SigningPage</name>
        <message>
            <source>Signatures</source>
            <translation>Signaturer</translation>
        </message>
        <message>
            <source>Type each signatory's name and title. The first signature freezes the agreement's content and its SHA-256; the second makes it signed. One person never records both.</source>
            <translation>Skriv varje undertecknares namn och titel. Den första signaturen låser avtalets innehåll och dess SHA-256; den andra gör det signerat. En och samma person registrerar aldrig båda.</translation>
        </message>
        <message>
            <source>&amp;Sign for both parties…</source>
            <translation>&amp;Signera för båda parter…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is approved and ready for signing.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; är godkänt och klart att signera.</translation>
        </message>
        <message>
            <source>No profile may record this signature; add one (a customer signatory) first.</source>
            <translation>Ingen profil får registrera den här signaturen; lägg först till en (en undertecknare för kunden).</translation>
        </message>
        <message>
            <source>Your profile may not record the provider's signature.</source>
            <translation>Din profil får inte registrera leverantörens signatur.</translation>
        </message>
        <message>
            <source>{name} is signed in and records it.</source>
            <translation>{name} är inloggad och registrerar den.</translation>
        </message>
        <message>
            <source>{name} records it as themselves: they sign in when you sign (with their passphrase, if they have one).</source>
            <translation>{name} registrerar den i eget namn: hen loggar in när du signerar (med sin lösenfras, om hen har en).</translation>
        </message>
        <message>
            <source>{name} records the customer's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} registrerar kundens signatur på {number}: logga in som {name} för att agera. Signaturen registreras under den här profilen.</translation>
        </message>
        <message>
            <source>{name} records the provider's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} registrerar leverantörens signatur på {number}: logga in som {name} för att agera. Signaturen registreras under den här profilen.</translation>
        </message>
        <message>
            <source>no profile may record the customer's signature here; add a customer signatory profile</source>
            <translation>ingen profil får registrera kundens signatur här; lägg till en profil för kundens undertecknare</translation>
        </message>
        <message>
            <source>no profile may record the provider's signature here; add a representative</source>
            <translation>ingen profil får registrera leverantörens signatur här; lägg till en representant</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {number} of {total} · {name}</source>
            <translation>Steg {number} av {total} · {name}</translation>
        </message>
        <message>
            <source>{name}'s profile is no longer active; nobody can act as them.</source>
            <translation>Profilen för {name} är inte längre aktiv; ingen kan agera som hen.</translation>
        </message>
    </context>
</TS>
