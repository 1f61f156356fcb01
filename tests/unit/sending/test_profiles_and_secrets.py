"""Profiles: validation, presets, passwords kept out of the database; no keyring, said clearly."""

from __future__ import annotations

import quopri

import pytest
from sqlalchemy import text

from envoi.errors import ConflictError, InvalidInputError
from envoi.message.spec import MessageSettings
from envoi.sending.messages import Recipient, text_factory
from envoi.sending.profiles import PRESETS, ProfileData, ProfileService
from envoi.sending.secrets import (
    PASSWORD_ENV,
    MemorySecretStore,
    SecretStoreUnavailable,
    password_for,
    smtp_keyring,
)
from envoi.store.engine import Store


def test_profile_round_trip_and_password_outside_the_database(store: Store) -> None:
    secrets = MemorySecretStore()
    service = ProfileService(store, secrets)
    record = service.add(
        ProfileData("Shop", "smtp.example.com", 587, username="me", per_day=500), "s3cret!"
    )
    assert service.get("Shop") == record and service.get(record.id) == record
    assert record.limits.per_day == 500
    assert secrets.get("Shop") == "s3cret!"
    with store.engine.connect() as conn:
        dump = " ".join(str(r) for r in conn.execute(text("SELECT * FROM smtp_profiles")))
    assert "s3cret!" not in dump
    assert service.server_settings(record).password == "s3cret!"
    with pytest.raises(ConflictError):
        service.add(ProfileData("Shop", "smtp.example.com"))


@pytest.mark.parametrize(
    "data",
    [
        ProfileData("", "smtp.example.com"),
        ProfileData("x", "smtp example.com"),
        ProfileData("x", "smtp.example.com", port=0),
        ProfileData("x", "smtp.example.com", security="ssl3"),
        ProfileData("x", "smtp.example.com", connections=0),
        ProfileData("x", "smtp.example.com", per_second=-1),
    ],
)
def test_bad_profiles_are_refused(sqlite_store: Store, data: ProfileData) -> None:
    with pytest.raises(InvalidInputError):
        ProfileService(sqlite_store, MemorySecretStore()).add(data)


def test_presets_are_valid_profiles(sqlite_store: Store) -> None:
    service = ProfileService(sqlite_store, MemorySecretStore())
    for key, preset in PRESETS.items():
        service.add(preset)
        assert preset.per_second or preset.per_minute or preset.per_hour or preset.per_day, key


def test_missing_password_is_a_clear_error(sqlite_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    service = ProfileService(sqlite_store, MemorySecretStore())
    record = service.add(ProfileData("S", "smtp.example.com", username="me"))
    with pytest.raises(InvalidInputError, match="No password"):
        service.server_settings(record)
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert service.server_settings(record).password == "from-env"


def test_no_keyring_backend_is_said_and_nothing_is_written(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    store = smtp_keyring()
    assert not store.available
    assert store.get("p") is None
    with pytest.raises(SecretStoreUnavailable) as info:
        store.set("p", "pw")
    assert "no password keyring" in info.value.user_message
    assert "ENVOI_SMTP_PASSWORD" in info.value.hint
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert password_for(store, "p") is None


def test_plain_text_campaign_goes_through_the_message_line() -> None:
    """A plain-text campaign is a template with a text part only: one header check,
    CRLF, quoted-printable, ``{{ first_name }}`` read from the contact."""
    settings = MessageSettings(
        "a@example.org", "Boutique Dupré", unsubscribe_mailto="u@example.org"
    )
    with pytest.raises(InvalidInputError):
        text_factory(settings, "Hi\r\nBcc: victim@example.com", "body")
    factory = text_factory(settings, "Hi {{ first_name }} é", "Line1\nLine2 é {{ first_name }}\n")
    raw = factory.build(Recipient(delivery_id=1, email="b@example.com", contact_id=1,
                                  first_name="Zoë"))  # fmt: skip
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"Subject: Hi =?utf-8?" in head and b"To: =?utf-8?b?Wm/Dqw==?= <b@example.com>" in head
    assert b"Content-Type: text/plain" in head and b"multipart" not in raw
    assert quopri.decodestring(body).decode() == "Line1\r\nLine2 é Zoë\r\n"
    with pytest.raises(InvalidInputError):
        factory.build(
            Recipient(delivery_id=1, email="b@example.com", first_name="Eve\r\nBcc: x@y.z")
        )
