<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back up</source>
            <translation>Säkerhetskopiering</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Återställ från en säkerhetskopia</translation>
        </message>
        <message>
            <source>slamdesk backups (*.db)</source>
            <translation>slamdesk-säkerhetskopior (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alla filer (*)</translation>
        </message>
        <message>
            <source>Back &amp;up now…</source>
            <translation>&amp;Säkerhetskopiera nu…</translation>
        </message>
        <message>
            <source>Copy the database into the backups folder beside it, checked, while you keep working</source>
            <translation>Kopiera databasen till mappen för säkerhetskopior bredvid den, kontrollerad, medan du fortsätter arbeta</translation>
        </message>
        <message>
            <source>Rest&amp;ore…</source>
            <translation>Å&amp;terställ…</translation>
        </message>
        <message>
            <source>Replace the database with a backup (administrators); the database as it is is kept as a backup first</source>
            <translation>Ersätt databasen med en säkerhetskopia (administratörer); databasen som den är nu sparas först som en säkerhetskopia</translation>
        </message>
        <message>
            <source>Backing up {database}…
The copy goes into the backups folder beside it, checked before it is kept.</source>
            <translation>Säkerhetskopierar {database}…
Kopian hamnar i mappen för säkerhetskopior bredvid den och kontrolleras innan den sparas.</translation>
        </message>
        <message>
            <source>Backing up {database}…</source>
            <translation>Säkerhetskopierar {database}…</translation>
        </message>
        <message>
            <source>Replace everything in {database} with the backup {backup} of {when}?</source>
            <translation>Ersätta allt i {database} med säkerhetskopian {backup} från {when}?</translation>
        </message>
        <message>
            <source>Everything saved since then is replaced by the backup ({size}, schema {revision}), for everyone who uses {database}. The database as it is now is kept in the backups folder first, so you can go back to it.</source>
            <translation>Allt som sparats sedan dess ersätts av säkerhetskopian ({size}, schema {revision}), för alla som använder {database}. Databasen som den är nu sparas först i mappen för säkerhetskopior, så att du kan gå tillbaka till den.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Återställ</translation>
        </message>
        <message>
            <source>Restore: cancelled; nothing changed.</source>
            <translation>Återställning: avbruten; inget har ändrats.</translation>
        </message>
        <message>
            <source>Restoring {backup} into {database}…
First the database as it is now is kept as a backup; it is replaced when the copy is complete.</source>
            <translation>Återställer {backup} till {database}…
Först sparas databasen som den är nu som en säkerhetskopia; den ersätts när kopieringen är klar.</translation>
        </message>
        <message>
            <source>Restoring {backup}…</source>
            <translation>Återställer {backup}…</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size})</source>
            <translation>Säkerhetskopierat till {path} ({size})</translation>
        </message>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: inte utfört. {error}</translation>
        </message>
        <message>
            <source>No backup was made: {error}</source>
            <translation>Ingen säkerhetskopia gjordes: {error}</translation>
        </message>
        <message>
            <source>Restored {backup}. The database as it was is kept as {kept}.</source>
            <translation>{backup} har återställts. Databasen som den var har sparats som {kept}.</translation>
        </message>
        <message>
            <source>It is in {folder}.</source>
            <translation>Den finns i {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>Connect to a team database</source>
            <translation>Anslut till en teamdatabas</translation>
        </message>
        <message>
            <source>your own PostgreSQL login</source>
            <translation>din egen PostgreSQL-inloggning</translation>
        </message>
        <message>
            <source>leave empty to use ~/.pgpass</source>
            <translation>lämna tomt för att använda ~/.pgpass</translation>
        </message>
        <message>
            <source>A register that the whole team shares lives on a PostgreSQL server. Sign in with your own login; your slamdesk profile is asked for next.</source>
            <translation>Ett register som hela teamet delar finns på en PostgreSQL-server. Logga in med din egen inloggning; därefter får du välja din slamdesk-profil.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Värd:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ortnummer:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Databas:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Inloggning:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Lösenord:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Anslut</translation>
        </message>
        <message>
            <source>Give the server.</source>
            <translation>Ange en värd.</translation>
        </message>
        <message>
            <source>Give the database.</source>
            <translation>Ange en databas.</translation>
        </message>
        <message>
            <source>Give your login.</source>
            <translation>Ange din inloggning.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Anslut</translation>
        </message>
    </context>
</TS>
