<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>SenderCheckView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="96"/>
        <source>example.com</source>
        <translation>exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="98"/>
        <source>optional, e.g. envoi1</source>
        <translation>facultatif, p. ex. envoi1</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="100"/>
        <source>optional, e.g. smtp.example.com:587</source>
        <translation>facultatif, p. ex. smtp.exemple.fr:587</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="101"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="103"/>
        <source>Generate a DKIM key</source>
        <translation>Générer une clé DKIM</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="105"/>
        <source>Sending domain:</source>
        <translation>Domaine d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="106"/>
        <source>DKIM selector:</source>
        <translation>Sélecteur DKIM&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="107"/>
        <source>SMTP server:</source>
        <translation>Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="112"/>
        <source>Type your sending domain and press Check.</source>
        <translation>Saisissez votre domaine d&apos;envoi et cliquez sur Vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="115"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="115"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="129"/>
        <source>Copy record</source>
        <translation>Copier l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="135"/>
        <source>DNS record to publish:</source>
        <translation>Enregistrement DNS à publier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="162"/>
        <source>&apos;{0}&apos; is not a domain.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="163"/>
        <source>Type a domain like shop.fr.</source>
        <translation>Saisissez un domaine comme boutique.fr.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="181"/>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="209"/>
        <source>The check could not run.</source>
        <translation>La vérification n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="246"/>
        <source>{domain}, checked {when}: {ok} pass, {warn} warn, {fail} fail, {error} unchecked</source>
        <translation>{domain}, vérifié le {when}&#xa0;: {ok} réussi(s), {warn} avertissement(s), {fail} échec(s), {error} non vérifié(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="264"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="265"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="266"/>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="267"/>
        <source>could not check</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="272"/>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="273"/>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="274"/>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="275"/>
        <source>Domain and MX</source>
        <translation>Domaine et MX</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="276"/>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="277"/>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="278"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="279"/>
        <source>Bulk-sender readiness</source>
        <translation>Exigences des envois en masse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="288"/>
        <source>Fix: {0}</source>
        <translation>Correction&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="297"/>
        <source>Record copied.</source>
        <translation>Enregistrement copié.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="308"/>
        <source>Type the domain and a new selector (e.g. envoi1).</source>
        <translation>Saisissez le domaine et un nouveau sélecteur (p. ex. envoi1).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="319"/>
        <source>A 2048-bit DKIM key was created; Envoi keeps the private key on this computer.</source>
        <translation>Une clé DKIM de 2048 bits a été créée&#xa0;; Envoi garde la clé privée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/sendercheck/sender_check_view.py" line="323"/>
        <source>Publish this TXT record at {0}, then check again.</source>
        <translation>Publiez cet enregistrement TXT sur {0}, puis relancez la vérification.</translation>
    </message>
</context>
</TS>
