<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CampaignProgressView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="119"/>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="122"/>
        <source>about {0} min left</source>
        <translation>environ {0} min restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="126"/>
        <source>about {0} h {1} min left</source>
        <translation>environ {0} h {1} min restantes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="159"/>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="274"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="162"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="164"/>
        <source>Sender settings…</source>
        <translation>Réglages de l’expéditeur…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="165"/>
        <source>Company, postal address, From and Reply-To</source>
        <translation>Société, adresse postale, expéditeur et adresse de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="167"/>
        <source>Retry failed recipients</source>
        <translation>Réessayer les destinataires en échec</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="173"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="174"/>
        <source>Cancel campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="187"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="187"/>
        <source>Deferred (will retry)</source>
        <translation>Différés (nouvel essai prévu)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="188"/>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="266"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="188"/>
        <source>Unknown outcome</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="189"/>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="189"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="216"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="263"/>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="263"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="264"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="264"/>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="265"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="265"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="274"/>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="297"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="302"/>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="302"/>
        <source>Checking the campaign…</source>
        <translation>Vérification de la campagne…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="316"/>
        <source>The check before sending failed: {0}</source>
        <translation>La vérification avant l’envoi a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="329"/>
        <source>Not sent: fix what the check found below.</source>
        <translation>Non envoyée : corrigez ce que la vérification a trouvé ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="332"/>
        <source>Check the warnings below, then send.</source>
        <translation>Lisez les avertissements ci-dessous, puis envoyez.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="380"/>
        <source>{0} messages/s</source>
        <translation>{0} messages/s</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="390"/>
        <source>Sending stopped on an error: {0}</source>
        <translation>L’envoi s’est arrêté sur une erreur : {0}</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="59"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="60"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="61"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="62"/>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="63"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="64"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="65"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="72"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="73"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="74"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="75"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="121"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="122"/>
        <source>SMTP profiles</source>
        <translation>Profils SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="123"/>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="125"/>
        <source>Choose a campaign to see its progress or send it.</source>
        <translation>Choisissez une campagne pour suivre son envoi ou l’envoyer.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="179"/>
        <source>Envoi stopped while sending {0}: paused. {1} messages may or may not have gone out; they will not be sent again unless you choose to.</source>
        <translation>Envoi s’est arrêté pendant l’envoi de {0} : campagne suspendue. {1} messages sont peut-être partis, peut-être pas ; ils ne seront pas renvoyés sans votre accord.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="240"/>
        <source>New SMTP profile…</source>
        <translation>Nouveau profil SMTP…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="246"/>
        <source>Edit {0}…</source>
        <translation>Modifier {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="253"/>
        <source>Delete {0}…</source>
        <translation>Supprimer {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="268"/>
        <source>Delete SMTP profile</source>
        <translation>Supprimer le profil SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="269"/>
        <source>Delete the profile {0} and its stored password?</source>
        <translation>Supprimer le profil {0} et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="273"/>
        <source>These campaigns use it and will have no profile: {0}</source>
        <translation>Ces campagnes l’utilisent et n’auront plus de profil : {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="278"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="300"/>
        <source>Profile not deleted</source>
        <translation>Profil non supprimé</translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="93"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="94"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="95"/>
        <source>What it means</source>
        <translation>Ce que cela veut dire</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="63"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="75"/>
        <source>Hello {{ first_name }}, …</source>
        <translation>Bonjour {{ first_name }}, …</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="79"/>
        <source>Send later</source>
        <translation>Envoyer plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="85"/>
        <source>time zone, e.g. Europe/Paris (default: this computer&apos;s)</source>
        <translation>fuseau horaire, p. ex. Europe/Paris (par défaut : celui de cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="92"/>
        <source>From name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="93"/>
        <source>From address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="94"/>
        <source>Reply-To</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="95"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="96"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="97"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="98"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="99"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="100"/>
        <source>SMTP profile</source>
        <translation>Profil SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="106"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="141"/>
        <source>(the text below)</source>
        <translation>(le texte ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="182"/>
        <source>Give a subject, or choose a template.</source>
        <translation>Indiquez un objet, ou choisissez un modèle.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="43"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="44"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="45"/>
        <source>None (unencrypted: not recommended)</source>
        <translation>Aucune (non chiffré : déconseillé)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="85"/>
        <source>SMTP profile</source>
        <translation>Profil SMTP</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="92"/>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="117"/>
        <source>Show advanced settings</source>
        <translation>Afficher les réglages avancés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="124"/>
        <source>this computer&apos;s name</source>
        <translation>le nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="128"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="130"/>
        <source>HELO name</source>
        <translation>Nom HELO</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="131"/>
        <source>Messages per connection</source>
        <translation>Messages par connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="132"/>
        <source>Pause when bounces exceed</source>
        <translation>Suspendre si les rebonds dépassent</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="133"/>
        <source>Pause when complaints exceed</source>
        <translation>Suspendre si les plaintes dépassent</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="134"/>
        <source>…once this many messages were sent</source>
        <translation>…une fois ce nombre de messages envoyés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="141"/>
        <source>This computer has no password keyring: the password is kept only until Envoi closes, never written to disk.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe : le mot de passe n’est gardé que jusqu’à la fermeture d’Envoi, jamais écrit sur le disque.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="149"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="152"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="154"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="155"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="156"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="157"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="158"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="159"/>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="160"/>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="161"/>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="162"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="163"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="185"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="241"/>
        <source>Without encryption, your password and messages cross the network in clear.</source>
        <translation>Sans chiffrement, votre mot de passe et vos messages traversent le réseau en clair.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="247"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="253"/>
        <source>Connected to {0}:{1}, logged in as {2}.</source>
        <translation>Connecté à {0}:{1}, identifié en tant que {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="257"/>
        <source>Connected to {0}:{1}.</source>
        <translation>Connecté à {0}:{1}.</translation>
    </message>
</context>
<context>
    <name>ReplyExplanation</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="17"/>
        <source>This address does not exist at the recipient&apos;s provider.</source>
        <translation>Cette adresse n’existe pas chez le fournisseur du destinataire.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="20"/>
        <source>The recipient&apos;s domain does not exist or receives no mail.</source>
        <translation>Le domaine du destinataire n’existe pas ou ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="23"/>
        <source>The recipient has moved to another address.</source>
        <translation>Le destinataire a changé d’adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="24"/>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>La boîte du destinataire est pleine.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="25"/>
        <source>The recipient&apos;s mailbox is disabled.</source>
        <translation>La boîte du destinataire est désactivée.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="26"/>
        <source>The recipient&apos;s domain accepts no mail.</source>
        <translation>Le domaine du destinataire n’accepte aucun courrier.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="27"/>
        <source>The provider kept refusing until the retry deadline.</source>
        <translation>Le fournisseur a refusé jusqu’à la fin du délai de nouvel essai.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="28"/>
        <source>A network problem stopped the delivery.</source>
        <translation>Un problème réseau a empêché la remise.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="29"/>
        <source>The mail server reported an internal error.</source>
        <translation>Le serveur de messagerie a signalé une erreur interne.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="30"/>
        <source>The mail server is out of space.</source>
        <translation>Le serveur de messagerie n’a plus de place.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="31"/>
        <source>The mail system refused the message.</source>
        <translation>Le système de messagerie a refusé le message.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="32"/>
        <source>The recipient&apos;s server filtered the message out.</source>
        <translation>Le serveur du destinataire a filtré le message.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="33"/>
        <source>The server refused your sender address.</source>
        <translation>Le serveur a refusé votre adresse d’expéditeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="34"/>
        <source>Your server&apos;s address is blocked by the recipient&apos;s provider.</source>
        <translation>L’adresse de votre serveur est bloquée par le fournisseur du destinataire.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="37"/>
        <source>The provider distrusts your sending reputation right now.</source>
        <translation>Le fournisseur se méfie en ce moment de votre réputation d’expéditeur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="40"/>
        <source>Your server has no reverse DNS name, which the provider requires.</source>
        <translation>Votre serveur n’a pas de nom DNS inverse, ce que le fournisseur exige.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="43"/>
        <source>SPF, DKIM or DMARC checks failed for your domain.</source>
        <translation>Les vérifications SPF, DKIM ou DMARC ont échoué pour votre domaine.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="44"/>
        <source>The message was taken for spam.</source>
        <translation>Le message a été pris pour du spam.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="45"/>
        <source>The message was taken for a virus.</source>
        <translation>Le message a été pris pour un virus.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="46"/>
        <source>The message breaks the provider&apos;s policy.</source>
        <translation>Le message enfreint la politique du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="47"/>
        <source>The provider asked for authentication or encryption.</source>
        <translation>Le fournisseur a demandé une authentification ou un chiffrement.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="48"/>
        <source>The provider refused the message&apos;s content.</source>
        <translation>Le fournisseur a refusé le contenu du message.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="49"/>
        <source>The message is not well formed for the provider.</source>
        <translation>Le message n’est pas bien formé aux yeux du fournisseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="50"/>
        <source>The server did not understand a command.</source>
        <translation>Le serveur n’a pas compris une commande.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="51"/>
        <source>Your server refuses to relay to this recipient: check the profile.</source>
        <translation>Votre serveur refuse de relayer vers ce destinataire : vérifiez le profil.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="54"/>
        <source>The message is larger than the recipient accepts.</source>
        <translation>Le message est plus gros que ce que le destinataire accepte.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="55"/>
        <source>The message is too big.</source>
        <translation>Le message est trop gros.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="56"/>
        <source>Too many connections to the provider at once.</source>
        <translation>Trop de connexions simultanées vers le fournisseur.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="57"/>
        <source>Too many messages too fast: the provider asks to slow down.</source>
        <translation>Trop de messages trop vite : le fournisseur demande de ralentir.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="60"/>
        <source>The secure connection failed.</source>
        <translation>La connexion sécurisée a échoué.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="61"/>
        <source>The provider holds the message for later.</source>
        <translation>Le fournisseur met le message en attente.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="62"/>
        <source>Envoi could not build this message (the template, a merge value or the address): nothing was sent. The reply says what went wrong.</source>
        <translation>Envoi n’a pas pu construire ce message (le modèle, une valeur de fusion ou l’adresse) : rien n’a été envoyé. La réponse dit ce qui n’allait pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="66"/>
        <source>The connection was lost: Envoi cannot know whether the message arrived.</source>
        <translation>La connexion a été perdue : Envoi ne peut pas savoir si le message est arrivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="70"/>
        <source>The provider refused the message for good.</source>
        <translation>Le fournisseur a refusé le message définitivement.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="99"/>
        <source>This address has characters before the @ that your sending server cannot carry (it does not offer SMTPUTF8): nothing was sent. Send through a server that supports international addresses, or ask the contact for another address.</source>
        <translation>Cette adresse contient avant le @ des caractères que votre serveur d’envoi ne sait pas transmettre (il ne gère pas SMTPUTF8) : rien n’a été envoyé. Envoyez par un serveur qui accepte les adresses internationales, ou demandez une autre adresse au contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="103"/>
        <source>Envoi could not give this address to your sending server (it is not a valid address): nothing was sent. Correct the contact&apos;s address.</source>
        <translation>Envoi n’a pas pu donner cette adresse à votre serveur d’envoi (ce n’est pas une adresse valide) : rien n’a été envoyé. Corrigez l’adresse du contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="72"/>
        <source>Your own sending server refused your From address: send from an address the SMTP account may use, then retry the failed recipients.</source>
        <translation>Votre propre serveur d’envoi a refusé votre adresse d’expéditeur : envoyez depuis une adresse que le compte SMTP peut utiliser, puis réessayez les destinataires en échec.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="76"/>
        <source>Your own sending server asked for a login or refused it: check the profile&apos;s user name, password and security, then retry the failed recipients.</source>
        <translation>Votre propre serveur d’envoi a demandé une connexion ou l’a refusée : vérifiez l’identifiant, le mot de passe et la sécurité du profil, puis réessayez les destinataires en échec.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="80"/>
        <source>Your own sending server refuses to relay this mail (it does not accept your login or your From address for sending out): check the profile, then retry the failed recipients.</source>
        <translation>Votre propre serveur d’envoi refuse de relayer ce courrier (il n’accepte pas votre identifiant ou votre adresse d’expéditeur pour l’envoi) : vérifiez le profil, puis réessayez les destinataires en échec.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="84"/>
        <source>Your own sending server did not accept Envoi&apos;s commands: check the profile&apos;s server and port, then retry the failed recipients.</source>
        <translation>Votre propre serveur d’envoi n’a pas accepté les commandes d’Envoi : vérifiez le serveur et le port du profil, puis réessayez les destinataires en échec.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="88"/>
        <source>Your own sending server refused every recipient with the same reply: the cause is your sending setup (From address, login, the server&apos;s settings or policy), not the recipients. Read the reply, fix the profile, then retry the failed recipients.</source>
        <translation>Votre propre serveur d’envoi a refusé tous les destinataires avec la même réponse : la cause est votre configuration d’envoi (adresse d’expéditeur, identifiant, réglages ou règles du serveur), pas les destinataires. Lisez la réponse, corrigez le profil, puis réessayez les destinataires en échec.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/reply_explanations.py" line="92"/>
        <source>The provider asked to try again later.</source>
        <translation>Le fournisseur a demandé de réessayer plus tard.</translation>
    </message>
</context>
<context>
    <name>RetryFailed</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="20"/>
        <source>Retry failed recipients</source>
        <translation>Réessayer les destinataires en échec</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="22"/>
        <source>Queue the {0} failed recipients again? Resume then sends them.</source>
        <translation>Remettre en file les {0} destinataires en échec ? Reprendre les enverra ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="27"/>
        <source>Addresses on the suppression list (unsubscribed, complained, bounced back) are never queued again. Addresses the server said do not exist are queued again only if you tick the box below.</source>
        <translation>Les adresses de la liste d’exclusion (désinscrites, plaintes, retours) ne sont jamais remises en file. Les adresses que le serveur dit inexistantes ne le sont que si vous cochez la case ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="37"/>
        <source>Also retry addresses said not to exist</source>
        <translation>Réessayer aussi les adresses dites inexistantes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="42"/>
        <source>Queue again</source>
        <translation>Remettre en file</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="50"/>
        <source>{0} recipients queued again.</source>
        <translation>{0} destinataires remis en file.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="56"/>
        <source>{0} kept: on the suppression list.</source>
        <translation>{0} écartés : sur la liste d’exclusion.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/retry_actions.py" line="62"/>
        <source>{0} kept: the server said the address does not exist.</source>
        <translation>{0} écartés : le serveur a dit que l’adresse n’existe pas.</translation>
    </message>
</context>
<context>
    <name>TrialActions</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="42"/>
        <source>Test send…</source>
        <translation>Envoi de test…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="44"/>
        <source>Send the message of the first recipient to your own addresses.</source>
        <translation>Envoyer le message du premier destinataire à vos propres adresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="46"/>
        <source>Dry run…</source>
        <translation>Essai à blanc…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="48"/>
        <source>Write the first messages as .eml files, exactly as they would go.</source>
        <translation>Écrire les premiers messages en fichiers .eml, exactement tels qu’ils partiraient.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="65"/>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="65"/>
        <source>Your addresses (separated by commas):</source>
        <translation>Vos adresses (séparées par des virgules) :</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="71"/>
        <source>Dry run: write the messages in</source>
        <translation>Essai à blanc : écrire les messages dans</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="87"/>
        <source>Sending the test…</source>
        <translation>Envoi du test…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="100"/>
        <source>{0}: accepted by the server ({1}).</source>
        <translation>{0} : accepté par le serveur ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="102"/>
        <source>{0}: not accepted: {1}</source>
        <translation>{0} : refusé : {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="106"/>
        <source>Writing the messages…</source>
        <translation>Écriture des messages…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/trial_actions.py" line="116"/>
        <source>Messages written: {0}, in {1}. Nothing was sent.</source>
        <translation>Messages écrits : {0}, dans {1}. Rien n’a été envoyé.</translation>
    </message>
</context>
</TS>
