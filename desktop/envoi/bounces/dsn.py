"""RFC 3464 delivery status fields: one record per recipient.

Real reports bend the format: groups without blank lines between them, fields inside a
text/plain part, folded Diagnostic-Code values, addresses without a type. Records are cut
wherever a recipient field repeats, so all of these read the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from envoi.bounces.mime import parse_fields

_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")
_ADDR_RE = re.compile(r"[^\s<>\"();,:]+@[^\s<>\"();,:]+")


@dataclass(frozen=True, slots=True)
class DsnRecord:
    final_recipient: str | None
    original_recipient: str | None
    action: str
    status: str
    diagnostic: str
    remote_mta: str


def clean_address(value: str) -> str | None:
    """`rfc822; <Neko@Example.jp>` -> `Neko@Example.jp`."""
    _, sep, rest = value.partition(";")
    candidate = rest if sep else value
    m = _ADDR_RE.search(candidate) or _ADDR_RE.search(value)
    if not m:
        return None
    addr = m.group(0).strip(".'`[]")
    return addr or None


def _strip_type(value: str) -> str:
    kind, sep, rest = value.partition(";")
    if sep and len(kind) < 20 and " " not in kind.strip():
        return rest.strip()
    return value.strip()


def parse_dsn(blocks: list[str]) -> list[DsnRecord]:
    records: list[DsnRecord] = []
    for block in blocks:
        current: dict[str, str] = {}
        for name, value in parse_fields(block):
            if name in ("final-recipient", "original-recipient") and name in current:
                _flush(current, records)
                current = {}
            if (
                name == "final-recipient"
                and "original-recipient" in current
                and ("action" in current or "status" in current)
            ):
                _flush(current, records)
                current = {}
            if name not in current:
                current[name] = value
            elif name == "diagnostic-code":
                current[name] = f"{current[name]} {value}"
        _flush(current, records)
    return records


def _flush(fields: dict[str, str], out: list[DsnRecord]) -> None:
    if not any(k in fields for k in _RECIPIENT_FIELDS):
        return
    final = clean_address(fields.get("final-recipient", "")) or clean_address(
        fields.get("x-actual-recipient", "")
    )
    original = clean_address(fields.get("original-recipient", ""))
    if final is None and original is None:
        return
    out.append(
        DsnRecord(
            final_recipient=final or original,
            original_recipient=original if final else None,
            action=fields.get("action", "").strip().lower().split(" ")[0]
            if fields.get("action")
            else "",
            status=fields.get("status", "").strip(),
            diagnostic=_strip_type(fields.get("diagnostic-code", "")),
            remote_mta=_strip_type(fields.get("remote-mta", "")),
        )
    )
