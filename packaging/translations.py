"""French translation of the window: update the .ts sources, build the .qm Envoi loads.

    python packaging/translations.py update   # pyside6-lupdate: new UI strings into the .ts files
    python packaging/translations.py build    # pyside6-lrelease: every .ts -> one envoi_fr.qm
    python packaging/translations.py status   # per .ts file: finished / unfinished counts

One .ts file per group of UI sources (``GROUPS``), so that the areas can be translated side
by side; ``build`` merges them into ``resources/translations/envoi_<lang>.qm``, the file
``envoi.ui.i18n`` loads. The .qm is built, not committed: scripts/run.sh, scripts/test.sh
and the packaging scripts call ``build``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "envoi" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)

# group -> the UI sources whose strings it holds (folders are taken recursively).
GROUPS: dict[str, tuple[Path, ...]] = {
    "main": (
        UI / "app.py",
        UI / "main_window.py",
        UI / "bridge.py",
        UI / "context.py",
        UI / "mailbox_poller.py",
        UI / "i18n.py",
        UI / "campaign_scheduler.py",
        UI / "widgets",
        UI / "models",
    ),
    "contacts": (UI / "views" / "contacts",),
    "imports": (UI / "views" / "imports",),
    "segments": (UI / "views" / "segments",),
    "templates": (UI / "views" / "templates",),
    "campaigns": (UI / "views" / "campaigns",),
    "sendercheck": (UI / "views" / "sendercheck",),
    "bounces": (UI / "views" / "bounces",),
    "reports": (UI / "views" / "reports",),
    "backup": (UI / "views" / "backup",),
    "settings": (UI / "views" / "settings",),
}


def group_sources(group: str) -> list[Path]:
    files: list[Path] = []
    for entry in GROUPS[group]:
        if entry.is_dir():
            files.extend(sorted(entry.rglob("*.py")))
        elif entry.exists():
            files.append(entry)
    return files


def all_sources() -> list[Path]:
    return [path for group in GROUPS for path in group_sources(group)]


def ts_path(group: str, lang: str) -> Path:
    return FOLDER / f"envoi_{lang}_{group}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"envoi_{lang}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this interpreter, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def lupdate(sources: list[Path], ts: Path, lang: str) -> None:
    """Add the strings of ``sources`` to ``ts`` (kept translations stay; gone ones are dropped)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [_tool("pyside6-lupdate"), *map(str, sources), "-no-obsolete",
           "-source-language", "en", "-target-language", lang, "-ts", str(ts)]  # fmt: skip
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def update(groups: list[str] | None = None) -> None:
    for lang in LANGUAGES:
        for group in groups or list(GROUPS):
            sources = group_sources(group)
            if sources:
                lupdate(sources, ts_path(group, lang), lang)


def build() -> list[Path]:
    built = []
    for lang in LANGUAGES:
        ts_files = sorted(FOLDER.glob(f"envoi_{lang}_*.ts"))
        if not ts_files:
            continue
        out = qm_path(lang)
        cmd = [_tool("pyside6-lrelease"), *map(str, ts_files), "-qm", str(out)]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        built.append(out)
    return built


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None when unfinished/empty) of one .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text: str | None = None
            if node is not None and node.get("type") in (None, "", "finished"):
                plural = node.findall("numerusform")
                if plural and all(f.text for f in plural):
                    text = "|".join(f.text or "" for f in plural)
                elif not plural:
                    text = node.text or None
            found.append((name, source, text))
    return found


def status() -> int:
    for ts in sorted(FOLDER.glob("envoi_*_*.ts")):
        items = messages(ts)
        done = sum(1 for _c, _s, t in items if t)
        print(f"{ts.name}: {done}/{len(items)} translated")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["update", "build", "status"])
    parser.add_argument("groups", nargs="*", help="update only these groups")
    args = parser.parse_args(argv)
    if args.action == "update":
        update(args.groups or None)
        return status()
    if args.action == "build":
        for path in build():
            print(path.relative_to(ROOT))
        return 0
    return status()


if __name__ == "__main__":
    sys.exit(main())
