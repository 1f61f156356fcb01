"""SMTP server checks: connects, TLS (STARTTLS or implicit), a certificate valid for the
host name, the TLS version and the AUTH methods; MTA-STS, TLS-RPT and BIMI as information.

The host's address comes from the injected resolver and the TLS name check uses the host
name, so a test can point at 127.0.0.1 under a name only its own DNS server knows.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass

import aiosmtplib

from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckResult, SmtpTarget, could_not_check, passed
from envoi.errors import Text


@dataclass(frozen=True, slots=True)
class Session:
    tls: bool
    tls_version: str
    auth_before_tls: tuple[str, ...]
    auth: tuple[str, ...]
    banner: str


def _context(target: SmtpTarget, verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=target.ca_file)
    if target.ca_file:
        context.load_default_certs()
    if not verify:
        # Second pass only, to learn the TLS version and AUTH methods behind a bad certificate.
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


async def _socket(ip: str, port: int, timeout: float) -> socket.socket:
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await asyncio.wait_for(asyncio.get_running_loop().sock_connect(sock, (ip, port)), timeout)
    except BaseException:
        sock.close()
        raise
    return sock


def _auth(client: aiosmtplib.SMTP) -> tuple[str, ...]:
    return tuple(sorted(client.server_auth_methods)) if client.supports_extension("auth") else ()


async def _session(target: SmtpTarget, ip: str, verify: bool, timeout: float) -> Session:
    sock = await _socket(ip, target.port, timeout)
    implicit = target.tls == "implicit"
    client = aiosmtplib.SMTP(
        hostname=target.host,
        sock=sock,
        use_tls=implicit,
        start_tls=False,
        tls_context=_context(target, verify),
        timeout=timeout,
        local_hostname="envoi-check.invalid",
    )
    try:
        response = await client.connect()
        banner = response.message
        await client.ehlo()
        before = () if implicit else _auth(client)
        if not implicit:
            if not client.supports_extension("starttls"):
                return Session(False, "", before, before, banner)
            await client.starttls(tls_context=_context(target, verify), server_hostname=target.host)
            await client.ehlo()
        ssl_object = client.transport.get_extra_info("ssl_object") if client.transport else None
        version = ssl_object.version() if ssl_object else ""
        return Session(True, version or "", before, _auth(client), banner)
    finally:
        client.close()


async def check_smtp(
    resolver: Resolver, target: SmtpTarget, ips: tuple[str, ...], timeout: float
) -> list[CheckResult]:
    where = f"{target.host}:{target.port}"
    if not ips:
        return [
            CheckResult(
                "smtp-connect",
                "smtp",
                "fail",
                Text("The SMTP host {host} has no address in DNS.", host=target.host),
                Text("Check the host name in the SMTP settings."),
            )
        ]
    ip = ips[0]
    cert_problem = ""
    try:
        try:
            session = await _session(target, ip, True, timeout)
        except ssl.SSLCertVerificationError as exc:
            cert_problem = exc.verify_message or str(exc)
            session = await _session(target, ip, False, timeout)
    except (OSError, TimeoutError, aiosmtplib.SMTPException) as exc:
        return [
            CheckResult(
                "smtp-connect",
                "smtp",
                "fail",
                Text(
                    "Envoi could not talk SMTP with {where} ({ip}): {exc}.",
                    where=where,
                    ip=ip,
                    exc=exc,
                ),
                Text("Check host, port and firewall; port 587 (STARTTLS) or 465 (TLS) are usual."),
            )
        ]
    out = [
        passed(
            "smtp-connect",
            "smtp",
            Text(
                "{where} ({ip}) answers: {banner}", where=where, ip=ip, banner=session.banner[:80]
            ),
        )
    ]
    mode = "implicit TLS" if target.tls == "implicit" else "STARTTLS"
    if not session.tls:
        out.append(
            CheckResult(
                "smtp-tls",
                "smtp",
                "fail",
                Text(
                    "{where} does not offer STARTTLS: passwords and messages would travel in "
                    "clear.",
                    where=where,
                ),
                Text("Use the provider's TLS port (587 with STARTTLS, or 465)."),
            )
        )
    else:
        out.append(
            passed(
                "smtp-tls",
                "smtp",
                Text("{where} encrypts the session ({mode}).", where=where, mode=mode),
            )
        )
        if cert_problem:
            out.append(
                CheckResult(
                    "smtp-certificate",
                    "smtp",
                    "fail",
                    Text(
                        "The certificate of {where} is not valid for {host}: {cert_problem}.",
                        where=where,
                        host=target.host,
                        cert_problem=cert_problem,
                    ),
                    Text(
                        "Use the host name that the provider's certificate names, or fix the "
                        "server's certificate."
                    ),
                )
            )
        else:
            out.append(
                passed(
                    "smtp-certificate",
                    "smtp",
                    Text("The certificate is valid for {host}.", host=target.host),
                )
            )
        if session.tls_version in ("TLSv1.2", "TLSv1.3"):
            out.append(
                passed(
                    "smtp-tls-version",
                    "smtp",
                    Text("TLS version {tls_version}.", tls_version=session.tls_version),
                )
            )
        else:
            out.append(
                CheckResult(
                    "smtp-tls-version",
                    "smtp",
                    "warn",
                    Text(
                        "The server negotiated {value}.",
                        value=session.tls_version or "an unknown TLS version",
                    ),
                    Text("Ask the provider for TLS 1.2 or newer."),
                )
            )
    if session.auth_before_tls:
        out.append(
            CheckResult(
                "smtp-auth",
                "smtp",
                "warn",
                Text(
                    "{where} offers AUTH ({items}) before encryption.",
                    where=where,
                    items=", ".join(session.auth_before_tls),
                ),
                Text("Make sure Envoi only logs in after STARTTLS (it does)."),
            )
        )
    elif session.auth:
        out.append(
            passed(
                "smtp-auth", "smtp", Text("Login methods: {items}.", items=", ".join(session.auth))
            )
        )
    else:
        out.append(
            CheckResult(
                "smtp-auth",
                "smtp",
                "warn",
                Text(
                    "{where} offers no login (AUTH) method; it may accept mail only from known "
                    "addresses.",
                    where=where,
                ),
                Text("Check the provider's settings for the submission port and login."),
            )
        )
    return out


async def check_policies(resolver: Resolver, domain: str) -> list[CheckResult]:
    """MTA-STS, TLS-RPT and BIMI: optional, reported as information."""
    names = {
        "smtp-mta-sts": (f"_mta-sts.{domain}", "v=STSv1", "MTA-STS"),
        "smtp-tls-rpt": (f"_smtp._tls.{domain}", "v=TLSRPTv1", "TLS-RPT"),
        "smtp-bimi": (f"default._bimi.{domain}", "v=BIMI1", "BIMI"),
    }
    answers = await asyncio.gather(
        *(resolver.query(n, "TXT") for n, _, _ in names.values()), return_exceptions=True
    )
    out = []
    for (id, (name, prefix, label)), answer in zip(names.items(), answers, strict=True):
        if isinstance(answer, DnsError):
            out.append(could_not_check(id, "smtp", label, answer.user_message))
        elif isinstance(answer, BaseException):
            raise answer
        elif any(r.startswith(prefix) for r in answer.records):
            out.append(
                passed(
                    id,
                    "smtp",
                    Text("{label} is published at {name} (optional).", label=label, name=name),
                )
            )
        else:
            out.append(
                passed(
                    id,
                    "smtp",
                    Text("{label} is not published (optional, for information).", label=label),
                )
            )
    return out
