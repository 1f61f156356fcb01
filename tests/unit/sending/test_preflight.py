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


def _template_campaign(store: Store, html: str, subject: str = "") -> tuple[int, ProfileService]:
    add_audience(store, 2)
    TemplateService(store).save(TemplateDraft("t", "Template subject", html=html))
    profiles = ProfileService(store, MemorySecretStore())
    profile = profiles.add(ProfileData("p", "smtp.shop.fr"))
    c = CampaignService(store).create(CampaignData(
        "c", "news@shop.fr", subject, template="t", profile_id=profile.id, lists=["all"],
    ))  # fmt: skip
    return c.id, profiles


UNSUBSCRIBE = "<a href='{{ unsubscribe_url }}'>Unsubscribe</a>"


def test_a_link_that_goes_nowhere_in_the_sent_message_blocks(sqlite_store: Store) -> None:
    campaign, profiles = _template_campaign(
        sqlite_store, f"<p><a href='#'>Shop</a> {UNSUBSCRIBE}</p>"
    )
    report = preflight(sqlite_store, campaign, profiles)
    assert report.blocking and _codes(report)["empty_link"] == "error"
    assert "no_list_unsubscribe" not in _codes(report)  # the send path writes one


def test_the_message_checked_is_the_one_the_send_path_builds(sqlite_store: Store) -> None:
    """The unsubscribe link of the built message is a real target: no placeholder, no
    empty href; the campaign's subject is the one checked."""
    campaign, profiles = _template_campaign(sqlite_store, f"<p>{UNSUBSCRIBE}</p>", "Ours")
    codes = _codes(preflight(sqlite_store, campaign, profiles))
    assert not {"empty_link", "reserved_host", "no_unsubscribe_link", "empty_subject"} & set(codes)


def _keys(domain: str) -> dict[str, bytes]:
    from envoi.dnscheck.dkim_keys import FileDkimKeyStore, generate_key

    keys = {"r1": generate_key("rsa"), "e1": generate_key("ed25519")}
    for selector, key in keys.items():
        FileDkimKeyStore().save(domain, selector, key)
    return keys


def test_dkim_keys_that_will_sign_and_their_published_records(sqlite_store: Store) -> None:
    from envoi.dnscheck.dkim_keys import generate_key, public_record
    from envoi.dnscheck.resolver import MemoryResolver
    from envoi.sending.preflight import dkim_issues

    assert _codes_of(dkim_issues(sqlite_store, "news@shop.fr")) == {"dkim_no_key": "warning"}
    keys = _keys("shop.fr")
    resolver = MemoryResolver()
    resolver.add("r1._domainkey.shop.fr", "TXT", public_record(keys["r1"]))
    resolver.add("e1._domainkey.shop.fr", "TXT", public_record(generate_key("ed25519")))
    issues = dkim_issues(sqlite_store, "news@shop.fr", resolver=resolver)
    signing = next(i for i in issues if i.code == "dkim_signing")
    assert signing.severity == "info" and "r1 (RSA), e1 (Ed25519)" in signing.message
    warned = [i for i in issues if i.severity == "warning"]
    assert [i.code for i in warned] == ["dkim_dns_match"] and "e1" in warned[0].message


def test_a_dns_failure_is_a_warning_never_a_crash(sqlite_store: Store) -> None:
    from envoi.dnscheck.resolver import MemoryResolver
    from envoi.sending.preflight import dkim_issues

    _keys("shop.fr")
    resolver = MemoryResolver()
    resolver.add_timeout("r1._domainkey.shop.fr", "TXT")
    resolver.add_timeout("e1._domainkey.shop.fr", "TXT")
    issues = dkim_issues(sqlite_store, "news@shop.fr", resolver=resolver)
    assert {i.code: i.severity for i in issues} == {
        "dkim_signing": "info",
        "dkim_dns_record": "warning",
    }

    class Broken:
        async def query(self, name: str, rdtype: str) -> None:
            raise OSError("network is unreachable")

    issues = dkim_issues(sqlite_store, "news@shop.fr", resolver=Broken())  # type: ignore[arg-type]
    assert _codes_of(issues)["dkim_dns_unchecked"] == "warning"


def test_dry_runs_are_signed_with_every_key(sqlite_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import re

    from envoi.sending.trial import dry_run

    campaign, _ = _template_campaign(sqlite_store, f"<p>{UNSUBSCRIBE}</p>")
    _keys("shop.fr")
    files = dry_run(sqlite_store, campaign, tmp_path)
    data = files[0].read_bytes()
    assert re.findall(rb"(?m)^DKIM-Signature: v=1; a=([a-z0-9-]+);", data) == [
        b"rsa-sha256",
        b"ed25519-sha256",
    ]


def _codes_of(issues) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {i.code: i.severity for i in issues}
