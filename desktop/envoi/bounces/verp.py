"""Per-recipient return paths (VERP): `bounces+c12.k345@example.com`.

The sending engine writes this as the envelope sender when the user's domain routes
`local+anything` to the bounce mailbox; a bounce then comes back to an address that names
the campaign (c) and the contact (k), whatever the remote server did to the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The headers the message builder writes and the bounce processor reads back.
from envoi.message.headers import CAMPAIGN_HEADER, CONTACT_HEADER

__all__ = ["CAMPAIGN_HEADER", "CONTACT_HEADER", "VerpTag", "parse_verp", "verp_address"]


_VERP_RE = re.compile(
    r"^(?P<local>[^+@\s]+)\+c(?P<campaign>\d+)\.k(?P<contact>\d+)@(?P<domain>\S+)$"
)


@dataclass(frozen=True, slots=True)
class VerpTag:
    campaign_id: int
    contact_id: int


def verp_address(return_path: str, campaign_id: int, contact_id: int) -> str:
    """`bounces@example.com` -> `bounces+c12.k345@example.com`."""
    local, _, domain = return_path.rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}+c{int(campaign_id)}.k{int(contact_id)}@{domain}"


def parse_verp(address: str) -> VerpTag | None:
    m = _VERP_RE.match(address.strip().strip("<>"))
    if not m:
        return None
    return VerpTag(int(m.group("campaign")), int(m.group("contact")))
