<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Ngôn ngữ của hệ thống ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>slamdesk sẽ hiển thị bằng {language} từ lần khởi động tới.</translation>
        </message>
    </context>
</TS>
