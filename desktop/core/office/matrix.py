"""The matrix (indicators × units), one cell's evidence, and the submission history — all read-only.

A unit is responsible for an indicator when the catalog names it (directly, or by a
group the office counts it in), or when its own submission lists the indicator's
items (a unit declares its groups in its workspace, and its export lists the items
of every indicator it answers for). Completeness follows the unit's own progress
rules (``workspace.progress.item_progress``) applied to what actually arrived, so
the office sees 已齐全 exactly when the unit saw 已完成 — except that files still on
their way do not count, and an on-site check (实地核查) is the office's to make.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from desktop.core.errors import NotFound
from desktop.core.office.model import (
    COMPLETE, NOT_APPLICABLE, NOT_RESPONSIBLE, NOTHING, ONSITE, PARTIAL, PASS, REVIEW_CHANGED, REVIEW_NONE, REVISE,
    Cell, Counts, EvidenceFile, EvidenceItem, Matrix, MatrixRow, Rejection, Review, SubmissionInfo,
)
from desktop.core.workspace.model import ItemNotes
from desktop.core.workspace.progress import ItemFacts, item_progress

DECLARED = "本单位报送"  # responsible_by when only the unit's own submission says so
NA_STATUS = "不适用"
EVIDENCE_ROLES = ("evidence", "other")  # covers, contents pages and the statement as text are not evidence files


class _Facts:
    """Everything the matrix needs, fetched in a handful of queries."""

    def __init__(self, db):
        self.files: dict[str, dict[str, list[tuple[str, bool, str]]]] = defaultdict(lambda: defaultdict(list))
        for unit, item_id, sha, role, have in db.execute(
                "SELECT f.unit, f.item_id, f.sha256, f.role, b.sha256 IS NOT NULL FROM state_files f "
                "LEFT JOIN blobs b ON b.sha256 = f.sha256"):
            self.files[unit][item_id].append((sha, bool(have), role))
        self.items: dict[str, dict[str, tuple]] = defaultdict(dict)
        self.declared: dict[str, set[str]] = defaultdict(set)
        for unit, item_id, indicators, status, statement, urls, reason in db.execute(
                "SELECT unit, item_id, indicators, status, statement, urls, reason FROM state_items"):
            self.items[unit][item_id] = (status, statement, json.loads(urls), reason)
            self.declared[unit].update(json.loads(indicators))
        self.groups: dict[str, list[str]] = defaultdict(list)
        for unit, grp in db.execute("SELECT unit, grp FROM unit_groups"):
            self.groups[unit].append(grp)
        self.reviews: dict[tuple[str, str], Review] = {}
        for r in db.execute(
                "SELECT unit, key, verdict, comment, score, reviewed_at, reviewer, submission_id, evidence_digest, id "
                "FROM reviews WHERE id IN (SELECT max(id) FROM reviews GROUP BY unit, key)"):
            self.reviews[(r[0], r[1])] = Review(r[2], r[3], r[4], r[5], r[6], r[7], unit=r[0], key=r[1],
                                                evidence_digest=r[8], number=r[9])
        self.in_force = {r[0]: r[1] for r in db.execute("SELECT unit, submission_id FROM unit_state")}


def _digest(parts: list) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:32]


class MatrixMixin:
    """Part of ``OfficeWorkspace``."""

    # ------------------------------------------------------------ the matrix
    def matrix(self) -> Matrix:
        with self.read() as db:
            facts = _Facts(db)
        units = tuple(u.name for u in self.catalog.units)
        rows, cells = [], {}
        for ind in self.catalog.indicators:
            rows.append(MatrixRow(ind.key, ind.label(), ind.area, ind.text, ind.onsite))
            for unit in units:
                cells[(ind.key, unit)] = self._cell(ind, unit, facts)
        row_counts = {r.key: _count(cells[(r.key, u)] for u in units) for r in rows}
        col_counts = {u: _count(cells[(r.key, u)] for r in rows) for u in units}
        return Matrix(tuple(rows), units, cells, row_counts, col_counts, _count(cells.values()), dict(facts.in_force))

    def cell(self, unit: str, key: str) -> Cell:
        ind = self.catalog.indicator(key)
        unit = self.catalog.unit(unit).name
        with self.read() as db:
            facts = _Facts(db)
        return self._cell(ind, unit, facts)

    def _cell(self, ind, unit: str, facts: _Facts) -> Cell:
        by = self.catalog.responsible(ind, unit, facts.groups.get(unit, ()))
        if by is None and ind.key in facts.declared.get(unit, ()):
            by = DECLARED
        if by is None:
            return Cell(ind.key, unit, NOT_RESPONSIBLE, None)
        items = self.index.items(ind.key)
        unit_files = facts.files.get(unit, {})
        unit_items = facts.items.get(unit, {})
        done = started = onsite_only = na = 0
        files = pending = 0
        missing: list[str] = []
        digest_parts = []
        for n, it in enumerate(items, start=1):
            status, statement, urls, reason = unit_items.get(it.id, ("", "", [], ""))
            got = [f for f in unit_files.get(it.id, ()) if f[2] in EVIDENCE_ROLES]
            available = sum(1 for f in got if f[1])
            files += available
            pending += len(got) - available
            prog = item_progress(it, ItemFacts(available, len(urls), ItemNotes(statement, "", True), ()))
            digest_parts.append([it.id, sorted(f[0] for f in got), statement, urls, status, reason])
            if status == NA_STATUS:
                na += 1
                continue
            if prog.files_needed == 0 and not it.asks_url:
                onsite_only += 1
            done += prog.complete
            # the unit's own "started" would count the on-site readiness assumed above
            started += bool(got or urls or statement.strip())
            if not prog.complete:
                missing.extend(f"第{n}条：{m}" for m in prog.missing)
        if na == len(items):
            state = NOT_APPLICABLE
        elif onsite_only == len(items):
            state = ONSITE
        elif done + na == len(items):
            state = COMPLETE
        elif started or files or pending:
            state = PARTIAL
        else:
            state = NOTHING
        digest = _digest(digest_parts)
        review = facts.reviews.get((unit, ind.key))
        if review is None:
            review_state = REVIEW_NONE
        elif review.evidence_digest != digest:
            review_state = REVIEW_CHANGED
        else:
            review_state = review.verdict
        return Cell(ind.key, unit, state, by, done + na, len(items), files, pending, ind.onsite, tuple(missing), review,
                    review_state, digest)

    # ------------------------------------------------------------ one cell's evidence
    def evidence(self, unit: str, key: str) -> list[EvidenceItem]:
        """The unit's evidence for the indicator, item by item: statements, web addresses and files."""
        ind = self.catalog.indicator(key)
        unit = self.catalog.unit(unit).name
        out = []
        with self.read() as db:
            for it in self.index.items(ind.key):
                row = db.execute("SELECT status, statement, urls, reason FROM state_items WHERE unit = ? AND item_id = ?",
                                 (unit, it.id)).fetchone()
                status, statement, urls, reason = (row[0], row[1], tuple(json.loads(row[2])), row[3]) if row else (
                    "", "", (), "")
                files = []
                for path, sha, size, role, label, sent_in, extra, have in db.execute(
                        "SELECT f.path, f.sha256, f.size, f.role, f.label, f.sent_in, f.extra, b.sha256 IS NOT NULL "
                        "FROM state_files f LEFT JOIN blobs b ON b.sha256 = f.sha256 "
                        "WHERE f.unit = ? AND f.item_id = ? ORDER BY f.path", (unit, it.id)):
                    pages = json.loads(extra or "{}").get("pages")
                    files.append(EvidenceFile(label or path.rsplit("/", 1)[-1], path, sha, size, role, bool(have),
                                              self.blobs.path(sha) if have else None, sent_in,
                                              pages if isinstance(pages, int) else None))
                available = sum(1 for f in files if f.available and f.role in EVIDENCE_ROLES)
                prog = item_progress(it, ItemFacts(available, len(urls), ItemNotes(statement, "", True), ()))
                out.append(EvidenceItem(it.id, it.text, status, statement, urls, reason, tuple(files),
                                        prog.complete or status == NA_STATUS, prog.missing))
        return out

    # ------------------------------------------------------------ history and refusals
    def submissions(self, unit: str | None = None) -> list[SubmissionInfo]:
        sql = ("SELECT s.submission_id, s.unit, s.sequence, s.record_status, s.created, s.previous_id, "
               "s.signer_fingerprint, s.parts_total, s.first_received_at, s.completed_at, s.chain, s.chain_note, "
               "u.submission_id IS NOT NULL, i.submission_id IS NOT NULL FROM submissions s "
               "LEFT JOIN unit_state u ON u.submission_id = s.submission_id "
               "LEFT JOIN indexes i ON i.submission_id = s.submission_id")
        args: tuple = ()
        if unit is not None:
            sql += " WHERE s.unit = ?"
            args = (self.catalog.unit(unit).name,)
        with self.read() as db:
            rows = db.execute(sql + " ORDER BY s.unit, s.sequence, s.first_received_at", args).fetchall()
            parts: dict[str, list[int]] = defaultdict(list)
            for sid, number in db.execute("SELECT submission_id, number FROM parts ORDER BY number"):
                parts[sid].append(number)
        return [SubmissionInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], tuple(parts.get(r[0], ())), r[8], r[9],
                               r[10], r[11], bool(r[12]), bool(r[13])) for r in rows]

    def submission_in_force(self, unit: str) -> SubmissionInfo | None:
        return next((s for s in self.submissions(unit) if s.in_force), None)

    def rejections(self, limit: int | None = 500) -> list[Rejection]:
        sql = ("SELECT id, file_name, path, size, unit, submission_id, part, code, reason, reason_en, first_at, last_at, "
               "times FROM rejections ORDER BY last_at DESC, id DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self.read() as db:
            return [Rejection(*r) for r in db.execute(sql).fetchall()]

    def clear_rejections(self, *, by: str | None = None) -> int:
        with self.transaction() as db:
            n = db.execute("DELETE FROM rejections").rowcount
            self.record("clear-rejections", None, {"rows": n}, by=by)
        return n

    def require_unit(self, unit: str) -> str:
        u = self.catalog.find_unit(unit)
        if u is None:
            raise NotFound(f"单位“{unit}”不在目录《{self.catalog.title}》的单位名单中。",
                           en=f"{unit!r} is not on the roster.")
        return u.name


def _count(cells) -> Counts:
    c = defaultdict(int)
    for cell in cells:
        if cell.state == NOT_RESPONSIBLE:
            continue
        c["responsible"] += 1
        c[cell.state] += 1
        if cell.review_state == PASS:
            c["passed"] += 1
        elif cell.review_state == REVISE:
            c["revise"] += 1
        elif cell.review_state == REVIEW_CHANGED:
            c["changed"] += 1
    return Counts(c["responsible"], c[COMPLETE], c[PARTIAL], c[NOTHING], c[ONSITE], c[NOT_APPLICABLE], c["passed"],
                  c["revise"], c["changed"])
