<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="12"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="12"/>
        <source>Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
