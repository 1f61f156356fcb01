"""Preflight: what to fix before a send, as typed issues with a hint each.

Run before every send (the CLI's `campaigns send` and the window's Send button). Errors
block; warnings ask the user to confirm. Content checks (unsubscribe link, postal address,
size) come from the templates package; this module adds what only sending knows: the
profile, the audience, the limits, the From domain, merge values missing per recipient.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import re
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select

from envoi.dnscheck.resolver import Resolver
from envoi.dnscheck.results import CheckRequest, CheckResult
from envoi.errors import Text
from envoi.sending.campaigns import CampaignRecord, CampaignService
from envoi.sending.limits import Limits
from envoi.sending.profiles import ProfileService
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.sending_models import Delivery, DeliveryStatus

ERROR, WARNING, INFO = "error", "warning", "info"
_T = TypeVar("_T")
SAMPLE = 200  # recipients whose messages are built to look for missing merge values

# Free-mail domains: their DMARC policy (or their receivers') rejects or bins mail that uses
# their From address but leaves through another server.
_FREE_MAIL = re.compile(
    r"^(gmail\.com|googlemail\.com|yahoo\.[a-z.]+|ymail\.com|aol\.[a-z.]+|hotmail\.[a-z.]+|"
    r"outlook\.[a-z.]+|live\.[a-z.]+|msn\.com|icloud\.com|me\.com|mac\.com|gmx\.[a-z.]+|"
    r"web\.de|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|laposte\.net|neuf\.fr|bbox\.fr|"
    r"mail\.ru|yandex\.[a-z.]+|proton\.me|protonmail\.com|zoho\.com)$"
)
# The provider's own SMTP servers may send its From addresses.
_OWN_SERVERS = {
    "gmail.com": "google.com", "googlemail.com": "google.com", "yahoo": "yahoo.com",
    "outlook": "office365.com", "hotmail": "office365.com", "live": "office365.com",
    "orange.fr": "orange.fr", "free.fr": "free.fr", "laposte.net": "laposte.net",
    "icloud.com": "mail.me.com", "gmx": "gmx", "web.de": "web.de", "aol": "aol.com",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PreflightIssue:
    code: str
    severity: str  # error (blocks) | warning (asks) | info (says)
    message: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class PreflightReport:
    issues: tuple[PreflightIssue, ...]

    @property
    def blocking(self) -> bool:
        return any(i.severity == ERROR for i in self.issues)

    @property
    def warnings(self) -> tuple[PreflightIssue, ...]:
        return tuple(i for i in self.issues if i.severity == WARNING)


def send_duration(count: int, limits: Limits) -> timedelta | None:
    """How long ``count`` messages take at the profile's tightest limit (None: no limit)."""
    rates = [
        r
        for r in (
            limits.per_second,
            limits.per_minute and limits.per_minute / 60,
            limits.per_hour and limits.per_hour / 3600,
            limits.per_day and limits.per_day / 86400,
        )
        if r
    ]
    return timedelta(seconds=count / min(rates)) if rates else None


def _free_mail(from_email: str, host: str) -> bool:
    domain = from_email.rpartition("@")[2].lower()
    if not _FREE_MAIL.match(domain):
        return False
    host = host.lower()
    for prefix, server in _OWN_SERVERS.items():
        if domain.startswith(prefix) and (host.endswith(server) or prefix in host):
            return False
    return True


def _pending(store: Store, campaign_id: int) -> int:
    with store.session() as s:
        n = s.scalar(
            select(func.count()).where(
                Delivery.campaign_id == campaign_id,
                Delivery.status.in_([DeliveryStatus.QUEUED.value, DeliveryStatus.DEFERRED.value]),
            )
        )
    return int(n or 0)


def _content_issues(store: Store, campaign: CampaignRecord) -> list[PreflightIssue]:
    issues: list[PreflightIssue] = []
    if not campaign.template:
        text = f"{campaign.subject}\n{campaign.body_text}"
        if not re.search(r"unsubscribe|d[ée]sinscri|d[ée]sabonn|opt[ -]?out", text, re.I):
            issues.append(PreflightIssue(
                "no_unsubscribe_link", WARNING,
                Text("The message has no way to unsubscribe."),
                Text("Add an unsubscribe sentence or link: providers and the law expect one."),
            ))  # fmt: skip
        if not campaign.subject.strip():
            issues.append(PreflightIssue("empty_subject", ERROR, Text("The subject is empty."), ""))
        return issues
    from envoi.sending.runner import campaign_source
    from envoi.sending.trial import sample_recipients
    from envoi.templates.library import load_sender
    from envoi.templates.merge import Campaign, build_context, contact_values
    from envoi.templates.render import CampaignTemplate

    template = CampaignTemplate(campaign_source(store, campaign))
    sender = load_sender(store, campaign)
    sample = sample_recipients(store, campaign.id, SAMPLE)
    missing: dict[str, int] = {}
    for r in sample:
        contact = contact_values(r.email, r.first_name, r.last_name, r.fields)
        context = build_context(contact, Campaign(campaign.name, campaign.id), sender, "", "")
        for name in template.render(context).missing:
            missing[name] = missing.get(name, 0) + 1
    for name, n in sorted(missing.items()):
        issues.append(PreflightIssue(
            "missing_merge_value", WARNING,
            Text("{n} of the first {total} recipients have no value for '{name}'.",
                 n=n, total=len(sample), name=name),
            Text("Fill the field, or give the template a default: {example}.",
                 example="{{ contact.x | default('') }}"),
        ))  # fmt: skip
    return issues


_LINK_TEXTS: dict[str, str] = {
    "empty_link": Text("A link in the message goes nowhere (an empty or “#” address)"),
    "placeholder_link": Text("A link in the message is a placeholder, not an address"),
    "reserved_host": Text("A link in the message points to an address that does not exist"),
    "relative_link": Text(
        "A link in the message has no https:// (it works on a web page, not in a mail)"
    ),
    "unusable_link": Text("A link in the message is of a kind mail readers do not open"),
    "sample_host": Text(
        "A link in the message still points to example.com (a sample's placeholder?)"
    ),
    "no_list_unsubscribe": Text("The message has no List-Unsubscribe header"),
    "unsubscribe_elsewhere": Text(
        "The unsubscribe link is not the one of the List-Unsubscribe header"
    ),
    "unsubscribe_not_in_text": Text("The text part has no unsubscribe link"),
}


def _link_text(code: str, text: str, href: str) -> str:
    """The message of a link problem, naming the link's text and address when known."""
    what = _LINK_TEXTS.get(code, code)
    if text and href:
        return Text("{problem} (“{text}”): {href}", problem=what, text=text, href=href)
    if href:
        return Text("{problem}: {href}", problem=what, href=href)
    if text:
        return Text("{problem} (“{text}”).", problem=what, text=text)
    return Text("{problem}.", problem=what)


def _message_issues(store: Store, campaign: CampaignRecord) -> list[PreflightIssue]:
    """One real message, built by the send path's own factory for the first recipient,
    read back as its receiver reads it: its links, its List-Unsubscribe, its content."""
    from envoi.errors import EnvoiError
    from envoi.message.links import check_message_links, message_links
    from envoi.sending.runner import default_factory
    from envoi.sending.trial import sample_recipients
    from envoi.templates.checks import check_content
    from envoi.templates.library import load_sender
    from envoi.templates.render import RenderedContent

    sample = sample_recipients(store, campaign.id, 1)
    if not sample:
        return []  # nobody to send to: said above
    try:
        data = default_factory(store, campaign).build(sample[0])
    except EnvoiError as exc:
        return [PreflightIssue("message_not_built", ERROR, exc.user_message, exc.hint)]
    issues = []
    for problem in check_message_links(data):
        issues.append(PreflightIssue(
            problem.code, ERROR if problem.blocking else WARNING,
            _link_text(problem.code, problem.text, problem.href),
            Text("Fix the link in the template; the unsubscribe link is {tag}.",
                 tag="{{ unsubscribe_url }}"),
        ))  # fmt: skip
    if campaign.template:
        _, text, targets = message_links(data)
        message = email.message_from_bytes(data, policy=email.policy.default)
        html = next((str(p.get_content()) for p in message.walk()
                     if p.get_content_type() == "text/html"), "")  # fmt: skip
        content = RenderedContent(str(message["Subject"] or ""), "", html, text, frozenset())
        sender = load_sender(store, campaign)
        shown = targets[0] if targets else ""
        report = check_content(content, unsubscribe_url=shown, postal_address=sender.postal_address)
        for issue in report.issues:
            if issue.severity in (ERROR, WARNING):
                issues.append(PreflightIssue(issue.code, issue.severity, issue.message,
                                             issue.detail))  # fmt: skip
    return issues


def preflight(store: Store, campaign_ref: str | int, profiles: ProfileService) -> PreflightReport:
    campaign = CampaignService(store).get(campaign_ref)
    issues: list[PreflightIssue] = []
    pending = _pending(store, campaign.id)
    if pending == 0:
        issues.append(PreflightIssue(
            "empty_audience", ERROR, Text("Nobody is left to send this campaign to."),
            Text("Check the lists and segments, and the suppression list."),
        ))  # fmt: skip
    if campaign.profile_id is None:
        issues.append(PreflightIssue(
            "no_profile", ERROR, Text("The campaign has no SMTP profile."),
            Text("Choose a profile."),
        ))  # fmt: skip
    else:
        profile = profiles.get(campaign.profile_id)
        if profile.tested_at is None:
            issues.append(PreflightIssue(
                "profile_not_tested", WARNING,
                Text("The profile '{name}' was never tested.", name=profile.data.name),
                Text("Use Test connection ({command}) first.",
                     command="`envoi profiles test NAME`"),
            ))  # fmt: skip
        duration = send_duration(pending, profile.limits)
        if duration is not None and duration > timedelta(days=1):
            issues.append(PreflightIssue(
                "longer_than_a_day", WARNING,
                Text("The profile's limits make this send take about {days} days "
                     "{hours} hours.", days=duration.days, hours=duration.seconds // 3600),
                Text("Split the audience, or use a profile with higher limits."),
            ))  # fmt: skip
        if _free_mail(campaign.from_email, profile.data.host):
            issues.append(PreflightIssue(
                "free_mail_from", WARNING,
                Text("The From address {address} is on a free-mail domain: its DMARC "
                     "policy makes receivers reject or bin mail sent through another server.",
                     address=campaign.from_email),
                Text("Send from an address on your own domain."),
            ))  # fmt: skip
    issues.extend(_content_issues(store, campaign))
    issues.extend(_message_issues(store, campaign))
    issues.extend(dkim_issues(store, campaign.from_email))
    issues.extend(_sender_check_issues(store, campaign.from_email))
    return PreflightReport(tuple(issues))


SENDER_CHECK_MAX_AGE = timedelta(days=30)


def _sender_check_issues(store: Store, from_email: str) -> list[PreflightIssue]:
    """The last Sender check of the From domain, shown again: each failed check is a
    warning, and so is a domain never checked or checked too long ago."""
    # Imported here: the Sender check reads SMTP profiles, so it builds on sending.
    from envoi.dnscheck.runner import sender_check_of

    domain = from_email.rpartition("@")[2].lower()
    if not domain or _FREE_MAIL.match(domain):
        return []  # a free-mail From is flagged above; its DNS is not the user's to fix
    hint = Text(
        "Run Sender check on {domain} ({command}).",
        domain=domain,
        command=f"`envoi dns check {domain}`",
    )
    report = sender_check_of(store, from_email)
    if report is None:
        return [PreflightIssue(
            "sender_not_checked", WARNING,
            Text("The sending domain {domain} has never been checked (SPF, DKIM, DMARC...).",
                 domain=domain), hint,
        )]  # fmt: skip
    checked = report.checked_at.replace(tzinfo=None)
    age = utc_now() - checked
    issues = [
        PreflightIssue(
            f"sender_{c.id}", WARNING,
            Text("Sender check of {date}: {finding}", date=f"{checked:%Y-%m-%d}",
                 finding=c.message), c.fix or hint,
        )
        for c in report.attention()
    ]  # fmt: skip
    if age > SENDER_CHECK_MAX_AGE:
        issues.append(PreflightIssue(
            "sender_check_old", WARNING,
            Text("The last Sender check of {domain} is {days} days old.", domain=domain,
                 days=age.days), hint,
        ))  # fmt: skip
    return issues


DKIM_DNS_TIMEOUT = 2.0  # seconds per question: preflight must not hang on a dead resolver


def dkim_issues(
    store: Store, from_email: str, *, resolver: Resolver | None = None
) -> list[PreflightIssue]:
    """Which keys will sign (info); no key, an unreadable key, or a published record
    that does not match the key (warnings). A DNS failure is a warning, never an error."""
    from envoi.dnscheck.dkim_keys import FileDkimKeyStore
    from envoi.errors import EnvoiError
    from envoi.sending.runner import from_domain, signing_keys

    domain = from_domain(from_email)
    if not domain or _FREE_MAIL.match(domain):
        return []  # a free-mail From is flagged above; its keys are the provider's
    try:
        keys = signing_keys(from_email)
    except EnvoiError as exc:
        return [PreflightIssue(
            "dkim_key_unreadable", ERROR,
            Text("A DKIM key of {domain} cannot be used: {reason}", domain=domain,
                 reason=exc.user_message), exc.hint,
        )]  # fmt: skip
    if not keys:
        return [PreflightIssue(
            "dkim_no_key", WARNING,
            Text("Envoi holds no DKIM key for {domain}: the messages will not be signed, and "
                 "many receivers then bin or refuse them.", domain=domain),
            Text("Create one ({command}) and publish its record.",
                 command=f"`envoi dns keygen {domain} --selector envoi1`"),
        )]  # fmt: skip
    names = ", ".join(
        f"{k.selector} ({'Ed25519' if k.algorithm.startswith('ed25519') else 'RSA'})" for k in keys
    )
    issues = [PreflightIssue(
        "dkim_signing", INFO,
        Text("The messages will be DKIM-signed for {domain} with {keys}.", domain=domain,
             keys=names),
    )]  # fmt: skip
    files = FileDkimKeyStore()
    requests = [
        CheckRequest(domain, key.selector, dkim_private_key=files.load(domain, key.selector))
        for key in keys
    ]
    issues.extend(_published_issues(store, requests, resolver))
    return issues


def _published_issues(
    store: Store, requests: list[CheckRequest], resolver: Resolver | None
) -> list[PreflightIssue]:
    """The DNS record of each key, checked by the Sender check's own DKIM check, through
    the DNS server the user chose for checks (else the system's)."""
    from envoi.dnscheck.dkim_check import check_dkim
    from envoi.dnscheck.resolver import DnsPythonResolver
    from envoi.dnscheck.runner import resolver_settings

    async def run() -> list[list[CheckResult]]:
        asker = resolver or DnsPythonResolver(resolver_settings(store, None, DKIM_DNS_TIMEOUT))
        return list(await asyncio.gather(*(check_dkim(asker, r) for r in requests)))

    try:
        answers = _run_alone(run, timeout=DKIM_DNS_TIMEOUT * 3)
    except Exception as exc:  # no DNS at all: say so, never stop the send for it
        return [PreflightIssue(
            "dkim_dns_unchecked", WARNING,
            Text("The DKIM records could not be checked in DNS ({error}).",
                 error=type(exc).__name__),
            Text("Run Sender check when the network is back."),
        )]  # fmt: skip
    issues = []
    for request, results in zip(requests, answers, strict=True):
        for result in results:
            if result.status in ("fail", "error", "warn") and result.id != "dkim-key":
                issues.append(PreflightIssue(
                    f"dkim_dns_{result.id.removeprefix('dkim-')}", WARNING,
                    Text("DKIM selector {selector}: {finding}", selector=request.selector,
                         finding=result.message), result.fix,
                ))  # fmt: skip
    return issues


def _run_alone(make: Callable[[], Coroutine[Any, Any, _T]], *, timeout: float) -> _T:
    """Run a coroutine to its end from synchronous code, also when this thread already
    runs an event loop (in a thread of its own then)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(asyncio.wait_for(make(), timeout))
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(asyncio.wait_for(make(), timeout))).result()
