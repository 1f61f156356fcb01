"""The template library: saved in the database, imported and exported as files.

File forms:
* ``.html``: the HTML body, with subject and preheader (and an optional name) in a
  leading comment, the form of the samples in ``resources/templates/``::

      <!--envoi
      subject: {{ contact.first_name }}, our autumn news
      preheader: New arrivals and a gift
      -->
      <!DOCTYPE html>...

  A plain HTML file without that comment also imports: its <title> is the subject.
* ``.json``: ``{"name", "subject", "preheader", "html", "text"}``, everything, including
  a hand-written text body.
"""

from __future__ import annotations

import builtins
import html as html_lib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.header_values import clean
from envoi.paths import resources_dir
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.settings import Settings
from envoi.store.template_models import TemplateRow
from envoi.templates.merge import Sender
from envoi.templates.render import TemplateSource

_FRONT = re.compile(r"\A\s*<!--envoi\s*\n(.*?)-->\s*\n?", re.DOTALL)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TemplateRecord:
    id: int
    name: str
    subject: str
    preheader: str
    html: str
    text: str
    updated_at: datetime | None = None

    @property
    def source(self) -> TemplateSource:
        return TemplateSource(self.subject, self.html, self.text, self.preheader)


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    name: str
    subject: str
    html: str = ""
    text: str = ""
    preheader: str = ""

    @property
    def source(self) -> TemplateSource:
        return TemplateSource(self.subject, self.html, self.text, self.preheader)


def parse_file(path: Path) -> TemplateDraft:
    try:
        data = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(
            Text("The file {name} cannot be read as a template.", name=path.name),
            Text("Templates are UTF-8 .html or .json files."),
            str(exc),
        ) from exc
    if path.suffix.lower() == ".json":
        try:
            obj = json.loads(data)
            return TemplateDraft(
                str(obj.get("name") or path.stem),
                str(obj.get("subject", "")),
                str(obj.get("html", "")),
                str(obj.get("text", "")),
                str(obj.get("preheader", "")),
            )
        except (ValueError, AttributeError) as exc:
            raise InvalidInputError(
                Text("The file {name} is not a template in JSON.", name=path.name), "", str(exc)
            ) from exc
    meta: dict[str, str] = {}
    match = _FRONT.match(data)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip()
        data = data[match.end() :]
    subject = meta.get("subject")
    if subject is None:
        title = _TITLE.search(data)
        subject = html_lib.unescape(" ".join(title.group(1).split())) if title else ""
    name = meta.get("name") or path.stem.replace("_", " ").replace("-", " ").capitalize()
    return TemplateDraft(name, subject, data, "", meta.get("preheader", ""))


def write_file(record: TemplateRecord | TemplateDraft, path: Path) -> None:
    if path.suffix.lower() == ".json":
        payload = {
            "name": record.name,
            "subject": record.subject,
            "preheader": record.preheader,
            "html": record.html,
            "text": record.text,
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    if record.text.strip():
        raise InvalidInputError(
            Text("This template has its own text body, which an .html file cannot hold."),
            Text("Export it as .json to keep everything."),
        )
    for value in (record.name, record.subject, record.preheader):
        clean(value, Text("template's name, subject or preheader"))
        if "-->" in value:
            raise InvalidInputError(
                Text("A name or subject holds '-->', which an .html template file cannot hold."),
                Text("Export it as .json to keep everything."),
            )
    front = (
        f"<!--envoi\nname: {record.name}\nsubject: {record.subject}\n"
        f"preheader: {record.preheader}\n-->\n"
    )
    path.write_text(front + record.html, encoding="utf-8")


SAMPLE_LANGUAGES = ("en", "fr")
ALL_LANGUAGES = "all"


def samples_language(environ: Mapping[str, str] | None = None) -> str:
    """The samples a user expects: those of their language. ``ENVOI_LANG`` (what the
    window shows when it is set), else the system's locale (LC_ALL, LC_MESSAGES, LANG);
    English when it is neither French nor English. The window passes its own language."""
    env = os.environ if environ is None else environ
    for name in ("ENVOI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return samples_for_locale(value)
    return "en"


def samples_for_locale(locale: str) -> str:
    """ "fr_CA.UTF-8" -> "fr"; English for a language without samples ("de", "C")."""
    code = locale.strip()[:2].lower()
    return code if code in SAMPLE_LANGUAGES else "en"


def sample_files(language: str = "") -> list[Path]:
    """The shipped samples of ``language`` ("en", "fr"; "" the user's, see
    ``samples_language``; "all" every language's), in ``resources/templates/<language>/``."""
    language = (language or samples_language()).lower()
    if language != ALL_LANGUAGES and language not in SAMPLE_LANGUAGES:
        raise InvalidInputError(
            Text("There are no sample templates in “{language}”.", language=language),
            Text(
                "Choose one of: {items} or {all}.",
                items=", ".join(SAMPLE_LANGUAGES),
                all=ALL_LANGUAGES,
            ),
        )
    languages = SAMPLE_LANGUAGES if language == ALL_LANGUAGES else (language,)
    files: list[Path] = []
    for code in languages:
        folder = resources_dir() / "templates" / code
        files.extend(sorted(folder.glob("*.html")) if folder.is_dir() else [])
    return files


class TemplateService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[TemplateRecord]:
        with self._store.session() as session:
            rows = session.scalars(select(TemplateRow).order_by(TemplateRow.name))
            return [_record(row) for row in rows]

    def get(self, name_or_id: str | int) -> TemplateRecord:
        with self._store.session() as session:
            return _record(self._find(session, name_or_id))

    def save(self, draft: TemplateDraft, *, replace: bool = True) -> TemplateRecord:
        name = " ".join(draft.name.split())
        if not name:
            raise InvalidInputError(Text("A template needs a name."))
        with self._store.session() as session:
            row = session.scalar(select(TemplateRow).where(TemplateRow.name == name))
            if row is not None and not replace:
                raise ConflictError(Text("A template named “{name}” already exists.", name=name))
            if row is None:
                row = TemplateRow(name=name)
                session.add(row)
            row.subject, row.preheader = draft.subject, draft.preheader
            row.html, row.text = draft.html, draft.text
            row.updated_at = utc_now()
            session.flush()
            return _record(row)

    def copy(self, name_or_id: str | int, new_name: str) -> TemplateRecord:
        old = self.get(name_or_id)
        draft = TemplateDraft(new_name, old.subject, old.html, old.text, old.preheader)
        return self.save(draft, replace=False)

    def delete(self, name_or_id: str | int) -> None:
        with self._store.session() as session:
            session.delete(self._find(session, name_or_id))

    def import_file(
        self, path: Path, name: str | None = None, subject: str | None = None
    ) -> TemplateRecord:
        """``name`` and ``subject``, when given, win over the file's own."""
        draft = parse_file(path)
        draft = TemplateDraft(
            name or draft.name,
            draft.subject if subject is None else subject,
            draft.html,
            draft.text,
            draft.preheader,
        )
        return self.save(draft)

    def export_file(self, name_or_id: str | int, path: Path) -> None:
        write_file(self.get(name_or_id), path)

    def install_samples(self, language: str = "") -> builtins.list[TemplateRecord]:
        """Add the shipped samples of ``language`` (see ``sample_files``) that the library
        does not have yet (by name: the French ones have French names, so both sets can
        live side by side)."""
        have = {record.name for record in self.list()}
        added = []
        for path in sample_files(language):
            draft = parse_file(path)
            if draft.name not in have:
                added.append(self.save(draft))
        return added

    @staticmethod
    def _find(session: object, name_or_id: str | int) -> TemplateRow:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            row = session.get(TemplateRow, int(name_or_id))
            if row is not None:
                return row
        row = session.scalar(select(TemplateRow).where(TemplateRow.name == str(name_or_id)))
        if row is None:
            raise NotFoundError(
                Text("There is no template “{name_or_id}”.", name_or_id=name_or_id),
                Text("See `envoi templates list`."),
            )
        return row


def _record(row: TemplateRow) -> TemplateRecord:
    return TemplateRecord(
        row.id, row.name, row.subject, row.preheader, row.html, row.text, row.updated_at
    )


def resolve(store: Store, name_or_path: str) -> TemplateRecord | TemplateDraft:
    """A template named in the library, or a template file on disk."""
    path = Path(name_or_path)
    if path.suffix.lower() in (".html", ".htm", ".json") and path.is_file():
        return parse_file(path)
    return TemplateService(store).get(name_or_path)


# {"name", "email", "postal_address", "company", "bounce_address", "unsubscribe_url"}
SENDER_SETTING = "sender"


def load_sender(store: Store, overrides: object | None = None) -> Sender:
    """The sender templates show (settings key "sender"); ``overrides`` is anything with
    ``from_email``, ``from_name``, ``postal_address`` attributes (the CLI's arguments)."""
    saved = Settings(store).get_dict(SENDER_SETTING)
    for key, attr in (("email", "from_email"), ("name", "from_name"),
                      ("postal_address", "postal_address")):  # fmt: skip
        value = getattr(overrides, attr, None)
        if value:
            saved[key] = value
    return Sender(
        str(saved.get("name", "")),
        str(saved.get("email", "") or "sender@example.com"),
        str(saved.get("postal_address", "")),
        str(saved.get("company", "")),
        reply_to=str(saved.get("reply_to", "")),
        bounce_address=str(saved.get("bounce_address", "")),
        logo=str(saved.get("logo", "")),
        unsubscribe_url=str(saved.get("unsubscribe_url", "")),
    )
