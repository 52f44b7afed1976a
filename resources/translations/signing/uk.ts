<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>SignAsDialog</name>
        <message>
            <source>Sign {number} as {name}</source>
            <translation>Підписати {number} як {name}</translation>
        </message>
        <message>
            <source>Record {name}'s signature on {number}. Check the name and title as they appear on the agreement; the first signature freezes this version.</source>
            <translation>Зафіксуйте підпис {name} на {number}. Перевірте ім'я та посаду так, як їх зазначено в угоді; перший підпис фіксує цю версію.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Підписати</translation>
        </message>
        <message>
            <source>{party} · {organisation} · group {group}</source>
            <translation>{party} · {organisation} · група {group}</translation>
        </message>
        <message>
            <source>Party:</source>
            <translation>Сторона:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Ім'я підписанта:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Посада підписанта:</translation>
        </message>
        <message>
            <source>Recorded by:</source>
            <translation>Фіксує:</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Повне ім'я</translation>
        </message>
        <message>
            <source>Role or title</source>
            <translation>Роль або посада</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Група</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Порядок підписання {number}</translation>
        </message>
        <message>
            <source>Who signs {number} ({customer}) for each party, and in which order.</source>
            <translation>Хто підписує {number} ({customer}) за кожну сторону та в якому порядку.</translation>
        </message>
        <message>
            <source>Save order</source>
            <translation>Зберегти порядок</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Додати</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Вилучити</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>В&amp;гору</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>В&amp;низ</translation>
        </message>
        <message>
            <source>Add a signatory below the selected one</source>
            <translation>Додати підписанта під вибраним</translation>
        </message>
        <message>
            <source>Remove the selected signatory</source>
            <translation>Вилучити вибраного підписанта</translation>
        </message>
        <message>
            <source>Move the selected signatory one row up</source>
            <translation>Перемістити вибраного підписанта на рядок вище</translation>
        </message>
        <message>
            <source>Move the selected signatory one row down</source>
            <translation>Перемістити вибраного підписанта на рядок нижче</translation>
        </message>
        <message>
            <source>Signing has started, so the signing order can no longer change. The signing window shows who has signed and who is next.</source>
            <translation>Підписання розпочалося, тож порядок підписання більше не можна змінити. Вікно підписання показує, хто вже підписав і хто наступний.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>Signing order of {number}: {signatories} in {groups}</source>
            <translation>Порядок підписання {number}: {signatories} у {groups}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies)</source>
            <translation>
                <numerusform>%n підписант</numerusform>
                <numerusform>%n підписанти</numerusform>
                <numerusform>%n підписантів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n групі</numerusform>
                <numerusform>%n групах</numerusform>
                <numerusform>%n групах</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Підписати {number}</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>По&amp;рядок підписання…</translation>
        </message>
        <message>
            <source>{customer} · {status}, version {version}</source>
            <translation>{customer} · {status}, версія {version}</translation>
        </message>
        <message>
            <source>Signing has started: the order can no longer change</source>
            <translation>Підписання розпочалося: порядок більше не можна змінити</translation>
        </message>
        <message>
            <source>Choose who signs for each party and in which group</source>
            <translation>Виберіть, хто підписує за кожну сторону і в якій групі</translation>
        </message>
        <message>
            <source>Signing order</source>
            <translation>Порядок підписання</translation>
        </message>
    </context>
    <context>
        <name>SigningPanel</name>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім'я</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>&amp;Sign as selected…</source>
            <translation>&amp;Підписати від імені вибраного…</translation>
        </message>
        <message>
            <source>✓ Signed {time}</source>
            <translation>✓ Підписано {time}</translation>
        </message>
        <message>
            <source>Next — may sign now</source>
            <translation>Наступний — може підписати зараз</translation>
        </message>
        <message>
            <source>Waiting for group {group}</source>
            <translation>Очікує на групу {group}</translation>
        </message>
        <message>
            <source>Waiting for approval (now {status})</source>
            <translation>Очікує на затвердження (зараз: {status})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing complete</source>
            <translation>Підписали {signed} з {count} · підписання завершено</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · next: {names}</source>
            <translation>Підписали {signed} з {count} · далі: {names}</translation>
        </message>
        <message>
            <source>{name} ({party})</source>
            <translation>{name} ({party})</translation>
        </message>
        <message>
            <source>{signed} of {count} signed · signing opens once the agreement is approved (now {status})</source>
            <translation>Підписали {signed} з {count} · підписання відкриється, щойно угоду буде затверджено (зараз: {status})</translation>
        </message>
        <message>
            <source>Group {group}</source>
            <translation>Група {group}</translation>
        </message>
        <message numerus="yes">
            <source>%n signator(y|ies), in any order</source>
            <translation>
                <numerusform>%n підписант, у будь-якому порядку</numerusform>
                <numerusform>%n підписанти, у будь-якому порядку</numerusform>
                <numerusform>%n підписантів, у будь-якому порядку</numerusform>
            </translation>
        </message>
        <message>
            <source>signed</source>
            <translation>підписано</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · signing complete</source>
            <translation>Підписали сторін: {signed} з {count} · підписання завершено</translation>
        </message>
        <message>
            <source>{signed} of {count} parties signed · no signing order set: each party signs once, in any order</source>
            <translation>Підписали сторін: {signed} з {count} · порядок підписання не задано: кожна сторона підписує один раз, у будь-якому порядку</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>&amp;Підписати…</translation>
        </message>
        <message>
            <source>Not signed yet</source>
            <translation>Ще не підписано</translation>
        </message>
        <message>
            <source>Sign… records one party's signature; a signing order names each signatory and when they sign.</source>
            <translation>«Підписати…» фіксує підпис однієї сторони; порядок підписання визначає кожного підписанта й черговість підписання.</translation>
        </message>
        <message>
            <source>Both parties have signed.</source>
            <translation>Обидві сторони підписали.</translation>
        </message>
        <message>
            <source>Signatures are taken once the agreement is approved.</source>
            <translation>Підписи збирають після затвердження угоди.</translation>
        </message>
        <message>
            <source>Select who signs.</source>
            <translation>Виберіть, хто підписує.</translation>
        </message>
        <message>
            <source>{name} has signed.</source>
            <translation>{name} підписав(-ла).</translation>
        </message>
        <message>
            <source>Not {name}'s turn yet: group {group} signs first.</source>
            <translation>Ще не черга {name}: спершу підписує група {group}.</translation>
        </message>
        <message>
            <source>{name} signed {number} for the customer</source>
            <translation>{name} підписав(-ла) {number} за замовника</translation>
        </message>
        <message>
            <source>{name} signed {number} for the provider</source>
            <translation>{name} підписав(-ла) {number} за постачальника</translation>
        </message>
        <message>
            <source>Signature recorded on {number}</source>
            <translation>Підпис на {number} зафіксовано</translation>
        </message>
        <message>
            <source>{done}: all signatures recorded</source>
            <translation>{done}: усі підписи зафіксовано</translation>
        </message>
    </context>
    <context>
        <name>SigningWords</name>
        <message>
            <source>e.g. Account manager</source>
            <translation>напр. Менеджер з клієнтів</translation>
        </message>
        <message>
            <source>e.g. Managing director</source>
            <translation>напр. Генеральний директор</translation>
        </message>
        <message>
            <source>Groups sign in ascending order; signatories in the same group may sign in any order.</source>
            <translation>Групи підписують за зростанням номера; підписанти однієї групи можуть підписувати в будь-якому порядку.</translation>
        </message>
    </context>
</TS>
