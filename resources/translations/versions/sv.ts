<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>VersionCompareDialog</name>
        <message>
            <source>Compare versions of {number} — slamdesk</source>
            <translation>Jämför versioner av {number} — slamdesk</translation>
        </message>
        <message>
            <source>⇄ Swap</source>
            <translation>⇄ Byt plats</translation>
        </message>
        <message>
            <source>Exchange the two versions</source>
            <translation>Byt plats på de två versionerna</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Villkor</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Före</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Efter</translation>
        </message>
        <message>
            <source>Line / field</source>
            <translation>Rad / fält</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Villkor</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rader</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Klausuler</translation>
        </message>
        <message>
            <source>Compare &amp;version:</source>
            <translation>Jämför &amp;version:</translation>
        </message>
        <message>
            <source>&amp;with:</source>
            <translation>&amp;med:</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Versioner av {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s); version {current} is the current one.</source>
            <translation>
                <numerusform>%n version; version {current} är den aktuella.</numerusform>
                <numerusform>%n versioner; version {current} är den aktuella.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {version} — {status} (current)</source>
            <translation>Version {version} — {status} (aktuell)</translation>
        </message>
        <message>
            <source>Version {version} — {status}</source>
            <translation>Version {version} — {status}</translation>
        </message>
        <message>
            <source>Compare versions of {number}</source>
            <translation>Jämför versioner av {number}</translation>
        </message>
        <message>
            <source>Version {version} compared with itself: choose two different versions.</source>
            <translation>Version {version} jämförd med sig själv: välj två olika versioner.</translation>
        </message>
        <message>
            <source>Terms ({count})</source>
            <translation>Villkor ({count})</translation>
        </message>
        <message>
            <source>Lines ({count})</source>
            <translation>Rader ({count})</translation>
        </message>
        <message>
            <source>Clauses ({count})</source>
            <translation>Klausuler ({count})</translation>
        </message>
        <message>
            <source>The terms (dates, monthly total, tax rate) are the same.</source>
            <translation>Villkoren (datum, månadssumma, skattesats) är desamma.</translation>
        </message>
        <message>
            <source>in version {version}</source>
            <translation>i version {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n fält ändrat</numerusform>
                <numerusform>%n fält ändrade</numerusform>
            </translation>
        </message>
        <message>
            <source>The service lines are the same in both versions.</source>
            <translation>Tjänsteraderna är desamma i båda versionerna.</translation>
        </message>
        <message>
            <source>Only the wording's layout changed.</source>
            <translation>Endast formuleringens layout har ändrats.</translation>
        </message>
        <message>
            <source>Only in version {version}.</source>
            <translation>Endast i version {version}.</translation>
        </message>
        <message>
            <source>The clauses are the same in both versions.</source>
            <translation>Klausulerna är desamma i båda versionerna.</translation>
        </message>
    </context>
    <context>
        <name>VersionWording</name>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Slutdatum</translation>
        </message>
        <message>
            <source>Monthly total</source>
            <translation>Månadssumma</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Skattesats %</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Täckning</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Prioriteter</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Styckpris</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Radsumma</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>Tillgänglighet %</translation>
        </message>
        <message>
            <source>Targets (response / resolution)</source>
            <translation>Mål (svar / lösning)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Tillagd</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>{priority} {response} / {resolution} (business hours)</source>
            <translation>{priority} {response} / {resolution} (kontorstid)</translation>
        </message>
        <message>
            <source>Amend it to start version {version}.</source>
            <translation>Gör ett tillägg för att påbörja version {version}.</translation>
        </message>
        <message>
            <source>Once it is signed, an amendment starts version {version}.</source>
            <translation>När det är signerat påbörjar ett tillägg version {version}.</translation>
        </message>
        <message>
            <source>{number} has only one version (version {version}, {status}), so there is nothing to compare yet.</source>
            <translation>{number} har bara en version (version {version}, {status}), så det finns inget att jämföra än.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>%n rad tillagd</numerusform>
                <numerusform>%n rader tillagda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>%n rad borttagen</numerusform>
                <numerusform>%n rader borttagna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>%n rad ändrad</numerusform>
                <numerusform>%n rader ändrade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) added</source>
            <translation>
                <numerusform>%n klausul tillagd</numerusform>
                <numerusform>%n klausuler tillagda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) removed</source>
            <translation>
                <numerusform>%n klausul borttagen</numerusform>
                <numerusform>%n klausuler borttagna</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) changed</source>
            <translation>
                <numerusform>%n klausul ändrad</numerusform>
                <numerusform>%n klausuler ändrade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s) changed</source>
            <translation>
                <numerusform>%n villkor ändrat</numerusform>
                <numerusform>%n villkor ändrade</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {before} and version {after} are the same: no term, line or clause differs.</source>
            <translation>Version {before} och version {after} är likadana: inget villkor, ingen rad och ingen klausul skiljer sig.</translation>
        </message>
        <message>
            <source>Version {before} → version {after}: {changes}.</source>
            <translation>Version {before} → version {after}: {changes}.</translation>
        </message>
    </context>
</TS>
