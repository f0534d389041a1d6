"""Ed25519 signing keys and OpenSSH-compatible SSHSIG signatures (verifiable with ``ssh-keygen -Y verify``)."""

from desktop.core.signing.allowed_signers import AllowedSigner, TrustFile, load_trust_file, parse_allowed_signers
from desktop.core.signing.keys import PublicKey, Signer
from desktop.core.signing.sshsig import BUNDLE_NAMESPACE, SignatureError, SignatureInfo, sign, verify

__all__ = [
    "AllowedSigner", "BUNDLE_NAMESPACE", "PublicKey", "SignatureError", "SignatureInfo", "Signer", "TrustFile",
    "load_trust_file", "parse_allowed_signers", "sign", "verify",
]
