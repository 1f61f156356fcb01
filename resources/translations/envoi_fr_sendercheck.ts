<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SenderCheckView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="97"/>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="99"/>
        <source>optional, e.g. envoi1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="101"/>
        <source>optional, e.g. smtp.example.com:587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="102"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="104"/>
        <source>Generate a DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="106"/>
        <source>Sending domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="107"/>
        <source>DKIM selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="108"/>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="113"/>
        <source>Type your sending domain and press Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="116"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="130"/>
        <source>Copy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="136"/>
        <source>DNS record to publish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="163"/>
        <source>&apos;{0}&apos; is not a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="164"/>
        <source>Type a domain like shop.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="182"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="210"/>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="247"/>
        <source>{domain}, checked {when}: {ok} pass, {warn} warn, {fail} fail, {error} unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="266"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="267"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="268"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="269"/>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="274"/>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="275"/>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="276"/>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="277"/>
        <source>Domain and MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="278"/>
        <source>Reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="279"/>
        <source>Blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="280"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="281"/>
        <source>Bulk-sender readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="290"/>
        <source>Fix: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="299"/>
        <source>Record copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="310"/>
        <source>Type the domain and a new selector (e.g. envoi1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="321"/>
        <source>A 2048-bit DKIM key was created; Envoi keeps the private key on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="325"/>
        <source>Publish this TXT record at {0}, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
