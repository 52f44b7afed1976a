<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgreementClausesDialog</name>
        <message>
            <source>Clauses of {number}</source>
            <translation>Пункти угоди {number}</translation>
        </message>
        <message>
            <source>Clauses of {number} — slamdesk</source>
            <translation>Пункти угоди {number} — slamdesk</translation>
        </message>
        <message>
            <source>Version {version} · {status} · clauses in {language} · {customer}</source>
            <translation>Версія {version} · {status} · мова пунктів: {language} · {customer}</translation>
        </message>
        <message>
            <source>A signed agreement never changes: amend it to change its clauses in a new version.</source>
            <translation>Підписана угода ніколи не змінюється: внесіть до неї зміни, щоб змінити її пункти в новій версії.</translation>
        </message>
        <message>
            <source>A terminated agreement is kept as it was signed.</source>
            <translation>Розірвана угода зберігається такою, якою її підписали.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; reviewers can request changes.</source>
            <translation>Пункти змінюються лише в чернетці; рецензенти можуть запросити зміни.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; an approved version goes on to signing.</source>
            <translation>Пункти змінюються лише в чернетці; затверджена версія переходить до підписання.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft.</source>
            <translation>Пункти змінюються лише в чернетці.</translation>
        </message>
        <message>
            <source>Read-only: version {version} is {status}. {advice}</source>
            <translation>Лише для читання: версія {version} має стан «{status}». {advice}</translation>
        </message>
        <message>
            <source>Read-only: {name} ({role}) cannot choose an agreement's clauses; representatives, legal reviewers and administrators can.</source>
            <translation>Лише для читання: {name} ({role}) не може вибирати пункти угоди; це можуть робити представники, юридичні рецензенти й адміністратори.</translation>
        </message>
        <message>
            <source>library v{version} · not in the agreement</source>
            <translation>бібліотека, версія {version} · не в угоді</translation>
        </message>
        <message>
            <source>written for this agreement</source>
            <translation>написаний для цієї угоди</translation>
        </message>
        <message>
            <source>library v{version} · edited</source>
            <translation>бібліотека, версія {version} · змінений</translation>
        </message>
        <message>
            <source>library v{version}</source>
            <translation>бібліотека, версія {version}</translation>
        </message>
        <message>
            <source>Written for this agreement; there is no library text to compare with.</source>
            <translation>Написаний для цієї угоди; немає тексту з бібліотеки для порівняння.</translation>
        </message>
        <message>
            <source>From the library, version {version}. The library now has version {newest}.</source>
            <translation>З бібліотеки, версія {version}. У бібліотеці вже є версія {newest}.</translation>
        </message>
        <message>
            <source>From the library, version {version}.</source>
            <translation>З бібліотеки, версія {version}.</translation>
        </message>
        <message>
            <source>Not in the agreement: tick it to include it and to edit the agreement's copy.</source>
            <translation>Не в угоді: позначте його, щоб додати й редагувати копію угоди.</translation>
        </message>
        <message>
            <source>The agreement's own clause.</source>
            <translation>Власний пункт угоди.</translation>
        </message>
        <message>
            <source>Edited: this agreement's copy differs from the library.</source>
            <translation>Змінено: копія цієї угоди відрізняється від бібліотеки.</translation>
        </message>
        <message>
            <source>Same as the library text.</source>
            <translation>Збігається з текстом бібліотеки.</translation>
        </message>
        <message>
            <source>No library clause to compare with.</source>
            <translation>Немає пункту з бібліотеки для порівняння.</translation>
        </message>
        <message>
            <source>No difference: the agreement uses the library text as it is.</source>
            <translation>Різниці немає: угода використовує текст бібліотеки без змін.</translation>
        </message>
        <message>
            <source>Save clauses</source>
            <translation>Зберегти пункти</translation>
        </message>
        <message>
            <source>Store the ticked clauses in this version (Ctrl+S)</source>
            <translation>Зберегти позначені пункти в цій версії (Ctrl+S)</translation>
        </message>
        <message>
            <source>{number} version {version}</source>
            <translation>{number}, версія {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) saved in {number}</source>
            <translation>
                <numerusform>%n пункт збережено в {number}</numerusform>
                <numerusform>%n пункти збережено в {number}</numerusform>
                <numerusform>%n пунктів збережено в {number}</numerusform>
            </translation>
        </message>
        <message>
            <source>The clauses of {number}</source>
            <translation>Пункти угоди {number}</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Вгору</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Move the clause up in the agreement (Alt+Up)</source>
            <translation>Перемістити пункт вище в угоді (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the clause down in the agreement (Alt+Down)</source>
            <translation>Перемістити пункт нижче в угоді (Alt+Down)</translation>
        </message>
        <message>
            <source>Reset to library text</source>
            <translation>Повернути текст бібліотеки</translation>
        </message>
        <message>
            <source>Put the library wording back (Ctrl+Z in the text undoes it)</source>
            <translation>Повернути формулювання з бібліотеки (Ctrl+Z у тексті скасовує це)</translation>
        </message>
        <message>
            <source>Clauses — tick those in the agreement</source>
            <translation>Пункти — позначте ті, що входять до угоди</translation>
        </message>
        <message>
            <source>The agreement's wording</source>
            <translation>Формулювання в угоді</translation>
        </message>
        <message>
            <source>Difference to library</source>
            <translation>Відмінності від бібліотеки</translation>
        </message>
        <message>
            <source>compared with the library clause this copy was picked from</source>
            <translation>порівняно з пунктом бібліотеки, з якого взято цю копію</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Перезавантажити</translation>
        </message>
        <message>
            <source>Read the clauses again as stored, dropping your unsaved edits</source>
            <translation>Знову прочитати пункти в збереженому вигляді, відкинувши ваші незбережені зміни</translation>
        </message>
    </context>
    <context>
        <name>ClauseLibraryDialog</name>
        <message>
            <source>Clause library — slamdesk</source>
            <translation>Бібліотека пунктів — slamdesk</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n clause(s)</source>
            <translation>
                <numerusform>{shown} з %n пункту</numerusform>
                <numerusform>{shown} з %n пунктів</numerusform>
                <numerusform>{shown} з %n пунктів</numerusform>
            </translation>
        </message>
        <message>
            <source>The clause “{title}”</source>
            <translation>Пункт «{title}»</translation>
        </message>
        <message>
            <source>{version} (latest)</source>
            <translation>{version} (остання)</translation>
        </message>
        <message>
            <source>Version {version}  (latest)</source>
            <translation>Версія {version}  (остання)</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Версія {version}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Version {version}&lt;/b&gt; is the latest.</source>
            <translation>&lt;b&gt;Версія {version}&lt;/b&gt; — остання.</translation>
        </message>
        <message>
            <source>Choose an older version to see what changed since.</source>
            <translation>Виберіть старішу версію, щоб побачити, що змінилося відтоді.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes from version {old} to version {latest}&lt;/b&gt; (latest)</source>
            <translation>&lt;b&gt;Зміни від версії {old} до версії {latest}&lt;/b&gt; (остання)</translation>
        </message>
        <message>
            <source>Title: {old} → {new}</source>
            <translation>Назва: {old} → {new}</translation>
        </message>
        <message>
            <source>The text is the same; only the title changed.</source>
            <translation>Текст той самий; змінилася лише назва.</translation>
        </message>
        <message>
            <source>Text of version {version} copied in; save to make it the latest version.</source>
            <translation>Текст версії {version} скопійовано; збережіть, щоб зробити його останньою версією.</translation>
        </message>
        <message>
            <source>Read-only: you are working as {name} ({role}). The clause library is kept by legal reviewers and administrators; ask one of them to change a clause. Agreements may still edit their own copy.</source>
            <translation>Лише для читання: ви працюєте як {name} ({role}). Бібліотеку пунктів ведуть юридичні рецензенти й адміністратори; попросіть когось із них змінити пункт. Угоди все одно можуть редагувати власну копію.</translation>
        </message>
        <message>
            <source>Only legal reviewers and administrators add clauses</source>
            <translation>Додавати пункти можуть лише юридичні рецензенти й адміністратори</translation>
        </message>
        <message>
            <source>Unsaved changes: saving adds a new version; the old text stays in the history.</source>
            <translation>Незбережені зміни: збереження додасть нову версію; старий текст залишиться в історії.</translation>
        </message>
        <message>
            <source>Save clause</source>
            <translation>Зберегти пункт</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>Збережено як версію {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) saved as version {version}</source>
            <translation>Пункт «{title}» ({language}) збережено як версію {version}</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert the changes to this clause first.</source>
            <translation>Спершу збережіть (Ctrl+S) або скасуйте зміни в цьому пункті.</translation>
        </message>
        <message>
            <source>“{title}” added to the library as version {version}.</source>
            <translation>«{title}» додано до бібліотеки як версію {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) added to the library</source>
            <translation>Пункт «{title}» ({language}) додано до бібліотеки</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Усі мови</translation>
        </message>
        <message>
            <source>Filter by key, title or text</source>
            <translation>Фільтр за ключем, назвою або текстом</translation>
        </message>
        <message>
            <source>Copy this text into the editor</source>
            <translation>Скопіювати цей текст у редактор</translation>
        </message>
        <message>
            <source>Start from an older wording; save it to make it the latest version</source>
            <translation>Почати зі старішого формулювання; збережіть його, щоб зробити останньою версією</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>&amp;Зберегти як нову версію</translation>
        </message>
        <message>
            <source>&amp;New clause…</source>
            <translation>Новий &amp;пункт…</translation>
        </message>
        <message>
            <source>Save as new version ({shortcut})</source>
            <translation>Зберегти як нову версію ({shortcut})</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Скасувати зміни</translation>
        </message>
        <message>
            <source>Drop the unsaved edits to this clause</source>
            <translation>Відкинути незбережені зміни в цьому пункті</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Новий пункт…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Ключ:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Мова:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Версія:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Version history of this clause in this language</source>
            <translation>Історія версій цього пункту цією мовою</translation>
        </message>
    </context>
    <context>
        <name>NewClauseDialog</name>
        <message>
            <source>New library clause</source>
            <translation>Новий пункт бібліотеки</translation>
        </message>
        <message>
            <source>A clause is known by its key in each language, e.g. &lt;i&gt;data_protection&lt;/i&gt;. Use an existing key to add that clause in another language; saving a key that already exists in the language adds a new version of it.</source>
            <translation>Пункт визначається своїм ключем у кожній мові, напр. &lt;i&gt;data_protection&lt;/i&gt;. Використайте наявний ключ, щоб додати цей пункт іншою мовою; збереження ключа, який уже є в цій мові, додає його нову версію.</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>Додати до бібліотеки</translation>
        </message>
        <message>
            <source>letters, digits and _, e.g. data_protection</source>
            <translation>літери, цифри та _, напр. data_protection</translation>
        </message>
        <message>
            <source>as printed in the agreement</source>
            <translation>як надруковано в угоді</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Ключ:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Мова:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Назва:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Текст:</translation>
        </message>
    </context>
</TS>
