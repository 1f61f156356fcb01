"""The Templates area: library, code editor, live preview, content checks."""
