"""Segments: rule trees compiled to SQL, saved with a name, counted live."""
