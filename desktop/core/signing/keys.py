"""Ed25519 keys in OpenSSH formats: public key lines, SHA256 fingerprints, passphrase-protected private keys.

Only Ed25519 is generated and verified: it is deterministic (the same key and message
always give the same signature, so bundles are reproducible), fast, and supported by
every ``ssh-keygen`` since OpenSSH 6.5.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.errors import UserError
from desktop.core.signing.sshwire import Reader, WireError, string

KEY_TYPE = "ssh-ed25519"
MIN_PASSPHRASE = 8


class KeyError_(UserError):
    """A key file is unreadable, of the wrong kind, or the passphrase is wrong."""


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key as OpenSSH encodes it (the wire blob), with its comment."""

    blob: bytes
    comment: str = ""

    @classmethod
    def from_raw(cls, raw32: bytes, comment: str = "") -> "PublicKey":
        return cls(string(KEY_TYPE) + string(raw32), comment)

    @classmethod
    def from_blob(cls, blob: bytes, comment: str = "") -> "PublicKey":
        try:
            r = Reader(blob)
            kind = r.string()
            raw = r.string()
            r.done()
        except WireError as e:
            raise KeyError_("公钥数据已损坏。", en="The public key data is corrupt.") from e
        if kind != KEY_TYPE.encode():
            name = kind.decode("ascii", "replace")
            raise KeyError_(f"不支持的公钥类型 {name}（只支持 ssh-ed25519）。",
                            en=f"Unsupported key type {name} (only ssh-ed25519 is supported).")
        if len(raw) != 32:
            raise KeyError_("Ed25519 公钥长度不对。", en="An Ed25519 public key must be 32 bytes.")
        return cls(blob, comment)

    @classmethod
    def from_line(cls, line: str) -> "PublicKey":
        """Parse ``ssh-ed25519 AAAA… comment`` (the .pub file / authorized_keys form)."""
        parts = line.strip().split(None, 2)
        if len(parts) < 2:
            raise KeyError_("这不是 OpenSSH 格式的公钥（应为“ssh-ed25519 AAAA… 备注”）。",
                            en="Not an OpenSSH public key line (expected 'ssh-ed25519 AAAA… comment').")
        try:
            blob = base64.b64decode(parts[1], validate=True)
        except (binascii.Error, ValueError) as e:
            raise KeyError_("公钥的 Base64 数据有误。", en="The public key's base64 data is invalid.") from e
        key = cls.from_blob(blob, parts[2].strip() if len(parts) > 2 else "")
        if parts[0] != KEY_TYPE:
            raise KeyError_(f"公钥类型写的是 {parts[0]}，数据却是 ssh-ed25519。",
                            en=f"The line says {parts[0]} but the key data is ssh-ed25519.")
        return key

    @property
    def raw(self) -> bytes:
        r = Reader(self.blob)
        r.string()
        return r.string()

    @property
    def base64(self) -> str:
        return base64.b64encode(self.blob).decode("ascii")

    def line(self, comment: str | None = None) -> str:
        c = self.comment if comment is None else comment
        return f"{KEY_TYPE} {self.base64}" + (f" {c}" if c else "")

    @property
    def fingerprint(self) -> str:
        """``SHA256:…`` exactly as ``ssh-keygen -l`` prints it (unpadded base64 of SHA-256 of the blob)."""
        digest = hashlib.sha256(self.blob).digest()
        return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")

    def fingerprint_line(self) -> str:
        """The whole line ``ssh-keygen -lf key.pub`` prints."""
        return f"256 {self.fingerprint} {self.comment or 'no comment'} (ED25519)"

    def verify_raw(self, signature64: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature64, data)
            return True
        except InvalidSignature:
            return False

    def __eq__(self, other) -> bool:  # the comment is a label, not part of the key
        return isinstance(other, PublicKey) and other.blob == self.blob

    def __hash__(self) -> int:
        return hash(self.blob)


class Signer:
    """A private key in memory. Never printed, logged or serialised except encrypted."""

    def __init__(self, private_key: Ed25519PrivateKey, comment: str = ""):
        self._key = private_key
        raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public_key = PublicKey.from_raw(raw, comment)

    @classmethod
    def generate(cls, comment: str = "") -> "Signer":
        return cls(Ed25519PrivateKey.generate(), comment)

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    def sign_raw(self, data: bytes) -> bytes:
        return self._key.sign(data)

    def to_openssh(self, passphrase: str) -> bytes:
        """The private key as an OpenSSH key file, encrypted (aes256-ctr, bcrypt KDF) with the passphrase."""
        check_new_passphrase(passphrase)
        return self._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        )

    @classmethod
    def from_openssh(cls, data: bytes, passphrase: str, comment: str = "") -> "Signer":
        try:
            key = serialization.load_ssh_private_key(data, passphrase.encode("utf-8") if passphrase else None)
        except (ValueError, TypeError) as e:
            text = str(e).lower()
            if "password" in text or "checksum" in text or "decrypt" in text:
                raise KeyError_("口令不正确，无法打开签名私钥。请重新输入。",
                                en="Wrong passphrase: the signing key cannot be opened.") from e
            raise KeyError_("私钥文件已损坏或不是 OpenSSH 格式。",
                            en="The private key file is corrupt or not in OpenSSH format.") from e
        except UnsupportedAlgorithm as e:
            raise KeyError_("私钥使用了不支持的加密方式。", en="The private key uses an unsupported cipher.") from e
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyError_("私钥不是 Ed25519 密钥。", en="The private key is not an Ed25519 key.")
        return cls(key, comment)

    def __repr__(self) -> str:
        return f"Signer({self.fingerprint})"

    def __reduce__(self):  # refuse pickling: a private key must not travel by accident
        raise TypeError("Signer cannot be pickled")


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyError_(f"口令太短：至少需要 {MIN_PASSPHRASE} 个字符。",
                        en=f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.")
