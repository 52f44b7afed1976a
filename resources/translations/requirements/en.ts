<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>PricingMatrix</name>
        <message numerus="yes">
            <source>Total per month: {total}  (%n without a level yet)</source>
            <translation>
                <numerusform>Total per month: {total}  (%n without a level yet)</numerusform>
                <numerusform>Total per month: {total}  (%n without a level yet)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Traceability</name>
        <message numerus="yes">
            <source>%n of {total} requirements need attention</source>
            <translation>
                <numerusform>%n of {total} requirements needs attention</numerusform>
                <numerusform>%n of {total} requirements need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n requirements are traced or marked infeasible</source>
            <translation>
                <numerusform>The %n requirement is traced or marked infeasible</numerusform>
                <numerusform>All %n requirements are traced or marked infeasible</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked infeasible</source>
            <translation>
                <numerusform>%n marked infeasible</numerusform>
                <numerusform>%n marked infeasible</numerusform>
            </translation>
        </message>
    </context>
</TS>
