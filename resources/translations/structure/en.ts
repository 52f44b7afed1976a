<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementChooser</name>
        <message numerus="yes">
            <source>The first %n matching “{text}” (narrow the search).</source>
            <translation>
                <numerusform>The first %n matching “{text}” (narrow the search).</numerusform>
                <numerusform>The first %n matching “{text}” (narrow the search).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matching “{text}”.</source>
            <translation>
                <numerusform>%n matching “{text}”.</numerusform>
                <numerusform>%n matching “{text}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</numerusform>
                <numerusform>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</numerusform>
                <numerusform>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</numerusform>
            </translation>
        </message>
    </context>
</TS>
