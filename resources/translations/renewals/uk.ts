<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Give notice on {number}</source>
            <translation>Повідомлення про припинення {number}</translation>
        </message>
        <message>
            <source>Record notice</source>
            <translation>Записати повідомлення</translation>
        </message>
        <message>
            <source>Record that notice was given to end {number} ({customer}). Its current term ends on {last_day}; notice for that end must be given by {deadline}. The agreement then ends on the term's last day and is not renewed. The reason is kept in its history.</source>
            <translation>Зафіксуйте, що надано повідомлення про припинення {number} ({customer}). Поточний строк закінчується {last_day}; повідомлення для цього закінчення треба надати не пізніше {deadline}. Тоді угода закінчується в останній день строку й не продовжується. Причина зберігається в її історії.</translation>
        </message>
        <message>
            <source>Given &amp;by:</source>
            <translation>&amp;Ким надано:</translation>
        </message>
        <message>
            <source>Given &amp;on:</source>
            <translation>&amp;Дата надання:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Закінчується:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>Под&amp;робиці:</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Угода</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Що настає</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Подробиці</translation>
        </message>
        <message>
            <source>notice deadline</source>
            <translation>крайній строк повідомлення</translation>
        </message>
        <message>
            <source>renews</source>
            <translation>продовжується</translation>
        </message>
        <message>
            <source>confirm renewal</source>
            <translation>підтвердити продовження</translation>
        </message>
        <message>
            <source>ends</source>
            <translation>закінчується</translation>
        </message>
        <message>
            <source>review</source>
            <translation>перевірка</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Just mine</source>
            <translation>Ли&amp;ше мої</translation>
        </message>
        <message>
            <source>Only the agreements whose version in force you drafted</source>
            <translation>Лише угоди, чинну версію яких склали ви</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Нагадування</translation>
        </message>
        <message>
            <source>Coming up within:</source>
            <translation>Найближчі за:</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Читання…</translation>
        </message>
        <message>
            <source>Could not read the reminders: {error}</source>
            <translation>Не вдалося прочитати нагадування: {error}</translation>
        </message>
        <message>
            <source>Nothing falls due in the next {days} days</source>
            <translation>У найближчі {days} днів нічого не настає</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) in the next {days} days</source>
            <translation>
                <numerusform>%n запис на найближчі {days} днів</numerusform>
                <numerusform>%n записи на найближчі {days} днів</numerusform>
                <numerusform>%n записів на найближчі {days} днів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{number}: {due} {when} and %n more</source>
            <translation>
                <numerusform>{number}: {due} {when} і ще %n</numerusform>
                <numerusform>{number}: {due} {when} і ще %n</numerusform>
                <numerusform>{number}: {due} {when} і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{number}: {due} {when}</source>
            <translation>{number}: {due} {when}</translation>
        </message>
        <message>
            <source>slamdesk reminders</source>
            <translation>Нагадування slamdesk</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (сьогодні)</translation>
        </message>
        <message numerus="yes">
            <source>{day} (in %n day(s))</source>
            <translation>
                <numerusform>{day} (через %n день)</numerusform>
                <numerusform>{day} (через %n дні)</numerusform>
                <numerusform>{day} (через %n днів)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} (%n day(s) ago)</source>
            <translation>
                <numerusform>{day} (%n день тому)</numerusform>
                <numerusform>{day} (%n дні тому)</numerusform>
                <numerusform>{day} (%n днів тому)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewDialog</name>
        <message>
            <source>The next term runs from {start} to {last_day}.</source>
            <translation>Наступний строк триває з {start} до {last_day}.</translation>
        </message>
        <message>
            <source>Its terms allow no more renewals.</source>
            <translation>Її умови не дозволяють подальших продовжень.</translation>
        </message>
        <message>
            <source>{number} ({customer}) renews only when someone confirms it: unconfirmed, it expires after {last_day}.</source>
            <translation>{number} ({customer}) продовжується лише тоді, коли хтось це підтвердить: без підтвердження строк її дії спливає після {last_day}.</translation>
        </message>
        <message>
            <source>Renew {number}</source>
            <translation>Продовжити {number}</translation>
        </message>
        <message>
            <source>Confirm renewal</source>
            <translation>Підтвердити продовження</translation>
        </message>
        <message>
            <source>Confirmed &amp;on:</source>
            <translation>&amp;Дата підтвердження:</translation>
        </message>
    </context>
    <context>
        <name>ReviewHeldDialog</name>
        <message>
            <source>Record the review of {number} ({customer}) once it has been held: who attended (one name a line), what was decided and what was said.</source>
            <translation>Запишіть перевірку {number} ({customer}) після її проведення: хто був присутній (одне ім’я в рядку), що вирішили й що було сказано.</translation>
        </message>
        <message>
            <source>A review is due on {day}.</source>
            <translation>Перевірка має відбутися {day}.</translation>
        </message>
        <message>
            <source>Periodic review of {number}</source>
            <translation>Періодична перевірка {number}</translation>
        </message>
        <message>
            <source>Record review</source>
            <translation>Записати перевірку</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>The amendment version this review led to, once it is drafted</source>
            <translation>Версія зміни, до якої призвела ця перевірка, після її складання</translation>
        </message>
        <message>
            <source>Held &amp;on:</source>
            <translation>&amp;Дата проведення:</translation>
        </message>
        <message>
            <source>&amp;Attendees:</source>
            <translation>&amp;Учасники:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Рішення:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Нотатки:</translation>
        </message>
        <message>
            <source>A&amp;mendment version:</source>
            <translation>Версія з&amp;міни:</translation>
        </message>
    </context>
    <context>
        <name>TermActions</name>
        <message>
            <source>{number} is running and renews as agreed</source>
            <translation>{number} діє й продовжується, як домовлено</translation>
        </message>
        <message>
            <source>{number} is ending: notice was given or its renewal is not confirmed</source>
            <translation>{number} завершується: надано повідомлення про припинення або продовження не підтверджено</translation>
        </message>
        <message>
            <source>{number} is expired</source>
            <translation>строк дії {number} сплив</translation>
        </message>
        <message>
            <source>{number} is terminated</source>
            <translation>{number} припинено</translation>
        </message>
        <message>
            <source>{number} is not signed yet</source>
            <translation>{number} ще не підписано</translation>
        </message>
        <message>
            <source>Term and re&amp;newal</source>
            <translation>Строк і &amp;продовження</translation>
        </message>
        <message>
            <source>&amp;Terms…</source>
            <translation>&amp;Умови…</translation>
        </message>
        <message>
            <source>A draft's start, initial term, renewal, notice and reviews</source>
            <translation>Початок, початковий строк, продовження, повідомлення й перевірки чернетки</translation>
        </message>
        <message>
            <source>Give &amp;notice…</source>
            <translation>&amp;Повідомити про припинення…</translation>
        </message>
        <message>
            <source>Record notice: the agreement ends at the end of a term</source>
            <translation>Записати повідомлення про припинення: угода закінчується наприкінці строку</translation>
        </message>
        <message>
            <source>&amp;Renew…</source>
            <translation>П&amp;родовжити…</translation>
        </message>
        <message>
            <source>Confirm an express renewal before the term ends</source>
            <translation>Підтвердити явне продовження до закінчення строку</translation>
        </message>
        <message>
            <source>Record periodic re&amp;view…</source>
            <translation>Записати періодичну пере&amp;вірку…</translation>
        </message>
        <message>
            <source>Who attended the periodic review and what was decided</source>
            <translation>Хто був на періодичній перевірці й що вирішили</translation>
        </message>
        <message>
            <source>Notice &amp;letter…</source>
            <translation>&amp;Лист про припинення…</translation>
        </message>
        <message>
            <source>Write the letter of the notice given as PDF (signed) and DOCX into the register</source>
            <translation>Записати лист про надане повідомлення про припинення у форматах PDF (з підписом) і DOCX до реєстру</translation>
        </message>
        <message>
            <source>only a representative or an administrator records notice</source>
            <translation>повідомлення записує лише представник або адміністратор</translation>
        </message>
        <message>
            <source>only a representative or an administrator renews</source>
            <translation>продовжує лише представник або адміністратор</translation>
        </message>
        <message>
            <source>only a representative, a quality checker or an administrator records reviews</source>
            <translation>перевірки записує лише представник, контролер якості або адміністратор</translation>
        </message>
        <message>
            <source>{action}: not now, {reason}</source>
            <translation>{action}: не зараз, {reason}</translation>
        </message>
        <message>
            <source>select an agreement in the register</source>
            <translation>виберіть угоду в реєстрі</translation>
        </message>
        <message>
            <source>only a draft's terms change; amend {number} to change its terms</source>
            <translation>умови змінюються лише в чернетці; створіть зміну до {number}, щоб змінити його умови</translation>
        </message>
        <message>
            <source>only a representative or an administrator sets terms</source>
            <translation>умови встановлює лише представник або адміністратор</translation>
        </message>
        <message>
            <source>Terms of {number}</source>
            <translation>Умови {number}</translation>
        </message>
        <message>
            <source>Terms of {number} saved</source>
            <translation>Умови {number} збережено</translation>
        </message>
        <message>
            <source>Notice recorded on {number}</source>
            <translation>Повідомлення про припинення {number} записано</translation>
        </message>
        <message>
            <source>{number} renewed</source>
            <translation>{number} продовжено</translation>
        </message>
        <message>
            <source>Periodic review of {number} recorded</source>
            <translation>Періодичну перевірку {number} записано</translation>
        </message>
        <message>
            <source>the notice letter of {number}</source>
            <translation>лист про припинення {number}</translation>
        </message>
        <message>
            <source>Notice letter of {number} written into {folder}: {files}</source>
            <translation>Лист про припинення {number} записано до {folder}: {files}</translation>
        </message>
    </context>
    <context>
        <name>TermDialogs</name>
        <message>
            <source>The customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Постачальник</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Ціна</translation>
        </message>
        <message>
            <source>Service quality</source>
            <translation>Якість обслуговування</translation>
        </message>
        <message>
            <source>No longer needed</source>
            <translation>Більше не потрібно</translation>
        </message>
        <message>
            <source>Changing provider</source>
            <translation>Зміна постачальника</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <source>No renewal: it ends after the initial term</source>
            <translation>Без продовження: закінчується після початкового строку</translation>
        </message>
        <message>
            <source>Renews by itself unless notice is given</source>
            <translation>Продовжується сам, якщо не надійшло повідомлення</translation>
        </message>
        <message>
            <source>Renews only when someone confirms it</source>
            <translation>Продовжується лише після підтвердження</translation>
        </message>
        <message>
            <source>days</source>
            <translation>днів</translation>
        </message>
        <message>
            <source>months</source>
            <translation>місяців</translation>
        </message>
        <message>
            <source>Either party</source>
            <translation>Будь-яка сторона</translation>
        </message>
        <message>
            <source>Keep it as it is</source>
            <translation>Залишити без змін</translation>
        </message>
        <message>
            <source>Change a service level</source>
            <translation>Змінити рівень обслуговування</translation>
        </message>
        <message>
            <source>Amend the terms</source>
            <translation>Змінити умови</translation>
        </message>
        <message>
            <source>Terminate it</source>
            <translation>Припинити угоду</translation>
        </message>
    </context>
    <context>
        <name>TermsDialog</name>
        <message>
            <source>Terms of {number}</source>
            <translation>Умови {number}</translation>
        </message>
        <message>
            <source>Save terms</source>
            <translation>Зберегти умови</translation>
        </message>
        <message>
            <source>When {number} starts, how long it runs, whether it renews, how much notice ends it and how often it is reviewed. Its end date follows from the start and the initial term.</source>
            <translation>Коли {number} починається, скільки діє, чи продовжується, за який строк повідомлення його можна припинити і як часто його переглядають. Дата закінчення випливає з дати початку й початкового строку.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>без обмежень</translation>
        </message>
        <message>
            <source>no reviews</source>
            <translation>без перевірок</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Дата початку:</translation>
        </message>
        <message>
            <source>&amp;Initial term (months):</source>
            <translation>&amp;Початковий строк (місяців):</translation>
        </message>
        <message>
            <source>&amp;Renewal:</source>
            <translation>Продо&amp;вження:</translation>
        </message>
        <message>
            <source>Each renewed &amp;term (months):</source>
            <translation>&amp;Кожен наступний строк (місяців):</translation>
        </message>
        <message>
            <source>Renewals at &amp;most:</source>
            <translation>&amp;Найбільше продовжень:</translation>
        </message>
        <message>
            <source>&amp;Notice period:</source>
            <translation>&amp;Строк повідомлення:</translation>
        </message>
        <message>
            <source>Notice &amp;counted in:</source>
            <translation>Строк &amp;рахується в:</translation>
        </message>
        <message>
            <source>Notice &amp;given by:</source>
            <translation>Повідомити &amp;може:</translation>
        </message>
        <message>
            <source>Re&amp;view every (months):</source>
            <translation>П&amp;еревірка кожні (місяців):</translation>
        </message>
    </context>
</TS>
