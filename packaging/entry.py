"""Entry point for the frozen build (PyInstaller starts here)."""

import multiprocessing
import sys

from desktop.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
