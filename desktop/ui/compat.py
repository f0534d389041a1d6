"""Work-arounds for bugs in the pinned PySide6 release, each with the reason and when it can go.

PySide6 6.12.0 on CPython 3.11 drops references to two singletons:

* every ``Signal.emit()`` from Python drops one reference to True (its return value);
* every Python override of a QVariant-returning virtual (``QAbstractItemModel.data``,
  ``headerData``) that returns None, called from C++ (each repaint), drops one to None.

After enough signals and repaints the count reaches zero and the interpreter
aborts ("Fatal Python error: bool_dealloc" / "none_dealloc"), typically as the
window closes — a crash that would lose the user's unsaved keystrokes. CPython
3.12 made these objects immortal, so the bugs are harmless there; on 3.11 we
give them a reference reserve no session can exhaust. Remove when the minimum
Python is 3.12 or PySide6 is fixed (tests/test_ui_compat.py reports whether the
leaks still happen).
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48
SINGLETONS = (None, True, False)


def protect_singleton_refcounts() -> bool:
    """On CPython < 3.12, add a huge reserve to the reference counts of None, True and False."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in SINGLETONS:
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every PyObject
        if refcnt.value < _RESERVE // 2:
            refcnt.value += _RESERVE
    return True
