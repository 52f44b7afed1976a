<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgreementChooser</name>
        <message>
            <source>Agreement</source>
            <translation>Угода</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>In this structure</source>
            <translation>У цій структурі</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Place {number} under…</source>
            <translation>Розмістити {number} під…</translation>
        </message>
        <message>
            <source>Link {number} as supporting…</source>
            <translation>Пов’язати {number} як допоміжну…</translation>
        </message>
        <message>
            <source>Choose the agreement to hold it: a customer-level agreement of {customer}, or a corporate-level agreement (which can hold several customers' agreements).</source>
            <translation>Виберіть угоду, до якої її включити: угоду рівня замовника {customer} або угоду корпоративного рівня (яка може містити угоди кількох замовників).</translation>
        </message>
        <message>
            <source>Choose the customer or internal SLA it backs; the consistency check then compares their targets.</source>
            <translation>Виберіть SLA замовника або внутрішню SLA, яку вона забезпечує; перевірка узгодженості потім порівняє їхні цільові показники.</translation>
        </message>
        <message>
            <source>Now under {number}.</source>
            <translation>Зараз під {number}.</translation>
        </message>
        <message>
            <source>Now not under any agreement.</source>
            <translation>Зараз не входить до жодної угоди.</translation>
        </message>
        <message>
            <source>Now supports {number}.</source>
            <translation>Зараз забезпечує {number}.</translation>
        </message>
        <message>
            <source>Now not linked.</source>
            <translation>Зараз не пов’язана.</translation>
        </message>
        <message>
            <source>Search number, title or customer — or type an agreement number</source>
            <translation>Шукайте за номером, назвою чи замовником — або введіть номер угоди</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Угода:</translation>
        </message>
        <message>
            <source>&amp;Backs:</source>
            <translation>Під&amp;тримує:</translation>
        </message>
        <message>
            <source>&amp;Place here</source>
            <translation>&amp;Розмістити тут</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Пов’язати</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message numerus="yes">
            <source>The first %n matching “{text}” (narrow the search).</source>
            <translation>
                <numerusform>Перший %n збіг із «{text}» (звузьте пошук).</numerusform>
                <numerusform>Перші %n збіги з «{text}» (звузьте пошук).</numerusform>
                <numerusform>Перші %n збігів з «{text}» (звузьте пошук).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matching “{text}”.</source>
            <translation>
                <numerusform>%n збіг із «{text}».</numerusform>
                <numerusform>%n збіги з «{text}».</numerusform>
                <numerusform>%n збігів з «{text}».</numerusform>
            </translation>
        </message>
        <message>
            <source>No customer or internal SLA matches “{text}”. {button} uses the text as an agreement number.</source>
            <translation>Жодна SLA замовника чи внутрішня SLA не відповідає «{text}». «{button}» використає цей текст як номер угоди.</translation>
        </message>
        <message numerus="yes">
            <source>Showing customer and internal SLAs of {customer} and of this structure (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Показано SLA замовника та внутрішні SLA {customer} і цієї структури (перша %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
                <numerusform>Показано SLA замовника та внутрішні SLA {customer} і цієї структури (перші %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
                <numerusform>Показано SLA замовника та внутрішні SLA {customer} і цієї структури (перші %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing customer and internal SLAs of {customer} and of this structure. Type to search every customer and internal SLA.</source>
            <translation>Показано SLA замовника та внутрішні SLA {customer} і цієї структури. Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</translation>
        </message>
        <message numerus="yes">
            <source>Showing SLAs of this structure and the newest customer and internal SLAs (the first %n; narrow the search). Type to search every customer and internal SLA.</source>
            <translation>
                <numerusform>Показано SLA цієї структури та найновіші SLA замовників і внутрішні SLA (перша %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
                <numerusform>Показано SLA цієї структури та найновіші SLA замовників і внутрішні SLA (перші %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
                <numerusform>Показано SLA цієї структури та найновіші SLA замовників і внутрішні SLA (перші %n; звузьте пошук). Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing SLAs of this structure and the newest customer and internal SLAs. Type to search every customer and internal SLA.</source>
            <translation>Показано SLA цієї структури та найновіші SLA замовників і внутрішні SLA. Введіть текст, щоб шукати серед усіх SLA замовників і внутрішніх SLA.</translation>
        </message>
        <message>
            <source>Choose an agreement, or type its number</source>
            <translation>Виберіть угоду або введіть її номер</translation>
        </message>
        <message>
            <source>{warning}

Place {number} there?</source>
            <translation>{warning}

Розмістити {number} там?</translation>
        </message>
        <message>
            <source>{target} belongs to {customer}, not {own}: placing {number} under it makes {target} a corporate-level agreement, holding agreements of both customers.</source>
            <translation>{target} належить {customer}, а не {own}: якщо розмістити {number} під нею, {target} стане угодою корпоративного рівня з угодами обох замовників.</translation>
        </message>
        <message>
            <source>Cannot place</source>
            <translation>Не вдалося розмістити</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Не вдалося пов’язати</translation>
        </message>
    </context>
    <context>
        <name>StructureView</name>
        <message>
            <source>&amp;Place under…</source>
            <translation>&amp;Розмістити під…</translation>
        </message>
        <message>
            <source>Place the selected SLA under a customer- or corporate-level agreement</source>
            <translation>Розмістити вибрану SLA під угодою рівня замовника або корпоративного рівня</translation>
        </message>
        <message>
            <source>&amp;Detach from parent</source>
            <translation>&amp;Від’єднати від батьківської угоди</translation>
        </message>
        <message>
            <source>Take the selected SLA out of the agreement it sits under</source>
            <translation>Вийняти вибрану SLA з угоди, до якої вона входить</translation>
        </message>
        <message>
            <source>&amp;Link as supporting…</source>
            <translation>&amp;Пов’язати як допоміжну…</translation>
        </message>
        <message>
            <source>Link the selected OLA or underpinning contract to the SLA it backs</source>
            <translation>Пов’язати вибрану OLA або базовий договір із SLA, яку вони забезпечують</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Скасувати зв’язок</translation>
        </message>
        <message>
            <source>Unlink the selected OLA or underpinning contract from the SLA it backs</source>
            <translation>Розірвати зв’язок вибраної OLA або базового договору з SLA, яку вони забезпечують</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Undo the last change to the structure</source>
            <translation>Скасувати останню зміну структури</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <source>Redo the change undone last</source>
            <translation>Повторити останню скасовану зміну</translation>
        </message>
        <message>
            <source>&amp;Open agreement</source>
            <translation>Від&amp;крити угоду</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Структура</translation>
        </message>
        <message>
            <source>Structure of {number}</source>
            <translation>Структура {number}</translation>
        </message>
        <message>
            <source>Corporate, customer and service levels, with the OLAs and underpinning contracts under the agreement they support.</source>
            <translation>Корпоративний рівень, рівень замовника й рівень послуги, з OLA та базовими договорами під угодою, яку вони забезпечують.</translation>
        </message>
        <message>
            <source>Supports {number}</source>
            <translation>Забезпечує {number}</translation>
        </message>
        <message>
            <source>{number}: see the consistency warnings below</source>
            <translation>{number}: див. попередження про узгодженість нижче</translation>
        </message>
        <message>
            <source>No customer service in this structure to show terms for.</source>
            <translation>У цій структурі немає послуги замовника, для якої можна показати умови.</translation>
        </message>
        <message>
            <source>Effective terms</source>
            <translation>Чинні умови</translation>
        </message>
        <message>
            <source>Structure of {number} — slamdesk</source>
            <translation>Структура {number} — slamdesk</translation>
        </message>
        <message>
            <source>Consistency of supporting agreements</source>
            <translation>Узгодженість допоміжних угод</translation>
        </message>
        <message>
            <source>&amp;Service:</source>
            <translation>Посл&amp;уга:</translation>
        </message>
        <message>
            <source>{name} ({role}) cannot change the structure; a {roles} can</source>
            <translation>{name} ({role}) не може змінювати структуру; це може {roles}</translation>
        </message>
        <message>
            <source>Select an agreement in the tree first</source>
            <translation>Спершу виберіть угоду в дереві</translation>
        </message>
        <message>
            <source>{agreement} is not placed in the levels; use Link as supporting… instead</source>
            <translation>{agreement} не розміщено в рівнях; натомість скористайтеся «Пов’язати як допоміжну…»</translation>
        </message>
        <message>
            <source>{number} is not under another agreement</source>
            <translation>{number} не входить до іншої угоди</translation>
        </message>
        <message>
            <source>{agreement} is placed in the levels; only an OLA or an underpinning contract is linked as supporting</source>
            <translation>{agreement} розміщено в рівнях; як допоміжну пов’язують лише OLA або базовий договір</translation>
        </message>
        <message>
            <source>{number} is not linked to an SLA</source>
            <translation>{number} не пов’язано з жодною SLA</translation>
        </message>
        <message>
            <source>{agreement} is not a supporting agreement</source>
            <translation>{agreement} не є допоміжною угодою</translation>
        </message>
        <message>
            <source>Read only: {reason}.</source>
            <translation>Лише для читання: {reason}.</translation>
        </message>
        <message>
            <source>Undo: {change} (Ctrl+Z)</source>
            <translation>Скасувати: {change} (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Нічого скасовувати</translation>
        </message>
        <message>
            <source>Redo: {change} (Ctrl+Shift+Z)</source>
            <translation>Повторити: {change} (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>Нічого повторювати</translation>
        </message>
        <message>
            <source>Acting on &lt;b&gt;{number}&lt;/b&gt; · {kind}</source>
            <translation>Дії стосуються &lt;b&gt;{number}&lt;/b&gt; · {kind}</translation>
        </message>
        <message>
            <source>{number}: nothing changed</source>
            <translation>{number}: нічого не змінилося</translation>
        </message>
        <message>
            <source>{change}: done</source>
            <translation>{change}: виконано</translation>
        </message>
        <message>
            <source>Cannot detach</source>
            <translation>Не вдалося від’єднати</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Не вдалося скасувати зв’язок</translation>
        </message>
        <message>
            <source>Undid: {change}</source>
            <translation>Скасовано: {change}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Не вдалося скасувати</translation>
        </message>
        <message>
            <source>Redid: {change}</source>
            <translation>Повторено: {change}</translation>
        </message>
        <message>
            <source>Cannot redo</source>
            <translation>Не вдалося повторити</translation>
        </message>
        <message>
            <source>The undo history of this window was cleared.</source>
            <translation>Історію скасування в цьому вікні очищено.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Угода</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Умова</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значення</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Звідки</translation>
        </message>
        <message>
            <source>No inconsistencies</source>
            <translation>Невідповідностей немає</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>ніхто</translation>
        </message>
        <message>
            <source>{others} or {last}</source>
            <translation>{others} або {last}</translation>
        </message>
        <message>
            <source>Place {number} under {parent}</source>
            <translation>Розмістити {number} під {parent}</translation>
        </message>
        <message>
            <source>Detach {number} from {parent}</source>
            <translation>Від’єднати {number} від {parent}</translation>
        </message>
        <message>
            <source>Link {number} to {backed}</source>
            <translation>Пов’язати {number} з {backed}</translation>
        </message>
        <message>
            <source>Unlink {number} from {backed}</source>
            <translation>Розірвати зв’язок {number} з {backed}</translation>
        </message>
    </context>
</TS>
