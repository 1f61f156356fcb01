"""Envoi's side of the relay: the connection (URL in the database, token in the keyring),
the HTTP API client, per-recipient links, and the sync that applies the relay's events."""
