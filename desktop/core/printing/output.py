"""Writing an output file safely: to a temporary name beside it, renamed only when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop.core.errors import UserError


class Cancelled(UserError):
    """The user stopped a long print job; nothing was written."""

    exit_code = 130


def _cannot_write(path: Path, e: OSError) -> UserError:
    return UserError(
        f"无法写入“{path}”：{e.strerror or e}。如果该文件正在其他程序（如 PDF 阅读器、WPS、Excel）中打开，"
        "请先关闭它；或者换一个保存位置。",
        en=f"Cannot write {path}: {e}",
    )


@contextlib.contextmanager
def atomic_output(path: Path | str):
    """Yield a temporary path in the target folder; on success it replaces ``path``, on failure it is removed."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"“{path}”是一个文件夹，请给出要保存的文件名。", en=f"{path} is a folder; give a file name.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem[:40]}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as e:
        raise _cannot_write(path, e) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as e:
        _unlink(tmp)
        if e.filename not in (None, str(tmp), str(path)):
            raise UserError(f"无法读取“{e.filename}”：{e.strerror or e}。", en=f"Cannot read {e.filename}: {e}") from None
        raise _cannot_write(path, e) from None
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass
