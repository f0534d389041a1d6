"""Writing a bug's traceback to the log folder, for the CLI and the window alike.

The user sees a one-line apology naming this file; the traceback itself never
reaches the screen.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from desktop.core import paths


def log_crash(exc: BaseException) -> Path | None:
    """Write the traceback; None if even that fails (a full disk must not crash us a second time)."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{time.monotonic_ns() % 100000:05d}.log"
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        return path
    except OSError:
        return None
