<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="37"/>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="84"/>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="109"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="39"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="43"/>
        <source>Envoi shows the new language when it starts again.</source>
        <translation>Envoi affiche la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="52"/>
        <source>The environment variable {name} is set to “{value}”: it wins over this choice.</source>
        <translation>La variable d&apos;environnement {name} vaut «&#xa0;{value}&#xa0;»&#xa0;: elle l&apos;emporte sur ce choix.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="57"/>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="86"/>
        <source>The new language is saved. Restart Envoi now to use it?</source>
        <translation>La nouvelle langue est enregistrée. Redémarrer Envoi maintenant pour l&apos;utiliser&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="91"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="95"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/settings/language_dialog.py" line="110"/>
        <source>Envoi could not restart itself. Close it and open it again.</source>
        <translation>Envoi n&apos;a pas pu redémarrer. Fermez-le puis rouvrez-le.</translation>
    </message>
</context>
</TS>
