<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back up</source>
            <translation>Резервне копіювання</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Відновлення з резервної копії</translation>
        </message>
        <message>
            <source>slamdesk backups (*.db)</source>
            <translation>Резервні копії slamdesk (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Усі файли (*)</translation>
        </message>
        <message>
            <source>Back &amp;up now…</source>
            <translation>&amp;Створити резервну копію зараз…</translation>
        </message>
        <message>
            <source>Copy the database into the backups folder beside it, checked, while you keep working</source>
            <translation>Скопіювати базу даних до теки резервних копій поруч із нею, з перевіркою, поки ви працюєте далі</translation>
        </message>
        <message>
            <source>Rest&amp;ore…</source>
            <translation>Відн&amp;овити…</translation>
        </message>
        <message>
            <source>Replace the database with a backup (administrators); the database as it is is kept as a backup first</source>
            <translation>Замінити базу даних резервною копією (адміністратори); поточну базу даних спершу буде збережено як резервну копію</translation>
        </message>
        <message>
            <source>Backing up {database}…
The copy goes into the backups folder beside it, checked before it is kept.</source>
            <translation>Резервне копіювання {database}…
Копія потрапить до теки резервних копій поруч і буде перевірена перед збереженням.</translation>
        </message>
        <message>
            <source>Backing up {database}…</source>
            <translation>Резервне копіювання {database}…</translation>
        </message>
        <message>
            <source>Replace everything in {database} with the backup {backup} of {when}?</source>
            <translation>Замінити весь вміст {database} резервною копією {backup} від {when}?</translation>
        </message>
        <message>
            <source>Everything saved since then is replaced by the backup ({size}, schema {revision}), for everyone who uses {database}. The database as it is now is kept in the backups folder first, so you can go back to it.</source>
            <translation>Усе, що збережено відтоді, буде замінено резервною копією ({size}, схема {revision}) для всіх, хто користується {database}. Поточну базу даних спершу буде збережено в теці резервних копій, тож до неї можна буде повернутися.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Відновити</translation>
        </message>
        <message>
            <source>Restore: cancelled; nothing changed.</source>
            <translation>Відновлення: скасовано; нічого не змінено.</translation>
        </message>
        <message>
            <source>Restoring {backup} into {database}…
First the database as it is now is kept as a backup; it is replaced when the copy is complete.</source>
            <translation>Відновлення {backup} до {database}…
Спершу поточну базу даних буде збережено як резервну копію; її буде замінено, коли копіювання завершиться.</translation>
        </message>
        <message>
            <source>Restoring {backup}…</source>
            <translation>Відновлення {backup}…</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size})</source>
            <translation>Резервну копію збережено в {path} ({size})</translation>
        </message>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: не виконано. {error}</translation>
        </message>
        <message>
            <source>No backup was made: {error}</source>
            <translation>Резервну копію не створено: {error}</translation>
        </message>
        <message>
            <source>Restored {backup}. The database as it was is kept as {kept}.</source>
            <translation>{backup} відновлено. Попередню базу даних збережено як {kept}.</translation>
        </message>
        <message>
            <source>It is in {folder}.</source>
            <translation>Вона в теці {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>Connect to a team database</source>
            <translation>Під'єднання до командної бази даних</translation>
        </message>
        <message>
            <source>your own PostgreSQL login</source>
            <translation>ваш власний логін PostgreSQL</translation>
        </message>
        <message>
            <source>leave empty to use ~/.pgpass</source>
            <translation>залиште порожнім, щоб використати ~/.pgpass</translation>
        </message>
        <message>
            <source>A register that the whole team shares lives on a PostgreSQL server. Sign in with your own login; your slamdesk profile is asked for next.</source>
            <translation>Реєстр, спільний для всієї команди, зберігається на сервері PostgreSQL. Увійдіть зі своїм власним логіном; потім буде запитано ваш профіль slamdesk.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;База даних:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логін:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Па&amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Під'єднатися</translation>
        </message>
        <message>
            <source>Give the server.</source>
            <translation>Вкажіть сервер.</translation>
        </message>
        <message>
            <source>Give the database.</source>
            <translation>Вкажіть базу даних.</translation>
        </message>
        <message>
            <source>Give your login.</source>
            <translation>Вкажіть свій логін.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Під'єднання</translation>
        </message>
    </context>
</TS>
