"""OpenSSH allowed_signers files (``man ssh-keygen``, ALLOWED SIGNERS): who may sign, for what, and when.

The office keeps one such file of every unit's registered key; ``ssh-keygen -Y verify -f``
reads the same file, so the office can check a bundle with or without this program.
Parsing follows OpenSSH's: a line is ``principals [options] keytype base64 [comment]``; a
line that does not parse is reported and skipped, like ``ssh-keygen`` does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.signing.keys import KeyError_, PublicKey

KEY_TYPES = ("ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-", "sk-ssh-ed25519", "sk-ecdsa-sha2-", "rsa-sha2-")
MAX_TRUST_FILE = 16 * 1024 * 1024


@dataclass(frozen=True)
class AllowedSigner:
    principals: tuple[str, ...]  # patterns (``*``, ``?``, ``!negation``), as OpenSSH matches them
    key_type: str
    key: PublicKey | None  # None for key types this program cannot verify (kept so line numbers make sense)
    namespaces: tuple[str, ...] | None = None  # patterns; None means any namespace
    cert_authority: bool = False
    valid_after: dt.datetime | None = None
    valid_before: dt.datetime | None = None
    line_number: int = 0

    def allows_namespace(self, namespace: str) -> bool:
        return self.namespaces is None or match_pattern_list(namespace, self.namespaces)

    def valid_at(self, when: dt.datetime) -> bool:
        if self.valid_after and when < self.valid_after:
            return False
        if self.valid_before and when > self.valid_before:
            return False
        return True

    def allows_principal(self, name: str) -> bool:
        return match_pattern_list(name, self.principals)


@dataclass
class TrustFile:
    signers: list[AllowedSigner] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # lines skipped, with the reason
    source: str = ""

    def matching(self, key: PublicKey, namespace: str, when: dt.datetime | None = None) -> list[AllowedSigner]:
        """Entries that let ``key`` sign in ``namespace`` now (what ``ssh-keygen -Y find-principals`` finds)."""
        when = when or dt.datetime.now(dt.timezone.utc)
        return [
            s for s in self.signers
            if s.key == key and not s.cert_authority and s.allows_namespace(namespace) and s.valid_at(when)
        ]

    def principals_for(self, key: PublicKey, namespace: str, when: dt.datetime | None = None) -> list[str]:
        out: list[str] = []
        for s in self.matching(key, namespace, when):
            out.extend(p for p in s.principals if not p.startswith("!"))
        return out

    def knows_key(self, key: PublicKey) -> bool:
        return any(s.key == key for s in self.signers)


class TrustFileError(UserError):
    """The trust file cannot be read at all."""


def match_pattern(name: str, pattern: str) -> bool:
    """OpenSSH ``match_pattern``: ``*`` and ``?`` wildcards, case-sensitive, nothing else special."""
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, name, re.S) is not None


def match_pattern_list(name: str, patterns: tuple[str, ...] | list[str]) -> bool:
    """OpenSSH ``match_pattern_list``: any positive match, unless a ``!pattern`` matches."""
    matched = False
    for p in patterns:
        if p.startswith("!"):
            if match_pattern(name, p[1:]):
                return False
        elif match_pattern(name, p):
            matched = True
    return matched


def _take_field(s: str) -> tuple[str, str]:
    """One whitespace-delimited field; a field starting with ``"`` runs to the closing quote."""
    s = s.lstrip(" \t")
    if s.startswith('"'):
        end = s.find('"', 1)
        if end < 0:
            raise ValueError("unterminated quote")
        return s[1:end], s[end + 1:]
    m = re.match(r"[^ \t]*", s)
    return m.group(0), s[m.end():]


def _take_options(s: str) -> tuple[str, str]:
    """The options field: up to the first space or tab outside double quotes."""
    s = s.lstrip(" \t")
    quoted = False
    i = 0
    while i < len(s) and (quoted or s[i] not in " \t"):
        if s[i] == "\\" and i + 1 < len(s) and s[i + 1] == '"':
            i += 1
        elif s[i] == '"':
            quoted = not quoted
        i += 1
    if quoted:
        raise ValueError("unterminated quote in options")
    return s[:i], s[i:]


def _parse_time(value: str) -> dt.datetime:
    utc = value.endswith("Z") or value.endswith("z")
    digits = value[:-1] if utc else value
    formats = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
    if not digits.isdigit() or len(digits) not in formats:
        raise ValueError(f"bad time {value!r}")
    t = dt.datetime.strptime(digits, formats[len(digits)])
    if utc:
        return t.replace(tzinfo=dt.timezone.utc)
    return t.astimezone()  # local time, as OpenSSH reads it


def _parse_options(opts: str) -> dict:
    out: dict = {}
    rest = opts
    while rest:
        if rest.startswith(","):
            rest = rest[1:]
            continue
        m = re.match(r"([A-Za-z-]+)", rest)
        if not m:
            raise ValueError(f"bad option near {rest[:20]!r}")
        name = m.group(1).lower()
        rest = rest[m.end():]
        if name in out:
            raise ValueError(f"option {name} given twice")
        if name == "cert-authority":
            out[name] = True
        elif name in ("namespaces", "valid-after", "valid-before"):
            if not rest.startswith('="'):
                raise ValueError(f"option {name} needs a quoted value")
            end = rest.find('"', 2)
            if end < 0:
                raise ValueError(f"option {name}: unterminated quote")
            out[name] = rest[2:end]
            rest = rest[end + 1:]
        else:
            raise ValueError(f"unknown option {name}")
        if rest and not rest.startswith(","):
            raise ValueError(f"junk after option {name}")
    return out


def _parse_line(line: str, number: int) -> AllowedSigner:
    principals, rest = _take_field(line)
    if not principals:
        raise ValueError("no principals")
    rest = rest.lstrip(" \t")
    options: dict = {}
    if not rest.startswith(KEY_TYPES):
        opt_text, rest = _take_options(rest)
        options = _parse_options(opt_text)
        rest = rest.lstrip(" \t")
    parts = rest.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(KEY_TYPES):
        raise ValueError("no key")
    key: PublicKey | None = None
    if parts[0] == "ssh-ed25519":
        try:
            key = PublicKey.from_line(" ".join(parts[:2]))
        except KeyError_ as e:
            raise ValueError(e.en or e.message) from e
    ns = options.get("namespaces")
    return AllowedSigner(
        principals=tuple(p for p in principals.split(",") if p),
        key_type=parts[0],
        key=key,
        namespaces=tuple(n for n in ns.split(",") if n) if ns is not None else None,
        cert_authority=bool(options.get("cert-authority")),
        valid_after=_parse_time(options["valid-after"]) if "valid-after" in options else None,
        valid_before=_parse_time(options["valid-before"]) if "valid-before" in options else None,
        line_number=number,
    )


def parse_allowed_signers(text: str, source: str = "") -> TrustFile:
    trust = TrustFile(source=source)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip(" \t\r")
        if not line or line.startswith("#"):
            continue
        try:
            trust.signers.append(_parse_line(line, number))
        except ValueError as e:
            trust.problems.append(f"{source or 'allowed_signers'}:{number}: {e}")
    return trust


def load_trust_file(path: Path) -> TrustFile:
    try:
        if path.stat().st_size > MAX_TRUST_FILE:
            raise TrustFileError(f"信任文件 {path.name} 太大，不像 allowed_signers 文件。",
                                 en=f"The trust file {path.name} is too large to be an allowed_signers file.")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError as e:
        raise TrustFileError(f"找不到信任文件 {path}。", en=f"Trust file not found: {path}.") from e
    except UnicodeDecodeError as e:
        raise TrustFileError(f"信任文件 {path.name} 不是 UTF-8 文本。", en=f"The trust file {path.name} is not UTF-8 text.") from e
    except OSError as e:
        raise TrustFileError(f"无法读取信任文件 {path}：{e.strerror}", en=f"Cannot read the trust file {path}: {e.strerror}") from e
    trust = parse_allowed_signers(text, source=path.name)
    if not trust.signers:
        detail = "；".join(trust.problems[:3])
        raise TrustFileError(f"信任文件 {path.name} 中没有可用的公钥。{detail}",
                             en=f"The trust file {path.name} holds no usable key. {detail}")
    return trust


def format_allowed_signer(principal: str, key: PublicKey, namespace: str, comment: str = "") -> str:
    """One allowed_signers line; the principal is quoted when it holds spaces or tabs.

    OpenSSH splits principals at ASCII commas even inside quotes, so a comma is refused.
    """
    if not principal or any(c in principal for c in ',"\n\r'):
        raise ValueError("a principal must be non-empty and hold no comma, quote or line break")
    if any(c in principal for c in " \t"):
        principal = f'"{principal}"'
    line = f'{principal} namespaces="{namespace}" {key.line("")}'
    return line + (f" {comment}" if comment else "")
