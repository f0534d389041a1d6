"""Print the newest glibc symbol version any ELF file in a built folder needs.

    python packaging/linux/glibc-floor.py dist/evidence-desk

The result is the oldest glibc the build can run on. The version names a binary
needs sit in its dynamic string table as "GLIBC_2.xx"; scanning for them is enough
(we never bundle glibc itself).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PATTERN = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\x00")


def floor(folder: Path) -> tuple[tuple[int, ...], list[tuple[tuple[int, ...], Path]]]:
    worst: list[tuple[tuple[int, ...], Path]] = []
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as f:
            if f.read(4) != b"\x7fELF":
                continue
        data = path.read_bytes()
        versions = {tuple(int(x) for x in m.groups() if x is not None) for m in PATTERN.finditer(data)}
        if versions:
            worst.append((max(versions), path))
    worst.sort(reverse=True)
    return (worst[0][0] if worst else ()), worst


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--summary"]
    target = Path(args[0] if args else "dist/evidence-desk")
    top, files = floor(target)
    print("glibc floor:", ".".join(map(str, top)) or "none")
    for version, path in ([] if "--summary" in sys.argv else files[:8]):
        print(f"  {'.'.join(map(str, version)):8} {path.relative_to(target)}")
