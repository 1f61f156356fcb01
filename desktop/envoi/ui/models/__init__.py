"""Models of the desktop window."""
