"""`envoi dns keygen / check / last` through the real command line (no DNS server needed)."""

from __future__ import annotations

import json
import socket
import stat
from collections.abc import Iterator

import pytest

from envoi.cli import main
from envoi.dnscheck.dkim_check import keys_match, parse_record
from envoi.paths import data_dir


@pytest.fixture
def black_hole() -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_keygen_keeps_key_private_and_prints_record(
    kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["dns", "keygen", "Example.com", "--selector", "envoi1", "--type", kind, "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["name"] == "envoi1._domainkey.example.com"
    path = data_dir() / "dkim" / "example.com" / "envoi1.key"
    assert out["private_key"] == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert parse_record(out["record"]).key_type == kind
    assert keys_match(out["record"], path.read_bytes(), "envoi1", "example.com")
    # Asked again, the same selector shows its key's record: the key stays as it is.
    key = path.read_bytes()
    assert main(["dns", "keygen", "example.com", "--selector", "envoi1", "--type", kind,
                 "--json"]) == 0  # fmt: skip
    again = capsys.readouterr()
    assert json.loads(again.out)["record"] == out["record"] and path.read_bytes() == key
    assert "already exists" in again.err
    # A second key of another type under the same selector would break live signatures.
    other = "ed25519" if kind == "rsa" else "rsa"
    assert main(["dns", "keygen", "example.com", "--selector", "envoi1", "--type", other]) == 2
    assert "already exists" in capsys.readouterr().err and path.read_bytes() == key


def test_check_refuses_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dns", "check", "not a domain"]) == 2
    assert main(["dns", "check", "example.com", "--nameserver", "dns.example.com"]) == 2
    err = capsys.readouterr().err
    assert "is not a domain" in err
    assert "not a name server address" in err


def test_last_without_a_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dns", "last", "never.example"]) == 2
    assert "has not been checked yet" in capsys.readouterr().err


def test_check_with_dead_server_exits_3_and_is_kept(
    black_hole: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["dns", "check", "example.com", "--nameserver", black_hole, "--timeout", "0.3"])
    out = capsys.readouterr().out
    assert code == 3
    assert "Sender check of example.com" in out
    assert "could not check" in out
    assert main(["dns", "last", "example.com", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["domain"] == "example.com"
    assert {c["status"] for c in saved["checks"]} == {"error"}


def test_resolver_setting_is_used_by_check(
    black_hole: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["dns", "resolver"]) == 0
    assert "the system resolver" in capsys.readouterr().out
    assert main(["dns", "resolver", "--set", "dns.example"]) == 2  # not an address
    assert main(["dns", "resolver", "--set", black_hole]) == 0
    assert black_hole in capsys.readouterr().out
    # No --nameserver: the saved (dead) server is asked, so nothing can be checked.
    assert main(["dns", "check", "example.com", "--timeout", "0.3", "--json"]) == 3
    assert main(["dns", "resolver", "--system"]) == 0
    assert "the system resolver" in capsys.readouterr().out
