<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import tickets or outages</source>
            <translation>Імпорт заявок або простоїв</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Заявки</translation>
        </message>
        <message>
            <source>Outages</source>
            <translation>Простої</translation>
        </message>
        <message>
            <source>A CSV, XLSX or JSON file</source>
            <translation>Файл CSV, XLSX або JSON</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Огляд…</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm (for times written without an offset)</source>
            <translation>напр. Europe/Stockholm (для часу, записаного без зсуву)</translation>
        </message>
        <message>
            <source>Leave bad rows out and import the rest</source>
            <translation>Пропустити хибні рядки та імпортувати решту</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Рядок</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Ідентифікатор</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Імпортувати</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Що:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Шаблон:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Часовий &amp;пояс:</translation>
        </message>
        <message numerus="yes">
            <source>The first %n rows, as they would be read:</source>
            <translation>
                <numerusform>Перший %n рядок у тому вигляді, як його буде прочитано:</numerusform>
                <numerusform>Перші %n рядки в тому вигляді, як їх буде прочитано:</numerusform>
                <numerusform>Перші %n рядків у тому вигляді, як їх буде прочитано:</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Імпорт</translation>
        </message>
        <message>
            <source>Tickets or outages ({patterns})</source>
            <translation>Заявки або простої ({patterns})</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Попередній перегляд</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message numerus="yes">
            <source>{bad} of the first %n rows would be refused (see Problem).</source>
            <translation>
                <numerusform>{bad} з перших %n рядка буде відхилено (див. «Проблема»).</numerusform>
                <numerusform>{bad} з перших %n рядків буде відхилено (див. «Проблема»).</numerusform>
                <numerusform>{bad} з перших %n рядків буде відхилено (див. «Проблема»).</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Імпортування {file}…</translation>
        </message>
        <message numerus="yes">
            <source>Importing {file}… %n row(s) read</source>
            <translation>
                <numerusform>Імпортування {file}… прочитано %n рядок</numerusform>
                <numerusform>Імпортування {file}… прочитано %n рядки</numerusform>
                <numerusform>Імпортування {file}… прочитано %n рядків</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged, %n bad row(s) left out.</source>
            <translation>
                <numerusform>Імпортовано: додано {added}, змінено {changed}, без змін {unchanged}, пропущено %n хибний рядок.</numerusform>
                <numerusform>Імпортовано: додано {added}, змінено {changed}, без змін {unchanged}, пропущено %n хибні рядки.</numerusform>
                <numerusform>Імпортовано: додано {added}, змінено {changed}, без змін {unchanged}, пропущено %n хибних рядків.</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported: {added} added, {changed} changed, {unchanged} unchanged.</source>
            <translation>Імпортовано: додано {added}, змінено {changed}, без змін {unchanged}.</translation>
        </message>
        <message>
            <source>tick “Leave bad rows out” to import the rest</source>
            <translation>позначте «Пропустити хибні рядки», щоб імпортувати решту</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the file was stored.</source>
            <translation>Скасовано: з файлу нічого не збережено.</translation>
        </message>
    </context>
    <context>
        <name>MonitoringWindow</name>
        <message>
            <source>This a&amp;greement</source>
            <translation>Ця у&amp;года</translation>
        </message>
        <message>
            <source>Write its &amp;KPI report (PDF and DOCX)</source>
            <translation>Записати &amp;звіт KPI (PDF і DOCX)</translation>
        </message>
        <message>
            <source>This period's figures, trend, breaches, credits and experience as a report, into the register</source>
            <translation>Показники, тенденція, порушення, кредити й досвід цього періоду як звіт, до реєстру</translation>
        </message>
        <message>
            <source>Export its &amp;credit note…</source>
            <translation>Експортувати кредитну &amp;ноту…</translation>
        </message>
        <message>
            <source>&amp;What if at another level…</source>
            <translation>&amp;Що, якби інший рівень…</translation>
        </message>
        <message>
            <source>This period's tickets and outages measured against every level of each line's service, with today's price of each</source>
            <translation>Звернення й перебої цього періоду, виміряні за кожним рівнем послуги кожного рядка, з сьогоднішньою ціною кожного</translation>
        </message>
        <message>
            <source>The KPI report, the credit note and the what-if of the agreement shown</source>
            <translation>Звіт KPI, кредитна нота й аналіз «що, якби» для показаної угоди</translation>
        </message>
        <message>
            <source>Select an agreement in the register first</source>
            <translation>Спершу виберіть угоду в реєстрі</translation>
        </message>
        <message>
            <source>The credits this closed period owes, as a signed PDF and a DOCX, into the register</source>
            <translation>Кредити, належні за цей закритий період, як підписаний PDF і DOCX, до реєстру</translation>
        </message>
        <message>
            <source>A credit note is made from a closed period's figures: close {period} first</source>
            <translation>Кредитну ноту складають за показниками закритого періоду: спершу закрийте {period}</translation>
        </message>
        <message>
            <source>The report of {number} was not written: {reason}</source>
            <translation>Звіт {number} не записано: {reason}</translation>
        </message>
        <message>
            <source>KPI report of {number} for {period}</source>
            <translation>Звіт KPI {number} за {period}</translation>
        </message>
        <message>
            <source>Writing the KPI report of {number} for {period}…</source>
            <translation>Записую звіт KPI {number} за {period}…</translation>
        </message>
        <message>
            <source>the credit note of {number} for {period}</source>
            <translation>кредитну ноту {number} за {period}</translation>
        </message>
        <message>
            <source>Credit note of {number} for {period}</source>
            <translation>Кредитна нота {number} за {period}</translation>
        </message>
        <message>
            <source>{what} is already in the register, the same to the byte: nothing was written ({folder})</source>
            <translation>{what} уже є в реєстрі, такий самий до байта: нічого не записано ({folder})</translation>
        </message>
        <message>
            <source>{what} written into {folder}: {files}</source>
            <translation>{what}: записано до {folder}: {files}</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>Моніторинг</translation>
        </message>
        <message>
            <source>Whole portfolio</source>
            <translation>Увесь портфель</translation>
        </message>
        <message>
            <source>The agreement selected in the register, or every signed agreement</source>
            <translation>Угода, вибрана в реєстрі, або всі підписані угоди</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Імпорт…</translation>
        </message>
        <message>
            <source>Import tickets or outages from a CSV, XLSX or JSON export, with a preview first</source>
            <translation>Імпортувати заявки або простої з експорту CSV, XLSX чи JSON, спершу з попереднім переглядом</translation>
        </message>
        <message>
            <source>Reports for &amp;every agreement…</source>
            <translation>Звіти для &amp;всіх угод…</translation>
        </message>
        <message>
            <source>The KPI report of this period for every signed agreement, as PDF and DOCX, into the register (in the background; you can cancel between agreements)</source>
            <translation>Звіт KPI за цей період для кожної підписаної угоди, у форматах PDF і DOCX, до реєстру (у фоні; можна скасувати між угодами)</translation>
        </message>
        <message>
            <source>C&amp;lose period…</source>
            <translation>&amp;Закрити період…</translation>
        </message>
        <message>
            <source>Store this period's figures for good: they never change after (an audited step)</source>
            <translation>Зберегти показники цього періоду назавжди: після цього вони не змінюються (дія фіксується в журналі аудиту)</translation>
        </message>
        <message>
            <source>Only a quality checker or an administrator closes a period</source>
            <translation>Закрити період може лише контролер якості або адміністратор</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Угода:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Період:</translation>
        </message>
        <message>
            <source>Tickets</source>
            <translation>Заявки</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Досягнуті цілі</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Порушення</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Доступність (ціль)</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Сервісний кредит</translation>
        </message>
        <message>
            <source>Line or agreement</source>
            <translation>Рядок або угода</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Угода</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Досвід клієнтів</translation>
        </message>
        <message>
            <source>Targets met, last twelve periods (%)</source>
            <translation>Досягнуті цілі, останні дванадцять періодів (%)</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Заявка</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Пріоритет</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ціль</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Термін</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Залишилося часу</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Ескалація</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Витрачено часу</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Дозволено</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Висновок</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation>Періоди</translation>
        </message>
        <message>
            <source>Suggested level</source>
            <translation>Запропонований рівень</translation>
        </message>
        <message>
            <source>Monthly difference</source>
            <translation>Різниця на місяць</translation>
        </message>
        <message>
            <source>A&amp;t risk</source>
            <translation>Пі&amp;д загрозою</translation>
        </message>
        <message>
            <source>&amp;Breaches</source>
            <translation>По&amp;рушення</translation>
        </message>
        <message>
            <source>Credits &amp;&amp; e&amp;xperience</source>
            <translation>&amp;Кредити &amp;&amp; досвід</translation>
        </message>
        <message>
            <source>&amp;Suggestions</source>
            <translation>Пропоз&amp;иції</translation>
        </message>
        <message>
            <source>Close window</source>
            <translation>Закрити вікно</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Читання {period}…</translation>
        </message>
        <message>
            <source>Could not read the figures: {reason}</source>
            <translation>Не вдалося прочитати показники: {reason}</translation>
        </message>
        <message>
            <source>{period}: closed {date} by {person}</source>
            <translation>{period}: закрито {date} користувачем {person}</translation>
        </message>
        <message>
            <source>{period}: provisional, not closed</source>
            <translation>{period}: попередньо, не закрито</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n signed agreement(s)</source>
            <translation>
                <numerusform>{period}: %n підписана угода</numerusform>
                <numerusform>{period}: %n підписані угоди</numerusform>
                <numerusform>{period}: %n підписаних угод</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n line(s) met</source>
            <translation>
                <numerusform>{met} з %n рядка виконано</numerusform>
                <numerusform>{met} з %n рядків виконано</numerusform>
                <numerusform>{met} з %n рядків виконано</numerusform>
            </translation>
        </message>
        <message>
            <source>goal {percent} %</source>
            <translation>ціль {percent} %</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>з {first} по {last}</translation>
        </message>
        <message>
            <source>past due</source>
            <translation>прострочено</translation>
        </message>
        <message>
            <source>A&amp;t risk ({count})</source>
            <translation>Пі&amp;д загрозою ({count})</translation>
        </message>
        <message>
            <source>Close period</source>
            <translation>Закриття періоду</translation>
        </message>
        <message>
            <source>Close {period} of {number}?

Its figures are stored as they are now and never change after; tickets imported later are listed as late.</source>
            <translation>Закрити {period} для {number}?

Показники буде збережено в теперішньому вигляді, і вони більше не зміняться; заявки, імпортовані пізніше, позначатимуться як запізнілі.</translation>
        </message>
        <message numerus="yes">
            <source>{number} {period} closed: %n target(s) breached</source>
            <translation>
                <numerusform>{number} {period} закрито: порушено %n ціль</numerusform>
                <numerusform>{number} {period} закрито: порушено %n цілі</numerusform>
                <numerusform>{number} {period} закрито: порушено %n цілей</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the portfolio's last twelve periods…</source>
            <translation>Читання останніх дванадцяти періодів портфеля…</translation>
        </message>
        <message>
            <source>Could not read the portfolio's trend: {reason}</source>
            <translation>Не вдалося прочитати динаміку портфеля: {reason}</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Портфель</translation>
        </message>
        <message>
            <source>Targets met across the portfolio, last twelve periods (%)</source>
            <translation>Досягнуті цілі в усьому портфелі, останні дванадцять періодів (%)</translation>
        </message>
        <message>
            <source>Writing the reports of {period}…</source>
            <translation>Створення звітів за {period}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Звіти</translation>
        </message>
        <message>
            <source>Writing the report of {number} ({done} of {total})…</source>
            <translation>Створення звіту для {number} ({done} з {total})…</translation>
        </message>
        <message>
            <source>The reports were not written: {reason}</source>
            <translation>Звіти не створено: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) of {period} written</source>
            <translation>
                <numerusform>Створено %n звіт за {period}</numerusform>
                <numerusform>Створено %n звіти за {period}</numerusform>
                <numerusform>Створено %n звітів за {period}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n ended before it</source>
            <translation>
                <numerusform>%n завершилася раніше</numerusform>
                <numerusform>%n завершилися раніше</numerusform>
                <numerusform>%n завершилися раніше</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cancelled, %n not begun</source>
            <translation>
                <numerusform>скасовано, %n не розпочато</numerusform>
                <numerusform>скасовано, %n не розпочато</numerusform>
                <numerusform>скасовано, %n не розпочато</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (the first: {number}: {reason})</source>
            <translation>
                <numerusform>%n відхилено (перша: {number}: {reason})</numerusform>
                <numerusform>%n відхилено (перша: {number}: {reason})</numerusform>
                <numerusform>%n відхилено (перша: {number}: {reason})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonitoringWording</name>
        <message>
            <source>Response</source>
            <translation>Реакція</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Вирішення</translation>
        </message>
        <message>
            <source>response</source>
            <translation>реакція</translation>
        </message>
        <message>
            <source>resolution</source>
            <translation>вирішення</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>під загрозою</translation>
        </message>
        <message>
            <source>breached</source>
            <translation>порушено</translation>
        </message>
        <message>
            <source>breached 2x</source>
            <translation>порушено вдвічі</translation>
        </message>
        <message>
            <source>green outside, red inside</source>
            <translation>зелене зовні, червоне всередині</translation>
        </message>
        <message>
            <source>experience goals missed</source>
            <translation>цілі щодо досвіду не досягнуто</translation>
        </message>
        <message>
            <source>too few survey answers to judge</source>
            <translation>замало відповідей в опитуваннях для оцінки</translation>
        </message>
        <message>
            <source>experience goals met</source>
            <translation>цілі щодо досвіду досягнуто</translation>
        </message>
        <message>
            <source>no experience goals recorded</source>
            <translation>цілі щодо досвіду не задано</translation>
        </message>
        <message>
            <source>{target} consistently missed</source>
            <translation>{target}: стабільно не досягається</translation>
        </message>
        <message>
            <source>{target} over-delivered</source>
            <translation>{target}: перевиконується</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрито</translation>
        </message>
        <message>
            <source>open</source>
            <translation>відкрито</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>рядок {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>рядок {number}</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>доступність</translation>
        </message>
        <message>
            <source>{priority} {kind}</source>
            <translation>{priority}, {kind}</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} год {minutes} хв</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} хв</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount} (provisional)</source>
            <translation>&lt;b&gt;Сервісні кредити до сплати за {period}:&lt;/b&gt; {amount} (попередньо)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amount}</source>
            <translation>&lt;b&gt;Сервісні кредити до сплати за {period}:&lt;/b&gt; {amount}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Experience:&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Досвід:&lt;/b&gt; {summary}</translation>
        </message>
        <message numerus="yes">
            <source>Satisfaction {measured} % from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Задоволеність {measured} % за %n відповіддю (ціль {goal})</numerusform>
                <numerusform>Задоволеність {measured} % за %n відповідями (ціль {goal})</numerusform>
                <numerusform>Задоволеність {measured} % за %n відповідями (ціль {goal})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Effort {measured} from %n answer(s) (goal {goal})</source>
            <translation>
                <numerusform>Зусилля {measured} за %n відповіддю (ціль {goal})</numerusform>
                <numerusform>Зусилля {measured} за %n відповідями (ціль {goal})</numerusform>
                <numerusform>Зусилля {measured} за %n відповідями (ціль {goal})</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; {amounts}</source>
            <translation>&lt;b&gt;Належні кредити за {period}:&lt;/b&gt; {amounts}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Credits owed for {period}:&lt;/b&gt; none</source>
            <translation>&lt;b&gt;Належні кредити за {period}:&lt;/b&gt; немає</translation>
        </message>
        <message>
            <source>(provisional where the period is not closed)</source>
            <translation>(попередньо там, де період не закрито)</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Breaches:&lt;/b&gt; %n target(s) breached</source>
            <translation>
                <numerusform>&lt;b&gt;Порушення:&lt;/b&gt; порушено %n ціль</numerusform>
                <numerusform>&lt;b&gt;Порушення:&lt;/b&gt; порушено %n цілі</numerusform>
                <numerusform>&lt;b&gt;Порушення:&lt;/b&gt; порушено %n цілей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) owe credits</source>
            <translation>
                <numerusform>%n угода має сплатити кредити</numerusform>
                <numerusform>%n угоди мають сплатити кредити</numerusform>
                <numerusform>%n угод мають сплатити кредити</numerusform>
            </translation>
        </message>
        <message>
            <source>Each agreement's experience check is in its row, its breaches and review suggestions in their tabs; select one in the register for its own figures.</source>
            <translation>Перевірка досвіду кожної угоди — у її рядку, її порушення та пропозиції — на відповідних вкладках; виберіть угоду в реєстрі, щоб побачити її власні показники.</translation>
        </message>
        <message>
            <source>The Breaches tab lists the first {count}; an agreement's own view lists all of its own.</source>
            <translation>Вкладка «Порушення» показує лише перші {count}; власний вигляд угоди показує всі її порушення.</translation>
        </message>
    </context>
    <context>
        <name>WhatIfDialog</name>
        <message>
            <source>What if: {number}, {period}</source>
            <translation>Що, якби: {number}, {period}</translation>
        </message>
        <message>
            <source>The tickets and outages of {period}, measured again against every level of the line's service, as they stand now. The price is today's for the line's requirement; the level signed is marked.</source>
            <translation>Звернення й перебої за {period}, виміряні знову за кожним рівнем послуги рядка, як вони є зараз. Ціна — сьогоднішня для вимоги рядка; підписаний рівень позначено.</translation>
        </message>
        <message>
            <source>&amp;Line:</source>
            <translation>&amp;Рядок:</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Ціна на місяць</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Різниця</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Порушення</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Досягнуті цілі</translation>
        </message>
        <message>
            <source>Availability (target)</source>
            <translation>Доступність (ціль)</translation>
        </message>
        <message>
            <source>Can it serve the requirement?</source>
            <translation>Чи може виконати вимогу?</translation>
        </message>
        <message>
            <source>Reading {period}…</source>
            <translation>Читання {period}…</translation>
        </message>
        <message>
            <source>Could not measure the levels: {reason}</source>
            <translation>Не вдалося виміряти рівні: {reason}</translation>
        </message>
        <message>
            <source>{position}. {service}, signed at {fee} a month</source>
            <translation>{position}. {service}, підписано за {fee} на місяць</translation>
        </message>
        <message>
            <source>The agreement has no lines.</source>
            <translation>Угода не має рядків.</translation>
        </message>
        <message>
            <source>{level} (signed)</source>
            <translation>{level} (підписано)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>так</translation>
        </message>
    </context>
</TS>
