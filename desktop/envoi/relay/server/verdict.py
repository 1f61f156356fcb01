"""Human or machine: the verdict stored with each open and click, with its reason.

Machines that fetch what a person did not open or click: Apple Mail Privacy Protection and
Gmail's image proxy (they prefetch every image), link scanners of mail gateways (Microsoft
Defender Safe Links, Mimecast, Proofpoint, Barracuda...) that fetch every link of a
message within seconds, HEAD requests (a browser following a link sends GET), and a link
hidden in the message that no person can see. The rules are ordered; the first that
matches gives the reason. A request none matches is counted as human.
"""

from __future__ import annotations

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


def _in(ip: str, networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]) -> bool:
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return any(address in n for n in networks)


def classify(request: Request) -> tuple[str, str]:
    """(verdict, reason): reason is empty for a human."""
    agent = request.user_agent.lower()
    if request.method == "HEAD":
        return MACHINE, "head_request"
    if request.kind == "click" and request.hidden_link:
        return MACHINE, "hidden_link"
    if "googleimageproxy" in agent or "ggpht.com" in agent:
        return MACHINE, "gmail_image_proxy"
    if request.kind == "open" and (_in(request.ip, _APPLE) or agent.strip() == "mozilla/5.0"):
        return MACHINE, "apple_mpp"
    if _in(request.ip, _MICROSOFT):
        return MACHINE, "microsoft_safe_links"
    if not agent.strip():
        return MACHINE, "no_user_agent"
    if any(word in agent for word in _SCANNER_AGENTS):
        return MACHINE, "scanner_user_agent"
    if request.kind == "click" and request.clicks_just_before > 0:
        return MACHINE, "burst_clicks"
    return HUMAN, ""
