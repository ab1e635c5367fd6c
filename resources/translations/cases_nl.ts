<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseDetailScreen</name>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="48"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="195"/>
        <source>SECRET — art. 126bb Sv</source>
        <translation>GEHEIM — art. 126bb Sv</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="176"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="59"/>
        <source>no deadline</source>
        <translation>geen termijn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="60"/>
        <source>due {time}</source>
        <translation>termijn {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="64"/>
        <source>{due} — overdue</source>
        <translation>{due} — verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="67"/>
        <source>{due} — paused, {left} left</source>
        <translation>{due} — gepauzeerd, nog {left}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="70"/>
        <source>{due} — {left} left</source>
        <translation>{due} — nog {left}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="77"/>
        <source>Back to received</source>
        <translation>Terug naar ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="78"/>
        <source>Await written confirmation</source>
        <translation>Wachten op schriftelijke bevestiging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="81"/>
        <source>Review</source>
        <translation>Beoordelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="82"/>
        <source>Put on hold…</source>
        <translation>Aanhouden…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="83"/>
        <source>Approve for disclosure</source>
        <translation>Goedkeuren voor verstrekking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="84"/>
        <source>Mark as disclosed</source>
        <translation>Markeren als verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="85"/>
        <source>Close the case</source>
        <translation>Zaak sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="86"/>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="87"/>
        <source>Mark as withdrawn…</source>
        <translation>Markeren als ingetrokken…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="101"/>
        <source>Moved: {from_state} → {to_state}</source>
        <translation>Verplaatst: {from_state} → {to_state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="105"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="106"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="107"/>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="108"/>
        <source>Document added</source>
        <translation>Document toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="109"/>
        <source>Document opened</source>
        <translation>Document geopend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="110"/>
        <source>Warning acknowledged</source>
        <translation>Waarschuwing geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="111"/>
        <source>Notes changed</source>
        <translation>Notities gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="112"/>
        <source>Requester&apos;s identity checked</source>
        <translation>Identiteit van de verzoeker gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="113"/>
        <source>Written confirmation received</source>
        <translation>Schriftelijke bevestiging ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="171"/>
        <source>← Back to the list</source>
        <translation>← Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="174"/>
        <source>Back to the case list (Alt+Left)</source>
        <translation>Terug naar de zakenlijst (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="178"/>
        <source>Load the case again (F5)</source>
        <translation>De zaak opnieuw laden (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="192"/>
        <source>EMERGENCY</source>
        <translation>SPOED</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="197"/>
        <source>Secret demand: never tell the customer (art. 126bb Sv)</source>
        <translation>Geheime vordering: nooit aan de klant melden (art. 126bb Sv)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="216"/>
        <source>Next step:</source>
        <translation>Volgende stap:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="219"/>
        <source>Read only: your role cannot change cases.</source>
        <translation>Alleen lezen: uw rol kan zaken niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="238"/>
        <location filename="../../ui/screens/case_detail.py" line="292"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="238"/>
        <source>As given</source>
        <translation>Zoals opgegeven</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="238"/>
        <source>Normalised</source>
        <translation>Genormaliseerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="238"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="258"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="258"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="258"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="258"/>
        <source>Acknowledged</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="270"/>
        <source>Errors block disclosure. Warnings need an acknowledgement, recorded with your name: select one and press Acknowledge.</source>
        <translation>Fouten blokkeren verstrekking. Waarschuwingen moeten worden geaccepteerd; dat wordt met uw naam vastgelegd: selecteer er een en druk op Waarschuwing accepteren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="276"/>
        <source>Acknowledge warning</source>
        <translation>Waarschuwing accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="292"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="292"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="292"/>
        <source>Uploaded</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="294"/>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="425"/>
        <source>Authority:</source>
        <translation>Instantie:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="426"/>
        <source>Requester:</source>
        <translation>Verzoeker:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="428"/>
        <source>Legal basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="430"/>
        <source>(rule version {version})</source>
        <translation>(regelversie {version})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="432"/>
        <source>Issued by:</source>
        <translation>Uitgevaardigd door:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="433"/>
        <source>Authority reference:</source>
        <translation>Kenmerk instantie:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="434"/>
        <source>Parket number:</source>
        <translation>Parketnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="435"/>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="437"/>
        <source>Data categories:</source>
        <translation>Gegevenscategorieën:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="440"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="442"/>
        <source>RC authorisation:</source>
        <translation>Machtiging rechter-commissaris:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="448"/>
        <source>Emergency:</source>
        <translation>Spoed:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="451"/>
        <source>Owner:</source>
        <translation>Behandelaar:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="453"/>
        <source>Identity checked:</source>
        <translation>Identiteit gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="466"/>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="467"/>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="468"/>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="478"/>
        <source>Findings ({count})</source>
        <translation>Bevindingen ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="498"/>
        <source>Move the case to “{state}”</source>
        <translation>De zaak naar “{state}” zetten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="529"/>
        <source>Why: {state}</source>
        <translation>Waarom: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="548"/>
        <source>{ref} is now “{state}”.</source>
        <translation>{ref} is nu “{state}”.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="595"/>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="243"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="243"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="243"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="243"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="310"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="249"/>
        <source>Demand</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="250"/>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="251"/>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="252"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="253"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="254"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="449"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="455"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/case_detail.py" line="393"/>
        <location filename="../../ui/screens/case_detail.py" line="449"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="127"/>
        <source>Search reference, authority, parket number</source>
        <translation>Zoek op zaaknummer, kenmerk instantie, parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="128"/>
        <source>New case…</source>
        <translation>Nieuwe zaak…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="130"/>
        <source>Register a new demand (Ctrl+N)</source>
        <translation>Een nieuwe vordering registreren (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="139"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="140"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="145"/>
        <source>All authorities</source>
        <translation>Alle instanties</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="148"/>
        <source>All legal bases</source>
        <translation>Alle grondslagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="151"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="152"/>
        <source>My cases</source>
        <translation>Mijn zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="153"/>
        <source>Due within 3 days</source>
        <translation>Termijn binnen 3 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="168"/>
        <source>Show all cases</source>
        <translation>Alle zaken tonen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="252"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="257"/>
        <source>1 case</source>
        <translation>1 zaak</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="257"/>
        <source>{n} cases</source>
        <translation>{n} zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="299"/>
        <source>Showing the dashboard&apos;s selection: {what}</source>
        <translation>Selectie uit het overzicht: {what}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/models/case_table.py" line="39"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="41"/>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="44"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="46"/>
        <source>{n} days</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="98"/>
        <source>Reference</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="100"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="101"/>
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="102"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="103"/>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="104"/>
        <source>Days left</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="105"/>
        <source>Owner</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="151"/>
        <source>Paused: the clock stops while the case is on hold</source>
        <translation>Gepauzeerd: de termijn loopt niet zolang de zaak is aangehouden</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="155"/>
        <source>Secret demand: never tell the customer (art. 126bb Sv)</source>
        <translation>Geheime vordering: nooit aan de klant melden (art. 126bb Sv)</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="189"/>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../ui/models/case_table.py" line="189"/>
        <location filename="../../ui/screens/cases.py" line="201"/>
        <source>{n} days late</source>
        <translation>{n} dagen te laat</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <location filename="../../ui/screens/cases.py" line="52"/>
        <source>open cases</source>
        <translation>open zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="55"/>
        <source>due from {time}</source>
        <translation>termijn vanaf {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="59"/>
        <source>due before {time}</source>
        <translation>termijn vóór {time}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="62"/>
        <source>emergency</source>
        <translation>spoed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="63"/>
        <source>all cases</source>
        <translation>alle zaken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="476"/>
        <source>Your role cannot register new cases.</source>
        <translation>Uw rol kan geen nieuwe zaken registreren.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="517"/>
        <source>Case {ref} registered.</source>
        <translation>Zaak {ref} geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/cases.py" line="529"/>
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
        <translation>Machtiging rechter-commissaris vereist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="111"/>
        <source>Secrecy applies (art. 126bb Sv)</source>
        <translation>Geheimhouding geldt (art. 126bb Sv)</translation>
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
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Further checks</source>
        <translation>Verdere toetsing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>No statutory basis: always refused</source>
        <translation>Geen wettelijke grondslag: altijd weigeren</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Only data held when the demand arrives</source>
        <translation>Alleen gegevens die bij ontvangst van de vordering zijn opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Future data at most %1 months</source>
        <translation>Toekomstige gegevens hoogstens %1 maanden</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>RC authorisation for real-time or periodic delivery</source>
        <translation>Machtiging RC bij verstrekking direct na verwerking of periodiek</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>A judge issues or validates the order for: %1</source>
        <translation>Een rechter vaardigt het bevel uit of valideert het bij: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Court review advised for: %1</source>
        <translation>Voorafgaande rechterlijke toetsing aangeraden bij: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Minister&apos;s permission and TIB approval</source>
        <translation>Toestemming van de minister en goedkeuring door de TIB</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>The order expires at the end of its period</source>
        <translation>Het bevel vervalt aan het einde van de looptijd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Deadline %1 days, %2 hours in an emergency</source>
        <translation>Termijn %1 dagen, bij spoed %2 uur</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Preserved %1 days, extendable by %2</source>
        <translation>Bewaard gedurende %1 dagen, verlengbaar met %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Preserved %1 days</source>
        <translation>Bewaard gedurende %1 dagen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/legal_rules.py" line="0"/>
        <source>Written confirmation is internal policy, not law</source>
        <translation>Schriftelijke bevestiging is intern beleid, geen wettelijke plicht</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="116"/>
        <source>New case</source>
        <translation>Nieuwe zaak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="146"/>
        <source>Create case</source>
        <translation>Zaak aanmaken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="211"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (update as you type)</source>
        <translation>&lt;b&gt;Bevindingen&lt;/b&gt; (bijgewerkt terwijl u typt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="223"/>
        <source>Authority and requesting officer</source>
        <translation>Instantie en verzoekende ambtenaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="229"/>
        <source>Pick from the register or type a new authority</source>
        <translation>Kies uit het register of typ een nieuwe instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="243"/>
        <source>Not verified yet</source>
        <translation>Nog niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="244"/>
        <source>Called back on the register&apos;s number</source>
        <translation>Teruggebeld op het nummer uit het register</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="245"/>
        <source>Known e-mail domain</source>
        <translation>Bekend e-maildomein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="246"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="247"/>
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="248"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="249"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="250"/>
        <source>Phone (register)</source>
        <translation>Telefoon (register)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="251"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="252"/>
        <source>Identity checked</source>
        <translation>Identiteit gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="260"/>
        <source>The demand</source>
        <translation>De vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="275"/>
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="276"/>
        <source>oral (urgent)</source>
        <translation>mondeling (spoed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="277"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="290"/>
        <source>RC authorisation of</source>
        <translation>Rechter-commissaris heeft gemachtigd op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="297"/>
        <source>judge</source>
        <translation>rechter-commissaris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="302"/>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="303"/>
        <source>Issued by</source>
        <translation>Uitgevaardigd door</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="304"/>
        <source>Arrived</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="305"/>
        <source>Received at</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="306"/>
        <source>Authority reference</source>
        <translation>Kenmerk instantie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="307"/>
        <source>Parket number</source>
        <translation>Parketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="308"/>
        <source>RC</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="309"/>
        <source>Judge</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="318"/>
        <source>What is demanded</source>
        <translation>Wat wordt gevorderd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="328"/>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="343"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="350"/>
        <source>Targets (one per line)</source>
        <translation>Doelen (één per regel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="354"/>
        <source>06-12345678
204081234567890
192.0.2.1:443</source>
        <translation>06-12345678
204081234567890
192.0.2.1:443</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="366"/>
        <source>Emergency, document and notes</source>
        <translation>Spoed, document en notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="368"/>
        <source>Emergency (deadline in hours)</source>
        <translation>Spoed (termijn in uren)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="372"/>
        <source>no document</source>
        <translation>geen document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="373"/>
        <source>Attach scan…</source>
        <translation>Scan toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="383"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="384"/>
        <location filename="../../ui/dialogs/new_case.py" line="466"/>
        <source>Demand document</source>
        <translation>Document van de vordering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="385"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="466"/>
        <source>Documents (*.pdf *.png *.jpg *.tif)</source>
        <translation>Documenten (*.pdf *.png *.jpg *.tif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="521"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="522"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="523"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="538"/>
        <source>No findings: the demand looks lawful.</source>
        <translation>Geen bevindingen: de vordering lijkt rechtmatig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="541"/>
        <source>Errors: {errors} · warnings: {warnings}</source>
        <translation>Fouten: {errors} · waarschuwingen: {warnings}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>EIO only: state, authority, reference</source>
        <translation>alleen bij een EOB: lidstaat, autoriteit, kenmerk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>Foreign origin</source>
        <translation>Buitenlandse herkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>once</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>periodically</source>
        <translation>periodiek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>in real time</source>
        <translation>direct na verwerking (realtime)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>Delivery</source>
        <translation>Verstrekking</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>Wiv: minister</source>
        <translation>Wiv: minister</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>Wiv: TIB</source>
        <translation>Wiv: TIB</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>permission of</source>
        <translation>toestemming van</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_case.py" line="0"/>
        <source>approval of</source>
        <translation>goedkeuring van</translation>
    </message>
</context>
</TS>
