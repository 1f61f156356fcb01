"""DMARC parse vectors, alignment vectors and the Public Suffix List tests from the corpus."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from envoi.dnscheck.dmarc import aligned, check_dmarc, organizational_domain, parse_dmarc
from envoi.dnscheck.resolver import MemoryResolver
from envoi.dnscheck.results import CheckRequest

# Where our verdict differs from the corpus implementation's, and why.
OURS: dict[str, str] = {
    # OpenDMARC accepts a prefix of "none"; RFC 9989 and pydmarc do not: a receiver may ignore it.
    "v=DMARC1; p=n;": "error",
    # pct, rf and ri were removed by RFC 9989: a bad value is a warning, not a broken record.
    "v=DMARC1; p=none; rf=bob;": "warn",
    "v=DMARC1; p=none; ri=bob;": "warn",
    "v=DMARC1; p=none; pct=500;": "warn",
    "v=DMARC1; p=none; rf=000000000000000000000000000000000": "warn",
    # RFC 9989 reads a missing p as none; RFC 7489 receivers ignore it: warn, not error.
    "v=DMARC1; pct=100;": "warn",
    "v=DMARC1; sp=none": "warn",
}


def _documents(corpus: Path) -> list[dict[str, Any]]:
    with (corpus / "dmarc" / "record-vectors.yml").open() as fh:
        return list(yaml.safe_load_all(fh))


def _parse_vectors(corpus: Path) -> list[dict[str, Any]]:
    return [v for d in _documents(corpus) for v in d.get("vectors", [])]


def test_record_vectors(corpus: Path) -> None:
    vectors = _parse_vectors(corpus)
    assert len(vectors) == 33
    wrong = []
    for vector in vectors:
        got = parse_dmarc(vector["record"])
        if vector["record"] in OURS:
            want = OURS[vector["record"]]
            ok = got.verdict == want
        else:
            want = "ok|warn" if vector["verdict"] == "ok" else "error"
            ok = got.verdict in want.split("|")
        if not ok:
            wrong.append(f"{vector['record']!r}: {got.verdict} {got.problems}, want {want}")
        for tag, value in vector.get("expect", {}).items():
            if tag in ("p", "sp", "adkim", "pct", "fo", "t") and tag in got.tags:
                assert got.tags[tag] == str(value).lower(), (vector["record"], tag)
    assert wrong == [], "\n".join(wrong)


def test_alignment_vectors(corpus: Path) -> None:
    vectors = [v for d in _documents(corpus) for v in d.get("alignment", [])]
    assert len(vectors) == 10
    for v in vectors:
        mode = "s" if v["mode"] == "strict" else "r"
        assert aligned(v["from_domain"], v["auth_domain"], mode) is v["aligned"], v


def _psl_cases(corpus: Path) -> list[tuple[str | None, str | None]]:
    text = (corpus / "dmarc" / "psl" / "test_psl.txt").read_text(encoding="utf-8")
    cases = []
    for line in text.splitlines():
        m = re.match(r"^checkPublicSuffix\((null|'[^']*'), (null|'[^']*')\);", line)
        if m:
            a, b = (None if x == "null" else x.strip("'") for x in m.groups())
            cases.append((a, b))
    return cases


def test_public_suffix_list(corpus: Path) -> None:
    cases = _psl_cases(corpus)
    assert len(cases) == 78  # the README says 77 checks; the file has 78 uncommented lines
    wrong = [(a, b, organizational_domain(a)) for a, b in cases if organizational_domain(a) != b]
    assert wrong == []


async def _dmarc(resolver: MemoryResolver, **kw: Any) -> dict[str, str]:
    return {r.id: r.status for r in await check_dmarc(resolver, CheckRequest(**kw))}


async def test_check_dmarc_statuses() -> None:
    r = MemoryResolver()
    r.add("_dmarc.example.com", "TXT", "v=DMARC1; p=reject; adkim=s; rua=mailto:d@example.com")
    r.add("_dmarc.none.example", "TXT", "v=DMARC1; p=none")
    got = await _dmarc(r, domain="example.com")
    assert got == {
        "dmarc-record": "pass",
        "dmarc-policy": "pass",
        "dmarc-rua": "pass",
        "dmarc-alignment": "pass",
    }
    # Subdomain From falls back to the organisational domain's record; strict DKIM misaligns.
    got = await _dmarc(r, domain="news.example.com", dkim_domain="example.com")
    assert got["dmarc-record"] == "pass"
    assert got["dmarc-alignment"] == "warn"
    got = await _dmarc(
        r, domain="news.example.com", dkim_domain="example.com", mail_from_domain="bounce.other.net"
    )
    assert got["dmarc-alignment"] == "fail"
    got = await _dmarc(r, domain="none.example")
    assert (got["dmarc-policy"], got["dmarc-rua"]) == ("warn", "warn")
    missing = await check_dmarc(r, CheckRequest("shop.co.uk"))
    assert missing[0].status == "fail"
    assert missing[0].record == "v=DMARC1; p=none; rua=mailto:dmarc-reports@shop.co.uk"


async def test_two_records_fail() -> None:
    r = MemoryResolver()
    r.add("_dmarc.example.com", "TXT", "v=DMARC1; p=none")
    r.add("_dmarc.example.com", "TXT", "v=DMARC1; p=reject")
    got = await _dmarc(r, domain="example.com")
    assert got == {"dmarc-record": "fail"}
