<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AuditLogScreen</name>
    <message>
      <location filename="../../ui/screens/audit_log.py" line="458" />
      <source>every event and the sealed end were removed</source>
      <translation>alle gebeurtenissen en de verzegelde vastlegging van het einde van de keten zijn verwijderd</translation>
    </message>
  </context>
</TS>
