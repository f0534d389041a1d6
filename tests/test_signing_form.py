"""The key registration form: the office can read the fingerprint and scan the QR code into its trust file."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from desktop.core.signing import keystore
from desktop.core.signing.allowed_signers import parse_allowed_signers
from desktop.core.signing.regform import render_registration_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("form")
    reg = keystore.generate(tmp / "ws", "correct horse battery", "市司法局", today=dt.date(2024, 3, 15))
    return reg, render_registration_pdf(reg, tmp / "登记表.pdf", contact_name="张三", contact_phone="0356-1234567")


@needs_poppler
def test_form_text_is_extractable(form):
    reg, pdf = form
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("公钥登记表", "市司法局", reg.fingerprint, "张三", "0356-1234567", "盖章", "2024-03-15"):
        assert expected in text.replace("\n", ""), expected


@needs_poppler
def test_fonts_embedded(form):
    _reg, pdf = form
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert out and all(" yes yes " in line for line in out), out


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None, reason="zbar/poppler missing")
def test_qr_code_holds_the_allowed_signers_line(form, tmp_path):
    reg, pdf = form
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    r = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")], capture_output=True)
    line = r.stdout.decode("utf-8").strip()
    assert line == reg.allowed_signers
    trust = parse_allowed_signers(line)
    assert trust.signers[0].key.fingerprint == reg.fingerprint


def test_cli_writes_the_form(cli, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("correct horse battery\n")
    ws = tmp_path / "ws"
    assert cli("--workspace", str(ws), "keygen", "--unit", "市司法局", "--passphrase-file", str(pw)).returncode == 0
    r = cli("--workspace", str(ws), "pubkey", "--form", str(tmp_path / "form.pdf"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.partial"))
