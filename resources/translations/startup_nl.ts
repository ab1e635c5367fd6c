<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/login.py" line="109" />
      <source>Opening the database…</source>
      <translation>De database wordt geopend…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="97" />
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
  </context>
</TS>
