"""Errors a user can cause and act on, kept apart from bugs.

A ``UserError`` carries a plain-Chinese message (what happened and what to do)
and optionally an English one. Anything else that escapes is a bug: the CLI
and the GUI log its traceback to a file and show a short apology instead.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a locked workspace."""

    exit_code = 2

    def __init__(self, message: str, *, en: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.en = en
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n{self.hint}"
        return self.message

    def localized(self, lang: str = "zh") -> str:
        if lang.startswith("en") and self.en:
            return self.en
        return str(self)


class CatalogError(UserError):
    """A catalog file is missing, malformed or does not match the schema."""


class NotFound(UserError):
    """A named thing (catalog, unit, indicator) does not exist."""

    exit_code = 3
