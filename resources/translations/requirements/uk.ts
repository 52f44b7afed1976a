<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Record customer approval</source>
            <translation>Записати погодження замовника</translation>
        </message>
        <message>
            <source>{customer} approved version {version}. Who approved it on their side?</source>
            <translation>{customer} погодив версію {version}. Хто погодив її з їхнього боку?</translation>
        </message>
        <message>
            <source>Record approval</source>
            <translation>Записати погодження</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>документ вимог</translation>
        </message>
        <message>
            <source>Full name, as the customer signed off</source>
            <translation>Повне ім’я, як замовник підписав погодження</translation>
        </message>
        <message>
            <source>&amp;Approved by:</source>
            <translation>&amp;Ким погоджено:</translation>
        </message>
    </context>
    <context>
        <name>InfeasibleDialog</name>
        <message>
            <source>Requirement {number} ({service}, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Вимогу {number} ({service}, {site}) неможливо виконати. Укажіть, чи перешкода технічна, чи комерційна, і чому.</translation>
        </message>
        <message>
            <source>Requirement {number} (no service, {site}) cannot be delivered. Say whether the obstacle is technical or commercial, and why.</source>
            <translation>Вимогу {number} (без послуги, {site}) неможливо виконати. Укажіть, чи перешкода технічна, чи комерційна, і чому.</translation>
        </message>
        <message>
            <source>Mark infeasible</source>
            <translation>Позначити як нездійсненну</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>документ вимог</translation>
        </message>
        <message>
            <source>e.g. a 4-hour on-site response is offered in cities only</source>
            <translation>напр., реагування на місці за 4 години доступне лише в містах</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>Requirement {number}: {service}, {site}. The list price of {level} is {price} per month. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Вимога {number}: {service}, {site}. Ціна за прайсом для рівня {level} — {price} на місяць. Індивідуальна ціна замінює ціну за прайсом у комерційній пропозиції та угоді; її причину буде збережено.</translation>
        </message>
        <message>
            <source>Requirement {number}: {service}, {site}. Choose a level for this requirement first. A custom price replaces the list price in the quote and the agreement; its reason is kept.</source>
            <translation>Вимога {number}: {service}, {site}. Спершу виберіть рівень для цієї вимоги. Індивідуальна ціна замінює ціну за прайсом у комерційній пропозиції та угоді; її причину буде збережено.</translation>
        </message>
        <message>
            <source>Custom price</source>
            <translation>Індивідуальна ціна</translation>
        </message>
        <message>
            <source>Set custom price</source>
            <translation>Установити індивідуальну ціну</translation>
        </message>
        <message>
            <source>the requirements document</source>
            <translation>документ вимог</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Ціна на місяць</translation>
        </message>
        <message>
            <source>e.g. framework rate agreed with the customer's CFO</source>
            <translation>напр., рамкова ставка, погоджена з фінансовим директором замовника</translation>
        </message>
        <message>
            <source>Monthly &amp;price:</source>
            <translation>Щомісячна &amp;ціна:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
    </context>
    <context>
        <name>PricingMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not priced until you save (Ctrl+S).</source>
            <translation>Незбережені зміни на вкладці «Вимоги» не враховано в цінах, доки ви не збережете їх (Ctrl+S).</translation>
        </message>
        <message>
            <source>Custom &amp;price…</source>
            <translation>&amp;Індивідуальна ціна…</translation>
        </message>
        <message>
            <source>A custom (VIP) price for the selected requirement, with a reason (Ctrl+K)</source>
            <translation>Індивідуальна (VIP) ціна для вибраної вимоги з причиною (Ctrl+K)</translation>
        </message>
        <message>
            <source>&amp;Restore list price</source>
            <translation>Відновити ціну за пр&amp;айсом</translation>
        </message>
        <message>
            <source>Drop the selected requirement's custom price (Ctrl+Shift+K)</source>
            <translation>Скасувати індивідуальну ціну вибраної вимоги (Ctrl+Shift+K)</translation>
        </message>
        <message>
            <source>Click a price to choose that level. Greyed levels cannot be offered; the reason is shown.</source>
            <translation>Клацніть ціну, щоб вибрати цей рівень. Сірі рівні не можна запропонувати; причину показано.</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Разом за місяць: виберіть рівень для кожної вимоги</translation>
        </message>
        <message>
            <source>Chosen levels, subtotal: {subtotal}</source>
            <translation>Вибрані рівні, проміжний підсумок: {subtotal}</translation>
        </message>
        <message>
            <source>Tax {rate}: {tax}</source>
            <translation>Податок {rate}: {tax}</translation>
        </message>
        <message numerus="yes">
            <source>Total per month: {total}  (%n without a level yet)</source>
            <translation>
                <numerusform>Разом за місяць: {total}  (ще %n вимога без рівня)</numerusform>
                <numerusform>Разом за місяць: {total}  (ще %n вимоги без рівня)</numerusform>
                <numerusform>Разом за місяць: {total}  (ще %n вимог без рівня)</numerusform>
            </translation>
        </message>
        <message>
            <source>Total per month: {total}</source>
            <translation>Разом за місяць: {total}</translation>
        </message>
        <message>
            <source>Choose level</source>
            <translation>Вибрати рівень</translation>
        </message>
        <message>
            <source>Requirement {number}: {level}</source>
            <translation>Вимога {number}: {level}</translation>
        </message>
        <message>
            <source>Requirement {number}: no level</source>
            <translation>Вимога {number}: без рівня</translation>
        </message>
        <message>
            <source>Custom price stored</source>
            <translation>Індивідуальну ціну збережено</translation>
        </message>
        <message>
            <source>Restore the list price</source>
            <translation>Відновити ціну за прайсом</translation>
        </message>
    </context>
    <context>
        <name>PricingModel</name>
        <message>
            <source>Marked infeasible (technical): {reason}</source>
            <translation>Позначено як нездійсненну (технічна причина): {reason}</translation>
        </message>
        <message>
            <source>Marked infeasible (commercial): {reason}</source>
            <translation>Позначено як нездійсненну (комерційна причина): {reason}</translation>
        </message>
        <message>
            <source>{level}: {price}, chosen</source>
            <translation>{level}: {price}, вибрано</translation>
        </message>
        <message>
            <source>{level}: {price}, offered</source>
            <translation>{level}: {price}, пропонується</translation>
        </message>
        <message>
            <source>{level}: {price}, cannot be offered</source>
            <translation>{level}: {price}, не можна запропонувати</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Вимога</translation>
        </message>
        <message>
            <source>{level}: a level made for this customer</source>
            <translation>{level}: рівень, створений для цього замовника</translation>
        </message>
        <message>
            <source>{service} has no level by this name</source>
            <translation>{service} не має рівня з такою назвою</translation>
        </message>
        <message>
            <source>No service</source>
            <translation>Без послуги</translation>
        </message>
        <message>
            <source>Marked infeasible ({kind}): {reason}</source>
            <translation>Позначено як нездійсненну ({kind}): {reason}</translation>
        </message>
        <message>
            <source>No service in the catalogue matches this need: choose one on the Requirements tab or mark it infeasible.</source>
            <translation>Жодна послуга каталогу не відповідає цій потребі: виберіть послугу на вкладці «Вимоги» або позначте вимогу як нездійсненну.</translation>
        </message>
        <message>
            <source>not offered for this service</source>
            <translation>не пропонується для цієї послуги</translation>
        </message>
        <message>
            <source>Custom price: {reason}</source>
            <translation>Індивідуальна ціна: {reason}</translation>
        </message>
        <message>
            <source>Total per month</source>
            <translation>Разом за місяць</translation>
        </message>
        <message>
            <source>every requirement at this level, before and after tax</source>
            <translation>усі вимоги на цьому рівні, до і після податку</translation>
        </message>
        <message>
            <source>{level} cannot be offered for every requirement, so it has no total to compare</source>
            <translation>{level} не можна запропонувати для всіх вимог, тому немає підсумку для порівняння</translation>
        </message>
        <message>
            <source>+ {rate} tax = {total}</source>
            <translation>+ {rate} податку = {total}</translation>
        </message>
        <message>
            <source>{level} for every requirement: {subtotal} + {rate} tax = {total}</source>
            <translation>{level} для всіх вимог: {subtotal} + {rate} податку = {total}</translation>
        </message>
    </context>
    <context>
        <name>RequirementDetail</name>
        <message>
            <source>Selected requirement</source>
            <translation>Вибрана вимога</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Що потрібно замовникові, його власними словами</translation>
        </message>
        <message>
            <source>The outcome they expect, e.g. no sailing delayed by IT</source>
            <translation>Очікуваний результат, напр., жоден рейс не затримано через ІТ</translation>
        </message>
        <message>
            <source>What {priority} means for this customer</source>
            <translation>Що означає {priority} для цього замовника</translation>
        </message>
        <message>
            <source>&amp;Need:</source>
            <translation>&amp;Потреба:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Результат:</translation>
        </message>
        <message>
            <source>Priority categories, and what each means for this customer</source>
            <translation>Категорії пріоритету і що кожна означає для цього замовника</translation>
        </message>
        <message>
            <source>Requirement {number}</source>
            <translation>Вимога {number}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsDocumentsDialog</name>
        <message>
            <source>Requirements documents</source>
            <translation>Документи вимог</translation>
        </message>
        <message>
            <source>Filter by customer or title</source>
            <translation>Фільтр за замовником або назвою</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Вимоги</translation>
        </message>
        <message>
            <source>v{version}</source>
            <translation>v{version}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsEditor</name>
        <message>
            <source>e.g. Fleet expansion 2027</source>
            <translation>напр., Розширення флоту 2027</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Податок (напр., ПДВ), що додається до місячної ціни, у відсотках</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>Read the document again as stored, dropping your unsaved edits (F5)</source>
            <translation>Прочитати документ знову в збереженому вигляді, відкинувши ваші незбережені зміни (F5)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Зберегти</translation>
        </message>
        <message>
            <source>Save the requirements</source>
            <translation>Зберегти вимоги</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>&amp;Додати вимогу</translation>
        </message>
        <message>
            <source>Add a requirement below the selected one</source>
            <translation>Додати вимогу під вибраною</translation>
        </message>
        <message>
            <source>&amp;Remove requirement</source>
            <translation>В&amp;илучити вимогу</translation>
        </message>
        <message>
            <source>Remove the selected requirement</source>
            <translation>Вилучити вибрану вимогу</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Перемістити &amp;вгору</translation>
        </message>
        <message>
            <source>Move the selected requirement up</source>
            <translation>Перемістити вибрану вимогу вгору</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Перемістити в&amp;низ</translation>
        </message>
        <message>
            <source>Move the selected requirement down</source>
            <translation>Перемістити вибрану вимогу вниз</translation>
        </message>
        <message>
            <source>Sen&amp;d to customer</source>
            <translation>&amp;Надіслати замовникові</translation>
        </message>
        <message>
            <source>Save and send this version to the customer for approval</source>
            <translation>Зберегти й надіслати цю версію замовникові на погодження</translation>
        </message>
        <message>
            <source>Record customer a&amp;pproval…</source>
            <translation>Записати &amp;погодження замовника…</translation>
        </message>
        <message>
            <source>Record that the customer approved this version</source>
            <translation>Записати, що замовник погодив цю версію</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>Нова &amp;версія</translation>
        </message>
        <message>
            <source>Copy this document into a new draft version</source>
            <translation>Скопіювати цей документ у нову чернетку</translation>
        </message>
        <message>
            <source>Pre&amp;view PDF…</source>
            <translation>Попере&amp;дній перегляд PDF…</translation>
        </message>
        <message>
            <source>Show the document the customer will approve, as a PDF</source>
            <translation>Показати документ, який погоджуватиме замовник, у форматі PDF</translation>
        </message>
        <message>
            <source>&amp;Export for approval</source>
            <translation>&amp;Експортувати для погодження</translation>
        </message>
        <message>
            <source>Write this version as PDF and DOCX into the customer's register folder</source>
            <translation>Записати цю версію у форматах PDF і DOCX до теки реєстру замовника</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>Read the document again, dropping unsaved changes</source>
            <translation>Прочитати документ знову, відкинувши незбережені зміни</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>З&amp;акрити</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Закрити це вікно</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Документ</translation>
        </message>
        <message>
            <source>&amp;Requirements</source>
            <translation>&amp;Вимоги</translation>
        </message>
        <message>
            <source>&amp;Trace</source>
            <translation>&amp;Трасування</translation>
        </message>
        <message>
            <source>&amp;Pricing</source>
            <translation>&amp;Ціноутворення</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Ta&amp;x rate:</source>
            <translation>&amp;Ставка податку:</translation>
        </message>
        <message>
            <source>&amp;1 Requirements</source>
            <translation>&amp;1 Вимоги</translation>
        </message>
        <message>
            <source>&amp;2 Traceability</source>
            <translation>&amp;2 Трасування</translation>
        </message>
        <message>
            <source>&amp;3 Pricing</source>
            <translation>&amp;3 Ціноутворення</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Version {version} · &lt;b&gt;{status}&lt;/b&gt; · created {created}</source>
            <translation>Версія {version} · &lt;b&gt;{status}&lt;/b&gt; · створено {created}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; {reason}.</source>
            <translation>&lt;b&gt;Лише для читання:&lt;/b&gt; {reason}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was sent to the customer {sent} and awaits their approval. Record their approval (Ctrl+Shift+A), or make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Лише для читання:&lt;/b&gt; версію {version} надіслано замовникові {sent}, вона чекає на погодження. Запишіть погодження (Ctrl+Shift+A) або створіть нову версію (Ctrl+Shift+N), щоб змінити її.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Read-only:&lt;/b&gt; version {version} was approved by {approved_by} {approved}. Make a new version (Ctrl+Shift+N) to change it.</source>
            <translation>&lt;b&gt;Лише для читання:&lt;/b&gt; версію {version} погодив(ла) {approved_by} {approved}. Створіть нову версію (Ctrl+Shift+N), щоб змінити її.</translation>
        </message>
        <message>
            <source>{customer} — requirements v{version} — slamdesk</source>
            <translation>{customer} — вимоги v{version} — slamdesk</translation>
        </message>
        <message>
            <source>this requirements document</source>
            <translation>цей документ вимог</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>{action}: not done. {reason}</source>
            <translation>{action}: не виконано. {reason}</translation>
        </message>
        <message>
            <source>Requirements v{version} for {customer} saved</source>
            <translation>Вимоги v{version} для {customer} збережено</translation>
        </message>
        <message>
            <source>Send to customer</source>
            <translation>Надіслати замовникові</translation>
        </message>
        <message>
            <source>Version {version} sent to {customer}</source>
            <translation>Версію {version} надіслано замовникові {customer}</translation>
        </message>
        <message>
            <source>A preview: the document as Export for approval (Ctrl+E) would write it. Nothing is written yet.</source>
            <translation>Попередній перегляд: документ таким, яким його запише «Експортувати для погодження» (Ctrl+E). Нічого ще не записано.</translation>
        </message>
        <message>
            <source>Preview of {name}</source>
            <translation>Попередній перегляд {name}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експортувати</translation>
        </message>
        <message>
            <source>Exported {first} and {second} into {folder}</source>
            <translation>Експортовано {first} і {second} до {folder}</translation>
        </message>
        <message>
            <source>Exported {files} into {folder}</source>
            <translation>Експортовано {files} до {folder}</translation>
        </message>
        <message>
            <source>Version {version} approved by {approved_by}</source>
            <translation>Версію {version} погодив(ла) {approved_by}</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Нова версія</translation>
        </message>
        <message>
            <source>Version {version} for {customer} is a new draft</source>
            <translation>Версія {version} для {customer} — нова чернетка</translation>
        </message>
        <message>
            <source>The requirements document</source>
            <translation>Документ вимог</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <source>The requirements document “{title}” of {customer}</source>
            <translation>Документ вимог «{title}» замовника {customer}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsLabels</name>
        <message>
            <source>Draft</source>
            <translation>Чернетка</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Надіслано замовникові</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Погоджено замовником</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Технічний</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Комерційний</translation>
        </message>
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
    </context>
    <context>
        <name>RequirementsModel</name>
        <message>
            <source>— none in the catalogue —</source>
            <translation>— немає в каталозі —</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Потреба</translation>
        </message>
        <message>
            <source>What the customer needs, in their own words</source>
            <translation>Що потрібно замовникові, його власними словами</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <source>The catalogue service that meets the need, or none</source>
            <translation>Послуга з каталогу, що задовольняє потребу, або жодної</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Об’єкт</translation>
        </message>
        <message>
            <source>Where the service is delivered</source>
            <translation>Де надається послуга</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <source>Some levels are offered in some regions only</source>
            <translation>Деякі рівні пропонуються лише в окремих регіонах</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Години покриття</translation>
        </message>
        <message>
            <source>24x7, or like Mon-Fri 08:00-17:00</source>
            <translation>24x7 або як-от Mon-Fri 08:00-17:00 (англійські назви днів)</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Пріоритети</translation>
        </message>
        <message>
            <source>Priority categories the customer needs (edit them below the table)</source>
            <translation>Категорії пріоритету, потрібні замовникові (редагуйте їх під таблицею)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Користувачі</translation>
        </message>
        <message>
            <source>Number of users</source>
            <translation>Кількість користувачів</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Пристрої</translation>
        </message>
        <message>
            <source>Number of devices</source>
            <translation>Кількість пристроїв</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Об’єкти</translation>
        </message>
        <message>
            <source>Number of sites (at least 1)</source>
            <translation>Кількість об’єктів (щонайменше 1)</translation>
        </message>
        <message>
            <source>Tickets/mo</source>
            <translation>Заявок/міс.</translation>
        </message>
        <message>
            <source>Expected tickets per month</source>
            <translation>Очікувана кількість заявок на місяць</translation>
        </message>
        <message>
            <source>Items/mo</source>
            <translation>Одиниць/міс.</translation>
        </message>
        <message>
            <source>Expected delivered items (e.g. visits) per month</source>
            <translation>Очікувана кількість наданих одиниць (напр., виїздів) на місяць</translation>
        </message>
        <message>
            <source>CSAT %</source>
            <translation>CSAT, %</translation>
        </message>
        <message>
            <source>Customer satisfaction goal, in percent (up to 100)</source>
            <translation>Цільовий рівень задоволеності замовника, у відсотках (до 100)</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Зусилля</translation>
        </message>
        <message>
            <source>Customer effort goal, a score from 1 (easy) to 7</source>
            <translation>Цільовий рівень зусиль замовника, оцінка від 1 (легко) до 7</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Результат: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>TraceModel</name>
        <message>
            <source>Need</source>
            <translation>Потреба</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Вибраний рівень</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Цільові показники</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>Ціна на місяць</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Custom price (list {listed}): {reason}</source>
            <translation>Індивідуальна ціна (за прайсом {listed}): {reason}</translation>
        </message>
        <message>
            <source>{price} (custom)</source>
            <translation>{price} (індивід.)</translation>
        </message>
    </context>
    <context>
        <name>Traceability</name>
        <message>
            <source>Traced</source>
            <translation>Простежено</translation>
        </message>
        <message>
            <source>Infeasible</source>
            <translation>Нездійсненна</translation>
        </message>
        <message>
            <source>No service matches</source>
            <translation>Жодна послуга не відповідає</translation>
        </message>
        <message>
            <source>No level chosen</source>
            <translation>Рівень не вибрано</translation>
        </message>
        <message>
            <source>Level cannot be offered</source>
            <translation>Рівень не можна запропонувати</translation>
        </message>
        <message>
            <source>Infeasible (technical): {reason}</source>
            <translation>Нездійсненна (технічна причина): {reason}</translation>
        </message>
        <message>
            <source>Infeasible (commercial): {reason}</source>
            <translation>Нездійсненна (комерційна причина): {reason}</translation>
        </message>
        <message>
            <source>Infeasible ({kind}): {reason}</source>
            <translation>Нездійсненна ({kind}): {reason}</translation>
        </message>
        <message>
            <source>Level cannot be offered: {problems}</source>
            <translation>Рівень не можна запропонувати: {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} requirements need attention</source>
            <translation>
                <numerusform>%n з {total} вимог потребує уваги</numerusform>
                <numerusform>%n з {total} вимог потребують уваги</numerusform>
                <numerusform>%n з {total} вимог потребують уваги</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n requirements are traced or marked infeasible</source>
            <translation>
                <numerusform>Усю %n вимогу простежено або позначено як нездійсненну</numerusform>
                <numerusform>Усі %n вимоги простежено або позначено як нездійсненні</numerusform>
                <numerusform>Усі %n вимог простежено або позначено як нездійсненні</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked infeasible</source>
            <translation>
                <numerusform>%n позначена як нездійсненна</numerusform>
                <numerusform>%n позначені як нездійсненні</numerusform>
                <numerusform>%n позначено як нездійсненні</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraceabilityMatrix</name>
        <message>
            <source>Unsaved changes on the Requirements tab are not traced until you save (Ctrl+S).</source>
            <translation>Незбережені зміни на вкладці «Вимоги» не враховано в трасуванні, доки ви не збережете їх (Ctrl+S).</translation>
        </message>
        <message>
            <source>&amp;Mark infeasible…</source>
            <translation>Позна&amp;чити як нездійсненну…</translation>
        </message>
        <message>
            <source>Mark the selected requirement infeasible, with a reason (Ctrl+I)</source>
            <translation>Позначити вибрану вимогу як нездійсненну з причиною (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Clear infeasible</source>
            <translation>&amp;Зняти позначку нездійсненності</translation>
        </message>
        <message>
            <source>The selected requirement can be delivered after all (Ctrl+Shift+I)</source>
            <translation>Вибрану вимогу все-таки можна виконати (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>This version is read-only; make a new version to change it</source>
            <translation>Ця версія лише для читання; створіть нову версію, щоб змінити її</translation>
        </message>
        <message>
            <source>Clear infeasible</source>
            <translation>Зняти позначку нездійсненності</translation>
        </message>
    </context>
</TS>
