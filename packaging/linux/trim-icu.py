"""Build a smaller libicudata for the Linux bundle: only the ICU data the program can use.

    python packaging/linux/trim-icu.py LIBICUDATA_SO OUT_SO

Qt Core links ICU; the PySide6 wheel's libicudata carries 31 MB of data for every
locale on earth. Evidence Desk runs in Chinese or English, so the locale bundles of
other languages (names, currencies, units, collation, number spelling), the
transliterators, the break-iterator rules Qt does not use, and legacy
converters other than the Chinese ones go; root data, Unicode properties,
normalisation, collation for zh/en and time zones stay. The data is cut with ICU's own ``icupkg`` and linked back
into a shared library exporting the same ``icudt<NN>_dat`` symbol, so the ICU
libraries load it unchanged. Needs ``icupkg`` (Debian: icu-devtools) and a C
compiler; packaging/build falls back to the full library when either is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = re.compile(r"^(root|en|en_[A-Za-z0-9_]+|zh|zh_[A-Za-z0-9_]+)$")
LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?(_[A-Z0-9]+)?$")


def data_symbol(lib: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the icudtNN_dat blob."""
    out = subprocess.run(["nm", "-D", "-S", str(lib)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            addr, size = int(parts[0], 16), int(parts[1], 16)
            sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True).stdout
            for s in sections.splitlines():
                m = re.search(r"\]\s+\.rodata\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", s)
                if m:
                    return parts[3], addr - int(m.group(1), 16) + int(m.group(2), 16), size
    raise SystemExit(f"no icudt*_dat symbol in {lib}")


# Converters Qt may need on a Chinese system; the other legacy encodings (Japanese, Korean, EBCDIC…) go.
KEEP_CONVERTERS = re.compile(r"^(gb18030|ibm-1386|ibm-5478|windows-936|euc-cn|ibm-1383)[^/]*\.cnv$")


def droppable(item: str) -> bool:
    # Transliteration and break iteration are not used by Qt (its text layout has its own Unicode tables).
    if item.startswith(("translit/", "brkitr/")):
        return True
    if item.endswith(".cnv") and "/" not in item:
        return not KEEP_CONVERTERS.match(item)
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".res"):
        stem = name[:-4]
        return bool(LOCALE_ID.match(stem)) and not KEEP_LOCALES.match(stem)
    return False


def main(src: Path, dst: Path) -> None:
    symbol, offset, size = data_symbol(src)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        dat = t / f"{symbol[:-4]}l.dat"  # icupkg wants the package's own name (icudt73l: little-endian)
        with src.open("rb") as f:
            f.seek(offset)
            dat.write_bytes(f.read(size))
        items = subprocess.run(["icupkg", "-l", str(dat)], capture_output=True, text=True, check=True).stdout.split()
        # icupkg lists items without the package prefix; removal takes the same names
        drop = {i for i in items if droppable(i)}
        small = t / "out" / dat.name
        small.parent.mkdir()
        for _ in range(20):  # keep whatever a kept item still needs (fallback chains cross languages)
            (t / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
            r = subprocess.run(["icupkg", "-r", str(t / "drop.txt"), str(dat), str(small)], capture_output=True, text=True)
            if r.returncode == 0:
                break
            needed = set(re.findall(r"depends on missing item (\S+)", r.stderr))
            if not needed - (needed - drop) or not (needed & drop):
                raise SystemExit(f"icupkg failed: {r.stderr[-500:]}")
            drop -= needed
        else:
            raise SystemExit("icupkg: dependencies did not settle")
        asm = t / "data.S"
        asm.write_text(
            f'.section .rodata\n.global {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
            f'.incbin "{small}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n'
        )
        soname = src.name
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(dst), str(asm)], check=True)
        print(f"{src.name}: {size / 1e6:.1f} MB → {small.stat().st_size / 1e6:.1f} MB ({len(drop)} of {len(items)} items dropped)")


if __name__ == "__main__":
    if len(sys.argv) != 3 or not shutil.which("icupkg"):
        raise SystemExit("usage: trim-icu.py LIBICUDATA_SO OUT_SO   (needs icupkg and cc)")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
