<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupTask</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="79"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="79"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="64"/>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="81"/>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="122"/>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="139"/>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="66"/>
        <source>Envoi backups (*.envoi)</source>
        <translation>Sauvegardes Envoi (*.envoi)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="111"/>
        <source>Database backed up to {file} ({size}).</source>
        <translation>Base de données sauvegardée dans {file} ({size}).</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/backup_actions.py" line="120"/>
        <source>Backup stopped; no file was written.</source>
        <translation>Sauvegarde arrêtée ; aucun fichier n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="89"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="78"/>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="91"/>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="128"/>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="189"/>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="199"/>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="227"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="80"/>
        <source>Envoi backups (*.envoi);;All files (*)</source>
        <translation>Sauvegardes Envoi (*.envoi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="111"/>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="114"/>
        <source>{contacts} contacts, {lists} lists, {campaigns} campaigns, {templates} templates ({size}, {when})</source>
        <translation>{contacts} contacts, {lists} listes, {campaigns} campagnes, {templates} modèles ({size}, {when})</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="129"/>
        <source>Replace the current database with this backup?</source>
        <translation>Remplacer la base de données actuelle par cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="131"/>
        <source>Now: {summary}</source>
        <translation>Actuellement : {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="132"/>
        <source>Backup {file}: {summary}</source>
        <translation>Sauvegarde {file} : {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="137"/>
        <source>The current database is kept beside it as {name}. Envoi then restarts.</source>
        <translation>La base de données actuelle est conservée à côté sous le nom {name}. Envoi redémarre ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="143"/>
        <source>This backup was made by an older Envoi: it is brought up to date when Envoi opens it.</source>
        <translation>Cette sauvegarde a été faite par une version plus ancienne d’Envoi : elle est mise à jour quand Envoi l’ouvre.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="148"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="162"/>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="171"/>
        <source>Restoring the database…</source>
        <translation>Restauration de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/backup/restore_actions.py" line="191"/>
        <source>The backup is restored. Envoi restarts now to open it.
The previous database is kept as {file}.</source>
        <translation>La sauvegarde est restaurée. Envoi redémarre maintenant pour l’ouvrir.
L’ancienne base de données est conservée sous le nom {file}.</translation>
    </message>
</context>
</TS>
