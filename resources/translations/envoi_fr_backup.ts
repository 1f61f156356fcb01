<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="12"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="12"/>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="17"/>
        <source>Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="17"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
