"""SSHSIG signatures (OpenSSH PROTOCOL.sshsig): the format ``ssh-keygen -Y sign`` writes and ``-Y verify`` reads.

A signature binds a message's SHA-512 hash to a *namespace*, so a signature made for one
purpose cannot be replayed for another. Bundles use ``evidence-desk-bundle``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from desktop.core.errors import UserError
from desktop.core.signing.keys import KEY_TYPE, KeyError_, PublicKey, Signer
from desktop.core.signing.sshwire import Reader, WireError, string, u32

BUNDLE_NAMESPACE = "evidence-desk-bundle"
MAGIC = b"SSHSIG"
VERSION = 1
HASHES = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
MAX_ARMOR = 64 * 1024


class SignatureError(UserError):
    """A signature is malformed, made for another purpose, or does not match the message."""

    def __init__(self, message: str, *, en: str, code: str):
        super().__init__(message, en=en)
        self.code = code


@dataclass(frozen=True)
class SignatureInfo:
    """What a valid signature says: who signed (the key) for what (namespace) with which hash."""

    public_key: PublicKey
    namespace: str
    hash_algorithm: str

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


def _signed_data(namespace: str, hash_algorithm: str, digest: bytes) -> bytes:
    return MAGIC + string(namespace) + string(b"") + string(hash_algorithm) + string(digest)


def armor(blob: bytes) -> str:
    """Base64 in 70-column lines between the BEGIN/END markers, as ``ssh-keygen`` writes it."""
    b64 = base64.b64encode(blob).decode("ascii")
    lines = [b64[i:i + 70] for i in range(0, len(b64), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def dearmor(text: str | bytes) -> bytes:
    if isinstance(text, bytes):
        if len(text) > MAX_ARMOR:
            raise SignatureError("签名文件过大，不是 SSH 签名。", en="The signature file is too large to be an SSH signature.",
                                 code="signature.malformed")
        text = text.decode("ascii", "replace")
    body = text.strip()
    if not body.startswith(BEGIN) or not body.endswith(END):
        raise SignatureError("签名文件格式不对（缺少 BEGIN/END SSH SIGNATURE 标记）。",
                             en="The signature file lacks the BEGIN/END SSH SIGNATURE markers.", code="signature.malformed")
    inner = "".join(body[len(BEGIN):-len(END)].split())
    try:
        return base64.b64decode(inner, validate=True)
    except (binascii.Error, ValueError) as e:
        raise SignatureError("签名文件的 Base64 数据已损坏。", en="The signature's base64 data is corrupt.",
                             code="signature.malformed") from e


def sign(signer: Signer, message: bytes, namespace: str = BUNDLE_NAMESPACE, hash_algorithm: str = "sha512") -> str:
    """An armored SSHSIG signature over ``message``; byte-identical to ``ssh-keygen -Y sign`` with the same key."""
    if not namespace:
        raise ValueError("the namespace must not be empty")
    digest = HASHES[hash_algorithm](message).digest()
    sig64 = signer.sign_raw(_signed_data(namespace, hash_algorithm, digest))
    sig_blob = string(KEY_TYPE) + string(sig64)
    blob = (MAGIC + u32(VERSION) + string(signer.public_key.blob) + string(namespace) + string(b"")
            + string(hash_algorithm) + string(sig_blob))
    return armor(blob)


def parse(armored: str | bytes) -> tuple[PublicKey, str, str, bytes]:
    """Split a signature into (key, namespace, hash algorithm, raw Ed25519 signature), checking its structure."""
    blob = dearmor(armored)
    try:
        r = Reader(blob)
        if r.raw(6) != MAGIC:
            raise SignatureError("这不是 SSHSIG 签名（开头标记不对）。", en="Not an SSHSIG signature (bad magic).",
                                 code="signature.malformed")
        version = r.u32()
        if version != VERSION:
            raise SignatureError(f"不支持的签名版本 {version}。", en=f"Unsupported signature version {version}.",
                                 code="signature.malformed")
        key_blob = r.string()
        namespace = r.text()
        r.string()  # reserved
        hash_algorithm = r.text()
        sig_blob = r.string()
        r.done()
        sr = Reader(sig_blob)
        sig_type = sr.string()
        sig64 = sr.string()
        sr.done()
    except WireError as e:
        raise SignatureError("签名数据已损坏（结构不完整）。", en=f"The signature data is corrupt ({e}).",
                             code="signature.malformed") from e
    try:
        key = PublicKey.from_blob(key_blob)
    except KeyError_ as e:
        raise SignatureError(f"签名使用的密钥无法识别：{e.message}", en=f"Unusable signing key: {e.en}",
                             code="signature.key") from e
    if sig_type != KEY_TYPE.encode() or len(sig64) != 64:
        raise SignatureError("签名类型不是 ssh-ed25519。", en="The signature is not an ssh-ed25519 signature.",
                             code="signature.malformed")
    return key, namespace, hash_algorithm, sig64


def verify(armored: str | bytes, message: bytes, namespace: str = BUNDLE_NAMESPACE) -> SignatureInfo:
    """Check that ``armored`` is a valid signature over ``message`` in ``namespace``; raise SignatureError if not.

    Which key signed is returned, not judged: trusting that key is the caller's
    decision (an allowed_signers file, a registered fingerprint).
    """
    key, ns, hash_algorithm, sig64 = parse(armored)
    if ns != namespace:
        raise SignatureError(f"签名的用途（命名空间）是“{ns}”，不是“{namespace}”。",
                             en=f"The signature's namespace is '{ns}', not '{namespace}'.", code="signature.namespace")
    if hash_algorithm not in HASHES:
        raise SignatureError(f"不支持的签名散列算法 {hash_algorithm}。",
                             en=f"Unsupported signature hash {hash_algorithm}.", code="signature.malformed")
    digest = HASHES[hash_algorithm](message).digest()
    if not key.verify_raw(sig64, _signed_data(ns, hash_algorithm, digest)):
        raise SignatureError("签名与内容不符：文件在签名后被改动过，或签名已损坏。",
                             en="The signature does not match: the content was changed after signing, or the signature is damaged.",
                             code="signature.mismatch")
    return SignatureInfo(key, ns, hash_algorithm)
