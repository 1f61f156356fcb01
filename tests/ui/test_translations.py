"""Every UI string reaches the French translation.

(a) pyside6-lupdate, run afresh into a temporary folder over each group's sources, finds
    every string the window can show (tr(), QCoreApplication.translate, QT_TRANSLATE_NOOP);
    each (context, source) must have a finished, non-empty translation in the committed
    .ts files, with the same {placeholders}.
(b) lupdate cannot see a string that never went through tr(): an AST check fails on a bare
    string literal handed straight to a Qt text API (setText, QLabel(...), QMessageBox...).
(c) The core's messages that the window shows (preflight issues, Sender check findings,
    template errors, the header check) are envoi.errors.Text, never a bare literal or an
    f-string: (a) then holds them to a French translation in the "core" group.

Both are parametrised by translation group, so a failure names the group, and each missing
string its file, line and context.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from tests.support.french import _translations_script

ROOT = Path(__file__).resolve().parents[2]


translations = _translations_script()
# The UI groups, and "core": the messages of the Qt-free core (envoi.errors.Text), which
# the window shows through envoi.ui.i18n.translate_core.
GROUPS: list[str] = [*translations.GROUPS, translations.CORE_GROUP]
LANG = "fr"
# str.format fields ({name}, {0}, {seconds:.1f}); not Jinja's {{ ... }} nor {% ... %}
PLACEHOLDER = re.compile(r"(?<!\{)\{[\w.\[\]]*(?:![rsa])?(?::[^{}]*)?\}(?!\})")
MARKUP = re.compile(r"<[^<>]*>|&[#\w]+;")  # HTML tags and entities carry no words


# ---- (a) lupdate: every string has a finished translation ------------------------------


def _found_strings(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, "file:line") of every message of a freshly generated .ts."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = "?"
            if location is not None:
                path = (ts.parent / location.get("filename", "")).resolve()
                if path.is_relative_to(ROOT):
                    path = path.relative_to(ROOT)
                where = f"{path}:{location.get('line', '?')}"
            found.append((name, message.findtext("source") or "", where))
    return found


def _committed() -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> its translation's forms (one, or the plural forms), None when
    unfinished or empty, over all committed .ts files."""
    known: dict[tuple[str, str], list[str] | None] = {}
    for ts in sorted(translations.FOLDER.glob(f"envoi_{LANG}_*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                forms: list[str] | None = None
                if node is not None and node.get("type") in (None, "", "finished"):
                    plural = node.findall("numerusform")
                    forms = [f.text or "" for f in plural] if plural else [node.text or ""]
                    forms = forms if all(f.strip() for f in forms) else None
                key = (name, message.findtext("source") or "")
                if known.get(key) is None:
                    known[key] = forms
    return known


def _placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def untranslated(fresh: Path, known: dict[tuple[str, str], list[str] | None]) -> list[str]:
    """What is wrong with the strings lupdate found in ``fresh``, given the translations."""
    problems = []
    for context, source, where in _found_strings(fresh):
        forms = known.get((context, source))
        if forms is None:
            state = "missing" if (context, source) not in known else "not translated"
            problems.append(f"{where} [{context}] {state}: {source!r}")
            continue
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                problems.append(f"{where} [{context}] placeholders differ: {source!r} -> {form!r}")
    return problems


@pytest.mark.parametrize("group", GROUPS)
def test_every_string_of_the_group_is_translated(group: str, tmp_path: Path) -> None:
    sources = translations.group_sources(group)
    if not sources:
        pytest.skip(f"group {group} has no sources yet")
    fresh = tmp_path / f"{group}.ts"
    translations.lupdate(sources, fresh, LANG)
    problems = untranslated(fresh, _committed())
    assert not problems, (
        f"{len(problems)} string(s) of group {group!r} lack a French translation "
        f"(run: python packaging/translations.py update {group}, then translate "
        f"{translations.ts_path(group, LANG).relative_to(ROOT)}):\n" + "\n".join(problems)
    )


def test_the_check_sees_missing_strings_and_wrong_placeholders(tmp_path: Path) -> None:
    source = tmp_path / "probe_view.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n\n"
        "class ProbeView(QWidget):\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        "        self.setWindowTitle(self.tr('Saved {name}'))\n"
        "        self.setToolTip(self.tr('Sent {count} of {total}'))\n"
        "        self.setStatusTip(self.tr('Hello {{ contact.first_name }}'))\n",
        "utf-8",
    )
    fresh = tmp_path / "probe.ts"
    translations.lupdate([source], fresh, LANG)
    known: dict[tuple[str, str], list[str] | None] = {
        ("ProbeView", "Sent {count} of {total}"): ["{count} envoyés sur {totale}"],
        ("ProbeView", "Hello {{ contact.first_name }}"): ["Bonjour {{ contact.first_name }}"],
    }
    problems = untranslated(fresh, known)
    assert len(problems) == 2, problems
    assert "probe_view.py:6 [ProbeView] missing: 'Saved {name}'" in problems[0]
    assert "placeholders differ" in problems[1] and "{totale}" in problems[1]


# ---- (b) AST: no bare literal handed to a Qt text API ----------------------------------

# Methods whose string arguments the user reads.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addAction", "addMenu", "setTitle", "setSubTitle", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addTab", "insertTab",
    "setTabText", "setTabToolTip", "setItemText", "addItem", "addItems", "insertItem",
    "setInformativeText", "setButtonText", "setSuffix", "setPrefix", "setLabelText",
    "setSpecialValueText", "showMessage", "addRow", "setFormat",
})  # fmt: skip
# Methods whose later arguments are data, not text: only these positions are checked.
TEXT_POSITIONS = {"addItem": (0,), "insertItem": (1,), "addRow": (0,), "addTab": (1,)}
TEXT_CLASSES = frozenset({
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton",
    "QToolButton", "QMenu", "QListWidgetItem", "QCommandLinkButton",
})  # fmt: skip
MESSAGE_BOX = frozenset({"information", "warning", "question", "critical", "about"})
# Static dialogs: owner -> {method: positions of their caption, label and filter}.
STATIC_DIALOGS = {
    "QMessageBox": dict.fromkeys(MESSAGE_BOX, (1, 2)),
    "QInputDialog": dict.fromkeys(
        ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"), (1, 2)
    ),
    "QFileDialog": {
        "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
        "getExistingDirectory": (1,),
    },
}  # fmt: skip
# Proper nouns and format-only strings that read the same in every language.
ALLOWED = frozenset({"Envoi", "English", "Français", "SMTP", "IMAP", "DKIM", "SPF", "DMARC"})


def _needs_translation(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = PLACEHOLDER.sub("", node.value)
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return False
    text = MARKUP.sub("", text)
    return any(ch.isalpha() for ch in text) and text.strip() not in ALLOWED


def _literals(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.List | ast.Tuple):
        return list(node.elts)
    return [node]


def _call_name(call: ast.Call) -> tuple[str, str]:
    """(owner, name): ("QMessageBox", "warning"), ("", "QLabel"), ("self.label", "setText")."""
    func = call.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", ""


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions of the module that hand a parameter to tr()/translate(): lupdate cannot see
    the strings their callers pass (``_tr("Saved")``)."""
    names = set()
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        params = {a.arg for a in func.args.args}
        for call in ast.walk(func):
            if (
                isinstance(call, ast.Call)
                and _call_name(call)[1] in ("tr", "translate")
                and any(isinstance(a, ast.Name) and a.id in params for a in call.args)
            ):
                names.add(func.name)
    return names


def bare_literals(path: Path) -> list[str]:
    """ "file:line: Api('text')" for each bare literal reaching a Qt text API in ``path``."""
    code = path.read_text("utf-8")
    tree = ast.parse(code, str(path))
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    wrappers = _wrappers(tree)
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        owner, name = _call_name(call)
        if not owner and name in wrappers:
            args = list(call.args)  # the wrapper's strings never reach lupdate
        elif name in STATIC_DIALOGS.get(owner, {}):
            positions = STATIC_DIALOGS[owner][name]
            args = [a for i, a in enumerate(call.args) if i in positions]
        elif name in TEXT_CLASSES or name in TEXT_METHODS:
            positions = TEXT_POSITIONS.get(name)
            args = [a for i, a in enumerate(call.args) if positions is None or i in positions]
        else:
            continue
        args = args + [k.value for k in call.keywords if k.arg in ("text", "title", "label")]
        for arg in args:
            for literal in _literals(arg):
                if _needs_translation(literal):
                    shown = ast.get_source_segment(code, literal) or "?"
                    found.append(f"{where}:{literal.lineno}: {name}({shown})")
    return found


@pytest.mark.parametrize("group", GROUPS)
def test_no_bare_string_reaches_a_qt_text_api(group: str) -> None:
    problems = [line for path in translations.group_sources(group) for line in bare_literals(path)]
    assert not problems, (
        f"wrap these strings of group {group!r} in self.tr() / QCoreApplication.translate():\n"
        + "\n".join(problems)
    )


def test_every_ui_module_belongs_to_a_group() -> None:
    """A new UI module outside every group would escape both checks."""
    grouped = set(translations.all_sources())
    ui = translations.UI
    loose = [
        str(p.relative_to(ROOT))
        for p in sorted(ui.rglob("*.py"))
        if p not in grouped and p.name != "__init__.py"
    ]
    assert not loose, "add these to GROUPS in packaging/translations.py: " + ", ".join(loose)


def test_the_ast_check_finds_bare_literals(tmp_path: Path) -> None:
    probe = tmp_path / "probe_view.py"
    probe.write_text(
        "box.setText('Hello')\n"
        "QMessageBox.warning(self, 'Title', self.tr('Fine'))\n"
        "combo.addItem(self.tr('All'), 'all')\n"
        "label = QLabel('—')\n"
        "table.setHorizontalHeaderLabels([self.tr('Line'), 'Value'])\n"
        "button = QPushButton(f'Send {n} mails')\n"
        "window.setWindowTitle('Envoi')\n"
        "title.setText(f'<b>{name}</b>')\n"
        "QFileDialog.getSaveFileName(self, self.tr('Save'), 'rows.csv', 'CSV files (*.csv)')\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Probe', text)\n"
        "status(_tr('Saved'))\n",
        "utf-8",
    )
    found = bare_literals(probe)
    assert [line.split(": ", 1)[1] for line in found] == [
        "setText('Hello')",
        "warning('Title')",
        "setHorizontalHeaderLabels('Value')",
        "QPushButton(f'Send {n} mails')",
        "getSaveFileName('CSV files (*.csv)')",
        "_tr('Saved')",
    ]


# ---- (c) the core's messages are Text, so that (a) sees them ---------------------------

CORE = ROOT / "desktop" / "envoi"
ANY_ERROR = "...Error"  # any call whose name ends in Error, but Python's own
_NOT_OURS = frozenset({"ValueError", "TypeError", "KeyError", "RuntimeError", "OSError"})
# Modules whose messages the window shows -> {call: positions of its message arguments}.
# Keywords named like the dataclass fields are checked too (CORE_KEYWORDS).
_CHECKS = {"CheckResult": (3, 4), "passed": (2,), "could_not_check": (2,)}
_ERRORS = {
    "TemplateProblem": (0, 1), "TemplateSecurityError": (0, 1), "TemplateLimitError": (0, 1),
    "HeaderInjectionError": (0, 1), "InvalidInputError": (0, 1),
}  # fmt: skip
CORE_MESSAGES: dict[str, dict[str, tuple[int, ...]]] = {
    **{f"dnscheck/{name}.py": _CHECKS for name in (
        "blocklists", "dkim_check", "dmarc", "mx", "ptr", "readiness", "results", "runner",
        "smtp_tls", "spf",
    )},
    "sending/preflight.py": {"PreflightIssue": (2, 3)},
    "templates/render.py": _ERRORS,
    "templates/limits.py": _ERRORS,
    "header_values.py": _ERRORS,
    # Modules whose every error (any call named ...Error) the window may show.
    **{module: {ANY_ERROR: (0, 1)} for module in (
        "contacts/service.py", "contacts/importing/sniffing.py",
        "contacts/importing/file_readers.py", "dnscheck/resolver.py", "message/headers.py",
        "sending/campaigns.py", "sending/profiles.py", "sending/transport.py",
        "templates/identity.py", "templates/library.py", "templates/checks.py",
        "segments/rules.py", "segments/service.py", "contacts/fields.py", "message/dkim.py",
        "store/backup.py", "store/restore.py", "store/engine.py", "dnscheck/dkim_keys.py",
        "bounces/review.py", "bounces/mailbox.py", "bounces/policy.py", "bounces/service.py",
        "bounces/idle.py", "contacts/export.py", "contacts/importing/importer.py",
        "contacts/query.py", "message/links.py", "message/reference.py", "message/factory.py",
        "message/spec.py", "sending/campaign_rows.py", "sending/retry.py", "sending/runner.py",
        "sending/trial.py", "store/migrate.py", "abtests/service.py", "contacts/suppression.py",
        "relay/client/api.py", "relay/client/connection.py",
    )},
}  # fmt: skip
CORE_MESSAGES["templates/checks.py"] = {ANY_ERROR: (0, 1), "ContentIssue": (2, 3)}
CORE_KEYWORDS = frozenset({"message", "fix", "hint", "user_message"})


def untranslatable_core_messages(path: Path, calls: dict[str, tuple[int, ...]]) -> list[str]:
    """ "file:line: Call('text')" for each literal or f-string message of ``calls``."""
    code = path.read_text("utf-8")
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found = []
    for call in ast.walk(ast.parse(code, str(path))):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)[1]
        if name not in calls and ANY_ERROR in calls:
            name = ANY_ERROR if name.endswith("Error") and name not in _NOT_OURS else name
        if name not in calls:
            continue
        args = [a for i, a in enumerate(call.args) if i in calls[name]]
        args += [k.value for k in call.keywords if k.arg in CORE_KEYWORDS]
        for arg in args:
            if _needs_translation(arg):
                shown = ast.get_source_segment(code, arg) or "?"
                found.append(f"{where}:{arg.lineno}: {name}({shown})")
    return found


@pytest.mark.parametrize("module", sorted(CORE_MESSAGES))
def test_the_core_messages_the_window_shows_are_text(module: str) -> None:
    problems = untranslatable_core_messages(CORE / module, CORE_MESSAGES[module])
    assert not problems, (
        "write these messages as envoi.errors.Text('... {name} ...', name=value), so that "
        "the window can translate them (then: python packaging/translations.py update "
        "core, and translate resources/translations/envoi_fr_core.ts):\n" + "\n".join(problems)
    )


def test_the_core_check_finds_literals_and_the_catalogue_finds_text(tmp_path: Path) -> None:
    probe = tmp_path / "probe_check.py"
    probe.write_text(
        "from envoi.errors import Text\n"
        "CheckResult('spf', 'spf', 'fail', f'{domain} has no SPF record.', Text('Publish it.'))\n"
        "passed('spf', 'spf', Text('{domain} has one SPF record.', domain=domain))\n"
        "PreflightIssue('x', 'warning', message='The subject is empty.')\n",
        "utf-8",
    )
    calls = {"CheckResult": (3, 4), "passed": (2,), "PreflightIssue": (2, 3)}
    found = [line.split(": ", 1)[1] for line in untranslatable_core_messages(probe, calls)]
    assert found == [
        "CheckResult(f'{domain} has no SPF record.')",
        "PreflightIssue('The subject is empty.')",
    ]
    probe.write_text(
        "raise NotFoundError(f'There is no list {name}.', Text('See the lists.'))\n"
        "raise ValueError('not ours: never shown as such')\n",
        "utf-8",
    )
    found = untranslatable_core_messages(probe, {ANY_ERROR: (0, 1)})
    assert [line.split(": ", 1)[1] for line in found] == ["...Error(f'There is no list {name}.')"]
    templates = {template for template, _path, _line in translations.core_texts()}
    assert "The {part} template has an error at {where}: {problem}." in templates
    assert "{domain} has no SPF record: receivers can't tell which servers may send for it." in (
        templates
    )
    assert "The profile '{name}' was never tested." in templates
