"""Bulk-sender readiness (the Gmail, Yahoo and Microsoft rules of 2024) and the free-mail
From rule, both read off the other checks' results."""

from __future__ import annotations

from collections.abc import Sequence

from envoi.dnscheck.results import CheckRequest, CheckResult, Status
from envoi.errors import Text

# A From address at these domains is DMARC-protected by its mailbox provider (p=reject or
# quarantine): sent through any other server, it fails DMARC and is refused or junked.
FREEMAIL: dict[str, tuple[str, ...]] = {
    "gmail.com": ("smtp.gmail.com",),
    "googlemail.com": ("smtp.gmail.com",),
    "yahoo.com": ("smtp.mail.yahoo.com",),
    "ymail.com": ("smtp.mail.yahoo.com",),
    "outlook.com": ("smtp-mail.outlook.com", "smtp.office365.com"),
    "hotmail.com": ("smtp-mail.outlook.com", "smtp.office365.com"),
    "live.com": ("smtp-mail.outlook.com", "smtp.office365.com"),
    "msn.com": ("smtp-mail.outlook.com", "smtp.office365.com"),
    "aol.com": ("smtp.aol.com",),
    "icloud.com": ("smtp.mail.me.com",),
    "me.com": ("smtp.mail.me.com",),
    "gmx.com": ("mail.gmx.com",),
    "gmx.de": ("mail.gmx.net",),
    "gmx.fr": ("mail.gmx.com",),
    "web.de": ("smtp.web.de",),
    "orange.fr": ("smtp.orange.fr",),
    "wanadoo.fr": ("smtp.orange.fr",),
    "free.fr": ("smtp.free.fr",),
    "laposte.net": ("smtp.laposte.net",),
    "sfr.fr": ("smtp.sfr.fr",),
    "proton.me": ("smtp.protonmail.ch",),
    "protonmail.com": ("smtp.protonmail.ch",),
    "mail.ru": ("smtp.mail.ru",),
    "yandex.ru": ("smtp.yandex.ru",),
}
# Country variants (yahoo.fr, outlook.fr, hotmail.co.uk...) share their family's servers.
_FAMILIES = {
    "yahoo": "yahoo.com",
    "outlook": "outlook.com",
    "hotmail": "hotmail.com",
    "live": "live.com",
}


def freemail_servers(domain: str) -> tuple[str, ...] | None:
    domain = domain.lower()
    if domain in FREEMAIL:
        return FREEMAIL[domain]
    family = _FAMILIES.get(domain.split(".", 1)[0])
    return FREEMAIL[family] if family else None


def check_freemail(request: CheckRequest) -> list[CheckResult]:
    servers = freemail_servers(request.domain)
    if servers is None:
        return []
    host = request.smtp.host if request.smtp else ""
    if host in servers:
        return [
            CheckResult(
                "freemail-from",
                "readiness",
                "pass",
                Text(
                    "A {domain} From address sent through {host} is the provider's own use.",
                    domain=request.domain,
                    host=host,
                ),
            )
        ]
    return [
        CheckResult(
            "freemail-from",
            "readiness",
            "fail",
            Text(
                "A From address at {domain} sent through {value} fails DMARC: {domain} tells "
                "receivers to refuse or junk such mail.",
                domain=request.domain,
                value=host or "a server other than its own",
            ),
            Text(
                "Send from an address at your own domain (and set Reply-To to the free-mail "
                "address if you like)."
            ),
        )
    ]


def _status(results: Sequence[CheckResult], id: str, ok: tuple[Status, ...]) -> Status | None:
    rows = [r for r in results if r.id == id]
    if not rows:
        return None
    if any(r.status == "error" for r in rows):
        return "error"
    return "pass" if all(r.status in ok for r in rows) else "fail"


def _group(results: Sequence[CheckResult], group: str, ok: tuple[Status, ...]) -> Status | None:
    rows = [r for r in results if r.group == group]
    if not rows:
        return None
    if any(r.status == "error" for r in rows):
        return "error"
    return "pass" if all(r.status in ok for r in rows) else "fail"


# (id, rule, who requires it, how to decide)
def readiness(results: Sequence[CheckResult], request: CheckRequest) -> list[CheckResult]:
    lenient: tuple[Status, ...] = ("pass", "warn")
    rows: list[tuple[str, str, str, Status | None, str]] = [
        (
            "readiness-spf",
            Text("SPF is published and valid"),
            "Gmail, Yahoo, Microsoft",
            _strict_spf(results),
            Text("Fix the SPF checks above."),
        ),
        (
            "readiness-dkim",
            Text("Messages are DKIM-signed with a published key"),
            "Gmail, Yahoo, Microsoft",
            _status(results, "dkim-record", ("pass",)),
            Text("Fix the DKIM checks above."),
        ),
        (
            "readiness-dmarc",
            Text("A DMARC record exists (p=none is enough)"),
            "Gmail, Yahoo, Microsoft",
            _status(results, "dmarc-record", ("pass",)),
            Text("Publish the DMARC record above."),
        ),
        (
            "readiness-alignment",
            Text("The From domain aligns with SPF or DKIM"),
            "Gmail, Yahoo, Microsoft",
            _status(results, "dmarc-alignment", lenient),
            Text("Sign with d= your From domain."),
        ),
        (
            "readiness-ptr",
            Text("Sending addresses have forward-confirmed reverse DNS"),
            "Gmail, Yahoo",
            _group(results, "ptr", ("pass",)),
            Text("Set the PTR records above."),
        ),
        (
            "readiness-tls",
            Text("The connection is encrypted (TLS)"),
            "Gmail, Yahoo",
            _tls(results),
            Text("Use the provider's TLS port."),
        ),
    ]
    out = []
    for id, rule, who, status, fix in rows:
        group = {"alignment": "dmarc", "tls": "smtp"}.get(id.split("-")[1], id.split("-")[1])
        if status is None and any(r.group == group and r.status == "error" for r in results):
            status = "error"
        if status is None and group == "dmarc":
            # Without a DMARC record there is nothing to align with: the rule is not met.
            status = "fail"
        if status is None:
            out.append(
                CheckResult(
                    id,
                    "readiness",
                    "error",
                    Text(
                        "{rule} ({who}): not checked without the SMTP server.", rule=rule, who=who
                    ),
                    Text("Give the SMTP server (host or sending profile) and check again."),
                )
            )
        elif status == "error":
            out.append(
                CheckResult(
                    id,
                    "readiness",
                    "error",
                    Text("{rule} ({who}): could not check.", rule=rule, who=who),
                    fix,
                )
            )
        elif status == "pass":
            out.append(
                CheckResult(id, "readiness", "pass", Text("{rule} ({who}).", rule=rule, who=who))
            )
        else:
            out.append(
                CheckResult(
                    id,
                    "readiness",
                    "fail",
                    Text("{rule} ({who}): not met.", rule=rule, who=who),
                    fix,
                )
            )
    unsubscribe = Text("One-click unsubscribe (RFC 8058) in every campaign message (Gmail, Yahoo)")
    if request.one_click_unsubscribe is None:
        out.append(
            CheckResult(
                "readiness-unsubscribe",
                "readiness",
                "error",
                Text("{unsubscribe}: checked per campaign in preflight.", unsubscribe=unsubscribe),
                Text("Keep the unsubscribe link in every template."),
            )
        )
    elif request.one_click_unsubscribe:
        out.append(
            CheckResult(
                "readiness-unsubscribe",
                "readiness",
                "pass",
                Text("{unsubscribe}.", unsubscribe=unsubscribe),
            )
        )
    else:
        out.append(
            CheckResult(
                "readiness-unsubscribe",
                "readiness",
                "fail",
                Text("{unsubscribe}: missing.", unsubscribe=unsubscribe),
                Text("Turn on List-Unsubscribe and List-Unsubscribe-Post in the campaign."),
            )
        )
    out.append(
        CheckResult(
            "readiness-spam-rate",
            "readiness",
            "error",
            Text(
                "Spam complaint rate under 0.3% (better 0.1%) (Gmail, Yahoo): Envoi cannot see it."
            ),
            Text("Watch it in Google Postmaster Tools and Yahoo's Complaint Feedback Loop."),
        )
    )
    return out


def _tls(results: Sequence[CheckResult]) -> Status | None:
    connect = _status(results, "smtp-connect", ("pass",))
    return _status(results, "smtp-tls", ("pass",)) if connect == "pass" else connect


def _strict_spf(results: Sequence[CheckResult]) -> Status | None:
    rows = [r for r in results if r.group == "spf" and r.id not in ("spf-smtp", "spf-provider")]
    if not rows:
        return None
    if any(r.status == "error" for r in rows):
        return "error"
    return "fail" if any(r.status == "fail" for r in rows) else "pass"
