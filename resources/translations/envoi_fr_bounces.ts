<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BounceChart</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_chart.py" line="64"/>
        <source>No bounces in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="14"/>
        <source>Unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="15"/>
        <source>Unknown domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="16"/>
        <source>Address has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="17"/>
        <source>Mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="18"/>
        <source>Mailbox suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="19"/>
        <source>Accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="20"/>
        <source>Delivery time expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="21"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="22"/>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="23"/>
        <source>Server full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="24"/>
        <source>Mail program error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="25"/>
        <source>Filtered by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="26"/>
        <source>Sender refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="27"/>
        <source>Sending IP blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="28"/>
        <source>Poor sender reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="29"/>
        <source>Reverse DNS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="30"/>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="33"/>
        <source>Seen as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="34"/>
        <source>Virus detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="35"/>
        <source>Recipient&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="36"/>
        <source>Security error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="37"/>
        <source>Content refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="38"/>
        <source>Not standards-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="39"/>
        <source>SMTP syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="40"/>
        <source>Relaying refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="41"/>
        <source>Size limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="42"/>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="43"/>
        <source>Too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="44"/>
        <source>Sending too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="45"/>
        <source>TLS failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="46"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="47"/>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="48"/>
        <source>Complaint or opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="49"/>
        <source>Auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="50"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BounceTableModel</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="45"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="46"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="47"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="48"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="50"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="51"/>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="86"/>
        <source>(hidden by the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="101"/>
        <source>Hard bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="101"/>
        <source>Soft bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="103"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="109"/>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="110"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="111"/>
        <source>Suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="112"/>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="113"/>
        <source>Marked as complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BouncesView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="44"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="45"/>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="46"/>
        <source>Complaints and opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="64"/>
        <source>Search address or diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="70"/>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="74"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="75"/>
        <source>Import messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="76"/>
        <source>Process returned messages saved as .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="77"/>
        <source>Check mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="78"/>
        <source>Read the bounce mailbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="79"/>
        <source>Show message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="114"/>
        <source>Bounces over the last 30 days, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="158"/>
        <source>%Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="164"/>
        <source>%Ln returned message(s) could not be matched and wait for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="193"/>
        <source>The bounce mailbox password is not in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="194"/>
        <source>Run `envoi bounces mailbox ... --password-stdin` to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="212"/>
        <source>Imported: {0} processed, {1} kept for review, {2} already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="221"/>
        <source>No bounce mailbox is set up yet (envoi bounces mailbox --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="224"/>
        <source>Mailbox: {0} read, {1} processed, {2} kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="234"/>
        <source>Cannot read the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="272"/>
        <source>Returned messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="274"/>
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
