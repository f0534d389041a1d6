"""The keygen, pubkey and verify commands, run as the real program."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from desktop.core.bundle.model import PreviousSubmission
from desktop.core.signing import keystore
from tests.bundle_support import build, corpus

PASS = "一二三四五六七八 pass"


@pytest.fixture
def ws(tmp_path):
    return tmp_path / "ws"


@pytest.fixture
def passfile(tmp_path):
    p = tmp_path / "pass.txt"
    p.write_text(PASS + "\n", encoding="utf-8")
    return p


def test_keygen_pubkey_and_backup(cli, ws, passfile, tmp_path):
    r = cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(passfile),
            "--backup", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "SHA256:" in r.stdout and "市司法局" in r.stdout
    assert PASS not in r.stdout + r.stderr
    backups = list(tmp_path.glob("*.key"))
    assert len(backups) == 1
    pub = cli("--workspace", str(ws), "pubkey")
    assert pub.returncode == 0 and pub.stdout.startswith("ssh-ed25519 ") and "SHA256:" in pub.stderr
    if shutil.which("ssh-keygen"):
        derived = subprocess.run(["ssh-keygen", "-y", "-P", PASS, "-f", str(backups[0])], capture_output=True, text=True)
        assert derived.stdout.split()[:2] == pub.stdout.split()[:2]
    line = cli("--workspace", str(ws), "pubkey", "--allowed-signers").stdout.strip()
    assert line.startswith('市司法局 namespaces="evidence-desk-bundle" ssh-ed25519 ')
    again = cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(passfile))
    assert again.returncode == 2 and "--replace" in again.stderr
    # with --backup and an existing key, keygen only backs up
    only_backup = cli("--workspace", str(ws), "keygen", "--backup", str(tmp_path / "second.key"))
    assert only_backup.returncode == 0 and (tmp_path / "second.key").exists()
    data = json.loads(cli("--workspace", str(ws), "pubkey", "--json").stdout)
    assert data["unit"] == "市司法局" and data["fingerprint"].startswith("SHA256:")


def test_keygen_errors_are_plain(cli, ws, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("abc")
    r = cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(short))
    assert r.returncode == 2 and "口令太短" in r.stderr and "Traceback" not in r.stderr
    r = cli("--workspace", str(ws), "pubkey")
    assert r.returncode == 3 and "keygen" in r.stderr
    r = cli("--workspace", str(ws), "keygen", "--unit", "x")  # no terminal, no passphrase file
    assert r.returncode == 2 and "--passphrase-file" in r.stderr


def test_keygen_restore(cli, ws, passfile, tmp_path):
    cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(passfile), "--backup", str(tmp_path / "b.key"))
    fp = keystore.registration(ws).fingerprint
    other = tmp_path / "other"
    r = cli("--workspace", str(other), "keygen", "--restore", str(tmp_path / "b.key"), "--unit", "市司法局",
            "--passphrase-file", str(passfile))
    assert r.returncode == 0, r.stderr
    assert keystore.registration(other).fingerprint == fp


def test_verify_command(cli, ws, passfile, tmp_path):
    cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(passfile))
    signer = keystore.load_signer(ws, PASS)
    result = build(tmp_path / "out", corpus(tmp_path / "src", [300_000, 400_000, 500_000]), key=signer, part_mb=1)
    trust = tmp_path / "allowed_signers"
    trust.write_text(cli("--workspace", str(ws), "pubkey", "--allowed-signers").stdout, encoding="utf-8")
    ok = cli("verify", str(tmp_path / "out"), "--trust", str(trust))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "全部通过" in ok.stdout and "签名人为“市司法局”" in ok.stdout
    as_json = json.loads(cli("verify", str(tmp_path / "out"), "--json").stdout)
    assert as_json["ok"] is True and len(as_json["parts"]) == len(result.parts)
    result.parts[1].path.unlink()
    bad = cli("verify", str(tmp_path / "out"), "--trust", str(trust))
    assert bad.returncode == 1 and "缺少第 2 卷" in bad.stdout and "未通过" in bad.stdout
    alone = cli("verify", str(result.parts[0].path), "--allow-incomplete")
    assert alone.returncode == 0, alone.stdout
    assert PreviousSubmission.load(result.index_path).submission_id == result.submission_id


def test_verify_with_missing_trust_file(cli, tmp_path):
    r = cli("verify", str(tmp_path), "--trust", str(tmp_path / "nope"))
    assert r.returncode == 2 and "找不到信任文件" in r.stderr
