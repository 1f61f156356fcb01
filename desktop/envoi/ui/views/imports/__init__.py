"""Imports of the desktop window."""
