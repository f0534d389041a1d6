"""Qt widgets. Everything that imports PySide6 lives here."""

from desktop.ui.compat import protect_singleton_refcounts

protect_singleton_refcounts()
