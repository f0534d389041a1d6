"""Qt widgets. Everything that imports PySide6 lives here."""

from desktop.ui.compat import protect_none_refcount

protect_none_refcount()
