<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>PurgeGroup</name>
    <message>
      <source>Retention and purge</source>
      <translation>Bewaartermijnen en opschonen</translation>
    </message>
    <message>
      <source>Deletes usage records older than the retention period for traffic data, unless a demand still being handled or a running preservation order covers them, and closed case files older than their retention period, with their documents. The anonymous statistics and the audit log stay. Preview first: it only counts.</source>
      <translation>Verwijdert verkeersgegevens die ouder zijn dan de bewaartermijn, tenzij een vordering die nog in behandeling is of een lopend bevel tot bewaring ze bestrijkt, en gesloten dossiers waarvan de bewaartermijn is verstreken, met hun documenten. De geanonimiseerde statistiek en het auditlog blijven bewaard. Tel eerst vooraf: dat verwijdert niets.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vooraf tellen</translation>
    </message>
    <message>
      <source>Purge now…</source>
      <translation>Nu opschonen…</translation>
    </message>
    <message>
      <source>usage records: {usage}; closed case files: {cases}; documents: {documents}; usage records kept because a demand or preservation order covers them: {frozen}</source>
      <translation>regels verkeersgegevens: {usage}; gesloten dossiers: {cases}; documenten: {documents}; regels verkeersgegevens bewaard omdat een vordering of bevel tot bewaring ze bestrijkt: {frozen}</translation>
    </message>
    <message>
      <source>Counting what may be deleted…</source>
      <translation>Tellen wat verwijderd mag worden…</translation>
    </message>
    <message>
      <source>Would be deleted: {counts}.</source>
      <translation>Bij opschonen te verwijderen: {counts}.</translation>
    </message>
    <message>
      <source>Delete for good {usage} usage records, {cases} closed case files and {documents} documents? {frozen} usage records stay because a demand or preservation order covers them. This cannot be undone.</source>
      <translation>Definitief verwijderen: {usage} regels verkeersgegevens, {cases} gesloten dossiers en {documents} documenten? {frozen} regels verkeersgegevens blijven bewaard omdat een vordering of bevel tot bewaring ze bestrijkt. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
      <source>Purge</source>
      <translation>Opschonen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Deleting…</source>
      <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
      <source>Deleted: {counts}.</source>
      <translation>Verwijderd: {counts}.</translation>
    </message>
    <message>
      <source>Purge done</source>
      <translation>Opschonen voltooid</translation>
    </message>
  </context>
</TS>
