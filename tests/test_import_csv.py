"""CSV and TSV: the encodings Chinese office software writes, told apart without guessing silently."""

from __future__ import annotations

import pytest

from desktop.core.catalog.importers import ImportFailed, import_file
from desktop.core.catalog.importers.encoding import decode

ROWS = [
    ["序号", "一级指标", "二级指标", "三级指标", "责任单位", "具体资料报送"],
    ["1", "一、政府职能依法全面履行", "1. 深化行政审批制度改革", "全面普及行政审批服务“马上办、网上办”。", "市审批服务管理局", "实地核查"],
    ["2", "", "", "依法实施行政许可。", "市审批服务管理局、各工作部门", "2020年以来清理变相许可的情况（附台账）。"],
    ["3", "", "2. 全面落实权责清单", "编制并公布权责清单，逐一明确法律依据。", "市委编办\n市司法局", "1.权责清单；\n2.公开网址。"],
]


def _csv(rows, sep=",") -> str:
    def q(v):
        return f'"{v}"' if any(c in v for c in (sep, "\n", '"')) else v
    return "\r\n".join(sep.join(q(v) for v in r) for r in rows) + "\r\n"


def _check(cat):
    assert [i.key for i in cat] == ["1", "2", "3"]
    # no merged cells in a CSV: an empty 一级/二级 cell means "same as above"
    assert [i.group for i in cat] == ["1. 深化行政审批制度改革", "1. 深化行政审批制度改革", "2. 全面落实权责清单"]
    assert {i.area for i in cat} == {"一、政府职能依法全面履行"}
    assert cat.indicator("2").units == ("市审批服务管理局", "各工作部门")
    assert cat.indicator("3").units == ("市委编办", "市司法局")
    assert [i.text for i in cat.indicator("3").items] == ["权责清单", "公开网址。"]
    assert cat.indicator("1").onsite


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_the_encodings_office_software_writes(tmp_path, encoding):
    path = tmp_path / f"任务分解-{encoding}.csv"
    path.write_bytes(_csv(ROWS).encode(encoding))
    r = import_file(path)
    assert r.format == "csv"
    assert r.encoding == {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "gbk": "gb18030"}.get(encoding, encoding)
    _check(r.catalog)


def test_gb18030_characters_outside_gbk(tmp_path):
    rows = [r[:] for r in ROWS]
    rows[1][3] = "全面普及“一网通办”（含䶮字等扩展区汉字）。"
    path = tmp_path / "扩展.csv"
    path.write_bytes(_csv(rows).encode("gb18030"))
    cat = import_file(path).catalog
    assert "䶮" in cat.indicator("1").text


def test_tsv_by_extension_and_tab_separated_csv_by_content(tmp_path):
    for name in ("表.tsv", "表.csv"):
        path = tmp_path / name
        path.write_text(_csv(ROWS, "\t"), encoding="utf-8")
        _check(import_file(path).catalog)


def test_encoding_that_is_neither_utf8_nor_gbk_is_not_guessed(tmp_path):
    path = tmp_path / "繁體.csv"
    path.write_bytes(_csv(ROWS).encode("big5", errors="replace"))
    with pytest.raises(ImportFailed) as e:
        import_file(path)
    msg = str(e.value)
    assert "无法确定文件的编码" in msg and "CSV UTF-8" in msg and "繁體.csv" in msg


def test_latin1_bytes_are_not_guessed(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("序号,三级指标\n1,café crème brûlée\n".encode("utf-8").replace("é".encode(), b"\xe9"))
    with pytest.raises(ImportFailed) as e:
        import_file(path)
    assert "无法确定文件的编码" in str(e.value)


def test_both_readings_plausible_is_reported_not_guessed(tmp_path):
    # "俺岸" in UTF-8 is E4 BF BA E5 B2 B8; read as GB18030 the same bytes are "淇哄哺", also common characters.
    data = "俺岸".encode("utf-8")
    assert data.decode("gb18030") == "淇哄哺"
    with pytest.raises(ImportFailed) as e:
        decode(data, "短.csv")
    msg = str(e.value)
    assert "两种都可能" in msg and "俺岸" in msg and "淇哄哺" in msg
    # longer text in either encoding is told apart
    assert decode("说明：按规定报送。".encode("utf-8"), "x") == ("说明：按规定报送。", "utf-8")
    assert decode("说明：按规定报送。".encode("gbk"), "x") == ("说明：按规定报送。", "gb18030")


def test_row_numbers_in_messages_are_line_numbers(tmp_path):
    rows = ROWS + [["3", "", "", "重复的编号。", "市司法局", ""]]
    path = tmp_path / "重复.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    with pytest.raises(ImportFailed) as e:
        import_file(path)
    msg = str(e.value)
    # the record starting on line 4 spans three lines (line breaks inside two cells): the duplicate is on line 7
    assert "第7行：编号“3”与第4行重复" in msg
