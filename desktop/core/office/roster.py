"""The roster: the catalog's units, the signing keys registered to them, and parts waiting for a key.

Keys come in two ways. In bulk from an OpenSSH ``allowed_signers`` file (what the
units' ``pubkey --allowed-signers`` prints and the registration form's QR code
holds): the file itself is the office's decision to trust. Or one at a time, from a
registration form or from a bundle whose key nobody registered yet: then
``register_key`` needs ``confirm_fingerprint`` equal to the key's fingerprint — the
clerk read it off the stamped paper form or heard it on the phone — so a stranger's
bundle can never register its own key by arriving.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import NotFound, UserError
from desktop.core.office.model import QuarantinedPart, RegisteredKey
from desktop.core.signing import sshsig
from desktop.core.signing.allowed_signers import TrustFile, format_allowed_signer, parse_allowed_signers
from desktop.core.signing.keys import KeyError_, PublicKey
from desktop.core.workspace.model import now_iso

MAX_KEY_FILE = 4 << 20


@dataclass
class TrustImport:
    """What ``trust`` did: keys added, keys already there, lines skipped with the reason."""

    added: list[RegisteredKey] = field(default_factory=list)
    already: list[RegisteredKey] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"added": [k.to_dict() for k in self.added], "already": [k.to_dict() for k in self.already],
                "skipped": list(self.skipped)}


@dataclass(frozen=True)
class RosterEntry:
    unit: str
    aliases: tuple[str, ...]
    groups: tuple[str, ...]  # set by the office
    keys: tuple[RegisteredKey, ...]
    named_in: int  # indicators naming the unit itself
    submission_id: str | None  # in force
    sequence: int | None
    last_received: str | None
    waiting: int  # parts in quarantine

    def to_dict(self) -> dict:
        return {"unit": self.unit, "aliases": list(self.aliases), "groups": list(self.groups),
                "keys": [k.to_dict() for k in self.keys], "named_in": self.named_in,
                "submission_id": self.submission_id, "sequence": self.sequence,
                "last_received": self.last_received, "waiting": self.waiting}


def normalize_fingerprint(text: str) -> str:
    """``SHA256:abc…`` as typed: surrounding blanks dropped, the prefix added when left out."""
    t = "".join((text or "").split())
    if t and not t.upper().startswith("SHA256:"):
        t = "SHA256:" + t
    return "SHA256:" + t[7:] if t else ""


def parse_key(text: str) -> PublicKey:
    """A public key from a ``.pub`` line, an allowed_signers line or ``pubkey --json`` output."""
    text = (text or "").strip()
    if text.startswith("{"):
        try:
            text = str(json.loads(text).get("public_key", ""))
        except ValueError:
            pass
    for line in text.splitlines():
        if "ssh-ed25519" in line:
            parts = line.split()
            i = parts.index("ssh-ed25519") if "ssh-ed25519" in parts else -1
            if i >= 0 and i + 1 < len(parts):
                return PublicKey.from_line(" ".join(parts[i:i + 2]))
    raise KeyError_("没有找到 ssh-ed25519 公钥。请粘贴公钥登记表上的公钥（以 ssh-ed25519 开头的一行）。",
                    en="No ssh-ed25519 public key found; paste the line starting with ssh-ed25519.")


class RosterMixin:
    """Part of ``OfficeWorkspace``."""

    # ------------------------------------------------------------ reading
    def keys(self, unit: str | None = None) -> list[RegisteredKey]:
        sql = "SELECT fingerprint, unit, public_key, registered_at, source, registered_by, retired_at FROM unit_keys"
        args: tuple = ()
        if unit is not None:
            sql += " WHERE unit = ?"
            args = (self.catalog.unit(unit).name,)
        with self.read() as db:
            return [RegisteredKey(*r) for r in db.execute(sql + " ORDER BY unit, registered_at", args).fetchall()]

    def key_owner(self, fingerprint: str) -> str | None:
        with self.read() as db:
            row = db.execute("SELECT unit FROM unit_keys WHERE fingerprint = ? AND retired_at IS NULL",
                             (fingerprint,)).fetchone()
        return row[0] if row else None

    def trust_file(self) -> TrustFile:
        """The registered keys as an allowed_signers trust list (what ``verify --trust`` would read)."""
        return parse_allowed_signers(self.allowed_signers_text(), source=f"{self.office_name}登记的公钥")

    def allowed_signers_text(self) -> str:
        lines = [format_allowed_signer(k.unit, PublicKey.from_line(k.public_key), sshsig.BUNDLE_NAMESPACE,
                                       comment=k.registered_at[:10]) for k in self.keys() if not k.retired_at]
        return "".join(line + "\n" for line in lines)

    def unit_groups(self, unit: str) -> tuple[str, ...]:
        with self.read() as db:
            return tuple(r[0] for r in db.execute("SELECT grp FROM unit_groups WHERE unit = ? ORDER BY grp",
                                                  (self.catalog.unit(unit).name,)))

    def roster(self) -> list[RosterEntry]:
        keys: dict[str, list[RegisteredKey]] = {}
        for k in self.keys():
            keys.setdefault(k.unit, []).append(k)
        with self.read() as db:
            groups: dict[str, list[str]] = {}
            for unit, grp in db.execute("SELECT unit, grp FROM unit_groups ORDER BY grp"):
                groups.setdefault(unit, []).append(grp)
            in_force = {r[0]: (r[1], r[2]) for r in db.execute("SELECT unit, submission_id, sequence FROM unit_state")}
            last = dict(db.execute("SELECT s.unit, max(p.received_at) FROM parts p JOIN submissions s "
                                   "ON s.submission_id = p.submission_id GROUP BY s.unit").fetchall())
            waiting = dict(db.execute("SELECT unit, count(*) FROM quarantine GROUP BY unit").fetchall())
        out = []
        for u in self.catalog.units:
            named = sum(1 for ind in self.catalog.indicators if self.catalog.responsible(ind, u.name))
            sub = in_force.get(u.name)
            out.append(RosterEntry(u.name, u.aliases, tuple(groups.get(u.name, ())), tuple(keys.get(u.name, ())), named,
                                   sub[0] if sub else None, sub[1] if sub else None, last.get(u.name),
                                   waiting.get(u.name, 0)))
        return out

    # ------------------------------------------------------------ changing
    def set_unit_groups(self, unit: str, groups: list[str], *, by: str | None = None) -> tuple[str, ...]:
        """The groups (各行政执法单位 …) the office counts ``unit`` in, for indicators that name a group."""
        name = self.catalog.unit(unit).name
        names = tuple(dict.fromkeys(self.catalog.group(g).name for g in groups))
        with self.transaction() as db:
            db.execute("DELETE FROM unit_groups WHERE unit = ?", (name,))
            db.conn.executemany("INSERT INTO unit_groups (unit, grp) VALUES (?, ?)", [(name, g) for g in names])
            self.record("unit-groups", name, {"groups": list(names)}, by=by)
        return names

    def trust(self, source: Path | str, *, by: str | None = None) -> TrustImport:
        """Register every unit key in an allowed_signers file (a path, or its text)."""
        if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and Path(source).is_file()):
            path = Path(source)
            try:
                if path.stat().st_size > MAX_KEY_FILE:
                    raise UserError(f"{path.name} 太大，不像 allowed_signers 文件。", en=f"{path.name} is too large.")
                text = path.read_bytes().decode("utf-8-sig")
            except FileNotFoundError:
                raise NotFound(f"找不到文件 {path}。", en=f"{path} not found.") from None
            except UnicodeDecodeError:
                raise UserError(f"{path.name} 不是 UTF-8 文本，不是 allowed_signers 文件。",
                                en=f"{path.name} is not UTF-8 text.") from None
            except OSError as e:
                raise UserError(f"无法读取 {path}：{e.strerror}", en=str(e)) from None
            label = path.name
        else:
            text, label = str(source), "粘贴的文本"
        parsed = parse_allowed_signers(text, source=label)
        result = TrustImport(skipped=list(parsed.problems))
        for s in parsed.signers:
            where = f"{label}:{s.line_number}"
            if s.key is None:
                result.skipped.append(f"{where}: 只支持 ssh-ed25519 公钥（这一行是 {s.key_type}）")
                continue
            if s.cert_authority:
                result.skipped.append(f"{where}: 证书颁发机构（cert-authority）不能登记为单位公钥")
                continue
            if not s.allows_namespace(sshsig.BUNDLE_NAMESPACE):
                result.skipped.append(f"{where}: 这把公钥不允许用于资料包签名（namespaces 不含 {sshsig.BUNDLE_NAMESPACE}）")
                continue
            units = [p for p in s.principals if not p.startswith("!")]
            for principal in units:
                unit = self.catalog.find_unit(principal)
                if unit is None:
                    result.skipped.append(f"{where}: “{principal}”不在目录《{self.catalog.title}》的单位名单中")
                    continue
                try:
                    key, added = self._add_key(unit.name, s.key, f"allowed_signers：{label}", by)
                except UserError as e:
                    result.skipped.append(f"{where}: {e.message}")
                    continue
                (result.added if added else result.already).append(key)
        if not parsed.signers and not result.skipped:
            result.skipped.append(f"{label}: 没有找到公钥行")
        return result

    def register_key(self, unit: str, public_key: PublicKey | str, *, confirm_fingerprint: str,
                     source: str = "公钥登记表", by: str | None = None) -> RegisteredKey:
        """Register one key, after the user confirmed its fingerprint; parts waiting for it are then received
        by ``receive_quarantined`` (the window and the CLI call it right after)."""
        key = public_key if isinstance(public_key, PublicKey) else parse_key(public_key)
        given = normalize_fingerprint(confirm_fingerprint)
        if given != key.fingerprint:
            raise UserError(
                f"确认的指纹 {given or '（空）'} 与公钥的指纹 {key.fingerprint} 不一致，没有登记。"
                "请逐字核对单位公钥登记表上的指纹。",
                en=f"The confirmed fingerprint {given} differs from the key's {key.fingerprint}; not registered.")
        name = self.catalog.unit(unit).name
        registered, _added = self._add_key(name, key, source, by)
        return registered

    def _add_key(self, unit: str, key: PublicKey, source: str, by: str | None) -> tuple[RegisteredKey, bool]:
        fp = key.fingerprint
        with self.transaction() as db:
            row = db.execute("SELECT unit FROM unit_keys WHERE fingerprint = ?", (fp,)).fetchone()
            if row is not None and row[0] != unit:
                raise UserError(f"公钥 {fp} 已登记在“{row[0]}”名下，不能再登记给“{unit}”。",
                                en=f"Key {fp} is already registered to {row[0]}.")
            if row is None:
                db.execute("INSERT INTO unit_keys (fingerprint, unit, public_key, registered_at, registered_by, source) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (fp, unit, key.line(""), now_iso(), by or self.actor, source))
                self.record("register-key", unit, {"fingerprint": fp, "source": source}, by=by)
        return next(k for k in self.keys(unit) if k.fingerprint == fp), row is None

    def unregister_key(self, fingerprint: str, *, by: str | None = None) -> None:
        """Take a key off the roster (registered by mistake); what it signed and was received stays."""
        fp = normalize_fingerprint(fingerprint)
        with self.transaction() as db:
            row = db.execute("SELECT unit FROM unit_keys WHERE fingerprint = ?", (fp,)).fetchone()
            if row is None:
                raise NotFound(f"没有登记过公钥 {fp}。", en=f"No registered key {fp}.")
            db.execute("DELETE FROM unit_keys WHERE fingerprint = ?", (fp,))
            self.record("unregister-key", row[0], {"fingerprint": fp}, by=by)

    # ------------------------------------------------------------ quarantine
    def quarantined(self) -> list[QuarantinedPart]:
        with self.read() as db:
            rows = db.execute("SELECT id, unit, fingerprint, public_key, file_name, size, submission_id, part, parts, "
                              "received_at, stored_name FROM quarantine ORDER BY received_at, id").fetchall()
        return [QuarantinedPart(*r[:10], path=self.quarantine_dir / r[10]) for r in rows]

    def receive_quarantined(self, fingerprint: str | None = None, progress=None, cancelled=None):
        """Receive the waiting parts whose key is now registered (all, or those of one key)."""
        from desktop.core.office.report import ReceiveReport

        report = ReceiveReport()
        for q in self.quarantined():
            if fingerprint and q.fingerprint != normalize_fingerprint(fingerprint):
                continue
            if self.key_owner(q.fingerprint) is None:
                continue
            report.extend(self._receive_paths([q.path], progress, cancelled, skip_own=False))
            self._drop_quarantined(q)
        return report

    def discard_quarantined(self, part_id: int, *, by: str | None = None) -> None:
        """Drop a waiting part (a stranger's file): its copy is deleted, nothing was ever stored from it."""
        q = next((q for q in self.quarantined() if q.id == part_id), None)
        if q is None:
            raise NotFound(f"待确认列表中没有编号 {part_id}。", en=f"No waiting part {part_id}.")
        with self.transaction() as db:
            self.record("discard-quarantined", q.unit, {"file": q.file_name, "fingerprint": q.fingerprint}, by=by)
        self._drop_quarantined(q)

    def _drop_quarantined(self, q: QuarantinedPart) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM quarantine WHERE id = ?", (q.id,))
        q.path.unlink(missing_ok=True)
        q.path.with_name(q.path.name + ".sshsig").unlink(missing_ok=True)
        try:
            q.path.parent.rmdir()
        except OSError:
            pass
