<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="66"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="67"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="93"/>
        <source>Simplified preview: install PySide6-Addons (QtWebEngine) to see the page as a browser draws it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="106"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="107"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/preview_pane.py" line="108"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="79"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="80"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="81"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="82"/>
        <source>Add samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="89"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="90"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="98"/>
        <source>Template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="111"/>
        <source>Leave empty: the plain-text part is written from the HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="114"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="115"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="119"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="123"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="124"/>
        <source>Preheader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="133"/>
        <source>Contact address (empty: a sample contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="136"/>
        <source>Check content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="207"/>
        <source>Hello {{ contact.first_name | default(&apos;there&apos;, true) }},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="208"/>
        <source>Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="210"/>
        <source>News from {{ sender.name }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="211"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="220"/>
        <source>Template “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="232"/>
        <source>Import a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="232"/>
        <source>Templates (*.html *.htm *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="247"/>
        <source>Export the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="248"/>
        <source>HTML (*.html);;Everything, with the text body (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="262"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="288"/>
        <source>No contact {email}: showing a sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="342"/>
        <source>%Ln link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="357"/>
        <source>Audience: %Ln contact(s) checked in {seconds} s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="360"/>
        <source> (handled by the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="361"/>
        <source>%Ln without “{field}”{note}: {examples}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="365"/>
        <source>%Ln contact(s) fail: {message}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/templates/templates_view.py" line="372"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
