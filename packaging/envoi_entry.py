"""The frozen program's entry point (PyInstaller): the same as the `envoi` command."""

import multiprocessing
import sys

from envoi.cli import main

if __name__ == "__main__":
    # The message build pool uses "spawn": a frozen child must stop here, not run main().
    multiprocessing.freeze_support()
    sys.exit(main())
