<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgreementWizard</name>
        <message>
            <source>New agreement</source>
            <translation>Нова угода</translation>
        </message>
    </context>
    <context>
        <name>CustomerPage</name>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Choose the customer this agreement is for, or record a new one with a contact person.</source>
            <translation>Виберіть замовника, для якого ця угода, або внесіть нового разом із контактною особою.</translation>
        </message>
        <message>
            <source>&amp;Existing customer</source>
            <translation>Н&amp;аявний замовник</translation>
        </message>
        <message>
            <source>Ne&amp;w customer</source>
            <translation>Н&amp;овий замовник</translation>
        </message>
        <message>
            <source>Registered company name</source>
            <translation>Зареєстрована назва компанії</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Виберіть країну…</translation>
        </message>
        <message>
            <source>e.g. IT manager</source>
            <translation>напр. ІТ-менеджер</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Замовник:</translation>
        </message>
        <message>
            <source>Customer n&amp;ame:</source>
            <translation>Наз&amp;ва замовника:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Країна:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>Контактна о&amp;соба:</translation>
        </message>
        <message>
            <source>Contact &amp;title:</source>
            <translation>&amp;Посада контактної особи:</translation>
        </message>
        <message>
            <source>Contact e-&amp;mail:</source>
            <translation>&amp;Ел. пошта контактної особи:</translation>
        </message>
        <message>
            <source>Contact p&amp;hone:</source>
            <translation>&amp;Телефон контактної особи:</translation>
        </message>
        <message>
            <source>choose a customer or record a new one</source>
            <translation>виберіть замовника або внесіть нового</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>The agreement is signed and in the register.</source>
            <translation>Угоду підписано, і вона є в реєстрі.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed. It was not exported; select it in the register and choose &lt;i&gt;Export to register&lt;/i&gt; (Ctrl+E) when you need the documents.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Угоду &lt;b&gt;{number}&lt;/b&gt; підписано. Її не експортовано; коли знадобляться документи, виберіть її в реєстрі та виконайте &lt;i&gt;Експорт до реєстру&lt;/i&gt; (Ctrl+E).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{number}&lt;/b&gt; is signed and these files were written into the register:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Угоду &lt;b&gt;{number}&lt;/b&gt; підписано, і до реєстру записано такі файли:&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Press &lt;i&gt;Finish&lt;/i&gt;: the register then shows the new agreement selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Натисніть &lt;i&gt;Завершити&lt;/i&gt;: реєстр покаже нову угоду вибраною.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
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
            <translation>Угода про операційний рівень (OLA)</translation>
        </message>
        <message>
            <source>Underpinning contract</source>
            <translation>Підтримувальний договір</translation>
        </message>
        <message>
            <source>{name}, as legal reviewer</source>
            <translation>{name}, як юридичний рецензент</translation>
        </message>
        <message>
            <source>{name}, as quality checker</source>
            <translation>{name}, як контролер якості</translation>
        </message>
        <message>
            <source>{name}, as customer representative</source>
            <translation>{name}, як представник замовника</translation>
        </message>
        <message>
            <source>Draft and review request</source>
            <translation>Чернетка й запит на перевірку</translation>
        </message>
        <message>
            <source>Name the agreement and its period. The draft is then recorded and sent to a reviewer; after this step the requirements and prices are fixed.</source>
            <translation>Назвіть угоду та вкажіть її строк. Потім чернетку буде записано й надіслано рецензентові; після цього кроку вимоги та ціни зафіксовано.</translation>
        </message>
        <message>
            <source>e.g. IT service-level agreement 2027–2028</source>
            <translation>напр. Угода про рівень обслуговування ІТ 2027–2028</translation>
        </message>
        <message>
            <source>Agreement &amp;title:</source>
            <translation>Назва &amp;угоди:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Дата &amp;початку:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Дата &amp;завершення:</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Рецензент:</translation>
        </message>
        <message>
            <source>Review &amp;due by:</source>
            <translation>Перевірити &amp;до:</translation>
        </message>
        <message>
            <source>Create draft and send for &amp;review</source>
            <translation>Створити &amp;чернетку й надіслати на перевірку</translation>
        </message>
        <message numerus="yes">
            <source>For &lt;b&gt;{customer}&lt;/b&gt;: %n requirement(s), &lt;b&gt;{amount}&lt;/b&gt; per month.</source>
            <translation>
                <numerusform>Для &lt;b&gt;{customer}&lt;/b&gt;: %n вимога, &lt;b&gt;{amount}&lt;/b&gt; на місяць.</numerusform>
                <numerusform>Для &lt;b&gt;{customer}&lt;/b&gt;: %n вимоги, &lt;b&gt;{amount}&lt;/b&gt; на місяць.</numerusform>
                <numerusform>Для &lt;b&gt;{customer}&lt;/b&gt;: %n вимог, &lt;b&gt;{amount}&lt;/b&gt; на місяць.</numerusform>
            </translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Жоден інший профіль не може перевіряти; додайте юридичного рецензента або контролера якості.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Contract register</source>
            <translation>Реєстр договорів</translation>
        </message>
        <message>
            <source>The signed agreement can be written as PDF and DOCX into the register folder, where each file is recorded with its SHA-256. The PDF is signed with the provider's key.</source>
            <translation>Підписану угоду можна записати у форматах PDF і DOCX до теки реєстру, де кожен файл обліковується з його SHA-256. PDF підписується ключем постачальника.</translation>
        </message>
        <message>
            <source>&amp;Export PDF and DOCX into the register now</source>
            <translation>&amp;Експортувати PDF і DOCX до реєстру зараз</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is &lt;b&gt;signed&lt;/b&gt; by both parties: {amount} per month from {start} to {end}.&lt;br&gt;&lt;br&gt;Register folder: {folder}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; &lt;b&gt;підписано&lt;/b&gt; обома сторонами: {amount} на місяць з {start} по {end}.&lt;br&gt;&lt;br&gt;Тека реєстру: {folder}</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>Е&amp;кспортувати</translation>
        </message>
        <message>
            <source>&amp;Continue without export</source>
            <translation>&amp;Продовжити без експорту</translation>
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>Role or title as printed on the agreement</source>
            <translation>Роль або посада, як зазначено в угоді</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Повне &amp;ім'я:</translation>
        </message>
        <message>
            <source>Full na&amp;me:</source>
            <translation>Повне і&amp;м'я:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Посада:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>П&amp;осада:</translation>
        </message>
        <message>
            <source>Recorded b&amp;y:</source>
            <translation>&amp;Фіксує:</translation>
        </message>
        <message>
            <source>Re&amp;corded by:</source>
            <translation>Фі&amp;ксує:</translation>
        </message>
        <message>
            <source>Provider signatory: signed</source>
            <translation>Підписант постачальника: підписано</translation>
        </message>
        <message>
            <source>Provider signatory</source>
            <translation>Підписант постачальника</translation>
        </message>
        <message>
            <source>Customer signatory: signed</source>
            <translation>Підписант замовника: підписано</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Підписант замовника</translation>
        </message>
        <message>
            <source>Recorded by {name}.</source>
            <translation>Зафіксовано: {name}.</translation>
        </message>
    </context>
    <context>
        <name>PricingPage</name>
        <message>
            <source>Pricing</source>
            <translation>Ціни</translation>
        </message>
        <message>
            <source>Monthly price of each requirement at every service level. Choose a level per row, or click a price. Greyed prices cannot be offered; point at one to see why.</source>
            <translation>Місячна ціна кожної вимоги на кожному рівні обслуговування. Виберіть рівень для кожного рядка або клацніть ціну. Сірі ціни неможливо запропонувати; наведіть на таку ціну, щоб побачити чому.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Вимога</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Обсяг</translation>
        </message>
        <message>
            <source>Chosen level</source>
            <translation>Вибраний рівень</translation>
        </message>
        <message>
            <source>{amount} / month</source>
            <translation>{amount} / міс.</translation>
        </message>
        <message>
            <source>Choose a level…</source>
            <translation>Виберіть рівень…</translation>
        </message>
        <message>
            <source>Total per month: choose a level for each requirement</source>
            <translation>Разом на місяць: виберіть рівень для кожної вимоги</translation>
        </message>
        <message>
            <source>Subtotal: {amount}</source>
            <translation>Проміжний підсумок: {amount}</translation>
        </message>
        <message>
            <source>Tax {rate}: {amount}</source>
            <translation>Податок {rate}: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}</source>
            <translation>Разом на місяць: {amount}</translation>
        </message>
        <message>
            <source>Total per month: {amount}  (some requirements have no level yet)</source>
            <translation>Разом на місяць: {amount}  (для деяких вимог ще не вибрано рівень)</translation>
        </message>
        <message>
            <source>choose a level for requirement {rows}</source>
            <translation>виберіть рівень для вимоги {rows}</translation>
        </message>
        <message>
            <source>choose a level for requirements {rows}</source>
            <translation>виберіть рівень для вимог {rows}</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
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
        <message numerus="yes">
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n користувач</numerusform>
                <numerusform>%n користувачі</numerusform>
                <numerusform>%n користувачів</numerusform>
            </translation>
        </message>
        <message>
            <source>How many users the service is for</source>
            <translation>Для скількох користувачів призначено послугу</translation>
        </message>
        <message numerus="yes">
            <source>%n device(s)</source>
            <translation>
                <numerusform>%n пристрій</numerusform>
                <numerusform>%n пристрої</numerusform>
                <numerusform>%n пристроїв</numerusform>
            </translation>
        </message>
        <message>
            <source>How many devices the service is for</source>
            <translation>Для скількох пристроїв призначено послугу</translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n об'єкт</numerusform>
                <numerusform>%n об'єкти</numerusform>
                <numerusform>%n об'єктів</numerusform>
            </translation>
        </message>
        <message>
            <source>How many sites the service is for</source>
            <translation>Для скількох об'єктів призначено послугу</translation>
        </message>
        <message numerus="yes">
            <source>%n ticket(s) per month</source>
            <translation>
                <numerusform>%n заявка на місяць</numerusform>
                <numerusform>%n заявки на місяць</numerusform>
                <numerusform>%n заявок на місяць</numerusform>
            </translation>
        </message>
        <message>
            <source>How many tickets per month the service is for</source>
            <translation>Для скількох заявок на місяць призначено послугу</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) per month</source>
            <translation>
                <numerusform>%n одиниця на місяць</numerusform>
                <numerusform>%n одиниці на місяць</numerusform>
                <numerusform>%n одиниць на місяць</numerusform>
            </translation>
        </message>
        <message>
            <source>How many items per month the service is for</source>
            <translation>Для скількох одиниць на місяць призначено послугу</translation>
        </message>
        <message>
            <source>e.g. Göteborg office</source>
            <translation>напр. Офіс у Львові</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Будь-який</translation>
        </message>
        <message>
            <source>Where the site is; some levels are offered in some regions only</source>
            <translation>Де розташований об'єкт; деякі рівні пропонуються лише в окремих регіонах</translation>
        </message>
        <message>
            <source>Remove this requirement</source>
            <translation>Вилучити цю вимогу</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPage</name>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Об'єкт</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <source>Hours of coverage</source>
            <translation>Години обслуговування</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Пріоритети</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Обсяг</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Вимоги</translation>
        </message>
        <message>
            <source>One row per need: which service, where, during which hours, for which priorities, how many.</source>
            <translation>Один рядок на кожну потребу: яка послуга, де, у які години, для яких пріоритетів, скільки.</translation>
        </message>
        <message>
            <source>&amp;Add requirement</source>
            <translation>Д&amp;одати вимогу</translation>
        </message>
        <message>
            <source>Tax (e.g. VAT) added to the monthly price, in percent</source>
            <translation>Податок (напр. ПДВ), що додається до місячної ціни, у відсотках</translation>
        </message>
        <message>
            <source>&amp;Tax rate:</source>
            <translation>Ставка &amp;податку:</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review</source>
            <translation>Перевірка</translation>
        </message>
        <message>
            <source>A legal reviewer or quality checker, not the author, reads the draft and approves it as themselves.</source>
            <translation>Юридичний рецензент або контролер якості, а не автор, читає чернетку й затверджує її від власного імені.</translation>
        </message>
        <message>
            <source>What was checked, and anything the signatories should know</source>
            <translation>Що перевірено та все, що мають знати підписанти</translation>
        </message>
        <message>
            <source>Re&amp;viewer:</source>
            <translation>&amp;Рецензент:</translation>
        </message>
        <message>
            <source>Who acts:</source>
            <translation>Хто діє:</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Коментар:</translation>
        </message>
        <message>
            <source>&amp;Approve as reviewer</source>
            <translation>&amp;Затвердити як рецензент</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review; {name} is the reviewer named in its round.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; на перевірці; {name} — рецензент, призначений у цьому раунді.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is in review.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; на перевірці.</translation>
        </message>
        <message>
            <source>No other profile may review; add a legal reviewer or a quality checker.</source>
            <translation>Жоден інший профіль не може перевіряти; додайте юридичного рецензента або контролера якості.</translation>
        </message>
        <message>
            <source>{name} is signed in and approves now.</source>
            <translation>{name} увійшов(-ла) і затверджує зараз.</translation>
        </message>
        <message>
            <source>Only &lt;b&gt;{reviewer}&lt;/b&gt; can approve; {author} drafted it. Approving hands over: {reviewer} signs in to their own profile (with its passphrase, if it has one) and the approval is theirs.</source>
            <translation>Затвердити може лише &lt;b&gt;{reviewer}&lt;/b&gt;; {author} склав(-ла) чернетку. Затвердження передає дію: {reviewer} входить у власний профіль (з його парольною фразою, якщо вона є), і затвердження буде від його імені.</translation>
        </message>
        <message>
            <source>&amp;Approve as {name}…</source>
            <translation>&amp;Затвердити як {name}…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Затвердити</translation>
        </message>
        <message>
            <source>Choose who reviews the agreement.</source>
            <translation>Виберіть, хто перевіряє угоду.</translation>
        </message>
        <message>
            <source>{name} approves {number}: sign in as {name} to act. The approval is recorded under this profile.</source>
            <translation>{name} затверджує {number}: увійдіть як {name}, щоб діяти. Затвердження буде записано під цим профілем.</translation>
        </message>
        <message>
            <source>Approved by {name}.</source>
            <translation>Затверджено: {name}.</translation>
        </message>
    </context>
    <context>
        <name>SigningPage</name>
        <message>
            <source>Signatures</source>
            <translation>Підписи</translation>
        </message>
        <message>
            <source>Type each signatory's name and title. The first signature freezes the agreement's content and its SHA-256; the second makes it signed. One person never records both.</source>
            <translation>Введіть ім'я та посаду кожного підписанта. Перший підпис фіксує вміст угоди та її SHA-256; другий робить її підписаною. Одна особа ніколи не фіксує обидва підписи.</translation>
        </message>
        <message>
            <source>&amp;Sign for both parties…</source>
            <translation>Підписати за обидві &amp;сторони…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is approved and ready for signing.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; затверджено й готово до підписання.</translation>
        </message>
        <message>
            <source>No profile may record this signature; add one (a customer signatory) first.</source>
            <translation>Жоден профіль не може зафіксувати цей підпис; спершу додайте такий профіль (підписанта замовника).</translation>
        </message>
        <message>
            <source>Your profile may not record the provider's signature.</source>
            <translation>Ваш профіль не може фіксувати підпис постачальника.</translation>
        </message>
        <message>
            <source>{name} is signed in and records it.</source>
            <translation>{name} увійшов(-ла) в систему і фіксує його.</translation>
        </message>
        <message>
            <source>{name} records it as themselves: they sign in when you sign (with their passphrase, if they have one).</source>
            <translation>{name} фіксує його від власного імені: ця особа входить, коли ви підписуєте (зі своєю парольною фразою, якщо вона є).</translation>
        </message>
        <message>
            <source>{name} records the customer's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} фіксує підпис замовника на {number}: увійдіть як {name}, щоб діяти. Підпис буде записано під цим профілем.</translation>
        </message>
        <message>
            <source>{name} records the provider's signature on {number}: sign in as {name} to act. The signature is recorded under this profile.</source>
            <translation>{name} фіксує підпис постачальника на {number}: увійдіть як {name}, щоб діяти. Підпис буде записано під цим профілем.</translation>
        </message>
        <message>
            <source>no profile may record the customer's signature here; add a customer signatory profile</source>
            <translation>жоден профіль не може зафіксувати тут підпис замовника; додайте профіль підписанта замовника</translation>
        </message>
        <message>
            <source>no profile may record the provider's signature here; add a representative</source>
            <translation>жоден профіль не може зафіксувати тут підпис постачальника; додайте представника</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Step {number} of {total} · {name}</source>
            <translation>Крок {number} з {total} · {name}</translation>
        </message>
        <message>
            <source>{name}'s profile is no longer active; nobody can act as them.</source>
            <translation>Профіль {name} більше не активний; ніхто не може діяти від його імені.</translation>
        </message>
    </context>
</TS>
