<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>VersionCompareDialog</name>
        <message>
            <source>Compare versions of {number} — slamdesk</source>
            <translation>Порівняння версій {number} — slamdesk</translation>
        </message>
        <message>
            <source>⇄ Swap</source>
            <translation>⇄ Поміняти</translation>
        </message>
        <message>
            <source>Exchange the two versions</source>
            <translation>Поміняти версії місцями</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Після</translation>
        </message>
        <message>
            <source>Line / field</source>
            <translation>Рядок / поле</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Умови</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Рядки</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Пункти</translation>
        </message>
        <message>
            <source>Compare &amp;version:</source>
            <translation>Порівняти &amp;версію:</translation>
        </message>
        <message>
            <source>&amp;with:</source>
            <translation>&amp;з:</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Версії {number}</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s); version {current} is the current one.</source>
            <translation>
                <numerusform>%n версія; версія {current} — поточна.</numerusform>
                <numerusform>%n версії; версія {current} — поточна.</numerusform>
                <numerusform>%n версій; версія {current} — поточна.</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {version} — {status} (current)</source>
            <translation>Версія {version} — {status} (поточна)</translation>
        </message>
        <message>
            <source>Version {version} — {status}</source>
            <translation>Версія {version} — {status}</translation>
        </message>
        <message>
            <source>Compare versions of {number}</source>
            <translation>Порівняти версії {number}</translation>
        </message>
        <message>
            <source>Version {version} compared with itself: choose two different versions.</source>
            <translation>Версія {version} порівнюється сама із собою: виберіть дві різні версії.</translation>
        </message>
        <message>
            <source>Terms ({count})</source>
            <translation>Умови ({count})</translation>
        </message>
        <message>
            <source>Lines ({count})</source>
            <translation>Рядки ({count})</translation>
        </message>
        <message>
            <source>Clauses ({count})</source>
            <translation>Пункти ({count})</translation>
        </message>
        <message>
            <source>The terms (dates, monthly total, tax rate) are the same.</source>
            <translation>Умови (дати, місячна сума, ставка податку) однакові.</translation>
        </message>
        <message>
            <source>in version {version}</source>
            <translation>у версії {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) changed</source>
            <translation>
                <numerusform>змінено %n поле</numerusform>
                <numerusform>змінено %n поля</numerusform>
                <numerusform>змінено %n полів</numerusform>
            </translation>
        </message>
        <message>
            <source>The service lines are the same in both versions.</source>
            <translation>Рядки послуг однакові в обох версіях.</translation>
        </message>
        <message>
            <source>Only the wording's layout changed.</source>
            <translation>Змінилося лише компонування тексту.</translation>
        </message>
        <message>
            <source>Only in version {version}.</source>
            <translation>Лише у версії {version}.</translation>
        </message>
        <message>
            <source>The clauses are the same in both versions.</source>
            <translation>Пункти однакові в обох версіях.</translation>
        </message>
    </context>
    <context>
        <name>VersionWording</name>
        <message>
            <source>Start date</source>
            <translation>Дата початку</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Дата завершення</translation>
        </message>
        <message>
            <source>Monthly total</source>
            <translation>Місячна сума</translation>
        </message>
        <message>
            <source>Tax rate %</source>
            <translation>Ставка податку, %</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Години обслуговування</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Пріоритети</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Кількість</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Ціна за одиницю</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Сума рядка</translation>
        </message>
        <message>
            <source>Availability %</source>
            <translation>Доступність, %</translation>
        </message>
        <message>
            <source>Targets (response / resolution)</source>
            <translation>Цілі (реакція / усунення)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Додано</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Вилучено</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Змінено</translation>
        </message>
        <message>
            <source>{priority} {response} / {resolution} (business hours)</source>
            <translation>{priority} {response} / {resolution} (робочі години)</translation>
        </message>
        <message>
            <source>Amend it to start version {version}.</source>
            <translation>Внесіть поправку, щоб почати версію {version}.</translation>
        </message>
        <message>
            <source>Once it is signed, an amendment starts version {version}.</source>
            <translation>Після підписання версію {version} можна буде почати поправкою.</translation>
        </message>
        <message>
            <source>{number} has only one version (version {version}, {status}), so there is nothing to compare yet.</source>
            <translation>{number} має лише одну версію (версія {version}, {status}), тож порівнювати поки нічого.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) added</source>
            <translation>
                <numerusform>додано %n рядок</numerusform>
                <numerusform>додано %n рядки</numerusform>
                <numerusform>додано %n рядків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) removed</source>
            <translation>
                <numerusform>вилучено %n рядок</numerusform>
                <numerusform>вилучено %n рядки</numerusform>
                <numerusform>вилучено %n рядків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) changed</source>
            <translation>
                <numerusform>змінено %n рядок</numerusform>
                <numerusform>змінено %n рядки</numerusform>
                <numerusform>змінено %n рядків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) added</source>
            <translation>
                <numerusform>додано %n пункт</numerusform>
                <numerusform>додано %n пункти</numerusform>
                <numerusform>додано %n пунктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) removed</source>
            <translation>
                <numerusform>вилучено %n пункт</numerusform>
                <numerusform>вилучено %n пункти</numerusform>
                <numerusform>вилучено %n пунктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) changed</source>
            <translation>
                <numerusform>змінено %n пункт</numerusform>
                <numerusform>змінено %n пункти</numerusform>
                <numerusform>змінено %n пунктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term(s) changed</source>
            <translation>
                <numerusform>змінено %n умову</numerusform>
                <numerusform>змінено %n умови</numerusform>
                <numerusform>змінено %n умов</numerusform>
            </translation>
        </message>
        <message>
            <source>Version {before} and version {after} are the same: no term, line or clause differs.</source>
            <translation>Версії {before} і {after} однакові: жодна умова, рядок чи пункт не відрізняються.</translation>
        </message>
        <message>
            <source>Version {before} → version {after}: {changes}.</source>
            <translation>Версія {before} → версія {after}: {changes}.</translation>
        </message>
    </context>
</TS>
