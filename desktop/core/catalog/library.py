"""Finding and loading catalogs: the built-in ones shipped in resources/ and the user's saved imports."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.catalog.model import Catalog
from desktop.core.catalog.schema import validate
from desktop.core.errors import CatalogError, NotFound

BUILTIN_DEFAULT = "jincheng-2022"
_SKIP_SUFFIXES = (".schema.json", ".provenance.json")


@dataclass(frozen=True)
class CatalogInfo:
    id: str
    title: str
    version: str
    kind: str
    origin: str  # builtin | library
    path: Path
    count: int


def builtin_dir() -> Path:
    return paths.resource("catalogs")


def _catalog_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(_SKIP_SUFFIXES))


def semantic_errors(d: dict) -> list[str]:
    """Checks a schema cannot express: unique keys, references that resolve."""
    errs: list[str] = []
    keys = [i.get("key") for i in d.get("indicators", [])]
    seen: set = set()
    for k in keys:
        if k in seen:
            errs.append(f"指标编号“{k}”重复")
        seen.add(k)
    for ind in d.get("indicators", []):
        for other in ind.get("shares_materials_with", []):
            if other not in seen:
                errs.append(f"指标 {ind.get('key')} 引用了不存在的指标 {other}")
        ids = [it.get("id") for it in ind.get("items", [])]
        if len(ids) != len(set(ids)):
            errs.append(f"指标 {ind.get('key')} 的材料条目编号重复")
    for r in d.get("requests", []) or []:
        for k in r.get("keys", []):
            if k not in seen:
                errs.append(f"合并报送要求 {r.get('id')} 引用了不存在的指标 {k}")
    return errs


def parse_catalog(data: dict, *, origin: str, name: str) -> Catalog:
    errs = validate(data)
    if not errs:
        errs = semantic_errors(data)
    if errs:
        shown = "\n  ".join(errs[:10])
        more = f"\n  ……另有 {len(errs) - 10} 处" if len(errs) > 10 else ""
        raise CatalogError(
            f"目录文件“{name}”的内容不符合格式要求：\n  {shown}{more}\n请向依法治市办索取正确的目录文件，或重新导入原始表格。",
            en=f"Catalog file {name} does not match the catalog schema.",
        )
    return Catalog.from_dict(data, origin=origin)


def load_file(path: Path | str, origin: str = "file") -> Catalog:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NotFound(f"找不到目录文件“{path}”。请检查路径。", en=f"Catalog file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CatalogError(f"无法读取目录文件“{path.name}”：{e}", en=f"Cannot read {path}: {e}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CatalogError(
            f"目录文件“{path.name}”不是有效的 JSON（第 {e.lineno} 行第 {e.colno} 列）。文件可能已损坏。",
            en=f"{path.name} is not valid JSON (line {e.lineno}).",
        ) from None
    if not isinstance(data, dict):
        raise CatalogError(f"目录文件“{path.name}”的格式不对。", en=f"{path.name} is not a catalog.")
    return parse_catalog(data, origin=origin, name=path.name)


def _info(path: Path, origin: str) -> CatalogInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        return CatalogInfo(
            id=data["id"], title=data["title"], version=str(data.get("version", "")),
            kind=data.get("kind", "breakdown"), origin=origin, path=path, count=len(data["indicators"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a broken file in the library is listed by `catalog list` as skipped, not fatal


def list_catalogs() -> list[CatalogInfo]:
    """Built-in catalogs first (default first), then the user's library; a library id never shadows a built-in."""
    out: list[CatalogInfo] = []
    for p in _catalog_files(builtin_dir()):
        info = _info(p, "builtin")
        if info:
            out.append(info)
    out.sort(key=lambda i: (i.id != BUILTIN_DEFAULT, i.id))
    builtin_ids = {i.id for i in out}
    for p in _catalog_files(paths.catalog_library_dir()):
        info = _info(p, "library")
        if info and info.id not in builtin_ids:
            out.append(info)
    return out


def load(ident: str | None = None) -> Catalog:
    """A catalog by id (built-in or saved), or by path to a catalog JSON file."""
    ident = ident or BUILTIN_DEFAULT
    for info in list_catalogs():
        if info.id == ident:
            return load_file(info.path, origin=info.origin)
    p = Path(ident)
    if p.suffix.lower() == ".json" and p.exists():
        return load_file(p)
    known = "、".join(i.id for i in list_catalogs())
    raise NotFound(
        f"没有编号为“{ident}”的目录。可用的目录：{known}。用 catalog list 查看，或用 catalog import 导入依法治市办下发的表格。",
        en=f"No catalog with id {ident!r}.",
    )


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def dumps(catalog: Catalog) -> str:
    return json.dumps(catalog.to_dict(full=True), ensure_ascii=False, indent=1) + "\n"


def save_to_library(catalog: Catalog) -> Path:
    builtin_ids = {i.id for i in list_catalogs() if i.origin == "builtin"}
    if catalog.id in builtin_ids:
        raise CatalogError(
            f"目录编号“{catalog.id}”与内置目录相同，不能覆盖内置目录。请换一个编号后再保存。",
            en=f"Catalog id {catalog.id} is a built-in catalog and cannot be replaced.",
        )
    data = catalog.to_dict(full=True)
    errs = validate(data) or semantic_errors(data)
    if errs:
        raise CatalogError("导入结果不完整，未保存：\n  " + "\n  ".join(errs[:10]))
    path = paths.catalog_library_dir() / f"{catalog.id}.json"
    atomic_write_text(path, dumps(catalog))
    return path
