"""Contacts of the desktop window."""
