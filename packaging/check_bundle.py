"""Check a Linux one-folder bundle with ldd: nothing it holds may link a library that is
neither in the bundle nor on this system; print the Debian packages it uses from the system.

    python packaging/check_bundle.py dist/envoi              # exit 1 on a missing library
    python packaging/check_bundle.py dist/envoi --control    # .deb Depends: and Recommends:

The spec drops most of Qt and the libraries every desktop has; this is the proof that what
was kept still resolves, and the source of the .deb's dependencies (what dpkg-shlibdeps
would compute, without needing a debian/ source tree).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# Libraries of the C library itself: every system has them, no Depends line needed.
LIBC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libutil|ld-linux.*|linux-vdso)\.so")
# Plugins that only load where their library is: the GTK theme on a GTK desktop, Wayland in a
# Wayland session (elsewhere Qt uses X11). The .deb recommends these instead of requiring them.
OPTIONAL = {"libgtk-3.so.0", "libgdk-3.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1"}
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) == b"\x7fELF":
                found.append(path)
    return found


def ldd(path: Path, env: dict[str, str]) -> list[tuple[str, str]]:
    out = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
    ).stdout
    return [(m.group(1), m.group(2)) for m in map(LDD_LINE.match, out.splitlines()) if m]


def needed(path: Path) -> set[str]:
    """The libraries a file names itself (DT_NEEDED), as dpkg-shlibdeps counts them."""
    out = subprocess.run(
        ["readelf", "-dW", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def packages_of(paths: set[str]) -> dict[str, str]:
    """library path -> Debian package (dpkg -S), for the paths dpkg knows."""
    owners: dict[str, str] = {}
    for path in sorted(paths):
        real = os.path.realpath(path)
        for candidate in (path, real, re.sub(r"^/lib/", "/usr/lib/", real)):
            result = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                owners[path] = result.stdout.split(":", 1)[0].strip()
                break
    return owners


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--list", action="store_true", help="list the system libraries used")
    parser.add_argument(
        "--control", action="store_true", help="print .deb Depends: and Recommends: lines"
    )
    args = parser.parse_args()
    internal = args.bundle / "_internal"
    # The bootloader puts _internal on the library path; Qt's libraries use $ORIGIN.
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal.resolve()))
    files = elf_files(args.bundle)
    missing: dict[str, list[str]] = {}
    system: set[str] = set()
    # Libraries only optional plugins use (GTK theme, Wayland): recommended, not required.
    optional_only: set[str] = set()
    required: set[str] = set()
    bundle_root = str(args.bundle.resolve())
    with ThreadPoolExecutor(max_workers=4) as pool:
        for path, deps in zip(files, pool.map(lambda p: ldd(p, env), files), strict=True):
            optional = any(name in OPTIONAL for name, _ in deps)
            direct = needed(path)
            for name, where in deps:
                if where != "not found" and name in direct:
                    (optional_only if optional else required).add(where)
                if where == "not found" and name in OPTIONAL:
                    continue
                if where == "not found":
                    missing.setdefault(name, []).append(str(path.relative_to(args.bundle)))
                elif (
                    name in direct
                    and not os.path.realpath(where).startswith(bundle_root)
                    and not LIBC.match(name)
                ):
                    system.add(where)
    if missing:
        for name, users in sorted(missing.items()):
            print(f"missing {name}: needed by {', '.join(sorted(users)[:4])}", file=sys.stderr)
        return 1
    owners = packages_of(system)
    if args.control:
        depends = {owners[p] for p in system & required if p in owners}
        recommends = {owners[p] for p in system - required if p in owners} - depends
        print("Depends: " + ", ".join(sorted(depends)))
        print("Recommends: " + ", ".join(sorted(recommends)))
    else:
        packages = sorted(set(owners.values()))
        print(
            f"{len(files)} ELF files checked, no missing library; {len(packages)} system packages"
        )
        for pkg in packages if args.list else []:
            libs = sorted(os.path.basename(p) for p, o in owners.items() if o == pkg)
            print(f"  system: {pkg}: {' '.join(libs)}")
        unowned = sorted(system - set(owners))
        if unowned and args.list:
            print(f"  system, no Debian package: {' '.join(unowned)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
