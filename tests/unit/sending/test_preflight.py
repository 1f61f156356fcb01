"""Preflight: typed issues before a send (errors block, warnings ask)."""

from __future__ import annotations

from datetime import timedelta

from envoi.sending.campaigns import CampaignData, CampaignService
from envoi.sending.limits import Limits
from envoi.sending.preflight import preflight, send_duration
from envoi.sending.profiles import ProfileData, ProfileService
from envoi.sending.secrets import MemorySecretStore
from envoi.store.engine import Store
from envoi.templates.library import TemplateDraft, TemplateService
from tests.integration.sending.conftest import add_audience


def _codes(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {i.code: i.severity for i in report.issues}


def test_send_duration_uses_the_tightest_limit() -> None:
    assert send_duration(1000, Limits()) is None
    assert send_duration(3000, Limits(per_second=10, per_hour=1000)) == timedelta(hours=3)


def test_issues_of_a_plain_campaign(sqlite_store: Store) -> None:
    add_audience(sqlite_store, 30)
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("slow", "smtp.example.com", per_day=10))
    service = CampaignService(sqlite_store)
    c = service.create(CampaignData("c", "shop@gmail.com", "Hi", "Hello", profile_id=profile.id,
                                    lists=["all"]))  # fmt: skip
    report = preflight(sqlite_store, c.id, profiles)
    assert _codes(report) == {
        "profile_not_tested": "warning",
        "longer_than_a_day": "warning",
        "free_mail_from": "warning",
        "no_unsubscribe_link": "warning",
    }
    assert not report.blocking and len(report.warnings) == 4
    # Gmail's own server may send a gmail.com From address.
    gmail = profiles.add(ProfileData("gmail", "smtp.gmail.com", per_day=100000))
    c2 = service.create(CampaignData("c2", "shop@gmail.com", "Hi", "Unsubscribe: reply STOP",
                                     profile_id=gmail.id, lists=["all"]))  # fmt: skip
    assert "free_mail_from" not in _codes(preflight(sqlite_store, c2.id, profiles))
    service.cancel(c2.id)
    report = preflight(sqlite_store, c2.id, profiles)
    assert report.blocking and _codes(report)["empty_audience"] == "error"


def test_template_campaign_reports_missing_merge_values(sqlite_store: Store) -> None:
    add_audience(sqlite_store, 5)
    TemplateService(sqlite_store).save(TemplateDraft(
        "t", "Hello {{ contact.first_name }}",
        html="<p>{{ contact.nickname }}</p><a href='{{ unsubscribe_url }}'>Unsubscribe</a>",
        text="{{ contact.nickname }}",
    ))  # fmt: skip
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("p", "smtp.example.com"))
    c = CampaignService(sqlite_store).create(
        CampaignData("c", "news@shop.example", "", template="t", profile_id=profile.id,
                     lists=["all"])
    )  # fmt: skip
    report = preflight(sqlite_store, c.id, profiles)
    missing = [i for i in report.issues if i.code == "missing_merge_value"]
    assert missing and "5 of the first 5" in missing[0].message


def test_the_last_sender_check_is_shown_again(sqlite_store: Store) -> None:
    from datetime import UTC, datetime

    from envoi.dnscheck.results import CheckResult
    from envoi.dnscheck.runner import CheckReport, save_report

    add_audience(sqlite_store, 3)
    profiles = ProfileService(sqlite_store, MemorySecretStore())
    profile = profiles.add(ProfileData("own", "smtp.shop.example"))
    c = CampaignService(sqlite_store).create(CampaignData(
        "c", "news@Shop.example", "Hi", "Unsubscribe: reply STOP", profile_id=profile.id,
        lists=["all"]))  # fmt: skip
    codes = _codes(preflight(sqlite_store, c.id, profiles))
    assert codes["sender_not_checked"] == "warning"
    checks = (
        CheckResult("spf.record", "spf", "fail", "No SPF record.", "Publish one.", "v=spf1 -all"),
        CheckResult("dmarc.record", "dmarc", "pass", "DMARC is published."),
    )
    save_report(sqlite_store, CheckReport("shop.example", datetime.now(UTC), checks))
    report = preflight(sqlite_store, c.id, profiles)
    issues = {i.code: i for i in report.issues}
    assert "sender_not_checked" not in issues and "sender_dmarc.record" not in issues
    assert issues["sender_spf.record"].severity == "warning"
    assert "No SPF record." in issues["sender_spf.record"].message
    assert issues["sender_spf.record"].hint == "Publish one."
