<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CatalogueEditor</name>
        <message numerus="yes">
            <source>★ %n VIP level(s) for named customers</source>
            <translation>
                <numerusform>★ %n VIP level for named customers</numerusform>
                <numerusform>★ %n VIP levels for named customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Service {code} saved with %n level(s)</source>
            <translation>
                <numerusform>Service {code} saved with %n level</numerusform>
                <numerusform>Service {code} saved with %n levels</numerusform>
            </translation>
        </message>
    </context>
</TS>
