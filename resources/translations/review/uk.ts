<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>Checklist</name>
        <message>
            <source>The check passes.</source>
            <translation>Перевірку пройдено.</translation>
        </message>
        <message numerus="yes">
            <source>All %n checks pass.</source>
            <translation>
                <numerusform>Усі %n перевірка пройдена.</numerusform>
                <numerusform>Усі %n перевірки пройдено.</numerusform>
                <numerusform>Усі %n перевірок пройдено.</numerusform>
            </translation>
        </message>
        <message>
            <source>{passed} Note: {notes}</source>
            <translation>{passed} Примітка: {notes}</translation>
        </message>
        <message numerus="yes">
            <source>{passing} of %n checks pass: {failures}</source>
            <translation>
                <numerusform>Пройдено {passing} з %n перевірки: {failures}</numerusform>
                <numerusform>Пройдено {passing} з %n перевірок: {failures}</numerusform>
                <numerusform>Пройдено {passing} з %n перевірок: {failures}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <source>Quality check of {number}</source>
            <translation>Контроль якості {number}</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>версія {version}</translation>
        </message>
        <message>
            <source>Every item is checked automatically from the stored agreement. A version cannot be approved while an automatic item fails.</source>
            <translation>Кожен пункт перевіряється автоматично за збереженою угодою. Версію не можна затвердити, поки якийсь автоматичний пункт не пройдено.</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>&amp;Запустити знову</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Знову запустити контроль якості для збереженої угоди</translation>
        </message>
        <message>
            <source>Checked at {time}</source>
            <translation>Перевірено {time}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>Passes</source>
            <translation>Пройдено</translation>
        </message>
        <message>
            <source>A note: it does not block approval</source>
            <translation>Примітка: не перешкоджає затвердженню</translation>
        </message>
        <message>
            <source>Fails</source>
            <translation>Не пройдено</translation>
        </message>
        <message>
            <source>{item} (checked by hand)</source>
            <translation>{item} (перевіряється вручну)</translation>
        </message>
        <message>
            <source>passes</source>
            <translation>пройдено</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>не пройдено</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>The quality check has not run yet.</source>
            <translation>Контроль якості ще не запускався.</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardModel</name>
        <message>
            <source>Agreement</source>
            <translation>Угода</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Раунд</translation>
        </message>
        <message>
            <source>Reviewers</source>
            <translation>Рецензенти</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Найближчий термін</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <source>The earliest due date of a reviewer who has not decided yet</source>
            <translation>Найближчий термін рецензента, який ще не ухвалив рішення</translation>
        </message>
        <message>
            <source>all decided</source>
            <translation>усі ухвалили рішення</translation>
        </message>
    </context>
    <context>
        <name>ReviewBoardWindow</name>
        <message>
            <source>Review board — slamdesk</source>
            <translation>Дошка перевірок — slamdesk</translation>
        </message>
        <message>
            <source>Agreement number, customer or title</source>
            <translation>Номер угоди, замовник або назва</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Будь-яка роль</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Мої</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Лише прос&amp;трочені</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has passed their due date without deciding</source>
            <translation>Лише угоди, де рецензент пропустив свій термін і не ухвалив рішення</translation>
        </message>
        <message>
            <source>&amp;Waiting for a decision</source>
            <translation>Очікують &amp;рішення</translation>
        </message>
        <message>
            <source>Only agreements where a reviewer has not decided yet</source>
            <translation>Лише угоди, де рецензент ще не ухвалив рішення</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>Read the board again (F5)</source>
            <translation>Перечитати дошку (F5)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Знайти</translation>
        </message>
        <message>
            <source>Cl&amp;ear filters</source>
            <translation>&amp;Скинути фільтри</translation>
        </message>
        <message>
            <source>Clear the search and every filter (Ctrl+Shift+L)</source>
            <translation>Очистити пошук і всі фільтри (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>За&amp;крити</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Пошук:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>Р&amp;ецензент:</translation>
        </message>
        <message>
            <source>Ro&amp;le:</source>
            <translation>Ро&amp;ль:</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Раунд перевірки</translation>
        </message>
        <message>
            <source>Any reviewer</source>
            <translation>Будь-який рецензент</translation>
        </message>
        <message>
            <source>Only the agreements {name} reviews</source>
            <translation>Лише угоди, які перевіряє {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n прострочена</numerusform>
                <numerusform>%n прострочені</numerusform>
                <numerusform>%n прострочених</numerusform>
            </translation>
        </message>
        <message>
            <source>none overdue</source>
            <translation>прострочених немає</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>%n угода на перевірці · {overdue}</numerusform>
                <numerusform>%n угоди на перевірці · {overdue}</numerusform>
                <numerusform>%n угод на перевірці · {overdue}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n agreement(s) under review match</source>
            <translation>
                <numerusform>Жодна з %n угоди на перевірці не відповідає фільтрам</numerusform>
                <numerusform>Жодна з %n угод на перевірці не відповідає фільтрам</numerusform>
                <numerusform>Жодна з %n угод на перевірці не відповідає фільтрам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n agreement(s) under review · {overdue}</source>
            <translation>
                <numerusform>{count} з %n угоди на перевірці · {overdue}</numerusform>
                <numerusform>{count} з %n угод на перевірці · {overdue}</numerusform>
                <numerusform>{count} з %n угод на перевірці · {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue: a reviewer (among those the filters choose) has passed their due date without deciding. Read against {date}.</source>
            <translation>Прострочено: рецензент (серед вибраних фільтрами) пропустив свій термін і не ухвалив рішення. Станом на {date}.</translation>
        </message>
        <message>
            <source>Select an agreement to see its review round: each reviewer's role, due date, decision and comments.</source>
            <translation>Виберіть угоду, щоб побачити її раунд перевірки: роль, термін, рішення й коментарі кожного рецензента.</translation>
        </message>
        <message>
            <source>Version {version} is under review without a review round: nobody has been named to review it.</source>
            <translation>Версія {version} на перевірці без раунду перевірки: нікого не призначено її перевіряти.</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Версія {version}</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} is no longer open.</source>
            <translation>Версія {version}, раунд перевірки {round} більше не відкритий.</translation>
        </message>
        <message>
            <source>Version {version}, review round {round} ({status}), opened {when}</source>
            <translation>Версія {version}, раунд перевірки {round} ({status}), відкрито {when}</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier round(s)</source>
            <translation>
                <numerusform>%n попередній раунд</numerusform>
                <numerusform>%n попередні раунди</numerusform>
                <numerusform>%n попередніх раундів</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDecisionDialog</name>
        <message>
            <source>Approve your part of the review. The version is approved once every reviewer has approved and the quality check passes.</source>
            <translation>Затвердьте свою частину перевірки. Версію буде затверджено, щойно всі рецензенти її затвердять і контроль якості буде пройдено.</translation>
        </message>
        <message>
            <source>Say what should change, anchored to the sections it concerns. Requesting changes closes the round and sends the version back to its author for a new version.</source>
            <translation>Вкажіть, що слід змінити, з прив’язкою до відповідних розділів. Запит змін закриває раунд і повертає версію авторові для створення нової версії.</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>Затвердити {number}</translation>
        </message>
        <message>
            <source>Request changes to {number}</source>
            <translation>Запитати зміни до {number}</translation>
        </message>
        <message>
            <source>You review as {name} ({role}).</source>
            <translation>Ви перевіряєте як {name} ({role}).</translation>
        </message>
        <message>
            <source>You review as {name}.</source>
            <translation>Ви перевіряєте як {name}.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>версія {version}</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>«{title}»</translation>
        </message>
        <message>
            <source>drafted by {author}</source>
            <translation>автор: {author}</translation>
        </message>
        <message>
            <source>Review round</source>
            <translation>Раунд перевірки</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>No review round is open on this version: a legal reviewer or quality checker decides alone.</source>
            <translation>Для цієї версії не відкрито жодного раунду перевірки: юридичний рецензент або контролер якості ухвалює рішення самостійно.</translation>
        </message>
        <message numerus="yes">
            <source>Round {round} on version {version}: {approved} of %n reviewers have approved.</source>
            <translation>
                <numerusform>Раунд {round} версії {version}: затвердили {approved} з %n рецензента.</numerusform>
                <numerusform>Раунд {round} версії {version}: затвердили {approved} з %n рецензентів.</numerusform>
                <numerusform>Раунд {round} версії {version}: затвердили {approved} з %n рецензентів.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending — overdue</source>
            <translation>Очікує — прострочено</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Очікує</translation>
        </message>
        <message>
            <source>{reviewer} (you)</source>
            <translation>{reviewer} (ви)</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Коментарі</translation>
        </message>
        <message>
            <source>Your overall comment (optional)</source>
            <translation>Ваш загальний коментар (необов’язково)</translation>
        </message>
        <message>
            <source>What should change, overall</source>
            <translation>Що слід змінити загалом</translation>
        </message>
        <message>
            <source>&amp;Overall comment (anchored to “general”):</source>
            <translation>&amp;Загальний коментар (прив’язаний до «general»):</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Розділ</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>Comments on &amp;sections (a line, a clause, the pricing…):</source>
            <translation>Коментарі до &amp;розділів (рядок, пункт, ціни…):</translation>
        </message>
        <message>
            <source>&amp;Add comment</source>
            <translation>&amp;Додати коментар</translation>
        </message>
        <message>
            <source>Re&amp;move comment</source>
            <translation>&amp;Вилучити коментар</translation>
        </message>
        <message>
            <source>Quality checklist — your check</source>
            <translation>Контрольний список якості — ваш контроль</translation>
        </message>
        <message>
            <source>Quality checklist</source>
            <translation>Контрольний список якості</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>Запустити з&amp;нову</translation>
        </message>
        <message>
            <source>Run the quality check again on the stored agreement</source>
            <translation>Знову запустити контроль якості для збереженої угоди</translation>
        </message>
        <message>
            <source>Your comment on this section</source>
            <translation>Ваш коментар до цього розділу</translation>
        </message>
        <message>
            <source>You are not a reviewer in round {round} ({names}).</source>
            <translation>Ви не рецензент у раунді {round} ({names}).</translation>
        </message>
        <message>
            <source>You have decided on round {round} already ({decision}).</source>
            <translation>Ви вже ухвалили рішення в раунді {round} ({decision}).</translation>
        </message>
        <message>
            <source>Cannot approve while an automatic check fails: {items}.</source>
            <translation>Неможливо затвердити, поки не пройдено автоматичний контроль: {items}.</translation>
        </message>
        <message>
            <source>The agreement is {status}, not in review.</source>
            <translation>Угода в стані «{status}», а не на перевірці.</translation>
        </message>
    </context>
    <context>
        <name>ReviewForms</name>
        <message>
            <source>the agreement as a whole</source>
            <translation>угода в цілому</translation>
        </message>
        <message>
            <source>provider and customer</source>
            <translation>постачальник і замовник</translation>
        </message>
        <message>
            <source>services and sites covered</source>
            <translation>охоплені послуги та об’єкти</translation>
        </message>
        <message>
            <source>prices and totals</source>
            <translation>ціни та підсумки</translation>
        </message>
        <message>
            <source>service credits</source>
            <translation>сервісні кредити</translation>
        </message>
        <message>
            <source>signatories and signing</source>
            <translation>підписанти та підписання</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Затвердити</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>Запитати зміни</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Затверджено</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Запитано зміни</translation>
        </message>
    </context>
    <context>
        <name>ReviewRoundDialog</name>
        <message>
            <source>Submit {number} for review</source>
            <translation>Надіслати {number} на перевірку</translation>
        </message>
        <message>
            <source>Submitting moves the draft into review and opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Надсилання переводить чернетку на перевірку й відкриває раунд перевірки версії {version} «{title}» ({customer}; автор — {author}). Кожен рецензент затверджує або запитує зміни до настання терміну; один запит змін повертає версію авторові.</translation>
        </message>
        <message>
            <source>Start a review round on {number}</source>
            <translation>Почати раунд перевірки {number}</translation>
        </message>
        <message>
            <source>This opens a review round on version {version} of “{title}” ({customer}), drafted by {author}. Each reviewer approves or requests changes by the due date; one request for changes sends the version back to its author.</source>
            <translation>Буде відкрито раунд перевірки версії {version} «{title}» ({customer}; автор — {author}). Кожен рецензент затверджує або запитує зміни до настання терміну; один запит змін повертає версію авторові.</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Надіслати на перевірку</translation>
        </message>
        <message>
            <source>Start round</source>
            <translation>Почати раунд</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>&amp;Add reviewer</source>
            <translation>&amp;Додати рецензента</translation>
        </message>
        <message>
            <source>Re&amp;move reviewer</source>
            <translation>&amp;Вилучити рецензента</translation>
        </message>
        <message>
            <source>&amp;Reviewers:</source>
            <translation>&amp;Рецензенти:</translation>
        </message>
        <message>
            <source>When this reviewer should have decided</source>
            <translation>Коли цей рецензент має ухвалити рішення</translation>
        </message>
        <message>
            <source>Add at least one reviewer to send the version for review.</source>
            <translation>Додайте принаймні одного рецензента, щоб надіслати версію на перевірку.</translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message>
            <source>Legal reviewer</source>
            <translation>Юридичний рецензент</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Контролер якості</translation>
        </message>
        <message>
            <source>Customer representative</source>
            <translation>Представник замовника</translation>
        </message>
        <message>
            <source>legal</source>
            <translation>юрист</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>якість</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>замовник</translation>
        </message>
        <message>
            <source>✓ approved</source>
            <translation>✓ затверджено</translation>
        </message>
        <message>
            <source>✗ changes requested</source>
            <translation>✗ запитано зміни</translation>
        </message>
        <message>
            <source>open</source>
            <translation>відкритий</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>затверджений</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>запитано зміни</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Загальне</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Сторони</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Обсяг</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Ціни</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Сервісні кредити</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Підписи</translation>
        </message>
        <message>
            <source>No reviewers named yet</source>
            <translation>Рецензентів ще не призначено</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) {decision}</source>
            <translation>{reviewer} ({role}) {decision}</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date} OVERDUE</source>
            <translation>{reviewer} ({role}) термін {date} ПРОСТРОЧЕНО</translation>
        </message>
        <message>
            <source>{reviewer} ({role}) due {date}</source>
            <translation>{reviewer} ({role}) термін {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n день запізнення</numerusform>
                <numerusform>%n дні запізнення</numerusform>
                <numerusform>%n днів запізнення</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: submitted for review without a review round</source>
            <translation>{number}: надіслано на перевірку без раунду перевірки</translation>
        </message>
        <message>
            <source>{number}, version {version}, review round {round}</source>
            <translation>{number}, версія {version}, раунд перевірки {round}</translation>
        </message>
        <message>
            <source>{decision} on {when}</source>
            <translation>{decision} {when}</translation>
        </message>
        <message>
            <source>waiting, due {date} — {late}</source>
            <translation>очікує, термін {date} — {late}</translation>
        </message>
        <message>
            <source>waiting, due {date}</source>
            <translation>очікує, термін {date}</translation>
        </message>
        <message>
            <source>Line {number}</source>
            <translation>Рядок {number}</translation>
        </message>
        <message>
            <source>Clause “{name}”</source>
            <translation>Пункт «{name}»</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Decided at</source>
            <translation>Дата рішення</translation>
        </message>
        <message>
            <source>waiting — {late}</source>
            <translation>очікує — {late}</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>очікує</translation>
        </message>
    </context>
</TS>
