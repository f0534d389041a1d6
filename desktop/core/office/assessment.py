"""What the reports say, as plain data: the missing-material list per unit and the counts for the self-assessment.

Kept apart from the writers (reports.py) so the CLI's ``--json``, the window and the
spreadsheets all count the same way.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desktop.core.office.model import (
    COMPLETE, NOT_APPLICABLE, NOTHING, ONSITE, PARTIAL, PASS, REVIEW_CHANGED, REVISE, STATE_LABELS, Matrix,
)

SETTLED = (COMPLETE, ONSITE, NOT_APPLICABLE)  # nothing more to send (on-site checks are the office's to make)


@dataclass(frozen=True)
class ChaseRow:
    """One indicator a unit still owes something for (催报清单)."""

    key: str
    label: str
    area: str
    text: str
    state: str
    state_label: str
    missing: tuple[str, ...]
    pending_files: int
    review_comment: str  # the 需补充 comment, when the office sent it back

    def to_dict(self) -> dict:
        d = asdict(self)
        d["missing"] = list(self.missing)
        return d


def chase_rows(matrix: Matrix, catalog, unit: str) -> list[ChaseRow]:
    rows = []
    for r in matrix.rows:
        cell = matrix.cell(r.key, unit)
        if not cell.responsible:
            continue
        revise = cell.review_state == REVISE
        if cell.state not in (NOTHING, PARTIAL) and not revise:
            continue
        missing = cell.missing if cell.state != NOTHING else ("尚未报送任何资料",)
        rows.append(ChaseRow(r.key, r.label, r.area, r.text, cell.state, cell.state_label, missing, cell.pending_files,
                             cell.review.comment if revise and cell.review else ""))
    return rows


@dataclass
class AreaAssessment:
    area: str
    indicators: int = 0
    settled: int = 0  # every responsible unit has sent everything
    passed: int = 0  # every responsible unit's evidence passed review
    revise: int = 0  # at least one 需补充
    score: float = 0.0


@dataclass
class SelfAssessment:
    """Counts for the overall self-assessment report (自评报告)."""

    indicators: int = 0
    bonus: int = 0
    veto: int = 0
    without_units: int = 0  # indicators no unit on the roster answers for
    cells: int = 0  # unit × indicator responsibilities
    cells_by_state: dict[str, int] = field(default_factory=dict)
    settled: int = 0
    passed: int = 0
    revise: int = 0
    unreviewed: int = 0
    changed: int = 0  # reviewed, evidence changed since
    units_responsible: int = 0
    units_submitted: int = 0
    score: float = 0.0  # sum over indicators of the mean score of their reviewed units
    scored_indicators: int = 0
    areas: list[AreaAssessment] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["cells_by_state_labels"] = {STATE_LABELS[k]: v for k, v in self.cells_by_state.items()}
        return d


def self_assessment(matrix: Matrix, catalog) -> SelfAssessment:
    out = SelfAssessment()
    by_area: dict[str, AreaAssessment] = {}
    responsible_units, submitted = set(), set(matrix.submissions)
    kinds = {ind.key: ind.kind for ind in catalog.indicators}
    for r in matrix.rows:
        kind = kinds.get(r.key, "indicator")
        out.bonus += kind == "bonus"
        out.veto += kind == "veto"
        out.indicators += kind not in ("bonus", "veto")
        area = by_area.setdefault(r.area, AreaAssessment(r.area))
        area.indicators += 1
        cells = [matrix.cell(r.key, u) for u in matrix.units if matrix.cell(r.key, u).responsible]
        if not cells:
            out.without_units += 1
            continue
        out.cells += len(cells)
        for c in cells:
            responsible_units.add(c.unit)
            out.cells_by_state[c.state] = out.cells_by_state.get(c.state, 0) + 1
        states = {c.review_state for c in cells}
        if all(c.state in SETTLED for c in cells):
            out.settled += 1
            area.settled += 1
        if states == {PASS}:
            out.passed += 1
            area.passed += 1
        elif REVISE in states:
            out.revise += 1
            area.revise += 1
        elif REVIEW_CHANGED in states:
            out.changed += 1
        else:
            out.unreviewed += 1
        scores = [c.review.score for c in cells if c.review and c.review.score is not None]
        if scores:
            mean = sum(scores) / len(scores)
            out.score += mean
            area.score += mean
            out.scored_indicators += 1
    out.units_responsible = len(responsible_units)
    out.units_submitted = len(submitted & responsible_units) if responsible_units else len(submitted)
    out.score = round(out.score, 2)
    for a in by_area.values():
        a.score = round(a.score, 2)
    out.areas = list(by_area.values())
    return out
