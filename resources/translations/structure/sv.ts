<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>AgreementChooser</name>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>In this structure</source>
            <translation>I den här strukturen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place {number} under…</source>
            <translation>Placera {number} under…</translation>
        </message>
        <message>
            <source>Link {number} as supporting…</source>
            <translation>Länka {number} som stödjande…</translation>
        </message>
        <message>
            <source>Choose the agreement to hold it: a customer-level agreement of {customer}, or a corporate-level agreement (which can hold several customers' agreements).</source>
            <translation>Välj avtalet som ska rymma det: ett avtal på kundnivå för {customer}, eller ett avtal på koncernnivå (som kan rymma flera kunders avtal).</translation>
        </message>
        <message>
            <source>Choose the customer or internal SLA it backs; the consistency check then compares their targets.</source>
            <translation>Välj det kund- eller interna SLA som det stöder; konsistenskontrollen jämför sedan deras mål.</translation>
        </message>
        <message>
            <source>Now under {number}.</source>
            <translation>Ligger nu under {number}.</translation>
        </message>
        <message>
            <source>Now not under any agreement.</source>
            <translation>Ligger nu inte under något avtal.</translation>
        </message>
        <message>
            <source>Now supports {number}.</source>
            <translation>Stöder nu {number}.</translation>
        </message>
        <message>
            <source>Now not linked.</source>
            <translation>Inte länkat just nu.</translation>
        </message>
        <message>
            <source>Search number, title or customer — or type an agreement number</source>
            <translation>Sök nummer, rubrik eller kund — eller skriv ett avtalsnummer</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Avtal:</translation>
        </message>
        <message>
            <source>&amp;Backs:</source>
            <translation>&amp;Stöder:</translation>
        </message>
        <message>
            <source>&amp;Place here</source>
            <translation>&amp;Placera här</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Länka</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matching “{text}” (narrow the search).</source>
            <translation>
                <numerusform>Den första %n träffen för ”{text}” (begränsa sökningen).</numerusform>
                <numerusform>De första %n träffarna för ”{text}” (begränsa sökningen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matching “{text}”.</source>
            <translation>
                <numerusform>%n träff för ”{text}”.</numerusform>
                <numerusform>%n träffar för ”{text}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No customer or internal SLA matches “{text}”. {button} uses the text as an agreement number.</source>
            <translation>Inget kund- eller internt SLA matchar ”{text}”. {button} använder texten som avtalsnummer.</translation>
        </message>
        <message numerus="yes">
            <source>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Visar kund- och interna SLA för {customer} och för den här strukturen (det första %n; begränsa sökningen). Skriv för att söka bland alla kund- och interna SLA.</numerusform>
                <numerusform>Visar kund- och interna SLA för {customer} och för den här strukturen (de första %n; begränsa sökningen). Skriv för att söka bland alla kund- och interna SLA.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing customer and internal SLAs of {customer} and of this structure. Type to search every customer and internal SLA.</source>
            <translation>Visar kund- och interna SLA för {customer} och för den här strukturen. Skriv för att söka bland alla kund- och interna SLA.</translation>
        </message>
        <message numerus="yes">
            <source>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Visar SLA i den här strukturen och de senaste kund- och interna SLA:erna (det första %n; begränsa sökningen). Skriv för att söka bland alla kund- och interna SLA.</numerusform>
                <numerusform>Visar SLA i den här strukturen och de senaste kund- och interna SLA:erna (de första %n; begränsa sökningen). Skriv för att söka bland alla kund- och interna SLA.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing SLAs of this structure and the newest customer and internal SLAs. Type to search every customer and internal SLA.</source>
            <translation>Visar SLA i den här strukturen och de senaste kund- och interna SLA:erna. Skriv för att söka bland alla kund- och interna SLA.</translation>
        </message>
        <message>
            <source>Choose an agreement, or type its number</source>
            <translation>Välj ett avtal eller skriv dess nummer</translation>
        </message>
        <message>
            <source>{warning}

Place {number} there?</source>
            <translation>{warning}

Placera {number} där?</translation>
        </message>
        <message>
            <source>{target} belongs to {customer}, not {own}: placing {number} under it makes {target} a corporate-level agreement, holding agreements of both customers.</source>
            <translation>{target} tillhör {customer}, inte {own}: om {number} placeras under det blir {target} ett avtal på koncernnivå som rymmer avtal för båda kunderna.</translation>
        </message>
        <message>
            <source>Cannot place</source>
            <translation>Kan inte placera</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Kan inte länka</translation>
        </message>
    </context>
    <context>
        <name>StructureView</name>
        <message>
            <source>&amp;Place under…</source>
            <translation>&amp;Placera under…</translation>
        </message>
        <message>
            <source>Place the selected SLA under a customer- or corporate-level agreement</source>
            <translation>Placera det valda SLA:t under ett avtal på kund- eller koncernnivå</translation>
        </message>
        <message>
            <source>&amp;Detach from parent</source>
            <translation>Koppla &amp;bort från överordnat avtal</translation>
        </message>
        <message>
            <source>Take the selected SLA out of the agreement it sits under</source>
            <translation>Ta ut det valda SLA:t ur avtalet det ligger under</translation>
        </message>
        <message>
            <source>&amp;Link as supporting…</source>
            <translation>&amp;Länka som stödjande…</translation>
        </message>
        <message>
            <source>Link the selected OLA or underpinning contract to the SLA it backs</source>
            <translation>Länka det valda OLA:t eller underleverantörsavtalet till det SLA det stöder</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>Ta bort län&amp;k</translation>
        </message>
        <message>
            <source>Unlink the selected OLA or underpinning contract from the SLA it backs</source>
            <translation>Ta bort länken mellan det valda OLA:t eller underleverantörsavtalet och det SLA det stöder</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Undo the last change to the structure</source>
            <translation>Ångra den senaste ändringen av strukturen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>Gör om den senast ångrade ändringen</translation>
        </message>
        <message>
            <source>&amp;Open agreement</source>
            <translation>&amp;Öppna avtal</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Struktur</translation>
        </message>
        <message>
            <source>Structure of {number}</source>
            <translation>Struktur för {number}</translation>
        </message>
        <message>
            <source>Corporate, customer and service levels, with the OLAs and underpinning contracts under the agreement they support.</source>
            <translation>Koncern-, kund- och tjänstenivå, med OLA:er och underleverantörsavtal under det avtal de stöder.</translation>
        </message>
        <message>
            <source>Supports {number}</source>
            <translation>Stöder {number}</translation>
        </message>
        <message>
            <source>{number}: see the consistency warnings below</source>
            <translation>{number}: se konsistensvarningarna nedan</translation>
        </message>
        <message>
            <source>No customer service in this structure to show terms for.</source>
            <translation>Den här strukturen har ingen tjänst hos en kund att visa villkor för.</translation>
        </message>
        <message>
            <source>Effective terms</source>
            <translation>Gällande villkor</translation>
        </message>
        <message>
            <source>Structure of {number} — slamdesk</source>
            <translation>Struktur för {number} — slamdesk</translation>
        </message>
        <message>
            <source>Consistency of supporting agreements</source>
            <translation>Konsistens för stödjande avtal</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>&amp;Tjänst:</translation>
        </message>
        <message>
            <source>{name} ({role}) cannot change the structure; a {roles} can</source>
            <translation>{name} ({role}) kan inte ändra strukturen; det kan en {roles}</translation>
        </message>
        <message>
            <source>Select an agreement in the tree first</source>
            <translation>Välj först ett avtal i trädet</translation>
        </message>
        <message>
            <source>{agreement} is not placed in the levels; use Link as supporting… instead</source>
            <translation>{agreement} är inte placerat i nivåerna; använd Länka som stödjande… i stället</translation>
        </message>
        <message>
            <source>{number} is not under another agreement</source>
            <translation>{number} ligger inte under något annat avtal</translation>
        </message>
        <message>
            <source>{agreement} is placed in the levels; only an OLA or an underpinning contract is linked as supporting</source>
            <translation>{agreement} är placerat i nivåerna; bara ett OLA eller ett underleverantörsavtal länkas som stödjande</translation>
        </message>
        <message>
            <source>{number} is not linked to an SLA</source>
            <translation>{number} är inte länkat till något SLA</translation>
        </message>
        <message>
            <source>{agreement} is not a supporting agreement</source>
            <translation>{agreement} är inte ett stödjande avtal</translation>
        </message>
        <message>
            <source>Read only: {reason}.</source>
            <translation>Skrivskyddat: {reason}.</translation>
        </message>
        <message>
            <source>Undo: {change} (Ctrl+Z)</source>
            <translation>Ångra: {change} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Inget att ångra</translation>
        </message>
        <message>
            <source>Redo: {change} (Ctrl+Shift+Z)</source>
            <translation>Gör om: {change} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Inget att göra om</translation>
        </message>
        <message>
            <source>Acting on &lt;b&gt;{number}&lt;/b&gt; · {kind}</source>
            <translation>Gäller &lt;b&gt;{number}&lt;/b&gt; · {kind}</translation>
        </message>
        <message>
            <source>{number}: nothing changed</source>
            <translation>{number}: inget ändrades</translation>
        </message>
        <message>
            <source>{change}: done</source>
            <translation>{change}: klart</translation>
        </message>
        <message>
            <source>Cannot detach</source>
            <translation>Kan inte koppla bort</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Kan inte ta bort länken</translation>
        </message>
        <message>
            <source>Undid: {change}</source>
            <translation>Ångrade: {change}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Kan inte ångra</translation>
        </message>
        <message>
            <source>Redid: {change}</source>
            <translation>Gjorde om: {change}</translation>
        </message>
        <message>
            <source>Cannot redo</source>
            <translation>Kan inte göra om</translation>
        </message>
        <message>
            <source>The undo history of this window was cleared.</source>
            <translation>Ångrahistoriken för det här fönstret har rensats.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Villkor</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>No inconsistencies</source>
            <translation>Inga inkonsekvenser</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{others} or {last}</source>
            <translation>{others} eller {last}</translation>
        </message>
        <message>
            <source>Place {number} under {parent}</source>
            <translation>Placera {number} under {parent}</translation>
        </message>
        <message>
            <source>Detach {number} from {parent}</source>
            <translation>Koppla bort {number} från {parent}</translation>
        </message>
        <message>
            <source>Link {number} to {backed}</source>
            <translation>Länka {number} till {backed}</translation>
        </message>
        <message>
            <source>Unlink {number} from {backed}</source>
            <translation>Ta bort länken mellan {number} och {backed}</translation>
        </message>
    </context>
</TS>
