<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Мова системи ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>Наступного запуску slamdesk буде мовою: {language}.</translation>
        </message>
    </context>
</TS>
