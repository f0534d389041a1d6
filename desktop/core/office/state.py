"""A unit's current state, derived by applying its submissions in order, and how submissions chain.

Every submission's description (``submission.json``, identical and signed in each
part) states the unit's whole state after it: every item and every file, each file
either carried in one of its parts or referenced by hash with the submission that
carried it. Applying one therefore works the same whatever has arrived:

- NEW and REPLACEMENT reset the unit's state; a SUPPLEMENT starts from it;
- tombstones (``removed``) take files out, then the listed files are added or replaced,
  keyed by (item, SHA-256) as the export keys them;
- the result is compared with what the description declares; a difference means a
  submission in between never arrived here, and the declared state wins (it is signed).

A submission is applied when its first part arrives (every part is independently
valid and carries the whole description), so the office can start on it the day it
comes; files of parts still on their way show as pending. A submission older than the
one in force (by sequence) is stored — its files may be the ones a newer supplement
refers to — but never overwrites the newer state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.bundle.model import NEW, REPLACEMENT
from desktop.core.office.report import ReceiveReport


@dataclass(frozen=True)
class StateFile:
    path: str
    item_id: str
    indicators: tuple[str, ...]
    sha256: str
    size: int
    role: str
    label: str
    sent_in: str
    extra: str  # JSON

    @property
    def key(self) -> tuple[str, str]:
        return self.item_id, self.sha256


def files_of(doc: dict) -> list[StateFile]:
    sid = doc["submission_id"]
    out = []
    for f in doc.get("files", ()):
        out.append(StateFile(
            path=str(f["path"]), item_id=str(f.get("item", "")), indicators=tuple(str(k) for k in f.get("indicators", ())),
            sha256=str(f["sha256"]), size=int(f.get("size", 0)), role=str(f.get("role", "evidence")),
            label=str(f.get("label", "")), sent_in=str(f.get("sent_in") or sid),
            extra=json.dumps(f["extra"], ensure_ascii=False, sort_keys=True) if f.get("extra") else "{}",
        ))
    return out


def apply_description(current: list[StateFile], doc: dict) -> tuple[list[StateFile], int]:
    """The state after ``doc``: (declared files, how many files the rules and the declaration disagree on)."""
    state: dict[tuple[str, str], StateFile] = {}
    if doc.get("record_status") not in (NEW, REPLACEMENT):
        state = {f.key: f for f in current}
    for r in doc.get("removed", ()):
        state.pop((str(r.get("item", "")), str(r.get("sha256", ""))), None)
    declared = files_of(doc)
    for f in declared:
        state[f.key] = f
    lingering = len(set(state) - {f.key for f in declared})
    return declared, lingering


def load_state_files(db, unit: str) -> list[StateFile]:
    rows = db.execute(
        "SELECT path, item_id, indicators, sha256, size, role, label, sent_in, extra FROM state_files WHERE unit = ?",
        (unit,)).fetchall()
    return [StateFile(r[0], r[1], tuple(json.loads(r[2])), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]


def write_state(db, unit: str, doc: dict, files: list[StateFile], at: str, note: str | None) -> None:
    db.execute("DELETE FROM state_files WHERE unit = ?", (unit,))
    db.execute("DELETE FROM state_items WHERE unit = ?", (unit,))
    db.conn.executemany(
        "INSERT OR REPLACE INTO state_files (unit, path, item_id, indicators, sha256, size, role, label, sent_in, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(unit, f.path, f.item_id, json.dumps(list(f.indicators), ensure_ascii=False), f.sha256, f.size, f.role,
          f.label, f.sent_in, f.extra) for f in files])
    db.conn.executemany(
        "INSERT OR REPLACE INTO state_items (unit, item_id, indicators, title, status, statement, urls, reason, extra) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(unit, str(i.get("id", "")), json.dumps([str(k) for k in i.get("indicators", ())], ensure_ascii=False),
          str(i.get("title", "")), str(i.get("status", "")), str(i.get("statement", "")),
          json.dumps([str(u) for u in i.get("urls", ())], ensure_ascii=False), str(i.get("reason", "")),
          json.dumps(i.get("extra") or {}, ensure_ascii=False, sort_keys=True))
         for i in doc.get("items", ()) if i.get("id")])
    db.execute(
        "INSERT OR REPLACE INTO unit_state (unit, submission_id, sequence, applied_at, note) VALUES (?, ?, ?, ?, ?)",
        (unit, doc["submission_id"], int(doc["sequence"]), at, note))


def apply_if_newer(db, unit: str, doc: dict, at: str, report: ReceiveReport) -> bool:
    """Make ``doc`` the unit's state if it is newer than the one in force; say what happened either way."""
    sid, seq = doc["submission_id"], int(doc["sequence"])
    row = db.execute("SELECT submission_id, sequence FROM unit_state WHERE unit = ?", (unit,)).fetchone()
    if row is not None and row[0] == sid:
        return False
    if row is not None and row[1] > seq:
        report.note("older", f"{unit}的第 {seq} 次报送（{sid}）晚于第 {row[1]} 次报送到达：已存档，其中的文件可供较新的报送引用，"
                             f"当前状态仍以第 {row[1]} 次为准。",
                    f"{unit}'s submission {seq} ({sid}) arrived after submission {row[1]}: filed, its files serve the "
                    f"newer one's references; the state in force stays that of submission {row[1]}.",
                    unit=unit, submission_id=sid, level="warning")
        return False
    if row is not None and row[1] == seq:
        report.note("same-sequence", f"{unit}有两次报送都自称第 {seq} 次（{row[0]} 和 {sid}）：仍以先收到的 {row[0]} 为准。"
                                     "请向该单位核实（可能是从备份恢复后重新报送）。",
                    f"{unit} has two submissions numbered {seq} ({row[0]} and {sid}); the one received first stays in force.",
                    unit=unit, submission_id=sid, level="warning")
        return False
    current = load_state_files(db, unit) if row is not None else []
    files, lingering = apply_description(current, doc)
    note = None
    previous = (doc.get("previous") or {}).get("submission_id")
    if row is not None and previous and previous != row[0] and doc.get("record_status") not in (NEW, REPLACEMENT):
        note = f"上一次报送 {previous} 尚未收到，按本次报送声明的完整状态更新。"
    elif lingering:
        note = f"本次报送的增减与已有状态有 {lingering} 处不一致，按本次报送声明的完整状态更新。"
    write_state(db, unit, doc, files, at, note)
    report.note("applied", f"{unit}：已按第 {seq} 次报送（{doc.get('record_status', '')}）更新。" + (note or ""),
                f"{unit}: state updated from submission {seq} ({doc.get('record_status', '')}).",
                unit=unit, submission_id=sid, level="warning" if note else "info")
    return True


def chain_status(db, doc: dict) -> tuple[str, str | None]:
    """How ``doc`` links to the submission before it: first | ok | unchecked | broken, and why."""
    prev = doc.get("previous") or None
    if not prev:
        return "first", None
    pid = str(prev.get("submission_id", ""))
    idx = db.execute("SELECT sha256, json FROM indexes WHERE submission_id = ?", (pid,)).fetchone()
    if idx is None:
        known = db.execute("SELECT sequence FROM submissions WHERE submission_id = ?", (pid,)).fetchone()
        if known is None:
            return "unchecked", f"上一次报送（{pid}，第 {prev.get('sequence', '?')} 次）尚未收到。"
        return "unchecked", f"上一次报送（{pid}）的索引文件未收到，无法核对衔接。"
    problems = []
    data = json.loads(idx[1])
    if prev.get("index_sha256") != idx[0]:
        problems.append("上次索引的 SHA-256 与记录的不符")
    if data.get("unit") != doc.get("unit"):
        problems.append("两次报送的单位不同")
    if int(data.get("sequence", 0)) >= int(doc.get("sequence", 0)):
        problems.append("报送序号没有递增")
    if problems:
        return "broken", "与上一次报送衔接不上：" + "；".join(problems) + "。"
    return "ok", None


def recheck_chains(db, previous_id: str) -> None:
    """An index arrived: the submissions that follow it can now be checked."""
    for sid, desc in db.execute("SELECT submission_id, description FROM submissions WHERE previous_id = ?",
                                (previous_id,)).fetchall():
        chain, note = chain_status(db, json.loads(desc))
        db.execute("UPDATE submissions SET chain = ?, chain_note = ? WHERE submission_id = ?", (chain, note, sid))
