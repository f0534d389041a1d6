"""Work-arounds for bugs in the pinned PySide6 release, each with the reason and when it can go.

PySide6 6.12.0 on CPython 3.11: when a Python override of a virtual that
returns QVariant (``QAbstractItemModel.data``, ``headerData``) returns None
and is called from C++ (every view repaint), one reference to None is dropped
per call. After enough repaints None's reference count reaches zero and the
interpreter aborts ("Fatal Python error: none_dealloc"), typically when the
window closes. CPython 3.12 made None immortal, so the bug is harmless there;
on 3.11 we give None a reference count no session can exhaust. Remove when
the minimum Python is 3.12 or PySide6 is fixed (tests/test_ui_compat.py shows
whether it still happens).
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def protect_none_refcount() -> bool:
    """On CPython < 3.12, add a huge reserve to None's reference count; returns whether it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every PyObject
    if refcnt.value < _RESERVE // 2:
        refcnt.value += _RESERVE
    return True
