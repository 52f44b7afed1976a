<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgreementActions</name>
        <message>
            <source>Su&amp;bmit for review…</source>
            <translation>&amp;Надіслати на перевірку…</translation>
        </message>
        <message>
            <source>Send the draft to named reviewers with roles and due dates</source>
            <translation>Надіслати чернетку визначеним рецензентам із ролями та термінами</translation>
        </message>
        <message>
            <source>Start review &amp;round…</source>
            <translation>Почати &amp;раунд перевірки…</translation>
        </message>
        <message>
            <source>Send the version in review to named reviewers</source>
            <translation>Надіслати версію, що на перевірці, визначеним рецензентам</translation>
        </message>
        <message>
            <source>&amp;Quality checklist…</source>
            <translation>Контрольний список &amp;якості…</translation>
        </message>
        <message>
            <source>Run the automatic quality checks on the current version</source>
            <translation>Виконати автоматичні перевірки якості поточної версії</translation>
        </message>
        <message>
            <source>&amp;Approve…</source>
            <translation>За&amp;твердити…</translation>
        </message>
        <message>
            <source>Approve the agreement after review</source>
            <translation>Затвердити угоду після перевірки</translation>
        </message>
        <message>
            <source>Request &amp;changes…</source>
            <translation>Запросити з&amp;міни…</translation>
        </message>
        <message>
            <source>Send the agreement back with a comment</source>
            <translation>Повернути угоду з коментарем</translation>
        </message>
        <message>
            <source>&amp;Revise</source>
            <translation>&amp;Доопрацювати</translation>
        </message>
        <message>
            <source>Take the agreement back to draft to change it</source>
            <translation>Повернути угоду в чернетку, щоб змінити її</translation>
        </message>
        <message>
            <source>&amp;Sign…</source>
            <translation>Підп&amp;исати…</translation>
        </message>
        <message>
            <source>See who has signed and who is next, and record a signature in that order</source>
            <translation>Переглянути, хто вже підписав і хто наступний, та зареєструвати підпис у цьому порядку</translation>
        </message>
        <message>
            <source>Signing &amp;order…</source>
            <translation>Порядо&amp;к підписання…</translation>
        </message>
        <message>
            <source>Name each party's signatories and the order they sign in</source>
            <translation>Визначити підписантів кожної сторони та порядок, у якому вони підписують</translation>
        </message>
        <message>
            <source>Act&amp;ivate</source>
            <translation>&amp;Активувати</translation>
        </message>
        <message>
            <source>Put the signed agreement into force</source>
            <translation>Увести підписану угоду в дію</translation>
        </message>
        <message>
            <source>&amp;Terminate…</source>
            <translation>&amp;Розірвати…</translation>
        </message>
        <message>
            <source>End the agreement, giving a reason</source>
            <translation>Розірвати угоду із зазначенням причини</translation>
        </message>
        <message>
            <source>C&amp;lauses…</source>
            <translation>П&amp;ункти…</translation>
        </message>
        <message>
            <source>Pick the agreement's clauses from the library and edit its copies</source>
            <translation>Вибрати пункти угоди з бібліотеки та редагувати їхні копії</translation>
        </message>
        <message>
            <source>Compare &amp;versions…</source>
            <translation>Порівняти &amp;версії…</translation>
        </message>
        <message>
            <source>Compare two versions clause by clause and line by line</source>
            <translation>Порівняти дві версії пункт за пунктом і рядок за рядком</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>Внести &amp;зміни…</translation>
        </message>
        <message>
            <source>Start a new draft version of a signed agreement, with its own review and signatures</source>
            <translation>Почати нову чернеткову версію підписаної угоди з власною перевіркою та підписами</translation>
        </message>
        <message>
            <source>&amp;Update lines from requirements…</source>
            <translation>&amp;Оновити рядки з вимог…</translation>
        </message>
        <message>
            <source>Take this draft's lines from a newer version of the customer's requirements</source>
            <translation>Узяти рядки цієї чернетки з новішої версії вимог замовника</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Експорт до реєстру…</translation>
        </message>
        <message>
            <source>Write PDF (signed) and DOCX into the register folder</source>
            <translation>Записати PDF (підписаний) і DOCX до теки реєстру</translation>
        </message>
        <message>
            <source>&amp;Preview PDF…</source>
            <translation>Попередній пере&amp;гляд PDF…</translation>
        </message>
        <message>
            <source>Show the agreement's PDF as an export would write it, before exporting</source>
            <translation>Показати PDF угоди таким, яким його запише експорт, ще до експорту</translation>
        </message>
        <message>
            <source>Preview the agreement's PDF (Ctrl+Shift+P)</source>
            <translation>Попередній перегляд PDF угоди (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>виберіть угоду в реєстрі</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: не зараз, {reason}</translation>
        </message>
        <message>
            <source>{number} sent for review</source>
            <translation>{number} надіслано на перевірку</translation>
        </message>
        <message>
            <source>Review round started on {number}</source>
            <translation>Розпочато раунд перевірки угоди {number}</translation>
        </message>
        <message>
            <source>Quality checklist of {number}</source>
            <translation>Контрольний список якості для {number}</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>Доопрацювати</translation>
        </message>
        <message>
            <source>{number} is a draft again</source>
            <translation>{number} знову є чернеткою</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Активувати</translation>
        </message>
        <message>
            <source>{number} is active</source>
            <translation>{number} активна</translation>
        </message>
        <message>
            <source>{number} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{number} уже є в реєстрі, такий самий до байта: нічого не записано ({folder})</translation>
        </message>
        <message>
            <source>Exported {number} (signed) into {folder}: {files}</source>
            <translation>{number} (підписану) експортовано до {folder}: {files}</translation>
        </message>
        <message>
            <source>Exported {number} (unsigned) into {folder}: {files}</source>
            <translation>{number} (непідписану) експортовано до {folder}: {files}</translation>
        </message>
        <message>
            <source>({formats} already there, not written again)</source>
            <translation>({formats} уже є, повторно не записано)</translation>
        </message>
        <message>
            <source>Clauses of {number}</source>
            <translation>Пункти угоди {number}</translation>
        </message>
        <message>
            <source>Versions of {number}</source>
            <translation>Версії угоди {number}</translation>
        </message>
        <message>
            <source>Amend {number}</source>
            <translation>Внесення змін до {number}</translation>
        </message>
        <message>
            <source>Start amendment</source>
            <translation>Почати внесення змін</translation>
        </message>
        <message>
            <source>Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment is reviewed and signed. Say why it is amended.</source>
            <translation>Почати нову чернеткову версію {number}. Підписана версія залишається чинною без змін, доки зміни не буде перевірено й підписано. Зазначте, чому вносяться зміни.</translation>
        </message>
        <message>
            <source>{number}: amendment started as a new draft version</source>
            <translation>{number}: внесення змін розпочато як нову чернеткову версію</translation>
        </message>
        <message>
            <source>{number}: lines updated from the requirements</source>
            <translation>{number}: рядки оновлено з вимог</translation>
        </message>
        <message>
            <source>Preview of {number}</source>
            <translation>Попередній перегляд {number}</translation>
        </message>
        <message numerus="yes">
            <source>Preview of {number}: %n page(s)</source>
            <translation>
                <numerusform>Попередній перегляд {number}: %n сторінка</numerusform>
                <numerusform>Попередній перегляд {number}: %n сторінки</numerusform>
                <numerusform>Попередній перегляд {number}: %n сторінок</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} approved</source>
            <translation>{number} затверджено</translation>
        </message>
        <message>
            <source>{number}: your approval is recorded; the other reviewers have yet to decide</source>
            <translation>{number}: ваше затвердження зареєстровано; інші рецензенти ще не ухвалили рішення</translation>
        </message>
        <message>
            <source>Changes requested on {number}</source>
            <translation>Запитано зміни до {number}</translation>
        </message>
        <message>
            <source>Terminate {number}</source>
            <translation>Розірвання угоди {number}</translation>
        </message>
        <message>
            <source>Terminate</source>
            <translation>Розірвати</translation>
        </message>
        <message>
            <source>Terminate {number}. The reason is kept in the audit trail.</source>
            <translation>Розірвати угоду {number}. Причину буде збережено в журналі аудиту.</translation>
        </message>
        <message>
            <source>{number} terminated</source>
            <translation>Угоду {number} розірвано</translation>
        </message>
        <message>
            <source>Sign {number}</source>
            <translation>Підписати {number}</translation>
        </message>
        <message>
            <source>Signing order of {number}</source>
            <translation>Порядок підписання угоди {number}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>acting as {name}</source>
            <translation>перейти до профілю {name}</translation>
        </message>
        <message>
            <source>Acting as {name} ({role})</source>
            <translation>Ви дієте як {name} ({role})</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Agreement</source>
            <translation>У&amp;года</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>Перевірк&amp;а</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Ре&amp;єстр</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>В&amp;игляд</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Налаштуванн&amp;я</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Головна панель інструментів</translation>
        </message>
        <message>
            <source>Opening {title}…</source>
            <translation>Відкриття {title}…</translation>
        </message>
        <message>
            <source>Opening the register…</source>
            <translation>Відкриття реєстру…</translation>
        </message>
        <message>
            <source>{database} (read-only) — slamdesk</source>
            <translation>{database} (лише читання) — slamdesk</translation>
        </message>
        <message>
            <source>Agreement details</source>
            <translation>Відомості про угоду</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Нагадування</translation>
        </message>
        <message>
            <source>Acting as {name}</source>
            <translation>Ви дієте як {name}</translation>
        </message>
        <message>
            <source>Read-only: {reason}; changes cannot be saved</source>
            <translation>Лише читання: {reason}; зміни не можна зберегти</translation>
        </message>
        <message>
            <source>&amp;Apply saved filter</source>
            <translation>За&amp;стосувати збережений фільтр</translation>
        </message>
        <message>
            <source>Acting as:</source>
            <translation>Дієте як:</translation>
        </message>
        <message>
            <source>No saved filters yet</source>
            <translation>Ще немає збережених фільтрів</translation>
        </message>
        <message numerus="yes">
            <source>Demo portfolio loaded: %n agreement(s)</source>
            <translation>
                <numerusform>Демонстраційний портфель завантажено: %n угода</numerusform>
                <numerusform>Демонстраційний портфель завантажено: %n угоди</numerusform>
                <numerusform>Демонстраційний портфель завантажено: %n угод</numerusform>
            </translation>
        </message>
        <message>
            <source>The register already holds data: no demo was added</source>
            <translation>Реєстр уже містить дані: демонстраційні дані не додано</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Завантажити демонстраційний портфель</translation>
        </message>
        <message>
            <source>Updated with changes saved elsewhere</source>
            <translation>Оновлено змінами, збереженими деінде</translation>
        </message>
        <message numerus="yes">
            <source>Register refreshed: %n agreement(s)</source>
            <translation>
                <numerusform>Реєстр оновлено: %n угода</numerusform>
                <numerusform>Реєстр оновлено: %n угоди</numerusform>
                <numerusform>Реєстр оновлено: %n угод</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export: this view shows no agreements.</source>
            <translation>Пакетний експорт: у цьому поданні немає угод.</translation>
        </message>
        <message>
            <source>Batch export</source>
            <translation>Пакетний експорт</translation>
        </message>
        <message>
            <source>This view shows no agreements: change the filters first.</source>
            <translation>У цьому поданні немає угод: спершу змініть фільтри.</translation>
        </message>
        <message>
            <source>quitting</source>
            <translation>вийти</translation>
        </message>
        <message>
            <source>Select an agreement first.</source>
            <translation>Спершу виберіть угоду.</translation>
        </message>
        <message>
            <source>{number} is {status}</source>
            <translation>{number} має стан: {status}</translation>
        </message>
        <message>
            <source>{number} is recorded</source>
            <translation>{number} зареєстровано</translation>
        </message>
        <message>
            <source>&amp;New agreement…</source>
            <translation>&amp;Нова угода…</translation>
        </message>
        <message>
            <source>Start the guided flow: customer, requirements, pricing, review, signing</source>
            <translation>Почати покроковий процес: замовник, вимоги, ціноутворення, перевірка, підписання</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>З&amp;найти…</translation>
        </message>
        <message>
            <source>Connect to a &amp;team database…</source>
            <translation>Під'єднатися до &amp;командної бази даних…</translation>
        </message>
        <message>
            <source>Work on the register your team shares on a PostgreSQL server</source>
            <translation>Працювати з реєстром, спільним для вашої команди, на сервері PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ийти</translation>
        </message>
        <message>
            <source>&amp;Requirements documents…</source>
            <translation>Документи &amp;вимог…</translation>
        </message>
        <message>
            <source>Customers' requirements: trace them to the catalogue and price them</source>
            <translation>Вимоги замовників: зіставити з каталогом і визначити ціну</translation>
        </message>
        <message>
            <source>Service &amp;catalogue…</source>
            <translation>Ка&amp;талог послуг…</translation>
        </message>
        <message>
            <source>Services, levels, targets and price models</source>
            <translation>Послуги, рівні, цільові показники та цінові моделі</translation>
        </message>
        <message>
            <source>Structure an&amp;d supporting agreements…</source>
            <translation>&amp;Структура і допоміжні угоди…</translation>
        </message>
        <message>
            <source>C&amp;lause library…</source>
            <translation>&amp;Бібліотека пунктів…</translation>
        </message>
        <message>
            <source>Standard clauses in every language; legal reviewers keep them</source>
            <translation>Типові пункти всіма мовами; їх ведуть юридичні рецензенти</translation>
        </message>
        <message>
            <source>Review &amp;board…</source>
            <translation>&amp;Дошка перевірок…</translation>
        </message>
        <message>
            <source>Every agreement under review, each reviewer's status, what is overdue</source>
            <translation>Усі угоди на перевірці, стан кожного рецензента, що прострочено</translation>
        </message>
        <message>
            <source>&amp;Monitoring…</source>
            <translation>&amp;Моніторинг…</translation>
        </message>
        <message>
            <source>How signed agreements keep their targets: figures, trend, breaches, credits</source>
            <translation>Як підписані угоди дотримуються цільових показників: цифри, тенденція, порушення, сервісні кредити</translation>
        </message>
        <message>
            <source>Export &amp;view to CSV or Excel…</source>
            <translation>Експорт по&amp;дання в CSV або Excel…</translation>
        </message>
        <message>
            <source>Write the agreements this view shows, as filtered and sorted, to a CSV or XLSX file</source>
            <translation>Записати угоди з цього подання, відфільтровані й упорядковані, у файл CSV або XLSX</translation>
        </message>
        <message>
            <source>&amp;Batch export signed agreements…</source>
            <translation>&amp;Пакетний експорт підписаних угод…</translation>
        </message>
        <message>
            <source>Write PDF and DOCX of every signed agreement in this view that is not in the register yet</source>
            <translation>Записати PDF і DOCX кожної підписаної угоди з цього подання, якої ще немає в реєстрі</translation>
        </message>
        <message>
            <source>Fi&amp;lters</source>
            <translation>&amp;Фільтри</translation>
        </message>
        <message>
            <source>Show or hide the filters above the register</source>
            <translation>Показати або сховати фільтри над реєстром</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: не виконано. {error}</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Opening the database</source>
            <translation>Відкриття бази даних</translation>
        </message>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} на {host}</translation>
        </message>
    </context>
</TS>
