<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="66"/>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="67"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="93"/>
        <source>Simplified preview: install PySide6-Addons (QtWebEngine) to see the page as a browser draws it.</source>
        <translation>Aperçu simplifié : installez PySide6-Addons (QtWebEngine) pour voir la page telle qu&apos;un navigateur l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="106"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="107"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="108"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="79"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="80"/>
        <source>Copy</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="81"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="82"/>
        <source>Add samples</source>
        <translation>Ajouter les exemples</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="89"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="90"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="98"/>
        <source>Template library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="111"/>
        <source>Leave empty: the plain-text part is written from the HTML.</source>
        <translation>Laissez vide : la partie texte brut est rédigée à partir du HTML.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="114"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="115"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="119"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="122"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="123"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="124"/>
        <source>Preheader</source>
        <translation>Pré-en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="133"/>
        <source>Contact address (empty: a sample contact)</source>
        <translation>Adresse du contact (vide : un contact d&apos;exemple)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="136"/>
        <source>Check content</source>
        <translation>Vérifier le contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="207"/>
        <source>Hello {{ contact.first_name | default(&apos;there&apos;, true) }},</source>
        <translation>Bonjour {{ contact.first_name | default(&apos;à vous&apos;, true) }},</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="208"/>
        <source>Unsubscribe</source>
        <translation>Se désinscrire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="210"/>
        <source>News from {{ sender.name }}</source>
        <translation>Les nouveautés de {{ sender.name }}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="211"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="220"/>
        <source>Template “{name}” saved.</source>
        <translation>Modèle « {name} » enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="232"/>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="232"/>
        <source>Templates (*.html *.htm *.json)</source>
        <translation>Modèles (*.html *.htm *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="247"/>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="248"/>
        <source>HTML (*.html);;Everything, with the text body (*.json)</source>
        <translation>HTML (*.html);;Tout, avec la version texte (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="262"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="288"/>
        <source>No contact {email}: showing a sample.</source>
        <translation>Aucun contact {email} : un exemple est affiché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="342"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="357"/>
        <source>Audience: %Ln contact(s) checked in {seconds} s</source>
        <translation>
            <numerusform>Audience : %Ln contact vérifié en {seconds} s</numerusform>
            <numerusform>Audience : %Ln contacts vérifiés en {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="360"/>
        <source> (handled by the template)</source>
        <translation> (géré par le modèle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="361"/>
        <source>%Ln without “{field}”{note}: {examples}</source>
        <translation>
            <numerusform>%Ln sans « {field} »{note} : {examples}</numerusform>
            <numerusform>%Ln sans « {field} »{note} : {examples}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="365"/>
        <source>%Ln contact(s) fail: {message}</source>
        <translation>
            <numerusform>%Ln contact en échec : {message}</numerusform>
            <numerusform>%Ln contacts en échec : {message}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
</TS>
