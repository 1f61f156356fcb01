"""Contacts, lists, tags, consent, suppression, import and export."""
