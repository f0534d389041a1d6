"""The unit's signing key inside the workspace (``<workspace>/keys/``): create, load, back up, restore.

The private key is only ever on disk encrypted with the user's passphrase, in the
OpenSSH format, so ``ssh-keygen -y -f`` can read it with the passphrase: the unit is
never locked into this program. Nothing here logs or prints key material.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core.errors import NotFound, UserError
from desktop.core.signing.allowed_signers import format_allowed_signer
from desktop.core.signing.keys import KeyError_, PublicKey, Signer
from desktop.core.signing.sshsig import BUNDLE_NAMESPACE

KEYS_DIR = "keys"
PRIVATE_NAME = "signing_ed25519"
PUBLIC_NAME = PRIVATE_NAME + ".pub"
INFO_NAME = "key.json"


@dataclass(frozen=True)
class KeyRegistration:
    """What the key registration form (公钥登记表) shows; the printing code renders it, the office imports it."""

    unit: str
    fingerprint: str
    public_key: str  # the OpenSSH public key line
    allowed_signers: str  # a ready line for the office's trust file (also the QR code's content)
    created: str  # ISO date the key was made
    algorithm: str = "ED25519"
    namespace: str = BUNDLE_NAMESPACE

    def to_dict(self) -> dict:
        return asdict(self)


def key_dir(workspace: Path) -> Path:
    return Path(workspace) / KEYS_DIR


def has_key(workspace: Path) -> bool:
    return (key_dir(workspace) / PRIVATE_NAME).exists()


def _write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".partial", dir=path.parent)
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _no_key(workspace: Path) -> NotFound:
    return NotFound(
        "本工作区还没有签名密钥。请先运行 evidence-desk keygen 生成密钥。",
        en="This workspace has no signing key yet. Run 'evidence-desk keygen' first.",
    )


def generate(workspace: Path, passphrase: str, unit: str, *, replace: bool = False,
             today: dt.date | None = None) -> KeyRegistration:
    """Make a new key; an existing one is kept aside in ``keys/retired/`` only when ``replace`` is asked for."""
    folder = key_dir(workspace)
    if has_key(workspace):
        if not replace:
            old = load_public(workspace)
            raise UserError(
                f"本工作区已有签名密钥（{old.fingerprint}）。更换密钥后需要重新向依法治市办登记；"
                "确需更换，请加 --replace。",
                en=f"This workspace already has a signing key ({old.fingerprint}). A new key must be registered "
                   "with the office again; add --replace if you really mean it.",
            )
        _retire(workspace)
    signer = Signer.generate(comment=unit)
    data = signer.to_openssh(passphrase)
    created = (today or dt.date.today()).isoformat()
    _write_atomic(folder / PRIVATE_NAME, data, 0o600)
    _write_atomic(folder / PUBLIC_NAME, (signer.public_key.line(unit) + "\n").encode("utf-8"), 0o644)
    info = {"unit": unit, "fingerprint": signer.fingerprint, "created": created, "algorithm": "ED25519"}
    _write_atomic(folder / INFO_NAME, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"), 0o644)
    return registration(workspace)


def _retire(workspace: Path) -> Path:
    folder = key_dir(workspace)
    old = load_public(workspace)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = folder / "retired" / f"{stamp}-{old.fingerprint[7:15].replace('/', '_').replace('+', '-')}"
    dest.mkdir(parents=True, exist_ok=False)
    for name in (PRIVATE_NAME, PUBLIC_NAME, INFO_NAME):
        if (folder / name).exists():
            os.replace(folder / name, dest / name)
    return dest


def _info(workspace: Path) -> dict:
    try:
        return json.loads((key_dir(workspace) / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def load_public(workspace: Path) -> PublicKey:
    path = key_dir(workspace) / PUBLIC_NAME
    if not path.exists():
        if has_key(workspace):
            raise KeyError_("公钥文件缺失。请用 keygen --restore 从备份恢复密钥。",
                            en="The public key file is missing; restore the key with 'keygen --restore'.")
        raise _no_key(workspace)
    return PublicKey.from_line(path.read_text(encoding="utf-8"))


def load_signer(workspace: Path, passphrase: str) -> Signer:
    path = key_dir(workspace) / PRIVATE_NAME
    if not path.exists():
        raise _no_key(workspace)
    public = load_public(workspace)
    signer = Signer.from_openssh(path.read_bytes(), passphrase, comment=public.comment)
    if signer.public_key != public:
        raise KeyError_("私钥与公钥文件不匹配，密钥文件夹可能被改动过。",
                        en="The private key does not match the public key file; the keys folder was altered.")
    return signer


def registration(workspace: Path) -> KeyRegistration:
    public = load_public(workspace)
    info = _info(workspace)
    unit = info.get("unit") or public.comment
    created = info.get("created") or dt.date.fromtimestamp(
        (key_dir(workspace) / PUBLIC_NAME).stat().st_mtime).isoformat()
    return KeyRegistration(
        unit=unit,
        fingerprint=public.fingerprint,
        public_key=public.line(unit),
        allowed_signers=format_allowed_signer(unit, public, BUNDLE_NAMESPACE, comment=created),
        created=created,
    )


def backup(workspace: Path, out: Path) -> Path:
    """Copy the encrypted private key (it still needs the passphrase) to ``out`` (a file, or a folder for it)."""
    src = key_dir(workspace) / PRIVATE_NAME
    if not src.exists():
        raise _no_key(workspace)
    reg = registration(workspace)
    out = Path(out)
    if out.is_dir():
        short = reg.fingerprint[7:15].replace("/", "_").replace("+", "-")
        out = out / f"{reg.unit}_签名密钥备份_{short}.key"
    if out.exists():
        raise UserError(f"{out} 已存在，为免覆盖，请换一个文件名。", en=f"{out} exists; choose another name.")
    _write_atomic(out, src.read_bytes(), 0o600)
    return out


def restore(workspace: Path, backup_file: Path, passphrase: str, *, unit: str | None = None,
            replace: bool = False) -> KeyRegistration:
    """Install a backed-up key; the passphrase is checked first so a wrong file or passphrase changes nothing."""
    try:
        data = Path(backup_file).read_bytes()
    except OSError as e:
        raise UserError(f"无法读取备份文件 {backup_file}：{e.strerror}", en=f"Cannot read {backup_file}: {e.strerror}") from e
    signer = Signer.from_openssh(data, passphrase)
    if has_key(workspace):
        if load_public(workspace) == signer.public_key:
            return registration(workspace)
        if not replace:
            raise UserError("本工作区已有另一个签名密钥；确需换成备份中的密钥，请加 --replace。",
                            en="This workspace has a different signing key; add --replace to use the backup instead.")
        _retire(workspace)
    info_unit = unit or "未命名单位"
    folder = key_dir(workspace)
    _write_atomic(folder / PRIVATE_NAME, data, 0o600)
    _write_atomic(folder / PUBLIC_NAME, (signer.public_key.line(info_unit) + "\n").encode("utf-8"), 0o644)
    info = {"unit": info_unit, "fingerprint": signer.fingerprint, "created": dt.date.today().isoformat(),
            "algorithm": "ED25519", "restored_from_backup": True}
    _write_atomic(folder / INFO_NAME, json.dumps(info, ensure_ascii=False, indent=1).encode("utf-8"), 0o644)
    return registration(workspace)


