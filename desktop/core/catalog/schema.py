"""A small JSON Schema validator (the subset our catalog schema uses), with messages a clerk can read.

Why not the ``jsonschema`` package: it brings three more dependencies into a
frozen office build for one fixed schema, and its messages are English and
technical. The subset here: type, enum, required, properties,
additionalProperties, items, minItems, minLength, pattern, local $ref.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from desktop.core import paths

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}
_TYPE_ZH = {"object": "对象", "array": "列表", "string": "文本", "boolean": "是/否", "null": "空", "integer": "整数", "number": "数字"}


@lru_cache(maxsize=None)
def load_schema(path: str | None = None) -> dict:
    p = Path(path) if path else paths.resource("catalogs", "catalog.schema.json")
    return json.loads(p.read_text(encoding="utf-8"))


def _is_type(value, t: str) -> bool:
    if t == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    py = _TYPES[t]
    if py is dict or py is list or py is type(None):
        return isinstance(value, py)
    if t == "boolean":
        return isinstance(value, bool)
    return isinstance(value, py) and not isinstance(value, bool)


def _where(path: list) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out or "（根）"


def validate(instance, schema: dict | None = None, *, limit: int = 20) -> list[str]:
    """All violations as readable Chinese lines (empty when valid)."""
    root = schema or load_schema()
    errors: list[str] = []

    def resolve(s: dict) -> dict:
        while "$ref" in s:
            ref = s["$ref"]
            assert ref.startswith("#/"), ref
            node = root
            for part in ref[2:].split("/"):
                node = node[part]
            s = node
        return s

    def walk(value, s: dict, path: list) -> None:
        if len(errors) >= limit:
            return
        s = resolve(s)
        where = _where(path)
        if "enum" in s and value not in s["enum"]:
            errors.append(f"{where}：取值“{value}”无效，应为 {'、'.join(map(str, s['enum']))} 之一")
            return
        if "type" in s:
            types = s["type"] if isinstance(s["type"], list) else [s["type"]]
            if not any(_is_type(value, t) for t in types):
                errors.append(f"{where}：应为{'或'.join(_TYPE_ZH.get(t, t) for t in types)}")
                return
        if isinstance(value, str):
            if len(value) < s.get("minLength", 0):
                errors.append(f"{where}：不能为空")
            if "pattern" in s and not re.search(s["pattern"], value):
                errors.append(f"{where}：“{value}”格式不对")
        if isinstance(value, list):
            if len(value) < s.get("minItems", 0):
                errors.append(f"{where}：至少需要 {s['minItems']} 项")
            if "items" in s:
                for i, v in enumerate(value):
                    walk(v, s["items"], path + [i])
        if isinstance(value, dict):
            for req in s.get("required", []):
                if req not in value:
                    errors.append(f"{where}：缺少字段“{req}”")
            props = s.get("properties", {})
            for k, v in value.items():
                if k in props:
                    walk(v, props[k], path + [k])
                elif s.get("additionalProperties", True) is False:
                    errors.append(f"{where}：多余的字段“{k}”")

    walk(instance, root, [])
    return errors
