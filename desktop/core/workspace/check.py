"""``check``: is the workspace whole? SQLite's own integrity check, then every stored file re-hashed.

The database part runs under the workspace lock (it is quick); re-hashing
runs outside it, so the GUI stays responsive while gigabytes are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.workspace.blobs import Stop
from desktop.core.workspace.errors import Cancelled


@dataclass(frozen=True)
class Problem:
    code: str  # integrity | foreign_key | missing_file | damaged_file
    message: str  # Chinese, saying what to do
    sha256: str | None = None
    attachments: tuple[int, ...] = ()

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "sha256": self.sha256, "attachments": list(self.attachments)}


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[Problem, ...]
    files_checked: int
    bytes_checked: int
    attachments: int
    unreferenced_files: int = 0  # stored files nothing refers to: harmless, freed by emptying the recycle bin
    unreferenced_bytes: int = 0
    partial_files: tuple[str, ...] = field(default_factory=tuple)  # copies in progress (or left by a crash)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {
            "ok": self.ok, "problems": [p.to_dict() for p in self.problems], "files_checked": self.files_checked,
            "bytes_checked": self.bytes_checked, "attachments": self.attachments,
            "unreferenced_files": self.unreferenced_files, "unreferenced_bytes": self.unreferenced_bytes,
            "partial_files": list(self.partial_files),
        }


def run_check(ws, progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> CheckReport:
    problems: list[Problem] = []
    with ws.read() as db:
        integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
        fk = db.execute("PRAGMA foreign_key_check").fetchall()
        blobs = db.execute("SELECT sha256, size FROM blobs ORDER BY sha256").fetchall()
        users: dict[str, list[tuple[int, str, str]]] = {}
        for aid, sha, name, item_id in db.execute("SELECT id, sha256, original_name, item_id FROM attachments"):
            users.setdefault(sha, []).append((aid, name, item_id))
        n_attachments = sum(len(v) for v in users.values())
        # Pin what is checked, so that emptying the recycle bin meanwhile does not look like damage.
        for sha, _size in blobs:
            ws._pinned[sha] += 1
    try:
        if integrity != ["ok"]:
            problems.append(Problem("integrity", "数据库完整性检查未通过：" + "；".join(integrity[:5])
                                    + "。请立即用 backup 另存一份，然后用 restore 从最近的正常备份恢复，并联系技术支持。"))
        for table, rowid, parent, _fk in fk:
            problems.append(Problem("foreign_key", f"数据库中 {table} 表第 {rowid} 行引用了不存在的 {parent} 记录。"))

        def who(sha: str) -> tuple[str, tuple[int, ...]]:
            refs = users.get(sha, [])
            names = "、".join(f"“{n}”（{ws.describe_item(i)}）" for _a, n, i in refs[:3]) or "（未被引用的文件）"
            return names, tuple(a for a, _n, _i in refs)

        total = sum(size for sha, size in blobs if sha in users)
        done = 0
        checked = 0
        for sha, size in blobs:
            if sha not in users:
                continue  # kept only until garbage collection; not evidence
            path = ws.blobs.path(sha)
            names, ids = who(sha)
            if not path.is_file():
                problems.append(Problem("missing_file", f"附件{names}的文件不见了。请删除该附件并重新添加原文件。", sha, ids))
                done += size
                continue
            base = done

            def on_chunk(n: int, _sha: str = sha) -> None:
                nonlocal done
                done += n
                if progress is not None:
                    progress(done, total, _sha)

            try:
                got, length = ws.blobs.hash_file(path, on_chunk=on_chunk, cancelled=cancelled)
            except Stop:
                raise Cancelled() from None
            except OSError as e:
                problems.append(Problem("damaged_file", f"附件{names}的文件无法读取（{e.strerror}）。", sha, ids))
                done = base + size
                continue
            checked += 1
            if got != sha or length != size:
                problems.append(Problem(
                    "damaged_file",
                    f"附件{names}的文件已损坏：内容与添加时不一致。请删除该附件并重新添加原文件。", sha, ids))
        known = {sha for sha, _ in blobs}
        unref_files = unref_bytes = 0
        for sha, path in ws.blobs.iter_stored():
            if sha not in users or sha not in known:
                unref_files += 1
                try:
                    unref_bytes += path.stat().st_size
                except OSError:
                    pass
        partial = tuple(p.name for p in ws.blobs.partial_files())
    finally:
        with ws._lock:
            for sha, _size in blobs:
                ws._pinned[sha] -= 1
                if ws._pinned[sha] <= 0:
                    del ws._pinned[sha]
    return CheckReport(tuple(problems), checked, done, n_attachments, unref_files, unref_bytes, partial)
