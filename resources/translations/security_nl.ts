<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../ui/security_dialogs.py" line="61" />
      <source>User name:</source>
      <translation>Gebruikersnaam:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="62" />
      <source>Full name:</source>
      <translation>Volledige naam:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="68" />
      <source>Role:</source>
      <translation>Rol:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="69" />
      <source>Password:</source>
      <translation>Wachtwoord:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="70" />
      <source>Repeat password:</source>
      <translation>Herhaal wachtwoord:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="86" />
      <source>Does not meet the rule yet.</source>
      <translation>Voldoet nog niet aan de regel.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="89" />
      <source>Meets the rule.</source>
      <translation>Voldoet aan de regel.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="97" />
      <source>Enter a user name.</source>
      <translation>Vul een gebruikersnaam in.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="99" />
      <source>Enter a password.</source>
      <translation>Vul een wachtwoord in.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="101" />
      <source>The two passwords differ.</source>
      <translation>De twee wachtwoorden verschillen.</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <location filename="../../ui/screens/users.py" line="123" />
      <location filename="../../ui/screens/users.py" line="128" />
      <source>Add a user</source>
      <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="136" />
      <source>Add user</source>
      <translation>Toevoegen</translation>
    </message>
  </context>
  <context>
    <name>AuditLogScreen</name>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="75" />
      <source>Verify chain</source>
      <translation>Keten controleren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="78" />
      <source>Recompute every event's hash and check that none was changed or removed.</source>
      <translation>Berekent de hash van elke gebeurtenis opnieuw en controleert dat er niets is gewijzigd of verwijderd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="147" />
      <source>any user</source>
      <translation>elke gebruiker</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="152" />
      <source>any action</source>
      <translation>elke actie</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="154" />
      <source>An action, or the start of one ending in a dot: "login." is every sign-in.</source>
      <translation>Een actie, of het begin ervan eindigend op een punt: "login." is elke aanmelding.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="158" />
      <source>reference or #number</source>
      <translation>zaaknummer of #nummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="163" />
      <source>Search all fields</source>
      <translation>Zoek in alle velden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="165" />
      <source>Search in users, actions, objects, reasons, details</source>
      <translation>Zoek in gebruikers, acties, objecten, redenen, details</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="168" />
      <source>Clear filters</source>
      <translation>Filters wissen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="181" />
      <location filename="../../ui/screens/audit_log.py" line="221" />
      <source>User:</source>
      <translation>Gebruiker:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="183" />
      <location filename="../../ui/screens/audit_log.py" line="222" />
      <source>Action:</source>
      <translation>Actie:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="185" />
      <location filename="../../ui/screens/audit_log.py" line="223" />
      <source>Case:</source>
      <translation>Zaak:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="187" />
      <source>From:</source>
      <translation>Van:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="189" />
      <source>To:</source>
      <translation>Tot en met:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="191" />
      <source>Search:</source>
      <translation>Zoeken:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="207" />
      <source>any date</source>
      <translation>elke datum</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="214" />
      <location filename="../../ui/screens/audit_log.py" line="358" />
      <source>Select an event to see its details.</source>
      <translation>Kies een gebeurtenis om de details te zien.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="220" />
      <source>Time:</source>
      <translation>Tijd:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="224" />
      <source>Object:</source>
      <translation>Object:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="225" />
      <source>Reason:</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="231" />
      <source>Hash:</source>
      <translation>Hash:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="231" />
      <source>Previous hash:</source>
      <translation>Vorige hash:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="239" />
      <source>No details</source>
      <translation>Geen details</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="241" />
      <source>Details:</source>
      <translation>Details:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="346" />
      <source>Events: {count}</source>
      <translation>Gebeurtenissen: {count}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="363" />
      <source>Event {number}</source>
      <translation>Gebeurtenis {number}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="410" />
      <source>Checking the audit log…</source>
      <translation>Het auditlog wordt gecontroleerd…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="423" />
      <source>The audit log is intact. Events checked: {count}. Head hash: {hash}</source>
      <translation>Het auditlog is intact. Gecontroleerde gebeurtenissen: {count}. Laatste hash: {hash}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="442" />
      <source>Audit log verified</source>
      <translation>Auditlog gecontroleerd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="442" />
      <source>Audit log broken</source>
      <translation>Auditlog verbroken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="448" />
      <source>event {event} was removed</source>
      <translation>gebeurtenis {event} is verwijderd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="449" />
      <source>event {event} does not follow the event before it</source>
      <translation>gebeurtenis {event} sluit niet aan op de gebeurtenis ervoor</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="450" />
      <source>event {event} was changed after it was written</source>
      <translation>gebeurtenis {event} is na het vastleggen gewijzigd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="451" />
      <source>the sealed record of the chain's end is missing</source>
      <translation>de verzegelde vastlegging van het einde van de keten ontbreekt</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="453" />
      <source>the sealed record of the chain's end does not match its seal</source>
      <translation>de verzegelde vastlegging van het einde van de keten klopt niet met haar zegel</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="455" />
      <source>the last events, from event {event} on, were removed</source>
      <translation>de laatste gebeurtenissen, vanaf gebeurtenis {event}, zijn verwijderd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="456" />
      <source>event {event} was added outside LawfulReq</source>
      <translation>gebeurtenis {event} is buiten LawfulReq toegevoegd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="458" />
      <source>an earlier check found the chain's sealed end broken</source>
      <translation>een eerdere controle vond het verzegelde einde van de keten verbroken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="462" />
      <source>The audit log is BROKEN: {reason}. Events checked: {count}.</source>
      <translation>Het auditlog is VERBROKEN: {reason}. Gecontroleerde gebeurtenissen: {count}.</translation>
    </message>
  </context>
  <context>
    <name>AuditTableModel</name>
    <message>
      <location filename="../../ui/models/audit_table.py" line="63" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="64" />
      <source>Time</source>
      <translation>Tijd</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="65" />
      <source>User</source>
      <translation>Gebruiker</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="66" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="67" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="68" />
      <source>Object</source>
      <translation>Object</translation>
    </message>
    <message>
      <location filename="../../ui/models/audit_table.py" line="69" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
  </context>
  <context>
    <name>LockCover</name>
    <message>
      <location filename="../../ui/idle_lock.py" line="73" />
      <source>LawfulReq is locked</source>
      <translation>LawfulReq is vergrendeld</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/login.py" line="85" />
      <source>Create the FG account</source>
      <translation>FG-account aanmaken</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="86" />
      <source>Welcome to LawfulReq</source>
      <translation>Welkom bij LawfulReq</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="89" />
      <source>This database has no accounts yet. Create the account of the Data Protection Officer (FG), who then adds the other users under Users.</source>
      <translation>Deze database heeft nog geen accounts. Maak het account van de Functionaris Gegevensbescherming (FG) aan; die voegt daarna de andere gebruikers toe onder Gebruikers.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="97" />
      <source>Create account and sign in</source>
      <translation>Account aanmaken en aanmelden</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../ui/security_dialogs.py" line="126" />
      <source>Backup passphrase</source>
      <translation>Wachtzin voor de back-up</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="126" />
      <source>Passphrase of the backup</source>
      <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="129" />
      <source>Choose a passphrase for this backup</source>
      <translation>Kies een wachtzin voor deze back-up</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="131" />
      <source>Enter the passphrase of the backup</source>
      <translation>Vul de wachtzin van de back-up in</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="136" />
      <source>The backup is encrypted with this passphrase; without it the backup cannot be restored.</source>
      <translation>De back-up wordt met deze wachtzin versleuteld; zonder wachtzin is de back-up niet terug te zetten.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="140" />
      <source>The passphrase that was chosen when the backup was made.</source>
      <translation>De wachtzin die bij het maken van de back-up is gekozen.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="145" />
      <source>Use at least {count} characters. Keep it apart from the backup, for example in the safe.</source>
      <translation>Gebruik minstens {count} tekens. Bewaar de wachtzin apart van de back-up, bijvoorbeeld in de kluis.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="163" />
      <source>Passphrase:</source>
      <translation>Wachtzin:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="165" />
      <source>Repeat it:</source>
      <translation>Herhaal:</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="185" />
      <source>Use at least {count} characters.</source>
      <translation>Gebruik minstens {count} tekens.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="187" />
      <source>Enter the passphrase.</source>
      <translation>Vul de wachtzin in.</translation>
    </message>
    <message>
      <location filename="../../ui/security_dialogs.py" line="189" />
      <source>The two passphrases differ.</source>
      <translation>De twee wachtzinnen verschillen.</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <location filename="../../ui/sections.py" line="120" />
      <source>Users</source>
      <translation>Gebruikers</translation>
    </message>
  </context>
  <context>
    <name>SecurityTexts</name>
    <message>
      <location filename="../../ui/security_texts.py" line="32" />
      <source>At least {count} characters, with three of: lower case, upper case, digits, symbols; not containing the user name.</source>
      <translation>Minstens {count} tekens, met drie van: kleine letters, hoofdletters, cijfers, symbolen; zonder de gebruikersnaam.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="41" />
      <source>Too many failed attempts: this account is locked until {time}. Wait until then, or ask the FG to unlock it.</source>
      <translation>Te veel mislukte pogingen: dit account is vergrendeld tot {time}. Wacht tot dan, of vraag de FG het te ontgrendelen.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="51" />
      <source>The password is wrong. Attempts left before the account is locked for 15 minutes: {count}.</source>
      <translation>Het wachtwoord is onjuist. Pogingen over voordat het account 15 minuten wordt vergrendeld: {count}.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="56" />
      <source>The user name or password is wrong. After 5 failed attempts in a row the account is locked for 15 minutes.</source>
      <translation>De gebruikersnaam of het wachtwoord is onjuist. Na 5 mislukte pogingen op rij wordt het account 15 minuten vergrendeld.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="74" />
      <source>The password is too weak. {rule}</source>
      <translation>Het wachtwoord is te zwak. {rule}</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="77" />
      <source>Use 1 to 64 characters for the user name: a-z, 0-9, dot, underscore or hyphen.</source>
      <translation>Gebruik 1 tot 64 tekens voor de gebruikersnaam: a-z, 0-9, punt, underscore of koppelteken.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="81" />
      <source>A user with this name already exists.</source>
      <translation>Er bestaat al een gebruiker met deze naam.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="82" />
      <source>This database already has accounts: sign in instead.</source>
      <translation>Deze database heeft al accounts: meld u aan.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="85" />
      <source>The backup passphrase needs at least {count} characters.</source>
      <translation>De wachtzin van de back-up moet minstens {count} tekens hebben.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="88" />
      <source>The passphrase is wrong, or the backup file was changed. Nothing was restored.</source>
      <translation>De wachtzin is onjuist, of het back-upbestand is gewijzigd. Er is niets teruggezet.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="92" />
      <source>This file is not a LawfulReq backup.</source>
      <translation>Dit bestand is geen LawfulReq-back-up.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="93" />
      <source>The backup file is damaged. Nothing was restored.</source>
      <translation>Het back-upbestand is beschadigd. Er is niets teruggezet.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="96" />
      <source>The audit log inside the backup is broken, so it is not restored. Nothing was changed.</source>
      <translation>Het auditlog in de back-up is verbroken, dus die wordt niet teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="101" />
      <source>This backup was made from another kind of database (SQLite or PostgreSQL) and cannot be restored here.</source>
      <translation>Deze back-up is van een ander soort database (SQLite of PostgreSQL) en kan hier niet worden teruggezet.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="106" />
      <source>That file or folder does not exist.</source>
      <translation>Dat bestand of die map bestaat niet.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="107" />
      <source>The PostgreSQL tools (pg_dump, pg_restore) are not installed on this computer.</source>
      <translation>De PostgreSQL-hulpprogramma's (pg_dump, pg_restore) zijn niet op deze computer geïnstalleerd.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="131" />
      <source>That value is not allowed for this setting.</source>
      <translation>Deze waarde is voor deze instelling niet toegestaan.</translation>
    </message>
    <message>
      <location filename="../../ui/security_texts.py" line="133" />
      <source>Choose between {low} and {high}.</source>
      <translation>Kies een waarde van {low} tot en met {high}.</translation>
    </message>
  </context>
  <context>
    <name>SessionGuard</name>
    <message>
      <location filename="../../ui/idle_lock.py" line="361" />
      <source>Sign out</source>
      <translation>Afmelden</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="363" />
      <source>Sign out of LawfulReq? Open forms and dialogs are closed and anything not saved is lost.</source>
      <translation>Afmelden bij LawfulReq? Open formulieren en vensters worden gesloten en alles wat niet is opgeslagen gaat verloren.</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="366" />
      <source>Sign out and discard</source>
      <translation>Afmelden en verwerpen</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../ui/screens/settings.py" line="125" />
      <source>Lock now</source>
      <translation>Nu vergrendelen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="128" />
      <source>Sign out…</source>
      <translation>Afmelden…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="139" />
      <source>Idle lock</source>
      <translation>Vergrendelen bij inactiviteit</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="144" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="145" />
      <source>Apply</source>
      <translation>Toepassen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="157" />
      <source>After this time without keyboard or mouse, LawfulReq covers its windows and asks for the password again; nothing that was open is lost. The FG sets it for everyone who uses this database.</source>
      <translation>Na deze tijd zonder toetsenbord of muis bedekt LawfulReq zijn vensters en vraagt opnieuw het wachtwoord; wat open stond blijft bewaard. De FG stelt dit in voor iedereen die deze database gebruikt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="163" />
      <source>After this time without keyboard or mouse, LawfulReq covers its windows and asks for the password again. The FG sets it for everyone.</source>
      <translation>Na deze tijd zonder toetsenbord of muis bedekt LawfulReq zijn vensters en vraagt opnieuw het wachtwoord. De FG stelt dit voor iedereen in.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="170" />
      <source>Lock after:</source>
      <translation>Vergrendelen na:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="188" />
      <source>LawfulReq now locks after {count} min without use.</source>
      <translation>LawfulReq vergrendelt nu na {count} min zonder gebruik.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="202" />
      <source>Backup and restore</source>
      <translation>Back-up en terugzetten</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="206" />
      <source>A backup is a consistent, encrypted copy of the whole database, made while LawfulReq stays in use. Keep its passphrase apart from the file. Restoring replaces everything in this database; afterwards everyone signs in again.</source>
      <translation>Een back-up is een consistente, versleutelde kopie van de hele database, gemaakt terwijl LawfulReq in gebruik blijft. Bewaar de wachtzin apart van het bestand. Terugzetten vervangt alles in deze database; daarna meldt iedereen zich opnieuw aan.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="213" />
      <source>Make backup…</source>
      <translation>Back-up maken…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="216" />
      <source>Restore…</source>
      <translation>Terugzetten…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="253" />
      <source>LawfulReq backups (*{suffix})</source>
      <translation>LawfulReq-back-ups (*{suffix})</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="259" />
      <source>Make a backup</source>
      <translation>Back-up maken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="276" />
      <source>Making the backup…</source>
      <translation>De back-up wordt gemaakt…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="281" />
      <source>Backup written to {file} ({size} MB; audit events: {count}).</source>
      <translation>Back-up geschreven naar {file} ({size} MB; auditgebeurtenissen: {count}).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="286" />
      <source>Backup written</source>
      <translation>Back-up geschreven</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="290" />
      <location filename="../../ui/screens/settings.py" line="318" />
      <source>Restore a backup</source>
      <translation>Back-up terugzetten</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="314" />
      <source>Replace EVERYTHING in the database {database} (cases, subscriber data, users, settings and the audit log) with the backup {file} (made on {made}; audit events: {count})? Changes made since then are lost. This cannot be undone.</source>
      <translation>ALLES in de database {database} (zaken, abonneegegevens, gebruikers, instellingen en het auditlog) vervangen door de back-up {file} (gemaakt op {made}; auditgebeurtenissen: {count})? Wijzigingen van daarna gaan verloren. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="318" />
      <source>Replace everything</source>
      <translation>Alles vervangen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="327" />
      <source>Restoring the backup…</source>
      <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="334" />
      <source>Backup restored</source>
      <translation>Back-up teruggezet</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="336" />
      <source>The backup was restored and its audit log is intact.</source>
      <translation>De back-up is teruggezet en het auditlog is intact.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="339" />
      <source>The backup was restored, but its audit log is broken at event {event}.</source>
      <translation>De back-up is teruggezet, maar het auditlog is verbroken bij gebeurtenis {event}.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="343" />
      <source>LawfulReq opens the database again: please sign in.</source>
      <translation>LawfulReq opent de database opnieuw: meld u aan.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../ui/idle_lock.py" line="104" />
      <source>LawfulReq is locked</source>
      <translation>LawfulReq is vergrendeld</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="108" />
      <source>Locked after a period without use</source>
      <translation>Vergrendeld na een periode zonder gebruik</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="112" />
      <source>Signed in: {name} ({user}), {role}.</source>
      <translation>Aangemeld: {name} ({user}), {role}.</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="122" />
      <source>Enter your password to continue where you left off; nothing was closed. Someone else can sign out, which discards work that was not saved.</source>
      <translation>Vul uw wachtwoord in om verder te gaan waar u was; er is niets gesloten. Iemand anders kan afmelden; werk dat niet is opgeslagen gaat dan verloren.</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="131" />
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="137" />
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="140" />
      <source>Sign out…</source>
      <translation>Afmelden…</translation>
    </message>
    <message>
      <location filename="../../ui/idle_lock.py" line="158" />
      <source>Enter your password.</source>
      <translation>Vul uw wachtwoord in.</translation>
    </message>
  </context>
  <context>
    <name>UserTableModel</name>
    <message>
      <location filename="../../ui/screens/users.py" line="46" />
      <source>User name</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="47" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="48" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="49" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="50" />
      <source>Last sign-in</source>
      <translation>Laatst aangemeld</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="100" />
      <source>never</source>
      <translation>nooit</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="107" />
      <source>inactive</source>
      <translation>inactief</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="109" />
      <source>locked until {time}</source>
      <translation>vergrendeld tot {time}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="112" />
      <source>active</source>
      <translation>actief</translation>
    </message>
  </context>
  <context>
    <name>UsersScreen</name>
    <message>
      <location filename="../../ui/screens/users.py" line="202" />
      <source>Everyone who may sign in to this database. Five failed sign-ins in a row lock an account for 15 minutes; you can lift a lockout here once you know it was the user themselves.</source>
      <translation>Iedereen die zich bij deze database mag aanmelden. Vijf mislukte aanmeldingen op rij vergrendelen een account 15 minuten; u kunt een vergrendeling hier opheffen zodra u weet dat het de gebruiker zelf was.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="209" />
      <source>Add user…</source>
      <translation>Gebruiker toevoegen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="212" />
      <source>Unlock account</source>
      <translation>Account ontgrendelen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="259" />
      <source>User {user} added</source>
      <translation>Gebruiker {user} toegevoegd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/users.py" line="277" />
      <source>Account {user} unlocked</source>
      <translation>Account {user} ontgrendeld</translation>
    </message>
  </context>
</TS>
