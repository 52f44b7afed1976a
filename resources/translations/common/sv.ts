<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Systemets språk ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk visas på {language} nästa gång det startar.</translation>
        </message>
    </context>
</TS>
