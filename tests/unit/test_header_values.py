"""The one header check (envoi.header_values) and the places that take header values."""

from __future__ import annotations

from pathlib import Path

import pytest

from envoi.contacts.addresses import InvalidAddress, normalize
from envoi.contacts.service import ContactService
from envoi.errors import InvalidInputError, Text
from envoi.header_values import HeaderInjectionError, clean, has_line_break
from envoi.message import headers
from envoi.store.engine import Store
from envoi.templates.identity import SenderIdentity, validate_identity
from envoi.templates.library import TemplateDraft, write_file

BREAKS = ["Eve\r\nBcc: victim@example.com", "Eve\nX", "Eve\rX", "Eve\0X"]


@pytest.mark.parametrize("value", BREAKS)
def test_a_line_break_or_nul_is_refused(value: str) -> None:
    assert has_line_break(value)
    with pytest.raises(HeaderInjectionError) as caught:
        clean(value, Text("subject"))
    message = caught.value.user_message
    assert message == "The subject contains a line break, which an e-mail header cannot hold."
    assert isinstance(message, Text) and message.params == {"what": "subject"}


def test_a_clean_value_passes_and_the_limit_is_checked() -> None:
    assert not has_line_break("Soldes d’été — 20 %")
    assert clean("Soldes d’été", "subject", limit=12) == "Soldes d’été"
    with pytest.raises(InvalidInputError, match="longer than 11 characters") as caught:
        clean("Soldes d’été", "subject", limit=11)
    assert not isinstance(caught.value, HeaderInjectionError)


def test_message_headers_reexports_the_same_check() -> None:
    assert headers.clean is clean
    assert headers.HeaderInjectionError is HeaderInjectionError


@pytest.mark.parametrize("value", BREAKS)
def test_contact_names_use_the_check(sqlite_store: Store, value: str) -> None:
    contacts = ContactService(sqlite_store)
    with pytest.raises(HeaderInjectionError):
        contacts.add("a@example.com", first_name=value)
    with pytest.raises(HeaderInjectionError):
        contacts.create_list(value)
    assert contacts.count() == 0


@pytest.mark.parametrize("value", BREAKS)
def test_addresses_use_the_check(value: str) -> None:
    with pytest.raises(InvalidAddress, match="line break"):
        normalize(f"{value}@example.com")


@pytest.mark.parametrize("value", BREAKS)
def test_the_sender_identity_uses_the_check(value: str) -> None:
    with pytest.raises(HeaderInjectionError) as caught:
        validate_identity(SenderIdentity(company=value))
    assert caught.value.user_message.startswith("The sender's company contains a line break")


@pytest.mark.parametrize("value", BREAKS)
def test_a_template_file_header_uses_the_check(tmp_path: Path, value: str) -> None:
    draft = TemplateDraft("News", value, "<p>Hi</p>", "", "")
    target = tmp_path / "news.html"
    with pytest.raises(HeaderInjectionError):
        write_file(draft, target)
    assert not target.exists()
    with pytest.raises(InvalidInputError, match="-->"):
        write_file(TemplateDraft("News -->", "Hi", "<p>Hi</p>", "", ""), target)
