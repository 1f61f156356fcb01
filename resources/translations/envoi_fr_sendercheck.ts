<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SenderCheckView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="109"/>
        <source>example.com</source>
        <translation>exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="111"/>
        <source>optional, e.g. envoi1</source>
        <translation>facultatif, p. ex. envoi1</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="113"/>
        <source>optional, e.g. smtp.example.com:587</source>
        <translation>facultatif, p. ex. smtp.exemple.fr:587</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="116"/>
        <source>System resolver</source>
        <translation>Résolveur du système</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="120"/>
        <source>The DNS server the checks ask: the system&apos;s, or an address (IP[:PORT]).</source>
        <translation>Le serveur DNS qu&apos;interrogent les vérifications&#xa0;: celui du système, ou une adresse (IP[:PORT]).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="122"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="124"/>
        <source>Generate a DKIM key</source>
        <translation>Générer une clé DKIM</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="126"/>
        <source>Sending domain:</source>
        <translation>Domaine d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="127"/>
        <source>DKIM selector:</source>
        <translation>Sélecteur DKIM&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="128"/>
        <source>SMTP server:</source>
        <translation>Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="129"/>
        <source>DNS server:</source>
        <translation>Serveur DNS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="134"/>
        <source>Type your sending domain and press Check.</source>
        <translation>Saisissez votre domaine d&apos;envoi et cliquez sur Vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="137"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="137"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="151"/>
        <source>Copy record</source>
        <translation>Copier l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="157"/>
        <source>DNS record to publish:</source>
        <translation>Enregistrement DNS à publier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="209"/>
        <source>&apos;{0}&apos; is not a domain.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="210"/>
        <source>Type a domain like shop.fr.</source>
        <translation>Saisissez un domaine comme boutique.fr.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="230"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="260"/>
        <source>The check could not run.</source>
        <translation>La vérification n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="298"/>
        <source>Your network&apos;s DNS resolver is not answering correctly: it says that well-known domains do not exist, so nothing was judged. Choose another DNS server (for example 1.1.1.1 or 9.9.9.9) and check again.</source>
        <translation>Le résolveur DNS de votre réseau ne répond pas correctement&#xa0;: il affirme que des domaines bien connus n&apos;existent pas, donc rien n&apos;a été jugé. Choisissez un autre serveur DNS (par exemple 1.1.1.1 ou 9.9.9.9) et vérifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="308"/>
        <source>{domain}, checked {when}: {ok} pass, {warn} warn, {fail} fail, {error} unchecked</source>
        <translation>{domain}, vérifié le {when}&#xa0;: {ok} réussi(s), {warn} avertissement(s), {fail} échec(s), {error} non vérifié(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="326"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="327"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="328"/>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="329"/>
        <source>could not check</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="334"/>
        <source>DNS resolver</source>
        <translation>Résolveur DNS</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="335"/>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="336"/>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="337"/>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="338"/>
        <source>Domain and MX</source>
        <translation>Domaine et MX</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="339"/>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="340"/>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="341"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="342"/>
        <source>Bulk-sender readiness</source>
        <translation>Exigences des envois en masse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="351"/>
        <source>Fix: {0}</source>
        <translation>Correction&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="360"/>
        <source>Record copied.</source>
        <translation>Enregistrement copié.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="370"/>
        <source>Type the domain and a new selector (e.g. envoi1).</source>
        <translation>Saisissez le domaine et un nouveau sélecteur (p. ex. envoi1).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="381"/>
        <source>A 2048-bit DKIM key was created; Envoi keeps the private key on this computer.</source>
        <translation>Une clé DKIM de 2048 bits a été créée&#xa0;; Envoi garde la clé privée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="385"/>
        <source>Publish this TXT record at {0}, then check again.</source>
        <translation>Publiez cet enregistrement TXT sur {0}, puis relancez la vérification.</translation>
    </message>
</context>
</TS>
