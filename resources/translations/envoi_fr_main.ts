<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="216"/>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="283"/>
        <source>Envoi cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="38"/>
        <source>Envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="128"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="132"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="136"/>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="140"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="144"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="151"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="155"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="167"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="168"/>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="174"/>
        <source>&amp;About Envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="222"/>
        <source>About Envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="224"/>
        <source>&lt;b&gt;Envoi {version}&lt;/b&gt;&lt;br&gt;Email campaigns from your own computer: your contacts stay in your database and mail goes through your own server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/search_box.py" line="15"/>
        <source>Search by address or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
