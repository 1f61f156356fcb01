"""DKIM record parsing, key sizes and key matching against the dkimpy corpus vectors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from envoi.dnscheck.dkim_check import check_dkim, keys_match, parse_record
from envoi.dnscheck.dkim_keys import (
    FileDkimKeyStore,
    generate_key,
    is_published_test_key,
    public_record,
)
from envoi.dnscheck.resolver import MemoryResolver
from envoi.dnscheck.results import CheckRequest
from envoi.errors import EnvoiError


def _data(corpus: Path, name: str) -> str:
    return (corpus / "dkim" / "dkimpy-testdata" / name).read_text().strip()


@pytest.mark.parametrize(
    ("name", "kind", "bits"),
    [
        ("test.txt", "rsa", 1024),
        ("1024_testkey_wo_markers.pub.txt", "rsa", 1024),
        ("1024_testkey_wo_markers.pub.rsa.txt", "rsa", 1024),  # bare PKCS#1 key
        ("2048_testkey_wo_markers.pub.txt", "rsa", 2048),
        ("2048_testkey_wo_markers.pub.rsa.txt", "rsa", 2048),
        ("2048_testkey_PKCS8.key.pub.txt", "rsa", 2048),
        ("ed25519test.dns", "ed25519", 256),  # no v= tag: allowed
        ("eximtest.dns", "ed25519", 256),
    ],
)
def test_valid_records(corpus: Path, name: str, kind: str, bits: int) -> None:
    record = parse_record(_data(corpus, name))
    assert record.errors == ()
    assert (record.key_type, record.key_bits) == (kind, bits)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("badk.txt", "unknown key type"),
        ("badversion.txt", "v= must come first"),
        ("test_bad.txt", "cannot be read"),
        ("test_tlsrpt.txt", "not for email"),
    ],
)
def test_broken_records(corpus: Path, name: str, reason: str) -> None:
    record = parse_record(_data(corpus, name))
    assert any(reason in e for e in record.errors), record.errors


@pytest.mark.parametrize(
    ("key", "record", "match"),
    [
        ("test.private", "test.txt", True),
        ("2048_testkey.key", "2048_testkey_wo_markers.pub.txt", True),
        ("2048_testkey.key", "2048_testkey_wo_markers.pub.rsa.txt", True),
        ("2048_testkey_PKCS8.key", "2048_testkey_PKCS8.key.pub.txt", True),
        ("ed25519test.key", "ed25519test.dns", True),
        ("2048_testkey.key", "test.txt", False),
        ("test.private", "2048_testkey_wo_markers.pub.txt", False),
        ("ed25519test.key", "eximtest.dns", False),
    ],
)
def test_key_match_by_signing(corpus: Path, key: str, record: str, match: bool) -> None:
    private = (corpus / "dkim" / "dkimpy-testdata" / key).read_bytes()
    assert keys_match(_data(corpus, record), private, "s1", "example.com") is match


def test_rfc8463_brisbane_key_matches_published_record(corpus: Path) -> None:
    private = (corpus / "dkim" / "dkimpy-testdata" / "rfc8032_7_1.key").read_bytes()
    record = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
    assert public_record(private) == record
    assert keys_match(record, private, "brisbane", "football.example.com")


@pytest.mark.parametrize(
    "name",
    ["test.private", "1024_testkey.key", "2048_testkey.key", "2048_testkey_PKCS8.key",
     "ed25519test.key", "rfc8032_7_1.key"],
)  # fmt: skip
def test_published_test_keys_are_recognised(corpus: Path, name: str) -> None:
    assert is_published_test_key((corpus / "dkim" / "dkimpy-testdata" / name).read_bytes())
    assert not is_published_test_key(generate_key("ed25519"))


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_generated_key_record_verifies(kind: str) -> None:
    private = generate_key(kind)  # type: ignore[arg-type]
    record = public_record(private)
    parsed = parse_record(record)
    assert parsed.errors == ()
    assert parsed.key_type == kind
    assert parsed.key_bits == (2048 if kind == "rsa" else 256)
    assert keys_match(record, private, "envoi1", "example.com")
    assert not keys_match(public_record(generate_key(kind)), private, "envoi1", "example.com")  # type: ignore[arg-type]


def test_key_store_writes_0600_and_refuses_overwrite(tmp_path: Path) -> None:
    store = FileDkimKeyStore(tmp_path / "dkim")
    key = generate_key("ed25519")
    path = store.save("Example.COM", "envoi1", key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.load("example.com", "envoi1") == key
    assert store.load("example.com", "other") is None
    with pytest.raises(EnvoiError):
        store.save("example.com", "envoi1", key)
    with pytest.raises(EnvoiError):
        store.path("../etc", "x")


async def test_check_dkim_statuses(corpus: Path) -> None:
    resolver = MemoryResolver()
    resolver.add("s1024._domainkey.example.com", "TXT", _data(corpus, "test.txt"))
    resolver.add(
        "s2048._domainkey.example.com", "TXT", _data(corpus, "2048_testkey_wo_markers.pub.txt")
    )
    resolver.add(
        "ed._domainkey.example.com",
        "TXT",
        "v=DKIM1; k=ed25519; t=y; " + _data(corpus, "ed25519test.dns").split("; ")[1],
    )
    key2048 = (corpus / "dkim" / "dkimpy-testdata" / "2048_testkey.key").read_bytes()

    async def run(selector: str | None, key: bytes | None = None) -> dict[str, str]:
        request = CheckRequest("example.com", selector=selector, dkim_private_key=key)
        return {r.id: r.status for r in await check_dkim(resolver, request)}

    assert await run("s1024") == {"dkim-record": "pass", "dkim-key": "warn"}
    # dkimpy's 2048-bit test key matches its record, but it is public: refused.
    public = await check_dkim(
        resolver, CheckRequest("example.com", "s2048", dkim_private_key=key2048)
    )
    assert [r.status for r in public] == ["pass", "pass", "fail"]
    assert "published example key" in public[2].message
    own = generate_key("rsa")
    resolver.add("own._domainkey.example.com", "TXT", public_record(own))
    assert await run("own", own) == {
        "dkim-record": "pass",
        "dkim-key": "pass",
        "dkim-match": "pass",
    }
    mismatch = await check_dkim(
        resolver, CheckRequest("example.com", "s1024", dkim_private_key=own)
    )
    assert mismatch[-1].status == "fail"
    assert "does not match" in mismatch[-1].message
    assert await run("ed") == {"dkim-record": "pass", "dkim-key": "pass", "dkim-testing": "warn"}
    missing = await check_dkim(
        resolver, CheckRequest("example.com", "nope", dkim_private_key=key2048)
    )
    assert missing[0].status == "fail"
    assert missing[0].record == public_record(key2048)
    assert await run(None) == {"dkim-record": "warn"}  # no usual selector published
