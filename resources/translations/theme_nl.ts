<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
  <context>
    <name>HistoryTimeline</name>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>{when} · {who}</source>
      <translation>{when} · {who}</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Reason: {reason}</source>
      <translation>Reden: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Pages</source>
      <translation>Pagina's</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Disclosure report</source>
      <translation>Verstrekkingsrapport</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Refusal letter</source>
      <translation>Weigeringsbrief</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>No-data answer</source>
      <translation>Antwoord: geen gegevens</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="../../ui/history_timeline.py" line="1" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>Language and appearance</source>
      <translation>Taal en weergave</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>Colours:</source>
      <translation>Kleuren:</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>As the system ({theme})</source>
      <translation>Zoals het systeem ({theme})</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>High contrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <location filename="../../ui/screens/settings.py" line="1" />
      <source>High contrast: white and yellow on black, with a wide focus rectangle.</source>
      <translation>Hoog contrast: wit en geel op zwart, met een brede focusrand.</translation>
    </message>
  </context>
</TS>
