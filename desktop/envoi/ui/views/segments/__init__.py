"""Segments of the desktop window."""
