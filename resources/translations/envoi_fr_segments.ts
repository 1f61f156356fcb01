<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="82"/>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="214"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="89"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="105"/>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="214"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="239"/>
        <source>Contacts matching ALL of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="240"/>
        <source>Contacts matching ANY of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="242"/>
        <source>+ Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="244"/>
        <source>+ Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/rule_editors.py" line="254"/>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBuilderView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="61"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="63"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="65"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="70"/>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="79"/>
        <source>Segment name, e.g. Paris customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="80"/>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="122"/>
        <source>Loading fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="179"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="208"/>
        <source>1 contact matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="211"/>
        <source>{count} contacts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="218"/>
        <source>Incomplete rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="252"/>
        <source>Give the segment a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="272"/>
        <source>Segment “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="293"/>
        <source>Rename segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="293"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="310"/>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/segments/segment_builder_view.py" line="311"/>
        <source>Delete the segment “{name}”? Its contacts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
