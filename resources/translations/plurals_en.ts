<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <!-- English plural forms of the messages written with %n: "1 holder", "67 holders". -->
  <context>
    <name>LookupScreen</name>
    <message numerus="yes">
      <source>%n holder(s) found.</source>
      <translation>
        <numerusform>%n holder found.</numerusform>
        <numerusform>%n holders found.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>More than %n holder(s) found: refine the query.</source>
      <translation>
        <numerusform>More than %n holder found: refine the query.</numerusform>
        <numerusform>More than %n holders found: refine the query.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) added to the disclosure draft.</source>
      <translation>
        <numerusform>%n item added to the disclosure draft.</numerusform>
        <numerusform>%n items added to the disclosure draft.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportScreen</name>
    <message numerus="yes">
      <source>%n bad row(s) skipped.</source>
      <translation>
        <numerusform>%n bad row skipped.</numerusform>
        <numerusform>%n bad rows skipped.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bad row(s).</source>
      <translation>
        <numerusform>%n bad row.</numerusform>
        <numerusform>%n bad rows.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AnswerDialog</name>
    <message numerus="yes">
      <source>%n page(s).</source>
      <translation>
        <numerusform>%n page.</numerusform>
        <numerusform>%n pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The answer gives the person's contact data, services and numbers, the kinds of usage data held with their retention, and %n recipient(s) among the authorities; the daily delivery to CIOT (art. 13.4 Telecommunicatiewet) is named apart.</source>
      <translation>
        <numerusform>The answer gives the person's contact data, services and numbers, the kinds of usage data held with their retention, and %n recipient among the authorities; the daily delivery to CIOT (art. 13.4 Telecommunicatiewet) is named apart.</numerusform>
        <numerusform>The answer gives the person's contact data, services and numbers, the kinds of usage data held with their retention, and %n recipients among the authorities; the daily delivery to CIOT (art. 13.4 Telecommunicatiewet) is named apart.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DisclosureTab</name>
    <message numerus="yes">
      <source>{file}: %n page(s), signed by {signer}. SHA-256 {sha}</source>
      <translation>
        <numerusform>{file}: %n page, signed by {signer}. SHA-256 {sha}</numerusform>
        <numerusform>{file}: %n pages, signed by {signer}. SHA-256 {sha}</numerusform>
      </translation>
    </message>
  </context>
</TS>
