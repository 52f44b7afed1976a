<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>SignAsDialog</name>
        <message>
            <source>Sign {number} as {name}</source>
            <translation>Signera {number} som {name}</translation>
        </message>
        <message>
            <source>Record {name}'s signature on {number}. Check the name and title as they appear on the agreement; the first signature freezes this version.</source>
            <translation>Registrera signaturen av {name} på {number}. Kontrollera namnet och titeln som de står i avtalet; den första signaturen låser den här versionen.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signera</translation>
        </message>
        <message>
            <source>{party} · {organisation} · group {group}</source>
            <translation>{party} · {organisation} · grupp {group}</translation>
        </message>
        <message>
            <source>Party:</source>
            <translation>Part:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>Undertecknarens &amp;namn:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>Undertecknarens &amp;titel:</translation>
        </message>
        <message>
            <source>Recorded by:</source>
            <translation>Registreras av:</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Fullständigt namn</translation>
        </message>
        <message>
            <source>Role or title</source>
            <translation>Roll eller titel</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Signeringsordning för {number}</translation>
        </message>
        <message>
            <source>Who signs {number} ({customer}) for each party, and in which order.</source>
            <translation>Vem som signerar {number} ({customer}) för varje part, och i vilken ordning.</translation>
        </message>
        <message>
            <source>Save order</source>
            <translation>Spara ordning</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Lägg till</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <source>Add a signatory below the selected one</source>
            <translation>Lägg till en undertecknare under den markerade</translation>
        </message>
        <message>
            <source>Remove the selected signatory</source>
            <translation>Ta bort den markerade undertecknaren</translation>
        </message>
        <message>
            <source>Move the selected signatory one row up</source>
            <translation>Flytta den markerade undertecknaren en rad upp</translation>
        </message>
        <message>
            <source>Move the selected signatory one row down</source>
            <translation>Flytta den markerade undertecknaren en rad ned</translation>
        </message>
        <message>
            <source>Signing has started, so the signing order can no longer change. The signing window shows who has signed and who is next.</source>
            <translation>Signeringen har börjat, så signeringsordningen kan inte längre ändras. Signeringsfönstret visar vem som har signerat och vem som står på tur.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Signing order of {number}: {signatories} in {groups}</source>
            <translation>Signeringsordning för {number}: {signatories} i {groups}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies)</source>
            <translation>
                <numerusform>%n undertecknare</numerusform>
                <numerusform>%n undertecknare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grupp</numerusform>
                <numerusform>%n grupper</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Signera {number}</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>Signerings&amp;ordning…</translation>
        </message>
        <message>
            <source>{customer} · {status}, version {version}</source>
            <translation>{customer} · {status}, version {version}</translation>
        </message>
        <message>
            <source>Signing has started: the order can no longer change</source>
            <translation>Signeringen har börjat: ordningen kan inte längre ändras</translation>
        </message>
        <message>
            <source>Choose who signs for each party and in which group</source>
            <translation>Välj vem som signerar för varje part och i vilken grupp</translation>
        </message>
        <message>
            <source>Signing order</source>
            <translation>Signeringsordning</translation>
        </message>
    </context>
    <context>
        <name>SigningPanel</name>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
        <message>
            <source>&amp;Sign as selected…</source>
            <translation>&amp;Signera som vald undertecknare…</translation>
        </message>
        <message>
            <source>✓ Signed {time}</source>
            <translation>✓ Signerat {time}</translation>
        </message>
        <message>
            <source>Next — may sign now</source>
            <translation>Näst på tur — får signera nu</translation>
        </message>
        <message>
            <source>Waiting for group {group}</source>
            <translation>Väntar på grupp {group}</translation>
        </message>
        <message>
            <source>Waiting for approval (now {status})</source>
            <translation>Väntar på godkännande (nu {status})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing complete</source>
            <translation>{signed} av {count} har signerat · signeringen är klar</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · next: {names}</source>
            <translation>{signed} av {count} har signerat · näst på tur: {names}</translation>
        </message>
        <message>
            <source>{name} ({party})</source>
            <translation>{name} ({party})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing opens once the agreement is approved (now {status})</source>
            <translation>{signed} av {count} har signerat · signeringen öppnar när avtalet är godkänt (nu {status})</translation>
        </message>
        <message>
            <source>Group {group}</source>
            <translation>Grupp {group}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies), in any order</source>
            <translation>
                <numerusform>%n undertecknare, i valfri ordning</numerusform>
                <numerusform>%n undertecknare, i valfri ordning</numerusform>
            </translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signerat</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · signing complete</source>
            <translation>{signed} av {count} parter har signerat · signeringen är klar</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · no signing order set: each party signs once, in any order</source>
            <translation>{signed} av {count} parter har signerat · ingen signeringsordning angiven: varje part signerar en gång, i valfri ordning</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Signera…</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Inte signerat än</translation>
        </message>
        <message>
            <source>Sign… records one party's signature; a signing order names each signatory and when they sign.</source>
            <translation>Signera… registrerar en parts signatur; en signeringsordning anger varje undertecknare och när hen signerar.</translation>
        </message>
        <message>
            <source>Both parties have signed.</source>
            <translation>Båda parter har signerat.</translation>
        </message>
        <message>
            <source>Signatures are taken once the agreement is approved.</source>
            <translation>Signaturer tas när avtalet är godkänt.</translation>
        </message>
        <message>
            <source>Select who signs.</source>
            <translation>Markera vem som signerar.</translation>
        </message>
        <message>
            <source>{name} has signed.</source>
            <translation>{name} har signerat.</translation>
        </message>
        <message>
            <source>Not {name}'s turn yet: group {group} signs first.</source>
            <translation>Det är inte {name}s tur än: grupp {group} signerar först.</translation>
        </message>
        <message>
            <source>{name} signed {number} for the customer</source>
            <translation>{name} signerade {number} för kunden</translation>
        </message>
        <message>
            <source>{name} signed {number} for the provider</source>
            <translation>{name} signerade {number} för leverantören</translation>
        </message>
        <message>
            <source>Signature recorded on {number}</source>
            <translation>Signatur registrerad på {number}</translation>
        </message>
        <message>
            <source>{done}: all signatures recorded</source>
            <translation>{done}: alla signaturer registrerade</translation>
        </message>
    </context>
    <context>
        <name>SigningWords</name>
        <message>
            <source>e.g. Account manager</source>
            <translation>t.ex. Kundansvarig</translation>
        </message>
        <message>
            <source>e.g. Managing director</source>
            <translation>t.ex. Verkställande direktör</translation>
        </message>
        <message>
            <source>Groups sign in ascending order; signatories in the same group may sign in any order.</source>
            <translation>Grupperna signerar i stigande ordning; undertecknare i samma grupp får signera i valfri ordning.</translation>
        </message>
    </context>
</TS>
