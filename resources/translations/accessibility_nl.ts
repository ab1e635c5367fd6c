<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AccessRequestsScreen</name>
    <message>
      <source>Access requests</source>
      <translation>Inzageverzoeken</translation>
    </message>
    <message>
      <source>Which requests</source>
      <translation>Welke verzoeken</translation>
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message>
      <source>Language of the answer</source>
      <translation>Taal van het antwoord</translation>
    </message>
    <message>
      <source>Preview of the answer</source>
      <translation>Voorbeeld van het antwoord</translation>
    </message>
  </context>
  <context>
    <name>AuditLogScreen</name>
    <message>
      <source>Audit events</source>
      <translation>Gebeurtenissen in het auditlog</translation>
    </message>
  </context>
  <context>
    <name>Breakdown</name>
    <message>
      <source>Figures as a table</source>
      <translation>Cijfers als tabel</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Authority</source>
      <translation>Instantie</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Zaken</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>Behandelaar</translation>
    </message>
    <message>
      <source>Legal basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <source>Search cases</source>
      <translation>Zaken zoeken</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Details of the error</source>
      <translation>Details van de fout</translation>
    </message>
  </context>
  <context>
    <name>DisclosureTab</name>
    <message>
      <source>Holders and data in the disclosure</source>
      <translation>Houders en gegevens in de verstrekking</translation>
    </message>
    <message>
      <source>Kind of report</source>
      <translation>Soort rapport</translation>
    </message>
    <message>
      <source>Language of the report</source>
      <translation>Taal van het rapport</translation>
    </message>
  </context>
  <context>
    <name>DisclosuresScreen</name>
    <message>
      <source>Search disclosures by case reference</source>
      <translation>Verstrekkingen zoeken op zaaknummer</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stadium</translation>
    </message>
  </context>
  <context>
    <name>FlagsScreen</name>
    <message>
      <source>Secrecy flags</source>
      <translation>Geheimhoudingen</translation>
    </message>
    <message>
      <source>Which secrecy flags</source>
      <translation>Welke geheimhoudingen</translation>
    </message>
  </context>
  <context>
    <name>ImportScreen</name>
    <message>
      <source>File to import</source>
      <translation>Te importeren bestand</translation>
    </message>
    <message>
      <source>Rows that could not be imported</source>
      <translation>Regels die niet konden worden geïmporteerd</translation>
    </message>
  </context>
  <context>
    <name>LegalRulesScreen</name>
    <message>
      <source>Legal bases</source>
      <translation>Grondslagen</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <source>Details and history of the selected holder</source>
      <translation>Gegevens en geschiedenis van de gekozen houder</translation>
    </message>
    <message>
      <source>Holders found</source>
      <translation>Gevonden houders</translation>
    </message>
    <message>
      <source>Moment</source>
      <translation>Moment</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Sections</source>
      <translation>Onderdelen</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Date of the authorisation</source>
      <translation>Datum van de machtiging</translation>
    </message>
    <message>
      <source>Findings while you type</source>
      <translation>Bevindingen tijdens het invullen</translation>
    </message>
    <message>
      <source>Period until</source>
      <translation>Periode tot</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <source>Preview of the report</source>
      <translation>Voorbeeld van het rapport</translation>
    </message>
  </context>
  <context>
    <name>StatisticsScreen</name>
    <message>
      <source>Count</source>
      <translation>Telwijze</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
    </message>
    <message>
      <source>Kind of period</source>
      <translation>Soort periode</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Tot en met</translation>
    </message>
  </context>
  <context>
    <name>UsersScreen</name>
    <message>
      <source>Users</source>
      <translation>Gebruikers</translation>
    </message>
  </context>
  <context>
    <name>VerifyPanel</name>
    <message>
      <source>Files to verify</source>
      <translation>Te controleren bestanden</translation>
    </message>
  </context>
</TS>
