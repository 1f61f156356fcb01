"""Shrink the ICU data library Qt ships (libicudata.so.NN, ~31 MB) to what Qt uses (~8 MB).

    python packaging/trim_icu.py dist/envoi        # Linux; needs icupkg (icu-devtools) and gcc

QtCore calls ICU for four things only (nm -D libQt6Core.so.6 | grep _73): character-set
converters (ucnv_*), collation (ucol_*), locale-aware upper/lower case (u_strTo*, whose
tables are compiled into libicuuc) and time-zone names (ucal_*). The data library also holds
the names of every language, region, currency and unit in ~800 locales, break-iterator
dictionaries and transliterators, which Qt never asks for. This keeps every converter, the
root collation and time-zone data, and the locale data of the languages Envoi ships (en,
fr); other locales fall back to root (a German time-zone name reads in English).

QtWebEngine's Chromium has its own ICU (resources/icudtl.dat) and is left alone.

The library is a plain ELF object whose only symbol, icudtNN_dat, is the common data
package: the package is read out, filtered with icupkg, and linked again into a library of
the same soname and symbol. Without icupkg or gcc the bundle is left as it is (and larger).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGS = ("en", "fr")
# Trees Qt never reads through ucnv/ucol/ucal, whatever the locale.
DROP_TREES = ("brkitr/", "rbnf/", "translit/", "lang/", "region/", "curr/", "unit/")
DROP_FILES = {"unames.icu"}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
SYMBOL = re.compile(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$")


def dropped(item: str) -> bool:
    base = item.rsplit("/", 1)[-1]
    if item.startswith(DROP_TREES) or base in DROP_FILES:
        return True
    lang = base.split(".")[0].split("_")[0]
    return bool(LOCALE.match(base)) and lang not in KEEP_LANGS


def file_offset(lib: Path, address: int) -> int:
    """The file offset of a virtual address, from the program headers (readelf -lW)."""
    out = subprocess.run(["readelf", "-lW", str(lib)], capture_output=True, text=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise SystemExit(f"{lib}: address {address:#x} is in no LOAD segment")


def trim(lib: Path) -> tuple[int, int]:
    out = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True, check=True
    ).stdout
    found = [m for m in map(SYMBOL.match, out.splitlines()) if m]
    if len(found) != 1:
        raise SystemExit(f"{lib}: expected one icudtNN_dat symbol, found {len(found)}")
    address, size, symbol, version = (
        int(found[0].group(1), 16),
        int(found[0].group(2), 16),
        found[0].group(3),
        found[0].group(4),
    )
    package = f"icudt{version}l"  # l: little-endian, the only kind Qt's Linux wheels ship
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = lib.read_bytes()
        start = file_offset(lib, address)
        (work / "in").mkdir()
        (work / "in" / f"{package}.dat").write_bytes(data[start : start + size])
        items = subprocess.run(
            ["icupkg", "-l", str(work / "in" / f"{package}.dat")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        remove = [item for item in items if dropped(item)]
        (work / "remove.txt").write_text("\n".join(remove) + "\n")
        (work / "out").mkdir()
        # icupkg names the items after the output file: it must keep the package's name.
        subprocess.run(
            [
                "icupkg",
                "-r",
                str(work / "remove.txt"),
                str(work / "in" / f"{package}.dat"),
                str(work / "out" / f"{package}.dat"),
            ],
            check=True,
        )
        (work / "data.S").write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{work / "out" / f"{package}.dat"}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        built = work / lib.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{lib.name}",
                "-o",
                str(built),
                str(work / "data.S"),
            ],
            check=True,
        )
        before = lib.stat().st_size
        shutil.copyfile(built, lib)
        print(f"{lib.name}: {len(remove)} of {len(items)} ICU items dropped")
        return before, lib.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args()
    missing = [tool for tool in ("icupkg", "gcc", "nm", "readelf") if not shutil.which(tool)]
    if missing:
        print(f"trim_icu: {', '.join(missing)} not found: ICU data left whole", file=sys.stderr)
        return 0
    libs = [p for p in args.bundle.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if not libs:
        print("trim_icu: no libicudata in the bundle", file=sys.stderr)
        return 0
    for lib in libs:
        before, after = trim(lib)
        print(f"{lib.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
