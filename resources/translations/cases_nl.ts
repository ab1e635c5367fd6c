<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseDetailScreen</name>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="42" />
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="53" />
        <source>no deadline</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="56" />
        <source>due %1</source>
        <translation>termijn %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="58" />
        <source>due %1 — overdue</source>
        <translation>termijn %1 — verstreken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/case_detail.py" line="60" />
        <source>due %1 — paused, %n day(s) left</source>
        <translation><numerusform>termijn %1 — gepauzeerd, nog %n dag</numerusform><numerusform>termijn %1 — gepauzeerd, nog %n dagen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/case_detail.py" line="64" />
        <source>due %1 — %n hour(s) left</source>
        <translation><numerusform>termijn %1 — nog %n uur</numerusform><numerusform>termijn %1 — nog %n uur</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/case_detail.py" line="67" />
        <source>due %1 — %n day(s) left</source>
        <translation><numerusform>termijn %1 — nog %n dag</numerusform><numerusform>termijn %1 — nog %n dagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="75" />
        <source>Someone else changed this case in the meantime. Reload it and try again.</source>
        <translation>Iemand anders heeft deze zaak intussen gewijzigd. Laad haar opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="122" />
        <source>SECRET — Sv 126bb</source>
        <translation>GEHEIM — Sv 126bb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="133" />
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="149" />
        <location filename="../../ui/screens/case_detail.py" line="166" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="149" />
        <source>As given</source>
        <translation>Zoals opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="149" />
        <source>Normalised</source>
        <translation>Genormaliseerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="149" />
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="152" />
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="152" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="152" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="152" />
        <source>Acknowledged</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="158" />
        <source>Acknowledge warning</source>
        <translation>Waarschuwing accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="166" />
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="166" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="166" />
        <source>Uploaded</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="168" />
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="181" />
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="189" />
        <source>Demand</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="190" />
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="191" />
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="192" />
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="193" />
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="194" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="232" />
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="233" />
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="235" />
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="238" />
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="239" />
        <source>Authority reference</source>
        <translation>Kenmerk instantie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="240" />
        <source>Parket number</source>
        <translation>Parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="241" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="242" />
        <source>Data categories</source>
        <translation>Gegevenscategorieën</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="243" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="245" />
        <source>RC authorisation</source>
        <translation>Machtiging RC</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="248" />
        <source>Emergency</source>
        <translation>Spoed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="248" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="249" />
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="251" />
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="253" />
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="263" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="333" />
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="34" />
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="35" />
        <source>awaiting written confirmation</source>
        <translation>wacht op schriftelijke bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="38" />
        <source>under review</source>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="39" />
        <source>on hold</source>
        <translation>aangehouden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="40" />
        <source>approved for disclosure</source>
        <translation>goedgekeurd voor verstrekking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="41" />
        <source>disclosed</source>
        <translation>verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="42" />
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="43" />
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="44" />
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="61" />
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="63" />
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="64" />
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="65" />
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="66" />
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="67" />
        <source>Days left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="68" />
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="69" />
        <source>Secrecy</source>
        <translation>Geheimhouding</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="154" />
        <source>Secret demand: never tell the customer (Sv 126bb)</source>
        <translation>Geheime vordering: nooit aan de klant melden (Sv 126bb)</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="169" />
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/case_table.py" line="178" />
        <source>overdue %n day(s)</source>
        <translation><numerusform>%n dag te laat</numerusform><numerusform>%n dagen te laat</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/case_table.py" line="180" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n uur</numerusform><numerusform>%n uur</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/case_table.py" line="181" />
        <source>%n day(s)</source>
        <translation><numerusform>%n dag</numerusform><numerusform>%n dagen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="182" />
        <source> (paused)</source>
        <translation> (gepauzeerd)</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="84" />
        <source>Search reference, authority, parket number</source>
        <translation>Zoek op kenmerk, instantie, parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="87" />
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="88" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="93" />
        <source>All authorities</source>
        <translation>Alle instanties</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="98" />
        <source>All legal bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="103" />
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="104" />
        <source>My cases</source>
        <translation>Mijn zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="108" />
        <source>Due within 3 days</source>
        <translation>Termijn binnen 3 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="110" />
        <source>New case…</source>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/cases.py" line="167" />
        <source>%n case(s)</source>
        <translation><numerusform>%n zaak</numerusform><numerusform>%n zaken</numerusform></translation>
    </message>
</context>
<context>
    <name>LegalRulesScreen</name>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="65" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="74" />
        <source>RC authorisation required</source>
        <translation>Machtiging RC vereist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="76" />
        <source>Secrecy applies (Sv 126bb)</source>
        <translation>Geheimhouding geldt (Sv 126bb)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="77" />
        <source>One identifier per order</source>
        <translation>Eén identificator per bevel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="78" />
        <source>Needs FG legal review</source>
        <translation>Juridische toets door FG nodig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="88" />
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="89" />
        <source>May demand</source>
        <translation>Mag vorderen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="94" />
        <source>Max. future days</source>
        <translation>Max. dagen toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="95" />
        <source>Written confirmation within (days)</source>
        <translation>Schriftelijke bevestiging binnen (dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="96" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="97" />
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="98" />
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="109" />
        <source>Retention (months; 0 = kept as long as the contract)</source>
        <translation>Bewaartermijn (maanden; 0 = zolang het contract loopt)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="121" />
        <source>Save retention</source>
        <translation>Bewaartermijnen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="211" />
        <source>Saved as version %1.</source>
        <translation>Opgeslagen als versie %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="221" />
        <source>Retention saved.</source>
        <translation>Bewaartermijnen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="77" />
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="116" />
        <source>Create case</source>
        <translation>Zaak aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="141" />
        <source>&lt;b&gt;Findings&lt;/b&gt; (update as you type)</source>
        <translation>&lt;b&gt;Bevindingen&lt;/b&gt; (bijgewerkt terwijl u typt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="147" />
        <source>Authority and requesting officer</source>
        <translation>Instantie en verzoekende ambtenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="153" />
        <source>Pick from the register or type a new authority</source>
        <translation>Kies uit het register of typ een nieuwe instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="167" />
        <source>Not verified yet</source>
        <translation>Nog niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="168" />
        <source>Called back on the register's number</source>
        <translation>Teruggebeld op het nummer uit het register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="169" />
        <source>Known e-mail domain</source>
        <translation>Bekend e-maildomein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="170" />
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="171" />
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="172" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="173" />
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="174" />
        <source>Phone (register)</source>
        <translation>Telefoon (register)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="175" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="176" />
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="184" />
        <source>The demand</source>
        <translation>De vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="199" />
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="200" />
        <source>oral (urgent)</source>
        <translation>mondeling (spoed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="201" />
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="214" />
        <source>RC authorisation of</source>
        <translation>Machtiging RC van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="221" />
        <source>judge</source>
        <translation>rechter-commissaris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="226" />
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="227" />
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="228" />
        <source>Arrived</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="229" />
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="230" />
        <source>Authority reference</source>
        <translation>Kenmerk instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="231" />
        <source>Parket number</source>
        <translation>Parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="232" />
        <source>RC</source>
        <translation>RC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="241" />
        <source>What is demanded</source>
        <translation>Wat wordt gevorderd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="251" />
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="266" />
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="273" />
        <source>Targets (one per line)</source>
        <translation>Doelen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="277" />
        <source>06-12345678
204081234567890
192.0.2.1:443</source>
        <translation>06-12345678
204081234567890
192.0.2.1:443</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="288" />
        <source>Emergency, document and notes</source>
        <translation>Spoed, document en notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="290" />
        <source>Emergency (deadline in hours)</source>
        <translation>Spoed (termijn in uren)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="294" />
        <source>no document</source>
        <translation>geen document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="295" />
        <source>Attach scan…</source>
        <translation>Scan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="305" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="306" />
        <location filename="../../ui/dialogs/new_case.py" line="359" />
        <source>Demand document</source>
        <translation>Document van de vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="307" />
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="359" />
        <source>Documents (*.pdf *.png *.jpg *.tif)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.tif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="418" />
        <source>No findings: the demand looks lawful.</source>
        <translation>Geen bevindingen: de vordering lijkt rechtmatig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="421" />
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 fout(en), %2 waarschuwing(en)</translation>
    </message>
</context>
</TS>