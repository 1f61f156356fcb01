<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="69"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="201"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="76"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="92"/>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="201"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="226"/>
        <source>Contacts matching ALL of these</source>
        <translation>Contacts qui remplissent TOUTES ces conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="227"/>
        <source>Contacts matching ANY of these</source>
        <translation>Contacts qui remplissent AU MOINS UNE de ces conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="229"/>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="231"/>
        <source>+ Group</source>
        <translation>+ Groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="241"/>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="19"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="20"/>
        <source>Email domain</source>
        <translation>Domaine de l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="21"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="22"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="23"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="24"/>
        <source>Added on</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="25"/>
        <source>Consent source</source>
        <translation>Source du consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="26"/>
        <source>Consent method</source>
        <translation>Méthode du consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="27"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="28"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="29"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="34"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="35"/>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="36"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="37"/>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="38"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="39"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="40"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="67"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="41"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="68"/>
        <source>is not empty</source>
        <translation>n&apos;est pas vide</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="42"/>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="43"/>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="44"/>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="45"/>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="46"/>
        <source>is before</source>
        <translation>est avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="47"/>
        <source>is after</source>
        <translation>est après le</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="48"/>
        <source>is on</source>
        <translation>est le</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="49"/>
        <source>is within the last (days)</source>
        <translation>remonte à moins de (jours)</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="50"/>
        <source>is more than … days ago</source>
        <translation>remonte à plus de … jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="51"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="78"/>
        <source>is yes</source>
        <translation>est oui</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="52"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="79"/>
        <source>is no</source>
        <translation>est non</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="53"/>
        <source>has</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="54"/>
        <source>does not have</source>
        <translation>n&apos;a pas</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="55"/>
        <source>is in</source>
        <translation>est dans</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="56"/>
        <source>is not in</source>
        <translation>n&apos;est pas dans</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="61"/>
        <source>is {v}</source>
        <translation>est {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="62"/>
        <source>is not {v}</source>
        <translation>n&apos;est pas {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="63"/>
        <source>contains {v}</source>
        <translation>contient {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="64"/>
        <source>does not contain {v}</source>
        <translation>ne contient pas {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="65"/>
        <source>starts with {v}</source>
        <translation>commence par {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="66"/>
        <source>ends with {v}</source>
        <translation>se termine par {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="69"/>
        <source>is greater than {v}</source>
        <translation>est supérieur à {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="70"/>
        <source>is less than {v}</source>
        <translation>est inférieur à {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="71"/>
        <source>is at least {v}</source>
        <translation>vaut au moins {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="72"/>
        <source>is at most {v}</source>
        <translation>vaut au plus {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="73"/>
        <source>is before {v}</source>
        <translation>est avant le {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="74"/>
        <source>is after {v}</source>
        <translation>est après le {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="75"/>
        <source>is on {v}</source>
        <translation>est le {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="76"/>
        <source>is within the last {v} days</source>
        <translation>remonte à moins de {v} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="77"/>
        <source>is more than {v} days ago</source>
        <translation>remonte à plus de {v} jours</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="80"/>
        <source>has tag {v}</source>
        <translation>a l&apos;étiquette {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="81"/>
        <source>does not have tag {v}</source>
        <translation>n&apos;a pas l&apos;étiquette {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="82"/>
        <source>is in list {v}</source>
        <translation>est dans la liste {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="83"/>
        <source>is not in list {v}</source>
        <translation>n&apos;est pas dans la liste {v}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="119"/>
        <source>“{value}”</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="133"/>
        <source>Contact {words}</source>
        <translation>Le contact {words}</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="136"/>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="138"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_words.py" line="140"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>SegmentBuilderView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="61"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="63"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="65"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="70"/>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="79"/>
        <source>Segment name, e.g. Paris customers</source>
        <translation>Nom du segment, par ex. Clients parisiens</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="80"/>
        <source>Save segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="101"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="122"/>
        <source>Loading fields…</source>
        <translation>Chargement des champs…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="179"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="207"/>
        <source>No contact matches</source>
        <translation>Aucun contact ne correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="209"/>
        <source>1 contact matches</source>
        <translation>1 contact correspond</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="212"/>
        <source>{count} contacts match</source>
        <translation>{count} contacts correspondent</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="219"/>
        <source>Incomplete rules</source>
        <translation>Règles incomplètes</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="253"/>
        <source>Give the segment a name first.</source>
        <translation>Donnez d&apos;abord un nom au segment.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="273"/>
        <source>Segment “{name}” saved.</source>
        <translation>Segment «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="294"/>
        <source>Rename segment</source>
        <translation>Renommer le segment</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="294"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="311"/>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="312"/>
        <source>Delete the segment “{name}”? Its contacts are not touched.</source>
        <translation>Supprimer le segment «&#xa0;{name}&#xa0;»&#xa0;? Ses contacts ne sont pas modifiés.</translation>
    </message>
</context>
</TS>
