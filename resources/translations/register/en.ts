<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BatchExport</name>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>
                <numerusform>%n agreement will be exported; skipped: {already} already exported, {unsigned} not signed.</numerusform>
                <numerusform>%n agreements will be exported; skipped: {already} already exported, {unsigned} not signed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported.</source>
            <translation>
                <numerusform>%n agreement will be exported; skipped: {already} already exported.</numerusform>
                <numerusform>%n agreements will be exported; skipped: {already} already exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {unsigned} not signed.</source>
            <translation>
                <numerusform>%n agreement will be exported; skipped: {unsigned} not signed.</numerusform>
                <numerusform>%n agreements will be exported; skipped: {unsigned} not signed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported.</source>
            <translation>
                <numerusform>%n agreement will be exported.</numerusform>
                <numerusform>%n agreements will be exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error.</numerusform>
                <numerusform>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error.</numerusform>
                <numerusform>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) not started.</source>
            <translation>
                <numerusform>%n agreement not started.</numerusform>
                <numerusform>%n agreements not started.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{exported} (%n file(s) written into the register folder and recorded)</source>
            <translation>
                <numerusform>{exported} (%n file written into the register folder and recorded)</numerusform>
                <numerusform>{exported} (%n files written into the register folder and recorded)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the signed agreements among the %n agreement(s) of this view</source>
            <translation>
                <numerusform>the signed agreements among the %n agreement of this view</numerusform>
                <numerusform>the signed agreements among the %n agreements of this view</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchProgressDialog</name>
        <message numerus="yes">
            <source>Exported %n agreement(s).</source>
            <translation>
                <numerusform>Exported %n agreement.</numerusform>
                <numerusform>Exported %n agreements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Narrowed by %n filter(s)</source>
            <translation>
                <numerusform>Narrowed by %n filter</numerusform>
                <numerusform>Narrowed by %n filters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ViewExport</name>
        <message numerus="yes">
            <source>Writing %n agreement(s) to {file}…</source>
            <translation>
                <numerusform>Writing %n agreement to {file}…</numerusform>
                <numerusform>Writing %n agreements to {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) of the register view to {file}…</source>
            <translation>
                <numerusform>Writing %n agreement of the register view to {file}…</numerusform>
                <numerusform>Writing %n agreements of the register view to {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s) to {path}</source>
            <translation>
                <numerusform>Exported %n agreement to {path}</numerusform>
                <numerusform>Exported %n agreements to {path}</numerusform>
            </translation>
        </message>
    </context>
</TS>
