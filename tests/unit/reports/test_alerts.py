"""Alert rules over the reports, with a fixed clock: thresholds, critical levels, a
provider deferring (over the last minutes of a running campaign), acknowledgement that
lasts while the alert holds, rules a user changes; and `envoi reports alerts`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from envoi.cli import main
from envoi.reports.alerts import AlertRules, open_alerts
from envoi.reports.service import Reports
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.report_models import MxProvider
from envoi.store.sending_models import Campaign, Delivery

NOW = datetime(2026, 12, 8, 12, 0, 0)


def _campaign(store: Store, name: str, *, status: str = "completed", started: datetime = NOW,
              gmail: int = 170, hotmail: int = 30, deferred_hotmail: int = 0,
              bounced: int = 0, updated: datetime = NOW) -> int:  # fmt: skip
    with store.session() as s:
        c = Campaign(name=name, from_email="news@shop.fr", status=status, audience={},
                     started_at=started)  # fmt: skip
        s.add(c)
        s.flush()
        for n in range(gmail + hotmail):
            domain = "gmail.com" if n < gmail else "hotmail.fr"
            attempts = 2 if n >= gmail and n - gmail < deferred_hotmail else 1
            email = f"u{n}@{domain}"
            s.add(Delivery(campaign_id=c.id, email=email, email_key=email, status="sent",
                           attempts=attempts, sent_at=started, updated_at=updated))  # fmt: skip
        for n in range(bounced):
            m = BounceMessage(sha256=f"{c.id:08d}{n:056d}", raw=b"x", kind="bounce",
                              state="processed", received_at=started)  # fmt: skip
            s.add(m)
            s.flush()
            s.add(BounceRecord(message_id=m.id, received_at=started, kind="bounce",
                               address=f"u{n}@gmail.com", address_key=f"u{n}@gmail.com",
                               campaign_id=c.id, matched_by="address", reason="userunknown",
                               hard=True))  # fmt: skip
        for domain, provider in (("gmail.com", "google"), ("hotmail.fr", "microsoft")):
            s.merge(MxProvider(domain=domain, provider=provider, mx="", looked_up_at=NOW))
        return int(c.id)


def test_bounce_rate_warns_over_two_percent_and_is_critical_over_five(store: Store) -> None:
    _campaign(store, "quiet", bounced=3)  # 1.5 % (Gmail 1.8 %): not over
    warn = _campaign(store, "warn", bounced=6)  # 3 %
    crit = _campaign(store, "crit", bounced=12)  # 6 %
    with store.session() as s:
        alerts = open_alerts(s, now=NOW)
    by = {(a.campaign_id, a.rule): a for a in alerts}
    assert by[(warn, "bounce_rate")].severity == "warning"
    assert by[(warn, "bounce_rate")].value == pytest.approx(0.03)
    assert by[(crit, "bounce_rate")].severity == "critical"
    assert by[(crit, "bounce_rate")].threshold == 0.05
    # Gmail's share bounces too: 12 of 170.
    assert by[(crit, "provider_bounce_rate")].provider == "google"
    assert {a.campaign for a in alerts} == {"warn", "crit"}


def test_few_messages_do_not_cry_wolf_and_old_campaigns_are_not_watched(store: Store) -> None:
    _campaign(store, "small", gmail=40, hotmail=10, bounced=5)  # 10 %, but 50 messages
    _campaign(store, "old", started=NOW - timedelta(days=40), bounced=50)
    with store.session() as s:
        alerts = open_alerts(s, now=NOW)
    assert [a.rule for a in alerts] == ["provider_bounce_rate"]  # gmail: 5 of 40, 40 >= 20


def test_a_provider_deferring_now(store: Store) -> None:
    done = _campaign(store, "done", deferred_hotmail=10)  # 10 of 30: 33 %
    running = _campaign(store, "running", status="running", deferred_hotmail=10,
                        updated=NOW - timedelta(minutes=30))  # fmt: skip
    with store.session() as s:
        alerts = open_alerts(s, now=NOW)
        # Deferred half an hour ago: not in the last 10 minutes of a running campaign.
        assert [(a.campaign_id, a.rule, a.provider) for a in alerts] == [
            (done, "provider_deferral_rate", "microsoft")]  # fmt: skip
        later = open_alerts(s, now=NOW - timedelta(minutes=25))
        assert {(a.campaign_id, a.provider) for a in later} == {
            (done, "microsoft"), (running, "microsoft")}  # fmt: skip
    assert "Microsoft on done: deferral rate 33.33%" in alerts[0].text


def test_acknowledged_alerts_stay_quiet_until_they_stop_and_come_back(store: Store) -> None:
    cid = _campaign(store, "warn", bounced=6, started=utc_now())  # Reports asks the clock
    reports = Reports(store)
    with store.session() as s:
        keys = [a.key for a in open_alerts(s, now=NOW)]
    assert keys == [f"bounce_rate:{cid}", f"provider_bounce_rate:{cid}:google"]
    assert not any(a.acknowledged for a in reports.alerts())
    reports.acknowledge_alerts(keys[:1])
    assert [a.acknowledged for a in reports.alerts()] == [True, False]
    reports.acknowledge_alerts(keys[1:])
    with store.session() as s:
        assert all(a.acknowledged for a in open_alerts(s, now=NOW))
        # Rules a user changes: 5 % warns no more.
        assert open_alerts(s, AlertRules(bounce_rate=0.05), now=NOW) == []
    # Once the alerts are closed, their acknowledgement is forgotten: back, they are new.
    reports.set_alert_rules(AlertRules(bounce_rate=0.05))
    reports.acknowledge_alerts([])
    reports.set_alert_rules(AlertRules())
    assert [a.acknowledged for a in reports.alerts()] == [False, False]


def test_rules_from_settings_ignore_bad_values() -> None:
    rules = AlertRules.from_json({"bounce_rate": 0.03, "min_sent": "x", "nope": 1,
                                  "complaint_rate": -1, "days": 7.0})  # fmt: skip
    assert (rules.bounce_rate, rules.min_sent, rules.complaint_rate, rules.days) == (
        0.03, 100, 0.001, 7)  # fmt: skip
    assert isinstance(rules.days, int)


def test_cli_alerts(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]

    url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    _campaign(store, "warn", bounced=6, started=utc_now())
    base = ["--db", url, "reports", "alerts"]
    assert main(base) == 1
    out = capsys.readouterr().out
    assert "warning  warn: bounce rate 3.00% (over 2.00%)" in out
    assert main([*base, "--json"]) == 1
    keys = [a["key"] for a in json.loads(capsys.readouterr().out)]
    assert main([*base, "--acknowledge", *keys]) == 0
    assert "(acknowledged)" in capsys.readouterr().out
    assert main([*base, "--set", "bounce_rate=0.04"]) == 0
    assert "bounce_rate              0.04" in capsys.readouterr().out
    assert main([*base, "--set", "bounce=1"]) == 2
    assert "No alert rule called 'bounce'" in capsys.readouterr().err
    store.dispose()


def test_monitor_run_tells_each_alert_once_while_it_stays_open(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    cid = _campaign(store, "warn", bounced=6, started=utc_now())
    base = ["--db", url, "monitor"]
    assert main([*base, "run", "--json"]) == 1
    told = [a["key"] for a in json.loads(capsys.readouterr().out)]
    assert told == [f"bounce_rate:{cid}", f"provider_bounce_rate:{cid}:google"]
    assert main([*base, "run"]) == 0 and capsys.readouterr().out == ""  # told already
    assert main([*base, "status", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    reports = Reports(store)
    reports.set_alert_rules(AlertRules(bounce_rate=0.05))  # closed: forgotten...
    assert main([*base, "run"]) == 0
    capsys.readouterr()
    reports.set_alert_rules(AlertRules())  # ...so back, they are told again
    assert main([*base, "run"]) == 1
    assert "warn: bounce rate 3.00%" in capsys.readouterr().out
    store.dispose()
