"""The engine's settings, its figures, and what each SMTP reply does to a delivery and a run.

Kept apart from the engine's tasks (``envoi.sending.engine``): these are plain functions of
the reply and the run's counts, with no loop, connection or database in them.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from envoi.sending.explain import explain_reply, reply_shape, same_reply_for_all
from envoi.sending.recorder import Outcome
from envoi.sending.replies import Reply, ReplyKind
from envoi.sending.retry import send_suppression_source
from envoi.store.clock import utc_now
from envoi.store.sending_models import CampaignStatus, DeliveryStatus

if TYPE_CHECKING:  # campaign_rows reads `end_state` from here
    from envoi.sending.campaign_rows import QueuedItem


@dataclass(frozen=True, slots=True)
class EngineOptions:
    connections: int = 4
    per_connection: int = 100
    retry_base: float = 300.0  # first retry of a 4xx after this many seconds, then doubling
    retry_max: float = 4 * 3600.0
    max_consecutive_failures: int = 25
    max_failure_rate: float = 0.3
    failure_rate_min_attempts: int = 100
    server_down_timeout: float = 300.0  # keep reconnecting this long before pausing
    max_dropped_in_a_row: int = 50  # connections lost before DATA, one after the other
    max_limit_wait: float = 600.0  # a longer wait for an hourly/daily cap pauses instead
    wait_for_deferred: bool = True  # else leave them scheduled for `send-due`
    page_size: int = 500
    progress_interval: float = 0.25
    # Returned mail (bounce records of the campaign, read from the mailbox) pauses a send
    # whose list is bad: over these rates of the messages sent, once enough have gone out.
    # Checked every ``rates_every`` messages sent or ``rates_interval`` seconds.
    max_bounce_rate: float = 0.05
    max_complaint_rate: float = 0.001
    rates_min_sent: int = 200
    rates_every: int = 250
    rates_interval: float = 30.0


@dataclass(frozen=True, slots=True)
class SendStats:
    campaign_id: int
    status: str
    counts: dict[str, int]
    rate: float  # messages accepted per second, over the last few seconds
    reason: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        c = self.counts
        return c["sent"] + c["failed"] + c["unknown"] + c["skipped"]


@dataclass(slots=True)
class RunState:
    counts: dict[str, int] = field(default_factory=dict)
    consecutive_failures: int = 0
    dropped_in_a_row: int = 0
    attempted: int = 0
    failed: int = 0
    sent_times: list[float] = field(default_factory=list)
    # The shape of the last refusal and how many refusals in a row had it (the user's own
    # server answers every recipient alike when its setup is the cause).
    last_refusal: tuple[int | None, str] | None = None
    same_in_a_row: int = 0

    def count(self, item: QueuedItem, status: str) -> None:
        counts = self.counts
        counts[item.origin] = max(0, counts.get(item.origin, 0) - 1)
        counts[status] = counts.get(status, 0) + 1

    def rate(self, now: float) -> float:
        recent = [t for t in self.sent_times[-5000:] if t > now - 5.0]
        return len(recent) / 5.0 if recent else 0.0


def outcome_of(
    item: QueuedItem,
    reply: Reply,
    message_id: str | None,
    state: RunState,
    options: EngineOptions,
    deadline: datetime,
    campaign_id: int,
) -> Outcome:
    """The delivery's new state after the server's ``reply``; counts the attempt."""
    did = item.recipient.delivery_id
    state.attempted += 1
    if reply.kind is ReplyKind.SENT:
        state.consecutive_failures = 0
        state.sent_times.append(time.monotonic())
        if len(state.sent_times) > 20000:
            del state.sent_times[:10000]
        return Outcome(did, DeliveryStatus.SENT, reply.code, reply.text, message_id=message_id)
    if reply.kind is ReplyKind.DEFERRED:
        attempts = item.attempts + 1
        delay = min(options.retry_base * 2 ** (attempts - 1), options.retry_max)
        when = utc_now() + timedelta(seconds=delay)
        if when > deadline:
            text = f"gave up after {attempts} attempts: {reply.text}"
            return Outcome(did, DeliveryStatus.FAILED, reply.code, text)
        return Outcome(
            did, DeliveryStatus.DEFERRED, reply.code, reply.text, when, message_id=message_id
        )
    if reply.local:
        # Refused before the server saw it (an address it cannot carry): the recipient's
        # own failure, neither the list's nor the server's; no suppression, no auto-pause.
        return Outcome(did, DeliveryStatus.FAILED, None, reply.text)
    if reply.kind is ReplyKind.FAILED:
        state.consecutive_failures += 1
        state.failed += 1
        shape = reply_shape(reply.code, reply.text)
        state.same_in_a_row = state.same_in_a_row + 1 if shape == state.last_refusal else 1
        state.last_refusal = shape
        hard = explain_reply(reply.code, reply.text).hard
        return Outcome(
            did, DeliveryStatus.FAILED, reply.code, reply.text,
            bounce_key=item.address.key if hard else "",
            source=f"{send_suppression_source(campaign_id)}{reply.code} {reply.text}",
            message_id=message_id,
        )  # fmt: skip
    return Outcome(did, DeliveryStatus.UNKNOWN, reply.code, reply.text, message_id=message_id)


def failures_reason(reply: Reply, state: RunState, options: EngineOptions) -> str:
    """Why refusals pause the run (too many in a row, or too many overall), or ""."""
    o = options
    last = f"last reply: {reply.code} {reply.text}".strip()
    if state.consecutive_failures >= o.max_consecutive_failures:
        same = explain_reply(reply.code, reply.text, same_for_all=True)
        if state.same_in_a_row >= o.max_consecutive_failures and same.relay:
            return (
                f"{state.same_in_a_row} messages in a row got the same refusal ({last}). "
                f"{same.plain}"
            )
        return (
            f"{state.consecutive_failures} messages in a row were refused ({last}). "
            "Check the From address, the profile and the server's message before resuming."
        )
    if (
        state.attempted >= o.failure_rate_min_attempts
        and state.failed / state.attempted > o.max_failure_rate
    ):
        return (
            f"{state.failed} of {state.attempted} messages were refused, more than "
            f"{o.max_failure_rate:.0%} ({last}). Check the list's quality before resuming."
        )
    return ""


def end_state(
    counts: dict[str, int], failed_replies: list[tuple[int | None, str]]
) -> tuple[str, str] | None:
    """``failed`` and why, when a run that got to the end saw most of its deliveries
    refused (``failed_replies``: the code and text of each failed delivery, or a sample);
    None when it completed."""
    failed = counts.get("failed", 0)
    attempted = failed + counts.get("sent", 0) + counts.get("unknown", 0)
    if not failed or failed * 2 <= attempted:
        return None
    status = CampaignStatus.FAILED.value
    shapes = Counter(reply_shape(code, text) for code, text in failed_replies)
    first = {reply_shape(code, text): (code, text) for code, text in reversed(failed_replies)}
    code, text = first[shapes.most_common(1)[0][0]] if shapes else (None, "")
    reply = f"{code or ''} {text}".strip()
    alike = failed >= 2 and same_reply_for_all(failed_replies)
    explanation = explain_reply(code, text, same_for_all=alike)
    if alike and explanation.relay:
        share = f"all {failed}" if failed == attempted else f"{failed} of {attempted}"
        return status, (
            f"Your own sending server refused {share} messages with the same reply "
            f"({reply}): the cause is the profile, the login or the From address, not the "
            "recipients. Fix it, then retry the failed recipients."
        )
    if explanation.relay:
        return status, (
            f"{failed} of {attempted} messages were refused ({reply}). {explanation.plain}"
        )
    return status, (
        f"{failed} of {attempted} messages were refused (most often: {reply}). See the "
        "failures and their explanation; Retry failed recipients sends them again."
    )


def rates_reason(bounce: float, complaint: float, sent: int, options: EngineOptions) -> str:
    """Why returned mail pauses the campaign, or "" if its rates are within the limits."""
    if complaint > options.max_complaint_rate:
        return (
            f"Recipients marked {round(complaint * sent)} of the {sent} messages sent as spam "
            f"({complaint:.2%}, more than {options.max_complaint_rate:.2%}). Check that everyone "
            "on the list asked for this mail before resuming."
        )
    if bounce > options.max_bounce_rate:
        return (
            f"{round(bounce * sent)} of the {sent} messages sent came back as bounces "
            f"({bounce:.1%}, more than {options.max_bounce_rate:.1%}). Clean the list (the "
            "Bounces area shows them) before resuming."
        )
    return ""


def eta_seconds(stats: SendStats) -> int | None:
    """Seconds the rest takes at the current rate (None: nothing left, or no rate yet)."""
    left = stats.counts.get("queued", 0) + stats.counts.get("deferred", 0)
    if not left or stats.rate <= 0:
        return None
    return int(left / stats.rate)
