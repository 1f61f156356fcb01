"""The shipped sample templates, in English and French: which set a user gets, and how
they greet a contact whose name is not known."""

from __future__ import annotations

from pathlib import Path

import pytest

from envoi.cli import main
from envoi.templates.library import (
    TemplateService,
    parse_file,
    sample_files,
    samples_for_locale,
    samples_language,
)
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate

SENDER = Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris")
ALL = sample_files("all")


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_samples_greet_a_nameless_contact_neutrally(path: Path) -> None:
    """No "Dear Friend" (a spam-filter rule) nor "Dear customer": "Hello," / "Bonjour,"."""
    nameless = contact_values("someone@example.com")
    out = CampaignTemplate(parse_file(path).source).render(
        build_context(nameless, Campaign("c"), SENDER, "https://b.example/u/1")
    )
    for part in (out.subject, out.text):
        lowered = part.lower()
        for word in ("friend", "dear", "customer", "cher", "ami"):
            assert word not in lowered, (word, part)
    french = path.parent.name == "fr"
    opening = out.text.split("\n\n")[:3]
    assert ("Bonjour," if french else "Hello,") in opening or (
        ("Merci de" if french else "Thank you for") in out.text
    )
    named = contact_values("ann@example.com", "ANN")
    out = CampaignTemplate(parse_file(path).source).render(
        build_context(named, Campaign("c"), SENDER, "https://b.example/u/1")
    )
    assert "Ann" in out.text and "ANN" not in out.text


def test_english_and_french_sets_with_distinct_names(sqlite_store) -> None:
    english = {parse_file(p).name for p in sample_files("en")}
    french = {parse_file(p).name for p in sample_files("fr")}
    assert len(english) == len(french) >= 3 and not english & french
    assert len(ALL) == len(english) + len(french)
    service = TemplateService(sqlite_store)
    assert {r.name for r in service.install_samples("fr")} == french
    assert {r.name for r in service.install_samples("all")} == english  # French ones kept
    for path in sample_files("fr"):
        html = parse_file(path).html
        assert "Se désinscrire" in html and "Unsubscribe" not in html


def test_the_users_language_picks_the_set() -> None:
    assert samples_language({"ENVOI_LANG": "fr"}) == "fr"
    assert samples_language({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert samples_language({"LC_ALL": "fr_BE", "LANG": "en_GB.UTF-8"}) == "fr"
    assert samples_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert samples_language({"LANG": "C.UTF-8"}) == "en"
    assert samples_language({"ENVOI_LANG": "en", "LANG": "fr_FR.UTF-8"}) == "en"
    assert samples_language({}) == "en"
    assert samples_for_locale("fr_FR") == "fr" and samples_for_locale("en_001") == "en"


def test_cli_samples_follow_envoi_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'e.sqlite3'}"]
    monkeypatch.setenv("ENVOI_LANG", "fr")
    assert main([*db, "templates", "samples"]) == 0
    assert "Lettre simple" in capsys.readouterr().out
    assert main([*db, "templates", "samples", "--language", "en"]) == 0
    assert "Plain letter" in capsys.readouterr().out
