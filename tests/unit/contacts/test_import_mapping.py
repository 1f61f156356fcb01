"""Header names to fields: the rules, not a table of files."""

from __future__ import annotations

import pytest

from envoi.contacts.importing.column_mapping import (
    guess_type,
    normalize_header,
    parse_date,
    status_value,
    suggest_mapping,
)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # Outlook
        (["First Name", "Middle Name", "Last Name", "E-mail Address", "E-mail 2 Address"],
         ["first_name", "custom:middle_name", "last_name", "email", "custom:e_mail_2_address"]),
        # Google Contacts (current layout)
        (["First Name", "Last Name", "E-mail 1 - Label", "E-mail 1 - Value"],
         ["first_name", "last_name", "custom:e_mail_1_label", "email"]),
        # Shopify customers
        (["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Tags"],
         ["custom:customer_id", "first_name", "last_name", "email", "status", "tags"]),
        # Brevo (French and English)
        (["EMAIL", "PRENOM", "NOM", "SMS"], ["email", "first_name", "last_name", "custom:sms"]),
        (["EMAIL", "FIRSTNAME", "LASTNAME"], ["email", "first_name", "last_name"]),
        # HubSpot
        (["Record ID", "First Name", "Last Name", "Email"],
         ["custom:record_id", "first_name", "last_name", "email"]),
        # listmonk
        (["email", "name", "attributes"], ["email", "full_name", "attributes"]),
        # German Outlook
        (["Vorname", "Nachname", "E-Mail-Adresse"], ["first_name", "last_name", "email"]),
        # Passwords are never imported
        (["Email *", "Password *", "Mot de passe"], ["email", "ignore", "ignore"]),
    ],
)  # fmt: skip
def test_known_exports(headers: list[str], expected: list[str]) -> None:
    assert list(suggest_mapping(headers).targets) == expected


def test_email_found_by_values_when_the_header_says_nothing() -> None:
    mapping = suggest_mapping(["Who", "Contact"], [["Ann", "ann@example.com"], ["Bo", ""]])
    assert mapping.targets == ("custom:who", "email")


def test_display_name_beside_first_and_last_is_ignored() -> None:
    assert suggest_mapping(["Display Name", "First Name", "Last Name", "Email"]).targets[0] == (
        "ignore"
    )


def test_empty_columns_are_ignored_when_samples_are_known() -> None:
    mapping = suggest_mapping(["Email", "Fax"], [["a@example.com", ""], ["b@example.com", "N/A"]])
    assert mapping.targets == ("email", "ignore")


def test_with_target_moves_email() -> None:
    mapping = suggest_mapping(["Email", "Backup"]).with_target(1, "email")
    assert mapping.targets == ("ignore", "email")
    custom = mapping.with_target(0, "custom:old_address", "text")
    assert custom.targets == ("custom:old_address", "email") and custom.types[0] == "text"


@pytest.mark.parametrize(
    ("header", "values", "kind"),
    [
        ("Orders", ["1", "20", "3.5"], "number"),
        ("Zip", ["01234", "75001"], "text"),
        ("Phone", ["33612345678"], "text"),
        ("VIP", ["Yes", "no", ""], "boolean"),
        ("Active (0/1)", ["0", "1"], "boolean"),
        ("Count", ["0", "1"], "number"),
        ("Joined", ["2024-03-31", "01/02/2023", "12.05.2021"], "date"),
        ("Connected On", ["01 Jan 2024", "10 Oct 2024"], "date"),
        ("created_at", ["2023-03-24 10:23:10 UTC"], "date"),
        ("Notes", ["hello", "12"], "text"),
        ("Empty", [], "text"),
    ],
)
def test_type_guess(header: str, values: list[str], kind: str) -> None:
    assert guess_type(header, values) == kind


def test_dates() -> None:
    assert parse_date("31/12/2023") == "2023-12-31"
    assert parse_date("03/04/2024", "mdy") == "2024-03-04"
    assert parse_date("03.04.2024", "mdy") == "2024-04-03"  # dotted dates are day first
    assert parse_date("2024-02-30") is None
    assert parse_date("someday") is None


def test_status_values_and_header_normalising() -> None:
    assert status_value("Unsubscribed") == "unsubscribed"
    assert status_value("no") == "unsubscribed"
    assert status_value("cleaned") == "bounced"
    assert status_value("subscribed") is None
    assert normalize_header("  Titles ID (Mr = 1, Ms = 2) * ") == "titles id"
    assert normalize_header("Prénom") == "prenom"


def test_outlook_empty_dates_and_google_labels() -> None:
    from envoi.contacts.importing.import_rows import split_tags

    headers = ["First Name", "E-mail Address", "Birthday", "Anniversary", "Labels"]
    rows = [["Ann", "ann@example.com", "0/0/00", "12/24/2019", "* myContacts ::: Friends"]]
    mapping = suggest_mapping(headers, rows)
    assert mapping.targets == ("first_name", "email", "ignore", "custom:anniversary", "tags")
    assert mapping.types[3] == "date"
    assert split_tags("* myContacts ::: Friends") == ["mycontacts", "friends"]
    assert split_tags('"""Lorem Editors""", b; c|d') == ["lorem editors", "b", "c", "d"]
