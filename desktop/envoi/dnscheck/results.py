"""What a sender check is asked and what each check answers (plain frozen values)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from envoi.errors import Text

Status = Literal["pass", "warn", "fail", "error"]
Group = Literal["resolver", "spf", "dkim", "dmarc", "mx", "ptr", "blocklist", "smtp", "readiness"]

GROUPS: tuple[Group, ...] = (
    "resolver", "spf", "dkim", "dmarc", "mx", "ptr", "blocklist", "smtp", "readiness",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One line of the report: one entry of the report's JSON, field for field."""

    id: str
    group: Group
    status: Status
    message: str
    fix: str = ""
    record: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def passed(id: str, group: Group, message: str, record: str = "") -> CheckResult:
    return CheckResult(id, group, "pass", message, "", record)


def could_not_check(id: str, group: Group, what: str, why: str) -> CheckResult:
    return CheckResult(
        id,
        group,
        "error",
        Text("Could not check {what}: {why}", what=what, why=why),
        Text("Run the check again later."),
    )


@dataclass(frozen=True, slots=True)
class SmtpTarget:
    host: str
    port: int = 587
    # "starttls" (587/25) or "implicit" (465); chosen from the port when not given.
    tls: Literal["starttls", "implicit"] = "starttls"
    # Extra trust anchors (a private CA, the tests' CA); None = the system's store.
    ca_file: str | None = None

    @classmethod
    def parse(cls, text: str, ca_file: str | None = None) -> SmtpTarget:
        host, port = text.strip(), 587
        if host.startswith("["):
            inner, _, rest = host[1:].partition("]")
            host = inner
            if rest.startswith(":") and rest[1:].isdigit():
                port = int(rest[1:])
        elif host.count(":") == 1 and host.rpartition(":")[2].isdigit():
            name, _, port_text = host.rpartition(":")
            host, port = name, int(port_text)
        return cls(
            host.rstrip(".").lower(), port, "implicit" if port == 465 else "starttls", ca_file
        )


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """What to check. Only ``domain`` is required; the rest sharpens the verdicts."""

    domain: str
    selector: str | None = None
    smtp: SmtpTarget | None = None
    # The envelope sender (Return-Path) domain and the DKIM d= domain; default: ``domain``.
    mail_from_domain: str | None = None
    dkim_domain: str | None = None
    reply_to_domain: str | None = None
    # The preset of the SMTP provider (see spf.PROVIDER_INCLUDES) for the suggested record.
    provider: str | None = None
    # Whether the campaign's messages carry RFC 8058 one-click unsubscribe; None = unknown.
    one_click_unsubscribe: bool | None = None
    ip_blocklists: tuple[str, ...] | None = None
    domain_blocklists: tuple[str, ...] | None = None
    # The DKIM private key configured in Envoi (PEM or base64 Ed25519 seed), if any.
    dkim_private_key: bytes | None = field(default=None, repr=False)

    @property
    def envelope_domain(self) -> str:
        return (self.mail_from_domain or self.domain).lower()

    @property
    def signing_domain(self) -> str:
        return (self.dkim_domain or self.domain).lower()
