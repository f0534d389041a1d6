"""The whole unit side from the command line, each step a real child process, checked with independent tools.

init → attach (Chinese names, CON.pdf, a 255-byte name, a photo, a password-protected PDF) → note/url →
covers, binder, letter, evidence list → keygen → export in small parts → verify (ours with --trust, ssh-keygen,
7zz, unzip, the bagit validator) → a SUPPLEMENT after adding and removing files → a REPLACEMENT.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_export_support import PASS, bag_info, part_json, payload_names, scan
from tests.test_print_covers import decode_qr, pdftotext_pages, squash
from tests.test_print_inputs import encrypted_pdf, photo_jpeg

NAMESPACE = "evidence-desk-bundle"
F55 = "四、行政执法严格规范公正文明/第55项_行政执法机关通过文字、音像等记录形式/1_执法记录台账"


def _long_name() -> str:
    stem = "执法全过程记录电子档案"
    name = ""
    while len((name + stem + ".pdf").encode()) <= 255:
        name += stem
    name += "x" * (255 - len((name + ".pdf").encode()))
    assert len((name + ".pdf").encode()) == 255
    return name + ".pdf"


class Chain:
    """Runs the commands against one workspace; keeps every output for the tests below."""

    def __init__(self, root: Path):
        self.root = root
        self.ws = root / "工作区"
        self.env = {"EVIDENCE_DESK_HOME": str(root / "home"), "EVIDENCE_DESK_NO_OFFICE": "1"}
        self.passfile = root / "pass.txt"
        self.passfile.write_text(PASS + "\n", encoding="utf-8")

    def run(self, *args: str, ok: bool = True):
        r = run_cli("--workspace", str(self.ws), *args, env=self.env)
        if ok:
            assert r.returncode == 0, f"{args}: {r.returncode}\n{r.stdout}\n{r.stderr}"
        return r


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    root = tmp_path_factory.mktemp("chain")
    c = Chain(root)
    src = root / "原始材料"
    c.files55 = [scan(src / f"2021年执法案卷（第{i}卷）.pdf", 2, pad=110_000, seed=i) for i in range(3)]
    c.con = scan(src / "CON.pdf", 1, pad=90_000, seed=7)
    c.long = scan(src / _long_name(), 1, pad=60_000, seed=8)
    c.photo = photo_jpeg(src / "现场照片.jpg")
    c.locked = encrypted_pdf(src / "加密的评查报告.pdf")
    c.init = c.run("init", "--unit", "市司法局", "--group", "各行政执法单位", "--contact", "张三", "--phone", "0356-1234567")
    c.run("attach", "55", *map(str, c.files55), "--date", "2021-06-30")
    c.run("attach", "55", str(c.con), str(c.long), str(c.photo))
    c.run("attach", "62", str(c.locked), "--date", "2018-12-01")
    c.run("note", "55", "2021年执法记录台账及电子档案见附件。")
    c.run("url", "34", "http://www.jcsf.gov.cn/zdjc/2021.html", "--label", "公开网址")
    c.covers = c.run("covers", str(root / "封面.pdf"), "55", "62")
    c.binder = c.run("binder", str(root / "资料册.pdf"), "55", "62")
    c.run("keygen", "--passphrase-file", str(c.passfile))
    c.allowed = root / "allowed_signers"
    c.allowed.write_text(c.run("pubkey", "--allowed-signers").stdout, encoding="utf-8")
    c.letter = c.run("letter", str(root / "报送函.docx"))
    c.run("evidence-list", str(root / "清单.xlsx"))
    c.first = c.run("export", str(root / "第一次"), "--part-mb", "0.35", "--passphrase-file", str(c.passfile), "--json")
    c.first_json = json.loads(c.first.stdout)
    # weeks later: one file withdrawn, two added; then only the changes go out
    status = json.loads(c.run("status", "55", "--json").stdout)
    c.withdrawn = next(f for f in status["indicators"][0]["items"][0]["files"] if f["original_name"] == "CON.pdf")
    c.run("remove", str(c.withdrawn["id"]))
    c.added = [scan(src / "补充案卷.pdf", 3, pad=50_000, seed=30), scan(src / "法制审核目录.pdf", 1, seed=31)]
    c.run("attach", "55", str(c.added[0]))
    c.run("attach", "61", str(c.added[1]))
    c.second = c.run("export", str(root / "第二次"), "--since-last", "--part-mb", "0.35",
                     "--passphrase-file", str(c.passfile), "--json")
    c.second_json = json.loads(c.second.stdout)
    c.third = c.run("export", str(root / "第三次"), "--preset", "qq-mail", "--passphrase-file", str(c.passfile))
    c.submissions = json.loads(c.run("submissions", "--json").stdout)
    return c


def _parts(result: dict) -> list[Path]:
    return [Path(p["path"]) for p in result["parts"]]


def _unpack(part: Path, dest: Path) -> Path:
    with zipfile.ZipFile(part) as z:
        z.extractall(dest)
    return dest / part.stem


def test_print_outputs_from_the_cli(chain, tmp_path):
    assert chain.covers.stdout.startswith("已生成封面") and "注意：" in chain.covers.stderr  # the locked PDF
    assert "加密的评查报告.pdf" in chain.covers.stderr
    text = squash(pdftotext_pages(chain.root / "封面.pdf")[0])
    assert "市司法局" in text and "第55项" in text and "现场照片" in text
    payload = decode_qr(chain.root / "封面.pdf", 1, tmp_path)
    assert payload.startswith("EDQR1|jincheng-2022|市司法局|55|")
    from pypdf import PdfReader

    binder = PdfReader(chain.root / "资料册.pdf")
    def flat(nodes):
        for n in nodes:
            yield from (flat(n) if isinstance(n, list) else [n.title])
    titles = list(flat(binder.outline))  # area → indicator → item → file
    assert any("第55项" in t for t in titles) and any("第62项" in t for t in titles)
    assert len(binder.pages) >= 2 + 3 * 2 + 1 + 1 + 1 + 2  # contents, covers, the files, photo, placeholder


def test_letter_and_evidence_list(chain):
    import docx
    import openpyxl

    d = docx.Document(str(chain.root / "报送函.docx"))
    body = "\n".join(p.text for p in d.paragraphs) + "".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "市司法局" in body and "第55项" in body and "公钥指纹" in body
    fingerprint = chain.run("pubkey", "--json")
    assert json.loads(fingerprint.stdout)["fingerprint"] in body
    sheet = openpyxl.load_workbook(chain.root / "清单.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "CON.pdf" in cells and any(v.startswith("执法全过程记录电子档案") for v in cells)
    sha = hashlib.sha256(chain.con.read_bytes()).hexdigest()
    assert sha in cells


def test_keygen_took_the_unit_from_the_profile(chain):
    assert chain.allowed.read_text(encoding="utf-8").startswith("市司法局 namespaces=")


def test_first_export_is_split_verified_and_readable_by_a_clerk(chain):
    r = chain.first_json
    assert r["record_status"] == "NEW" and r["sequence"] == 1 and r["verified"] and len(r["parts"]) >= 3
    assert {f["code"] for f in r["precheck"]} >= {"count_below", "too_old", "encrypted"}
    assert "注意：" in chain.first.stderr  # the findings were printed before the export
    names = payload_names(_parts(r))
    for f in chain.files55:
        assert f"{F55}/{f.name}" in names
    assert f"{F55}/_CON.pdf" in names  # a reserved name made safe for Windows
    assert f"{F55}/现场照片.jpg" in names and f"{F55}/情况说明.txt" in names
    long_one = next(n for n in names if "执法全过程记录电子档案执法" in n)
    assert long_one.endswith(".pdf") and "~" in long_one and len(("data/" + long_one).encode("utf-16-le")) // 2 <= 180
    assert "0_目录.pdf" in names and any(n.endswith("第55项_行政执法机关通过文字、音像等记录形式/0_封面.pdf") for n in names)


def test_our_verify_with_the_trust_file(chain):
    r = run_cli("verify", str(chain.root / "第一次"), "--trust", str(chain.allowed), env=chain.env)
    assert r.returncode == 0 and "结果：全部通过" in r.stdout, r.stdout + r.stderr


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="ssh-keygen missing")
def test_ssh_keygen_verifies_a_part_and_the_index_without_our_program(chain, tmp_path):
    part = _parts(chain.first_json)[0]
    bag = _unpack(part, tmp_path)
    verify = ["ssh-keygen", "-Y", "verify", "-f", str(chain.allowed), "-I", "市司法局", "-n", NAMESPACE, "-s"]
    r = subprocess.run(verify + [str(bag / "tagmanifest-sha256.txt.sshsig")],
                       input=(bag / "tagmanifest-sha256.txt").read_bytes(), capture_output=True)
    assert r.returncode == 0, r.stderr
    for manifest in ("tagmanifest-sha256.txt", "manifest-sha256.txt"):
        r = subprocess.run(["sha256sum", "-c", manifest], cwd=bag, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout
    index = Path(chain.first_json["index"])
    r = subprocess.run(verify + [str(index) + ".sshsig"], input=index.read_bytes(), capture_output=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(shutil.which("7zz") is None or shutil.which("unzip") is None, reason="7zz/unzip missing")
def test_7zip_and_unzip_accept_every_part(chain):
    for part in _parts(chain.first_json) + _parts(chain.second_json):
        r = subprocess.run(["7zz", "t", str(part)], capture_output=True, text=True)
        assert r.returncode == 0 and "Everything is Ok" in r.stdout, r.stdout + r.stderr
        r = subprocess.run(["unzip", "-t", str(part)], capture_output=True, text=True)
        assert r.returncode == 0 and "No errors detected" in r.stdout, r.stdout + r.stderr


def test_bagit_validator_accepts_an_unpacked_part(chain, tmp_path):
    bagit = pytest.importorskip("bagit")
    for part in _parts(chain.first_json)[:2]:
        bag = bagit.Bag(str(_unpack(part, tmp_path / part.stem)))
        bag.validate()
        assert bag.info["Source-Organization"] == "市司法局" and bag.info["Record-Status"] == "NEW"


def test_supplement_sends_the_changes_with_tombstones_and_chains(chain):
    r = chain.second_json
    assert r["record_status"] == "SUPPLEMENT" and r["sequence"] == 2
    sent = payload_names(_parts(r))
    assert f"{F55}/补充案卷.pdf" in sent and any(n.endswith("/法制审核目录.pdf") for n in sent)
    assert not any(n.endswith(chain.files55[0].name) for n in sent)  # unchanged: referenced by hash
    assert any(t["path"].endswith("/_CON.pdf") and t["item"] == "55.1" for t in r["removed"])
    first_index = Path(chain.first_json["index"]).read_bytes()
    info = bag_info(_parts(r)[0])
    assert info["Previous-Index-SHA256"] == hashlib.sha256(first_index).hexdigest()
    doc = part_json(_parts(r)[0])
    kept = next(f for f in doc["files"] if f["path"].endswith(chain.files55[0].name))
    assert kept["sent_in"] == chain.first_json["submission_id"]
    v = run_cli("verify", str(chain.root / "第一次"), str(chain.root / "第二次"), "--trust", str(chain.allowed),
                "--json", env=chain.env)
    assert v.returncode == 0, v.stdout
    assert "接续" in v.stdout


def test_replacement_and_the_record_of_all_three(chain):
    assert "替换报送" in chain.third.stdout and "REPLACEMENT" in chain.third.stdout
    assert "读回并核验无误" in chain.third.stdout and "jcfzdyk@163.com" in chain.third.stdout
    assert [(s["sequence"], s["record_status"]) for s in chain.submissions] == [
        (1, "NEW"), (2, "SUPPLEMENT"), (3, "REPLACEMENT")]
    assert chain.submissions[2]["previous_id"] == chain.submissions[1]["id"]
    v = run_cli("verify", str(chain.root / "第一次"), str(chain.root / "第二次"), str(chain.root / "第三次"),
                "--trust", str(chain.allowed), env=chain.env)
    assert v.returncode == 0, v.stdout


def test_a_backup_of_the_workspace_holds_the_key(chain, tmp_path):
    chain.run("backup", str(tmp_path / "备份.zip"))
    with zipfile.ZipFile(tmp_path / "备份.zip") as z:
        names = z.namelist()
    assert "keys/signing_ed25519" in names and "keys/signing_ed25519.pub" in names


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pseudo-terminal")
def test_at_a_terminal_export_asks_before_going_on_with_warnings(chain):
    import os
    import sys

    from tests.conftest import ROOT

    master, slave = os.openpty()
    env = {**os.environ, **chain.env, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--workspace", str(chain.ws), "export",
                             str(chain.root / "不导出"), "--passphrase-file", str(chain.passfile)],
                            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    seen = b""
    while b"[y/N]" not in seen:
        chunk = os.read(master, 4096)
        assert chunk, seen.decode("utf-8", "replace")
        seen += chunk
    os.write(master, b"n\n")
    assert proc.wait(timeout=60) == 1
    try:
        while os.read(master, 4096):
            pass
    except OSError:  # the terminal is closed once the program has ended
        pass
    os.close(master)
    assert "仍要导出吗" in seen.decode("utf-8", "replace")
    assert not (chain.root / "不导出").exists()
    assert len(json.loads(chain.run("submissions", "--json").stdout)) == 3
