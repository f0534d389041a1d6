"""Catalog files are validated at load, with messages that name the problem in Chinese."""

from __future__ import annotations

import json

import pytest

from desktop.core import paths
from desktop.core.catalog import library
from desktop.core.catalog.schema import validate
from desktop.core.errors import CatalogError, NotFound


def builtin_dict() -> dict:
    return json.loads(paths.resource("catalogs", "jincheng-2022.json").read_text(encoding="utf-8"))


def test_builtin_catalog_is_valid():
    assert validate(builtin_dict()) == []
    assert library.semantic_errors(builtin_dict()) == []


def test_missing_field_and_wrong_type_are_named():
    d = builtin_dict()
    del d["indicators"][3]["text"]
    d["indicators"][5]["onsite"] = "是"
    errs = validate(d)
    assert any("indicators[3]" in e and "缺少字段“text”" in e for e in errs)
    assert any("indicators[5].onsite" in e and "应为是/否" in e for e in errs)


def test_duplicate_keys_are_refused(tmp_path):
    d = builtin_dict()
    d["id"] = "dup-test"
    d["indicators"][1]["key"] = "1"
    p = tmp_path / "dup.json"
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        library.load_file(p)
    assert "重复" in str(e.value) and "dup.json" in str(e.value)


def test_broken_json_is_reported_with_position(tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('{"id": "x", ', encoding="utf-8")
    with pytest.raises(CatalogError) as e:
        library.load_file(p)
    assert "不是有效的 JSON" in str(e.value)


def test_unknown_catalog_id():
    with pytest.raises(NotFound) as e:
        library.load("no-such-catalog")
    assert "jincheng-2022" in str(e.value)


def test_saved_catalog_is_listed_and_builtin_cannot_be_replaced():
    cat = library.load()
    with pytest.raises(CatalogError):
        library.save_to_library(cat)
    d = builtin_dict()
    d["id"] = "my-city-2023"
    from desktop.core.catalog.model import Catalog

    path = library.save_to_library(Catalog.from_dict(d))
    assert path.exists() and path.parent == paths.catalog_library_dir()
    assert [i.origin for i in library.list_catalogs() if i.id == "my-city-2023"] == ["library"]
    assert library.load("my-city-2023").indicator("55").text == cat.indicator("55").text
    assert not list(path.parent.glob("*.tmp"))
