<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DraftPage</name>
        <message numerus="yes">
            <source>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement(s), &lt;b&gt;{amount}&lt;/b&gt; per month.</source>
            <translation>
                <numerusform>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement, &lt;b&gt;{amount}&lt;/b&gt; per month.</numerusform>
                <numerusform>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirements, &lt;b&gt;{amount}&lt;/b&gt; per month.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n device</numerusform>
                <numerusform>%n devices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) per month</source>
            <translation>
                <numerusform>%n ticket per month</numerusform>
                <numerusform>%n tickets per month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) per month</source>
            <translation>
                <numerusform>%n item per month</numerusform>
                <numerusform>%n items per month</numerusform>
            </translation>
        </message>
    </context>
</TS>
