"""The workspace: one folder holding a unit's evidence — a SQLite database and a content-addressed file store."""

from desktop.core.workspace.backup import BackupInfo, RestoreInfo
from desktop.core.workspace.catalog_update import CatalogUpdatePreview, ItemChange
from desktop.core.workspace.check import CheckReport, Problem
from desktop.core.workspace.db import DB_NAME
from desktop.core.workspace.errors import (
    BackupError, Cancelled, DiskFull, WorkspaceCorrupt, WorkspaceError, WorkspaceExists, WorkspaceLocked,
    WorkspaceNotFound, WorkspaceTooNew,
)
from desktop.core.workspace.items import SYNTHETIC_TEXT, synthetic_item
from desktop.core.workspace.model import (
    Attachment, AttachResult, AttachWarning, AuditEntry, ItemEvidence, ItemNotes, Profile, Refusal, Status,
    WebAddress,
)
from desktop.core.workspace.progress import AreaProgress, IndicatorProgress, ItemProgress, Progress
from desktop.core.workspace.reviews import FeedbackImport, OfficeKey, Review
from desktop.core.workspace.schema import MIGRATIONS, Migration
from desktop.core.workspace.workspace import Workspace

__all__ = [
    "AreaProgress", "AttachResult", "AttachWarning", "Attachment", "AuditEntry", "BackupError", "BackupInfo",
    "Cancelled", "CatalogUpdatePreview", "CheckReport", "DB_NAME", "DiskFull", "FeedbackImport", "IndicatorProgress",
    "ItemChange", "OfficeKey", "Review",
    "ItemEvidence", "ItemNotes", "ItemProgress", "MIGRATIONS", "Migration", "Problem", "Profile", "Progress",
    "Refusal", "RestoreInfo", "SYNTHETIC_TEXT", "Status", "WebAddress", "Workspace", "WorkspaceCorrupt",
    "WorkspaceError", "WorkspaceExists", "WorkspaceLocked", "WorkspaceNotFound", "WorkspaceTooNew", "synthetic_item",
]
