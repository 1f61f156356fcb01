<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ContentIssue</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="16"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="17"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="18"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="28"/>
        <source>The subject is empty.</source>
        <translation>L&apos;objet est vide.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="33"/>
        <source>The HTML is {size}: Gmail cuts messages over 102 KB and hides the rest (often the unsubscribe link) behind a link.</source>
        <translation>Le HTML fait {size}&#xa0;: Gmail coupe les messages de plus de 102 Ko et cache la suite (souvent le lien de désinscription) derrière un lien.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="39"/>
        <source>The message has no plain-text part; some readers and filters want one.</source>
        <translation>Le message n&apos;a pas de partie texte brut&#xa0;; certains lecteurs et filtres en attendent une.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="44"/>
        <source>An image has no alt text; it shows as nothing when images are blocked.</source>
        <translation>Une image n&apos;a pas de texte alternatif&#xa0;: rien ne s&apos;affiche à sa place quand les images sont bloquées.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="49"/>
        <source>The message has no unsubscribe link.</source>
        <translation>Le message n&apos;a pas de lien de désinscription.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="51"/>
        <source>No postal address is set for the sender; the law in many countries asks for one in every marketing message.</source>
        <translation>Aucune adresse postale n&apos;est définie pour l&apos;expéditeur&#xa0;; dans de nombreux pays, la loi en exige une dans chaque message commercial.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="57"/>
        <source>The sender&apos;s postal address does not appear in the message.</source>
        <translation>L&apos;adresse postale de l&apos;expéditeur n&apos;apparaît pas dans le message.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/content_issues.py" line="61"/>
        <source>The message is mostly images with little text; filters distrust that, and readers who block images see nothing.</source>
        <translation>Le message est surtout fait d&apos;images avec peu de texte&#xa0;: les filtres s&apos;en méfient, et les lecteurs qui bloquent les images ne voient rien.</translation>
    </message>
</context>
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
        <translation>Aperçu simplifié&#xa0;: installez PySide6-Addons (QtWebEngine) pour voir la page telle qu&apos;un navigateur l&apos;affiche.</translation>
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
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="87"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="88"/>
        <source>Copy</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="89"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="90"/>
        <source>Add samples</source>
        <translation>Ajouter les exemples</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="97"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="106"/>
        <source>Template library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="119"/>
        <source>Leave empty: the plain-text part is written from the HTML.</source>
        <translation>Laissez vide&#xa0;: la partie texte brut est rédigée à partir du HTML.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="122"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="123"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="127"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="131"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="132"/>
        <source>Preheader</source>
        <translation>Pré-en-tête</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="141"/>
        <source>Contact address (empty: a sample contact)</source>
        <translation>Adresse du contact (vide&#xa0;: un contact d&apos;exemple)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="144"/>
        <source>Check content</source>
        <translation>Vérifier le contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="150"/>
        <source>Sender settings…</source>
        <translation>Réglages de l’expéditeur…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="220"/>
        <source>Hello {{ contact.first_name | default(&apos;there&apos;, true) }},</source>
        <translation>Bonjour {{ contact.first_name | default(&apos;à vous&apos;, true) }},</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="221"/>
        <source>Unsubscribe</source>
        <translation>Se désinscrire</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="223"/>
        <source>News from {{ sender.name }}</source>
        <translation>Les nouveautés de {{ sender.name }}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="224"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="233"/>
        <source>Template “{name}” saved.</source>
        <translation>Modèle «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="245"/>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="245"/>
        <source>Templates (*.html *.htm *.json)</source>
        <translation>Modèles (*.html *.htm *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="260"/>
        <source>Export the template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="261"/>
        <source>HTML (*.html);;Everything, with the text body (*.json)</source>
        <translation>HTML (*.html);;Tout, avec la version texte (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="275"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="302"/>
        <source>No contact {email}: showing a sample.</source>
        <translation>Aucun contact {email}&#xa0;: un exemple est affiché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="367"/>
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="389"/>
        <source>Audience: %Ln contact(s) checked in {seconds} s</source>
        <translation>
            <numerusform>Audience&#xa0;:&#xa0;%Ln contact vérifié en {seconds} s</numerusform>
            <numerusform>Audience&#xa0;:&#xa0;%Ln contacts vérifiés en {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="392"/>
        <source> (handled by the template)</source>
        <translation> (géré par le modèle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="393"/>
        <source>%Ln without “{field}”{note}: {examples}</source>
        <translation>
            <numerusform>%Ln sans «&#xa0;{field}&#xa0;»{note}&#xa0;: {examples}</numerusform>
            <numerusform>%Ln sans «&#xa0;{field}&#xa0;»{note}&#xa0;: {examples}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="397"/>
        <source>%Ln contact(s) fail: {message}</source>
        <translation>
            <numerusform>%Ln contact en échec&#xa0;: {message}</numerusform>
            <numerusform>%Ln contacts en échec&#xa0;: {message}</numerusform>
        </translation>
    </message>
</context>
</TS>
