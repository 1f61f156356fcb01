"""Envoi Relay: the small web service a sender runs on a public server, and Envoi's client.

``envoi.relay.tokens`` (the signed per-recipient tokens) is shared by both sides;
``envoi.relay.server`` is the ASGI application (Starlette), which imports no other Envoi
package but ``envoi.errors``, so that it installs and runs apart from the desktop app;
``envoi.relay.client`` is what Envoi uses to register campaigns and pull events.
"""
