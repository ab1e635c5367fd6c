<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>ImportScreen</name>
    <message>
      <location filename="../../ui/screens/import_data.py" line="35" />
      <source>Customers (name, address, contract)</source>
      <translation>Klanten (naam, adres, contract)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="36" />
      <source>Numbers (who held which number, porting)</source>
      <translation>Nummers (wie had welk nummer, nummerbehoud)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="37" />
      <source>SIM cards (ICCID, IMSI)</source>
      <translation>Simkaarten (ICCID, IMSI)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="38" />
      <source>Devices (IMEI seen with IMSI)</source>
      <translation>Toestellen (IMEI gezien met IMSI)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="39" />
      <source>IP assignments (address, ports, prefix)</source>
      <translation>IP-toewijzingen (adres, poorten, prefix)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="40" />
      <source>Usage records (calls, sessions)</source>
      <translation>Verkeersgegevens (gesprekken, sessies)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="60" />
      <source>CSV file, UTF-8, with a header row</source>
      <translation>CSV-bestand, UTF-8, met een kopregel</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="61" />
      <source>Choose…</source>
      <translation>Kiezen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="67" />
      <source>Full export: end-date records it no longer lists</source>
      <translation>Volledige export: beëindig records die er niet meer in staan</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="70" />
      <source>Skip bad rows (they are written to a report next to the file)</source>
      <translation>Foute regels overslaan (ze komen in een rapport naast het bestand)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="74" />
      <source>Check only (dry run)</source>
      <translation>Alleen controleren (proefrun)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="76" />
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="78" />
      <source>Choose a kind and a file.</source>
      <translation>Kies een soort gegevens en een bestand.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="94" />
      <source>Line</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="94" />
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="94" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="109" />
      <source>Kind of data:</source>
      <translation>Soort gegevens:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="110" />
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="123" />
      <source>Bad rows:</source>
      <translation>Foute regels:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="130" />
      <source>Choose the file to import first.</source>
      <translation>Kies eerst het bestand dat u wilt importeren.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="137" />
      <source>%1 rows read</source>
      <translation>%1 regels gelezen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="152" />
      <source>Working…</source>
      <translation>Bezig…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="158" />
      <source>Checking %1</source>
      <translation>%1 controleren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="160" />
      <source>Importing %1</source>
      <translation>%1 importeren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="166" />
      <source>Imported %6 of %1 rows: %2 new, %3 changed, %4 unchanged, %5 end-dated.</source>
      <translation>%6 van %1 regels geïmporteerd: %2 nieuw, %3 gewijzigd, %4 ongewijzigd, %5 beëindigd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="168" />
      <source>Checked %1 rows: %6 would be imported; nothing was changed (dry run).</source>
      <translation>%1 regels gecontroleerd: %6 zouden worden geïmporteerd; er is niets gewijzigd (proefrun).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="170" />
      <source>Cancelled after %1 rows: nothing was changed.</source>
      <translation>Afgebroken na %1 regels: er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="173" />
      <source>%1 rows read, with bad rows: nothing was imported. Fix the file, or choose to skip the bad rows.</source>
      <translation>%1 regels gelezen, met foute regels: er is niets geïmporteerd. Verbeter het bestand, of kies ervoor de foute regels over te slaan.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/import_data.py" line="189" />
      <source>%n bad row(s) skipped.</source>
      <translation>
        <numerusform>%n foute regel overgeslagen.</numerusform>
        <numerusform>%n foute regels overgeslagen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/import_data.py" line="180" />
      <source>%n bad row(s).</source>
      <translation>
        <numerusform>%n foute regel.</numerusform>
        <numerusform>%n foute regels.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="182" />
      <source>Skipped rows are in %1.</source>
      <translation>De overgeslagen regels staan in %1.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="193" />
      <source>Columns: %1</source>
      <translation>Kolommen: %1</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="198" />
      <source>Choose the export to import</source>
      <translation>Kies de export die u wilt importeren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/import_data.py" line="198" />
      <source>CSV files (*.csv *.txt)</source>
      <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
  </context>
  <context>
    <name>LookupScreen</name>
    <message>
      <location filename="../../ui/screens/lookup.py" line="54" />
      <source>Number, IMSI, IMEI, ICCID, IBAN, e-mail, IP[:port], postcode + number, name</source>
      <translation>Nummer, IMSI, IMEI, ICCID, IBAN, e-mail, IP[:poort], postcode + huisnummer, naam</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="64" />
      <source>At a moment</source>
      <translation>Op een moment</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="66" />
      <source>During a period</source>
      <translation>In een periode</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="82" />
      <source>Look up</source>
      <translation>Opzoeken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="85" />
      <source>Add to case</source>
      <translation>Aan zaak toevoegen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="88" />
      <source>Attach the selected holders (or all) to the case's disclosure draft</source>
      <translation>Voeg de gekozen houders (of allemaal) toe aan de conceptverstrekking van de zaak</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="132" />
      <source>Identifier or name:</source>
      <translation>Identificator of naam:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="134" />
      <source>Case:</source>
      <translation>Zaak:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="136" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="145" />
      <source>until</source>
      <translation>tot</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="197" />
      <source>Choose the case this lookup is for.</source>
      <translation>Kies de zaak waarvoor u dit opzoekt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="200" />
      <source>Type a valid identifier or name first.</source>
      <translation>Typ eerst een geldige identificator of een naam.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="242" />
      <source>No open case allows a subscriber lookup</source>
      <translation>Geen open zaak staat het opvragen van abonneegegevens toe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/lookup.py" line="255" />
      <source>More than %n holder(s) found: refine the query.</source>
      <translation>
        <numerusform>Meer dan %n houder gevonden: verfijn de zoekvraag.</numerusform>
        <numerusform>Meer dan %n houders gevonden: verfijn de zoekvraag.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/lookup.py" line="257" />
      <source>%n holder(s) found.</source>
      <translation>
        <numerusform>%n houder gevonden.</numerusform>
        <numerusform>%n houders gevonden.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="259" />
      <source>Nobody held this identifier then.</source>
      <translation>Niemand had deze identificator toen.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="265" />
      <source>Lookup recorded in the audit log for %1.</source>
      <translation>Opvraging vastgelegd in het auditlog bij %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/lookup.py" line="270" />
      <source>%n item(s) added to the disclosure draft.</source>
      <translation>
        <numerusform>%n onderdeel toegevoegd aan het concept-verstrekking.</numerusform>
        <numerusform>%n onderdelen toegevoegd aan het concept-verstrekking.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="280" />
      <source>Select a holder to see the details and the history.</source>
      <translation>Kies een houder om de gegevens en de geschiedenis te zien.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="285" />
      <source>Customer</source>
      <translation>Klant</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="287" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="291" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="292" />
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="294" />
      <source>Valid</source>
      <translation>Geldig</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="301" />
      <source>Within the period</source>
      <translation>Binnen de periode</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="306" />
      <source>Directory</source>
      <translation>Telefoongids</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="306" />
      <source>secret number (not listed)</source>
      <translation>geheim nummer (niet vermeld)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="308" />
      <source>Ported in from</source>
      <translation>Overgenomen van</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="310" />
      <source>Ported out to</source>
      <translation>Overgegaan naar</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="311" />
      <source>Held before by</source>
      <translation>Daarvoor in handen van</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="312" />
      <source>Held after by</source>
      <translation>Daarna in handen van</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="314" />
      <source>Detail</source>
      <translation>Bijzonderheden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="320" />
      <source>History of this identifier</source>
      <translation>Geschiedenis van deze identificator</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="328" />
      <source>ported in from %1</source>
      <translation>overgenomen van %1</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="330" />
      <source>ported out to %1</source>
      <translation>overgegaan naar %1</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="342" />
      <source>The kind of identifier is recognised as you type.</source>
      <translation>Het soort identificator wordt herkend terwijl u typt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="344" />
      <source>Not recognised yet</source>
      <translation>Nog niet herkend</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="388" />
      <source>Ambiguous: %1 passes the BSN check, so it may be a citizen service number, which is never looked up. For the phone number, type %2 or %3.</source>
      <translation>Dubbelzinnig: %1 voldoet aan de elfproef voor een BSN en kan dus een burgerservicenummer zijn, dat nooit wordt opgezocht. Typ voor het telefoonnummer %2 of %3.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="347" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="361" />
      <source>phone number</source>
      <translation>telefoonnummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="362" />
      <source>IMSI (SIM)</source>
      <translation>IMSI (simkaart)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="363" />
      <source>IMEI (handset)</source>
      <translation>IMEI (toestel)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="364" />
      <source>ICCID (SIM card)</source>
      <translation>ICCID (simkaart)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="365" />
      <source>IBAN</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="366" />
      <source>e-mail address</source>
      <translation>e-mailadres</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="367" />
      <source>IP address</source>
      <translation>IP-adres</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="368" />
      <source>postcode and house number</source>
      <translation>postcode en huisnummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="369" />
      <source>customer id</source>
      <translation>klantnummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/lookup.py" line="370" />
      <source>name (any word, by its start)</source>
      <translation>naam (elk woord, op het begin)</translation>
    </message>
  </context>
  <context>
    <name>LookupTable</name>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="38" />
      <source>mobile</source>
      <translation>mobiel</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="39" />
      <source>fixed line</source>
      <translation>vaste lijn</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="40" />
      <source>internet</source>
      <translation>internet</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="41" />
      <source>VoIP</source>
      <translation>VoIP</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="42" />
      <source>cloud PBX</source>
      <translation>cloudcentrale</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="49" />
      <source>Customer</source>
      <translation>Klant</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="50" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="51" />
      <source>Address</source>
      <translation>Adres</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="52" />
      <source>Postcode</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="53" />
      <source>Town</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="54" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="55" />
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="56" />
      <source>Valid from</source>
      <translation>Geldig vanaf</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="57" />
      <source>Valid until</source>
      <translation>Geldig tot</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="60" />
      <source>Secret</source>
      <translation>Geheim</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="60" />
      <source>secret</source>
      <translation>geheim</translation>
    </message>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="117" />
      <source>Secret number: not listed in directories or directory enquiries</source>
      <translation>Geheim nummer: niet vermeld in telefoongidsen of bij nummerinformatie</translation>
    </message>
  </context>
  <context>
    <name>Sections</name>
    <message>
      <source>Import data</source>
      <translation>Gegevens importeren</translation>
    </message>
  </context>
</TS>