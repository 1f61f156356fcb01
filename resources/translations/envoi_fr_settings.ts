<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="37"/>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="84"/>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="39"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="43"/>
        <source>Envoi shows the new language when it starts again.</source>
        <translation>Envoi affiche la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="52"/>
        <source>The environment variable {name} is set to “{value}”: it wins over this choice.</source>
        <translation>La variable d&apos;environnement {name} vaut «&#xa0;{value}&#xa0;»&#xa0;: elle l&apos;emporte sur ce choix.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="57"/>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="86"/>
        <source>The new language is saved. Restart Envoi now to use it?</source>
        <translation>La nouvelle langue est enregistrée. Redémarrer Envoi maintenant pour l&apos;utiliser&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="91"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="95"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="110"/>
        <source>Envoi could not restart itself. Close it and open it again.</source>
        <translation>Envoi n&apos;a pas pu redémarrer. Fermez-le puis rouvrez-le.</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="49"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="57"/>
        <source>Envoi Relay is a small web service you run on a server with a public address. It gives every message a one-click unsubscribe link and a preference page, and can count clicks and opens. Without a relay, Envoi asks for unsubscribes by mail.</source>
        <translation>Envoi Relay est un petit service web que vous installez sur un serveur doté d’une adresse publique. Il donne à chaque message un lien de désabonnement en un clic et une page de préférences, et peut compter les clics et les ouvertures. Sans relais, Envoi reçoit les désabonnements par e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="68"/>
        <source>the content of the relay&apos;s api-token file</source>
        <translation>le contenu du fichier api-token du relais</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="69"/>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="104"/>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="108"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="74"/>
        <source>Test and save</source>
        <translation>Tester et enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="75"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="80"/>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="81"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="82"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="122"/>
        <source>Paste the relay&apos;s token first.</source>
        <translation>Collez d’abord le jeton du relais.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="125"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="133"/>
        <source>Connected. Recipients&apos; links start with {0}.</source>
        <translation>Connecté. Les liens des destinataires commencent par {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="141"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_dialog.py" line="148"/>
        <source>{0} unsubscribes, {1} clicks and {2} opens received.</source>
        <translation>{0} désabonnements, {1} clics et {2} ouvertures reçus.</translation>
    </message>
</context>
<context>
    <name>RelaySyncer</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_sync.py" line="48"/>
        <source>Relay: {0}</source>
        <translation>Relais&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/relay_sync.py" line="54"/>
        <source>Relay: {0} unsubscribes, {1} clicks, {2} opens received</source>
        <translation>Relais&#xa0;: {0} désabonnements, {1} clics, {2} ouvertures reçus</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="52"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="59"/>
        <source>Who your messages are from. Templates show the company, the postal address (the law in many countries asks for it in every marketing message) and the logo; new campaigns start from this From and Reply-To.</source>
        <translation>De qui viennent vos messages. Les modèles affichent la société, l’adresse postale (la loi de nombreux pays l’exige dans chaque message commercial) et le logo ; les nouvelles campagnes partent de cet expéditeur et de cette adresse de réponse.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="67"/>
        <source>12 Market Street, 69001 Lyon, France</source>
        <translation>12 rue du Marché, 69001 Lyon, France</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="70"/>
        <source>news@example.com</source>
        <translation>infos@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="73"/>
        <source>https://example.com/logo.png</source>
        <translation>https://exemple.fr/logo.png</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="75"/>
        <source>the mailbox Envoi reads for returns</source>
        <translation>la boîte qu’Envoi lit pour les retours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="78"/>
        <source>Unsubscribe requests by mail go to this address: use the mailbox the Bounces area reads. Empty: that mailbox&apos;s user name when it is an address, else the campaign&apos;s Reply-To, else its From address.</source>
        <translation>Les demandes de désinscription par courrier arrivent à cette adresse : utilisez la boîte que lit la rubrique Retours. Vide : l’identifiant de cette boîte s’il s’agit d’une adresse, sinon l’adresse de réponse de la campagne, sinon son expéditeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="90"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="91"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="92"/>
        <source>From name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="93"/>
        <source>From address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="94"/>
        <source>Reply-To</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="95"/>
        <source>Logo address</source>
        <translation>Adresse du logo</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/sender_dialog.py" line="96"/>
        <source>Address for returned mail</source>
        <translation>Adresse des retours</translation>
    </message>
</context>
</TS>
