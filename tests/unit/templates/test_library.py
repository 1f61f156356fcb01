"""Template library in the database, files in and out, the shipped samples, the CLI."""

from __future__ import annotations

import email
import json
from email.policy import default
from pathlib import Path

import pytest

from envoi.cli import main
from envoi.errors import ConflictError, NotFoundError
from envoi.templates.checks import check_content
from envoi.templates.library import TemplateDraft, TemplateService, parse_file, sample_files
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, Sender, build_context
from envoi.templates.render import CampaignTemplate

SENDER = Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris")
UNSUB = "https://boutique.example/u/abc"


def test_save_get_copy_delete(store) -> None:
    service = TemplateService(store)
    saved = service.save(TemplateDraft("Spring", "Hi {{ contact.first_name }}", "<p>x</p>"))
    assert service.get("Spring") == saved
    assert service.get(saved.id).name == "Spring"
    copy = service.copy("Spring", "Spring 2")
    assert copy.html == "<p>x</p>" and copy.id != saved.id
    with pytest.raises(ConflictError):
        service.copy("Spring", "Spring 2")
    service.save(TemplateDraft("Spring", "New subject", "<p>y</p>"))
    assert service.get("Spring").subject == "New subject"
    service.delete("Spring")
    assert [r.name for r in service.list()] == ["Spring 2"]
    with pytest.raises(NotFoundError):
        service.get("Spring")


def test_files_round_trip(sqlite_store, tmp_path: Path) -> None:
    service = TemplateService(sqlite_store)
    service.save(TemplateDraft("Été", "Bonjour {{ contact.first_name }}", "<p>é</p>", "",
                               "Pré"))  # fmt: skip
    service.export_file("Été", tmp_path / "ete.html")
    service.export_file("Été", tmp_path / "ete.json")
    from_html = parse_file(tmp_path / "ete.html")
    assert (from_html.name, from_html.subject, from_html.preheader, from_html.html) == (
        "Été", "Bonjour {{ contact.first_name }}", "Pré", "<p>é</p>"
    )  # fmt: skip
    assert json.loads((tmp_path / "ete.json").read_text())["html"] == "<p>é</p>"
    plain = tmp_path / "my_offer.html"
    plain.write_text("<html><head><title>Big &amp; bold</title></head><body>x</body></html>")
    imported = service.import_file(plain)
    assert (imported.name, imported.subject) == ("My offer", "Big & bold")


@pytest.mark.parametrize("path", sample_files("all"), ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_samples_render_check_and_read_well(path: Path) -> None:
    draft = parse_file(path)
    html = draft.html
    assert 'name="viewport"' in html and "@media" in html  # responsive
    template = CampaignTemplate(draft.source)
    ctx = build_context(SAMPLE_CONTACT, Campaign("c"), SENDER, UNSUB, "https://b.example/v/1")
    out = template.render(ctx)
    report = check_content(out, unsubscribe_url=UNSUB, postal_address=SENDER.postal_address)
    assert report.issues == (), report.issues
    assert "Élodie" in out.subject or "Boutique" in out.subject
    text = out.text
    assert "Élodie" in text
    assert "{{" not in text and "{%" not in text and "<" not in text
    assert "color:" not in text and "@media" not in text  # no CSS leaked
    assert f"] {UNSUB}" in text  # the unsubscribe link as a footnote
    assert "\n\n[1] https://" in text  # footnotes set apart by a blank line
    assert "Boutique Dupré\nBoutique Dupré" not in text
    assert max(len(line) for line in text.splitlines()) <= 76 or "http" in text
    assert "\n\n\n" not in text
    assert 'style="' in out.html  # CSS inlined


def test_cli_samples_render_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'e.sqlite3'}"]
    assert main([*db, "templates", "samples"]) == 0
    assert main([*db, "templates", "sender", "--name", "Boutique", "--email",
                 "news@boutique.example", "--postal-address", "1 Main St"]) == 0  # fmt: skip
    assert main([*db, "contacts", "add", "ann@example.com", "--first", "Ann"]) == 0
    capsys.readouterr()
    assert main([*db, "templates", "render", "Newsletter", "--contact", "ann@example.com",
                 "--part", "subject"]) == 0  # fmt: skip
    assert capsys.readouterr().out.strip() == "Ann, the news from Boutique"
    assert main([*db, "templates", "check", "Promotion", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["issues"] == []
    assert report["audience"]["contacts"] == 1
    assert main([*db, "templates", "render", "Plain letter", "--contact", "nobody@x.com"]) == 2


def test_cli_render_prints_a_parsable_message(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'e.sqlite3'}"]
    source = tmp_path / "t.html"
    source.write_text("<!--envoi\nsubject: Hé {{ contact.first_name }}\n-->\n<p>Hello</p>")
    assert main([*db, "templates", "render", str(source), "--from-email", "a@b.example"]) == 0
    msg = email.message_from_bytes(capsysbinary.readouterr().out, policy=default)
    assert msg["Subject"] == "Hé Élodie"
    assert msg["From"] == "a@b.example"


def test_cli_import_takes_a_subject(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'e.sqlite3'}"]
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Title</title></head><body><p>Hi</p></body></html>")
    assert main([*db, "templates", "import", str(page), "--name", "Page"]) == 0
    assert main([*db, "templates", "import", str(page), "--name", "Page 2",
                 "--subject", "{{ contact.first_name }}, our news"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*db, "templates", "list", "--json"]) == 0
    subjects = {t["name"]: t["subject"] for t in json.loads(capsys.readouterr().out)}
    assert subjects == {"Page": "Title", "Page 2": "{{ contact.first_name }}, our news"}
    assert main([*db, "templates", "import", str(page), "--subject", "a\nBcc: x@y.z"]) == 2


def test_cli_render_shows_the_links_a_send_gives(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """No placeholder: the mailto the bounce poller reads, in the link and the header."""
    db = ["--db", f"sqlite:///{tmp_path / 'e.sqlite3'}"]
    source = tmp_path / "t.html"
    source.write_text(
        "<!--envoi\nsubject: Hi\n-->\n<a href='{{ unsubscribe_url }}'>Unsubscribe</a>"
    )
    assert main([*db, "templates", "sender", "--email", "news@shop.fr",
                 "--bounce-address", "retours@shop.fr"]) == 0  # fmt: skip
    capsysbinary.readouterr()
    assert main([*db, "templates", "render", str(source)]) == 0
    raw = capsysbinary.readouterr().out
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["List-Unsubscribe"] == "<mailto:retours@shop.fr?subject=unsubscribe>"
    assert b"invalid" not in raw
    html = next(p for p in msg.walk() if p.get_content_type() == "text/html").get_content()
    assert "href='mailto:retours@shop.fr?subject=unsubscribe'" in html
    assert main([*db, "templates", "sender", "--unsubscribe-url", "http://shop.fr/u"]) == 2


def test_cli_check_over_a_segment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from envoi.contacts.service import ContactService
    from envoi.segments.rules import Condition, Group
    from envoi.segments.service import SegmentService
    from envoi.store.engine import Store
    from envoi.store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'e.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    contacts = ContactService(store)
    contacts.define_field("City", "text")
    contacts.add("ann@example.com", first_name="Ann", fields={"city": "Lyon"})
    contacts.add("bo@example.com", fields={"city": "Lyon"})
    contacts.add("cy@example.com", fields={"city": "Paris"})
    SegmentService(store).save("Lyon", Group("all", (Condition("custom:city", "equals", "Lyon"),)))
    store.dispose()
    source = tmp_path / "t.html"
    source.write_text(
        "<!--envoi\nsubject: Hi {{ contact.first_name }}\n-->\n"
        "<p>{{ sender.postal_address }}</p><a href='{{ unsubscribe_url }}'>Unsubscribe</a>"
    )
    db = ["--db", url]
    assert main([*db, "templates", "check", str(source), "--segment", "Lyon", "--json",
                 "--postal-address", "1 Main St"]) == 0  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert report["audience"]["contacts"] == 2
    assert report["audience"]["missing"][0]["field"] == "first_name"
    assert report["audience"]["missing"][0]["examples"] == ["bo@example.com"]
