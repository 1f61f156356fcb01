"""The relay's web service: Starlette app, its own small database, pages, configuration.

Imports no Envoi package but ``envoi.errors`` and ``envoi.relay.tokens``: the relay runs
on a server without the desktop app's dependencies (no Qt, no contacts store).
"""
