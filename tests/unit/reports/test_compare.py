"""Compare campaigns: newest first, the change of each rate against the one sent before
(in the filtered list), filters by date, list and template; and `envoi reports compare`."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from envoi.cli import main
from envoi.reports.service import Reports
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.sending_models import Campaign
from tests.support import report_rows as rows


def _three(store: Store) -> list[int]:
    """Oldest first: A (list news, template t1, one bounce), B (list vip, t2), C (news, t1,
    three bounces)."""
    made = []
    for n, (name, lists, template, bounced) in enumerate([
        ("A", ["news"], "t1", ["a3@gmail.com"]),
        ("B", ["vip"], "t2", []),
        ("C", ["news"], "t1", ["a3@gmail.com", "b3@hotmail.fr", "a1@gmail.com"]),
    ]):  # fmt: skip
        cid = rows.campaign(store, name)
        with store.session() as s:
            c = s.get(Campaign, cid)
            assert c is not None
            c.started_at = rows.START + timedelta(days=n)
            c.audience, c.template = {"lists": lists}, template
        rows.returned(store, cid, *((("bounce", a, "userunknown", True, None)) for a in bounced))
        made.append(cid)
    return made


def test_newest_first_with_the_change_against_the_previous(store: Store) -> None:
    a, b, c = _three(store)
    got = Reports(store).compare(10)
    assert [r.campaign_id for r in got] == [c, b, a]
    assert got[0].rates["bounce_rate"] == pytest.approx(3 / 8)
    assert got[0].change["bounce_rate"] == pytest.approx(3 / 8 - 0)  # B had none
    assert got[1].change["bounce_rate"] == pytest.approx(0 - 1 / 8)
    assert got[2].change["bounce_rate"] is None  # nothing before A
    assert got[0].rates["open_rate"] is None and got[0].change["open_rate"] is None
    # The last 2: the older one still gets its change against the one before it.
    two = Reports(store).compare(2)
    assert [r.name for r in two] == ["C", "B"] and two[1].change["bounce_rate"] is not None


def test_filters_by_list_template_and_date(store: Store) -> None:
    a, _b, c = _three(store)
    reports = Reports(store)
    news = reports.compare(10, list_name="news")
    assert [r.campaign_id for r in news] == [c, a]
    assert news[0].change["bounce_rate"] == pytest.approx(3 / 8 - 1 / 8)  # against A now
    assert [r.name for r in reports.compare(10, template="t2")] == ["B"]
    assert [r.name for r in reports.compare(10, since=rows.START + timedelta(hours=12))] == [
        "C", "B"]  # fmt: skip


def test_cli_compare(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    _three(store)
    assert main(["--db", url, "reports", "compare", "--last", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in data] == ["C", "B"] and data[0]["lists"] == ["news"]
    assert main(["--db", url, "reports", "compare", "--list", "news"]) == 0
    out = capsys.readouterr().out
    assert "37.5% (+25.0)" in out and out.count("\n") == 3
    store.dispose()
