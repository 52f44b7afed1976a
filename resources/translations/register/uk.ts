<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgreementDetail</name>
        <message>
            <source>approved</source>
            <translation>схвалено</translation>
        </message>
        <message>
            <source>changes requested</source>
            <translation>запитано зміни</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, версія {version}</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Період</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Місячна вартість</translation>
        </message>
        <message>
            <source>{amount} before tax</source>
            <translation>{amount} без податку</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Автор чернетки</translation>
        </message>
        <message>
            <source>Content SHA-256</source>
            <translation>SHA-256 вмісту</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Огляд</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Місце</translation>
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
            <source>Qty</source>
            <translation>К-сть</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Ціна за од.</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>На місяць</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Доступність</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Послуги</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Перевірки</translation>
        </message>
        <message>
            <source>No review decisions yet.</source>
            <translation>Рішень перевірки ще немає.</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>без коментаря</translation>
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
            <source>Decision</source>
            <translation>Рішення</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Коментар</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>не підписано</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Підписант</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Посада</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Підписано</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Підписи</translation>
        </message>
        <message>
            <source>Register documents</source>
            <translation>Документи реєстру</translation>
        </message>
        <message>
            <source>Not exported into the register yet.</source>
            <translation>Ще не експортовано до реєстру.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Підпис</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Розмір</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Експортовано</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <source>Batch export</source>
            <translation>Пакетний експорт</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>У цьому поданні нічого експортувати; пропущено: {already} уже експортовано, {unsigned} не підписано.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {already} already exported.</source>
            <translation>У цьому поданні нічого експортувати; пропущено: {already} уже експортовано.</translation>
        </message>
        <message>
            <source>Nothing to export in this view; skipped: {unsigned} not signed.</source>
            <translation>У цьому поданні нічого експортувати; пропущено: {unsigned} не підписано.</translation>
        </message>
        <message>
            <source>Nothing to export in this view.</source>
            <translation>У цьому поданні нічого експортувати.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported, {unsigned} not signed.</source>
            <translation>
                <numerusform>Буде експортовано %n угоду; пропущено: {already} уже експортовано, {unsigned} не підписано.</numerusform>
                <numerusform>Буде експортовано %n угоди; пропущено: {already} уже експортовано, {unsigned} не підписано.</numerusform>
                <numerusform>Буде експортовано %n угод; пропущено: {already} уже експортовано, {unsigned} не підписано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {already} already exported.</source>
            <translation>
                <numerusform>Буде експортовано %n угоду; пропущено: {already} уже експортовано.</numerusform>
                <numerusform>Буде експортовано %n угоди; пропущено: {already} уже експортовано.</numerusform>
                <numerusform>Буде експортовано %n угод; пропущено: {already} уже експортовано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported; skipped: {unsigned} not signed.</source>
            <translation>
                <numerusform>Буде експортовано %n угоду; пропущено: {unsigned} не підписано.</numerusform>
                <numerusform>Буде експортовано %n угоди; пропущено: {unsigned} не підписано.</numerusform>
                <numerusform>Буде експортовано %n угод; пропущено: {unsigned} не підписано.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) will be exported.</source>
            <translation>
                <numerusform>Буде експортовано %n угоду.</numerusform>
                <numerusform>Буде експортовано %n угоди.</numerusform>
                <numerusform>Буде експортовано %n угод.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export cancelled: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Пакетний експорт скасовано: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилка.</numerusform>
                <numerusform>Пакетний експорт скасовано: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилки.</numerusform>
                <numerusform>Пакетний експорт скасовано: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch export finished: {exported} exported, {skipped} skipped ({already} already exported, {unsigned} not signed), %n error(s).</source>
            <translation>
                <numerusform>Пакетний експорт завершено: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилка.</numerusform>
                <numerusform>Пакетний експорт завершено: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилки.</numerusform>
                <numerusform>Пакетний експорт завершено: експортовано {exported}, пропущено {skipped} ({already} уже експортовано, {unsigned} не підписано), %n помилок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) not started.</source>
            <translation>
                <numerusform>%n угоду не розпочато.</numerusform>
                <numerusform>%n угоди не розпочато.</numerusform>
                <numerusform>%n угод не розпочато.</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch export cancelled.</source>
            <translation>Пакетний експорт скасовано.</translation>
        </message>
        <message>
            <source>Batch export finished.</source>
            <translation>Пакетний експорт завершено.</translation>
        </message>
        <message numerus="yes">
            <source>{exported} (%n file(s) written into the register folder and recorded)</source>
            <translation>
                <numerusform>{exported} (%n файл записано до теки реєстру й зареєстровано)</numerusform>
                <numerusform>{exported} (%n файли записано до теки реєстру й зареєстровано)</numerusform>
                <numerusform>{exported} (%n файлів записано до теки реєстру й зареєстровано)</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Експортовано:</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>Пропущено:</translation>
        </message>
        <message>
            <source>{skipped} ({already} already exported, {unsigned} not signed)</source>
            <translation>{skipped} ({already} уже експортовано, {unsigned} не підписано)</translation>
        </message>
        <message>
            <source>Not started:</source>
            <translation>Не розпочато:</translation>
        </message>
        <message>
            <source>Errors:</source>
            <translation>Помилки:</translation>
        </message>
        <message>
            <source>The agreement being written when you cancelled was finished; no other was started.</source>
            <translation>Угоду, яка записувалася, коли ви скасували, завершено; інших не розпочато.</translation>
        </message>
        <message>
            <source>Not exported:</source>
            <translation>Не експортовано:</translation>
        </message>
        <message>
            <source>…and {more} more (see Show Details).</source>
            <translation>…і ще {more} (див. «Показати деталі»).</translation>
        </message>
        <message numerus="yes">
            <source>the signed agreements among the %n agreement(s) of this view</source>
            <translation>
                <numerusform>підписані угоди серед %n угоди цього подання</numerusform>
                <numerusform>підписані угоди серед %n угод цього подання</numerusform>
                <numerusform>підписані угоди серед %n угод цього подання</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting the agreements this view would export…</source>
            <translation>Підрахунок угод, які буде експортовано з цього подання…</translation>
        </message>
        <message>
            <source>The view could not be read: {error}</source>
            <translation>Не вдалося прочитати подання: {error}</translation>
        </message>
        <message>
            <source>Cancelling the batch export after the agreement in hand…</source>
            <translation>Скасування пакетного експорту після поточної угоди…</translation>
        </message>
        <message>
            <source>Batch export: not done. {error}</source>
            <translation>Пакетний експорт: не виконано. {error}</translation>
        </message>
        <message>
            <source>The batch export stopped: {error}</source>
            <translation>Пакетний експорт зупинено: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchProgressDialog</name>
        <message>
            <source>Reading the register view…</source>
            <translation>Читання подання реєстру…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Скасувати</translation>
        </message>
        <message>
            <source>Cancelling: the agreement being written is finished and recorded; no other is started.</source>
            <translation>Скасування: угоду, що записується, буде завершено й зареєстровано; інші не розпочинатимуться.</translation>
        </message>
        <message>
            <source>Exporting {number} ({current} of {total})…
Cancel stops after this agreement; what is written stays in the register.</source>
            <translation>Експорт {number} ({current} з {total})…
«Скасувати» зупиняє після цієї угоди; записане залишається в реєстрі.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s).</source>
            <translation>
                <numerusform>Експортовано %n угоду.</numerusform>
                <numerusform>Експортовано %n угоди.</numerusform>
                <numerusform>Експортовано %n угод.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerBox</name>
        <message>
            <source>Any customer</source>
            <translation>Будь-який замовник</translation>
        </message>
    </context>
    <context>
        <name>DaysBox</name>
        <message>
            <source>any</source>
            <translation>усі</translation>
        </message>
        <message>
            <source> days</source>
            <translation> дн.</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Preview PDF…</source>
            <translation>Попередній перегляд PDF…</translation>
        </message>
        <message>
            <source>Select an agreement in the register to see its details.</source>
            <translation>Виберіть угоду в реєстрі, щоб побачити подробиці.</translation>
        </message>
    </context>
    <context>
        <name>EmptyRegister</name>
        <message>
            <source>No agreements match these filters.</source>
            <translation>Жодна угода не відповідає цим фільтрам.</translation>
        </message>
        <message>
            <source>No agreements yet. Draft the first one, or load the demo portfolio to look around.</source>
            <translation>Угод ще немає. Складіть першу або завантажте демонстраційний портфель, щоб ознайомитися.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Очистити фільтри</translation>
        </message>
        <message>
            <source>New agreement…</source>
            <translation>Нова угода…</translation>
        </message>
        <message>
            <source>Load the demo portfolio</source>
            <translation>Завантажити демонстраційний портфель</translation>
        </message>
    </context>
    <context>
        <name>FilterPanel</name>
        <message>
            <source>Customer SLA</source>
            <translation>SLA із замовником</translation>
        </message>
        <message>
            <source>Internal SLA</source>
            <translation>Внутрішня SLA</translation>
        </message>
        <message>
            <source>Operational level agreement</source>
            <translation>Угода про операційний рівень</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Підтримувальний контракт</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Будь-який вид</translation>
        </message>
        <message>
            <source>Any service</source>
            <translation>Будь-яка послуга</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Agreements starting between today and this many days from now</source>
            <translation>Угоди, що починаються від сьогодні до вказаної кількості днів наперед</translation>
        </message>
        <message>
            <source>Agreements ending between today and this many days from now</source>
            <translation>Угоди, що закінчуються від сьогодні до вказаної кількості днів наперед</translation>
        </message>
        <message>
            <source>Review d&amp;ue</source>
            <translation>Очікує п&amp;еревірки</translation>
        </message>
        <message>
            <source>Agreements in review: a reviewer's decision is due</source>
            <translation>Угоди на перевірці: очікується рішення рецензента</translation>
        </message>
        <message>
            <source>S&amp;ignature due</source>
            <translation>Очікує п&amp;ідпису</translation>
        </message>
        <message>
            <source>Approved agreements: the parties' signatures are due</source>
            <translation>Схвалені угоди: очікуються підписи сторін</translation>
        </message>
        <message>
            <source>Any experience</source>
            <translation>Будь-який досвід</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Досвід</translation>
        </message>
        <message>
            <source>The customer's experience in each agreement's last closed period, against the goals its requirements record</source>
            <translation>Досвід замовника в останньому закритому періоді кожної угоди порівняно з цілями, записаними в її вимогах</translation>
        </message>
        <message>
            <source>Agreements renewing by themselves whose last day to give notice falls between today and this many days from now</source>
            <translation>Угоди з автоматичним продовженням, останній день для повідомлення про припинення яких припадає на період від сьогодні до вказаної кількості днів наперед</translation>
        </message>
        <message>
            <source>Agreements that renew between today and this many days from now</source>
            <translation>Угоди, що продовжуються від сьогодні до вказаної кількості днів наперед</translation>
        </message>
        <message>
            <source>Agreements whose next periodic review falls between today and this many days from now (0: due today)</source>
            <translation>Угоди, наступна періодична перевірка яких припадає на період від сьогодні до вказаної кількості днів наперед (0: сьогодні)</translation>
        </message>
        <message>
            <source>E&amp;xpired</source>
            <translation>Закінчи&amp;лися</translation>
        </message>
        <message>
            <source>Agreements that ended without a renewal</source>
            <translation>Угоди, що закінчилися без продовження</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>Custo&amp;mer:</source>
            <translation>&amp;Замовник:</translation>
        </message>
        <message>
            <source>Servi&amp;ce:</source>
            <translation>Посл&amp;уга:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Рівень:</translation>
        </message>
        <message>
            <source>Currenc&amp;y:</source>
            <translation>Вал&amp;юта:</translation>
        </message>
        <message>
            <source>Starts &amp;within:</source>
            <translation>По&amp;чаток протягом:</translation>
        </message>
        <message>
            <source>E&amp;nds within:</source>
            <translation>&amp;Кінець протягом:</translation>
        </message>
        <message>
            <source>N&amp;otice within:</source>
            <translation>Повідо&amp;млення протягом:</translation>
        </message>
        <message>
            <source>Renews within:</source>
            <translation>Продовження протягом:</translation>
        </message>
        <message>
            <source>&amp;Periodic review within:</source>
            <translation>Пері&amp;одична перевірка протягом:</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
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
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Початок</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Кінець</translation>
        </message>
        <message>
            <source>Monthly value</source>
            <translation>Місячна вартість</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документи</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Досвід</translation>
        </message>
        <message>
            <source>Notice by</source>
            <translation>Повідомити до</translation>
        </message>
        <message>
            <source>Renews</source>
            <translation>Продовження</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Наступна перевірка</translation>
        </message>
        <message>
            <source>Green outside, red inside</source>
            <translation>Зелене зовні, червоне всередині</translation>
        </message>
        <message>
            <source>Experience missed</source>
            <translation>Ціль досвіду не досягнуто</translation>
        </message>
        <message>
            <source>Too few answers</source>
            <translation>Замало відповідей</translation>
        </message>
        <message>
            <source>Experience met</source>
            <translation>Ціль досвіду досягнуто</translation>
        </message>
        <message>
            <source>Every target was met in the last closed period, but the customer's satisfaction or effort missed its goal</source>
            <translation>Усі цільові показники в останньому закритому періоді досягнуто, але задоволеність або зусилля замовника не досягли цілі</translation>
        </message>
        <message>
            <source>The customer's satisfaction or effort missed its goal in the last closed period</source>
            <translation>Задоволеність або зусилля замовника не досягли цілі в останньому закритому періоді</translation>
        </message>
        <message>
            <source>Fewer than 10 survey answers in the last closed period: nothing can be said</source>
            <translation>Менше ніж 10 відповідей на опитування в останньому закритому періоді: висновків зробити не можна</translation>
        </message>
        <message>
            <source>The customer's experience goals were met in the last closed period</source>
            <translation>Цілі клієнтського досвіду досягнуто в останньому закритому періоді</translation>
        </message>
        <message>
            <source>The requirements record no experience goals</source>
            <translation>Вимоги не містять цілей досвіду</translation>
        </message>
        <message>
            <source>No period closed yet</source>
            <translation>Жоден період ще не закрито</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Закінчилася</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Припинена</translation>
        </message>
        <message>
            <source>amendment in draft</source>
            <translation>зміна в чернетці</translation>
        </message>
        <message>
            <source>amendment in review</source>
            <translation>зміна на перевірці</translation>
        </message>
        <message>
            <source>amendment with changes requested</source>
            <translation>зміна із запитаними виправленнями</translation>
        </message>
        <message>
            <source>amendment approved, to sign</source>
            <translation>зміну схвалено, до підписання</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in draft, is on its way</source>
            <translation>{status}, версія {version} (чинна); версія {amendment}, зміна в чернетці, на підході</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment in review, is on its way</source>
            <translation>{status}, версія {version} (чинна); версія {amendment}, зміна на перевірці, на підході</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment with changes requested, is on its way</source>
            <translation>{status}, версія {version} (чинна); версія {amendment}, зміна із запитаними виправленнями, на підході</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment}, an amendment approved, to sign, is on its way</source>
            <translation>{status}, версія {version} (чинна); версія {amendment}, схвалена зміна, що чекає на підписання, на підході</translation>
        </message>
        <message>
            <source>amendment: {status}</source>
            <translation>зміна: {status}</translation>
        </message>
        <message>
            <source>What the agreement's lines come to per month, before tax</source>
            <translation>Сума рядків угоди на місяць, без податку</translation>
        </message>
        <message>
            <source>Not exported yet</source>
            <translation>Ще не експортовано</translation>
        </message>
        <message>
            <source>{status}, version {version}</source>
            <translation>{status}, версія {version}</translation>
        </message>
        <message>
            <source>{status}, version {version} (in force); version {amendment} is on its way: {what}</source>
            <translation>{status}, версія {version} (чинна); версія {amendment} на підході: {what}</translation>
        </message>
    </context>
    <context>
        <name>RegisterPanel</name>
        <message>
            <source>Search number, title, customer, contact, service or site</source>
            <translation>Пошук за номером, назвою, замовником, контактом, послугою чи місцем</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Усі статуси</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Очистити фільтри</translation>
        </message>
        <message>
            <source>Search, status and every filter back to any; the sort order stays</source>
            <translation>Пошук, статус і всі фільтри знову «усі»; порядок сортування зберігається</translation>
        </message>
        <message>
            <source>Clear the search and every filter ({shortcut})</source>
            <translation>Очистити пошук і всі фільтри ({shortcut})</translation>
        </message>
        <message>
            <source>Click a column title to sort by it; click again to reverse</source>
            <translation>Клацніть заголовок стовпця, щоб сортувати за ним; клацніть ще раз, щоб змінити порядок на зворотний</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>&amp;Пошук:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>С&amp;татус:</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n угода</numerusform>
                <numerusform>%n угоди</numerusform>
                <numerusform>%n угод</numerusform>
            </translation>
        </message>
        <message>
            <source>The whole register</source>
            <translation>Увесь реєстр</translation>
        </message>
        <message numerus="yes">
            <source>Narrowed by %n filter(s)</source>
            <translation>
                <numerusform>Звужено %n фільтром</numerusform>
                <numerusform>Звужено %n фільтрами</numerusform>
                <numerusform>Звужено %n фільтрами</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveFilterDialog</name>
        <message>
            <source>Save filter</source>
            <translation>Зберегти фільтр</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name, to pick again later from the Saved list. Saving under a name you already use replaces that filter.</source>
            <translation>Збережіть поточний пошук, фільтри й порядок сортування під назвою, щоб пізніше знову вибрати їх у списку «Збережені». Збереження під назвою, яку ви вже використовуєте, замінює той фільтр.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>e.g. Gold agreements ending this quarter</source>
            <translation>напр., Золоті угоди, що закінчуються цього кварталу</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Назва:</translation>
        </message>
    </context>
    <context>
        <name>SavedFilters</name>
        <message>
            <source>Your saved filters: pick one to show that view again</source>
            <translation>Ваші збережені фільтри: виберіть один, щоб знову показати те подання</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Зберегти фільтр…</translation>
        </message>
        <message>
            <source>Keep the current search, filters and sort order under a name</source>
            <translation>Зберегти поточний пошук, фільтри й порядок сортування під назвою</translation>
        </message>
        <message>
            <source>Save the current search, filters and sort under a name ({shortcut})</source>
            <translation>Зберегти поточний пошук, фільтри й сортування під назвою ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Delete saved filter…</source>
            <translation>&amp;Видалити збережений фільтр…</translation>
        </message>
        <message>
            <source>Forget the saved filter chosen in the Saved list</source>
            <translation>Забути збережений фільтр, вибраний у списку «Збережені»</translation>
        </message>
        <message>
            <source>Delete the chosen saved filter ({shortcut})</source>
            <translation>Видалити вибраний збережений фільтр ({shortcut})</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Зберегти…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Save&amp;d:</source>
            <translation>З&amp;бережені:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Виберіть…</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Ще немає</translation>
        </message>
        <message>
            <source>Saved filter “{name}” is shown</source>
            <translation>Показано збережений фільтр «{name}»</translation>
        </message>
        <message>
            <source>Filter “{name}” replaced</source>
            <translation>Фільтр «{name}» замінено</translation>
        </message>
        <message>
            <source>Filter “{name}” saved</source>
            <translation>Фільтр «{name}» збережено</translation>
        </message>
        <message>
            <source>Delete saved filter</source>
            <translation>Видалити збережений фільтр</translation>
        </message>
        <message>
            <source>Delete the saved filter “{name}”? The register view itself stays as it is.</source>
            <translation>Видалити збережений фільтр «{name}»? Саме подання реєстру залишиться без змін.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Видалити</translation>
        </message>
        <message>
            <source>Saved filter “{name}” deleted</source>
            <translation>Збережений фільтр «{name}» видалено</translation>
        </message>
    </context>
    <context>
        <name>SignatureBadge</name>
        <message>
            <source>File unreadable</source>
            <translation>Файл не читається</translation>
        </message>
        <message>
            <source>File missing</source>
            <translation>Файл відсутній</translation>
        </message>
        <message>
            <source>no file at {path}</source>
            <translation>немає файлу за шляхом {path}</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Не перевірено</translation>
        </message>
        <message>
            <source>Signed, intact</source>
            <translation>Підписано, без змін</translation>
        </message>
        <message>
            <source>Unsigned</source>
            <translation>Не підписано</translation>
        </message>
        <message>
            <source>Signature not trusted</source>
            <translation>Підпис не є довіреним</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>Змінено після підписання</translation>
        </message>
    </context>
    <context>
        <name>ViewExport</name>
        <message>
            <source>Export register view</source>
            <translation>Експорт подання реєстру</translation>
        </message>
        <message>
            <source>CSV, comma-separated</source>
            <translation>CSV, значення через кому</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Книга Excel</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Не вдається записати {path}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) to {file}…</source>
            <translation>
                <numerusform>Запис %n угоди до {file}…</numerusform>
                <numerusform>Запис %n угод до {file}…</numerusform>
                <numerusform>Запис %n угод до {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Writing %n agreement(s) of the register view to {file}…</source>
            <translation>
                <numerusform>Запис %n угоди з подання реєстру до {file}…</numerusform>
                <numerusform>Запис %n угод з подання реєстру до {file}…</numerusform>
                <numerusform>Запис %n угод з подання реєстру до {file}…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n agreement(s) to {path}</source>
            <translation>
                <numerusform>Експортовано %n угоду до {path}</numerusform>
                <numerusform>Експортовано %n угоди до {path}</numerusform>
                <numerusform>Експортовано %n угод до {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Export register view: not done. {reason}</source>
            <translation>Експорт подання реєстру: не виконано. {reason}</translation>
        </message>
        <message>
            <source>The register view was not exported. {reason}</source>
            <translation>Подання реєстру не експортовано. {reason}</translation>
        </message>
    </context>
</TS>
