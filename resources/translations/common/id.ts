<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Bahasa</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Bahasa sistem ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk akan tampil dalam {language} saat dijalankan berikutnya.</translation>
        </message>
    </context>
</TS>
