"""Signing keys and SSHSIG signatures, checked against the real ssh-keygen."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.signing import keystore, sshsig
from desktop.core.signing.allowed_signers import (
    format_allowed_signer, load_trust_file, match_pattern_list, parse_allowed_signers,
)
from desktop.core.signing.keys import KeyError_, PublicKey, Signer

PASS = "correct horse battery"
NS = sshsig.BUNDLE_NAMESPACE

needs_ssh_keygen = pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen not installed")


def ssh_keygen(*args, input: bytes | None = None, cwd=None):
    return subprocess.run(["ssh-keygen", *args], input=input, capture_output=True, cwd=cwd, timeout=60)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    ws = tmp_path_factory.mktemp("ws")
    keystore.generate(ws, PASS, "市司法局", today=dt.date(2024, 3, 15))
    return ws


@pytest.fixture(scope="module")
def signer(workspace) -> Signer:
    return keystore.load_signer(workspace, PASS)


@needs_ssh_keygen
def test_private_key_is_encrypted_openssh_that_ssh_keygen_reads(workspace, signer):
    private = keystore.key_dir(workspace) / keystore.PRIVATE_NAME
    text = private.read_text()
    assert text.startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    assert "aes256-ctr" in subprocess.run(["base64", "-d"], input=text.split("\n", 1)[1].rsplit("-----END", 1)[0].encode(),
                                          capture_output=True).stdout.decode("latin-1")
    r = ssh_keygen("-y", "-P", PASS, "-f", str(private))
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().split()[:2] == signer.public_key.line().split()[:2]
    wrong = ssh_keygen("-y", "-P", "not the passphrase", "-f", str(private))
    assert wrong.returncode != 0
    assert private.stat().st_mode & 0o077 == 0


@needs_ssh_keygen
def test_fingerprint_is_what_ssh_keygen_prints(workspace, signer):
    r = ssh_keygen("-lf", str(keystore.key_dir(workspace) / keystore.PUBLIC_NAME))
    assert r.stdout.decode().strip() == signer.public_key.fingerprint_line()
    assert signer.fingerprint.startswith("SHA256:") and "=" not in signer.fingerprint


@needs_ssh_keygen
@pytest.mark.parametrize("message", [b"", b"hello\n", "清单\n".encode() * 5000, bytes(range(256)) * 300])
def test_signature_is_byte_identical_to_ssh_keygen(workspace, signer, tmp_path, message):
    msg = tmp_path / "msg"
    msg.write_bytes(message)
    r = ssh_keygen("-Y", "sign", "-n", NS, "-P", PASS, "-f", str(keystore.key_dir(workspace) / keystore.PRIVATE_NAME),
                   str(msg))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "msg.sig").read_text() == sshsig.sign(signer, message)


@needs_ssh_keygen
def test_ssh_keygen_verifies_our_signature_with_allowed_signers(workspace, signer, tmp_path):
    msg = tmp_path / "tagmanifest-sha256.txt"
    msg.write_bytes(b"abc  bagit.txt\n")
    sig = tmp_path / "sig"
    sig.write_text(sshsig.sign(signer, msg.read_bytes()))
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(keystore.registration(workspace).allowed_signers + "\n")
    ok = ssh_keygen("-Y", "verify", "-f", str(allowed), "-I", "市司法局", "-n", NS, "-s", str(sig),
                    input=msg.read_bytes())
    assert ok.returncode == 0, ok.stderr
    assert b"Good" in ok.stdout
    tampered = ssh_keygen("-Y", "verify", "-f", str(allowed), "-I", "市司法局", "-n", NS, "-s", str(sig),
                          input=msg.read_bytes() + b"x")
    assert tampered.returncode != 0
    other_ns = ssh_keygen("-Y", "verify", "-f", str(allowed), "-I", "市司法局", "-n", "file", "-s", str(sig),
                          input=msg.read_bytes())
    assert other_ns.returncode != 0


@needs_ssh_keygen
def test_we_verify_signatures_made_by_ssh_keygen(tmp_path):
    key = tmp_path / "k"
    assert ssh_keygen("-q", "-t", "ed25519", "-N", "", "-C", "某单位", "-f", str(key)).returncode == 0
    msg = tmp_path / "m"
    msg.write_bytes("内容\n".encode())
    assert ssh_keygen("-Y", "sign", "-n", NS, "-f", str(key), str(msg)).returncode == 0
    info = sshsig.verify((tmp_path / "m.sig").read_text(), msg.read_bytes(), NS)
    assert info.public_key == PublicKey.from_line((tmp_path / "k.pub").read_text())
    assert info.hash_algorithm == "sha512"


@needs_ssh_keygen
def test_ssh_keygen_sha256_signatures_verify_too(tmp_path):
    key = tmp_path / "k"
    ssh_keygen("-q", "-t", "ed25519", "-N", "", "-f", str(key))
    msg = tmp_path / "m"
    msg.write_bytes(b"x")
    assert ssh_keygen("-Y", "sign", "-n", NS, "-O", "hashalg=sha256", "-f", str(key), str(msg)).returncode == 0
    assert sshsig.verify((tmp_path / "m.sig").read_text(), b"x", NS).hash_algorithm == "sha256"


def test_tampered_message_is_rejected(signer):
    sig = sshsig.sign(signer, b"original")
    with pytest.raises(sshsig.SignatureError) as e:
        sshsig.verify(sig, b"originaL")
    assert e.value.code == "signature.mismatch"


def test_flipped_byte_in_signature_is_rejected(signer):
    sig = sshsig.sign(signer, b"original")
    lines = sig.splitlines()
    # flip a character inside the Ed25519 signature bytes (the last base64 line before END)
    target = lines[-2]
    flipped = target[:10] + ("A" if target[10] != "A" else "B") + target[11:]
    bad = "\n".join(lines[:-2] + [flipped] + lines[-1:]) + "\n"
    with pytest.raises(sshsig.SignatureError) as e:
        sshsig.verify(bad, b"original")
    assert e.value.code in {"signature.mismatch", "signature.malformed"}


def test_wrong_namespace_is_rejected(signer):
    sig = sshsig.sign(signer, b"m", namespace="file")
    with pytest.raises(sshsig.SignatureError) as e:
        sshsig.verify(sig, b"m", NS)
    assert e.value.code == "signature.namespace"
    assert "file" in e.value.message


@pytest.mark.parametrize("text", ["", "hello", "-----BEGIN SSH SIGNATURE-----\n!!!\n-----END SSH SIGNATURE-----\n",
                                  "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n"])
def test_malformed_signatures_are_rejected(text):
    with pytest.raises(sshsig.SignatureError) as e:
        sshsig.verify(text, b"m")
    assert e.value.code == "signature.malformed"


def test_wrong_passphrase_is_a_user_error(workspace):
    with pytest.raises(KeyError_) as e:
        keystore.load_signer(workspace, "wrong passphrase")
    assert "口令" in e.value.message


def test_short_passphrase_refused(tmp_path):
    with pytest.raises(UserError):
        keystore.generate(tmp_path, "short", "市司法局")
    assert not keystore.has_key(tmp_path)


def test_existing_key_not_replaced_without_asking(tmp_path):
    first = keystore.generate(tmp_path, PASS, "市司法局")
    with pytest.raises(UserError) as e:
        keystore.generate(tmp_path, PASS, "市司法局")
    assert first.fingerprint in e.value.message
    second = keystore.generate(tmp_path, PASS, "市司法局", replace=True)
    assert second.fingerprint != first.fingerprint
    retired = list((keystore.key_dir(tmp_path) / "retired").iterdir())
    assert len(retired) == 1 and (retired[0] / keystore.PRIVATE_NAME).exists()


def test_backup_and_restore(workspace, signer, tmp_path):
    out = keystore.backup(workspace, tmp_path)
    assert out.parent == tmp_path and out.read_bytes() == (keystore.key_dir(workspace) / keystore.PRIVATE_NAME).read_bytes()
    with pytest.raises(UserError):
        keystore.backup(workspace, out)  # never overwrites
    fresh = tmp_path / "fresh"
    with pytest.raises(KeyError_):
        keystore.restore(fresh, out, "wrong passphrase")
    assert not keystore.has_key(fresh)
    reg = keystore.restore(fresh, out, PASS, unit="市司法局")
    assert reg.fingerprint == signer.fingerprint
    assert keystore.load_signer(fresh, PASS).fingerprint == signer.fingerprint


def test_private_key_never_in_repr_or_registration(workspace, signer):
    private_text = (keystore.key_dir(workspace) / keystore.PRIVATE_NAME).read_text()
    body = "".join(private_text.splitlines()[1:-1])
    reg = keystore.registration(workspace)
    assert body[:40] not in repr(signer) and body[:40] not in str(reg.to_dict())
    with pytest.raises(TypeError):
        import pickle
        pickle.dumps(signer)


# --- allowed_signers -------------------------------------------------------------------------------------------


def test_allowed_signers_parsing(signer):
    key = signer.public_key.line("")
    text = "\n".join([
        "# the office's trust file",
        "",
        f'市司法局 namespaces="{NS}" {key} 2024-03-15',
        f'"市 公安局,备用*" cert-authority {key}',
        f'"市 公安局",备用* {key}',  # OpenSSH rejects text after a closing quote
        f'市*,!市财政局 namespaces="x,evidence-*",valid-after="20200101",valid-before="20991231Z" {key}',
        f"老单位 valid-before=\"20010101\" {key}",
        f"坏行 unknown-option {key}",
        "只有名字",
        f"rsa用户 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC comment",
    ])
    trust = parse_allowed_signers(text, "allowed_signers")
    assert [s.line_number for s in trust.signers] == [3, 4, 6, 7, 10]
    assert len(trust.problems) == 3 and "allowed_signers:5" in trust.problems[0]
    assert trust.signers[1].principals == ("市 公安局", "备用*") and trust.signers[1].cert_authority
    assert trust.signers[2].namespaces == ("x", "evidence-*")
    assert trust.signers[4].key is None and trust.signers[4].key_type == "ssh-rsa"
    # cert-authority lines and expired lines do not vouch for a plain signature
    assert trust.principals_for(signer.public_key, NS) == ["市司法局", "市*"]
    assert trust.principals_for(signer.public_key, "file") == []
    assert match_pattern_list("市司法局", ("市*", "!市财政局"))
    assert not match_pattern_list("市财政局", ("市*", "!市财政局"))


@needs_ssh_keygen
def test_our_allowed_signers_line_works_in_ssh_keygen_with_spaces(signer, tmp_path):
    line = format_allowed_signer("市 司法局", signer.public_key, NS, comment="2024-03-15")
    assert line.startswith('"市 司法局" ')
    (tmp_path / "as").write_text(line + "\n")
    msg = b"m"
    (tmp_path / "sig").write_text(sshsig.sign(signer, msg))
    r = ssh_keygen("-Y", "verify", "-f", str(tmp_path / "as"), "-I", "市 司法局", "-n", NS, "-s", str(tmp_path / "sig"),
                   input=msg)
    assert r.returncode == 0, r.stderr
    trust = load_trust_file(tmp_path / "as")
    assert trust.principals_for(signer.public_key, NS) == ["市 司法局"]
    with pytest.raises(ValueError):
        format_allowed_signer("a,b", signer.public_key, NS)


def test_trust_file_without_keys_is_refused(tmp_path):
    (tmp_path / "as").write_text("# nothing here\n")
    with pytest.raises(UserError):
        load_trust_file(tmp_path / "as")
    with pytest.raises(UserError):
        load_trust_file(tmp_path / "missing")
