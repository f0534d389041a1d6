"""Reviewing: a verdict per unit and indicator (通过 / 需补充, comment, optional score), and the signed review file.

Every review is kept; the newest for a cell is in force. It records a digest of the
evidence it judged, so when the unit's next submission changes that evidence the cell
shows "有更新，待复核" — the office sees its 需补充 answered.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.office.feedback import FEEDBACK_FORMAT, feedback_name, write_feedback
from desktop.core.office.model import NOT_RESPONSIBLE, REVISE, Review, parse_verdict
from desktop.core.signing import keystore
from desktop.core.signing.keys import Signer
from desktop.core.workspace.model import now_iso

MAX_SCORE = 1000.0


@dataclass(frozen=True)
class FeedbackResult:
    path: Path
    feedback_id: str
    reviews: int
    revise: int
    sha256: str

    def to_dict(self) -> dict:
        return {"path": str(self.path), "feedback_id": self.feedback_id, "reviews": self.reviews,
                "revise": self.revise, "sha256": self.sha256}


def check_score(score) -> float | None:
    if score is None or score == "":
        return None
    try:
        value = float(score)
    except (TypeError, ValueError):
        raise UserError(f"分数“{score}”不是数字。", en=f"Score {score!r} is not a number.") from None
    if math.isnan(value) or not 0 <= value <= MAX_SCORE:
        raise UserError(f"分数 {score} 超出范围（0–{MAX_SCORE:g}）。", en=f"Score {score} is out of range.")
    return round(value, 2)


class ReviewMixin:
    """Part of ``OfficeWorkspace``."""

    # ------------------------------------------------------------ reviews
    def review(self, unit: str, key: str, verdict: str, comment: str = "", score=None, *,
               by: str | None = None) -> Review:
        """Record a verdict on the unit's evidence for the indicator; 需补充 wants a comment saying what is missing."""
        unit = self.require_unit(unit)
        ind = self.catalog.indicator(key)
        code = parse_verdict(verdict)
        comment = (comment or "").strip()
        value = check_score(score)
        if code == REVISE and not comment:
            raise UserError("“需补充”需要写明补充什么（审核意见），单位才知道怎么改。",
                            en="A 'needs more' verdict needs a comment saying what to add.")
        cell = self.cell(unit, ind.key)
        if cell.state == NOT_RESPONSIBLE:
            raise UserError(f"“{unit}”不负责{ind.label()}，不能审核。若该单位应当负责，请先在单位名单中设置它所属的类别。",
                            en=f"{unit} is not responsible for indicator {ind.key}.")
        in_force = self.submission_in_force(unit)
        who = by if by is not None else self.actor
        at = now_iso()
        with self.transaction() as db:
            number = db.execute(
                "INSERT INTO reviews (unit, key, verdict, comment, score, reviewed_at, reviewer, submission_id, "
                "evidence_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (unit, ind.key, code, comment, value, at, who, in_force.submission_id if in_force else None,
                 cell.digest)).lastrowid
            self.record("review", f"{unit}/{ind.key}", {"verdict": code, "score": value, "comment": comment}, by=who)
        return Review(code, comment, value, at, who, in_force.submission_id if in_force else None, unit, ind.key,
                      cell.digest, number)

    def reviews(self, unit: str | None = None, key: str | None = None, *, history: bool = False) -> list[Review]:
        """Reviews in force (newest per cell), or every review given when ``history``; catalog order."""
        where, args = [], []
        if unit is not None:
            where.append("unit = ?")
            args.append(self.require_unit(unit))
        if key is not None:
            where.append("key = ?")
            args.append(self.catalog.indicator(key).key)
        if not history:
            where.append("id IN (SELECT max(id) FROM reviews GROUP BY unit, key)")
        sql = ("SELECT verdict, comment, score, reviewed_at, reviewer, submission_id, unit, key, evidence_digest, id "
               "FROM reviews" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
        with self.read() as db:
            found = [Review(*r) for r in db.execute(sql, args).fetchall()]
        order = {ind.key: n for n, ind in enumerate(self.catalog.indicators)}
        return sorted(found, key=lambda r: (r.unit, order.get(r.key, 1 << 30))) if not history else found

    # ------------------------------------------------------------ the office's key
    def has_key(self) -> bool:
        return keystore.has_key(self.path)

    def keygen(self, passphrase: str, *, replace: bool = False) -> keystore.KeyRegistration:
        return keystore.generate(self.path, passphrase, self.office_name, replace=replace)

    def key_registration(self) -> keystore.KeyRegistration:
        return keystore.registration(self.path)

    def signer(self, passphrase: str) -> Signer:
        return keystore.load_signer(self.path, passphrase)

    # ------------------------------------------------------------ the review file
    def feedback(self, unit: str, out: Path | str, *, passphrase: str | None = None, signer: Signer | None = None,
                 by: str | None = None) -> FeedbackResult:
        """Write the signed review file for ``unit`` (``out``: a .zip name, or a folder for a dated file)."""
        unit = self.require_unit(unit)
        if signer is None:
            if passphrase is None:
                raise UserError("需要依法治市办签名密钥的口令。", en="The office key's passphrase is needed.")
            signer = self.signer(passphrase)
        given = self.reviews(unit)
        if not given:
            raise UserError(f"还没有对“{unit}”的任何审核意见，没有可发送的内容。", en=f"No reviews for {unit} yet.")
        now = dt.datetime.now().astimezone().replace(microsecond=0)
        out = Path(out)
        if out.is_dir():
            out = out / feedback_name(self.office_name, unit, now)
        elif out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        in_force = self.submission_in_force(unit)
        reg = self.key_registration()
        fid = now.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        doc = {
            "format": FEEDBACK_FORMAT, "format_version": 1, "feedback_id": fid, "issued": now.isoformat(),
            "office": {"name": self.office_name, "fingerprint": signer.fingerprint,
                       "public_key": signer.public_key.line("")},
            "unit": unit, "catalog": {"id": self.catalog.id, "version": self.catalog.version},
            "submission": {"submission_id": in_force.submission_id, "sequence": in_force.sequence} if in_force else None,
            "reviews": [{
                "key": r.key, "label": self.catalog.indicator(r.key).label(), "verdict": r.verdict,
                "verdict_label": r.verdict_label, "comment": r.comment, "score": r.score, "reviewed_at": r.reviewed_at,
                "reviewer": r.reviewer, "submission_id": r.submission_id, "number": r.number,
            } for r in given],
        }
        if reg.fingerprint != signer.fingerprint:
            raise UserError("签名私钥与工作区中的公钥不符。", en="The signer does not match the office's public key.")
        path, sha = write_feedback(doc, signer, out)
        revise = sum(1 for r in given if r.verdict == REVISE)
        with self.transaction() as db:
            db.execute("INSERT INTO feedback_sent (feedback_id, unit, issued_at, file_name, reviews, sha256) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (fid, unit, doc["issued"], path.name, len(given), sha))
            self.record("feedback", unit, {"feedback_id": fid, "reviews": len(given), "file": path.name}, by=by)
        return FeedbackResult(path, fid, len(given), revise, sha)

    def feedback_sent(self, unit: str | None = None) -> list[dict]:
        sql = "SELECT feedback_id, unit, issued_at, file_name, reviews, sha256 FROM feedback_sent"
        args: tuple = ()
        if unit is not None:
            sql += " WHERE unit = ?"
            args = (self.require_unit(unit),)
        with self.read() as db:
            cols = ("feedback_id", "unit", "issued_at", "file_name", "reviews", "sha256")
            return [dict(zip(cols, r)) for r in db.execute(sql + " ORDER BY issued_at", args)]
