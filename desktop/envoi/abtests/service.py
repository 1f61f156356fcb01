"""An A/B test over a campaign: its test share split into 2 to 5 variants, each sent as a
campaign of its own through the same engine, then the winner sent to the rest.

How exactly-once holds: creating the test MOVES each test recipient's delivery row from
the campaign to its variant's campaign (one UPDATE per variant, in the transaction that
creates them), so every recipient has exactly one delivery row in exactly one campaign.
Each variant campaign is an ordinary campaign: the engine reads it through the
``CampaignSource`` seam (``DeliveryRowsSource``) with its claims and compare-and-set. The
campaign itself keeps the rest of the audience and is held (paused) until the decision
gives it the winner's subject, From name or template and schedules it.

The test is saved as one JSON value in the settings table (``abtest:<name>``): its seed,
share, metric, wait, variants and the running always-valid p-values of every look.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from envoi.abtests import stats
from envoi.abtests.assignment import assign
from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.reports.campaign import campaign_report
from envoi.reports.tracking import TRACKING_SETTING
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact
from envoi.store.report_models import MxProvider
from envoi.store.sending_models import Campaign, CampaignStatus, Delivery, DeliveryStatus
from envoi.store.settings import get_dict, get_setting, keys_starting_with, put_setting

PREFIX = "abtest:"
CHANGES = ("subject", "from_name", "template", "send_at")
METRICS = ("clicks", "opens")
LABELS = "ABCDE"
OPENS_WARNING = (
    "Opens are inflated by machines (Apple Mail Privacy Protection, image proxies, "
    "security scanners): only the relay's human opens count, and even they are uncertain. "
    "Clicks decide more truthfully."
)


@dataclass(frozen=True, slots=True)
class VariantStatus:
    label: str
    campaign: str
    campaign_status: str
    changes: dict[str, str]
    recipients: int
    arm: stats.Arm
    interval: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class TestStatus:
    name: str
    campaign: str
    status: str  # testing or decided
    metric: str
    share: float
    seed: int
    decide_after: datetime
    looks: int
    variants: tuple[VariantStatus, ...]
    rest: int
    decision: stats.Decision
    chosen: int | None  # the variant sent to the rest, once decided
    warnings: tuple[str, ...]
    auto_send: bool = True  # the rest goes once decided; else when the user resumes it
    plan: stats.Plan | None = None  # the planned size, against the recipients of the test

    def as_dict(self) -> dict[str, Any]:
        d = self.decision
        return {
            "name": self.name, "campaign": self.campaign, "status": self.status,
            "metric": self.metric, "share": self.share, "seed": self.seed,
            "decide_after": self.decide_after.isoformat(), "looks": self.looks, "rest": self.rest,
            "variants": [
                {"label": v.label, "campaign": v.campaign, "campaign_status": v.campaign_status,
                 "changes": v.changes, "recipients": v.recipients, "sent": v.arm.sent,
                 "successes": v.arm.successes, "harmed": v.arm.harmed, "rate": v.arm.rate,
                 "interval": list(v.interval) if v.interval else None}
                for v in self.variants
            ],
            "decision": {
                "winner": None if d.winner is None else self.variants[d.winner].label,
                "leader": None if d.leader is None else self.variants[d.leader].label,
                "barred": [self.variants[i].label for i in d.barred],
                "p_values": d.p_values, "significant": d.significant, "reason": d.reason,
            },
            "chosen": None if self.chosen is None else self.variants[self.chosen].label,
            "auto_send": self.auto_send,
            "plan": None if self.plan is None else {
                "baseline": self.plan.baseline, "lift": self.plan.lift,
                "per_variant": self.plan.per_variant, "available": self.plan.available,
                "power_available": self.plan.power_available, "sentence": self.plan.sentence,
            },
            "warnings": list(self.warnings),
        }  # fmt: skip


def parse_wait(text: str) -> timedelta:
    """``4h``, ``90m``, ``2d``, ``3600`` (seconds)."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = text.strip().lower()
    try:
        if text and text[-1] in units:
            return timedelta(seconds=float(text[:-1]) * units[text[-1]])
        return timedelta(seconds=float(text))
    except ValueError:
        raise InvalidInputError(
            Text("'{text}' is not a wait.", text=text), Text("Write e.g. 4h, 90m or 2d.")
        ) from None


class AbTestService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # ---- creating ------------------------------------------------------------------------

    def create(self, name: str, campaign_ref: str, variants: list[dict[str, str]], *,
               share: float = 0.2, metric: str = "clicks", wait: timedelta = timedelta(hours=4),
               seed: int | None = None, baseline: float = 0.03, lift: float = 0.3,
               fallback: int = 0, auto_send: bool = True) -> TestStatus:  # fmt: skip
        """Split the campaign's test share among ``variants`` (each a dict of changes over
        the campaign: subject, from_name, template, send_at as ISO UTC)."""
        self._check(name, variants, share, metric, fallback)
        seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
        with self._store.session() as s:
            if get_setting(s, PREFIX + name) is not None:
                raise ConflictError(
                    Text("An A/B test named '{name}' already exists.", name=name), ""
                )
            parent = _campaign(s, campaign_ref)
            # Hold the campaign first, with one compare-and-set (a sender's ``begin`` does
            # the same): of this and a send starting at once, exactly one gets it, and the
            # rows are moved only from a campaign that no engine is reading.
            held = s.execute(
                update(Campaign)
                .where(Campaign.id == parent.id, Campaign.status.in_(
                    [CampaignStatus.DRAFT.value, CampaignStatus.SCHEDULED.value]))
                .values(status=CampaignStatus.PAUSED.value, pause_reason=(
                    f"Waiting for the A/B test '{name}' to decide: "
                    f"`envoi abtests decide {name}`."))
            )  # fmt: skip
            if not getattr(held, "rowcount", 0):
                s.refresh(parent)
                raise ConflictError(
                    Text(
                        "The campaign '{name}' is {status}: an A/B test needs a campaign not "
                        "yet sent.",
                        name=parent.name,
                        status=parent.status,
                    ),
                    Text("Create a new campaign for the test."),
                )
            s.refresh(parent)
            rows = s.execute(
                select(Delivery.id, Contact.domain, MxProvider.provider, Delivery.email_key)
                .outerjoin(Contact, Contact.id == Delivery.contact_id)
                .outerjoin(MxProvider, MxProvider.domain == Contact.domain)
                .where(Delivery.campaign_id == parent.id,
                       Delivery.status == DeliveryStatus.QUEUED.value)
            ).all()  # fmt: skip
            strata = [
                (int(i), str(provider or domain or key.rpartition("@")[2]))
                for i, domain, provider, key in rows
            ]
            chosen = assign(strata, len(variants), share, seed)
            tracking = get_dict(s, TRACKING_SETTING).get(str(parent.id))
            saved_variants = []
            now = utc_now()
            last_send = now
            for index, changes in enumerate(variants):
                child = _variant_campaign(parent, f"{parent.name} [A/B {name} {LABELS[index]}]",
                                          changes, name)  # fmt: skip
                s.add(child)
                s.flush()
                last_send = max(last_send, child.scheduled_at or now)
                ids = [rid for rid, v in chosen.items() if v == index]
                for start in range(0, len(ids), 5000):
                    s.execute(
                        update(Delivery)
                        .where(
                            Delivery.id.in_(ids[start : start + 5000]),
                            Delivery.campaign_id == parent.id,
                        )
                        .values(campaign_id=child.id)
                    )
                if tracking is not None:  # the variant is tracked as the campaign is
                    kept = get_dict(s, TRACKING_SETTING)
                    kept[str(child.id)] = tracking
                    put_setting(s, TRACKING_SETTING, kept)
                saved_variants.append(
                    {"label": LABELS[index], "changes": changes, "campaign_id": child.id,
                     "recipients": len(ids)}
                )  # fmt: skip
            # The rest waits for the decision, paused (above): neither `send-due` nor a plain
            # `send` takes it (a deliberate `resume` would, as the reason says).
            # The wait runs from the last variant's send time.
            put_setting(s, PREFIX + name, {
                "name": name, "campaign_id": parent.id, "seed": seed, "share": share,
                "metric": metric, "wait_seconds": wait.total_seconds(),
                "created_at": now.isoformat(), "decide_after": (last_send + wait).isoformat(),
                "baseline": baseline, "lift": lift, "tau2": stats.tau2_for(baseline, lift),
                "fallback": fallback, "auto_send": auto_send, "variants": saved_variants,
                "looks": 0,
                "p_values": {}, "status": "testing", "chosen": None,
            })  # fmt: skip
        return self.status(name)

    @staticmethod
    def _check(name: str, variants: list[dict[str, str]], share: float, metric: str,
               fallback: int) -> None:  # fmt: skip
        if not name.strip():
            raise InvalidInputError(Text("The A/B test needs a name."), "")
        if not 2 <= len(variants) <= 5:
            raise InvalidInputError(Text("An A/B test has 2 to 5 variants."), "")
        if not 0 < share <= 1:
            raise InvalidInputError(Text("The test share is between 1% and 100%."), "")
        if metric not in METRICS:
            raise InvalidInputError(
                Text("'{metric}' cannot decide a test.", metric=metric),
                Text("Use clicks or opens."),
            )
        if not 0 <= fallback < len(variants):
            raise InvalidInputError(
                Text("The variant sent when nothing wins is not one of them."), ""
            )
        for changes in variants:
            unknown = set(changes) - set(CHANGES)
            if unknown:
                raise InvalidInputError(
                    Text("A variant cannot change '{value}'.", value=sorted(unknown)[0]),
                    Text(
                        "A variant changes subject, from_name, template or send_at (the preheader "
                        "is the template's: make a template per preheader)."
                    ),
                )

    # ---- reading -------------------------------------------------------------------------

    def names(self) -> list[str]:
        with self._store.session() as s:
            keys = keys_starting_with(s, PREFIX)
        return [k[len(PREFIX) :] for k in keys]

    def _load(self, s: Session, name: str) -> dict[str, Any]:
        data = get_setting(s, PREFIX + name)
        if not isinstance(data, dict):
            raise NotFoundError(
                Text("There is no A/B test '{name}'.", name=name), Text("See `envoi abtests list`.")
            )
        return dict(data)

    def _arms(self, s: Session, data: dict[str, Any]) -> tuple[list[stats.Arm], list[str]]:
        arms, warnings = [], []
        opens = data["metric"] == "opens"
        if opens:
            warnings.append(OPENS_WARNING)
        for v in data["variants"]:
            report = campaign_report(s, int(v["campaign_id"]))
            measured = report.opens if opens else report.clicks
            # Anonymous tracking counts events, not people: a test needs people.
            people = measured.unique_human if measured is not None else None
            if people is None and "untracked" not in warnings:
                warnings.append("untracked")
            harmed = report.complaints + report.unsubscribes.total
            arms.append(stats.Arm(v["label"], report.accepted, people or 0, harmed))
        if "untracked" in warnings:
            warnings.remove("untracked")
            warnings.append(
                f"The variants' {data['metric']} are not measured (no relay tracking, or an "
                "anonymous one): the test cannot find a winner."
            )
        return arms, warnings

    def _status(self, s: Session, data: dict[str, Any], decision: stats.Decision | None = None,
                arms: list[stats.Arm] | None = None,
                warnings: list[str] | None = None) -> TestStatus:  # fmt: skip
        if arms is None or warnings is None:
            arms, warnings = self._arms(s, data)
        if decision is None:
            decision = stats.decide(arms, data["p_values"])
            if data["status"] == "decided" and "reason" in data:
                decision = replace(decision, winner=data["winner"], reason=data["reason"])
        parent = s.get(Campaign, int(data["campaign_id"]))
        variants = []
        for v, arm in zip(data["variants"], arms, strict=True):
            child = s.get(Campaign, int(v["campaign_id"]))
            variants.append(VariantStatus(
                v["label"], child.name if child else "?", child.status if child else "deleted",
                dict(v["changes"]), int(v["recipients"]), arm, arm.interval(),
            ))  # fmt: skip
        rest = s.scalar(
            select(func.count()).where(Delivery.campaign_id == int(data["campaign_id"]))
        )
        return TestStatus(
            data["name"], parent.name if parent else "?", data["status"], data["metric"],
            float(data["share"]), int(data["seed"]),
            datetime.fromisoformat(data["decide_after"]), int(data["looks"]), tuple(variants),
            int(rest or 0), decision, data["chosen"], tuple(warnings),
            bool(data.get("auto_send", True)),
            _plan_of(data, len(variants), min((v.recipients for v in variants), default=0)),
        )  # fmt: skip

    def status(self, name: str) -> TestStatus:
        with self._store.session() as s:
            return self._status(s, self._load(s, name))

    def baseline_from(self, campaign_ref: str, metric: str = "clicks") -> float:
        """A past campaign's human click (or open) rate, to plan the next test from."""
        with self._store.session() as s:
            report = campaign_report(s, _campaign(s, campaign_ref).id)
        rate = report.open_rate if metric == "opens" else report.click_rate
        if not rate:
            raise InvalidInputError(
                Text(
                    "The campaign '{name}' has no measured {metric} rate.",
                    name=report.name,
                    metric=metric,
                ),
                Text("Choose a campaign sent with the relay's tracking, or type --baseline."),
            )
        return rate

    # ---- deciding ------------------------------------------------------------------------

    def decide(self, name: str, *, now: datetime | None = None, final: bool = False) -> TestStatus:
        """One look at the results (valid however many looks are taken). At the end of the
        wait, or with ``final``, the decision is kept and the campaign (the rest) gets the
        winner's changes (or the fallback variant's when nothing won); it is scheduled for
        now, or with ``auto_send`` off stays paused until the user resumes it."""
        now = now or utc_now()
        with self._store.session() as s:
            data = self._load(s, name)
            if data["status"] == "decided":
                return self._status(s, data)
            arms, warnings = self._arms(s, data)
            data["p_values"] = stats.look(arms, float(data["tau2"]), data["p_values"])
            data["looks"] = int(data["looks"]) + 1
            decision = stats.decide(arms, data["p_values"])
            due = now >= datetime.fromisoformat(data["decide_after"])
            if final or due:
                unsent = [
                    v["label"] for v in data["variants"]
                    if (c := s.get(Campaign, int(v["campaign_id"]))) is not None
                    and c.started_at is None
                ]  # fmt: skip
                if unsent:
                    raise ConflictError(
                        Text(
                            "Variant {unsent} of the A/B test '{name}' has not been sent yet.",
                            unsent=unsent[0],
                            name=name,
                        ),
                        Text("Send the variants first (`envoi campaigns send-due`)."),
                    )
                chosen = decision.winner if decision.winner is not None else int(data["fallback"])
                self._send_rest(s, data, chosen, now)
                data["status"], data["chosen"] = "decided", chosen
                data["decided_at"] = now.isoformat()
                if decision.winner is None:
                    label = data["variants"][chosen]["label"]
                    decision = stats.Decision(
                        None, decision.leader, decision.barred, decision.p_values,
                        decision.significant,
                        f"{decision.reason} The rest gets variant {label}, as chosen "
                        "when nothing wins.",
                    )  # fmt: skip
                # What was decided, and why, stays as it was said (clicks keep coming).
                data["winner"], data["reason"] = decision.winner, decision.reason
            put_setting(s, PREFIX + name, data)
            return self._status(s, data, decision, arms, warnings)

    def decide_due(self, now: datetime | None = None) -> list[TestStatus]:
        """Decide every test whose wait is over (for cron and the window's timer)."""
        now = now or utc_now()
        out = []
        for name in self.names():
            with self._store.session() as s:
                data = self._load(s, name)
            if data["status"] == "testing" and now >= datetime.fromisoformat(data["decide_after"]):
                try:
                    out.append(self.decide(name, now=now))
                except ConflictError:
                    continue  # a variant not sent yet: decided once it has been
        return out

    @staticmethod
    def _send_rest(s: Session, data: dict[str, Any], chosen: int, now: datetime) -> None:
        parent = s.get(Campaign, int(data["campaign_id"]))
        if parent is None:
            raise NotFoundError(Text("The A/B test's campaign was deleted."), "")
        changes = data["variants"][chosen]["changes"]
        for field in ("subject", "from_name", "template"):
            if field in changes:
                setattr(parent, field, changes[field])
        if data.get("auto_send", True):
            parent.status = CampaignStatus.SCHEDULED.value
            parent.scheduled_at = now
            parent.pause_reason = ""
        else:  # the user sends the rest: resuming the campaign does
            label = data["variants"][chosen]["label"]
            parent.pause_reason = (
                f"The A/B test '{data['name']}' chose variant {label}: resume the campaign "
                "to send it to the rest."
            )


def _plan_of(data: dict[str, Any], variants: int, smallest: int) -> stats.Plan | None:
    """The plan for the test's baseline and lift, with the recipients it really has."""
    try:
        metric = str(data["metric"]).rstrip("s")
        baseline, lift = float(data["baseline"]), float(data["lift"])
        return stats.plan(baseline, lift, variants, audience=smallest * variants, metric=metric)
    except ValueError:
        return None


def _campaign(s: Session, ref: str) -> Campaign:
    row = (
        s.get(Campaign, int(ref))
        if ref.isdigit()
        else s.scalar(select(Campaign).where(Campaign.name == ref))
    )
    if row is None:
        raise NotFoundError(
            Text("There is no campaign '{ref}'.", ref=ref), Text("See `envoi campaigns list`.")
        )
    return row


def _variant_campaign(parent: Campaign, name: str, changes: dict[str, str], test: str) -> Campaign:
    send_at = changes.get("send_at")
    when = datetime.fromisoformat(send_at) if send_at else utc_now()
    if when.tzinfo is not None:  # the database holds naive UTC
        when = when.astimezone(UTC).replace(tzinfo=None)
    return Campaign(
        name=name[:200], from_name=changes.get("from_name", parent.from_name),
        from_email=parent.from_email, reply_to=parent.reply_to,
        subject=changes.get("subject", parent.subject), body_text=parent.body_text,
        body_html=parent.body_html, template=changes.get("template", parent.template),
        profile_id=parent.profile_id, audience={**(parent.audience or {}), "abtest": test},
        status=CampaignStatus.SCHEDULED.value, scheduled_at=when, timezone=parent.timezone,
        retry_hours=parent.retry_hours,
    )  # fmt: skip
