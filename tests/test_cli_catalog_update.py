"""``evidence-desk catalog update ID|FILE [--apply]``: the preview changes nothing; --apply moves the workspace."""

from __future__ import annotations

import json

from desktop.cli.main import main as cli
from desktop.core.catalog import library
from desktop.core.workspace import Workspace
from tests.test_ui_catalog_update import revised_catalog
from tests.test_ui_helpers import make_pdf

SIFA = "市司法局"


def workspace(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "jincheng-2022", unit=SIFA, groups=["各行政执法单位"])
    ws.attach("55", [make_pdf(tmp_path / "执法记录台账.pdf", 1)])
    ws.attach("20", [make_pdf(tmp_path / "热线转办台账.pdf", 1)])
    ws.close()
    return str(tmp_path / "ws")


def test_preview_by_id_changes_nothing_then_apply(tmp_path, capsys):
    folder = workspace(tmp_path)
    revised_catalog()
    assert cli(["--workspace", folder, "catalog", "update", "jincheng-2023"]) == 0
    out, err = capsys.readouterr()
    assert "目录将从 jincheng-2022（版本 2022-04-19）更新为 jincheng-2023（版本 2023-03-01）" in out
    assert "2 条：1 条保留（其中 1 条要求文字有改动），1 条在新目录中已没有" in out
    assert "将成为目录外资料  20.1" in out and "要求文字有改动  55.1" in out and "删除的指标：20" in out
    assert "只是预览" in err
    with Workspace.open(folder) as ws:
        assert ws.catalog.id == "jincheng-2022"
    assert cli(["--workspace", folder, "catalog", "update", "jincheng-2023", "--apply"]) == 0
    out, err = capsys.readouterr()
    assert "已把工作区更新到《" in err and "20.1" in err and "没有删除" in err
    with Workspace.open(folder) as ws:
        assert (ws.catalog.id, ws.catalog.version) == ("jincheng-2023", "2023-03-01")
        assert ws.orphaned_item_ids() == ["20.1"] and len(ws.attachments("55.1")) == 1
        assert ws.audit_log()[0].action == "catalog_update"


def test_from_a_catalog_file_as_json(tmp_path, capsys):
    folder = workspace(tmp_path)
    path = tmp_path / "新目录.json"
    path.write_text(library.dumps(revised_catalog("office-copy")), encoding="utf-8")
    assert cli(["--workspace", folder, "catalog", "update", str(path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["new_catalog"] == ["office-copy", "2023-03-01"] and doc["can_apply"] and not doc["applied"]
    assert [c["item_id"] for c in doc["gone"]] == ["20.1"] and doc["indicators_removed"] == ["20"]


def test_from_a_table_through_the_importer(tmp_path, capsys):
    from tests.importfiles import catalog_to_xlsx

    folder = workspace(tmp_path)
    table = tmp_path / "新版指标表.xlsx"
    catalog_to_xlsx(library.load(), table)
    assert cli(["--workspace", folder, "catalog", "update", str(table), "--apply"]) == 0
    capsys.readouterr()
    with Workspace.open(folder) as ws:
        assert ws.catalog.id.startswith("import-") and ws.orphaned_item_ids() == []


def test_refusals(tmp_path, capsys):
    folder = workspace(tmp_path)
    revised_catalog("no-sifa", drop_unit=True)
    assert cli(["--workspace", folder, "catalog", "update", "no-sifa"]) == 2  # previewed: cannot be applied
    out, err = capsys.readouterr()
    assert "新目录的单位名单中没有本单位，不能更新" in out and "不能更新到这个目录" in err
    assert cli(["--workspace", folder, "catalog", "update", "no-sifa", "--apply"]) == 2
    assert "单位名单中没有“市司法局”" in capsys.readouterr().err
    assert cli(["--workspace", folder, "catalog", "update", "no-such-id"]) != 0
    assert "没有编号为“no-such-id”的目录" in capsys.readouterr().err
    assert cli(["--workspace", folder, "catalog", "update", str(tmp_path / "不存在.xlsx")]) != 0
    assert "找不到文件" in capsys.readouterr().err
    with Workspace.open(folder) as ws:
        assert ws.catalog.id == "jincheng-2022"
