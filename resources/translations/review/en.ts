<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Checklist</name>
        <message numerus="yes">
            <source>All %n checks pass.</source>
            <translation>
                <numerusform>The %n check passes.</numerusform>
                <numerusform>All %n checks pass.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{passing} of %n checks pass: {failures}</source>
            <translation>
                <numerusform>{passing} of %n check passes: {failures}</numerusform>
                <numerusform>{passing} of %n checks pass: {failures}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardWindow</name>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>%n agreement under review · {overdue}</numerusform>
                <numerusform>%n agreements under review · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n agreement(s) under review match</source>
            <translation>
                <numerusform>None of the %n agreement under review match</numerusform>
                <numerusform>None of the %n agreements under review match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>{count} of %n agreement under review · {overdue}</numerusform>
                <numerusform>{count} of %n agreements under review · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n earlier round(s)</source>
            <translation>
                <numerusform>%n earlier round</numerusform>
                <numerusform>%n earlier rounds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDecisionDialog</name>
        <message numerus="yes">
            <source>Round {round} on version {version}: {approved} of %n reviewers have approved.</source>
            <translation>
                <numerusform>Round {round} on version {version}: {approved} of %n reviewer has approved.</numerusform>
                <numerusform>Round {round} on version {version}: {approved} of %n reviewers have approved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n day late</numerusform>
                <numerusform>%n days late</numerusform>
            </translation>
        </message>
    </context>
</TS>
