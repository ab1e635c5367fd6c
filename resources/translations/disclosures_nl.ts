<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>DeliveryDialog</name>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="189" />
      <source>Record delivery</source>
      <translation>Verstrekking vastleggen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="196" />
      <source>e.g. J. de Vries, Politie Oost-Nederland</source>
      <translation>bijv. J. de Vries, Politie Oost-Nederland</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="197" />
      <source>Channel:</source>
      <translation>Kanaal:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="198" />
      <source>Delivered to:</source>
      <translation>Verstrekt aan:</translation>
    </message>
  </context>
  <context>
    <name>DisclosureTab</name>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="43" />
      <source>Reason:</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="247" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="248" />
      <source>Identifier</source>
      <translation>Kenmerk</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="249" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="250" />
      <source>Decision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="251" />
      <source>Found</source>
      <translation>Gevonden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="252" />
      <source>Valid</source>
      <translation>Geldig</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="253" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="267" />
      <source>Produce</source>
      <translation>Verstrekken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="269" />
      <source>Withhold…</source>
      <translation>Achterhouden…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="271" />
      <source>Not available…</source>
      <translation>Niet beschikbaar…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="279" />
      <source>Decide the selected items (all items when none is selected)</source>
      <translation>Beslis over de geselecteerde items (alle items als er niets is geselecteerd)</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="283" />
      <source>Approve</source>
      <translation>Goedkeuren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="286" />
      <source>Second pair of eyes: only someone who did not prepare or decide may approve</source>
      <translation>Vierogenprincipe: alleen wie de verstrekking niet heeft voorbereid en over geen enkel item heeft beslist, mag goedkeuren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="292" />
      <source>Disclosure report</source>
      <translation>Verstrekkingsrapport</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="293" />
      <source>Refusal letter</source>
      <translation>Weigeringsbrief</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="294" />
      <source>No-data answer</source>
      <translation>Antwoord: geen gegevens</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="297" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="298" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="299" />
      <source>Sign and save report</source>
      <translation>Rapport ondertekenen en opslaan</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="302" />
      <source>Save a copy…</source>
      <translation>Kopie opslaan…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="305" />
      <source>Record delivery…</source>
      <translation>Verstrekking vastleggen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="383" />
      <source>No disclosure yet. Look up the case's identifiers in Lookup and choose "Add to case".</source>
      <translation>Nog geen verstrekking. Zoek de kenmerken van deze zaak op in Opzoeken en kies "Aan zaak toevoegen".</translation>
    </message>
    <message numerus="yes">
      <location filename="../../ui/screens/disclosure_tab.py" line="391" />
      <source>%n item(s) to decide</source>
      <translation>
        <numerusform>%n item nog te beslissen</numerusform>
        <numerusform>%n items nog te beslissen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="394" />
      <source>prepared by {user} on {time}</source>
      <translation>voorbereid door {user} op {time}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="400" />
      <source>approved by {user} on {time}</source>
      <translation>goedgekeurd door {user} op {time}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="406" />
      <source>delivered on {time} to {to}</source>
      <translation>verstrekt op {time} aan {to}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="415" />
      <source>now</source>
      <translation>heden</translation>
    </message>
    <message numerus="yes">
      <source>{file}: %n page(s), signed by {signer}. SHA-256 {sha}</source>
      <translation>
        <numerusform>{file}: %n pagina, ondertekend door {signer}. SHA-256 {sha}</numerusform>
        <numerusform>{file}: %n pagina’s, ondertekend door {signer}. SHA-256 {sha}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="503" />
      <source>Save the signed report</source>
      <translation>Ondertekend rapport opslaan</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="526" />
      <source>Report signed and saved in the case file.</source>
      <translation>Rapport ondertekend en in het zaakdossier opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>Disclosures</name>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="50" />
      <source>Draft</source>
      <translation>Concept</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="51" />
      <source>Prepared</source>
      <translation>Voorbereid</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="52" />
      <source>Approved</source>
      <translation>Goedgekeurd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="53" />
      <source>Delivered</source>
      <translation>Verstrekt</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="54" />
      <source>Cancelled</source>
      <translation>Vervallen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="61" />
      <source>To decide</source>
      <translation>Nog te beslissen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="63" />
      <source>Produce</source>
      <translation>Verstrekken</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="64" />
      <source>Withhold</source>
      <translation>Achterhouden</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="65" />
      <source>Not available</source>
      <translation>Niet beschikbaar</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="71" />
      <source>Subscriber data</source>
      <translation>Abonneegegevens</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="72" />
      <source>Traffic data</source>
      <translation>Verkeersgegevens</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="73" />
      <source>Location data</source>
      <translation>Locatiegegevens</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="74" />
      <source>Stored data</source>
      <translation>Opgeslagen gegevens</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="81" />
      <source>Secure e-mail</source>
      <translation>Beveiligde e-mail</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="82" />
      <source>Authority's portal</source>
      <translation>Portaal van de autoriteit</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="83" />
      <source>Courier</source>
      <translation>Koerier</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="84" />
      <source>Handed over in person</source>
      <translation>Persoonlijk overhandigd</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="85" />
      <source>Other electronic channel</source>
      <translation>Ander elektronisch kanaal</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="92" />
      <source>You prepared or decided (part of) this disclosure: another officer or the FG must approve it (four-eyes rule).</source>
      <translation>U hebt (een deel van) deze verstrekking voorbereid of erover beslist: een andere medewerker of de FG moet haar goedkeuren (vierogenprincipe).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="97" />
      <source>Decide every item first; only a prepared disclosure can be approved.</source>
      <translation>Beslis eerst over elk item; alleen een voorbereide verstrekking kan worden goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="100" />
      <source>This legal basis needs the FG's legal review: only the FG approves.</source>
      <translation>Deze wettelijke grondslag vereist juridische toetsing door de FG: alleen de FG keurt goed.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="103" />
      <source>The case still has errors or unacknowledged warnings (see Findings).</source>
      <translation>De zaak heeft nog fouten of niet-erkende waarschuwingen (zie Bevindingen).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="107" />
      <source>You have no signing certificate yet. Create or import one (lawfulreq cert).</source>
      <translation>U hebt nog geen ondertekeningscertificaat. Maak of importeer er een (lawfulreq cert).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="111" />
      <source>The passphrase of your signing key is not available (keyring or LAWFULREQ_SIGN_PASSPHRASE).</source>
      <translation>Het wachtwoord van uw ondertekeningssleutel is niet beschikbaar (sleutelbos of LAWFULREQ_SIGN_PASSPHRASE).</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="116" />
      <source>Sign and save the report before recording its delivery.</source>
      <translation>Onderteken en bewaar het rapport voordat u de verstrekking vastlegt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="119" />
      <source>The disclosure has not been approved yet.</source>
      <translation>De verstrekking is nog niet goedgekeurd.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="120" />
      <source>The legal basis does not allow this data: it cannot be produced.</source>
      <translation>De wettelijke grondslag staat deze gegevens niet toe: ze kunnen niet worden verstrekt.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="123" />
      <source>The case has no blocking finding: there is nothing to refuse.</source>
      <translation>De zaak heeft geen blokkerende bevinding: er valt niets te weigeren.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="126" />
      <source>Say to whom the report was delivered.</source>
      <translation>Vermeld aan wie het rapport is verstrekt.</translation>
    </message>
  </context>
  <context>
    <name>DisclosuresScreen</name>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="167" />
      <location filename="../../ui/screens/disclosures.py" line="224" />
      <source>Disclosures</source>
      <translation>Verstrekkingen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="171" />
      <source>All states</source>
      <translation>Alle stadia</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="182" />
      <source>Case reference…</source>
      <translation>Zaaknummer…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="189" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="190" />
      <source>State</source>
      <translation>Stadium</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="191" />
      <source>Case status</source>
      <translation>Status zaak</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="192" />
      <source>Legal basis</source>
      <translation>Wettelijke grondslag</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="193" />
      <source>Authority</source>
      <translation>Autoriteit</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="194" />
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="195" />
      <source>Prepared by</source>
      <translation>Voorbereid door</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="196" />
      <source>Approved by</source>
      <translation>Goedgekeurd door</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="197" />
      <source>Delivered</source>
      <translation>Verstrekt</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="208" />
      <source>No disclosures match.</source>
      <translation>Geen verstrekkingen gevonden.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="212" />
      <source>State:</source>
      <translation>Stadium:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="225" />
      <source>Verify a report</source>
      <translation>Rapport controleren</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="248" />
      <source>{items} ({open} to decide)</source>
      <translation>{items} ({open} nog te beslissen)</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="139" />
      <source>No report yet.</source>
      <translation>Nog geen rapport.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosure_tab.py" line="151" />
      <source>The preview needs the Qt PDF module; save the report and open it instead.</source>
      <translation>Voor de voorvertoning is de Qt PDF-module nodig; sla het rapport op en open het in een PDF-lezer.</translation>
    </message>
  </context>
  <context>
    <name>VerifyPanel</name>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="50" />
      <source>Check a signed report from LawfulReq: is the signature intact, does it cover the whole document, who signed it and when, and does every embedded file match the checksum printed in the report?</source>
      <translation>Controleer een ondertekend rapport uit LawfulReq: is de handtekening intact, dekt zij het hele document, wie heeft wanneer ondertekend, en komt elk ingesloten bestand overeen met het controlegetal dat in het rapport staat?</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="56" />
      <source>Drop a PDF here</source>
      <translation>Sleep een PDF hierheen</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="61" />
      <source>Choose a PDF…</source>
      <translation>PDF kiezen…</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="73" />
      <source>Embedded file</source>
      <translation>Ingesloten bestand</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="73" />
      <source>Matches its checksum</source>
      <translation>Komt overeen met controlegetal</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="105" />
      <source>Choose a signed report</source>
      <translation>Kies een ondertekend rapport</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="122" />
      <source>Valid: the report is unchanged since it was signed.</source>
      <translation>Geldig: het rapport is niet gewijzigd sinds de ondertekening.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="125" />
      <source>NOT valid: do not rely on this document.</source>
      <translation>NIET geldig: vertrouw niet op dit document.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="130" />
      <source>Signed by: {signer}</source>
      <translation>Ondertekend door: {signer}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="131" />
      <source>Signed at: {time}</source>
      <translation>Ondertekend op: {time}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="132" />
      <source>Signature covers the whole document: {answer}</source>
      <translation>Handtekening dekt het hele document: {answer}</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="133" />
      <location filename="../../ui/screens/disclosures.py" line="150" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="133" />
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="139" />
      <source>The signer's certificate is not issued by an authority this computer trusts (e.g. self-signed): compare its fingerprint with the signer.</source>
      <translation>Het certificaat van de ondertekenaar is niet uitgegeven door een instantie die deze computer vertrouwt (bijvoorbeeld zelf ondertekend): vergelijk de vingerafdruk met de ondertekenaar.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="144" />
      <source>The time comes from a trusted timestamp server.</source>
      <translation>De tijd komt van een vertrouwde tijdstempelserver.</translation>
    </message>
    <message>
      <location filename="../../ui/screens/disclosures.py" line="150" />
      <source>NO</source>
      <translation>NEE</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailScreen</name>
    <message>
      <location filename="../../ui/screens/case_detail.py" line="258" />
      <source>Disclosure</source>
      <translation>Verstrekking</translation>
    </message>
  </context>
</TS>