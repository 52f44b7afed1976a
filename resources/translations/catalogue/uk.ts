<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>CalendarsWindow</name>
        <message>
            <source>&amp;Monday</source>
            <translation>П&amp;онеділок</translation>
        </message>
        <message>
            <source>&amp;Tuesday</source>
            <translation>&amp;Вівторок</translation>
        </message>
        <message>
            <source>&amp;Wednesday</source>
            <translation>&amp;Середа</translation>
        </message>
        <message>
            <source>T&amp;hursday</source>
            <translation>&amp;Четвер</translation>
        </message>
        <message>
            <source>&amp;Friday</source>
            <translation>П’&amp;ятниця</translation>
        </message>
        <message>
            <source>Sat&amp;urday</source>
            <translation>С&amp;убота</translation>
        </message>
        <message>
            <source>Sun&amp;day</source>
            <translation>&amp;Неділя</translation>
        </message>
        <message>
            <source>New calendar</source>
            <translation>Новий календар</translation>
        </message>
        <message>
            <source>Business-hours calendars — slamdesk</source>
            <translation>Календарі робочого часу — slamdesk</translation>
        </message>
        <message>
            <source>New c&amp;alendar</source>
            <translation>Новий &amp;календар</translation>
        </message>
        <message>
            <source>e.g. Stockholm office</source>
            <translation>напр. офіс у Стокгольмі</translation>
        </message>
        <message>
            <source>e.g. Europe/Stockholm</source>
            <translation>напр. Europe/Stockholm</translation>
        </message>
        <message>
            <source>none; or e.g. SE, VN, ID, UA, DE-BY</source>
            <translation>немає; або напр. SE, VN, ID, UA, DE-BY</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>вихідний</translation>
        </message>
        <message>
            <source>more days off, e.g. 2026-12-24, 2026-12-31</source>
            <translation>додаткові вихідні, напр. 2026-12-24, 2026-12-31</translation>
        </message>
        <message>
            <source>one per line: 2026-12-23T12:00 / 2026-12-23T17:00</source>
            <translation>по одному в рядку: 2026-12-23T12:00 / 2026-12-23T17:00</translation>
        </message>
        <message>
            <source>Keep the calendar as its next version (Ctrl+S)</source>
            <translation>Зберегти календар як його наступну версію (Ctrl+S)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Лише для читання:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Н&amp;азва:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Часовий &amp;пояс:</translation>
        </message>
        <message>
            <source>&amp;Public holidays of:</source>
            <translation>&amp;Державні свята:</translation>
        </message>
        <message>
            <source>Working hours (several a day: 08:00-12:00, 13:00-17:00; 22:00-06:00 runs past midnight)</source>
            <translation>Робочі години (кілька на день: 08:00-12:00, 13:00-17:00; 22:00-06:00 триває після півночі)</translation>
        </message>
        <message>
            <source>More days &amp;off:</source>
            <translation>Додаткові ви&amp;хідні:</translation>
        </message>
        <message>
            <source>C&amp;losures:</source>
            <translation>&amp;Закриття:</translation>
        </message>
        <message>
            <source>Stored calendars:</source>
            <translation>Збережені календарі:</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Календарі робочого часу</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Версія {version}: {description}</translation>
        </message>
        <message>
            <source>No calendar is stored yet: type one and Save.</source>
            <translation>Ще не збережено жодного календаря: введіть його та натисніть «Зберегти».</translation>
        </message>
        <message>
            <source>Version {version}, saved {saved}: {description}</source>
            <translation>Версія {version}, збережено {saved}: {description}</translation>
        </message>
        <message>
            <source>A new calendar: name it, set its hours and Save.</source>
            <translation>Новий календар: дайте йому назву, задайте години та натисніть «Зберегти».</translation>
        </message>
        <message>
            <source>Save the calendar</source>
            <translation>Збереження календаря</translation>
        </message>
        <message>
            <source>Calendar {name} saved as version {version}</source>
            <translation>Календар «{name}» збережено як версію {version}</translation>
        </message>
        <message>
            <source>Calendar {name}</source>
            <translation>Календар «{name}»</translation>
        </message>
    </context>
    <context>
        <name>CatalogueCommands</name>
        <message>
            <source>(no name)</source>
            <translation>(без назви)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Стандартний</translation>
        </message>
        <message>
            <source>Add level {name}</source>
            <translation>Додати рівень «{name}»</translation>
        </message>
        <message>
            <source>Remove level {name}</source>
            <translation>Вилучити рівень «{name}»</translation>
        </message>
        <message>
            <source>Edit service {field}</source>
            <translation>Змінити поле послуги: {field}</translation>
        </message>
        <message>
            <source>Edit {level}: {field}</source>
            <translation>Змінити {level}: {field}</translation>
        </message>
        <message>
            <source>Edit service</source>
            <translation>Змінити послугу</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <source>{tip} ({shortcut})</source>
            <translation>{tip} ({shortcut})</translation>
        </message>
        <message>
            <source>Filter services</source>
            <translation>Фільтр послуг</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Назва іншими мовами</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Перезавантажити</translation>
        </message>
        <message>
            <source>Open the service again as stored, dropping your unsaved edits</source>
            <translation>Відкрити послугу знову в збереженому вигляді, відкинувши ваші незбережені зміни</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>Зберегти послугу</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>Undo the last edit</source>
            <translation>Скасувати останню зміну</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторити</translation>
        </message>
        <message>
            <source>Redo the edit undone last</source>
            <translation>Повторити останню скасовану зміну</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Скасувати: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Повторити: {action}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторити</translation>
        </message>
        <message>
            <source>&amp;New service</source>
            <translation>&amp;Нова послуга</translation>
        </message>
        <message>
            <source>Start a new service</source>
            <translation>Почати нову послугу</translation>
        </message>
        <message>
            <source>Add &amp;level</source>
            <translation>Додати &amp;рівень</translation>
        </message>
        <message>
            <source>Add a level, copied from the one shown</source>
            <translation>Додати рівень, скопійований із показаного</translation>
        </message>
        <message>
            <source>Add &amp;VIP level for customer…</source>
            <translation>Додати &amp;VIP-рівень для замовника…</translation>
        </message>
        <message>
            <source>Add a level offered to one customer only</source>
            <translation>Додати рівень, що пропонується лише одному замовнику</translation>
        </message>
        <message>
            <source>Re&amp;move level</source>
            <translation>&amp;Вилучити рівень</translation>
        </message>
        <message>
            <source>Remove the level shown</source>
            <translation>Вилучити показаний рівень</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <source>Drop unsaved edits to this service</source>
            <translation>Відкинути незбережені зміни цієї послуги</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>З&amp;акрити</translation>
        </message>
        <message>
            <source>Close the catalogue</source>
            <translation>Закрити каталог</translation>
        </message>
        <message>
            <source>Business-&amp;hours calendars…</source>
            <translation>&amp;Календарі робочого часу…</translation>
        </message>
        <message>
            <source>The calendars levels are timed in: hours, public holidays, closures</source>
            <translation>Календарі, за якими рахується час рівнів: робочі години, державні свята, закриття</translation>
        </message>
        <message>
            <source>&amp;Service</source>
            <translation>&amp;Послуга</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Редагування</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>★ has VIP levels for named customers</source>
            <translation>★ має VIP-рівні для окремих замовників</translation>
        </message>
        <message>
            <source>C&amp;ode:</source>
            <translation>К&amp;од:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>О&amp;пис:</translation>
        </message>
        <message>
            <source>Service catalogue — slamdesk</source>
            <translation>Каталог послуг — slamdesk</translation>
        </message>
        <message>
            <source>Levels: {levels}</source>
            <translation>Рівні: {levels}</translation>
        </message>
        <message numerus="yes">
            <source>★ %n VIP level(s) for named customers</source>
            <translation>
                <numerusform>★ %n VIP-рівень для окремих замовників</numerusform>
                <numerusform>★ %n VIP-рівні для окремих замовників</numerusform>
                <numerusform>★ %n VIP-рівнів для окремих замовників</numerusform>
            </translation>
        </message>
        <message>
            <source>The service “{name}”</source>
            <translation>Послуга «{name}»</translation>
        </message>
        <message>
            <source>The new service</source>
            <translation>Нова послуга</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Лише для читання:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>Standard level, offered to every customer</source>
            <translation>Стандартний рівень, пропонується всім замовникам</translation>
        </message>
        <message>
            <source>VIP level for {customer}</source>
            <translation>VIP-рівень для {customer}</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Нова послуга</translation>
        </message>
        <message>
            <source>{service} — service catalogue — slamdesk</source>
            <translation>{service} — каталог послуг — slamdesk</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert (Ctrl+Shift+R) the changes to this service first.</source>
            <translation>Спершу збережіть (Ctrl+S) або відкиньте (Ctrl+Shift+R) зміни цієї послуги.</translation>
        </message>
        <message>
            <source>{level} (copy)</source>
            <translation>{level} (копія)</translation>
        </message>
        <message>
            <source>Business-hours calendars</source>
            <translation>Календарі робочого часу</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Збереження</translation>
        </message>
        <message>
            <source>Save service</source>
            <translation>Збереження послуги</translation>
        </message>
        <message>
            <source>this service</source>
            <translation>цю послугу</translation>
        </message>
        <message>
            <source>Save: not done. {reason}</source>
            <translation>Збереження: не виконано. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Service {code} saved with %n level(s)</source>
            <translation>
                <numerusform>Послугу {code} збережено з %n рівнем</numerusform>
                <numerusform>Послугу {code} збережено з %n рівнями</numerusform>
                <numerusform>Послугу {code} збережено з %n рівнями</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueWording</name>
        <message>
            <source>P1 Critical</source>
            <translation>P1 Критичний</translation>
        </message>
        <message>
            <source>P2 High</source>
            <translation>P2 Високий</translation>
        </message>
        <message>
            <source>P3 Normal</source>
            <translation>P3 Звичайний</translation>
        </message>
        <message>
            <source>P4 Low</source>
            <translation>P4 Низький</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>фіксована ціна</translation>
        </message>
        <message>
            <source>per user</source>
            <translation>за користувача</translation>
        </message>
        <message>
            <source>per device</source>
            <translation>за пристрій</translation>
        </message>
        <message>
            <source>per site</source>
            <translation>за об’єкт</translation>
        </message>
        <message>
            <source>per resolved incident</source>
            <translation>за вирішений інцидент</translation>
        </message>
        <message>
            <source>per delivered item</source>
            <translation>за поставлену одиницю</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>на місяць</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>на квартал</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>на рік</translation>
        </message>
        <message>
            <source>working days</source>
            <translation>робочі дні</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>календарні дні</translation>
        </message>
        <message>
            <source>business hours</source>
            <translation>робочі години</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>години</translation>
        </message>
        <message>
            <source>name</source>
            <translation>назва</translation>
        </message>
        <message>
            <source>VIP customer</source>
            <translation>VIP-замовник</translation>
        </message>
        <message>
            <source>coverage</source>
            <translation>покриття</translation>
        </message>
        <message>
            <source>availability</source>
            <translation>доступність</translation>
        </message>
        <message>
            <source>availability period</source>
            <translation>період доступності</translation>
        </message>
        <message>
            <source>internal availability</source>
            <translation>внутрішня доступність</translation>
        </message>
        <message>
            <source>internal buffer</source>
            <translation>внутрішній запас</translation>
        </message>
        <message>
            <source>regions</source>
            <translation>регіони</translation>
        </message>
        <message>
            <source>minimum volume</source>
            <translation>мінімальний обсяг</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>валюта</translation>
        </message>
        <message>
            <source>fixed fee</source>
            <translation>фіксована плата</translation>
        </message>
        <message>
            <source>price unit</source>
            <translation>одиниця ціни</translation>
        </message>
        <message>
            <source>fee per unit</source>
            <translation>плата за одиницю</translation>
        </message>
        <message>
            <source>value-based unit</source>
            <translation>одиниця за цінністю</translation>
        </message>
        <message>
            <source>value-based price</source>
            <translation>ціна за цінністю</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>календар</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>цілі</translation>
        </message>
        <message>
            <source>volume bands</source>
            <translation>діапазони обсягу</translation>
        </message>
        <message>
            <source>regional variants</source>
            <translation>регіональні варіанти</translation>
        </message>
        <message>
            <source>commitments</source>
            <translation>зобов’язання</translation>
        </message>
        <message>
            <source>code</source>
            <translation>код</translation>
        </message>
        <message>
            <source>description</source>
            <translation>опис</translation>
        </message>
        <message>
            <source>names in other languages</source>
            <translation>назви іншими мовами</translation>
        </message>
    </context>
    <context>
        <name>LevelForm</name>
        <message>
            <source>e.g. Gold</source>
            <translation>напр. Золотий</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>— standard level, for every customer —</source>
            <translation>— стандартний рівень, для всіх замовників —</translation>
        </message>
        <message>
            <source>derived</source>
            <translation>обчислюється</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— немає —</translation>
        </message>
        <message>
            <source>everywhere; or e.g. City, Rural</source>
            <translation>скрізь; або напр. Місто, Село</translation>
        </message>
        <message>
            <source>Times count business &amp;hours only (else calendar hours)</source>
            <translation>&amp;Час рахується лише в робочі години (інакше — календарні години)</translation>
        </message>
        <message>
            <source>a stored calendar's name; empty: each line's hours of coverage</source>
            <translation>назва збереженого календаря; порожньо: години покриття кожного рядка</translation>
        </message>
        <message>
            <source>Calendar&amp;s…</source>
            <translation>Календа&amp;рі…</translation>
        </message>
        <message>
            <source>Business-hours calendars: hours, public holidays, closures (Ctrl+Shift+H)</source>
            <translation>Календарі робочого часу: години, державні свята, закриття (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Реакція</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Вирішення</translation>
        </message>
        <message>
            <source>Internal
response</source>
            <translation>Внутрішня
реакція</translation>
        </message>
        <message>
            <source>Internal
resolution</source>
            <translation>Внутрішнє
вирішення</translation>
        </message>
        <message>
            <source>Times like 4 h, 30 min or 1 d 2 h; leave a priority empty if not offered. Empty internal aims are derived from the buffer.</source>
            <translation>Час у вигляді 4 h, 30 min або 1 d 2 h; залиште пріоритет порожнім, якщо його не пропонують. Порожні внутрішні цілі обчислюються із запасу.</translation>
        </message>
        <message>
            <source>From units</source>
            <translation>Від одиниць</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>Знижка %</translation>
        </message>
        <message>
            <source>Add band</source>
            <translation>Додати діапазон</translation>
        </message>
        <message>
            <source>Remove band</source>
            <translation>Вилучити діапазон</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <source>Surcharge %</source>
            <translation>Надбавка %</translation>
        </message>
        <message>
            <source>Add variant</source>
            <translation>Додати варіант</translation>
        </message>
        <message>
            <source>Remove variant</source>
            <translation>Вилучити варіант</translation>
        </message>
        <message>
            <source>Targets a region has instead of the level's, like 8 h / 1 d; empty keeps the level's</source>
            <translation>Цілі регіону замість цілей рівня, як-от 8 h / 1 d; порожньо — діють цілі рівня</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Зобов’язання</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Кількість</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одиниця</translation>
        </message>
        <message>
            <source>Internal aim</source>
            <translation>Внутрішня ціль</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Додати зобов’язання</translation>
        </message>
        <message>
            <source>Remove commitment</source>
            <translation>Вилучити зобов’язання</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Н&amp;азва:</translation>
        </message>
        <message>
            <source>&amp;VIP customer:</source>
            <translation>&amp;VIP-замовник:</translation>
        </message>
        <message>
            <source>&amp;Coverage:</source>
            <translation>По&amp;криття:</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Доступність</translation>
        </message>
        <message>
            <source>&amp;Availability:</source>
            <translation>&amp;Доступність:</translation>
        </message>
        <message>
            <source>&amp;Internal availability %:</source>
            <translation>&amp;Внутрішня доступність %:</translation>
        </message>
        <message>
            <source>Internal buffe&amp;r %:</source>
            <translation>Внутрішній &amp;запас %:</translation>
        </message>
        <message>
            <source>Price per month</source>
            <translation>Ціна на місяць</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>Ва&amp;люта:</translation>
        </message>
        <message>
            <source>&amp;Fixed fee:</source>
            <translation>&amp;Фіксована плата:</translation>
        </message>
        <message>
            <source>Price &amp;unit:</source>
            <translation>Одиниця &amp;ціни:</translation>
        </message>
        <message>
            <source>Fee &amp;per unit:</source>
            <translation>Пла&amp;та за одиницю:</translation>
        </message>
        <message>
            <source>Value-&amp;based unit:</source>
            <translation>Од&amp;иниця за цінністю:</translation>
        </message>
        <message>
            <source>Price per value uni&amp;t:</source>
            <translation>Ц&amp;іна за одиницю цінності:</translation>
        </message>
        <message>
            <source>Minimum volum&amp;e:</source>
            <translation>&amp;Мінімальний обсяг:</translation>
        </message>
        <message>
            <source>Offered in re&amp;gions:</source>
            <translation>Пропонується в ре&amp;гіонах:</translation>
        </message>
        <message>
            <source>Name in other languages</source>
            <translation>Назва іншими мовами</translation>
        </message>
        <message>
            <source>Targets per priority</source>
            <translation>Цілі за пріоритетом</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>Кал&amp;ендар:</translation>
        </message>
        <message>
            <source>A region's surcharge, and its targets as response / resolution</source>
            <translation>Надбавка регіону та його цілі у вигляді реакція / вирішення</translation>
        </message>
        <message>
            <source>Volume bands</source>
            <translation>Діапазони обсягу</translation>
        </message>
        <message>
            <source>Regional variants</source>
            <translation>Регіональні варіанти</translation>
        </message>
        <message>
            <source>Other commitments</source>
            <translation>Інші зобов’язання</translation>
        </message>
        <message>
            <source>Version {version}: {description}</source>
            <translation>Версія {version}: {description}</translation>
        </message>
        <message>
            <source>Not a stored calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Це не збережений календар: угоди вимірюються в години покриття кожного рядка, за часовим поясом і державними святами країни замовника.</translation>
        </message>
        <message>
            <source>No calendar: agreements are measured in each line's hours of coverage, in the customer's country's time zone and public holidays.</source>
            <translation>Без календаря: угоди вимірюються в години покриття кожного рядка, за часовим поясом і державними святами країни замовника.</translation>
        </message>
    </context>
    <context>
        <name>NamesTable</name>
        <message>
            <source>An agreement written in one of these languages shows the name given here; left empty, it shows the catalogue's name.</source>
            <translation>Угода, складена однією з цих мов, показує назву, вказану тут; якщо поле порожнє, угода показує назву з каталогу.</translation>
        </message>
        <message>
            <source>Names in other languages</source>
            <translation>Назви іншими мовами</translation>
        </message>
    </context>
    <context>
        <name>VipLevelDialog</name>
        <message>
            <source>Add VIP level for customer</source>
            <translation>Додати VIP-рівень для замовника</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Замовник:</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Основа:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Add VIP level</source>
            <translation>Додати VIP-рівень</translation>
        </message>
        <message>
            <source>A VIP level is offered to one customer only. It starts as a copy of a standard level; change its targets and price, then save the service.</source>
            <translation>VIP-рівень пропонується лише одному замовнику. Спершу це копія стандартного рівня; змініть його цілі та ціну, а потім збережіть послугу.</translation>
        </message>
        <message>
            <source>{level} VIP ({customer})</source>
            <translation>{level} VIP ({customer})</translation>
        </message>
        <message>
            <source>choose a customer and a standard level to start from</source>
            <translation>виберіть замовника і стандартний рівень, з якого почати</translation>
        </message>
    </context>
</TS>
