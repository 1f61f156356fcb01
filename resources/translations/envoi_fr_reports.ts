<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="30"/>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="31"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="32"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="33"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="36"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="37"/>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="38"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="39"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="40"/>
        <source>Bounced</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="41"/>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="42"/>
        <source>Unsubscribes</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="43"/>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="44"/>
        <source>Clicked</source>
        <translation>Cliqués</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="76"/>
        <source>Any list</source>
        <translation>Toute liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="78"/>
        <source>Any template</source>
        <translation>Tout modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="80"/>
        <source>Last:</source>
        <translation>Dernières :</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="83"/>
        <source>List:</source>
        <translation>Liste :</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/compare_view.py" line="85"/>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="14"/>
        <source>no tracking</source>
        <translation>pas de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="34"/>
        <source>%1 by people, %2 by machines</source>
        <translation>%1 par des personnes, %2 par des machines</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="37"/>
        <source>%1 people (%2 times), %3 by machines</source>
        <translation>%1 personnes (%2 fois), %3 par des machines</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="47"/>
        <source>Own domain</source>
        <translation>Propre domaine</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="49"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="51"/>
        <source>No MX found</source>
        <translation>Aucun MX trouvé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/report_format.py" line="55"/>
        <source>Not looked up yet</source>
        <translation>Pas encore recherché</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="53"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="54"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="55"/>
        <source>Accepted by the server</source>
        <translation>Acceptés par le serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="56"/>
        <source>Delivered after a deferral</source>
        <translation>Livrés après un report</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="57"/>
        <source>Still deferred</source>
        <translation>Encore reportés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="58"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="59"/>
        <source>Skipped (suppressed)</source>
        <translation>Ignorés (liste d&apos;exclusion)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="60"/>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="81"/>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="415"/>
        <source>Bounced</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="61"/>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="82"/>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="62"/>
        <source>Unsubscribes</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="63"/>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="64"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="65"/>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="66"/>
        <source>Click rate</source>
        <translation>Taux de clic</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="67"/>
        <source>Click-to-open rate</source>
        <translation>Taux de clic par ouverture</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="70"/>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="71"/>
        <source>bounce rate</source>
        <translation>taux de rebond</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="72"/>
        <source>complaint rate</source>
        <translation>taux de plainte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="73"/>
        <source>unsubscribe rate</source>
        <translation>taux de désinscription</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="74"/>
        <source>deferral rate</source>
        <translation>taux de report</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="77"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="78"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="79"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="80"/>
        <source>Deferred</source>
        <translation>Reportés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="85"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="86"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="87"/>
        <source>Clicks by people</source>
        <translation>Clics de personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="88"/>
        <source>Clicks by machines</source>
        <translation>Clics de machines</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="109"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="110"/>
        <source>Find providers</source>
        <translation>Trouver les fournisseurs</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="112"/>
        <source>Ask DNS who runs the mailbox of each recipient domain (kept for next time)</source>
        <translation>Demander au DNS qui gère la messagerie de chaque domaine destinataire (gardé pour la prochaine fois)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="114"/>
        <source>No campaign has been sent yet.</source>
        <translation>Aucune campagne n&apos;a encore été envoyée.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="119"/>
        <source>Acknowledge</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="121"/>
        <source>Hide the selected alerts while they hold (all when none is selected)</source>
        <translation>Masquer les alertes choisies tant qu&apos;elles durent (toutes si aucune n&apos;est choisie)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="125"/>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="142"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="151"/>
        <source>By mailbox provider</source>
        <translation>Par fournisseur de messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="155"/>
        <source>Clicks per link</source>
        <translation>Clics par lien</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="160"/>
        <source>Nothing delivered in the first 48 hours</source>
        <translation>Rien de livré dans les 48 premières heures</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="164"/>
        <source>Deliveries and bounces per hour (first 48 hours)</source>
        <translation>Livraisons et rebonds par heure (48 premières heures)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="165"/>
        <source>Opens and clicks by people per hour</source>
        <translation>Ouvertures et clics de personnes par heure</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="181"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="182"/>
        <source>Compare campaigns</source>
        <translation>Comparer les campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="203"/>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="203"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="212"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln ligne exportée</numerusform>
            <numerusform>%Ln lignes exportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="236"/>
        <source>%Ln open alert(s)</source>
        <translation>
            <numerusform>%Ln alerte ouverte</numerusform>
            <numerusform>%Ln alertes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="246"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="251"/>
        <source>%1: %2 %3, over %4</source>
        <translation>%1 : %2 de %3, au-dessus de %4</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="368"/>
        <source>%1 (%2): %3 hard, %4 soft</source>
        <translation>%1 (%2) : %3 définitifs, %4 temporaires</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="374"/>
        <source>%1: %2 by mail, %3 one-click, %4 on the page</source>
        <translation>%1 : %2 par e-mail, %3 en un clic, %4 sur la page</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="391"/>
        <source>Campaign started %1</source>
        <translation>Campagne commencée le %1</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="399"/>
        <source>(hidden link: machines only)</source>
        <translation>(lien caché : machines seulement)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="414"/>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="416"/>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="417"/>
        <source>Clicked</source>
        <translation>Cliqués</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="423"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="433"/>
        <source>No opens or clicks in the first 48 hours</source>
        <translation>Aucune ouverture ni aucun clic dans les 48 premières heures</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="435"/>
        <source>No tracking: this campaign did not measure opens and clicks</source>
        <translation>Pas de suivi : cette campagne ne mesurait ni les ouvertures ni les clics</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="464"/>
        <source>Looking up the recipients&apos; mail servers…</source>
        <translation>Recherche des serveurs de messagerie des destinataires…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/reports/reports_view.py" line="471"/>
        <source>%Ln domain(s) looked up</source>
        <translation>
            <numerusform>%Ln domaine recherché</numerusform>
            <numerusform>%Ln domaines recherchés</numerusform>
        </translation>
    </message>
</context>
</TS>
