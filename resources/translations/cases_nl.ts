<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseDetailScreen</name>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="47"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="193"/>
        <source>SECRET — Sv 126bb</source>
        <translation>GEHEIM — Sv 126bb</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="174"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="58"/>
        <source>no deadline</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="59"/>
        <source>due {time}</source>
        <translation>termijn {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="63"/>
        <source>{due} — overdue</source>
        <translation>{due} — verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="66"/>
        <source>{due} — paused, {left} left</source>
        <translation>{due} — gepauzeerd, nog {left}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="69"/>
        <source>{due} — {left} left</source>
        <translation>{due} — nog {left}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="76"/>
        <source>Back to received</source>
        <translation>Terug naar ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="77"/>
        <source>Await written confirmation</source>
        <translation>Wachten op schriftelijke bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="80"/>
        <source>Review</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="81"/>
        <source>Put on hold…</source>
        <translation>Aanhouden…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="82"/>
        <source>Approve for disclosure</source>
        <translation>Goedkeuren voor verstrekking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="83"/>
        <source>Mark as disclosed</source>
        <translation>Markeren als verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="84"/>
        <source>Close the case</source>
        <translation>Zaak sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="85"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="86"/>
        <source>Mark as withdrawn…</source>
        <translation>Markeren als ingetrokken…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="100"/>
        <source>Moved: {from_state} → {to_state}</source>
        <translation>Verplaatst: {from_state} → {to_state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="104"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="105"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="106"/>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="107"/>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="108"/>
        <source>Document opened</source>
        <translation>Document geopend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="109"/>
        <source>Warning acknowledged</source>
        <translation>Waarschuwing geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="110"/>
        <source>Notes changed</source>
        <translation>Notities gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="111"/>
        <source>Requester&apos;s identity checked</source>
        <translation>Identiteit van de verzoeker gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="112"/>
        <source>Written confirmation received</source>
        <translation>Schriftelijke bevestiging ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="169"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="172"/>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Terug naar de zakenlijst (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176"/>
        <source>Load the case again (F5)</source>
        <translation>De zaak opnieuw laden (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="190"/>
        <source>EMERGENCY</source>
        <translation>SPOED</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="195"/>
        <source>Secret demand: never tell the customer (Sv 126bb)</source>
        <translation>Geheime vordering: nooit aan de klant melden (Sv 126bb)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="214"/>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="217"/>
        <source>Read only: your role cannot change cases.</source>
        <translation>Alleen lezen: uw rol kan zaken niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="236"/>
        <location filename="../../ui/screens/case_detail.py" line="290"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="236"/>
        <source>As given</source>
        <translation>Zoals opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="236"/>
        <source>Normalised</source>
        <translation>Genormaliseerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="236"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="256"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="256"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="256"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="256"/>
        <source>Acknowledged</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="268"/>
        <source>Errors block disclosure. Warnings need an acknowledgement, recorded with your name: select one and press Acknowledge.</source>
        <translation>Fouten blokkeren verstrekking. Waarschuwingen moeten worden geaccepteerd; dat wordt met uw naam vastgelegd: selecteer er een en druk op Waarschuwing accepteren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="274"/>
        <source>Acknowledge warning</source>
        <translation>Waarschuwing accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="290"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="290"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="290"/>
        <source>Uploaded</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="292"/>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="416"/>
        <source>Authority:</source>
        <translation>Instantie:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="417"/>
        <source>Requester:</source>
        <translation>Verzoeker:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="419"/>
        <source>Legal basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="421"/>
        <source>(rule version {version})</source>
        <translation>(regelversie {version})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="423"/>
        <source>Issued by:</source>
        <translation>Uitgevaardigd door:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="424"/>
        <source>Authority reference:</source>
        <translation>Kenmerk instantie:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="425"/>
        <source>Parket number:</source>
        <translation>Parketnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="426"/>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="428"/>
        <source>Data categories:</source>
        <translation>Gegevenscategorieën:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="431"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="433"/>
        <source>RC authorisation:</source>
        <translation>Machtiging RC:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="439"/>
        <source>Emergency:</source>
        <translation>Spoed:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="442"/>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="444"/>
        <source>Identity checked:</source>
        <translation>Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="457"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="458"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="459"/>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="469"/>
        <source>Findings ({count})</source>
        <translation>Bevindingen ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="489"/>
        <source>Move the case to “{state}”</source>
        <translation>De zaak naar “{state}” zetten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="520"/>
        <source>Why: {state}</source>
        <translation>Waarom: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="539"/>
        <source>{ref} is now “{state}”.</source>
        <translation>{ref} is nu “{state}”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="586"/>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="241"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="241"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="241"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="241"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="308"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="247"/>
        <source>Demand</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="248"/>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="249"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="250"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="251"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="252"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="440"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="446"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="385"/>
        <location filename="../../ui/screens/case_detail.py" line="440"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="126"/>
        <source>Search reference, authority, parket number</source>
        <translation>Zoek op kenmerk, instantie, parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="127"/>
        <source>New case…</source>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="129"/>
        <source>Register a new demand (Ctrl+N)</source>
        <translation>Een nieuwe vordering registreren (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="138"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="139"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="144"/>
        <source>All authorities</source>
        <translation>Alle instanties</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="147"/>
        <source>All legal bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="150"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="151"/>
        <source>My cases</source>
        <translation>Mijn zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="152"/>
        <source>Due within 3 days</source>
        <translation>Termijn binnen 3 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="167"/>
        <source>Show all cases</source>
        <translation>Alle zaken tonen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="200"/>
        <source>{left} (paused)</source>
        <translation>{left} (gepauzeerd)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="202"/>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="245"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="250"/>
        <source>1 case</source>
        <translation>1 zaak</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="250"/>
        <source>{n} cases</source>
        <translation>{n} zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="291"/>
        <source>Showing the dashboard&apos;s selection: {what}</source>
        <translation>Selectie uit het overzicht: {what}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="38"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="40"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="43"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="45"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="102"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="104"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="105"/>
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="106"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="107"/>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="108"/>
        <source>Days left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="109"/>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="110"/>
        <source>Secrecy</source>
        <translation>Geheimhouding</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="261"/>
        <source>Secret demand: never tell the customer (Sv 126bb)</source>
        <translation>Geheime vordering: nooit aan de klant melden (Sv 126bb)</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="279"/>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="289"/>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="289"/>
        <source>{n} days late</source>
        <translation>{n} dagen te laat</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="291"/>
        <source>{left} (paused)</source>
        <translation>{left} (gepauzeerd)</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="51"/>
        <source>open cases</source>
        <translation>open zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="54"/>
        <source>due from {time}</source>
        <translation>termijn vanaf {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="58"/>
        <source>due before {time}</source>
        <translation>termijn vóór {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="61"/>
        <source>emergency</source>
        <translation>spoed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="62"/>
        <source>all cases</source>
        <translation>alle zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="446"/>
        <source>Your role cannot register new cases.</source>
        <translation>Uw rol kan geen nieuwe zaken registreren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="466"/>
        <source>Case {ref} registered.</source>
        <translation>Zaak {ref} geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="478"/>
        <source>Case {ref} registered; the current filter does not show it.</source>
        <translation>Zaak {ref} geregistreerd; het huidige filter toont hem niet.</translation>
    </message>
</context>
<context>
    <name>LegalRulesScreen</name>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="91"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="101"/>
        <source>Read only: only the Data Protection Officer (FG) changes the rules.</source>
        <translation>Alleen lezen: alleen de Functionaris Gegevensbescherming (FG) wijzigt de regels.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="109"/>
        <source>RC authorisation required</source>
        <translation>Machtiging RC vereist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="111"/>
        <source>Secrecy applies (Sv 126bb)</source>
        <translation>Geheimhouding geldt (Sv 126bb)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="112"/>
        <source>One identifier per order</source>
        <translation>Eén identificator per bevel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="113"/>
        <source>Needs FG legal review</source>
        <translation>Juridische toets door FG nodig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="124"/>
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="125"/>
        <source>May demand</source>
        <translation>Mag vorderen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="130"/>
        <source>Max. future days</source>
        <translation>Max. dagen toekomst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="131"/>
        <source>Written confirmation within (days)</source>
        <translation>Schriftelijke bevestiging binnen (dagen)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="132"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="133"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="134"/>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="145"/>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="150"/>
        <source>Months each kind of data is kept; 0 means as long as the contract runs.</source>
        <translation>Aantal maanden dat elk soort gegevens wordt bewaard; 0 betekent zolang het contract loopt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="163"/>
        <source>Save retention</source>
        <translation>Bewaartermijnen opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="297"/>
        <source>Saved as version %1.</source>
        <translation>Opgeslagen als versie %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="310"/>
        <source>Retention saved.</source>
        <translation>Bewaartermijnen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="90"/>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="112"/>
        <source>Create case</source>
        <translation>Zaak aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="177"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (update as you type)</source>
        <translation>&lt;b&gt;Bevindingen&lt;/b&gt; (bijgewerkt terwijl u typt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="189"/>
        <source>Authority and requesting officer</source>
        <translation>Instantie en verzoekende ambtenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="195"/>
        <source>Pick from the register or type a new authority</source>
        <translation>Kies uit het register of typ een nieuwe instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="209"/>
        <source>Not verified yet</source>
        <translation>Nog niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="210"/>
        <source>Called back on the register&apos;s number</source>
        <translation>Teruggebeld op het nummer uit het register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="211"/>
        <source>Known e-mail domain</source>
        <translation>Bekend e-maildomein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="212"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="213"/>
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="214"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="215"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="216"/>
        <source>Phone (register)</source>
        <translation>Telefoon (register)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="217"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="218"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="226"/>
        <source>The demand</source>
        <translation>De vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="241"/>
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="242"/>
        <source>oral (urgent)</source>
        <translation>mondeling (spoed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="243"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="256"/>
        <source>RC authorisation of</source>
        <translation>Machtiging RC van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="263"/>
        <source>judge</source>
        <translation>rechter-commissaris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="268"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="269"/>
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="270"/>
        <source>Arrived</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="271"/>
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="272"/>
        <source>Authority reference</source>
        <translation>Kenmerk instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="273"/>
        <source>Parket number</source>
        <translation>Parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="274"/>
        <source>RC</source>
        <translation>RC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="275"/>
        <source>Judge</source>
        <translation>Rechter-commissaris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="284"/>
        <source>What is demanded</source>
        <translation>Wat wordt gevorderd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="294"/>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="309"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="316"/>
        <source>Targets (one per line)</source>
        <translation>Doelen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="320"/>
        <source>06-12345678
204081234567890
192.0.2.1:443</source>
        <translation>06-12345678
204081234567890
192.0.2.1:443</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="332"/>
        <source>Emergency, document and notes</source>
        <translation>Spoed, document en notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="334"/>
        <source>Emergency (deadline in hours)</source>
        <translation>Spoed (termijn in uren)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="338"/>
        <source>no document</source>
        <translation>geen document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="339"/>
        <source>Attach scan…</source>
        <translation>Scan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="349"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="350"/>
        <location filename="../../ui/dialogs/new_case.py" line="405"/>
        <source>Demand document</source>
        <translation>Document van de vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="351"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="405"/>
        <source>Documents (*.pdf *.png *.jpg *.tif)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.tif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="460"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="461"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="462"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="477"/>
        <source>No findings: the demand looks lawful.</source>
        <translation>Geen bevindingen: de vordering lijkt rechtmatig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="480"/>
        <source>Errors: {errors} · warnings: {warnings}</source>
        <translation>Fouten: {errors} · waarschuwingen: {warnings}</translation>
    </message>
</context>
</TS>
