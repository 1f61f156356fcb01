<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="53"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="55"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="56"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="57"/>
        <source>Add to list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="58"/>
        <source>Move to list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="59"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="61"/>
        <source>Export contact data (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="63"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="64"/>
        <source>Erase personal data (GDPR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="101"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="101"/>
        <source>Select one or more contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="151"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="151"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="159"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="153"/>
        <source>Tagged {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="159"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="163"/>
        <source>Removed the tag from {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="170"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="170"/>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="174"/>
        <source>Added {n} contact(s) to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="183"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="186"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="189"/>
        <source>Move to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="183"/>
        <source>There are no lists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="186"/>
        <source>From list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="189"/>
        <source>To list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="193"/>
        <source>Moved {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="201"/>
        <source>Unsubscribed {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="210"/>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="211"/>
        <source>Delete %n contact(s)? Their suppression entries are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="216"/>
        <source>Deleted {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="222"/>
        <source>ERASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="225"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="238"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="227"/>
        <source>This permanently erases the data of %n contact(s). Only a hash of each address is kept so that they are never mailed again. This cannot be undone.

Type {word} to confirm:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="238"/>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="246"/>
        <source>Erased {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="254"/>
        <source>Export contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="254"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="264"/>
        <source>Exported the data of {n} contact(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="268"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="268"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/contacts/contact_actions.py" line="284"/>
        <source>Exported %n contact(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="52"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="52"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="57"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="64"/>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="67"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="68"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="69"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="71"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="73"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="77"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="80"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="83"/>
        <source>Where, e.g. signup form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="85"/>
        <source>How, e.g. double opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="89"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="90"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="91"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="148"/>
        <source>Contact: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="175"/>
        <source>Grey: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="179"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="181"/>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contact_editor_dialog.py" line="219"/>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="48"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="50"/>
        <source>All lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="51"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="52"/>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="56"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="58"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="61"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="70"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="98"/>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="217"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="231"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/contacts/contacts_view.py" line="233"/>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
