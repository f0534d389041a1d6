"""The office's review comments inside the unit's workspace: importing the signed review file, reading the verdicts.

A review file is trusted only if the office's key signed it. The first time, the
unit confirms the office key's fingerprint (``office_fingerprint``, read off the
office's letter or heard on the phone) or registers the key beforehand
(``register_office_key``); from then on files signed by any other key are refused.
Importing is idempotent, and an older file never overwrites a newer verdict.
A 需补充 stays open until the unit's next export answers it: an export whose
audit row comes after the import's marks it answered (the audit log's order, not
clock times, which a PC's wrong date would upset).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.workspace.model import now_iso

PASS, REVISE = "pass", "revise"
VERDICT_LABELS = {PASS: "通过", REVISE: "需补充"}
# what a review means for the unit now
PASSED, NEEDS_REVISION, ANSWERED = "passed", "needs_revision", "answered"
REVIEW_STATUS_LABELS = {PASSED: "通过", NEEDS_REVISION: "需补充", ANSWERED: "已补充，待复核"}
REVIEW_STATUS_LABELS_EN = {PASSED: "passed", NEEDS_REVISION: "needs more", ANSWERED: "answered, awaiting review"}


@dataclass(frozen=True)
class Review:
    """The office's verdict on one indicator, as the last imported review file says."""

    verdict: str  # pass | revise
    comment: str
    score: float | None
    reviewed_at: str
    reviewer: str | None
    submission_id: str | None  # the submission the office reviewed
    key: str = ""
    office: str = ""
    feedback_id: str = ""
    imported_at: str = ""
    answered_by: str | None = None  # the unit's first export after the import (a 需补充 then counts as answered)

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS.get(self.verdict, self.verdict)

    @property
    def status(self) -> str:
        if self.verdict == PASS:
            return PASSED
        return ANSWERED if self.answered_by else NEEDS_REVISION

    @property
    def status_label(self) -> str:
        return REVIEW_STATUS_LABELS[self.status]

    @property
    def needs_revision(self) -> bool:
        return self.status == NEEDS_REVISION

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(verdict_label=self.verdict_label, status=self.status, status_label=self.status_label)
        return d


@dataclass(frozen=True)
class OfficeKey:
    fingerprint: str
    office: str
    public_key: str
    registered_at: str
    source: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FeedbackImport:
    """What ``import_feedback`` did."""

    feedback_id: str
    office: str
    fingerprint: str
    issued: str
    already: bool = False  # the same file was imported before: nothing changed
    key_registered: bool = False  # the office key was trusted now, by the confirmed fingerprint
    updated: list[str] = field(default_factory=list)  # indicator keys whose review changed
    kept_newer: list[str] = field(default_factory=list)  # keys where a newer review was already here
    unknown_keys: list[str] = field(default_factory=list)  # keys the workspace's catalog lacks
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _when(text: str) -> dt.datetime:
    try:
        t = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


def _newer(held: tuple, fingerprint: str, incoming: dict) -> bool:
    """Is the review already held newer than ``incoming``? The office numbers its reviews; across a change of
    office key only the times can tell."""
    at, held_fp, number = held
    if held_fp == fingerprint and number and incoming.get("number"):
        return number > int(incoming["number"])
    return _when(at) > _when(str(incoming.get("reviewed_at", "")))


def _fb_error(zh: str, en: str, code: str):
    from desktop.core.office.feedback import FeedbackError

    return FeedbackError(zh, en=en, code=code)


class ReviewMixin:
    """Part of ``Workspace``."""

    # ------------------------------------------------------------ the office's key
    def office_keys(self) -> list[OfficeKey]:
        with self.read() as db:
            return [OfficeKey(*r) for r in db.execute(
                "SELECT fingerprint, office, public_key, registered_at, source FROM office_keys ORDER BY registered_at")]

    def register_office_key(self, source: Path | str, *, office: str | None = None, by: str | None = None) -> OfficeKey:
        """Trust the office's public key: a ``.pub`` file or line, an allowed_signers line, or ``office pubkey --json``."""
        from desktop.core.office.roster import parse_key

        text = str(source)
        path = Path(source) if isinstance(source, Path) or "\n" not in text and len(text) < 4096 else None
        if path is not None and path.is_file():
            try:
                text = path.read_bytes()[:1 << 20].decode("utf-8-sig")
            except (OSError, UnicodeDecodeError) as e:
                raise UserError(f"无法读取公钥文件 {path}：{e}", en=f"Cannot read {path}: {e}") from None
        elif isinstance(source, Path):
            raise UserError(f"找不到公钥文件 {source}。", en=f"{source} not found.")
        key = parse_key(text)
        if text.lstrip().startswith("{"):
            try:
                office = office or json.loads(text).get("unit") or json.loads(text).get("office")
            except ValueError:
                pass
        return self._trust_office_key(key, office or key.comment or "依法治市办", f"导入：{path.name if path else '文本'}", by)

    def _trust_office_key(self, key, office: str, source: str, by: str | None) -> OfficeKey:
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM office_keys WHERE fingerprint = ?", (key.fingerprint,)).fetchone() is None:
                db.execute("INSERT INTO office_keys (fingerprint, office, public_key, registered_at, source) "
                           "VALUES (?, ?, ?, ?, ?)", (key.fingerprint, office, key.line(""), now_iso(), source))
                self.record("office-key", None, {"fingerprint": key.fingerprint, "office": office, "source": source},
                            by=by)
        return next(k for k in self.office_keys() if k.fingerprint == key.fingerprint)

    # ------------------------------------------------------------ importing a review file
    def import_feedback(self, path: Path | str, *, office_fingerprint: str | None = None,
                        by: str | None = None) -> FeedbackImport:
        """Verify and store a review file from the office (see the module docstring for the trust rules)."""
        from desktop.core.office.feedback import read_feedback
        from desktop.core.office.roster import normalize_fingerprint

        fb = read_feedback(Path(path))
        known = {k.fingerprint for k in self.office_keys()}
        confirmed = normalize_fingerprint(office_fingerprint) if office_fingerprint else ""
        register = False
        if fb.fingerprint not in known:
            if confirmed and confirmed != fb.fingerprint:
                raise _fb_error(
                    f"这个审核意见文件不是由依法治市办签名的：签名密钥是 {fb.fingerprint}，与您确认的指纹 {confirmed} 不符。已拒绝导入。",
                    f"The review file is not signed by the office: its key is {fb.fingerprint}, not {confirmed}.",
                    "feedback.not-office")
            if not confirmed and known:
                raise _fb_error(
                    f"这个审核意见文件不是由已登记的依法治市办公钥签名的（文件的签名密钥 {fb.fingerprint}，"
                    f"已登记 {'、'.join(sorted(known))}），已拒绝导入。如果依法治市办更换了密钥，请向其核实新指纹后用 "
                    "--office-fingerprint 确认。",
                    f"The review file is not signed by the registered office key (it is signed by {fb.fingerprint}).",
                    "feedback.not-office")
            if not confirmed:
                raise _fb_error(
                    f"第一次导入审核意见，需要先确认依法治市办公钥的指纹。这个文件的签名密钥指纹是：\n  {fb.fingerprint}\n"
                    "请向依法治市办核对（电话或书面），一致后再导入并确认它（命令行：--office-fingerprint 加上这个指纹；"
                    "或先用 office-key 登记依法治市办的公钥）。",
                    f"First import: confirm the office key's fingerprint {fb.fingerprint} with the office, then import "
                    "again with --office-fingerprint.", "feedback.unconfirmed")
            register = True
        unit = self.profile.unit
        named = self._catalog.find_unit(fb.unit)
        if (named.name if named else fb.unit) != unit:
            raise _fb_error(f"这份审核意见是给“{fb.unit}”的，不是给本单位（{unit}）的，没有导入。",
                            f"This review file is for {fb.unit}, not for {unit}.", "feedback.other-unit")
        cat = fb.doc.get("catalog") or {}
        if cat.get("id") != self._catalog.id:
            raise _fb_error(f"这份审核意见针对目录 {cat.get('id')}，本工作区使用的是 {self._catalog.id}，没有导入。",
                            f"The review file is for catalog {cat.get('id')}, this workspace uses {self._catalog.id}.",
                            "feedback.catalog")
        result = FeedbackImport(fb.feedback_id, fb.office_name, fb.fingerprint, fb.issued, key_registered=register)
        if cat.get("version") != self._catalog.version:
            result.warnings.append(f"审核意见针对目录版本 {cat.get('version')}，本工作区是 {self._catalog.version}。")
        with self.read() as db:
            if db.execute("SELECT 1 FROM feedback_imports WHERE feedback_id = ?", (fb.feedback_id,)).fetchone():
                result.already = True
                return result
            current = {r[0]: r[1:] for r in db.execute("SELECT key, reviewed_at, office_fingerprint, number FROM reviews")}
        at = now_iso()
        rows = []
        for r in fb.reviews:
            key = str(r.get("key", ""))
            ind = self._catalog.get(key)
            if ind is None:
                result.unknown_keys.append(key)
                continue
            if r.get("verdict") not in (PASS, REVISE):
                result.warnings.append(f"第{key}项的审核结论“{r.get('verdict')}”无法识别，已跳过。")
                continue
            if key in current and _newer(current[key], fb.fingerprint, r):
                result.kept_newer.append(key)
                continue
            score = r.get("score")
            rows.append((key, r["verdict"], str(r.get("comment") or ""), float(score) if isinstance(score, (int, float)) else None,
                         str(r.get("reviewed_at", "")), r.get("reviewer"), r.get("submission_id"), fb.feedback_id, at,
                         fb.fingerprint, int(r.get("number") or 0)))
            result.updated.append(key)
        with self.transaction() as db:
            if register:
                db.execute("INSERT OR IGNORE INTO office_keys (fingerprint, office, public_key, registered_at, source) "
                           "VALUES (?, ?, ?, ?, ?)", (fb.fingerprint, fb.office_name or "依法治市办", fb.key.line(""), at,
                                                      f"确认指纹后导入：{Path(path).name}"))
            db.conn.executemany(
                "INSERT OR REPLACE INTO reviews (key, verdict, comment, score, reviewed_at, reviewer, submission_id, "
                "feedback_id, imported_at, office_fingerprint, number) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.execute("INSERT INTO feedback_imports (feedback_id, sha256, office_fingerprint, issued, imported_at, "
                       "imported_by, reviews) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (fb.feedback_id, fb.sha256, fb.fingerprint, fb.issued, at, by or self.actor, len(rows)))
            self.record("import-feedback", None, {"feedback_id": fb.feedback_id, "updated": result.updated,
                                                  "office_key_registered": register}, by=by)
        return result

    # ------------------------------------------------------------ reading
    def reviews(self) -> dict[str, Review]:
        """The office's verdicts in force, by indicator key, in catalog order."""
        with self.read() as db:
            rows = db.execute(
                "SELECT r.verdict, r.comment, r.score, r.reviewed_at, r.reviewer, r.submission_id, r.key, "
                "coalesce(k.office, ''), r.feedback_id, r.imported_at FROM reviews r "
                "LEFT JOIN office_keys k ON k.fingerprint = r.office_fingerprint").fetchall()
            imported = {json.loads(d or "{}").get("feedback_id"): n for n, d in db.execute(
                "SELECT id, details FROM audit WHERE action = 'import-feedback'")}
            exports = db.execute("SELECT id, target FROM audit WHERE action = 'export' ORDER BY id").fetchall()
        found = {}
        for r in rows:
            after = imported.get(r[8], 1 << 62)
            found[r[6]] = Review(*r, answered_by=next((sid for n, sid in exports if n > after), None))
        return {ind.key: found[ind.key] for ind in self._catalog.indicators if ind.key in found}

    def review(self, key: str) -> Review | None:
        return self.reviews().get(self._catalog.indicator(key).key)
