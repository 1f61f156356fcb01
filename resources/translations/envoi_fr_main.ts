<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="221"/>
        <source>Database: {where}</source>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="288"/>
        <source>Envoi cannot start</source>
        <translation>Envoi ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="91"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="92"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="94"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="95"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="96"/>
        <source>Sender check</source>
        <translation>Vérification de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="98"/>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/app.py" line="101"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>CampaignScheduler</name>
    <message>
        <location filename="../../desktop/envoi/ui/campaign_scheduler.py" line="46"/>
        <source>Scheduled campaign “{0}” started.</source>
        <translation>La campagne planifiée «&#xa0;{0}&#xa0;» a démarré.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/campaign_scheduler.py" line="61"/>
        <source>Scheduled campaigns are no longer started: {0}</source>
        <translation>Les campagnes planifiées ne sont plus lancées&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="52"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="53"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="54"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="55"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="56"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="60"/>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="61"/>
        <source>Unsubscribed</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="62"/>
        <source>Bounced</source>
        <translation>En rebond</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/models/contacts_model.py" line="63"/>
        <source>Complained</source>
        <translation>Plainte</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/error_dialog.py" line="24"/>
        <source>Envoi</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/error_dialog.py" line="39"/>
        <source>Envoi: unexpected problem</source>
        <translation>Envoi&#xa0;: problème inattendu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/error_dialog.py" line="41"/>
        <source>Envoi hit an unexpected problem. Your data is safe in the database.</source>
        <translation>Envoi a rencontré un problème inattendu. Vos données sont en sécurité dans la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/error_dialog.py" line="45"/>
        <source>You can keep working; if it happens again, send the log to support.</source>
        <translation>Vous pouvez continuer à travailler&#xa0;; si cela se reproduit, envoyez le journal à l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/error_dialog.py" line="49"/>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>MailboxPoller</name>
    <message>
        <location filename="../../desktop/envoi/ui/mailbox_poller.py" line="86"/>
        <source>Bounce mailbox: {0} read, {1} processed, {2} kept for review</source>
        <translation>Boîte des rebonds&#xa0;: {0} lus, {1} traités, {2} gardés pour vérification</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/mailbox_poller.py" line="95"/>
        <source>Bounce mailbox: {0} {1}</source>
        <translation>Boîte des rebonds&#xa0;: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/mailbox_poller.py" line="120"/>
        <source>Bounce mailbox polling stopped: {0}</source>
        <translation>La relève de la boîte des rebonds s&apos;est arrêtée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="38"/>
        <source>Envoi</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="134"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="138"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="142"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="146"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="156"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="157"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="161"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="173"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="174"/>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="178"/>
        <source>&amp;Relay…</source>
        <translation>&amp;Relais…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="181"/>
        <source>&amp;Sender…</source>
        <translation>&amp;Expéditeur…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="186"/>
        <source>&amp;About Envoi</source>
        <translation>À &amp;propos d&apos;Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="244"/>
        <source>About Envoi</source>
        <translation>À propos d&apos;Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/main_window.py" line="246"/>
        <source>&lt;b&gt;Envoi {version}&lt;/b&gt;&lt;br&gt;Email campaigns from your own computer: your contacts stay in your database and mail goes through your own server.</source>
        <translation>&lt;b&gt;Envoi {version}&lt;/b&gt;&lt;br&gt;Vos campagnes d&apos;e-mails depuis votre propre ordinateur&#xa0;: vos contacts restent dans votre base de données et le courrier passe par votre propre serveur.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/envoi/ui/widgets/search_box.py" line="15"/>
        <source>Search by address or name</source>
        <translation>Rechercher par adresse ou par nom</translation>
    </message>
</context>
</TS>
