<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="45"/>
        <source>Choose a contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="48"/>
        <source>CSV or Excel (.xlsx) exports from Mailchimp, Google Contacts, Outlook, Brevo, HubSpot, Shopify, listmonk and others are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="53"/>
        <source>Path to a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="76"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="78"/>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="93"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="106"/>
        <source>{columns} columns found. Press Next to check what each one holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="120"/>
        <source>Envoi could not read this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizardDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/import_wizard.py" line="136"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="70"/>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="72"/>
        <source>Envoi guessed what each column holds. Fix any guess before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="74"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="90"/>
        <source>Type a new name to create a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="91"/>
        <source>Keep them as they are (skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="92"/>
        <source>Fill in their fields from the file (update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="102"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="103"/>
        <source>Contacts already in Envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="125"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="128"/>
        <source>CSV, {encoding}, separated by {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="132"/>
        <source>header on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="134"/>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="136"/>
        <source>Detected: {kind}; {header}; {columns} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="174"/>
        <source>Field “{name}” ({type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="177"/>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="194"/>
        <source>No column holds the email address: choose “Email address” for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/mapping_page.py" line="219"/>
        <source>(no list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="52"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="56"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="57"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="87"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="98"/>
        <source>Cancelling… nothing will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="120"/>
        <source>The import stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="133"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="141"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="141"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="141"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="148"/>
        <source>Save rejected rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="164"/>
        <source>The import was cancelled: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="168"/>
        <source>{name} was imported in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="175"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="176"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="177"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="178"/>
        <source>Skipped: twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="179"/>
        <source>Skipped: already contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="180"/>
        <source>Suppressed (never re-added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="181"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="198"/>
        <source>The first {shown:,} rejected rows are shown; save them all as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="210"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="210"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/imports/run_pages.py" line="218"/>
        <source>The file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
