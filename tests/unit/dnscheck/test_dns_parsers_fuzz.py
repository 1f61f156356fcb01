"""Bad input never crashes the parsers: whatever a DNS record holds, a verdict comes back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from envoi.dnscheck.dkim_check import parse_record
from envoi.dnscheck.dmarc import aligned, organizational_domain, parse_dmarc
from envoi.dnscheck.spf_walk import parse_spf

_TOKENS = st.sampled_from(
    ["v=spf1", "v=DMARC1", "v=DKIM1", "p=", "k=rsa", "k=ed25519", "ip4:", "ip6:", "a", "mx",
     "include:", "-all", "~all", "?all", "+all", "redirect=", "exp=", "%{i}", "/24", "//64",
     ";", "=", ":", " ", "rua=mailto:", "adkim=s", "sp=", "t=y", "pct=", "MIGfMA0G", "1.2.3.4",
     "::1", "example.com", "\x00", "é", "\t"]
)  # fmt: skip
_RECORDS = st.one_of(st.text(max_size=300), st.lists(_TOKENS, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(_RECORDS)
def test_spf_parser_total(record: str) -> None:
    parsed = parse_spf("v=spf1 " + record)
    assert all(isinstance(e, str) for e in parsed.errors)


@settings(max_examples=300, deadline=None)
@given(_RECORDS)
def test_dmarc_parser_total(record: str) -> None:
    result = parse_dmarc(record)
    assert result.verdict in ("ok", "warn", "error")
    assert (result.verdict == "ok") == (not result.problems)


@settings(max_examples=300, deadline=None)
@given(_RECORDS)
def test_dkim_parser_total(record: str) -> None:
    result = parse_record(record)
    assert result.revoked or result.errors or result.key_bits > 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc.-xyzé", max_size=40), st.text(alphabet="abc.-xyzé", max_size=40))
def test_alignment_total_and_reflexive(a: str, b: str) -> None:
    assert aligned(a, b, "r") == aligned(b, a, "r")
    if a.strip(".") and organizational_domain(a.strip(".")):
        assert aligned(a, a, "s") and aligned(a, a, "r")
