<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CampaignProgressView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="136"/>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="226"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="139"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="141"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="142"/>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="152"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="152"/>
        <source>Deferred (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="153"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="153"/>
        <source>Unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="154"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="154"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="178"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="220"/>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="220"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="221"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="221"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="222"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="222"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="226"/>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="235"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="272"/>
        <source>{0:.0f} messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="274"/>
        <source>about {0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/progress_view.py" line="283"/>
        <source>Sending stopped on an error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="104"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="105"/>
        <source>Add SMTP profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="106"/>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="108"/>
        <source>Choose a campaign to see its progress or send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/campaigns_view.py" line="157"/>
        <source>Envoi stopped while sending {0}: paused. {1} messages may or may not have gone out; they will not be sent again unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="61"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="73"/>
        <source>Hello {{ first_name }}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="77"/>
        <source>Send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="82"/>
        <source>time zone, e.g. Europe/Paris (default: this computer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="89"/>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="90"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="91"/>
        <source>Reply-To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="92"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="93"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="94"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="95"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="96"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="97"/>
        <source>SMTP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="103"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="132"/>
        <source>(the text below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/new_campaign_dialog.py" line="173"/>
        <source>Give a subject, or choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="51"/>
        <source>SMTP profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="56"/>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="84"/>
        <source>This computer has no password keyring: the password is kept only until Envoi closes, never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="92"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="95"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="97"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="98"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="99"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="100"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="101"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="102"/>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="103"/>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="104"/>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="105"/>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="106"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="159"/>
        <source>Without encryption, your password and messages cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/envoi/ui/views/campaigns/profile_dialog.py" line="165"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
