<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="152"/>
        <source>Your role was changed while the screen was locked. Sign in again to work with your new permissions.</source>
        <translation>Uw rol is gewijzigd terwijl het scherm vergrendeld was. Meld u opnieuw aan om met uw nieuwe rechten te werken.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="19" />
        <source>About LawfulReq</source>
        <translation>Over LawfulReq</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23" />
        <source>LawfulReq {version}</source>
        <translation>LawfulReq {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27" />
        <source>Handles demands from authorities for subscriber and traffic data: checks that each demand is lawful and complete, discloses exactly what the law allows, and keeps the demand secret from the customer as long as the law requires.</source>
        <translation>Behandelt vorderingen van autoriteiten om gebruikers- en verkeersgegevens: controleert of elke vordering rechtmatig en volledig is, verstrekt precies wat de wet toestaat en houdt de vordering geheim voor de klant zolang de wet dat vraagt.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33" />
        <source>Text is set in DejaVu Sans (Bitstream Vera licence).</source>
        <translation>Tekst is gezet in DejaVu Sans (Bitstream Vera-licentie).</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="36" />
        <source>Log file: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="175" />
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="177" />
        <source>Something went wrong inside LawfulReq.</source>
        <translation>Er ging iets mis in LawfulReq.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181" />
        <source>This is a bug, not something you did. Your data is safe: unfinished changes were not saved. Please copy the details below and send them with the log file to your administrator.</source>
        <translation>Dit is een fout in het programma, niet iets wat u deed. Uw gegevens zijn veilig: onafgemaakte wijzigingen zijn niet opgeslagen. Kopieer de details hieronder en stuur ze met het logbestand naar uw beheerder.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192" />
        <source>Log file: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="197" />
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="211" />
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="92" />
        <source>There are no open cases. Register a new demand with File → New case (Ctrl+N); it will be counted here.</source>
        <translation>Er zijn geen open zaken. Registreer een nieuwe vordering met Bestand → Nieuwe zaak (Ctrl+N); die wordt hier geteld.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="101" />
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="105" />
        <source>Overdue</source>
        <translation>Termijn verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="105" />
        <source>Open cases past their deadline</source>
        <translation>Open zaken over hun termijn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106" />
        <source>Due today</source>
        <translation>Vandaag verschuldigd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106" />
        <source>Deadline before midnight</source>
        <translation>Termijn verloopt vóór middernacht</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="109" />
        <source>Due this week</source>
        <translation>Deze week verschuldigd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="110" />
        <source>Deadline before next Monday</source>
        <translation>Termijn verloopt vóór volgende maandag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="112" />
        <source>Emergency</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="112" />
        <source>Open emergency demands</source>
        <translation>Open spoedvorderingen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="117" />
        <source>Open cases by status</source>
        <translation>Open zaken per status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="118" />
        <source>All open cases</source>
        <translation>Alle open zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="118" />
        <source>Every status below</source>
        <translation>Alle statussen hieronder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="120" />
        <source>Open cases in this status</source>
        <translation>Open zaken met deze status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="130" />
        <source>Secrecy flags to review</source>
        <translation>Geheimhoudingen te herbeoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="131" />
        <source>Review date this week or earlier</source>
        <translation>Herbeoordeling deze week of eerder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="138" />
        <source>Access requests due</source>
        <translation>Inzageverzoeken met termijn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="139" />
        <source>Answer due within 7 days</source>
        <translation>Antwoord binnen 7 dagen verschuldigd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="143" />
        <source>Secrecy and access requests</source>
        <translation>Geheimhouding en inzageverzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="203" />
        <source>Counted at {time}</source>
        <translation>Geteld op {time}</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../ui/errors.py" line="59" />
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <source>This account is locked after too many failed attempts. Wait 15 minutes or ask the FG.</source>
        <translation>Dit account is geblokkeerd na te veel mislukte pogingen. Wacht 15 minuten of vraag de FG.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66" />
        <source>Someone else changed this record in the meantime. Press F5 to reload, then try again.</source>
        <translation>Iemand anders heeft dit gegeven intussen gewijzigd. Druk op F5 om opnieuw te laden en probeer het dan nog eens.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>Your role may not do this. Ask the Data Protection Officer (FG) if you need it.</source>
        <translation>Uw rol mag dit niet. Vraag de Functionaris Gegevensbescherming (FG) als u het nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74" />
        <source>The database key cannot be read: no keyring is available. Set LAWFULREQ_DB_PASSPHRASE or start a keyring service, then start LawfulReq again.</source>
        <translation>De databasesleutel kan niet worden gelezen: er is geen sleutelbos beschikbaar. Stel LAWFULREQ_DB_PASSPHRASE in of start een sleutelbosdienst en start LawfulReq opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90" />
        <source>Please check your input</source>
        <translation>Controleer uw invoer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91" />
        <source>Something you entered does not fit the rules. Correct it and try again.</source>
        <translation>Iets wat u invulde past niet bij de regels. Verbeter het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99" />
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100" />
        <source>Your role may not do this. Ask the Data Protection Officer (FG).</source>
        <translation>Uw rol mag dit niet. Vraag het de Functionaris Gegevensbescherming (FG).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="107" />
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108" />
        <source>The record does not exist (any more). Press F5 to refresh the list.</source>
        <translation>Het gegeven bestaat niet (meer). Druk op F5 om de lijst te vernieuwen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116" />
        <source>Conflicting change</source>
        <translation>Tegenstrijdige wijziging</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="117" />
        <source>This action does not fit the record's current state. Press F5 to reload and check it.</source>
        <translation>Deze handeling past niet bij de huidige staat van het gegeven. Druk op F5 om opnieuw te laden en controleer het.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126" />
        <source>Sign-in failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127" />
        <source>Signing in did not work. Check your user name and password.</source>
        <translation>Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="134" />
        <source>Database problem</source>
        <translation>Probleem met de database</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="135" />
        <source>The database cannot be used right now. Check that the file or server is reachable and the disk is not full, then try again.</source>
        <translation>De database kan nu niet worden gebruikt. Controleer of het bestand of de server bereikbaar is en de schijf niet vol is, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147" />
        <source>Cannot do this</source>
        <translation>Dit kan niet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148" />
        <source>The action was refused.</source>
        <translation>De handeling is geweigerd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Data Protection Officer (FG)</source>
        <translation>Functionaris Gegevensbescherming (FG)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Officer</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Awaiting confirmation</source>
        <translation>Wacht op bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Under review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>On hold</source>
        <translation>Aangehouden</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Disclosed</source>
        <translation>Verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="35" />
        <location filename="../../ui/login.py" line="42" />
        <source>Sign in to LawfulReq</source>
        <translation>Aanmelden bij LawfulReq</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45" />
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59" />
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60" />
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62" />
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81" />
        <source>This database has no accounts yet. Create the first FG account with “lawfulreq init --admin NAME”, then start LawfulReq again.</source>
        <translation>Deze database heeft nog geen accounts. Maak het eerste FG-account met “lawfulreq init --admin NAAM” en start LawfulReq opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94" />
        <source>Enter your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>LawfulReq</source>
        <translation>LawfulReq</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>{user} · {role} · {database}</source>
        <translation>{user} · {role} · {database}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe zaak…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Open the &amp;log folder</source>
        <translation>Open de &amp;logmap</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>&amp;About LawfulReq</source>
        <translation>&amp;Over LawfulReq</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>That part of LawfulReq is not available for your role.</source>
        <translation>Dat deel van LawfulReq is niet beschikbaar voor uw rol.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>Refreshed</source>
        <translation>Vernieuwd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>There is nothing to search on this page.</source>
        <translation>Op deze pagina valt niets te zoeken.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="30" />
        <source>{section} is not available in this version</source>
        <translation>{section} is niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="37" />
        <source>This part of LawfulReq arrives in a later version. Until then nothing is shown here, so that no one mistakes an empty page for real data.</source>
        <translation>Dit deel van LawfulReq komt in een latere versie. Tot dan staat hier niets, zodat niemand een lege pagina voor echte gegevens aanziet.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../ui/screenshots.py" line="181" />
        <source>Importing customers: 1,200 of 3,000 rows</source>
        <translation>Klanten importeren: 1.200 van 3.000 regels</translation>
    </message>
    <message>
        <location filename="../../ui/screenshots.py" line="188" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/sections.py" line="66" />
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="72" />
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="76" />
        <source>Lookup</source>
        <translation>Opzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="84" />
        <source>Disclosures</source>
        <translation>Verstrekkingen</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="91" />
        <source>Secrecy flags</source>
        <translation>Geheimhoudingen</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="98" />
        <source>Access requests</source>
        <translation>Inzageverzoeken</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="105" />
        <source>Statistics</source>
        <translation>Statistiek</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="112" />
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="120" />
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="86" />
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="87" />
        <source>Legal rules</source>
        <translation>Wettelijke regels</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="27" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="31" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="31" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="33" />
        <source>As the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="42" />
        <source>The screens switch at once. Your choice is kept for your user account on this computer.</source>
        <translation>De schermen wisselen meteen. Uw keuze wordt bewaard voor uw gebruikersaccount op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="50" />
        <source>Language of the screens:</source>
        <translation>Taal van de schermen:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="53" />
        <source>This session</source>
        <translation>Deze sessie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="59" />
        <source>Signed in as:</source>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="63" />
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="65" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="69" />
        <source>Log file:</source>
        <translation>Logbestand:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="70" />
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/screenshots.py" line="182" />
        <location filename="../../ui/tasks.py" line="179" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>