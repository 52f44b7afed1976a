<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>The first %n rows, as they would be read:</source>
            <translation>
                <numerusform>The first %n row, as it would be read:</numerusform>
                <numerusform>The first %n rows, as they would be read:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{bad} of the first %n rows would be refused (see Problem).</source>
            <translation>
                <numerusform>{bad} of the first %n row would be refused (see Problem).</numerusform>
                <numerusform>{bad} of the first %n rows would be refused (see Problem).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing {file}… %n row(s) read</source>
            <translation>
                <numerusform>Importing {file}… %n row read</numerusform>
                <numerusform>Importing {file}… %n rows read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row(s) left out.</source>
            <translation>
                <numerusform>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row left out.</numerusform>
                <numerusform>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad rows left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message numerus="yes">
            <source>{period}: %n signed agreement(s)</source>
            <translation>
                <numerusform>{period}: %n signed agreement</numerusform>
                <numerusform>{period}: %n signed agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n line(s) met</source>
            <translation>
                <numerusform>{met} of %n line met</numerusform>
                <numerusform>{met} of %n lines met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number} {period} closed: %n target(s) breached</source>
            <translation>
                <numerusform>{number} {period} closed: %n target breached</numerusform>
                <numerusform>{number} {period} closed: %n targets breached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) of {period} written</source>
            <translation>
                <numerusform>%n report of {period} written</numerusform>
                <numerusform>%n reports of {period} written</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended before it</source>
            <translation>
                <numerusform>%n ended before it</numerusform>
                <numerusform>%n ended before it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cancelled, %n not begun</source>
            <translation>
                <numerusform>cancelled, %n not begun</numerusform>
                <numerusform>cancelled, %n not begun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (the first: {number}: {reason})</source>
            <translation>
                <numerusform>%n refused (the first: {number}: {reason})</numerusform>
                <numerusform>%n refused (the first: {number}: {reason})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWording</name>
        <message numerus="yes">
            <source>Satisfaction {measured} % from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Satisfaction {measured} % from %n answer (goal {goal})</numerusform>
                <numerusform>Satisfaction {measured} % from %n answers (goal {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Effort {measured} from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Effort {measured} from %n answer (goal {goal})</numerusform>
                <numerusform>Effort {measured} from %n answers (goal {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Breaches:&lt;/b&gt; %n target(s) breached</source>
            <translation>
                <numerusform>&lt;b&gt;Breaches:&lt;/b&gt; %n target breached</numerusform>
                <numerusform>&lt;b&gt;Breaches:&lt;/b&gt; %n targets breached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) owe credits</source>
            <translation>
                <numerusform>%n agreement owes credits</numerusform>
                <numerusform>%n agreements owe credits</numerusform>
            </translation>
        </message>
    </context>
</TS>
