"""Envoi starting itself again: after a language change, after a restore."""

from __future__ import annotations

import sys


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this Envoi again: the bundle itself when
    frozen, else this interpreter with ``-m envoi`` (the ``envoi`` launcher may be an .exe
    stub on Windows, which the interpreter cannot run as a script), with the same arguments."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "envoi", *sys.argv[1:]]
