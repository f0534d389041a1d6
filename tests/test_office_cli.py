"""The office commands and the unit's import-feedback: the real command line, in this process (one child process
checks the program as users start it)."""

from __future__ import annotations

import json
import subprocess

import pytest

from desktop.cli.main import main
from tests.conftest import run_cli
from tests.office_support import UnitBundles, allowed_signers, pdf_bytes, unit_signer

SIFA = "市司法局"


@pytest.fixture
def run(capsys):
    """``run(*argv)`` → CompletedProcess-like result of ``evidence-desk argv…`` run in-process."""

    def call(*args):
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return call


@pytest.fixture
def ok(run):
    def call(*args):
        r = run(*args)
        assert r.returncode == 0, r.stderr
        return r

    return call


def test_office_commands_from_init_to_report(tmp_path, run, ok):
    office = str(tmp_path / "office")
    W = ("--workspace", office)
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "执法记录台账.pdf", pdf_bytes(1))
    folder = u.export()
    (tmp_path / "as").write_text(allowed_signers(u.signer), encoding="utf-8")
    (tmp_path / "pass").write_text("office-passphrase\n", encoding="utf-8")
    init = json.loads(ok(*W, "office", "init", "--json").stdout)
    assert init["catalog"]["id"] == "jincheng-2022"
    ok(*W, "office", "keygen", "--passphrase-file", str(tmp_path / "pass"))
    assert "已登记：市司法局" in ok(*W, "office", "trust", str(tmp_path / "as")).stdout
    got = json.loads(ok(*W, "office", "receive", str(folder), "--json").stdout)
    assert got["accepted"] == 2 and got["rejected"] == 0 and got["new_files"] == 1
    again = run_cli(*W, "office", "receive", str(folder))  # the real program, as a clerk starts it
    assert again.returncode == 0 and "已收过" in again.stdout
    m = json.loads(ok(*W, "office", "matrix", "--json").stdout)
    row = next(r for r in m["indicators"] if r["key"] == "55")
    assert row["cells"][SIFA]["state"] == "partial" and row["cells"][SIFA]["files"] == 1
    assert "部分报送" in ok(*W, "office", "matrix", "--unit", SIFA).stdout
    shown = json.loads(ok(*W, "office", "show", SIFA, "55", "--json").stdout)
    assert shown["items"][0]["files"][0]["label"] == "执法记录台账.pdf"
    bad = run(*W, "office", "review", SIFA, "55", "--revise")
    assert bad.returncode == 2 and "需要写明" in bad.stderr and "Traceback" not in bad.stderr
    ok(*W, "office", "review", SIFA, "55", "--revise", "--comment", "还缺 4 件", "--score", "6")
    fb = json.loads(ok(*W, "office", "feedback", SIFA, str(tmp_path), "--passphrase-file", str(tmp_path / "pass"),
                       "--json").stdout)
    assert fb["reviews"] == 1
    report = json.loads(ok(*W, "office", "report", str(tmp_path / "汇总.xlsx"), "--json").stdout)
    assert report["self_assessment"]["revise"] == 1 and (tmp_path / "汇总.xlsx").is_file()
    ok(*W, "office", "chase", SIFA, str(tmp_path / "催报.docx"))
    assert (tmp_path / "催报.docx").is_file()
    fp = json.loads(ok(*W, "office", "pubkey", "--json").stdout)["fingerprint"]

    unit = ("--workspace", str(tmp_path / "unit"))
    ok(*unit, "init", "--unit", SIFA, "--group", "各行政执法单位")
    first = run(*unit, "import-feedback", fb["path"])
    assert first.returncode == 2 and fp in first.stderr  # the fingerprint must be confirmed the first time
    imported = ok(*unit, "import-feedback", fb["path"], "--office-fingerprint", fp)
    assert "第55项：需补充，6 分  还缺 4 件" in imported.stdout
    status = json.loads(ok(*unit, "status", "--json").stdout)
    ind = next(i for i in status["indicators"] if i["key"] == "55")
    assert ind["review_status_label"] == "需补充" and ind["review"]["comment"] == "还缺 4 件"
    assert status["overall"]["needs_revision"] == 1
    assert "审核：需补充" in ok(*unit, "status").stdout


def test_office_receive_reports_refusals_with_a_failing_exit_code(tmp_path, run, ok):
    office = ("--workspace", str(tmp_path / "office"))
    ok(*office, "office", "init")
    u = UnitBundles(SIFA, tmp_path / "units", unit_signer(SIFA))
    u.add("55.1", "a.pdf", pdf_bytes(1))
    u.catalog_version = "2020-01-01"
    r = run(*office, "office", "receive", str(u.export()))
    assert r.returncode == 1 and "[拒收]" in r.stdout and "2020-01-01" in r.stdout
    assert "2020-01-01" in ok(*office, "office", "rejected").stdout
    with pytest.raises(SystemExit) as e:
        run(*office, "office", "matrix", "--workspace-typo")
    assert e.value.code == 2
    missing = run("--workspace", str(tmp_path / "nowhere"), "office", "matrix")
    assert missing.returncode == 3 and "office init" in missing.stderr
