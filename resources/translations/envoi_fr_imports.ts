<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="45"/>
        <source>Choose a contact file</source>
        <translation>Choisissez un fichier de contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="48"/>
        <source>CSV or Excel (.xlsx) exports from Mailchimp, Google Contacts, Outlook, Brevo, HubSpot, Shopify, listmonk and others are recognised.</source>
        <translation>Les exports CSV ou Excel (.xlsx) de Mailchimp, Google Contacts, Outlook, Brevo, HubSpot, Shopify, listmonk et d&apos;autres sont reconnus.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="53"/>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Chemin d&apos;un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="55"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="76"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="78"/>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="93"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="107"/>
        <source>%n column(s) found. Press Next to check what each one holds.</source>
        <translation>
            <numerusform>%n colonne trouvée. Cliquez sur Suivant pour vérifier son contenu.</numerusform>
            <numerusform>%n colonnes trouvées. Cliquez sur Suivant pour vérifier ce que contient chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="122"/>
        <source>Envoi could not read this file.</source>
        <translation>Envoi n&apos;a pas pu lire ce fichier.</translation>
    </message>
</context>
<context>
    <name>ImportWizardDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="138"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="41"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="42"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="43"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="44"/>
        <source>Full name (split)</source>
        <translation>Nom complet (à découper)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="45"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="46"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="47"/>
        <source>Attributes (JSON)</source>
        <translation>Attributs (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="50"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="51"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="52"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="53"/>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="56"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="57"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="58"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="59"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="82"/>
        <source>Check the columns</source>
        <translation>Vérifiez les colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="84"/>
        <source>Envoi guessed what each column holds. Fix any guess before importing.</source>
        <translation>Envoi a deviné le contenu de chaque colonne. Corrigez-le si besoin avant d&apos;importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="86"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="102"/>
        <source>Type a new name to create a list</source>
        <translation>Tapez un nouveau nom pour créer une liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="103"/>
        <source>Keep them as they are (skip)</source>
        <translation>Les laisser tels quels (ignorer)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="104"/>
        <source>Fill in their fields from the file (update)</source>
        <translation>Compléter leurs champs depuis le fichier (mettre à jour)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="114"/>
        <source>Add to list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="115"/>
        <source>Contacts already in Envoi</source>
        <translation>Contacts déjà dans Envoi</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="137"/>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="140"/>
        <source>CSV, {encoding}, separated by {delimiter}</source>
        <translation>CSV, {encoding}, séparateur : {delimiter}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="144"/>
        <source>header on line {line}</source>
        <translation>en-tête à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="146"/>
        <source>no header row</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="149"/>
        <source>Detected: {kind}; {header}; %n column(s).</source>
        <translation>
            <numerusform>Détecté : {kind} ; {header} ; %n colonne.</numerusform>
            <numerusform>Détecté : {kind} ; {header} ; %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="186"/>
        <source>Field “{name}” ({type})</source>
        <translation>Champ « {name} » ({type})</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="189"/>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="206"/>
        <source>No column holds the email address: choose “Email address” for one.</source>
        <translation>Aucune colonne ne contient l&apos;adresse e-mail : choisissez « Adresse e-mail » pour l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="231"/>
        <source>(no list)</source>
        <translation>(aucune liste)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="52"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="56"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="57"/>
        <source>Cancel import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="87"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="98"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation>Annulation… rien ne sera conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="110"/>
        <source>{percent}% of the file read…</source>
        <translation>{percent} % du fichier lu…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="112"/>
        <source>File read; saving the contacts…</source>
        <translation>Fichier lu ; enregistrement des contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="125"/>
        <source>The import stopped; nothing was written.</source>
        <translation>L&apos;importation s&apos;est arrêtée ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="138"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="146"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="146"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="146"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="153"/>
        <source>Save rejected rows as CSV…</source>
        <translation>Enregistrer les lignes rejetées en CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="169"/>
        <source>The import was cancelled: the database is as it was before.</source>
        <translation>L&apos;importation a été annulée : la base de données est restée telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="173"/>
        <source>{name} was imported in {seconds} s.</source>
        <translation>{name} a été importé en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="180"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="181"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="182"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="185"/>
        <source>Skipped: twice in the file</source>
        <translation>Ignorés : en double dans le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="188"/>
        <source>Skipped: already contacts</source>
        <translation>Ignorés : déjà dans les contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="189"/>
        <source>Suppressed (never re-added)</source>
        <translation>Exclus (jamais rajoutés)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="190"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="207"/>
        <source>The first %Ln rejected rows are shown; save them all as CSV.</source>
        <translation>
            <numerusform>La première ligne rejetée est affichée ; enregistrez-les toutes en CSV.</numerusform>
            <numerusform>Les %Ln premières lignes rejetées sont affichées ; enregistrez-les toutes en CSV.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="221"/>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="221"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="229"/>
        <source>The file could not be saved.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
</TS>
