<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Give notice on {number}</source>
            <translation>Säg upp {number}</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>Registrera uppsägning</translation>
        </message>
        <message>
            <source>Record that notice was given to end {number} ({customer}). Its current term ends on {last_day}; notice for that end must be given by {deadline}. The agreement then ends on the term's last day and is not renewed. The reason is kept in its history.</source>
            <translation>Registrera att uppsägning har lämnats för att avsluta {number} ({customer}). Den nuvarande löptiden upphör {last_day}; uppsägning till det slutet måste lämnas senast {deadline}. Avtalet upphör då på löptidens sista dag och förlängs inte. Skälet sparas i avtalets historik.</translation>
        </message>
        <message>
            <source>Given &amp;by:</source>
            <translation>&amp;Lämnad av:</translation>
        </message>
        <message>
            <source>Given &amp;on:</source>
            <translation>Lämnad &amp;den:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Upphör den:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>De&amp;taljer:</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Avtal</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Förfaller</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kund</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <source>notice deadline</source>
            <translation>sista uppsägningsdag</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>förlängs</translation>
        </message>
        <message>
            <source>confirm renewal</source>
            <translation>bekräfta förlängning</translation>
        </message>
        <message>
            <source>ends</source>
            <translation>upphör</translation>
        </message>
        <message>
            <source>review</source>
            <translation>granskning</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Just mine</source>
            <translation>&amp;Bara mina</translation>
        </message>
        <message>
            <source>Only the agreements whose version in force you drafted</source>
            <translation>Bara avtal vars gällande version du har upprättat</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Påminnelser</translation>
        </message>
        <message>
            <source>Coming up within:</source>
            <translation>Kommande inom:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Läser…</translation>
        </message>
        <message>
            <source>Could not read the reminders: {error}</source>
            <translation>Det gick inte att läsa påminnelserna: {error}</translation>
        </message>
        <message>
            <source>Nothing falls due in the next {days} days</source>
            <translation>Inget förfaller de närmaste {days} dagarna</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the next {days} days</source>
            <translation>
                <numerusform>%n post de närmaste {days} dagarna</numerusform>
                <numerusform>%n poster de närmaste {days} dagarna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number}: {due} {when} and %n more</source>
            <translation>
                <numerusform>{number}: {due} {when} och %n till</numerusform>
                <numerusform>{number}: {due} {when} och %n till</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: {due} {when}</source>
            <translation>{number}: {due} {when}</translation>
        </message>
        <message>
            <source>slamdesk reminders</source>
            <translation>slamdesk-påminnelser</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (i dag)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (in %n day(s))</source>
            <translation>
                <numerusform>{day} (om %n dag)</numerusform>
                <numerusform>{day} (om %n dagar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) ago)</source>
            <translation>
                <numerusform>{day} (för %n dag sedan)</numerusform>
                <numerusform>{day} (för %n dagar sedan)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>The next term runs from {start} to {last_day}.</source>
            <translation>Nästa löptid gäller från {start} till {last_day}.</translation>
        </message>
        <message>
            <source>Its terms allow no more renewals.</source>
            <translation>Villkoren tillåter inga fler förlängningar.</translation>
        </message>
        <message>
            <source>{number} ({customer}) renews only when someone confirms it: unconfirmed, it expires after {last_day}.</source>
            <translation>{number} ({customer}) förlängs bara om någon bekräftar det: utan bekräftelse löper det ut efter {last_day}.</translation>
        </message>
        <message>
            <source>Renew {number}</source>
            <translation>Förläng {number}</translation>
        </message>
        <message>
            <source>Confirm renewal</source>
            <translation>Bekräfta förlängning</translation>
        </message>
        <message>
            <source>Confirmed &amp;on:</source>
            <translation>Bekräftad &amp;den:</translation>
        </message>
    </context>
    <context>
        <name>ReviewHeldDialog</name>
        <message>
            <source>Record the review of {number} ({customer}) once it has been held: who attended (one name a line), what was decided and what was said.</source>
            <translation>Registrera granskningen av {number} ({customer}) när den har hållits: vilka som deltog (ett namn per rad), vad som beslutades och vad som sades.</translation>
        </message>
        <message>
            <source>A review is due on {day}.</source>
            <translation>En granskning ska hållas {day}.</translation>
        </message>
        <message>
            <source>Periodic review of {number}</source>
            <translation>Periodisk granskning av {number}</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Registrera granskning</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>The amendment version this review led to, once it is drafted</source>
            <translation>Ändringsversionen som granskningen ledde till, när den har upprättats</translation>
        </message>
        <message>
            <source>Held &amp;on:</source>
            <translation>&amp;Hölls den:</translation>
        </message>
        <message>
            <source>&amp;Attendees:</source>
            <translation>&amp;Deltagare:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Beslut:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Anteckningar:</translation>
        </message>
        <message>
            <source>A&amp;mendment version:</source>
            <translation>Ä&amp;ndringsversion:</translation>
        </message>
    </context>
    <context>
        <name>TermActions</name>
        <message>
            <source>{number} is running and renews as agreed</source>
            <translation>{number} löper och förlängs enligt avtalet</translation>
        </message>
        <message>
            <source>{number} is ending: notice was given or its renewal is not confirmed</source>
            <translation>{number} upphör: uppsägning har lämnats eller förlängningen är inte bekräftad</translation>
        </message>
        <message>
            <source>{number} is expired</source>
            <translation>{number} har löpt ut</translation>
        </message>
        <message>
            <source>{number} is terminated</source>
            <translation>{number} är uppsagt</translation>
        </message>
        <message>
            <source>{number} is not signed yet</source>
            <translation>{number} är inte signerat ännu</translation>
        </message>
        <message>
            <source>Term and re&amp;newal</source>
            <translation>Löptid och för&amp;längning</translation>
        </message>
        <message>
            <source>&amp;Terms…</source>
            <translation>&amp;Villkor…</translation>
        </message>
        <message>
            <source>A draft's start, initial term, renewal, notice and reviews</source>
            <translation>Ett utkasts start, första löptid, förlängning, uppsägning och granskningar</translation>
        </message>
        <message>
            <source>Give &amp;notice…</source>
            <translation>Säg &amp;upp…</translation>
        </message>
        <message>
            <source>Record notice: the agreement ends at the end of a term</source>
            <translation>Registrera uppsägning: avtalet upphör vid slutet av en löptid</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>&amp;Förläng…</translation>
        </message>
        <message>
            <source>Confirm an express renewal before the term ends</source>
            <translation>Bekräfta en uttrycklig förlängning innan löptiden upphör</translation>
        </message>
        <message>
            <source>Record periodic re&amp;view…</source>
            <translation>Registrera periodisk &amp;granskning…</translation>
        </message>
        <message>
            <source>Who attended the periodic review and what was decided</source>
            <translation>Vilka som deltog i den periodiska granskningen och vad som beslutades</translation>
        </message>
        <message>
            <source>Notice &amp;letter…</source>
            <translation>Uppsägnings&amp;brev…</translation>
        </message>
        <message>
            <source>Write the letter of the notice given as PDF (signed) and DOCX into the register</source>
            <translation>Skriv uppsägningsbrevet som PDF (signerad) och DOCX till registret</translation>
        </message>
        <message>
            <source>only a representative or an administrator records notice</source>
            <translation>bara en representant eller en administratör registrerar uppsägning</translation>
        </message>
        <message>
            <source>only a representative or an administrator renews</source>
            <translation>bara en representant eller en administratör förlänger</translation>
        </message>
        <message>
            <source>only a representative, a quality checker or an administrator records reviews</source>
            <translation>bara en representant, en kvalitetsgranskare eller en administratör registrerar granskningar</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: inte nu, {reason}</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>välj ett avtal i registret</translation>
        </message>
        <message>
            <source>only a draft's terms change; amend {number} to change its terms</source>
            <translation>bara ett utkasts villkor kan ändras; gör en ändring av {number} för att ändra dess villkor</translation>
        </message>
        <message>
            <source>only a representative or an administrator sets terms</source>
            <translation>bara en representant eller en administratör anger villkor</translation>
        </message>
        <message>
            <source>Terms of {number}</source>
            <translation>Villkor för {number}</translation>
        </message>
        <message>
            <source>Terms of {number} saved</source>
            <translation>Villkoren för {number} sparade</translation>
        </message>
        <message>
            <source>Notice recorded on {number}</source>
            <translation>Uppsägning registrerad för {number}</translation>
        </message>
        <message>
            <source>{number} renewed</source>
            <translation>{number} förlängt</translation>
        </message>
        <message>
            <source>Periodic review of {number} recorded</source>
            <translation>Periodisk granskning av {number} registrerad</translation>
        </message>
        <message>
            <source>the notice letter of {number}</source>
            <translation>uppsägningsbrevet för {number}</translation>
        </message>
        <message>
            <source>Notice letter of {number} written into {folder}: {files}</source>
            <translation>Uppsägningsbrevet för {number} skrevs till {folder}: {files}</translation>
        </message>
    </context>
    <context>
        <name>TermDialogs</name>
        <message>
            <source>The customer</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Leverantören</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>Service quality</source>
            <translation>Tjänstekvalitet</translation>
        </message>
        <message>
            <source>No longer needed</source>
            <translation>Behövs inte längre</translation>
        </message>
        <message>
            <source>Changing provider</source>
            <translation>Byter leverantör</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annat</translation>
        </message>
        <message>
            <source>No renewal: it ends after the initial term</source>
            <translation>Ingen förlängning: det upphör efter den första löptiden</translation>
        </message>
        <message>
            <source>Renews by itself unless notice is given</source>
            <translation>Förlängs automatiskt om det inte sägs upp</translation>
        </message>
        <message>
            <source>Renews only when someone confirms it</source>
            <translation>Förlängs bara när någon bekräftar det</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dagar</translation>
        </message>
        <message>
            <source>months</source>
            <translation>månader</translation>
        </message>
        <message>
            <source>Either party</source>
            <translation>Vardera part</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Behåll det som det är</translation>
        </message>
        <message>
            <source>Change a service level</source>
            <translation>Ändra en servicenivå</translation>
        </message>
        <message>
            <source>Amend the terms</source>
            <translation>Ändra villkoren</translation>
        </message>
        <message>
            <source>Terminate it</source>
            <translation>Säg upp det</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>Terms of {number}</source>
            <translation>Villkor för {number}</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Spara villkor</translation>
        </message>
        <message>
            <source>When {number} starts, how long it runs, whether it renews, how much notice ends it and how often it is reviewed. Its end date follows from the start and the initial term.</source>
            <translation>När {number} börjar, hur länge det löper, om det förlängs, hur lång uppsägningstid som avslutar det och hur ofta det granskas. Slutdatumet följer av starten och den första löptiden.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>ingen gräns</translation>
        </message>
        <message>
            <source>no reviews</source>
            <translation>inga granskningar</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Börjar den:</translation>
        </message>
        <message>
            <source>&amp;Initial term (months):</source>
            <translation>&amp;Första löptid (månader):</translation>
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation>För&amp;längning:</translation>
        </message>
        <message>
            <source>Each renewed &amp;term (months):</source>
            <translation>Varje förlängd &amp;period (månader):</translation>
        </message>
        <message>
            <source>Renewals at &amp;most:</source>
            <translation>&amp;Högst antal förlängningar:</translation>
        </message>
        <message>
            <source>&amp;Notice period:</source>
            <translation>&amp;Uppsägningstid:</translation>
        </message>
        <message>
            <source>Notice &amp;counted in:</source>
            <translation>Uppsägningstid &amp;räknad i:</translation>
        </message>
        <message>
            <source>Notice &amp;given by:</source>
            <translation>Uppsägning &amp;ges av:</translation>
        </message>
        <message>
            <source>Re&amp;view every (months):</source>
            <translation>Granskning &amp;varje (antal månader):</translation>
        </message>
    </context>
</TS>
