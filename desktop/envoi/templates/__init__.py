"""Campaign content: sandboxed Jinja2 templates, rendering, content checks, the library."""
