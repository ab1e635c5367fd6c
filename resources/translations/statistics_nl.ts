<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../../ui/screens/statistics.py" line="131"/>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="131"/>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <location filename="../../ui/screens/statistics.py" line="185"/>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="186"/>
        <source>Data category</source>
        <translation>Soort gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="187"/>
        <source>Authority</source>
        <translation>Soort instantie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="188"/>
        <source>Outcome</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="219"/>
        <source>Choose a period and press Show.</source>
        <translation>Kies een periode en klik op Tonen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="226"/>
        <source>Half-year</source>
        <translation>Halfjaar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="227"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="228"/>
        <source>From – to</source>
        <translation>Van – tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="235"/>
        <source>first half (January – June)</source>
        <translation>eerste halfjaar (januari – juni)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="236"/>
        <source>second half (July – December)</source>
        <translation>tweede halfjaar (juli – december)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="247"/>
        <source>per demand</source>
        <translation>per vordering</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="248"/>
        <source>per identifier</source>
        <translation>per identificatiegegeven</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="251"/>
        <source>Per identifier: a demand for three numbers counts three, as the government counts interception orders.</source>
        <translation>Per identificatiegegeven: een vordering voor drie nummers telt drie keer, zoals de overheid tapbevelen telt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="255"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="261"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="271"/>
        <source>Counting unit:</source>
        <translation>Telleenheid:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="280"/>
        <source>Also count intelligence-service demands (not publishable) in the export</source>
        <translation>Vorderingen van inlichtingendiensten (niet openbaar) in de export meetellen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="284"/>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="286"/>
        <source>Export as PDF…</source>
        <translation>Exporteren als PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="336"/>
        <source>This period cannot be shown: the end lies before the start.</source>
        <translation>Deze periode kan niet worden getoond: het einde ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="341"/>
        <source>Loading the figures…</source>
        <translation>De cijfers worden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="369"/>
        <source>No demands were received in {period}.</source>
        <translation>In {period} zijn geen vorderingen ontvangen.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="377"/>
        <source>demands</source>
        <translation>vorderingen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="377"/>
        <source>identifiers</source>
        <translation>identificatiegegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="380"/>
        <source>In {period}, {total} {unit} were received (emergencies among them: {emergency}). Preservation orders, counted apart: {preservation}.</source>
        <translation>In {period} zijn {total} {unit} ontvangen (waarvan spoedeisend: {emergency}). Bevelen tot bewaren, apart geteld: {preservation}.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="392"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="396"/>
        <source>A demand asking for several kinds of data counts once, under the most intrusive kind, so every table adds up to the total.</source>
        <translation>Een vordering die om meer soorten gegevens vraagt, telt één keer, bij de meest ingrijpende soort; zo telt elke tabel op tot het totaal.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="403"/>
        <source>Demands from the intelligence and security services are marked not publishable: the export leaves them out unless you include them deliberately.</source>
        <translation>Vorderingen van de inlichtingen- en veiligheidsdiensten zijn gemarkeerd als niet openbaar: de export laat ze weg, tenzij u ze bewust meetelt.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="409"/>
        <source>In the export, counts below {n} are shown as &quot;&lt; {n}&quot;.</source>
        <translation>In de export staan aantallen onder {n} als &quot;&lt; {n}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="419"/>
        <source>the first half of {year}</source>
        <translation>het eerste halfjaar van {year}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="421"/>
        <source>the second half of {year}</source>
        <translation>het tweede halfjaar van {year}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="424"/>
        <source>the period {start} to {end}</source>
        <translation>de periode {start} tot en met {end}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="437"/>
        <source>{basis} (not publishable)</source>
        <translation>{basis} (niet openbaar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="446"/>
        <source>Interception</source>
        <translation>Aftappen</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="447"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="448"/>
        <source>Special categories of data</source>
        <translation>Bijzondere persoonsgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="449"/>
        <source>Location data</source>
        <translation>Locatiegegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="450"/>
        <source>Traffic data</source>
        <translation>Verkeersgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="451"/>
        <source>Stored data</source>
        <translation>Opgeslagen gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="452"/>
        <source>Customer-service recordings</source>
        <translation>Gespreksopnamen klantenservice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="453"/>
        <source>Subscriber data</source>
        <translation>Gebruikersgegevens</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="454"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="457"/>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="458"/>
        <source>Public Prosecution Service</source>
        <translation>Openbaar Ministerie</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="459"/>
        <source>Intelligence and security services</source>
        <translation>Inlichtingen- en veiligheidsdiensten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="460"/>
        <source>Tax authority</source>
        <translation>Belastingdienst</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="461"/>
        <source>Supervisors</source>
        <translation>Toezichthouders</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="462"/>
        <source>Emergency services</source>
        <translation>Meldkamers en hulpdiensten</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="463"/>
        <source>Foreign authorities</source>
        <translation>Buitenlandse instanties</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="466"/>
        <source>Delivered in full</source>
        <translation>Volledig verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="467"/>
        <source>Delivered in part</source>
        <translation>Gedeeltelijk verstrekt</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="468"/>
        <source>Not (or no longer) available</source>
        <translation>Niet (meer) beschikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="469"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="470"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="471"/>
        <source>Still being handled</source>
        <translation>Nog in behandeling</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="481"/>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="482"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="487"/>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="488"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/statistics.py" line="523"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
</context>
</TS>
