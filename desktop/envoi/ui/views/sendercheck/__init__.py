"""The Sender check area."""
