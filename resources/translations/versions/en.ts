<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>VersionCompareDialog</name>
        <message numerus="yes">
            <source>%n version(s); version {current} is the current one.</source>
            <translation>
                <numerusform>%n version; version {current} is the current one.</numerusform>
                <numerusform>%n versions; version {current} is the current one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>%n field changed</numerusform>
                <numerusform>%n fields changed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionWording</name>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>%n line added</numerusform>
                <numerusform>%n lines added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>%n line removed</numerusform>
                <numerusform>%n lines removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>%n line changed</numerusform>
                <numerusform>%n lines changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) added</source>
            <translation>
                <numerusform>%n clause added</numerusform>
                <numerusform>%n clauses added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) removed</source>
            <translation>
                <numerusform>%n clause removed</numerusform>
                <numerusform>%n clauses removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) changed</source>
            <translation>
                <numerusform>%n clause changed</numerusform>
                <numerusform>%n clauses changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s) changed</source>
            <translation>
                <numerusform>%n term changed</numerusform>
                <numerusform>%n terms changed</numerusform>
            </translation>
        </message>
    </context>
</TS>
