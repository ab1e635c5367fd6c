<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AccessRequestModel</name>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="111" />
      <source>Reference</source>
      <translation>Kenmerk</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="112" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="113" />
      <source>Customer</source>
      <translation>Klant</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="114" />
      <source>Requester</source>
      <translation>Verzoeker</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="115" />
      <source>Received</source>
      <translation>Ontvangen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="116" />
      <source>Deadline</source>
      <translation>Termijn</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="117" />
      <source>Status</source>
      <translation>Stand van zaken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="154" />
      <source>A secrecy flag covers this customer: what it covers is left out of the answer without trace, and recorded internally.</source>
      <translation>Op deze klant rust een geheimhouding: wat daaronder valt, blijft zonder enig spoor buiten het antwoord en wordt intern vastgelegd.</translation>
    </message>
  </context>
  <context>
    <name>AccessRequests</name>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="52" />
      <source>Access (art. 15)</source>
      <translation>Inzage (art. 15)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="53" />
      <source>Rectification (art. 16)</source>
      <translation>Rectificatie (art. 16)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="54" />
      <source>Erasure (art. 17)</source>
      <translation>Wissing (art. 17)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="55" />
      <source>Restriction (art. 18)</source>
      <translation>Beperking van de verwerking (art. 18)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="56" />
      <source>Portability (art. 20)</source>
      <translation>Overdraagbaarheid (art. 20)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="57" />
      <source>Objection (art. 21)</source>
      <translation>Bezwaar (art. 21)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="65" />
      <source>Identity document seen (no copy kept)</source>
      <translation>Identiteitsbewijs ingezien (geen kopie bewaard)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="68" />
      <source>From the e-mail address on file</source>
      <translation>Vanaf het bij ons bekende e-mailadres</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="69" />
      <source>Signed letter</source>
      <translation>Ondertekende brief</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="70" />
      <source>In person at the desk</source>
      <translation>Persoonlijk aan de balie</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="78" />
      <source>paused: waiting for the person</source>
      <translation>opgeschort: wacht op de betrokkene</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="80" />
      <source>received</source>
      <translation>ontvangen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="81" />
      <source>in progress</source>
      <translation>in behandeling</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="82" />
      <source>extended</source>
      <translation>verlengd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="83" />
      <source>answered</source>
      <translation>beantwoord</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="84" />
      <source>refused</source>
      <translation>afgewezen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="95" />
      <source>{day} (overdue)</source>
      <translation>{day} (verstreken)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="96" />
      <source>{day} ({n} days left)</source>
      <translation>{day} (nog {n} dagen)</translation>
    </message>
  </context>
  <context>
    <name>AccessRequestsScreen</name>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="441" />
      <source>Requests from customers about their own data (art. 15-21 GDPR). The answer is due one month after receipt; it may be extended once by two months, with a reason. While you wait for the person the deadline stands still.</source>
      <translation>Verzoeken van klanten over hun eigen gegevens (art. 15-21 AVG). Het antwoord moet binnen een maand na ontvangst worden gegeven; die termijn kan eenmaal met twee maanden worden verlengd, met opgave van redenen. Zolang u op de betrokkene wacht, is de termijn opgeschort.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="448" />
      <source>New request…</source>
      <translation>Nieuw verzoek…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="451" />
      <source>Answer…</source>
      <translation>Beantwoorden…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="454" />
      <source>Extend…</source>
      <translation>Verlengen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="457" />
      <location filename="../../ui/screens/access_requests.py" line="544" />
      <location filename="../../ui/screens/access_requests.py" line="606" />
      <source>Wait for the person</source>
      <translation>Wachten op betrokkene</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="462" />
      <source>Open requests</source>
      <translation>Lopende verzoeken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="462" />
      <source>All requests</source>
      <translation>Alle verzoeken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="542" />
      <source>Resume</source>
      <translation>Hervatten</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="561" />
      <source>Request {ref} registered; due {due}</source>
      <translation>Verzoek {ref} geregistreerd; termijn {due}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="592" />
      <source>Extend the deadline</source>
      <translation>Termijn verlengen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="593" />
      <source>Why two more months are needed (the person is told):</source>
      <translation>Waarom twee maanden extra nodig zijn (dit wordt de betrokkene meegedeeld):</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="606" />
      <source>What was asked of the person:</source>
      <translation>Wat aan de betrokkene is gevraagd:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="613" />
      <source>{ref}: due {due}</source>
      <translation>{ref}: termijn {due}</translation>
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="323" />
      <source>Answer to {ref}</source>
      <translation>Antwoord op {ref}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="327" />
      <source>Answer to the access request {ref}</source>
      <translation>Antwoord op inzageverzoek {ref}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="331" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="332" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="347" />
      <source>Disclosures under a secrecy flag in force are left out without any trace; the restriction records say what was left out and why (visible to the FG and the auditor only).</source>
      <translation>Verstrekkingen waarop een geheimhouding rust die van kracht is, blijven zonder enig spoor buiten het antwoord; de beperkingsregistratie vermeldt wat is weggelaten en waarom (alleen in te zien door de FG en de auditor).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="355" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="359" />
      <source>Save and record answer…</source>
      <translation>Antwoord opslaan en vastleggen…</translation>
    </message>
    <message numerus="yes">
      <source>%n page(s).</source>
      <translation>
        <numerusform>%n pagina.</numerusform>
        <numerusform>%n pagina’s.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The answer gives the person's contact data, services and numbers, the kinds of usage data held with their retention, and %n recipient(s) among the authorities; the daily delivery to CIOT (art. 13.4 Telecommunicatiewet) is named apart.</source>
      <translation>
        <numerusform>Het antwoord vermeldt de contactgegevens, diensten en nummers van de betrokkene, de soorten gebruiksgegevens die wij bewaren met hun bewaartermijn, en %n ontvanger onder de overheidsinstanties; de dagelijkse levering aan het CIOT (art. 13.4 Telecommunicatiewet) wordt afzonderlijk genoemd.</numerusform>
        <numerusform>Het antwoord vermeldt de contactgegevens, diensten en nummers van de betrokkene, de soorten gebruiksgegevens die wij bewaren met hun bewaartermijn, en %n ontvangers onder de overheidsinstanties; de dagelijkse levering aan het CIOT (art. 13.4 Telecommunicatiewet) wordt afzonderlijk genoemd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="405" />
      <source>Save answer</source>
      <translation>Antwoord opslaan</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="425" />
      <source>Cannot write {path}: {error}</source>
      <translation>Kan {path} niet opslaan: {error}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="431" />
      <source>Answer recorded and saved as {path}.</source>
      <translation>Antwoord vastgelegd en opgeslagen als {path}.</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailScreen</name>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="115" />
      <source>Secrecy flag set</source>
      <translation>Geheimhouding vastgelegd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="116" />
      <source>Secrecy flag reviewed</source>
      <translation>Geheimhouding herbeoordeeld</translation>
    </message>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="117" />
      <source>Lifting of secrecy requested</source>
      <translation>Opheffing van de geheimhouding aangevraagd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="118" />
      <source>Lifting of secrecy turned down</source>
      <translation>Opheffing van de geheimhouding afgewezen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="119" />
      <source>Secrecy lifted</source>
      <translation>Geheimhouding opgeheven</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <location filename="../../ui/screens/dashboard.py" line="218" />
      <source>{ref}: answer due {due}{paused}</source>
      <translation>{ref}: antwoord uiterlijk {due}{paused}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/dashboard.py" line="221" />
      <source> (waiting for the person)</source>
      <translation> (wacht op betrokkene)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/dashboard.py" line="226" />
      <source>Open access requests: {list}</source>
      <translation>Lopende inzageverzoeken: {list}</translation>
    </message>
  </context>
  <context>
    <name>FlagTableModel</name>
    <message>
      <location filename="../../ui/screens/flags.py" line="121" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="122" />
      <source>Basis</source>
      <translation>Grondslag</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="123" />
      <source>Imposed by</source>
      <translation>Opgelegd door</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="124" />
      <source>Since</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="125" />
      <source>Review on</source>
      <translation>Herbeoordeling</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="126" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
  </context>
  <context>
    <name>FlagsScreen</name>
    <message>
      <location filename="../../ui/screens/flags.py" line="58" />
      <source>in force</source>
      <translation>van kracht</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="59" />
      <source>lifting requested</source>
      <translation>opheffing aangevraagd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="60" />
      <source>lifted</source>
      <translation>opgeheven</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="67" />
      <source>The public prosecutor notifies the person (art. 126bb lid 1 Sv)</source>
      <translation>De officier van justitie stelt de betrokkene in kennis (art. 126bb lid 1 Sv)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="70" />
      <source>Nobody notifies the person (art. 126bb lid 4 Sv, Wiv 2017)</source>
      <translation>Niemand stelt de betrokkene in kennis (art. 126bb lid 4 Sv, Wiv 2017)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="76" />
      <source>Has the public prosecutor confirmed in writing that the person concerned has been notified of the demand (art. 126bb lid 1 Sv)?</source>
      <translation>Heeft de officier van justitie schriftelijk bevestigd dat de betrokkene van de vordering in kennis is gesteld (art. 126bb lid 1 Sv)?</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="81" />
      <source>For this demand the person is never notified. Has the authority stated in writing that secrecy is no longer needed?</source>
      <translation>Bij deze vordering wordt de betrokkene nooit in kennis gesteld. Heeft de vorderende instantie schriftelijk verklaard dat geheimhouding niet langer nodig is?</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="93" />
      <source>You asked for this lifting yourself; another user must approve it.</source>
      <translation>U heeft deze opheffing zelf aangevraagd; een andere gebruiker moet haar goedkeuren.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="96" />
      <source>The next review must fall after today.</source>
      <translation>De volgende herbeoordeling moet na vandaag liggen.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="99" />
      <source>Give the reason.</source>
      <translation>Vermeld de reden.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="100" />
      <source>Add the evidence document.</source>
      <translation>Voeg het bewijsstuk toe.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="101" />
      <source>Lifting has already been requested for this flag, or it has been lifted.</source>
      <translation>Voor deze geheimhouding is al opheffing aangevraagd, of zij is al opgeheven.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="380" />
      <source>A demand must be kept secret from the customer (art. 126bb lid 5 Sv), as a rule without an end date. Review each flag when it is due; lifting needs written evidence and the approval of a second user.</source>
      <translation>Een vordering moet voor de klant geheim worden gehouden (art. 126bb lid 5 Sv), in de regel zonder einddatum. Beoordeel elke geheimhouding opnieuw wanneer dat aan de orde is; opheffing vereist een schriftelijk bewijsstuk en de goedkeuring van een tweede gebruiker.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="431" />
      <source>In force</source>
      <translation>Van kracht</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="431" />
      <source>Review due</source>
      <translation>Herbeoordeling aan de orde</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="431" />
      <source>All, including lifted</source>
      <translation>Alle, ook opgeheven</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="434" />
      <source>Review…</source>
      <translation>Herbeoordelen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="437" />
      <source>Approve lifting</source>
      <translation>Opheffing goedkeuren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="440" />
      <source>Turn down lifting</source>
      <translation>Opheffing afwijzen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="444" />
      <source>Show</source>
      <translation>Toon</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="505" />
      <source>No flag selected.</source>
      <translation>Geen geheimhouding geselecteerd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="512" />
      <source>none recorded</source>
      <translation>geen vastgelegd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="515" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="516" />
      <source>Ground of secrecy</source>
      <translation>Grond geheimhouding</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="517" />
      <source>Who notifies</source>
      <translation>Kennisgeving</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="518" />
      <source>Imposed by</source>
      <translation>Opgelegd door</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="519" />
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="520" />
      <source>Their reference</source>
      <translation>Hun kenmerk</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="521" />
      <source>Scope</source>
      <translation>Reikwijdte</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="522" />
      <source>Secret since</source>
      <translation>Geheim sinds</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="523" />
      <source>End date</source>
      <translation>Einddatum</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="523" />
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="524" />
      <source>Next review</source>
      <translation>Volgende herbeoordeling</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="525" />
      <source>Covers</source>
      <translation>Betreft</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="526" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="531" />
      <source>Last review</source>
      <translation>Laatste herbeoordeling</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="538" />
      <source>Lifting requested</source>
      <translation>Opheffing aangevraagd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="544" />
      <source>Lifted</source>
      <translation>Opgeheven</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="571" />
      <source>Review of the flag on {case} recorded</source>
      <translation>Herbeoordeling van de geheimhouding in {case} vastgelegd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="595" />
      <source>Turned down at review: the evidence does not suffice.</source>
      <translation>Afgewezen bij herbeoordeling: het bewijsstuk volstaat niet.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="605" />
      <source>Flag on {case}: {state}</source>
      <translation>Geheimhouding in {case}: {state}</translation>
    </message>
  </context>
  <context>
    <name>LookupTable</name>
    <message>
      <location filename="../../ui/models/lookup_table.py" line="148" />
      <source>Covered by a secrecy flag: never tell the customer (art. 126bb Sv)</source>
      <translation>Valt onder een geheimhouding: nooit aan de klant meedelen (art. 126bb Sv)</translation>
    </message>
  </context>
  <context>
    <name>NewRequestDialog</name>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="170" />
      <location filename="../../ui/screens/access_requests.py" line="173" />
      <source>New data-subject request</source>
      <translation>Nieuw verzoek van een betrokkene</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="178" />
      <source>Keep no copy of an identity document. A citizen service number (BSN) typed anywhere is masked before it is stored. The answer is due one month after receipt (art. 12(3) GDPR).</source>
      <translation>Bewaar geen kopie van een identiteitsbewijs. Een burgerservicenummer (BSN) wordt, waar ook ingevuld, vóór opslag onleesbaar gemaakt. Het antwoord moet binnen een maand na ontvangst worden gegeven (art. 12 lid 3 AVG).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="186" />
      <source>Kind of request</source>
      <translation>Soort verzoek</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="187" />
      <source>Customer number</source>
      <translation>Klantnummer</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="188" />
      <source>Requester</source>
      <translation>Verzoeker</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="189" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="190" />
      <source>Received at</source>
      <translation>Ontvangen op</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="191" />
      <source>Identity checked by</source>
      <translation>Identiteit vastgesteld door</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="192" />
      <source>Notes on the check</source>
      <translation>Toelichting op de controle</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="198" />
      <source>Register request</source>
      <translation>Verzoek registreren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="219" />
      <source>customer number, e.g. C1001</source>
      <translation>klantnummer, bijv. C1001</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="237" />
      <source>how and by whom; never a copy of the document</source>
      <translation>hoe en door wie; nooit een kopie van het document</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="262" />
      <source>Fill in the customer number and the requester.</source>
      <translation>Vul het klantnummer en de verzoeker in.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="280" />
      <source>No customer has this number.</source>
      <translation>Er is geen klant met dit nummer.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/access_requests.py" line="283" />
      <source>Check the fields: {detail}</source>
      <translation>Controleer de velden: {detail}</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../../ui/screens/flags.py" line="211" />
      <source>Review secrecy flag</source>
      <translation>Geheimhouding herbeoordelen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="215" />
      <source>Review of the flag on case {case}</source>
      <translation>Herbeoordeling van de geheimhouding in zaak {case}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="219" />
      <source>{basis}, imposed by {authority}; secret since {since}.</source>
      <translation>{basis}, opgelegd door {authority}; geheim sinds {since}.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="229" />
      <source>No: keep the flag in force</source>
      <translation>Nee: de geheimhouding blijft van kracht</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="231" />
      <source>Yes: request lifting (a second user approves)</source>
      <translation>Ja: opheffing aanvragen (een tweede gebruiker keurt goed)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="246" />
      <source>Record review</source>
      <translation>Herbeoordeling vastleggen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="279" />
      <source>e.g. the investigation is still running</source>
      <translation>bijv. het onderzoek loopt nog</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="282" />
      <source>Next review on</source>
      <translation>Volgende herbeoordeling op</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="283" />
      <source>Note</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="290" />
      <source>No document chosen</source>
      <translation>Geen document gekozen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="292" />
      <source>Choose document…</source>
      <translation>Document kiezen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="300" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="301" />
      <source>Evidence</source>
      <translation>Bewijsstuk</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="308" />
      <source>Keep and schedule review</source>
      <translation>Handhaven en herbeoordeling plannen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="310" />
      <source>Request lifting</source>
      <translation>Opheffing aanvragen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="315" />
      <source>Evidence document</source>
      <translation>Bewijsstuk</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="315" />
      <source>Documents (*.pdf *.png *.jpg *.txt)</source>
      <translation>Documenten (*.pdf *.png *.jpg *.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="334" />
      <source>Add the evidence document.</source>
      <translation>Voeg het bewijsstuk toe.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="339" />
      <source>The document is larger than 50 MB.</source>
      <translation>Het document is groter dan 50 MB.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/flags.py" line="343" />
      <source>The document cannot be read.</source>
      <translation>Het document kan niet worden gelezen.</translation>
    </message>
  </context>
  <context>
    <name>Screenshots</name>
    <message>
      <location filename="../../ui/screenshots_secrecy.py" line="54" />
      <source>passport seen at the shop by J. Smit</source>
      <translation>paspoort ingezien in de winkel door J. Smit</translation>
    </message>
  </context>
</TS>
