<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BounceChart</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_chart.py" line="61"/>
        <source>No bounces in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BouncesView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="59"/>
        <source>Search address or diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="65"/>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="68"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="69"/>
        <source>Import messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="70"/>
        <source>Process returned messages saved as .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="71"/>
        <source>Check mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="72"/>
        <source>Read the bounce mailbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="73"/>
        <source>Show message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="108"/>
        <source>Bounces over the last 30 days, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="152"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="158"/>
        <source>%n returned message(s) could not be matched and wait for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="207"/>
        <source>Imported: {0} processed, {1} kept for review, {2} already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="218"/>
        <source>No bounce mailbox is set up yet (envoi bounces mailbox --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="222"/>
        <source>Mailbox: {0} read, {1} processed, {2} kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="233"/>
        <source>Cannot read the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="271"/>
        <source>Returned messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="273"/>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/raw_message_dialog.py" line="19"/>
        <source>Returned message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
