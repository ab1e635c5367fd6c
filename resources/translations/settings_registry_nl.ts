<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>SettingLabels</name>
    <message>
      <source>Lock after (minutes without use)</source>
      <translation>Vergrendelen na (minuten zonder gebruik)</translation>
    </message>
    <message>
      <source>Traffic data kept (months; 0: no limit)</source>
      <translation>Bewaartermijn verkeersgegevens (maanden; 0: geen termijn)</translation>
    </message>
    <message>
      <source>Closed case files kept after closure (years; 0: no limit)</source>
      <translation>Bewaartermijn gesloten dossiers na afsluiting (jaren; 0: geen termijn)</translation>
    </message>
    <message>
      <source>Location data kept (months; 0: no limit)</source>
      <translation>Bewaartermijn locatiegegevens (maanden; 0: geen termijn)</translation>
    </message>
    <message>
      <source>Recordings of customer calls kept (months; 0: no limit)</source>
      <translation>Bewaartermijn opnamen van klantgesprekken (maanden; 0: geen termijn)</translation>
    </message>
    <message>
      <source>Stored voicemail kept (months; 0: no limit)</source>
      <translation>Bewaartermijn opgeslagen voicemail (maanden; 0: geen termijn)</translation>
    </message>
    <message>
      <source>Warn when traffic data lack a court's review</source>
      <translation>Waarschuwen bij verkeersgegevens zonder rechterlijke toetsing</translation>
    </message>
    <message>
      <source>The cloud PBX (Compass) stores voicemail messages</source>
      <translation>De cloudcentrale (Compass) bewaart voicemailberichten</translation>
    </message>
    <message>
      <source>Timestamp server for signed reports (URL)</source>
      <translation>Tijdstempelserver voor ondertekende rapporten (URL)</translation>
    </message>
    <message>
      <source>Name on the letterhead of reports</source>
      <translation>Naam in het briefhoofd van rapporten</translation>
    </message>
    <message>
      <source>Review secrecy flags every (months)</source>
      <translation>Geheimhoudingen herbeoordelen na (maanden)</translation>
    </message>
    <message>
      <source>Statistics: show counts below this number as '&lt; N' (0: never)</source>
      <translation>Statistiek: aantallen onder dit getal tonen als '&lt; N' (0: nooit)</translation>
    </message>
    <message>
      <source>Answer a demand within (days)</source>
      <translation>Termijn voor beantwoording van een vordering (dagen)</translation>
    </message>
    <message>
      <source>Answer an emergency demand within (hours)</source>
      <translation>Termijn voor beantwoording van een spoedvordering (uren)</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <source>Settings for everyone</source>
      <translation>Instellingen voor alle gebruikers</translation>
    </message>
    <message>
      <source>These settings hold for everyone who uses this database. After the idle time without keyboard or mouse, LawfulReq covers its windows and asks for the password again; nothing that was open is lost.</source>
      <translation>Deze instellingen gelden voor iedereen die met deze database werkt. Na de ingestelde tijd zonder toetsenbord- of muisgebruik dekt LawfulReq de vensters af en vraagt het opnieuw om het wachtwoord; wat geopend was, blijft behouden.</translation>
    </message>
    <message>
      <source>These settings hold for everyone who uses this database; the FG sets them.</source>
      <translation>Deze instellingen gelden voor iedereen die met deze database werkt; de FG stelt ze vast.</translation>
    </message>
    <message>
      <source>Saved for everyone: {setting}.</source>
      <translation>Opgeslagen voor alle gebruikers: {setting}.</translation>
    </message>
  </context>
  <context>
    <name>SecurityTexts</name>
    <message>
      <source>That value is not allowed for this setting.</source>
      <translation>Die waarde is voor deze instelling niet toegestaan.</translation>
    </message>
    <message>
      <source>Choose between {low} and {high}.</source>
      <translation>Kies een waarde van {low} tot en met {high}.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Called back on the register's number</source>
      <translation>Teruggebeld op het nummer uit het register</translation>
    </message>
    <message>
      <source>Known e-mail domain</source>
      <translation>Bekend e-maildomein</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>Persoonlijk</translation>
    </message>
    <message>
      <source>Electronically signed demand (signature checked)</source>
      <translation>Elektronisch ondertekende vordering (handtekening gecontroleerd)</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Due within {days} days</source>
      <translation>Termijn binnen {days} dagen</translation>
    </message>
  </context>
</TS>
