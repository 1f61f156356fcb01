<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="53"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="55"/>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="56"/>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="57"/>
        <source>Add to list…</source>
        <translation>Ajouter à une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="58"/>
        <source>Move to list…</source>
        <translation>Déplacer vers une liste…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="59"/>
        <source>Unsubscribe</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="61"/>
        <source>Export contact data (JSON)…</source>
        <translation>Exporter les données du contact (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="63"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="64"/>
        <source>Erase personal data (GDPR)…</source>
        <translation>Effacer les données personnelles (RGPD)…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="106"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="106"/>
        <source>Select one or more contacts first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs contacts.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="156"/>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="156"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="167"/>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="160"/>
        <source>Tagged %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact étiqueté.</numerusform>
            <numerusform>%Ln contacts étiquetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="171"/>
        <source>Removed the tag from %Ln contact(s).</source>
        <translation>
            <numerusform>Étiquette retirée de %Ln contact.</numerusform>
            <numerusform>Étiquette retirée de %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="182"/>
        <source>Added %Ln contact(s) to the list.</source>
        <translation>
            <numerusform>%Ln contact ajouté à la liste.</numerusform>
            <numerusform>%Ln contacts ajoutés à la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="201"/>
        <source>Moved %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact déplacé.</numerusform>
            <numerusform>%Ln contacts déplacés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="209"/>
        <source>Unsubscribed %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact désinscrit.</numerusform>
            <numerusform>%Ln contacts désinscrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="224"/>
        <source>Deleted %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact supprimé.</numerusform>
            <numerusform>%Ln contacts supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="254"/>
        <source>Erased %Ln contact(s).</source>
        <translation>
            <numerusform>Données de %Ln contact effacées.</numerusform>
            <numerusform>Données de %Ln contacts effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="273"/>
        <source>Exported the data of %Ln contact(s).</source>
        <translation>
            <numerusform>Données de %Ln contact exportées.</numerusform>
            <numerusform>Données de %Ln contacts exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="167"/>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="178"/>
        <source>Add to list</source>
        <translation>Ajouter à une liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="178"/>
        <source>List:</source>
        <translation>Liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="191"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="194"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="197"/>
        <source>Move to list</source>
        <translation>Déplacer vers une liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="191"/>
        <source>There are no lists yet.</source>
        <translation>Il n&apos;y a encore aucune liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="194"/>
        <source>From list:</source>
        <translation>Depuis la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="197"/>
        <source>To list:</source>
        <translation>Vers la liste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="218"/>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="219"/>
        <source>Delete %Ln contact(s)? Their suppression entries are kept.</source>
        <translation>
            <numerusform>Supprimer %Ln contact&#xa0;? Ses entrées de la liste d&apos;exclusion sont conservées.</numerusform>
            <numerusform>Supprimer %Ln contacts&#xa0;? Leurs entrées de la liste d&apos;exclusion sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="230"/>
        <source>ERASE</source>
        <translation>EFFACER</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="233"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="246"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="235"/>
        <source>This permanently erases the data of %Ln contact(s). Only a hash of each address is kept so that they are never mailed again. This cannot be undone.

Type {word} to confirm:</source>
        <translation>
            <numerusform>Les données de %Ln contact vont être effacées définitivement. Seule une empreinte de son adresse est conservée pour ne plus jamais lui écrire. Cette action est irréversible.

Tapez {word} pour confirmer :</numerusform>
            <numerusform>Les données de %Ln contacts vont être effacées définitivement. Seule une empreinte de chaque adresse est conservée pour ne plus jamais leur écrire. Cette action est irréversible.

Tapez {word} pour confirmer :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="246"/>
        <source>Nothing was erased.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="262"/>
        <source>Export contact data</source>
        <translation>Exporter les données du contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="262"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="278"/>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="278"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="294"/>
        <source>Exported %Ln contact(s).</source>
        <translation>
            <numerusform>%Ln contact exporté.</numerusform>
            <numerusform>%Ln contacts exportés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="53"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="53"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="58"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="65"/>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Séparées par des virgules, par ex. vip, newsletter</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="68"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="69"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="70"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="71"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="74"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="78"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="81"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="84"/>
        <source>Where, e.g. signup form</source>
        <translation>Où, par ex. formulaire d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="86"/>
        <source>How, e.g. double opt-in</source>
        <translation>Comment, par ex. double opt-in</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="90"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="91"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="92"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="149"/>
        <source>Contact: {email}</source>
        <translation>Contact&#xa0;: {email}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="173"/>
        <source>Grey: not known</source>
        <translation>Grisé&#xa0;: inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="177"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="179"/>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="217"/>
        <source>Enter an email address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="48"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="50"/>
        <source>All lists</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="51"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="52"/>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="56"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="58"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="61"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="70"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="98"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="217"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="231"/>
        <source>No contacts</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="233"/>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="235"/>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
</context>
</TS>
