"""Retry failed recipients: queue a campaign's failed deliveries again, under one rule.

The rule, as the window and `envoi campaigns retry-failed` state it: an address on the
suppression list (unsubscribed, complained, bounced back, blocked by hand) is never queued
again; an address the send itself found not to exist (a hard bounce at send time, which
that send suppressed) is queued again only when the user confirms, and then only that
send's own suppression is lifted. Everything else (the user's own server refusing, policy,
content, a full mailbox...) is queued again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from envoi.contacts.addresses import Address
from envoi.contacts.suppression import lift_send_refusals, suppressed_keys
from envoi.errors import ConflictError, Text
from envoi.sending.campaigns import CampaignService
from envoi.sending.explain import explain_reply, same_reply_for_all
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactStatus, Suppression, SuppressionKind
from envoi.store.sending_models import Campaign, CampaignStatus, Delivery, DeliveryStatus

# A contact who left (an address entry keeps its first reason only, so the status says it).
_LEFT = (ContactStatus.UNSUBSCRIBED.value, ContactStatus.COMPLAINED.value)


@dataclass(frozen=True, slots=True)
class RetryResult:
    queued: int  # failed deliveries queued again
    kept_suppressed: int  # on the suppression list: never queued again
    kept_hard: int  # refused as non-existent: queued only when the user confirms


def send_suppression_source(campaign_id: int) -> str:
    """How the engine names a suppression made by a hard refusal during this send."""
    return f"campaign {campaign_id}: "


def retry_failed(store: Store, name_or_id: str | int, *, include_hard: bool = False) -> RetryResult:
    """Queue the campaign's failed deliveries again; the campaign is then paused, ready
    to resume. The rule (the window and the CLI state it): an address on the
    suppression list (unsubscribed, complained, bounced back, blocked) is never queued
    again; an address refused as non-existent at send time (a hard bounce, which that
    send suppressed) only with ``include_hard``, the user having confirmed: then that
    send's own suppression is lifted, never another one."""
    campaign_id = CampaignService(store).get(name_or_id).id
    with store.session() as s:
        row = s.get(Campaign, campaign_id)
        assert row is not None
        if row.status == CampaignStatus.RUNNING.value:
            raise ConflictError(
                Text("The campaign '{name}' is sending.", name=row.name),
                Text("Pause it first, or wait."),
            )
        failed = s.execute(
            select(Delivery.id, Delivery.email_key, Delivery.smtp_code, Delivery.smtp_reply,
                   Contact.domain, Contact.status)
            .outerjoin(Contact, Contact.id == Delivery.contact_id)
            .where(Delivery.campaign_id == row.id,
                   Delivery.status == DeliveryStatus.FAILED.value)
        ).all()  # fmt: skip
        alike = same_reply_for_all([(c, str(t or "")) for _i, _k, c, t, _d, _s in failed])
        own = {
            str(v): int(i)
            for i, v in s.execute(
                select(Suppression.id, Suppression.value).where(
                    Suppression.kind == SuppressionKind.ADDRESS.value,
                    Suppression.source.startswith(send_suppression_source(row.id),
                                                  autoescape=True),
                )
            )
        }  # fmt: skip
        addresses = [
            Address(key, key, domain or key.rpartition("@")[2]) for _i, key, _c, _t, domain, _s
            in failed
        ]  # fmt: skip
        gone = suppressed_keys(s, addresses) if addresses else set()
        queue: list[int] = []
        lift: list[int] = []
        kept_suppressed = kept_hard = 0
        for did, key, code, text, _domain, status in failed:
            if explain_reply(code, str(text or ""), same_for_all=alike).hard and not include_hard:
                kept_hard += 1
                continue
            if (key in gone and key not in own) or status in _LEFT:
                kept_suppressed += 1  # someone else's decision: never lifted here
                continue
            if key in own:
                lift.append(own[key])
            queue.append(did)
        lift_send_refusals(s, lift)
        for start in range(0, len(queue), 500):
            s.execute(
                update(Delivery)
                .where(Delivery.id.in_(queue[start : start + 500]))
                .values(status=DeliveryStatus.QUEUED.value, smtp_code=None, smtp_reply="",
                        next_attempt_at=None, updated_at=utc_now())
            )  # fmt: skip
        if queue:
            # Paused: Resume sends them, under a new retry deadline.
            row.status = CampaignStatus.PAUSED.value
            row.pause_reason = f"{len(queue)} failed recipients are queued again."
            row.finished_at = None
            row.started_at = None
        return RetryResult(len(queue), kept_suppressed, kept_hard)
