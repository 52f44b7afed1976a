<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SignatoriesDialog</name>
        <message numerus="yes">
            <source>%n signator(y|ies)</source>
            <translation>
                <numerusform>%n signatory</numerusform>
                <numerusform>%n signatories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SigningPanel</name>
        <message numerus="yes">
            <source>%n signator(y|ies), in any order</source>
            <translation>
                <numerusform>%n signatory, in any order</numerusform>
                <numerusform>%n signatories, in any order</numerusform>
            </translation>
        </message>
    </context>
</TS>
