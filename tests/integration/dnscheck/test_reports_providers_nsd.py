"""`envoi reports providers` and `envoi reports campaign` against a real authoritative
server (NSD on 127.0.0.1): recipients grouped by the provider their domain's MX names,
kept so that a second run asks nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from dns_test_servers import NsdServer, free_port, zone_text
from tests.support import report_rows as rows

from envoi.cli import main
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.report_models import MxProvider


@pytest.fixture(scope="module")
def nsd(
    nsd_factory: type[NsdServer], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[NsdServer]:
    zones = {
        "gmail.com": zone_text("gmail.com", [("@", "MX", "5 gmail-smtp-in.l.google.com.")]),
        "hotmail.fr": zone_text("hotmail.fr", [
            ("@", "MX", "10 hotmail-fr.olc.protection.outlook.com.")]),
        # A company's own domain on Google Workspace counts as Google.
        "corp.example": zone_text("corp.example", [
            ("@", "MX", "1 aspmx.l.google.com."), ("@", "MX", "5 alt1.aspmx.l.google.com.")]),
        "shop.fr": zone_text("shop.fr", [("@", "MX", "10 mx.shop.fr.")]),
        "tiny.example": zone_text("tiny.example", [("@", "MX", "10 mail.tiny.example.")]),
    }  # fmt: skip
    server = nsd_factory(tmp_path_factory.mktemp("nsd"), free_port())
    server.start(zones)
    yield server
    server.stop()


def test_providers_from_nsd_then_from_the_table(
    nsd: NsdServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    cid = rows.campaign(store)
    rows.returned(store, cid, ("bounce", "a3@gmail.com", "userunknown", True, None))
    base = ["--db", url, "reports"]
    assert main([*base, "providers", "Winter sale", "--nameserver", nsd.address, "--json"]) == 0
    by = {r["provider"]: r for r in json.loads(capsys.readouterr().out)}
    assert {k: v["recipients"] for k, v in by.items()} == {
        "google": 4, "microsoft": 3, "other": 2, "own": 1}  # fmt: skip
    assert by["google"]["rates"]["bounce"] == 0.25 and by["microsoft"]["deferred"] == 2
    with store.session() as s:
        assert s.get(MxProvider, "corp.example").mx == "aspmx.l.google.com alt1.aspmx.l.google.com"  # type: ignore[union-attr]
    nsd.stop()  # cached: the second run needs no DNS at all
    assert main([*base, "providers", "Winter sale", "--nameserver", nsd.address]) == 0
    out = capsys.readouterr().out
    assert "Gmail / Google Workspace" in out and "Microsoft" in out and "Own domain" in out
    assert main([*base, "campaign", "Winter sale"]) == 0
    out = capsys.readouterr().out
    assert "Click rate:" in out and "no tracking" in out and "Accepted by the server:" in out
    assert main([*base, "campaign", "Winter sale", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["audience"], data["accepted"], data["bounced"], data["opens"]) == (10, 6, 1, None)
    assert main([*base, "campaign", "Nope"]) == 2
    assert "No campaign called" in capsys.readouterr().err
    store.dispose()
