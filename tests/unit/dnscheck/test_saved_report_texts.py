"""A saved Sender check keeps its messages' templates and params (errors.Text), so that
preflight, which reads it back, can show them in the window's language."""

from __future__ import annotations

from datetime import UTC, datetime

from envoi.dnscheck.results import CheckResult
from envoi.dnscheck.runner import CheckReport, last_report, save_report
from envoi.errors import Text, text_from_json, text_to_json
from envoi.store.engine import Store


def test_a_saved_report_reads_back_its_texts(sqlite_store: Store) -> None:
    message = Text("{domain} has one SPF record.", domain="shop.test")
    nested = Text("Could not check {what}: {why}", what=Text("the DMARC record"), why="timeout")
    report = CheckReport(
        "shop.test",
        datetime(2026, 12, 8, tzinfo=UTC),
        (
            CheckResult("spf-record", "spf", "pass", message),
            CheckResult(
                "dmarc-record", "dmarc", "error", nested, Text("Run the check again later.")
            ),
            CheckResult("mx", "mx", "pass", "plain English, no template"),
        ),
    )
    save_report(sqlite_store, report)
    back = last_report(sqlite_store, "shop.test")
    assert back is not None
    assert [c.message for c in back.checks] == [c.message for c in report.checks]
    first, second, third = back.checks
    assert isinstance(first.message, Text) and first.message.template == message.template
    assert first.message.params == {"domain": "shop.test"}
    assert isinstance(second.message, Text) and isinstance(second.message.params["what"], Text)
    assert isinstance(second.fix, Text) and second.fix == "Run the check again later."
    assert not isinstance(third.message, Text)
    # The CLI's JSON (issue 5's shape) is unchanged: plain strings, no "texts".
    assert report.as_json()["checks"][0]["message"] == "shop.test has one SPF record."


def test_a_param_json_cannot_hold_is_kept_as_its_text() -> None:
    text = Text("Envoi could not talk SMTP with {where}: {exc}.", where="smtp.test",
                exc=OSError("refused"))  # fmt: skip
    back = text_from_json(text_to_json(text))
    assert back == text == "Envoi could not talk SMTP with smtp.test: refused."
    assert back.params == {"where": "smtp.test", "exc": "refused"}
