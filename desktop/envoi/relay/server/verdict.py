"""Human or machine: the verdict stored with each open and click, with its reason.

Machines that fetch what a person did not open or click: Apple Mail Privacy Protection and
Gmail's image proxy (they prefetch every image), link scanners of mail gateways (Microsoft
Defender Safe Links, Mimecast, Proofpoint, Barracuda...) that fetch every link of a
message within seconds, HEAD requests (a browser following a link sends GET), and a link
hidden in the message that no person can see. The rules are ordered; the first that
matches gives the reason. A request none matches is counted as human.
"""

from __future__ import annotations

import functools
import ipaddress
from dataclasses import dataclass

HUMAN, MACHINE = "human", "machine"

# Gateway scanners and tools that say who they are in their User-Agent.
_SCANNER_AGENTS = (
    "barracuda", "mimecast", "proofpoint", "safelinks", "bingpreview", "urldefense",
    "trendmicro", "symantec", "forcepoint", "sophos", "fortiguard", "ironport", "zscaler",
    "python-requests", "python-httpx", "python-urllib", "curl/", "wget/", "go-http-client",
    "okhttp", "java/", "headlesschrome", "phantomjs", "scrapy", "bot", "spider", "crawler",
    "preview", "linkcheck", "monitor",
)  # fmt: skip
# Apple's network (Mail Privacy Protection's proxies) and Microsoft's Exchange Online
# Protection ranges (Defender Safe Links detonation), as both publish them.
_APPLE = (ipaddress.ip_network("17.0.0.0/8"),)
_MICROSOFT = tuple(
    ipaddress.ip_network(n)
    for n in ("40.92.0.0/15", "40.107.0.0/16", "52.100.0.0/14", "104.47.0.0/17", "2a01:111::/32")
)
BURST_SECONDS = 5  # clicks on a message this close together come from a scanner


@dataclass(frozen=True, slots=True)
class Request:
    kind: str  # open | click
    method: str
    user_agent: str
    ip: str
    hidden_link: bool = False
    clicks_just_before: int = 0  # this recipient's clicks in the last BURST_SECONDS


# Cached: the same proxies and mail programs come back again and again, and a click is the
# relay's hot path.
@functools.lru_cache(maxsize=65536)
def _network(ip: str) -> str:
    """'apple', 'microsoft' or ''."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    if any(address in n for n in _APPLE):
        return "apple"
    if any(address in n for n in _MICROSOFT):
        return "microsoft"
    return ""


@functools.lru_cache(maxsize=8192)
def _agent(user_agent: str) -> str:
    """What the User-Agent alone says: a reason, 'bare' (just "Mozilla/5.0"), or ''."""
    agent = user_agent.lower().strip()
    if "googleimageproxy" in agent or "ggpht.com" in agent:
        return "gmail_image_proxy"
    if not agent:
        return "no_user_agent"
    if agent == "mozilla/5.0":
        return "bare"
    if any(word in agent for word in _SCANNER_AGENTS):
        return "scanner_user_agent"
    return ""


def classify(request: Request) -> tuple[str, str]:
    """(verdict, reason): reason is empty for a human."""
    if request.method == "HEAD":
        return MACHINE, "head_request"
    if request.kind == "click" and request.hidden_link:
        return MACHINE, "hidden_link"
    agent = _agent(request.user_agent)
    if agent == "gmail_image_proxy":
        return MACHINE, agent
    network = _network(request.ip)
    if request.kind == "open" and (network == "apple" or agent == "bare"):
        return MACHINE, "apple_mpp"
    if network == "microsoft":
        return MACHINE, "microsoft_safe_links"
    if agent in ("no_user_agent", "scanner_user_agent"):
        return MACHINE, agent
    if request.kind == "click" and request.clicks_just_before > 0:
        return MACHINE, "burst_clicks"
    return HUMAN, ""
