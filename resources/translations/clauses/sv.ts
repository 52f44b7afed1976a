<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgreementClausesDialog</name>
        <message>
            <source>Clauses of {number}</source>
            <translation>Klausuler i {number}</translation>
        </message>
        <message>
            <source>Clauses of {number} — slamdesk</source>
            <translation>Klausuler i {number} — slamdesk</translation>
        </message>
        <message>
            <source>Version {version} · {status} · clauses in {language} · {customer}</source>
            <translation>Version {version} · {status} · klausuler på {language} · {customer}</translation>
        </message>
        <message>
            <source>A signed agreement never changes: amend it to change its clauses in a new version.</source>
            <translation>Ett signerat avtal ändras aldrig: gör ett tillägg för att ändra dess klausuler i en ny version.</translation>
        </message>
        <message>
            <source>A terminated agreement is kept as it was signed.</source>
            <translation>Ett avslutat avtal bevaras som det signerades.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; reviewers can request changes.</source>
            <translation>Klausuler ändras bara i ett utkast; granskare kan begära ändringar.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; an approved version goes on to signing.</source>
            <translation>Klausuler ändras bara i ett utkast; en godkänd version går vidare till signering.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft.</source>
            <translation>Klausuler ändras bara i ett utkast.</translation>
        </message>
        <message>
            <source>Read-only: version {version} is {status}. {advice}</source>
            <translation>Skrivskyddat: version {version} har status {status}. {advice}</translation>
        </message>
        <message>
            <source>Read-only: {name} ({role}) cannot choose an agreement's clauses; representatives, legal reviewers and administrators can.</source>
            <translation>Skrivskyddat: {name} ({role}) kan inte välja ett avtals klausuler; det kan representanter, juridiska granskare och administratörer.</translation>
        </message>
        <message>
            <source>library v{version} · not in the agreement</source>
            <translation>bibliotek v{version} · inte i avtalet</translation>
        </message>
        <message>
            <source>written for this agreement</source>
            <translation>skriven för det här avtalet</translation>
        </message>
        <message>
            <source>library v{version} · edited</source>
            <translation>bibliotek v{version} · redigerad</translation>
        </message>
        <message>
            <source>library v{version}</source>
            <translation>bibliotek v{version}</translation>
        </message>
        <message>
            <source>Written for this agreement; there is no library text to compare with.</source>
            <translation>Skriven för det här avtalet; det finns ingen bibliotekstext att jämföra med.</translation>
        </message>
        <message>
            <source>From the library, version {version}. The library now has version {newest}.</source>
            <translation>Från biblioteket, version {version}. Biblioteket har nu version {newest}.</translation>
        </message>
        <message>
            <source>From the library, version {version}.</source>
            <translation>Från biblioteket, version {version}.</translation>
        </message>
        <message>
            <source>Not in the agreement: tick it to include it and to edit the agreement's copy.</source>
            <translation>Inte i avtalet: markera den för att ta med den och redigera avtalets kopia.</translation>
        </message>
        <message>
            <source>The agreement's own clause.</source>
            <translation>Avtalets egen klausul.</translation>
        </message>
        <message>
            <source>Edited: this agreement's copy differs from the library.</source>
            <translation>Redigerad: avtalets kopia skiljer sig från biblioteket.</translation>
        </message>
        <message>
            <source>Same as the library text.</source>
            <translation>Samma som bibliotekstexten.</translation>
        </message>
        <message>
            <source>No library clause to compare with.</source>
            <translation>Ingen biblioteksklausul att jämföra med.</translation>
        </message>
        <message>
            <source>No difference: the agreement uses the library text as it is.</source>
            <translation>Ingen skillnad: avtalet använder bibliotekstexten som den är.</translation>
        </message>
        <message>
            <source>Save clauses</source>
            <translation>Spara klausuler</translation>
        </message>
        <message>
            <source>Store the ticked clauses in this version (Ctrl+S)</source>
            <translation>Spara de markerade klausulerna i den här versionen (Ctrl+S)</translation>
        </message>
        <message>
            <source>{number} version {version}</source>
            <translation>{number} version {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) saved in {number}</source>
            <translation>
                <numerusform>%n klausul sparad i {number}</numerusform>
                <numerusform>%n klausuler sparade i {number}</numerusform>
            </translation>
        </message>
        <message>
            <source>The clauses of {number}</source>
            <translation>Klausulerna i {number}</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Flytta ned</translation>
        </message>
        <message>
            <source>Move the clause up in the agreement (Alt+Up)</source>
            <translation>Flytta klausulen uppåt i avtalet (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the clause down in the agreement (Alt+Down)</source>
            <translation>Flytta klausulen nedåt i avtalet (Alt+Down)</translation>
        </message>
        <message>
            <source>Reset to library text</source>
            <translation>Återställ till bibliotekstext</translation>
        </message>
        <message>
            <source>Put the library wording back (Ctrl+Z in the text undoes it)</source>
            <translation>Sätt tillbaka bibliotekets lydelse (Ctrl+Z i texten ångrar det)</translation>
        </message>
        <message>
            <source>Clauses — tick those in the agreement</source>
            <translation>Klausuler — markera dem som ingår i avtalet</translation>
        </message>
        <message>
            <source>The agreement's wording</source>
            <translation>Avtalets lydelse</translation>
        </message>
        <message>
            <source>Difference to library</source>
            <translation>Skillnad mot biblioteket</translation>
        </message>
        <message>
            <source>compared with the library clause this copy was picked from</source>
            <translation>jämfört med biblioteksklausulen som kopian hämtades från</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Läs in igen</translation>
        </message>
        <message>
            <source>Read the clauses again as stored, dropping your unsaved edits</source>
            <translation>Läs in klausulerna igen som de är sparade och släng dina osparade ändringar</translation>
        </message>
    </context>
    <context>
        <name>ClauseLibraryDialog</name>
        <message>
            <source>Clause library — slamdesk</source>
            <translation>Klausulbibliotek — slamdesk</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n clause(s)</source>
            <translation>
                <numerusform>{shown} av %n klausul</numerusform>
                <numerusform>{shown} av %n klausuler</numerusform>
            </translation>
        </message>
        <message>
            <source>The clause “{title}”</source>
            <translation>Klausulen ”{title}”</translation>
        </message>
        <message>
            <source>{version} (latest)</source>
            <translation>{version} (senaste)</translation>
        </message>
        <message>
            <source>Version {version}  (latest)</source>
            <translation>Version {version}  (senaste)</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Version {version}&lt;/b&gt; is the latest.</source>
            <translation>&lt;b&gt;Version {version}&lt;/b&gt; är den senaste.</translation>
        </message>
        <message>
            <source>Choose an older version to see what changed since.</source>
            <translation>Välj en äldre version för att se vad som har ändrats sedan dess.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes from version {old} to version {latest}&lt;/b&gt; (latest)</source>
            <translation>&lt;b&gt;Ändringar från version {old} till version {latest}&lt;/b&gt; (senaste)</translation>
        </message>
        <message>
            <source>Title: {old} → {new}</source>
            <translation>Rubrik: {old} → {new}</translation>
        </message>
        <message>
            <source>The text is the same; only the title changed.</source>
            <translation>Texten är densamma; bara rubriken har ändrats.</translation>
        </message>
        <message>
            <source>Text of version {version} copied in; save to make it the latest version.</source>
            <translation>Texten från version {version} har kopierats in; spara för att göra den till den senaste versionen.</translation>
        </message>
        <message>
            <source>Read-only: you are working as {name} ({role}). The clause library is kept by legal reviewers and administrators; ask one of them to change a clause. Agreements may still edit their own copy.</source>
            <translation>Skrivskyddat: du arbetar som {name} ({role}). Klausulbiblioteket underhålls av juridiska granskare och administratörer; be någon av dem att ändra en klausul. Avtal kan fortfarande redigera sin egen kopia.</translation>
        </message>
        <message>
            <source>Only legal reviewers and administrators add clauses</source>
            <translation>Bara juridiska granskare och administratörer lägger till klausuler</translation>
        </message>
        <message>
            <source>Unsaved changes: saving adds a new version; the old text stays in the history.</source>
            <translation>Osparade ändringar: när du sparar läggs en ny version till; den gamla texten finns kvar i historiken.</translation>
        </message>
        <message>
            <source>Save clause</source>
            <translation>Spara klausul</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>Sparad som version {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) saved as version {version}</source>
            <translation>Klausulen ”{title}” ({language}) sparad som version {version}</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert the changes to this clause first.</source>
            <translation>Spara (Ctrl+S) eller återställ ändringarna i den här klausulen först.</translation>
        </message>
        <message>
            <source>“{title}” added to the library as version {version}.</source>
            <translation>”{title}” har lagts till i biblioteket som version {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) added to the library</source>
            <translation>Klausulen ”{title}” ({language}) har lagts till i biblioteket</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alla språk</translation>
        </message>
        <message>
            <source>Filter by key, title or text</source>
            <translation>Filtrera på nyckel, rubrik eller text</translation>
        </message>
        <message>
            <source>Copy this text into the editor</source>
            <translation>Kopiera den här texten till redigeraren</translation>
        </message>
        <message>
            <source>Start from an older wording; save it to make it the latest version</source>
            <translation>Utgå från en äldre lydelse; spara den för att göra den till den senaste versionen</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>Spara som ny &amp;version</translation>
        </message>
        <message>
            <source>&amp;New clause…</source>
            <translation>&amp;Ny klausul…</translation>
        </message>
        <message>
            <source>Save as new version ({shortcut})</source>
            <translation>Spara som ny version ({shortcut})</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Drop the unsaved edits to this clause</source>
            <translation>Släng de osparade ändringarna i den här klausulen</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Ny klausul…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Klausul</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Nyckel:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Språk:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versionsnummer:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Klausul&amp;text:</translation>
        </message>
        <message>
            <source>Version history of this clause in this language</source>
            <translation>Versionshistorik för klausulen på det här språket</translation>
        </message>
    </context>
    <context>
        <name>NewClauseDialog</name>
        <message>
            <source>New library clause</source>
            <translation>Ny biblioteksklausul</translation>
        </message>
        <message>
            <source>A clause is known by its key in each language, e.g. &lt;i&gt;data_protection&lt;/i&gt;. Use an existing key to add that clause in another language; saving a key that already exists in the language adds a new version of it.</source>
            <translation>En klausul identifieras av sin nyckel på varje språk, t.ex. &lt;i&gt;data_protection&lt;/i&gt;. Använd en befintlig nyckel för att lägga till klausulen på ett annat språk; sparar du en nyckel som redan finns på språket läggs en ny version av den till.</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>Lägg till i biblioteket</translation>
        </message>
        <message>
            <source>letters, digits and _, e.g. data_protection</source>
            <translation>bokstäver, siffror och _, t.ex. data_protection</translation>
        </message>
        <message>
            <source>as printed in the agreement</source>
            <translation>som den skrivs ut i avtalet</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Nyckel:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Rubrik:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Klausul&amp;text:</translation>
        </message>
    </context>
</TS>
