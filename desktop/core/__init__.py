"""Qt-free core: catalog, workspace, PDF, printing, bundle and signing. Never imports PySide6."""
