<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="19"/>
        <source>About LawfulReq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>LawfulReq {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="27"/>
        <source>Handles demands from authorities for subscriber and traffic data: checks that each demand is lawful and complete, discloses exactly what the law allows, and keeps the demand secret from the customer as long as the law requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33"/>
        <source>Text is set in DejaVu Sans (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="36"/>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>Something went wrong inside LawfulReq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="142"/>
        <source>This is a bug, not something you did. Your data is safe: unfinished changes were not saved. Please copy the details below and send them with the log file to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="158"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="172"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="90"/>
        <source>There are no open cases. Register a new demand with File → New case (Ctrl+N); it will be counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="99"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="103"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="103"/>
        <source>Open cases past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="104"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="104"/>
        <source>Deadline before midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="107"/>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="108"/>
        <source>Deadline before next Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="110"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="110"/>
        <source>Open emergency demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="115"/>
        <source>Open cases by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="116"/>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="116"/>
        <source>Every status below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="118"/>
        <source>Open cases in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="128"/>
        <source>Secrecy flags to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="129"/>
        <source>Review date this week or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="136"/>
        <source>Access requests due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="137"/>
        <source>Answer due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="141"/>
        <source>Secrecy and access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="201"/>
        <source>Counted at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <location filename="../../ui/login.py" line="42"/>
        <source>Sign in to LawfulReq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>This database has no accounts yet. Create the first FG account with “lawfulreq init --admin NAME”, then start LawfulReq again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>LawfulReq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>{user} · {role} · {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;About LawfulReq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>That part of LawfulReq is not available for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>There is nothing to search on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="29"/>
        <source>{section} is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/placeholder.py" line="35"/>
        <source>This part of LawfulReq arrives in a later version. Until then nothing is shown here, so that no one mistakes an empty page for real data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../ui/screenshots.py" line="179"/>
        <source>Importing customers: 1,200 of 3,000 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screenshots.py" line="186"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="27"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="31"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="31"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="32"/>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="39"/>
        <source>The screens switch at once. Your choice is kept for your user account on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="45"/>
        <source>Language of the screens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="54"/>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="58"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="60"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="64"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="65"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/screenshots.py" line="180"/>
        <location filename="../../ui/tasks.py" line="178"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
