"""One DNS resolver for every check, built from settings and injected everywhere.

Checks ask a ``Resolver`` (a Protocol) for plain values, so that tests can point the whole
sender check at a real authoritative server on 127.0.0.1 (NSD) or at an in-memory zone,
and so that a dead resolver surfaces as ``DnsError`` within the per-query timeout.
"""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import dataclass, field
from typing import Literal, Protocol

import dns.asyncresolver
import dns.exception
import dns.rdatatype
import dns.resolver

from envoi.errors import EnvoiError, Text

Status = Literal["ok", "nxdomain", "nodata"]

DEFAULT_TIMEOUT = 3.0


class DnsError(EnvoiError):
    """The question could not be answered (timeout, SERVFAIL, no server): 'could not check'."""


@dataclass(frozen=True, slots=True)
class DnsAnswer:
    """One answer, already in plain values.

    ``records``: A/AAAA addresses, PTR/CNAME/NS targets without the final dot, MX as
    ``"10 mx.example.com"``, TXT as the record's strings joined (RFC 7208 3.3) and decoded
    as UTF-8 with replacement. ``txt`` keeps each TXT record's raw strings for pyspf.
    """

    name: str
    rdtype: str
    status: Status
    records: tuple[str, ...] = ()
    txt: tuple[tuple[bytes, ...], ...] = ()

    @property
    def exists(self) -> bool:
        return self.status != "nxdomain"


class Resolver(Protocol):
    """What the checks need from DNS. Raises ``DnsError`` when there is no usable answer."""

    async def query(self, name: str, rdtype: str) -> DnsAnswer: ...


@dataclass(frozen=True, slots=True)
class ResolverSettings:
    """From the settings table or the command line: ``None`` = the system's resolver."""

    nameserver: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def parse(cls, nameserver: str | None, timeout: float = DEFAULT_TIMEOUT) -> ResolverSettings:
        if nameserver:
            parse_nameserver(nameserver)  # refuse bad input before any query
        return cls(nameserver or None, timeout)


def parse_nameserver(text: str) -> tuple[str, int]:
    """``IP``, ``IP:PORT``, ``[IPv6]:PORT`` or a bare IPv6 address -> (ip, port)."""
    text = text.strip()
    host, port = text, 53
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest.startswith(":"):
            port = _port(rest[1:], text)
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = _port(port_text, text)
    try:
        ipaddress.ip_address(host)
    except ValueError as exc:
        raise EnvoiError(
            Text("'{text}' is not a name server address.", text=text),
            Text("Give an IP address, optionally with a port: 192.0.2.53 or 127.0.0.1:5353."),
            str(exc),
        ) from exc
    return host, port


def _port(text: str, whole: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise EnvoiError(
            Text("'{whole}' has no valid port.", whole=whole),
            Text("Use a port between 1 and 65535."),
        )
    return int(text)


def _value(rdata: object, rdtype: str) -> str:
    if rdtype in ("A", "AAAA"):
        return str(rdata.address)  # type: ignore[attr-defined]
    if rdtype == "MX":
        exchange = rdata.exchange.to_text(omit_final_dot=True)  # type: ignore[attr-defined]
        return f"{rdata.preference} {exchange or '.'}"  # type: ignore[attr-defined]
    if rdtype in ("PTR", "CNAME", "NS"):
        return str(rdata.target.to_text(omit_final_dot=True))  # type: ignore[attr-defined]
    if rdtype == "TXT":
        return b"".join(rdata.strings).decode("utf-8", "replace")  # type: ignore[attr-defined]
    return str(rdata.to_text())  # type: ignore[attr-defined]


class DnsPythonResolver:
    """dnspython's asyncio resolver: the system's configuration or one chosen server."""

    def __init__(self, settings: ResolverSettings | None = None) -> None:
        self.settings = settings or ResolverSettings()
        if self.settings.nameserver:
            ip, port = parse_nameserver(self.settings.nameserver)
            self._resolver = dns.asyncresolver.Resolver(configure=False)
            self._resolver.nameservers = [ip]
            self._resolver.port = port
        else:
            try:
                self._resolver = dns.asyncresolver.Resolver(configure=True)
            except dns.resolver.NoResolverConfiguration as exc:
                raise DnsError(
                    Text("This computer has no DNS server configured."),
                    Text("Check the network connection, or choose a name server in the settings."),
                    str(exc),
                ) from exc
        # lifetime bounds the whole query including retries: a dead server costs one timeout.
        self._resolver.lifetime = self.settings.timeout
        self._resolver.timeout = self.settings.timeout
        self._resolver.cache = None

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        qname = name.rstrip(".") or "."
        try:
            answer = await self._resolver.resolve(
                qname, rdtype, search=False, raise_on_no_answer=False
            )
        except dns.resolver.NXDOMAIN:
            return DnsAnswer(qname, rdtype, "nxdomain")
        except dns.exception.Timeout as exc:
            raise DnsError(
                Text(
                    "The DNS server did not answer for {qname} within {timeout:g} s.",
                    qname=qname,
                    timeout=self.settings.timeout,
                ),
                Text("Check the network connection or the name server setting."),
                str(exc),
            ) from exc
        except (dns.resolver.NoNameservers, dns.resolver.YXDOMAIN) as exc:
            raise DnsError(
                Text("The DNS servers could not answer for {qname}.", qname=qname),
                Text(
                    "The domain's DNS may be broken (SERVFAIL), or the server refused the question."
                ),
                str(exc),
            ) from exc
        except (dns.exception.DNSException, ValueError) as exc:
            raise DnsError(
                Text("The DNS question for {qname} failed.", qname=qname), "", str(exc)
            ) from exc
        rrset = answer.rrset
        if rrset is None:
            return DnsAnswer(qname, rdtype, "nodata")
        records = tuple(_value(r, rdtype) for r in rrset)
        txt = tuple(tuple(r.strings) for r in rrset) if rdtype == "TXT" else ()
        return DnsAnswer(qname, rdtype, "ok", records, txt)


@dataclass(slots=True)
class CachingResolver:
    """Shares one in-flight question between checks that run at the same time.

    SPF, DMARC, MX and readiness all ask for the same TXT and MX records; within one run
    each is asked once. Errors are cached too, so a dead server costs one timeout per name.
    """

    inner: Resolver
    _pending: dict[tuple[str, str], asyncio.Future[DnsAnswer]] = field(default_factory=dict)
    queries: int = 0

    def prefetch(self, name: str, rdtype: str) -> asyncio.Future[DnsAnswer]:
        """Start the question now; whoever asks it later shares the answer."""
        key = (name.rstrip(".").lower(), rdtype.upper())
        future = self._pending.get(key)
        if future is None:
            self.queries += 1
            future = asyncio.ensure_future(self.inner.query(key[0], key[1]))
            self._pending[key] = future
        return future

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        return await asyncio.shield(self.prefetch(name, rdtype))


# Names that exist as long as the Internet does, run by different operators under different
# top-level domains: a resolver that finds none of them is not telling the truth.
WELL_KNOWN_NAMES = ("gmail.com", "microsoft.com", "wikipedia.org", "iana.org", "cloudflare.com")


@dataclass(frozen=True, slots=True)
class ResolverHealth:
    """What the resolver said about the well-known names.

    ``lying``: it answered and none of them exists (NXDOMAIN or no address for every one):
    any "does not exist" it says about the checked domain cannot be believed either.
    A resolver that answered nothing at all is not judged here: each check then says
    "could not check" on its own.
    """

    answered: tuple[str, ...] = ()
    denied: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()

    @property
    def lying(self) -> bool:
        return not self.answered and bool(self.denied)


async def probe_resolver(
    resolver: Resolver, names: tuple[str, ...] = WELL_KNOWN_NAMES
) -> ResolverHealth:
    """Ask ``resolver`` for the addresses of ``names`` (all at once)."""

    async def one(name: str) -> DnsAnswer | None:
        try:
            return await resolver.query(name, "A")
        except DnsError:
            return None

    answers = await asyncio.gather(*(one(n) for n in names))
    answered = tuple(n for n, a in zip(names, answers, strict=True) if a and a.records)
    unanswered = tuple(n for n, a in zip(names, answers, strict=True) if a is None)
    denied = tuple(n for n in names if n not in answered and n not in unanswered)
    return ResolverHealth(answered, denied, unanswered)


def reverse_name(ip: str) -> str:
    return ipaddress.ip_address(ip).reverse_pointer


def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


async def addresses(resolver: Resolver, host: str) -> tuple[str, ...]:
    """A and AAAA of ``host`` (or ``host`` itself when it is an address)."""
    if is_ip(host):
        return (host,)
    answers = await asyncio.gather(resolver.query(host, "A"), resolver.query(host, "AAAA"))
    return tuple(ip for a in answers for ip in a.records)


class MemoryResolver:
    """Answers from a table, resolving CNAME chains like a recursive server would.

    For unit tests and the RFC 7208 suite, whose zones are data; integration tests use NSD.
    """

    def __init__(self) -> None:
        self._records: dict[tuple[str, str], list[str | tuple[bytes, ...]]] = {}
        self._names: set[str] = set()
        self._timeouts: set[tuple[str, str]] = set()
        self.asked: list[tuple[str, str]] = []

    def add(self, name: str, rdtype: str, value: str | tuple[bytes, ...]) -> None:
        name = name.rstrip(".").lower()
        self._names.add(name)
        self._records.setdefault((name, rdtype.upper()), []).append(value)

    def add_name(self, name: str) -> None:
        """The name exists (NOERROR) even without records of the type asked."""
        self._names.add(name.rstrip(".").lower())

    def add_timeout(self, name: str, rdtype: str) -> None:
        name = name.rstrip(".").lower()
        self._names.add(name)
        self._timeouts.add((name, rdtype.upper()))

    async def query(self, name: str, rdtype: str) -> DnsAnswer:
        rdtype = rdtype.upper()
        qname = name.rstrip(".").lower()
        self.asked.append((qname, rdtype))
        seen: set[str] = set()
        current = qname
        while True:
            if (current, rdtype) in self._timeouts:
                raise DnsError(
                    Text("The DNS server did not answer for {current}.", current=current),
                    "",
                    "timeout",
                )
            values = self._records.get((current, rdtype))
            if values:
                break
            target = self._records.get((current, "CNAME"))
            if rdtype == "CNAME" or not target:
                values = []
                break
            if current in seen:
                raise DnsError(Text("{qname} is a CNAME loop.", qname=qname), "", "CNAME loop")
            seen.add(current)
            current = str(target[0]).rstrip(".").lower()
        if not values:
            return DnsAnswer(qname, rdtype, "nodata" if current in self._names else "nxdomain")
        if rdtype == "TXT":
            txt = tuple(v if isinstance(v, tuple) else (v.encode(),) for v in values)
            text = tuple(b"".join(t).decode("utf-8", "replace") for t in txt)
            return DnsAnswer(qname, rdtype, "ok", text, txt)
        return DnsAnswer(qname, rdtype, "ok", tuple(str(v) for v in values))
