<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About slamdesk</source>
            <translation>Про slamdesk</translation>
        </message>
        <message>
            <source>{database} (read-only: {reason})</source>
            <translation>{database} (лише читання: {reason})</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Ліцензія</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>База даних</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Папка даних</translation>
        </message>
        <message>
            <source>Built with</source>
            <translation>Створено за допомогою</translation>
        </message>
        <message>
            <source>Service-level agreements from requirements to signature, and after.</source>
            <translation>Угоди про рівень обслуговування: від вимог до підписання й далі.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundJob</name>
        <message>
            <source>unexpected error: {kind}: {error}</source>
            <translation>неочікувана помилка: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>CommentDialog</name>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Коментар:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Причина:</translation>
        </message>
    </context>
    <context>
        <name>Diff</name>
        <message>
            <source>removed</source>
            <translation>вилучено</translation>
        </message>
        <message>
            <source>added</source>
            <translation>додано</translation>
        </message>
        <message>
            <source>No difference.</source>
            <translation>Відмінностей немає.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Draft</source>
            <translation>Чернетка</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>На перевірці</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Запитано зміни</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Затверджено</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Підписано</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Чинна</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Припинено</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представник</translation>
        </message>
        <message>
            <source>Legal reviewer</source>
            <translation>Юридичний рецензент</translation>
        </message>
        <message>
            <source>Quality checker</source>
            <translation>Контролер якості</translation>
        </message>
        <message>
            <source>Customer signatory</source>
            <translation>Підписант замовника</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Адміністратор</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Постачальник</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Замовник</translation>
        </message>
        <message>
            <source>Sent to customer</source>
            <translation>Надіслано замовнику</translation>
        </message>
        <message>
            <source>Approved by customer</source>
            <translation>Затверджено замовником</translation>
        </message>
        <message>
            <source>{size} B</source>
            <translation>{size} Б</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} КіБ</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <source>&amp;Keyboard shortcuts…</source>
            <translation>&amp;Комбінації клавіш…</translation>
        </message>
        <message>
            <source>&amp;About slamdesk…</source>
            <translation>&amp;Про slamdesk…</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Мова системи ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>slamdesk will be in {language} the next time it starts.</source>
            <translation>Наступного запуску slamdesk буде мовою: {language}.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>slamdesk: choose your profile</source>
            <translation>slamdesk: виберіть свій профіль</translation>
        </message>
        <message>
            <source>slamdesk: sign in to act</source>
            <translation>slamdesk: увійдіть, щоб виконати дію</translation>
        </message>
        <message>
            <source>Who is working? Choose your profile; a profile with a passphrase asks for it.</source>
            <translation>Хто працює? Виберіть свій профіль; профіль із парольною фразою попросить її ввести.</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Профіль</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольна фраза</translation>
        </message>
        <message>
            <source>required</source>
            <translation>потрібна</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>Парольна &amp;фраза:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Увійти</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вийти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Введіть свою парольну фразу.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Оновити</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {person} changed {what} at {time}, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Не збережено:&lt;/b&gt; після того як ви відкрили, {what} змінено ({person}, {time}). Ваші правки досі тут. &lt;b&gt;Оновити&lt;/b&gt; покаже їхню версію й відкине ваші незбережені правки.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {what} was changed elsewhere, after you opened it. Your edits are still here. &lt;b&gt;Reload&lt;/b&gt; shows their version and drops your unsaved edits.</source>
            <translation>&lt;b&gt;Не збережено:&lt;/b&gt; {what}: зміни внесено деінде після того, як ви відкрили. Ваші правки досі тут. &lt;b&gt;Оновити&lt;/b&gt; покаже ту версію й відкине ваші незбережені правки.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. No signing key exists yet: choose a passphrase of at least 8 characters to protect it and type it twice. Keep it safe; it is needed for every signed export.</source>
            <translation>Записати {what} у форматах PDF і DOCX до реєстру. PDF підписується ключем постачальника. Ключа підпису ще немає: виберіть парольну фразу щонайменше з 8 символів для його захисту й введіть її двічі. Зберігайте її надійно: вона потрібна для кожного підписаного експорту.</translation>
        </message>
        <message>
            <source>Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. Type the passphrase of the provider's signing key.</source>
            <translation>Записати {what} у форматах PDF і DOCX до реєстру. PDF підписується ключем постачальника. Введіть парольну фразу ключа підпису постачальника.</translation>
        </message>
        <message>
            <source>Export {what}</source>
            <translation>Експортувати {what}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Експортувати</translation>
        </message>
        <message>
            <source>&amp;Sign the PDF (PAdES, with the provider's certificate)</source>
            <translation>&amp;Підписати PDF (PAdES, сертифікатом постачальника)</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>Парольна &amp;фраза:</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>Під&amp;твердити:</translation>
        </message>
        <message>
            <source>Export unsigned</source>
            <translation>Експортувати без підпису</translation>
        </message>
        <message>
            <source>the two passphrases differ</source>
            <translation>дві парольні фрази не збігаються</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Fit width</source>
            <translation>За шириною</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Уся сторінка</translation>
        </message>
        <message>
            <source>Preview of {number} (PDF, not exported)</source>
            <translation>Попередній перегляд {number} (PDF, не експортовано)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Попередній перегляд</translation>
        </message>
        <message>
            <source>◀ &amp;Previous</source>
            <translation>◀ &amp;Попередня</translation>
        </message>
        <message>
            <source>Previous page ({keys})</source>
            <translation>Попередня сторінка ({keys})</translation>
        </message>
        <message>
            <source>&amp;Next ▶</source>
            <translation>&amp;Наступна ▶</translation>
        </message>
        <message>
            <source>Next page ({keys})</source>
            <translation>Наступна сторінка ({keys})</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Перша сторінка</translation>
        </message>
        <message>
            <source>First page ({keys})</source>
            <translation>Перша сторінка ({keys})</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Остання сторінка</translation>
        </message>
        <message>
            <source>Last page ({keys})</source>
            <translation>Остання сторінка ({keys})</translation>
        </message>
        <message>
            <source>Zoom out ({keys})</source>
            <translation>Зменшити ({keys})</translation>
        </message>
        <message>
            <source>Zoom in ({keys})</source>
            <translation>Збільшити ({keys})</translation>
        </message>
        <message>
            <source>Fit the page width ({keys})</source>
            <translation>Припасувати до ширини сторінки ({keys})</translation>
        </message>
        <message>
            <source>Go to page</source>
            <translation>Перейти до сторінки</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>з {count}</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Масштаб</translation>
        </message>
        <message>
            <source>Pa&amp;ge</source>
            <translation>&amp;Сторінка</translation>
        </message>
        <message>
            <source>&amp;Export to register…</source>
            <translation>&amp;Експортувати до реєстру…</translation>
        </message>
        <message>
            <source>A preview: the PDF as an export would write it, before the provider's signature. Nothing is written to the register.</source>
            <translation>Попередній перегляд: PDF таким, яким його запише експорт, до підпису постачальника. До реєстру нічого не записується.</translation>
        </message>
    </context>
    <context>
        <name>QuoteText</name>
        <message numerus="yes">
            <source>%n users</source>
            <translation>
                <numerusform>%n користувач</numerusform>
                <numerusform>%n користувачі</numerusform>
                <numerusform>%n користувачів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n devices</source>
            <translation>
                <numerusform>%n пристрій</numerusform>
                <numerusform>%n пристрої</numerusform>
                <numerusform>%n пристроїв</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sites</source>
            <translation>
                <numerusform>%n локація</numerusform>
                <numerusform>%n локації</numerusform>
                <numerusform>%n локацій</numerusform>
            </translation>
        </message>
        <message>
            <source>{level} cannot be offered:</source>
            <translation>{level} не можна запропонувати:</translation>
        </message>
        <message>
            <source>{level}: {amount} per month</source>
            <translation>{level}: {amount} на місяць</translation>
        </message>
        <message>
            <source>custom price (list {amount}): {reason}</source>
            <translation>індивідуальна ціна (за прайсом {amount}): {reason}</translation>
        </message>
        <message>
            <source>fixed fee {amount}</source>
            <translation>фіксована плата {amount}</translation>
        </message>
        <message>
            <source>volume discount {percent}</source>
            <translation>знижка за обсяг {percent}</translation>
        </message>
        <message>
            <source>regional surcharge {percent}</source>
            <translation>регіональна надбавка {percent}</translation>
        </message>
        <message>
            <source>{price} × {volume} per month</source>
            <translation>{price} × {volume} на місяць</translation>
        </message>
        <message>
            <source>{percent} availability, {coverage}</source>
            <translation>доступність {percent}, {coverage}</translation>
        </message>
        <message>
            <source>{count} per month</source>
            <translation>{count} на місяць</translation>
        </message>
        <message>
            <source>fixed price</source>
            <translation>фіксована ціна</translation>
        </message>
    </context>
    <context>
        <name>RedraftDialog</name>
        <message>
            <source>Update the lines of {number}</source>
            <translation>Оновити рядки {number}</translation>
        </message>
        <message>
            <source>Update lines</source>
            <translation>Оновити рядки</translation>
        </message>
        <message>
            <source>Replace the lines of {number} with the priced requirements of one of {customer}'s requirements documents, e.g. a new version made for this amendment.</source>
            <translation>Замінити рядки {number} оціненими вимогами з одного з документів вимог замовника {customer}, наприклад з нової версії, створеної для цієї додаткової угоди.</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status}) — the agreement's now</source>
            <translation>{title}, версія {version} ({status}) — чинна для угоди</translation>
        </message>
        <message>
            <source>{title}, version {version} ({status})</source>
            <translation>{title}, версія {version} ({status})</translation>
        </message>
        <message>
            <source>Requirements &amp;document:</source>
            <translation>&amp;Документ вимог:</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Комбінації клавіш</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Меню</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Команда</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавіші</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign {number}</source>
            <translation>Підписати {number}</translation>
        </message>
        <message>
            <source>Record a signature: the signatory's full name and title as they appear on the agreement. The first signature freezes this version.</source>
            <translation>Зареєструйте підпис: повне ім'я та посаду підписанта так, як їх зазначено в угоді. Перший підпис фіксує цю версію.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Підписати</translation>
        </message>
        <message>
            <source>e.g. Account manager</source>
            <translation>напр., менеджер з клієнтів</translation>
        </message>
        <message>
            <source>&amp;Party:</source>
            <translation>&amp;Сторона:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Ім'я підписанта:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>&amp;Посада підписанта:</translation>
        </message>
    </context>
    <context>
        <name>UnsavedChanges</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Незбережені зміни</translation>
        </message>
        <message>
            <source>Before {doing}: these have changes that are not saved.</source>
            <translation>Перш ніж {doing}: ось що має незбережені зміни.</translation>
        </message>
        <message>
            <source>&amp;Save all</source>
            <translation>&amp;Зберегти все</translation>
        </message>
        <message>
            <source>&amp;Discard all</source>
            <translation>&amp;Відкинути все</translation>
        </message>
        <message>
            <source>{what} has changes that are not saved.</source>
            <translation>{what}: є незбережені зміни.</translation>
        </message>
    </context>
    <context>
        <name>UseCaseDialog</name>
        <message>
            <source>it</source>
            <translation>це</translation>
        </message>
    </context>
</TS>
