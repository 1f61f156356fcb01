<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BounceChart</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_chart.py" line="19"/>
        <source>No bounces in the last 30 days</source>
        <translation>Aucun rebond ces 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_chart.py" line="19"/>
        <source>Other reasons</source>
        <translation>Autres motifs</translation>
    </message>
</context>
<context>
    <name>BounceReason</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="14"/>
        <source>Unknown address</source>
        <translation>Adresse inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="15"/>
        <source>Unknown domain</source>
        <translation>Domaine inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="16"/>
        <source>Address has moved</source>
        <translation>Adresse déplacée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="17"/>
        <source>Mailbox full</source>
        <translation>Boîte pleine</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="18"/>
        <source>Mailbox suspended</source>
        <translation>Boîte suspendue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="19"/>
        <source>Accepts no mail</source>
        <translation>N&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="20"/>
        <source>Delivery time expired</source>
        <translation>Délai de remise dépassé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="21"/>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="22"/>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="23"/>
        <source>Server full</source>
        <translation>Serveur saturé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="24"/>
        <source>Mail program error</source>
        <translation>Erreur du logiciel de messagerie</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="25"/>
        <source>Filtered by the recipient</source>
        <translation>Filtré par le destinataire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="26"/>
        <source>Sender refused</source>
        <translation>Expéditeur refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="27"/>
        <source>Sending IP blocked</source>
        <translation>IP d&apos;envoi bloquée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="28"/>
        <source>Poor sender reputation</source>
        <translation>Mauvaise réputation de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="29"/>
        <source>Reverse DNS required</source>
        <translation>DNS inverse exigé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="30"/>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <translation>Échec d&apos;authentification (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="33"/>
        <source>Seen as spam</source>
        <translation>Considéré comme spam</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="34"/>
        <source>Virus detected</source>
        <translation>Virus détecté</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="35"/>
        <source>Recipient&apos;s policy</source>
        <translation>Règles du destinataire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="36"/>
        <source>Security error</source>
        <translation>Erreur de sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="37"/>
        <source>Content refused</source>
        <translation>Contenu refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="38"/>
        <source>Not standards-compliant</source>
        <translation>Non conforme aux normes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="39"/>
        <source>SMTP syntax error</source>
        <translation>Erreur de syntaxe SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="40"/>
        <source>Relaying refused</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="41"/>
        <source>Size limit exceeded</source>
        <translation>Limite de taille dépassée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="42"/>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="43"/>
        <source>Too many connections</source>
        <translation>Trop de connexions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="44"/>
        <source>Sending too fast</source>
        <translation>Envoi trop rapide</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="45"/>
        <source>TLS failed</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="46"/>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="47"/>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="48"/>
        <source>Complaint or opt-out</source>
        <translation>Plainte ou désinscription</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="49"/>
        <source>Auto-reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/reason_labels.py" line="50"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
</context>
<context>
    <name>BounceTableModel</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="43"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="44"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="45"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="48"/>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="81"/>
        <source>(hidden by the report)</source>
        <translation>(masquée par le rapport)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="98"/>
        <source>Hard bounce</source>
        <translation>Rebond définitif</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="98"/>
        <source>Soft bounce</source>
        <translation>Rebond temporaire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="100"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="106"/>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="107"/>
        <source>Counted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="108"/>
        <source>Suppressed</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="109"/>
        <source>Unsubscribed</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounce_table_model.py" line="110"/>
        <source>Marked as complaint</source>
        <translation>Marqué comme plainte</translation>
    </message>
</context>
<context>
    <name>BouncesView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="54"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="55"/>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="56"/>
        <source>Complaints and opt-outs</source>
        <translation>Plaintes et désinscriptions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="77"/>
        <source>Search address or diagnostic…</source>
        <translation>Rechercher une adresse ou un diagnostic…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="89"/>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="93"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="94"/>
        <source>Import messages…</source>
        <translation>Importer des messages…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="95"/>
        <source>Process returned messages saved as .eml files</source>
        <translation>Traiter des messages retournés enregistrés en fichiers .eml</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="96"/>
        <source>Check mailbox</source>
        <translation>Relever la boîte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="97"/>
        <source>Read the bounce mailbox now</source>
        <translation>Lire maintenant la boîte aux lettres des rebonds</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="98"/>
        <source>Show message…</source>
        <translation>Afficher le message…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="102"/>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="104"/>
        <source>Assign returned messages that matched nobody to a contact, or ignore them</source>
        <translation>Attribuer à un contact les messages retournés qui ne correspondent à personne, ou les ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="129"/>
        <source>Select a bounce to read it in full.</source>
        <translation>Sélectionnez un retour pour le lire en entier.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="148"/>
        <source>Bounces over the last 30 days, by reason</source>
        <translation>Rebonds des 30 derniers jours, par motif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="195"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="205"/>
        <source>%Ln returned message(s) could not be matched and wait for review</source>
        <translation>
            <numerusform>%Ln message retourné n&apos;a pas pu être rattaché et attend votre examen</numerusform>
            <numerusform>%Ln messages retournés n&apos;ont pas pu être rattachés et attendent votre examen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="219"/>
        <source>Address: {0}</source>
        <translation>Adresse&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="219"/>
        <source>(hidden by the report)</source>
        <translation>(masquée par le rapport)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="220"/>
        <source>Reason: {0}</source>
        <translation>Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="221"/>
        <source>Status: {0}</source>
        <translation>Statut&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="221"/>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="225"/>
        <source>none given</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="224"/>
        <source>Campaign: #{0}</source>
        <translation>Campagne&#xa0;: n° {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="225"/>
        <source>Diagnostic: {0}</source>
        <translation>Diagnostic&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="270"/>
        <source>The bounce mailbox password is not in the keyring.</source>
        <translation>Le mot de passe de la boîte aux lettres des rebonds n&apos;est pas dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="271"/>
        <source>Run `envoi bounces mailbox ... --password-stdin` to store it.</source>
        <translation>Lancez `envoi bounces mailbox ... --password-stdin` pour l&apos;y enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="289"/>
        <source>Imported: {0} processed, {1} kept for review, {2} already known</source>
        <translation>Import&#xa0;: {0} traité(s), {1} gardé(s) pour examen, {2} déjà connu(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="298"/>
        <source>No bounce mailbox is set up yet (envoi bounces mailbox --help).</source>
        <translation>Aucune boîte aux lettres des rebonds n&apos;est encore configurée (envoi bounces mailbox --help).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="301"/>
        <source>Mailbox: {0} read, {1} processed, {2} kept for review</source>
        <translation>Boîte aux lettres&#xa0;: {0} lu(s), {1} traité(s), {2} gardé(s) pour examen</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="311"/>
        <source>Cannot read the file: {0}</source>
        <translation>Impossible de lire le fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="352"/>
        <source>Returned messages</source>
        <translation>Messages retournés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/bounces_view.py" line="354"/>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Messages e-mail (*.eml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RawMessageDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/raw_message_dialog.py" line="19"/>
        <source>Returned message</source>
        <translation>Message retourné</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="42"/>
        <source>Returned messages to review</source>
        <translation>Messages retournés à examiner</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="50"/>
        <source>These returned messages could not be tied to a contact. Assign one to the contact it is about (its bounce then counts for that contact), or ignore it.</source>
        <translation>Ces messages retournés n&apos;ont pu être reliés à aucun contact. Attribuez-en un au contact qu&apos;il concerne (son retour compte alors pour ce contact), ou ignorez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="59"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="60"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="61"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="62"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="63"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="79"/>
        <source>Assign to contact…</source>
        <translation>Attribuer à un contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="80"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="81"/>
        <source>Show message…</source>
        <translation>Afficher le message…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="114"/>
        <source>Bounce</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="115"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="116"/>
        <source>Not understood</source>
        <translation>Non compris</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="156"/>
        <source>Subject: {0}</source>
        <translation>Objet&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="158"/>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="160"/>
        <source>Diagnostic: {0}</source>
        <translation>Diagnostic&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="162"/>
        <source>Could not read: {0}</source>
        <translation>Lecture impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="164"/>
        <source>Envoi found no failed recipient in it: open it, then ignore it.</source>
        <translation>Envoi n&apos;y a trouvé aucun destinataire en échec&#xa0;: ouvrez-le, puis ignorez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="220"/>
        <source>Assign to a contact</source>
        <translation>Attribuer à un contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/bounces/review_dialog.py" line="221"/>
        <source>Address of the contact this message is about:</source>
        <translation>Adresse du contact que ce message concerne&#xa0;:</translation>
    </message>
</context>
</TS>
