<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>RemindersPanel</name>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the next {days} days</source>
            <translation>
                <numerusform>%n item in the next {days} days</numerusform>
                <numerusform>%n items in the next {days} days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number}: {due} {when} and %n more</source>
            <translation>
                <numerusform>{number}: {due} {when} and %n more</numerusform>
                <numerusform>{number}: {due} {when} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (in %n day(s))</source>
            <translation>
                <numerusform>{day} (in %n day)</numerusform>
                <numerusform>{day} (in %n days)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) ago)</source>
            <translation>
                <numerusform>{day} (%n day ago)</numerusform>
                <numerusform>{day} (%n days ago)</numerusform>
            </translation>
        </message>
    </context>
</TS>
