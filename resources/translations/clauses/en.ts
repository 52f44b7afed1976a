<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementClausesDialog</name>
        <message numerus="yes">
            <source>%n clause(s) saved in {number}</source>
            <translation>
                <numerusform>%n clause saved in {number}</numerusform>
                <numerusform>%n clauses saved in {number}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClauseLibraryDialog</name>
        <message numerus="yes">
            <source>{shown} of %n clause(s)</source>
            <translation>
                <numerusform>{shown} of %n clause</numerusform>
                <numerusform>{shown} of %n clauses</numerusform>
            </translation>
        </message>
    </context>
</TS>
