"""SPF record parsing and the whole-tree walk that counts DNS lookups over every branch.

pyspf counts the lookups of the one path a given IP follows; a receiver with another IP
may follow another path, so the limits of RFC 7208 4.6.4 (10 lookups, 2 void lookups)
are checked here over the whole tree, every include and redirect followed once.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
from dataclasses import dataclass, field

from envoi.dnscheck.resolver import DnsAnswer, DnsError, Resolver

MAX_LOOKUPS = 10
MAX_VOID = 2
MAX_DEPTH = 12

_MECHANISMS = {"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"}
_LOOKUP_MECHANISMS = {"include", "a", "mx", "ptr", "exists"}
_NAME = r"[A-Za-z0-9_%{}.\-+/=,!~*^|]+"
_TERM = re.compile(
    r"^(?P<q>[+\-~?]?)(?P<name>[A-Za-z][A-Za-z0-9_.\-]*)(?:(?P<sep>[:=/])(?P<arg>.*))?$"
)
_CIDR = re.compile(r"^(?:/(\d{1,2}))?(?://(\d{1,3}))?$")
SPF_PREFIX = re.compile(r"^v=spf1(?: |$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    qualifier: str  # "+", "-", "~", "?" (mechanisms) or "" (modifiers)
    name: str  # lower-cased mechanism or modifier name
    arg: str  # the domain-spec / address / value, "" when absent
    modifier: bool
    text: str


@dataclass(frozen=True, slots=True)
class ParsedSpf:
    terms: tuple[Term, ...]
    errors: tuple[str, ...]

    def mechanisms(self, name: str) -> list[Term]:
        return [t for t in self.terms if not t.modifier and t.name == name]

    def modifier(self, name: str) -> Term | None:
        return next((t for t in self.terms if t.modifier and t.name == name), None)


def spf_records(answer: DnsAnswer) -> list[str]:
    return [r for r in answer.records if SPF_PREFIX.match(r)]


def parse_spf(record: str) -> ParsedSpf:
    """Terms and syntax errors (the ones that make a receiver answer permerror)."""
    parts = record.split(" ")
    terms: list[Term] = []
    errors: list[str] = []
    seen_modifiers: set[str] = set()
    for raw in parts[1:]:
        if not raw:
            continue
        m = _TERM.match(raw)
        if m is None:
            errors.append(f"'{raw}' is not a valid SPF term")
            continue
        name = m["name"].lower()
        arg = m["arg"] or ""
        if m["sep"] == "=" and name not in _MECHANISMS:
            if m["q"]:
                errors.append(f"'{raw}': a modifier takes no qualifier")
            if name in ("redirect", "exp"):
                if name in seen_modifiers:
                    errors.append(f"'{name}=' appears more than once")
                if not arg:
                    errors.append(f"'{raw}' has no domain")
            seen_modifiers.add(name)
            terms.append(Term("", name, arg, True, raw))
            continue
        if name not in _MECHANISMS:
            errors.append(f"unknown mechanism '{m['name']}'")
            continue
        if m["sep"] == "=":
            errors.append(f"'{raw}' uses '=' where ':' is expected")
            continue
        errors.extend(_check_argument(name, m["sep"], arg, raw))
        sep_arg = arg if m["sep"] == ":" else f"{m['sep']}{arg}" if m["sep"] else ""
        terms.append(Term(m["q"] or "+", name, sep_arg, False, raw))
    return ParsedSpf(tuple(terms), tuple(errors))


def _check_argument(name: str, sep: str | None, arg: str, raw: str) -> list[str]:
    if name == "all":
        return [f"'{raw}': 'all' takes no argument"] if sep else []
    if name in ("include", "exists"):
        return [] if sep == ":" and arg and re.fullmatch(_NAME, arg) else [f"'{raw}' needs :domain"]
    if name in ("ip4", "ip6"):
        if sep != ":":
            return [f"'{raw}' needs an address"]
        try:
            net = ipaddress.ip_network(arg, strict=False)
        except ValueError:
            return [f"'{raw}' is not a valid {name} address"]
        want = 4 if name == "ip4" else 6
        return [] if net.version == want else [f"'{raw}' is not an IPv{want} address"]
    # a, mx, ptr: optional domain, optional CIDR lengths
    cidr = arg if sep == "/" else arg.partition("/")[2] if sep == ":" else ""
    if sep == ":":
        domain = arg.partition("/")[0]
        if not domain or not re.fullmatch(_NAME, domain):
            return [f"'{raw}' has a bad domain"]
    if cidr or sep == "/":
        m = _CIDR.match("/" + cidr)
        if m is None or int(m[1] or 0) > 32 or int(m[2] or 0) > 128:
            return [f"'{raw}' has a bad prefix length"]
    return []


def _target(term: Term, current: str) -> str | None:
    """The domain a lookup mechanism queries, or None when it depends on macros."""
    arg = term.arg
    if term.name in ("a", "mx", "ptr"):
        arg = "" if arg.startswith("/") else arg.split("/", 1)[0]
    domain = arg or current
    return None if "%" in domain else domain.rstrip(".").lower()


@dataclass(slots=True)
class SpfTree:
    """What the walk found, summed over the whole record tree."""

    lookups: int = 0
    void: int = 0
    problems: list[str] = field(default_factory=list)
    ptr_used: bool = False
    uncertain: list[str] = field(default_factory=list)  # macros: cannot follow statically
    dns_errors: list[str] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)


async def walk(resolver: Resolver, domain: str, record: str) -> SpfTree:
    tree = SpfTree()
    tree.visited.add(domain.lower())
    await _walk_record(resolver, domain.lower(), record, tree, 0)
    return tree


async def _walk_record(
    resolver: Resolver, domain: str, record: str, tree: SpfTree, depth: int
) -> None:
    parsed = parse_spf(record)
    tree.problems.extend(f"{domain}: {e}" for e in parsed.errors)
    jobs = []
    for term in parsed.terms:
        if term.modifier and term.name != "redirect":
            continue
        if not term.modifier and term.name not in _LOOKUP_MECHANISMS:
            continue
        tree.lookups += 1
        if term.name == "ptr":
            tree.ptr_used = True
            continue  # depends on the connecting IP
        target = _target(term, domain)
        if target is None:
            tree.uncertain.append(f"{domain}: {term.text}")
            continue
        jobs.append(_follow(resolver, term, target, tree, depth))
    await asyncio.gather(*jobs)


async def _follow(resolver: Resolver, term: Term, target: str, tree: SpfTree, depth: int) -> None:
    try:
        if term.name in ("include", "redirect"):
            answer = await resolver.query(target, "TXT")
            records = spf_records(answer)
            if not records:
                tree.void += 1
                tree.problems.append(
                    f"{term.text}: {target} has no SPF record (receivers answer permerror)"
                )
                return
            if len(records) > 1:
                tree.problems.append(f"{term.text}: {target} has {len(records)} SPF records")
            if target in tree.visited or depth >= MAX_DEPTH:
                if depth >= MAX_DEPTH:
                    tree.problems.append(f"{term.text}: includes nest too deep")
                return  # a loop: counted once, never followed twice
            tree.visited.add(target)
            await _walk_record(resolver, target, records[0], tree, depth + 1)
        elif term.name == "mx":
            answer = await resolver.query(target, "MX")
            if not answer.records:
                tree.void += 1
            elif len(answer.records) > 10:
                tree.problems.append(f"{term.text}: more than 10 MX hosts (permerror)")
        else:  # a, exists
            answers = await asyncio.gather(
                resolver.query(target, "A"),
                *([resolver.query(target, "AAAA")] if term.name == "a" else []),
            )
            if not any(a.records for a in answers):
                tree.void += 1
    except DnsError as exc:
        tree.dns_errors.append(f"{target}: {exc.user_message}")
