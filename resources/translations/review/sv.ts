<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>Checklist</name>
        <message>
            <source>The check passes.</source>
            <translation>Kontrollen är godkänd.</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks pass.</source>
            <translation>
                <numerusform>%n kontroll är godkänd.</numerusform>
                <numerusform>Alla %n kontroller är godkända.</numerusform>
            </translation>
        </message>
        <message>
            <source>{passed} Note: {notes}</source>
            <translation>{passed} Obs: {notes}</translation>
        </message>
        <message numerus="yes">
            <source>{passing} of %n checks pass: {failures}</source>
            <translation>
                <numerusform>{passing} av %n kontroll godkänd: {failures}</numerusform>
                <numerusform>{passing} av %n kontroller godkända: {failures}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Quality check of {number}</source>
            <translation>Kvalitetskontroll av {number}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <source>Every item is checked automatically from the stored agreement. A version cannot be approved while an automatic item fails.</source>
            <translation>Varje punkt kontrolleras automatiskt mot det sparade avtalet. En version kan inte godkännas så länge en automatisk punkt inte är uppfylld.</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>&amp;Kör igen</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Kör kvalitetskontrollen igen på det sparade avtalet</translation>
        </message>
        <message>
            <source>Checked at {time}</source>
            <translation>Kontrollerad {time}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>Passes</source>
            <translation>Godkänd</translation>
        </message>
        <message>
            <source>A note: it does not block approval</source>
            <translation>En anmärkning: den hindrar inte godkännande</translation>
        </message>
        <message>
            <source>Fails</source>
            <translation>Underkänd</translation>
        </message>
        <message>
            <source>{item} (checked by hand)</source>
            <translation>{item} (kontrolleras manuellt)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>godkänd</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>underkänd</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>The quality check has not run yet.</source>
            <translation>Kvalitetskontrollen har inte körts än.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardModel</name>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
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
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Granskare</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Nästa frist</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <source>The earliest due date of a reviewer who has not decided yet</source>
            <translation>Det tidigaste förfallodatumet för en granskare som ännu inte har beslutat</translation>
        </message>
        <message>
            <source>all decided</source>
            <translation>alla har beslutat</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardWindow</name>
        <message>
            <source>Review board — slamdesk</source>
            <translation>Granskningsöversikt — slamdesk</translation>
        </message>
        <message>
            <source>Agreement number, customer or title</source>
            <translation>Avtalsnummer, kund eller titel</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Alla roller</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Mina</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Endast &amp;försenade</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has passed their due date without deciding</source>
            <translation>Endast avtal där en granskare har passerat sitt förfallodatum utan att besluta</translation>
        </message>
        <message>
            <source>&amp;Waiting for a decision</source>
            <translation>&amp;Väntar på beslut</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has not decided yet</source>
            <translation>Endast avtal där en granskare ännu inte har beslutat</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Uppdatera</translation>
        </message>
        <message>
            <source>Read the board again (F5)</source>
            <translation>Läs in översikten igen (F5)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Hitta</translation>
        </message>
        <message>
            <source>Cl&amp;ear filters</source>
            <translation>&amp;Rensa filter</translation>
        </message>
        <message>
            <source>Clear the search and every filter (Ctrl+Shift+L)</source>
            <translation>Rensa sökningen och alla filter (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>S&amp;täng</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Granskare:</translation>
        </message>
        <message>
            <source>Ro&amp;le:</source>
            <translation>R&amp;oll:</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Granskningsomgång</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>Alla granskare</translation>
        </message>
        <message>
            <source>Only the agreements {name} reviews</source>
            <translation>Endast avtal som {name} granskar</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n försenat</numerusform>
                <numerusform>%n försenade</numerusform>
            </translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>inga försenade</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>%n avtal under granskning · {overdue}</numerusform>
                <numerusform>%n avtal under granskning · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n agreement(s) under review match</source>
            <translation>
                <numerusform>Inget av %n avtal under granskning matchar</numerusform>
                <numerusform>Inget av de %n avtalen under granskning matchar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>{count} av %n avtal under granskning · {overdue}</numerusform>
                <numerusform>{count} av %n avtal under granskning · {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue: a reviewer (among those the filters choose) has passed their due date without deciding. Read against {date}.</source>
            <translation>Försenad: en granskare (bland dem som filtren väljer) har passerat sitt förfallodatum utan att besluta. Beräknat per {date}.</translation>
        </message>
        <message>
            <source>Select an agreement to see its review round: each reviewer's role, due date, decision and comments.</source>
            <translation>Välj ett avtal för att se dess granskningsomgång: varje granskares roll, förfallodatum, beslut och kommentarer.</translation>
        </message>
        <message>
            <source>Version {version} is under review without a review round: nobody has been named to review it.</source>
            <translation>Version {version} granskas utan granskningsomgång: ingen har utsetts att granska den.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} is no longer open.</source>
            <translation>Version {version}, granskningsomgång {round} är inte längre öppen.</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} ({status}), opened {when}</source>
            <translation>Version {version}, granskningsomgång {round} ({status}), öppnad {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier round(s)</source>
            <translation>
                <numerusform>%n tidigare omgång</numerusform>
                <numerusform>%n tidigare omgångar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDecisionDialog</name>
        <message>
            <source>Approve your part of the review. The version is approved once every reviewer has approved and the quality check passes.</source>
            <translation>Godkänn din del av granskningen. Versionen godkänns när alla granskare har godkänt och kvalitetskontrollen är godkänd.</translation>
        </message>
        <message>
            <source>Say what should change, anchored to the sections it concerns. Requesting changes closes the round and sends the version back to its author for a new version.</source>
            <translation>Ange vad som ska ändras, kopplat till de avsnitt det gäller. En begäran om ändringar stänger omgången och skickar tillbaka versionen till författaren för en ny version.</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>Godkänn {number}</translation>
        </message>
        <message>
            <source>Request changes to {number}</source>
            <translation>Begär ändringar i {number}</translation>
        </message>
        <message>
            <source>You review as {name} ({role}).</source>
            <translation>Du granskar som {name} ({role}).</translation>
        </message>
        <message>
            <source>You review as {name}.</source>
            <translation>Du granskar som {name}.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>”{title}”</translation>
        </message>
        <message>
            <source>drafted by {author}</source>
            <translation>upprättat av {author}</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Granskningsomgång</translation>
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
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>No review round is open on this version: a legal reviewer or quality checker decides alone.</source>
            <translation>Ingen granskningsomgång är öppen för den här versionen: en juridisk granskare eller kvalitetskontrollant beslutar ensam.</translation>
        </message>
        <message numerus="yes">
            <source>Round {round} on version {version}: {approved} of %n reviewers have approved.</source>
            <translation>
                <numerusform>Omgång {round} för version {version}: {approved} av %n granskare har godkänt.</numerusform>
                <numerusform>Omgång {round} för version {version}: {approved} av %n granskare har godkänt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending — overdue</source>
            <translation>Väntar — försenad</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Väntar</translation>
        </message>
        <message>
            <source>{reviewer} (you)</source>
            <translation>{reviewer} (du)</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentarer</translation>
        </message>
        <message>
            <source>Your overall comment (optional)</source>
            <translation>Din övergripande kommentar (valfritt)</translation>
        </message>
        <message>
            <source>What should change, overall</source>
            <translation>Vad som ska ändras, övergripande</translation>
        </message>
        <message>
            <source>&amp;Overall comment (anchored to “general”):</source>
            <translation>Ö&amp;vergripande kommentar (kopplad till ”general”):</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Avsnitt</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Comments on &amp;sections (a line, a clause, the pricing…):</source>
            <translation>Kommentarer till &amp;avsnitt (en rad, en klausul, prissättningen…):</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Lägg till kommentar</translation>
        </message>
        <message>
            <source>Re&amp;move comment</source>
            <translation>&amp;Ta bort kommentar</translation>
        </message>
        <message>
            <source>Quality checklist — your check</source>
            <translation>Kvalitetschecklista — din kontroll</translation>
        </message>
        <message>
            <source>Quality checklist</source>
            <translation>Kvalitetschecklista</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>&amp;Kör igen</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Kör kvalitetskontrollen igen på det sparade avtalet</translation>
        </message>
        <message>
            <source>Your comment on this section</source>
            <translation>Din kommentar till det här avsnittet</translation>
        </message>
        <message>
            <source>You are not a reviewer in round {round} ({names}).</source>
            <translation>Du är inte granskare i omgång {round} ({names}).</translation>
        </message>
        <message>
            <source>You have decided on round {round} already ({decision}).</source>
            <translation>Du har redan beslutat i omgång {round} ({decision}).</translation>
        </message>
        <message>
            <source>Cannot approve while an automatic check fails: {items}.</source>
            <translation>Kan inte godkänna så länge en automatisk kontroll inte är uppfylld: {items}.</translation>
        </message>
        <message>
            <source>The agreement is {status}, not in review.</source>
            <translation>Avtalet är {status}, inte under granskning.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForms</name>
        <message>
            <source>the agreement as a whole</source>
            <translation>avtalet som helhet</translation>
        </message>
        <message>
            <source>provider and customer</source>
            <translation>leverantör och kund</translation>
        </message>
        <message>
            <source>services and sites covered</source>
            <translation>tjänster och platser som omfattas</translation>
        </message>
        <message>
            <source>prices and totals</source>
            <translation>priser och summor</translation>
        </message>
        <message>
            <source>service credits</source>
            <translation>servicekrediter</translation>
        </message>
        <message>
            <source>signatories and signing</source>
            <translation>firmatecknare och signering</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Godkänn</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>Begär ändringar</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkänd</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Ändringar begärda</translation>
        </message>
    </context>
    <context>
        <name>ReviewRoundDialog</name>
        <message>
            <source>Submit {number} for review</source>
            <translation>Skicka {number} till granskning</translation>
        </message>
        <message>
            <source>Submitting moves the draft into review and opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>När du skickar utkastet går det till granskning och en granskningsomgång öppnas för version {version} av ”{title}” ({customer}), upprättat av {author}. Varje granskare godkänner eller begär ändringar senast på förfallodatumet; en enda begäran om ändringar skickar tillbaka versionen till författaren.</translation>
        </message>
        <message>
            <source>Start a review round on {number}</source>
            <translation>Starta en granskningsomgång för {number}</translation>
        </message>
        <message>
            <source>This opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Detta öppnar en granskningsomgång för version {version} av ”{title}” ({customer}), upprättat av {author}. Varje granskare godkänner eller begär ändringar senast på förfallodatumet; en enda begäran om ändringar skickar tillbaka versionen till författaren.</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Skicka till granskning</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Starta omgång</translation>
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
            <source>Due date</source>
            <translation>Förfallodatum</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Lägg till granskare</translation>
        </message>
        <message>
            <source>Re&amp;move reviewer</source>
            <translation>&amp;Ta bort granskare</translation>
        </message>
        <message>
            <source>&amp;Reviewers:</source>
            <translation>&amp;Granskare:</translation>
        </message>
        <message>
            <source>When this reviewer should have decided</source>
            <translation>När granskaren senast ska ha beslutat</translation>
        </message>
        <message>
            <source>Add at least one reviewer to send the version for review.</source>
            <translation>Lägg till minst en granskare för att skicka versionen till granskning.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message>
            <source>Legal reviewer</source>
            <translation>Juridisk granskare</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Kvalitetskontrollant</translation>
        </message>
        <message>
            <source>Customer representative</source>
            <translation>Kundrepresentant</translation>
        </message>
        <message>
            <source>legal</source>
            <translation>juridik</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>kvalitet</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>kund</translation>
        </message>
        <message>
            <source>✓ approved</source>
            <translation>✓ godkänt</translation>
        </message>
        <message>
            <source>✗ changes requested</source>
            <translation>✗ ändringar begärda</translation>
        </message>
        <message>
            <source>open</source>
            <translation>öppen</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>godkänd</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>ändringar begärda</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parter</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Omfattning</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Prissättning</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Servicekrediter</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Underskrifter</translation>
        </message>
        <message>
            <source>No reviewers named yet</source>
            <translation>Inga granskare utsedda än</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) {decision}</source>
            <translation>{reviewer} ({role}) {decision}</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date} OVERDUE</source>
            <translation>{reviewer} ({role}) senast {date} FÖRSENAD</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date}</source>
            <translation>{reviewer} ({role}) senast {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n dag försenad</numerusform>
                <numerusform>%n dagar försenad</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: submitted for review without a review round</source>
            <translation>{number}: skickat till granskning utan granskningsomgång</translation>
        </message>
        <message>
            <source>{number}, version {version}, review round {round}</source>
            <translation>{number}, version {version}, granskningsomgång {round}</translation>
        </message>
        <message>
            <source>{decision} on {when}</source>
            <translation>{decision} {when}</translation>
        </message>
        <message>
            <source>waiting, due {date} — {late}</source>
            <translation>väntar, senast {date} — {late}</translation>
        </message>
        <message>
            <source>waiting, due {date}</source>
            <translation>väntar, senast {date}</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Rad {number}</translation>
        </message>
        <message>
            <source>Clause “{name}”</source>
            <translation>Klausul ”{name}”</translation>
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
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslut</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <source>waiting — {late}</source>
            <translation>väntar — {late}</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
    </context>
</TS>
