"""The review file (审核意见) the office sends a unit: a small ZIP holding signed JSON — written here, read by the unit.

Format (docs/office.md): ``feedback.json`` (canonical JSON) and
``feedback.json.sshsig`` (SSHSIG, namespace ``evidence-desk-feedback``, by the
office's Ed25519 key), nothing else. ``ssh-keygen -Y verify`` checks it without this
program. The JSON carries the office's public key and fingerprint, so the unit can
confirm the fingerprint once (by phone, from a letter) and trust that key from then on.
A ZIP rather than two loose files: one attachment, nothing to keep together by hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.bundle.model import canonical_json
from desktop.core.bundle.zipread import EntryError, SafeZipReader, ZipFatal
from desktop.core.errors import UserError
from desktop.core.printing.output import atomic_output
from desktop.core.signing import sshsig
from desktop.core.signing.keys import KeyError_, PublicKey, Signer

FEEDBACK_FORMAT = "evidence-desk-feedback"
FEEDBACK_NAMESPACE = "evidence-desk-feedback"
JSON_NAME = "feedback.json"
SIG_NAME = JSON_NAME + ".sshsig"
MAX_JSON = 16 << 20
MAX_FILE = 32 << 20
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class FeedbackError(UserError):
    """A review file that cannot be used: damaged, unsigned, signed by someone else, meant for another unit."""

    def __init__(self, message: str, *, en: str, code: str):
        super().__init__(message, en=en)
        self.code = code


@dataclass(frozen=True)
class Feedback:
    """A review file whose signature holds; whether its key is the office's is the reader's decision."""

    doc: dict
    key: PublicKey
    sha256: str  # of feedback.json

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint

    @property
    def feedback_id(self) -> str:
        return str(self.doc.get("feedback_id", ""))

    @property
    def unit(self) -> str:
        return str(self.doc.get("unit", ""))

    @property
    def office_name(self) -> str:
        return str((self.doc.get("office") or {}).get("name", ""))

    @property
    def issued(self) -> str:
        return str(self.doc.get("issued", ""))

    @property
    def reviews(self) -> list[dict]:
        return list(self.doc.get("reviews", ()))


def feedback_name(office_name: str, unit: str, when: dt.datetime) -> str:
    from desktop.core.bundle.bagpath import clean_component

    return clean_component(f"{office_name}审核意见_{unit}_{when:%Y%m%d-%H%M}") + ".zip"


def write_feedback(doc: dict, signer: Signer, out: Path) -> tuple[Path, str]:
    """Sign ``doc`` and write the ZIP atomically; returns (path, SHA-256 of the ZIP)."""
    raw = canonical_json(doc)
    sig = sshsig.sign(signer, raw, FEEDBACK_NAMESPACE).encode("ascii")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in ((JSON_NAME, raw), (SIG_NAME, sig)):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.flag_bits |= 0x800  # names are UTF-8
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            z.writestr(info, data)
    data = buf.getvalue()
    with atomic_output(out) as tmp:
        tmp.write_bytes(data)
    return out, hashlib.sha256(data).hexdigest()


def read_feedback(path: Path) -> Feedback:
    """Open a review file and check its structure and signature (not yet who signed it)."""
    path = Path(path)
    bad = lambda zh, en, code="feedback.malformed": FeedbackError(zh, en=en, code=code)  # noqa: E731
    try:
        if path.stat().st_size > MAX_FILE:
            raise bad(f"{path.name} 太大，不是审核意见文件。", f"{path.name} is too large to be a review file.")
        reader = SafeZipReader(path)
    except FileNotFoundError:
        raise bad(f"找不到文件 {path}。", f"{path} not found.", "input.missing") from None
    except ZipFatal as e:
        raise bad(f"{path.name} 不是有效的审核意见文件（{e.problem.zh}）。", f"{path.name} is not a review file ({e.problem.en}).") from None
    except OSError as e:
        raise bad(f"无法读取 {path}：{e.strerror}", f"Cannot read {path}: {e.strerror}", "input.unreadable") from None
    with reader:
        names = sorted(m.name for m in reader.members)
        if reader.problems or names != sorted([JSON_NAME, SIG_NAME]):
            raise bad(f"{path.name} 不是审核意见文件（应只含 {JSON_NAME} 和它的签名）。",
                      f"{path.name} is not a review file (it must hold {JSON_NAME} and its signature only).")
        members = {m.name: m for m in reader.members}
        try:
            raw = reader.read(members[JSON_NAME], MAX_JSON)
            sig = reader.read(members[SIG_NAME], sshsig.MAX_ARMOR)
        except EntryError as e:
            raise bad(f"{path.name} 已损坏（{e.problem.zh}）。", f"{path.name} is damaged ({e.problem.en}).") from None
    try:
        info = sshsig.verify(sig, raw, FEEDBACK_NAMESPACE)
    except sshsig.SignatureError as e:
        raise bad(f"审核意见文件的签名无效：{e.message}这个文件不能导入。", f"The review file's signature is invalid: {e.en}",
                  "feedback.signature") from None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FEEDBACK_FORMAT or not isinstance(doc.get("reviews"), list):
            raise ValueError("format")
        office = doc.get("office") or {}
        claimed = PublicKey.from_line(str(office.get("public_key", "")))
    except (ValueError, UnicodeDecodeError, KeyError_, AttributeError):
        raise bad(f"{path.name} 的内容格式不对，不是本程序生成的审核意见。",
                  f"{path.name} does not hold a review file made by this program.") from None
    if claimed != info.public_key or office.get("fingerprint") != info.fingerprint:
        raise bad("审核意见中写的依法治市办公钥与实际签名的密钥不符，这个文件不能导入。",
                  "The office key named in the review file is not the key that signed it.", "feedback.signature")
    return Feedback(doc, info.public_key, hashlib.sha256(raw).hexdigest())
