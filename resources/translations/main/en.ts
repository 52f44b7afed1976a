<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgreementActions</name>
        <message numerus="yes">
            <source>Preview of {number}: %n page(s)</source>
            <translation>
                <numerusform>Preview of {number}: %n page</numerusform>
                <numerusform>Preview of {number}: %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Demo portfolio loaded: %n agreement(s)</source>
            <translation>
                <numerusform>Demo portfolio loaded: %n agreement</numerusform>
                <numerusform>Demo portfolio loaded: %n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Register refreshed: %n agreement(s)</source>
            <translation>
                <numerusform>Register refreshed: %n agreement</numerusform>
                <numerusform>Register refreshed: %n agreements</numerusform>
            </translation>
        </message>
    </context>
</TS>
