"""Read one returned message and say what it is and who failed, and why.

`parse_message(raw)` never raises: whatever the input, it returns a ParsedMessage (kind
"other" with `error` set when the message cannot be read at all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email.utils import getaddresses

from envoi.bounces import mta_rules
from envoi.bounces.dsn import DsnRecord, clean_address, parse_dsn
from envoi.bounces.mime import (
    Headers,
    Parts,
    header_block,
    header_text,
    normalize_newlines,
    parse_fields,
    split_parts,
)
from envoi.bounces.reasons import decide_reason, find_reply_code, find_status, is_hard
from envoi.bounces.result import FailedRecipient, Kind, ParsedMessage

_BOUNCE_FROM_RE = re.compile(
    r"mailer-daemon|postmaster|mail delivery|mail administrator|mailadmin|mdaemon|"
    r"system administrator|post_master|bounce|returned|nobody@|no-?reply|notification",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|undelivered|delivery (?:status notification|failure|failed|report|problem)|"
    r"returned mail|mail delivery failed|failure notice|non[- ]?delivery|could not be delivered|"
    r"delivery has failed|mail system error|returned to sender|not delivered|"
    r"delivery notification|warning: could not|message not delivered|rejected|"
    r"error sending|bounce|failed delivery|mail failure|undeliverable|配信|エラー|不達|"
    r"permanent (?:error|failure)|delayed",
    re.IGNORECASE,
)
_AUTOREPLY_SUBJECT_RE = re.compile(
    r"^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|réponse)|out of (?:the )?office|"
    r"vacation|abwesenheit|absence|réponse automatique|auto:|autoreply|自動応答|不在)|"
    r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponder|away from (?:the|my) "
    r"(?:office|desk)|on (?:vacation|holiday|leave)|abwesenheitsnotiz|réponse automatique|"
    r"respuesta automática|risposta automatica|automatisch antwoord|自動返信|自動応答",
    re.IGNORECASE,
)
_FEEDBACK_TEXT_RE = re.compile(r"^Feedback-Type:", re.IGNORECASE | re.MULTILINE)
_DSN_IN_TEXT_RE = re.compile(r"^(?:Final|Original)-Recipient:", re.IGNORECASE | re.MULTILINE)
_PERMANENT_TEXT_RE = re.compile(
    r"permanent(?:ly)? (?:error|failure|fatal|failed)|failed permanently|fatal error",
    re.IGNORECASE,
)
_TEMPORARY_TEXT_RE = re.compile(
    r"temporar(?:y|ily) (?:error|failure|problem)|delayed|will (?:keep )?(?:retry|try again)|"
    r"still trying|warning: message",
    re.IGNORECASE,
)


_MAX_REPORT_TEXT = 256 * 1024
_NOT_FAILED = frozenset({"delivered", "relayed", "expanded", "deliverable"})
_COMPLAINT_SUBJECT_RE = re.compile(r"complaint|abuse report|spam report", re.IGNORECASE)
_UNSUBSCRIBE_RE = re.compile(r"^\s*unsubscribe\b", re.IGNORECASE)


def parse_message(raw: bytes) -> ParsedMessage:
    try:
        return _parse(raw)
    except Exception as exc:  # a parser bug must not stop a mailbox run
        return ParsedMessage(kind="other", error=f"{type(exc).__name__}: {exc}")


def _addresses(value: str) -> list[str]:
    try:
        return [a for _, a in getaddresses([value]) if "@" in a]
    except Exception:
        return mta_rules.ADDR_RE.findall(value)


def _parse(raw: bytes) -> ParsedMessage:
    parts = split_parts(normalize_newlines(raw))
    headers = parts.headers
    subject = header_text(headers.get("Subject"))
    original_headers = tuple(header_block(parts.original)) if parts.original else ()
    orig_mid = None
    for k, v in original_headers:
        if k == "message-id":
            orig_mid = v.strip()
            break

    def done(kind: Kind, recipients: list[FailedRecipient]) -> ParsedMessage:
        return ParsedMessage(
            kind=kind,
            recipients=tuple(recipients),
            original_message_id=orig_mid,
            original_headers=original_headers,
            subject=subject,
            delivered_to=_delivered_to(headers),
        )

    text = "\n".join(parts.texts)

    # Complaints: ARF (RFC 5965), or its fields pasted in a text part.
    if parts.feedback_reports or parts.report_type == "feedback-report":
        return done("feedback", _feedback(parts, "\n".join(parts.feedback_reports) or text))
    if _FEEDBACK_TEXT_RE.search(text) and "user-agent" in text.lower():
        return done("feedback", _feedback(parts, text))

    ses = (
        mta_rules.amazon_ses_json(text)
        if "amazon" in str(headers.get("From", "")).lower() or ('"notificationType"' in text)
        else None
    )
    if ses:
        return _from_ses(ses, done)

    exclude = _excluded(parts)
    dsn_blocks = parts.delivery_status or ([text] if _DSN_IN_TEXT_RE.search(text) else [])
    records = parse_dsn(dsn_blocks) if dsn_blocks else []
    # A report's own words are short; a huge text is an attachment gone wrong: bound the work.
    human = mta_rules.cut_original(text[:_MAX_REPORT_TEXT])

    if records:
        failed = [r for r in records if r.action not in _NOT_FAILED]
        if not failed:
            return done("delivered", [_delivered(r) for r in records])
        text_diag = dict((a.lower(), d) for a, d in mta_rules.text_recipients(human, exclude))
        return done("bounce", [_from_dsn(r, text_diag, human) for r in failed])

    from_field = str(headers.get("From", ""))
    if _UNSUBSCRIBE_RE.match(subject) and not _BOUNCE_FROM_RE.search(from_field):
        # A mail to our List-Unsubscribe mailto address: its sender opts out.
        who = _addresses(from_field)
        return done(
            "feedback",
            [
                FailedRecipient(
                    who[0] if who else None,
                    None,
                    None,
                    "feedback",
                    None,
                    None,
                    feedback_type="opt-out",
                )
            ],
        )
    if parts.original and _COMPLAINT_SUBJECT_RE.search(subject):
        return done("feedback", _feedback(parts, ""))
    daemon = bool(_BOUNCE_FROM_RE.search(from_field))
    if not daemon and _is_autoreply(parts, subject):
        who = _addresses(from_field)
        return done(
            "autoreply",
            [FailedRecipient(who[0] if who else None, None, None, "vacation", None, None)],
        )
    looks_bounce = bool(
        _BOUNCE_FROM_RE.search(str(headers.get("From", "")))
        or _BOUNCE_SUBJECT_RE.search(subject)
        or headers.get("X-Failed-Recipients")
        or parts.report_type == "delivery-status"
    )
    if not looks_bounce:
        return done("other", [])
    pairs = mta_rules.text_recipients(human, exclude)
    failed_hdr = _addresses(" ".join(str(v) for v in headers.get_all("X-Failed-Recipients") or []))
    if failed_hdr:
        diag = {a.lower(): d for a, d in pairs}
        pairs = [(a, diag.get(a.lower(), "")) for a in dict.fromkeys(failed_hdr)]
    if not pairs:
        pairs = [(a, "") for a in mta_rules.rcpt_to_addresses(human) if a.lower() not in exclude]
    if not pairs:
        quoted = original_headers or tuple(header_block(text[len(human) :].split("\n", 1)[-1]))
        to = [a for a in _addresses(_orig(quoted, "to")) if a.lower() not in exclude]
        pairs = [(a, "") for a in to[:1]]
    if not pairs:
        if _is_autoreply(parts, subject):
            return done("autoreply", [])
        return done("other", [])
    recipients = [_from_text(a, d, human, len(pairs)) for a, d in pairs]
    if failed_hdr and all(a.lower().endswith("@googlegroups.com") for a, _ in pairs):
        # Google Groups refuses posts from non-members; its text comes in many languages.
        recipients = [_with_reason(r, "rejected") for r in recipients]
    return done("bounce", recipients)


_ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To")


def _delivered_to(headers: Headers) -> tuple[str, ...]:
    found: list[str] = []
    for name in _ENVELOPE_HEADERS:
        for value in headers.get_all(name) or []:
            found.extend(mta_rules.ADDR_RE.findall(str(value)))
    return tuple(dict.fromkeys(found))


def _orig(headers: tuple[tuple[str, str], ...], name: str) -> str:
    return next((v for k, v in headers if k == name), "")


def _excluded(parts: Parts) -> set[str]:
    """Addresses that are never the failed recipient: the bounce's sender and our sender."""
    h = parts.headers
    values = [str(h.get(n, "")) for n in ("From", "To", "Return-Path", "Reply-To", "Sender")]
    if parts.original:
        head = dict(header_block(parts.original))
        values += [head.get("from", ""), head.get("return-path", ""), head.get("reply-to", "")]
    out: set[str] = set()
    for v in values:
        out.update(a.lower() for a in mta_rules.ADDR_RE.findall(v))
    return out


def _is_autoreply(parts: Parts, subject: str) -> bool:
    h = parts.headers
    auto = str(h.get("Auto-Submitted", "")).lower()
    if auto.startswith("auto-replied"):
        return True
    if h.get("X-Autoreply") or h.get("X-Autorespond") or h.get("X-Vacation"):
        return True
    if str(h.get("Precedence", "")).lower() == "auto_reply":
        return True
    return bool(_AUTOREPLY_SUBJECT_RE.search(subject))


def _permanent(status: str | None, action: str, text: str, code: str | None = None) -> bool | None:
    if status and status[0] in "45":
        return status[0] == "5"
    if code and code[0] in "45":
        return code[0] == "5"
    if action == "failed":
        return True
    if action == "delayed":
        return False
    if _PERMANENT_TEXT_RE.search(text):
        return True
    if _TEMPORARY_TEXT_RE.search(text):
        return False
    return None


def _best_status(field: str, diagnostic: str) -> str | None:
    """The Status field, unless the diagnostic carries a more precise code of the same class."""
    field = field.strip().split(" ")[0] if field else ""
    from_field = find_status(field) if field else None
    from_diag = find_status(diagnostic)
    if from_diag and from_diag[0] != "2":
        return from_diag
    return from_field or from_diag


def _from_dsn(rec: DsnRecord, text_diag: dict[str, str], human: str) -> FailedRecipient:
    address = rec.final_recipient
    diag = rec.diagnostic
    if not diag and address:
        diag = text_diag.get(address.lower(), "")
    status = _best_status(rec.status, diag)
    code = find_reply_code(diag)
    context = diag if diag else human
    block = text_diag.get(address.lower(), "") if address else ""
    reason = decide_reason(status, code, context, rec.action, f"{block}\n{human}")
    return FailedRecipient(
        address=address,
        status=status,
        smtp_reply_code=code,
        reason=reason,
        permanent=_permanent(status, rec.action, context, code),
        hard=is_hard(reason, status, code),
        diagnostic=diag,
        alias=rec.original_recipient,
        action=rec.action or None,
        remote_mta=rec.remote_mta or None,
    )


def _from_text(address: str, diag: str, human: str, count: int) -> FailedRecipient:
    status = find_status(diag)
    code = find_reply_code(diag)
    if count == 1:
        status = status or find_status(human)
        code = code or find_reply_code(human)
    reason = decide_reason(status, code, diag, "", human) if (status or code or diag) else None
    if reason is None or (reason == "onhold" and count == 1):
        status = status or find_status(human)
        code = code or find_reply_code(human)
        reason = decide_reason(status, code, human)
        diag = diag or human.strip()
    return FailedRecipient(
        address=address,
        status=status,
        smtp_reply_code=code,
        reason=reason,
        permanent=_permanent(status, "", f"{diag}\n{human}", code),
        hard=is_hard(reason, status, code),
        diagnostic=" ".join(diag.split())[:2000],
    )


def _delivered(rec: DsnRecord) -> FailedRecipient:
    status = find_status(rec.status) if rec.status else None
    return FailedRecipient(
        address=rec.final_recipient,
        status=status,
        smtp_reply_code=find_reply_code(rec.diagnostic),
        reason="delivered",
        permanent=None,
        hard=None,
        diagnostic=rec.diagnostic,
        alias=rec.original_recipient,
        action=rec.action,
    )


def _feedback(parts: Parts, report: str) -> list[FailedRecipient]:
    fields = parse_fields(report)
    if parts.original:
        hm = dict(header_block(parts.original)).get("x-hmxmroriginalrecipient")
        if hm:
            fields.append(("original-rcpt-to", hm))
    ftype = next((v.lower() for k, v in fields if k == "feedback-type"), "abuse") or "abuse"
    addrs: list[str] = []
    for k, v in fields:
        if k in ("original-rcpt-to", "removal-recipient"):
            a = clean_address(v)
            if a:
                addrs.append(a)
    if not addrs and parts.original:
        head = header_block(parts.original)
        addrs = _addresses(_orig(tuple(head), "to"))
    if not addrs:
        return [FailedRecipient(None, None, None, "feedback", None, None, feedback_type=ftype)]
    return [
        FailedRecipient(a, None, None, "feedback", None, None, feedback_type=ftype)
        for a in dict.fromkeys(addrs)
    ]


def _from_ses(
    items: list[tuple[str, str, str, str]],
    done: Callable[[Kind, list[FailedRecipient]], ParsedMessage],
) -> ParsedMessage:
    """Amazon SES notifications: its JSON names the recipients, the type and the reply."""
    recipients: list[FailedRecipient] = []
    kind: Kind = "bounce"
    for addr, status_raw, diag, what in items:
        if what.startswith("complaint:"):
            kind = "feedback"
            recipients.append(
                FailedRecipient(
                    addr,
                    None,
                    None,
                    "feedback",
                    None,
                    None,
                    feedback_type=what.split(":", 1)[1] or "abuse",
                )
            )
            continue
        if what.startswith("delivery:"):
            kind = "delivered"
            recipients.append(
                FailedRecipient(
                    addr,
                    find_status(diag) or "2.0.0",
                    find_reply_code(diag),
                    "delivered",
                    None,
                    None,
                    diag,
                )
            )
            continue
        status = _best_status(status_raw, diag)
        code = find_reply_code(diag)
        reason = decide_reason(status, code, diag)
        recipients.append(
            FailedRecipient(
                addr,
                status,
                code,
                reason,
                _permanent(status, "", what + diag),
                is_hard(reason, status, code),
                diag,
            )
        )
    return done(kind, recipients)


def _with_reason(r: FailedRecipient, reason: str) -> FailedRecipient:
    return FailedRecipient(
        r.address,
        r.status,
        r.smtp_reply_code,
        reason,
        r.permanent,
        is_hard(reason, r.status, r.smtp_reply_code),
        r.diagnostic,
        r.alias,
        r.action,
        r.remote_mta,
        r.feedback_type,
    )
