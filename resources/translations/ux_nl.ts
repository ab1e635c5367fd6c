<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AuditLogScreen</name>
    <message>
      <source>Version of the legal rule</source>
      <translation>Regelversie</translation>
    </message>
    <message>
      <source>Citizen service numbers masked</source>
      <translation>Afgeschermde BSN&apos;s</translation>
    </message>
    <message>
      <source>Masked in</source>
      <translation>Afgeschermd in</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Bevindingen</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <source>Who notifies</source>
      <translation>Wie stelt in kennis</translation>
    </message>
    <message>
      <source>Demo account</source>
      <translation>Demo-account</translation>
    </message>
    <message>
      <source>Call records per customer</source>
      <translation>Verkeersgegevens per klant</translation>
    </message>
    <message>
      <source>Case moves</source>
      <translation>Statuswijzigingen</translation>
    </message>
    <message>
      <source>Access requests</source>
      <translation>Inzageverzoeken</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Klanten</translation>
    </message>
    <message>
      <source>Addresses</source>
      <translation>Adressen</translation>
    </message>
    <message>
      <source>Handsets seen</source>
      <translation>Waargenomen toestellen</translation>
    </message>
    <message>
      <source>IP address assignments</source>
      <translation>IP-adrestoewijzingen</translation>
    </message>
    <message>
      <source>Number assignments</source>
      <translation>Nummertoewijzingen</translation>
    </message>
    <message>
      <source>SIM cards</source>
      <translation>Simkaarten</translation>
    </message>
    <message>
      <source>Call and data records</source>
      <translation>Verkeersgegevens</translation>
    </message>
    <message>
      <source>Contacts at authorities</source>
      <translation>Contactpersonen bij instanties</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>Organisaties</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} bytes</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Auditlog</translation>
    </message>
    <message>
      <source>Authorities</source>
      <translation>Instanties</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Zaken</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanaal</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <source>Data subjects' requests</source>
      <translation>Verzoeken van betrokkenen</translation>
    </message>
    <message>
      <source>Demo data</source>
      <translation>Demogegevens</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation>Verstrekkingen</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Gebeurtenissen</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Bevinding</translation>
    </message>
    <message>
      <source>First broken event</source>
      <translation>Eerste verbroken gebeurtenis</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>Ground</source>
      <translation>Grond</translation>
    </message>
    <message>
      <source>Imports</source>
      <translation>Importen</translation>
    </message>
    <message>
      <source>Intact</source>
      <translation>Intact</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Onderdelen</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Last hash</source>
      <translation>Laatste hash</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <source>Legal rules</source>
      <translation>Wettelijke regels</translation>
    </message>
    <message>
      <source>Lookups</source>
      <translation>Opvragingen</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>Treffers</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <source>Moment</source>
      <translation>Moment</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>Nieuwe waarde</translation>
    </message>
    <message>
      <source>No event matches these filters.</source>
      <translation>Geen gebeurtenis voldoet aan deze filters.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>Oude waarde</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Periode vanaf</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Periode tot</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <source>Query</source>
      <translation>Zoekvraag</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Ontvanger</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Regels</translation>
    </message>
    <message>
      <source>Secrecy flags</source>
      <translation>Geheimhoudingen</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Startwaarde</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Instelling</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Settings (legal)</source>
      <translation>Instellingen (wettelijk)</translation>
    </message>
    <message>
      <source>Signing in</source>
      <translation>Aanmelden</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Subscribers</source>
      <translation>Abonnees</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Naar</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Gebruikersnaam</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Gebruikers</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>{group}: every action</source>
      <translation>{group}: alle acties</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailScreen</name>
    <message>
      <source>Acknowledged by</source>
      <translation>Geaccepteerd door</translation>
    </message>
    <message>
      <source>Case handler:</source>
      <translation>Behandelaar:</translation>
    </message>
    <message>
      <source>Examining judge's authorisation:</source>
      <translation>Machtiging rechter-commissaris:</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Bevinding</translation>
    </message>
    <message>
      <source>No documents yet. The demand's PDF is added at intake.</source>
      <translation>Nog geen documenten. De pdf van de vordering wordt bij de registratie toegevoegd.</translation>
    </message>
    <message>
      <source>No findings: the checks found nothing that stands in the way.</source>
      <translation>Geen bevindingen: de controles vonden niets wat de afhandeling in de weg staat.</translation>
    </message>
    <message>
      <source>Nothing has happened yet.</source>
      <translation>Er is nog niets gebeurd.</translation>
    </message>
    <message>
      <source>Rule version:</source>
      <translation>Regelversie:</translation>
    </message>
    <message>
      <source>The case could not be loaded.</source>
      <translation>De zaak kon niet worden geladen.</translation>
    </message>
    <message>
      <source>The demand names no targets.</source>
      <translation>De vordering noemt geen doelen.</translation>
    </message>
    <message>
      <source>period {start} – {end}</source>
      <translation>periode {start} – {end}</translation>
    </message>
    <message>
      <source>version {version} of the legal rules</source>
      <translation>versie {version} van de wettelijke regels</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>No case matches these filters.</source>
      <translation>Geen zaak voldoet aan deze filters.</translation>
    </message>
  </context>
  <context>
    <name>EmptyStateStack</name>
    <message>
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
  </context>
  <context>
    <name>ImportScreen</name>
    <message>
      <source>Cancelled: the file was not read to its end.</source>
      <translation>Afgebroken: het bestand is niet helemaal gelezen.</translation>
    </message>
    <message>
      <source>Check a file: its bad rows are listed here.</source>
      <translation>Controleer een bestand: de foute regels komen hier te staan.</translation>
    </message>
    <message>
      <source>No bad rows: every row of the file is valid.</source>
      <translation>Geen foute regels: elke regel van het bestand is in orde.</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Het bestand wordt gelezen…</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Error</source>
      <translation>Fout</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Waarschuwing</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Opmerking</translation>
    </message>
    <message>
      <source>art. {article}({lid}) {law}</source>
      <translation>art. {article} lid {lid} {law}</translation>
    </message>
    <message>
      <source>Restore of a backup started</source>
      <translation>Terugzetten van een back-up gestart</translation>
    </message>
    <message>
      <source>Signing certificate created</source>
      <translation>Ondertekeningscertificaat aangemaakt</translation>
    </message>
    <message>
      <source>Signing certificate imported</source>
      <translation>Ondertekeningscertificaat ingelezen</translation>
    </message>
    <message>
      <source>Import refused</source>
      <translation>Inlezen geweigerd</translation>
    </message>
    <message>
      <source>Disclosure prepared</source>
      <translation>Verstrekking voorbereid</translation>
    </message>
    <message>
      <source>Disclosure opened</source>
      <translation>Verstrekking geopend</translation>
    </message>
    <message>
      <source>Report signed</source>
      <translation>Rapport ondertekend</translation>
    </message>
    <message>
      <source>Data erased at the data subject&apos;s request</source>
      <translation>Gegevens gewist op verzoek van de betrokkene</translation>
    </message>
    <message>
      <source>Erasure refused</source>
      <translation>Wissen geweigerd</translation>
    </message>
    <message>
      <source>Data exported for the data subject</source>
      <translation>Gegevens uitgevoerd voor de betrokkene</translation>
    </message>
    <message>
      <source>Answer period extended</source>
      <translation>Antwoordtermijn verlengd</translation>
    </message>
    <message>
      <source>Answer period paused</source>
      <translation>Antwoordtermijn opgeschort</translation>
    </message>
    <message>
      <source>Answer period resumed</source>
      <translation>Antwoordtermijn hervat</translation>
    </message>
    <message>
      <source>Answer to a data subject previewed</source>
      <translation>Antwoord aan een betrokkene vooraf bekeken</translation>
    </message>
    <message>
      <source>Restriction records read</source>
      <translation>Beperkingsregistratie ingezien</translation>
    </message>
    <message>
      <source>Lifting of secrecy flag rejected</source>
      <translation>Opheffing van de geheimhouding afgewezen</translation>
    </message>
    <message>
      <source>Action refused: no permission</source>
      <translation>Handeling geweigerd: geen bevoegdheid</translation>
    </message>
    <message>
      <source>Action refused: session no longer valid</source>
      <translation>Handeling geweigerd: sessie niet meer geldig</translation>
    </message>
    <message>
      <source>Statistics exported</source>
      <translation>Statistiek uitgevoerd</translation>
    </message>
    <message>
      <source>Data purged after its retention</source>
      <translation>Gegevens verwijderd na afloop van de bewaartermijn</translation>
    </message>
    <message>
      <source>Purge previewed</source>
      <translation>Verwijdering vooraf bekeken</translation>
    </message>
    <message>
      <source>Account locked</source>
      <translation>Account geblokkeerd</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>Account gedeblokkeerd</translation>
    </message>
    <message>
      <source>Audit log checked: chain broken</source>
      <translation>Auditlog gecontroleerd: keten verbroken</translation>
    </message>
    <message>
      <source>Audit log checked: intact</source>
      <translation>Auditlog gecontroleerd: intact</translation>
    </message>
    <message>
      <source>Authorisation dated after the demand</source>
      <translation>Machtiging gedateerd na de vordering</translation>
    </message>
    <message>
      <source>Authority added</source>
      <translation>Instantie toegevoegd</translation>
    </message>
    <message>
      <source>Backup made</source>
      <translation>Back-up gemaakt</translation>
    </message>
    <message>
      <source>Backup restored</source>
      <translation>Back-up teruggezet</translation>
    </message>
    <message>
      <source>Case assigned</source>
      <translation>Zaak toegewezen</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>Zaak geopend</translation>
    </message>
    <message>
      <source>Case registered</source>
      <translation>Zaak geregistreerd</translation>
    </message>
    <message>
      <source>Case status changed</source>
      <translation>Status van de zaak gewijzigd</translation>
    </message>
    <message>
      <source>Citizen service number masked</source>
      <translation>Burgerservicenummer gemaskeerd</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>Code: {code}</translation>
    </message>
    <message>
      <source>Contact person added</source>
      <translation>Contactpersoon toegevoegd</translation>
    </message>
    <message>
      <source>Data category not allowed</source>
      <translation>Gegevenscategorie niet toegestaan</translation>
    </message>
    <message>
      <source>Data imported</source>
      <translation>Gegevens geïmporteerd</translation>
    </message>
    <message>
      <source>Data not held</source>
      <translation>Gegevens niet aanwezig</translation>
    </message>
    <message>
      <source>Data subject's request answered</source>
      <translation>Verzoek van betrokkene beantwoord</translation>
    </message>
    <message>
      <source>Data subject's request registered</source>
      <translation>Verzoek van betrokkene geregistreerd</translation>
    </message>
    <message>
      <source>Decision on an item recorded</source>
      <translation>Besluit over een onderdeel vastgelegd</translation>
    </message>
    <message>
      <source>Default deadline changed</source>
      <translation>Standaardtermijn gewijzigd</translation>
    </message>
    <message>
      <source>Demo cases created</source>
      <translation>Demozaken aangemaakt</translation>
    </message>
    <message>
      <source>Demo reference data created</source>
      <translation>Demo-stamgegevens aangemaakt</translation>
    </message>
    <message>
      <source>Demo subscribers created</source>
      <translation>Demo-abonnees aangemaakt</translation>
    </message>
    <message>
      <source>Disclosure approved</source>
      <translation>Verstrekking goedgekeurd</translation>
    </message>
    <message>
      <source>Disclosure delivered</source>
      <translation>Verstrekking afgeleverd</translation>
    </message>
    <message>
      <source>Document added</source>
      <translation>Document toegevoegd</translation>
    </message>
    <message>
      <source>Document opened</source>
      <translation>Document geopend</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>Noodgeval</translation>
    </message>
    <message>
      <source>End of the audit log sealed</source>
      <translation>Einde van het auditlog verzegeld</translation>
    </message>
    <message>
      <source>European Investigation Order</source>
      <translation>Europees onderzoeksbevel</translation>
    </message>
    <message>
      <source>European Preservation Order</source>
      <translation>Europees bewaringsbevel</translation>
    </message>
    <message>
      <source>European Production Order</source>
      <translation>Europees verstrekkingsbevel</translation>
    </message>
    <message>
      <source>Examining judge's authorisation missing</source>
      <translation>Machtiging rechter-commissaris ontbreekt</translation>
    </message>
    <message>
      <source>Future data not allowed</source>
      <translation>Toekomstige gegevens niet toegestaan</translation>
    </message>
    <message>
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>ICCID (SIM card)</source>
      <translation>ICCID (simkaart)</translation>
    </message>
    <message>
      <source>IMEI (handset)</source>
      <translation>IMEI (toestel)</translation>
    </message>
    <message>
      <source>IMSI (SIM)</source>
      <translation>IMSI (simkaart)</translation>
    </message>
    <message>
      <source>IP address</source>
      <translation>IP-adres</translation>
    </message>
    <message>
      <source>Invalid target</source>
      <translation>Ongeldig doel</translation>
    </message>
    <message>
      <source>Issuer not competent</source>
      <translation>Uitvaardiger niet bevoegd</translation>
    </message>
    <message>
      <source>Item added to the disclosure</source>
      <translation>Onderdeel aan de verstrekking toegevoegd</translation>
    </message>
    <message>
      <source>Legal rule changed</source>
      <translation>Wettelijke regel gewijzigd</translation>
    </message>
    <message>
      <source>Legal rules loaded</source>
      <translation>Wettelijke regels geladen</translation>
    </message>
    <message>
      <source>Lifting of secrecy flag requested</source>
      <translation>Opheffing van geheimhouding aangevraagd</translation>
    </message>
    <message>
      <source>Lookup refused</source>
      <translation>Opvraging geweigerd</translation>
    </message>
    <message>
      <source>Minister's permission or TIB approval missing</source>
      <translation>Toestemming minister of oordeel TIB ontbreekt</translation>
    </message>
    <message>
      <source>More than one identifier in the order</source>
      <translation>Meer dan één identificator in het bevel</translation>
    </message>
    <message>
      <source>No statutory basis</source>
      <translation>Geen wettelijke grondslag</translation>
    </message>
    <message>
      <source>Notes changed</source>
      <translation>Notities gewijzigd</translation>
    </message>
    <message>
      <source>Order expired</source>
      <translation>Bevel verlopen</translation>
    </message>
    <message>
      <source>Period older than the retention</source>
      <translation>Periode ouder dan de bewaartermijn</translation>
    </message>
    <message>
      <source>Period too long</source>
      <translation>Periode te lang</translation>
    </message>
    <message>
      <source>Public Prosecution Service</source>
      <translation>Openbaar Ministerie</translation>
    </message>
    <message>
      <source>Requester's identity checked</source>
      <translation>Identiteit van de verzoeker gecontroleerd</translation>
    </message>
    <message>
      <source>Requester's identity not checked</source>
      <translation>Identiteit van de verzoeker niet gecontroleerd</translation>
    </message>
    <message>
      <source>Retention period changed</source>
      <translation>Bewaartermijn gewijzigd</translation>
    </message>
    <message>
      <source>Review by a court advised</source>
      <translation>Toetsing door de rechter aanbevolen</translation>
    </message>
    <message>
      <source>Secrecy flag lifted</source>
      <translation>Geheimhouding opgeheven</translation>
    </message>
    <message>
      <source>Secrecy flag reviewed</source>
      <translation>Geheimhouding herbeoordeeld</translation>
    </message>
    <message>
      <source>Secrecy flag set</source>
      <translation>Geheimhouding vastgelegd</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>Instelling gewijzigd</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>Aanmelden mislukt</translation>
    </message>
    <message>
      <source>Sign-in refused: account locked</source>
      <translation>Aanmelden geweigerd: account geblokkeerd</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Aangemeld</translation>
    </message>
    <message>
      <source>Subscriber data looked up</source>
      <translation>Abonneegegevens opgevraagd</translation>
    </message>
    <message>
      <source>Target also in another open case</source>
      <translation>Doel ook in een andere open zaak</translation>
    </message>
    <message>
      <source>Tax Administration</source>
      <translation>Belastingdienst</translation>
    </message>
    <message>
      <source>User created</source>
      <translation>Gebruiker aangemaakt</translation>
    </message>
    <message>
      <source>Warning acknowledged</source>
      <translation>Waarschuwing geaccepteerd</translation>
    </message>
    <message>
      <source>Written confirmation missing</source>
      <translation>Schriftelijke bevestiging ontbreekt</translation>
    </message>
    <message>
      <source>Written confirmation received</source>
      <translation>Schriftelijke bevestiging ontvangen</translation>
    </message>
    <message>
      <source>audit log</source>
      <translation>auditlog</translation>
    </message>
    <message>
      <source>authority</source>
      <translation>instantie</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>back-up</translation>
    </message>
    <message>
      <source>called back on the register's number</source>
      <translation>teruggebeld op het nummer uit het register</translation>
    </message>
    <message>
      <source>case</source>
      <translation>zaak</translation>
    </message>
    <message>
      <source>customer number</source>
      <translation>klantnummer</translation>
    </message>
    <message>
      <source>demand</source>
      <translation>vordering</translation>
    </message>
    <message>
      <source>disclosure</source>
      <translation>verstrekking</translation>
    </message>
    <message>
      <source>document</source>
      <translation>document</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>e-mailadres</translation>
    </message>
    <message>
      <source>electronically</source>
      <translation>elektronisch</translation>
    </message>
    <message>
      <source>electronically signed</source>
      <translation>elektronisch ondertekend</translation>
    </message>
    <message>
      <source>emergency service</source>
      <translation>hulpdienst</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>bewijsstuk</translation>
    </message>
    <message>
      <source>examining judge's authorisation</source>
      <translation>machtiging rechter-commissaris</translation>
    </message>
    <message>
      <source>foreign authority</source>
      <translation>buitenlandse autoriteit</translation>
    </message>
    <message>
      <source>identifier</source>
      <translation>identificator</translation>
    </message>
    <message>
      <source>import</source>
      <translation>import</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>persoonlijk</translation>
    </message>
    <message>
      <source>in writing</source>
      <translation>schriftelijk</translation>
    </message>
    <message>
      <source>intelligence and security service</source>
      <translation>inlichtingen- en veiligheidsdienst</translation>
    </message>
    <message>
      <source>known e-mail domain</source>
      <translation>bekend e-maildomein</translation>
    </message>
    <message>
      <source>legal rule</source>
      <translation>wettelijke regel</translation>
    </message>
    <message>
      <source>legal rules</source>
      <translation>wettelijke regels</translation>
    </message>
    <message>
      <source>lookup by {kind}</source>
      <translation>opvraging op {kind}</translation>
    </message>
    <message>
      <source>name</source>
      <translation>naam</translation>
    </message>
    <message>
      <source>orally</source>
      <translation>mondeling</translation>
    </message>
    <message>
      <source>other</source>
      <translation>overig</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>telefoonnummer</translation>
    </message>
    <message>
      <source>police</source>
      <translation>politie</translation>
    </message>
    <message>
      <source>postcode and house number</source>
      <translation>postcode en huisnummer</translation>
    </message>
    <message>
      <source>report</source>
      <translation>rapport</translation>
    </message>
    <message>
      <source>request</source>
      <translation>verzoek</translation>
    </message>
    <message>
      <source>secrecy flag</source>
      <translation>geheimhouding</translation>
    </message>
    <message>
      <source>setting</source>
      <translation>instelling</translation>
    </message>
    <message>
      <source>supervisory authority</source>
      <translation>toezichthouder</translation>
    </message>
    <message>
      <source>user</source>
      <translation>gebruiker</translation>
    </message>
    <message>
      <source>written confirmation</source>
      <translation>schriftelijke bevestiging</translation>
    </message>
  </context>
  <context>
    <name>LegalRulesScreen</name>
    <message>
      <source>the rules shipped with LawfulReq</source>
      <translation>de regels die met LawfulReq zijn meegeleverd</translation>
    </message>
    <message>
      <source>version {version}, {time}, by {who}</source>
      <translation>versie {version}, {time}, door {who}</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <source>Choose the case this lookup is for, then type an identifier or name.</source>
      <translation>Kies eerst de zaak waarvoor u opzoekt; typ dan een identificator of naam.</translation>
    </message>
    <message>
      <source>Choose the case this lookup is for…</source>
      <translation>Kies de zaak waarvoor u opzoekt…</translation>
    </message>
    <message>
      <source>Looking up…</source>
      <translation>Bezig met opzoeken…</translation>
    </message>
    <message>
      <source>The question changed: look up again.</source>
      <translation>De zoekvraag is gewijzigd: zoek opnieuw.</translation>
    </message>
    <message>
      <source>Too broad: a name search needs a word of at least 3 letters besides particles such as “de” or “van”. A broad search shows many people who have nothing to do with the case. Type the full surname, or search by postcode and house number.</source>
      <translation>Te ruim: zoeken op naam vraagt een woord van minstens 3 letters naast voorvoegsels als ‘de’ of ‘van’. Een ruime zoekvraag toont veel mensen die niets met de zaak te maken hebben. Typ de volledige achternaam, of zoek op postcode en huisnummer.</translation>
    </message>
    <message>
      <source>Type an identifier or name and press Look up.</source>
      <translation>Typ een identificator of naam en klik op Opzoeken.</translation>
    </message>
  </context>
  <context>
    <name>SecurityTexts</name>
    <message>
      <source>Choose between {low} and {high}.</source>
      <translation>Kies een waarde tussen {low} en {high}.</translation>
    </message>
    <message>
      <source>That value is not allowed for this setting.</source>
      <translation>Die waarde is voor deze instelling niet toegestaan.</translation>
    </message>
  </context>
</TS>
