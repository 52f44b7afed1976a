<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About slamdesk</source>
            <translation>Om slamdesk</translation>
        </message>
        <message>
            <source>{database} (read-only: {reason})</source>
            <translation>{database} (skrivskyddad: {reason})</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licens</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamapp</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Byggt med</translation>
        </message>
        <message>
            <source>Service-level agreements from requirements to signature, and after.</source>
            <translation>Servicenivåavtal från krav till signering – och därefter.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>unexpected error: {kind}: {error}</source>
            <translation>oväntat fel: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommentDialog</name>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Anledning:</translation>
        </message>
    </context>
    <context>
        <name>Diff</name>
        <message>
            <source>removed</source>
            <translation>borttaget</translation>
        </message>
        <message>
            <source>added</source>
            <translation>tillagt</translation>
        </message>
        <message>
            <source>No difference.</source>
            <translation>Ingen skillnad.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Under granskning</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Ändringar begärda</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkänt</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signerat</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktivt</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representant</translation>
        </message>
        <message>
            <source>Legal reviewer</source>
            <translation>Juridisk granskare</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Kvalitetsgranskare</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Kundens firmatecknare</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administratör</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Leverantör</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
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
            <source>{size} B</source>
            <translation>{size} B</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} KiB</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Kortkommandon…</translation>
        </message>
        <message>
            <source>&amp;About slamdesk…</source>
            <translation>&amp;Om slamdesk…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Systemets språk ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk visas på {language} nästa gång det startar.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>slamdesk: choose your profile</source>
            <translation>slamdesk: välj din profil</translation>
        </message>
        <message>
            <source>slamdesk: sign in to act</source>
            <translation>slamdesk: logga in för att utföra steget</translation>
        </message>
        <message>
            <source>Who is working? Choose your profile; a profile with a passphrase asks for it.</source>
            <translation>Vem arbetar? Välj din profil; en profil med lösenfras ber om den.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <source>required</source>
            <translation>krävs</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logga in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Ange din lösenfras.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload</source>
            <translation>Läs &amp;in igen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {person} changed {what} at {time}, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Inte sparat:&lt;/b&gt; {person} ändrade {what} {time}, efter att du hade öppnat det. Dina ändringar finns kvar här. &lt;b&gt;Läs in igen&lt;/b&gt; visar deras version och tar bort dina osparade ändringar.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {what} was changed elsewhere, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Inte sparat:&lt;/b&gt; {what} ändrades på annat håll efter att du hade öppnat det. Dina ändringar finns kvar här. &lt;b&gt;Läs in igen&lt;/b&gt; visar den andra versionen och tar bort dina osparade ändringar.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. No signing key exists yet: choose a passphrase of at least 8 characters to protect it and type it twice. Keep it safe; it is needed for every signed export.</source>
            <translation>Skriv {what} som PDF och DOCX till registret. PDF-filen signeras med leverantörens nyckel. Det finns ingen signeringsnyckel ännu: välj en lösenfras på minst 8 tecken som skyddar den och skriv den två gånger. Förvara den säkert; den behövs vid varje signerad export.</translation>
        </message>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. Type the passphrase of the provider's signing key.</source>
            <translation>Skriv {what} som PDF och DOCX till registret. PDF-filen signeras med leverantörens nyckel. Skriv lösenfrasen till leverantörens signeringsnyckel.</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Exportera {what}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportera</translation>
        </message>
        <message>
            <source>&amp;Sign the PDF (PAdES, with the provider's certificate)</source>
            <translation>&amp;Signera PDF-filen (PAdES, med leverantörens certifikat)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>&amp;Bekräfta:</translation>
        </message>
        <message>
            <source>Export unsigned</source>
            <translation>Exportera osignerat</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation>de två lösenfraserna är olika</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Fit width</source>
            <translation>Anpassa till bredd</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Hel sida</translation>
        </message>
        <message>
            <source>Preview of {number} (PDF, not exported)</source>
            <translation>Förhandsgranskning av {number} (PDF, inte exporterad)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsgranskning</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Föregående</translation>
        </message>
        <message>
            <source>Previous page ({keys})</source>
            <translation>Föregående sida ({keys})</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Nästa ▶</translation>
        </message>
        <message>
            <source>Next page ({keys})</source>
            <translation>Nästa sida ({keys})</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Första sidan</translation>
        </message>
        <message>
            <source>First page ({keys})</source>
            <translation>Första sidan ({keys})</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Sista sidan</translation>
        </message>
        <message>
            <source>Last page ({keys})</source>
            <translation>Sista sidan ({keys})</translation>
        </message>
        <message>
            <source>Zoom out ({keys})</source>
            <translation>Zooma ut ({keys})</translation>
        </message>
        <message>
            <source>Zoom in ({keys})</source>
            <translation>Zooma in ({keys})</translation>
        </message>
        <message>
            <source>Fit the page width ({keys})</source>
            <translation>Anpassa till sidans bredd ({keys})</translation>
        </message>
        <message>
            <source>Go to page</source>
            <translation>Gå till sida</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>av {count}</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Förstoring</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>&amp;Sida</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Exportera till registret…</translation>
        </message>
        <message>
            <source>A preview: the PDF as an export would write it, before the provider's signature. Nothing is written to the register.</source>
            <translation>En förhandsgranskning: PDF-filen som en export skulle skriva den, före leverantörens signatur. Ingenting skrivs till registret.</translation>
        </message>
    </context>
    <context>
        <name>QuoteText</name>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n användare</numerusform>
                <numerusform>%n användare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n devices</source>
            <translation>
                <numerusform>%n enhet</numerusform>
                <numerusform>%n enheter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sites</source>
            <translation>
                <numerusform>%n plats</numerusform>
                <numerusform>%n platser</numerusform>
            </translation>
        </message>
        <message>
            <source>{level} cannot be offered:</source>
            <translation>{level} kan inte erbjudas:</translation>
        </message>
        <message>
            <source>{level}: {amount} per month</source>
            <translation>{level}: {amount} per månad</translation>
        </message>
        <message>
            <source>custom price (list {amount}): {reason}</source>
            <translation>eget pris (listpris {amount}): {reason}</translation>
        </message>
        <message>
            <source>fixed fee {amount}</source>
            <translation>fast avgift {amount}</translation>
        </message>
        <message>
            <source>volume discount {percent}</source>
            <translation>volymrabatt {percent}</translation>
        </message>
        <message>
            <source>regional surcharge {percent}</source>
            <translation>regionalt tillägg {percent}</translation>
        </message>
        <message>
            <source>{price} × {volume} per month</source>
            <translation>{price} × {volume} per månad</translation>
        </message>
        <message>
            <source>{percent} availability, {coverage}</source>
            <translation>{percent} tillgänglighet, {coverage}</translation>
        </message>
        <message>
            <source>{count} per month</source>
            <translation>{count} per månad</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>fast pris</translation>
        </message>
    </context>
    <context>
        <name>RedraftDialog</name>
        <message>
            <source>Update the lines of {number}</source>
            <translation>Uppdatera raderna i {number}</translation>
        </message>
        <message>
            <source>Update lines</source>
            <translation>Uppdatera rader</translation>
        </message>
        <message>
            <source>Replace the lines of {number} with the priced requirements of one of {customer}'s requirements documents, e.g. a new version made for this amendment.</source>
            <translation>Ersätt raderna i {number} med de prissatta kraven i ett av kravdokumenten för {customer}, t.ex. en ny version som gjorts för det här tilläggsavtalet.</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status}) — the agreement's now</source>
            <translation>{title}, version {version} ({status}) — avtalets nuvarande</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status})</source>
            <translation>{title}, version {version} ({status})</translation>
        </message>
        <message>
            <source>Requirements &amp;document:</source>
            <translation>&amp;Kravdokument:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Meny</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Kommando</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tangenter</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Signera {number}</translation>
        </message>
        <message>
            <source>Record a signature: the signatory's full name and title as they appear on the agreement. The first signature freezes this version.</source>
            <translation>Registrera en signatur: undertecknarens fullständiga namn och titel så som de står i avtalet. Den första signaturen låser den här versionen.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signera</translation>
        </message>
        <message>
            <source>e.g. Account manager</source>
            <translation>t.ex. Kundansvarig</translation>
        </message>
        <message>
            <source>&amp;Party:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>Undertecknarens &amp;namn:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>Undertecknarens &amp;titel:</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Before {doing}: these have changes that are not saved.</source>
            <translation>Innan du {doing}: följande har ändringar som inte har sparats.</translation>
        </message>
        <message>
            <source>&amp;Save all</source>
            <translation>&amp;Spara alla</translation>
        </message>
        <message>
            <source>&amp;Discard all</source>
            <translation>&amp;Förkasta alla</translation>
        </message>
        <message>
            <source>{what} has changes that are not saved.</source>
            <translation>{what} har ändringar som inte har sparats.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseDialog</name>
        <message>
            <source>it</source>
            <translation>det</translation>
        </message>
    </context>
</TS>
