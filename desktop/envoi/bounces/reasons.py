"""Reasons for a failed delivery, in the vocabulary of Sisimai (see the corpus README).

A reason comes from the diagnostic text first (what the remote server said is more precise
than the code it chose), then from the enhanced status code, then from the SMTP reply code.
Patterns are phrases that MTAs and mailbox providers really use, grouped by reason; the
order of ``_TEXT_RULES`` settles texts that match several reasons (a "blocked" text that
also says "user" is still about the sending IP).
"""

from __future__ import annotations

import re

REASONS: frozenset[str] = frozenset(
    """userunknown hostunknown hasmoved mailboxfull suspend notaccept expired networkerror
    systemerror systemfull mailererror filtered rejected blocked badreputation requireptr
    authfailure spamdetected virusdetected policyviolation securityerror contenterror
    notcompliantrfc syntaxerror norelaying exceedlimit mesgtoobig toomanyconn speeding
    failedstarttls onhold undefined feedback vacation delivered""".split()  # noqa: SIM905
)

# Reasons that mean the address itself is bad (Sisimai's hard-bounce flag).
_HARD = frozenset({"userunknown", "hostunknown", "hasmoved"})


def is_hard(reason: str, status: str | None, reply_code: str | None = None) -> bool | None:
    """Sisimai's hard flag: the address is bad; None for non-bounces."""
    if reason in ("feedback", "vacation", "delivered"):
        return None
    if reason in _HARD:
        return True
    if reason == "notaccept":
        code = status or reply_code or "5"
        return code.startswith("5")
    return False


def _rx(*phrases: str) -> re.Pattern[str]:
    # Patterns are written in lower case and matched against lower-cased text: much faster
    # than re.IGNORECASE, which defeats the engine's literal-prefix search.
    return re.compile("|".join(f"(?:{p})" for p in phrases))


# Phrases precise enough to beat the status code and every other rule.
_PRIORITY_RULES: list[tuple[str, re.Pattern[str]]] = [
    # Japanese carriers' content filters answer with an empty address and "User unknown".
    ("filtered", _rx(r"550 ?: ?:? ?user unknown", r"refused due to recipient preferences")),
    # Exchange Online answers "Access denied" for a recipient it does not host.
    (
        "userunknown",
        _rx(
            r"5\.4\.1 .{0,60}recipient address rejected: access denied",
            r"recipient not found by smtp address lookup",
            r"recipientnotfound",
            r"address couldn'?t be found",
            # Exchange 2003 NDRs, IMail, mail.local and Outlook.com's "unknown" wording.
            r"the recipient name is not recognized",
            r"(?:^|\n)unknown user: ",
            r"mail\.local: unknown user",
            r"requested action not taken: mailbox unavailable",
            r"not listed in (?:domino directory|public name & address book)",
            r"invalid final delivery userid",
            r"this user doesn'?t have an? \S+ account",
        ),
    ),
    ("spamdetected", _rx(r"spam classification", r"rejected due to spam")),
    ("networkerror", _rx(r"name service error")),
    (
        "expired",
        _rx(
            r"connection timed out",
            r"did not accept our requests to connect",
            r"been failing for a long time",
            r"envelope expired",
            r"message expired",
            r"could not be delivered for \d+",
        ),
    ),
    (
        "notcompliantrfc",
        _rx(r"multiple addresses in from", r"duplicate header", r"not rfc ?5322 compliant"),
    ),
    (
        "requireptr",
        _rx(
            r"reverse dns",
            r"mismatches client ip",
            r"\bptr\b",
            r"cannot find your (?:reverse )?hostname",
        ),
    ),
    (
        "authfailure",
        _rx(
            r"\bspf\b",
            r"\bdmarc\b",
            r"does not have authentication information",
            r"authentication checks failed",
        ),
    ),
    (
        "securityerror",
        _rx(r"smtp authentication", r"unauthenticated senders", r"delivery not authorized"),
    ),
    ("norelaying", _rx(r"relay access denied", r"not configured to relay")),
    (
        "toomanyconn",
        _rx(
            r"too many recipients\b(?! this hour)",
            r"frequency limited",
            r"too many (?:concurrent |simultaneous )?connections",
        ),
    ),
    ("speeding", _rx(r"too many recipients this hour", r"sent to too many recipients")),
    (
        "hostunknown",
        _rx(
            r"host or domain name not found",
            r"domain is not reachable",
            r"illegal host/domain",
            r"nxdomain",
            r"bad destination system address",
            r"host unknown \(authoritative",
            r"dns lookup failure: host \S+ not found",
        ),
    ),
    (
        "notaccept",
        _rx(
            r"no smtp service",
            r"no mx record found",
            r"couldn'?t find a mail exchanger",
            r"not accepting network messages",
            r"malformed or unexpected name server",
        ),
    ),
    (
        "policyviolation",
        _rx(
            r"policy reasons",
            r"protocol violation",
            r"content presents a potential",
            r"host network not allowed",
            r"header error",
        ),
    ),
    ("mailboxfull", _rx(r"mailbox exceeds allowed size", r"over quota")),
    ("systemfull", _rx(r"insufficient disk space")),
    (
        "systemerror",
        _rx(
            r"queue file write error",
            r"service refuse",
            r"service currently unavailable",
            r"internal system error",
        ),
    ),
    (
        "rejected",
        _rx(
            r"sender address rejected",
            r"domain of sender address",
            r"unroutable sender",
            r"sender was rejected",
            r"no such domain at this location",
            r"permission to post",
            r"unexpected volume or user complaints",
            r"sender rejected",
            r"from: domain",
            r"address that has been blacklisted",
            r"rejected by destination domain",
            r"all recipient addresses rejected",
        ),
    ),
    (
        "blocked",
        _rx(
            r"invalid ip for sending",
            r"blocked by ldap",
            r"ip address blacklisted",
            r"not accepting connections",
            r"messages from \S+ weren'?t sent",
            r"my name was rejected",
            r"connection refused",
            r"may not be mail exchanger",
            r"server access \S+ forbidden",
            r"\bblocked ip\b",
        ),
    ),
    ("spamdetected", _rx(r"\bspam\b", r"blacklisted url")),
    ("exceedlimit", _rx(r"exceeds administrative limit", r"recipsizelimit")),
    ("mesgtoobig", _rx(r"line limit exceeded")),
    ("suspend", _rx(r"temporar(?:y|ily) locked", r"account (?:is )?disabled")),
    ("contenterror", _rx(r"media error")),
    ("onhold", _rx(r"\bon hold\b")),
]

# Ordered: the first reason whose pattern matches the diagnostic wins.
_TEXT_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "requireptr",
        _rx(
            r"no (?:ptr|reverse dns|rdns)",
            r"(?:reverse|rdns|ptr) (?:dns )?(?:lookup |record )?(?:fail|not found|missing|"
            r"required|does not match|mismatch)",
            r"cannot find your hostname",
            r"client host (?:\S+ )?(?:rejected: )?cannot find your (?:reverse )?hostname",
            r"ip name lookup failed",
            r"reverse (?:dns|ip|hostname) (?:entry|lookup)",
            r"does not have (?:a )?(?:valid )?(?:ptr|reverse)",
            r"unresolvable (?:relay )?host ?name",
            r"sender ip must resolve",
            r"please set up a (?:ptr|reverse)",
            r"without a valid ptr",
            r"ptr record",
            r"not have a dns ptr",
        ),
    ),
    (
        "authfailure",
        _rx(
            r"\bspf\b.{0,40}(?:fail|check|not pass|reject|softfail|permerror|hardfail)",
            r"(?:fail|failed|failure|did not pass|not pass)\b.{0,30}\bspf\b",
            r"\bdmarc\b.{0,50}(?:fail|policy|reject|not pass)",
            r"(?:fail|failed|failure|did not pass)\b.{0,30}\bdmarc\b",
            r"\bdkim\b.{0,40}(?:fail|invalid|not pass|reject|required)",
            r"sender policy framework",
            r"unauthenticated email",
            r"5\.7\.2[3-7]\b",
            r"not authorized to send on behalf",
            r"authentication (?:check )?fail",
            r"is not designated as a permitted sender",
            r"sender id \(pra\)",
        ),
    ),
    (
        "badreputation",
        _rx(
            r"(?:ip|sender|domain) reputation",
            r"poor reputation",
            r"bad reputation",
            r"low reputation",
        ),
    ),
    (
        "virusdetected",
        _rx(r"virus", r"malware", r"infected", r"\bmalicious"),
    ),
    (
        "spamdetected",
        _rx(
            r"\bspam\b(?! ?(?:block|list|house|haus|trap|cop|rats))",
            r"junk mail",
            r"message (?:was |is )?(?:classified|identified|detected|considered) as "
            r"(?:spam|junk|bulk)",
            r"content (?:rejected|filter)",
            r"appears to be unsolicited",
            r"unsolicited (?:bulk |commercial )?(?:mail|e-?mail|message)",
            r"bulk mail",
            r"\buce\b",
            r"message (?:content )?(?:scored|score) too high",
            r"score too high",
            r"blocked for abuse",
            r"rejected due to content",
            r"message filtered",
            r"suspicious (?:content|message|url)",
            r"looks like spam",
            r"phish",
        ),
    ),
    (
        "blocked",
        _rx(
            r"\bblock(?:ed|ing)?\b.{0,60}(?:\bip\b|address|host|network|connection|server|"
            r"spamhaus|list|blacklist|rbl|dnsbl)",
            r"(?:ip|address|host|network|connection)\b.{0,40}\bblock(?:ed)?",
            r"black ?list(?:ed)?",
            r"block ?list(?:ed)?",
            r"deny ?list(?:ed)?",
            r"\b(?:rbl|dnsbl|dnsrbl)\b",
            r"spamhaus|spamcop|sorbs|barracudacentral|spam ?rats|uceprotect|abuseat|spamblock",
            r"listed (?:on|in|at|by) ",
            r"access denied",
            r"connection (?:refused|rejected|denied)",
            r"(?:client|sender) host .{0,60}(?:rejected|blocked|denied|refused)",
            r"not allowed to (?:connect|send|relay from)",
            r"your (?:ip|host|server|network)\b",
            r"dynamic(?:ally)?(?:[- ]assigned)? ip",
            r"dial[- ]?up",
            r"residential",
            r"please use the smtp server of your isp",
            r"use your (?:isp|provider)'?s? (?:smtp|mail) ?server",
            r"currently (?:not|un)(?:able|allowed) to (?:accept|receive)",
            r"has been temporarily (?:rate limited|blocked|deferred) due to",
            r"rejected by \S*\s*(?:as|because)",
            r"banned",
            r"\bpoor reputation\b",
            r"connections? (?:not )?(?:accepted|allowed) from",
            r"administrative prohibition",
            r"(?:sending|source) (?:mta|host|ip)",
            r"client host rejected",
            r"no access",
            r"refused to talk",
        ),
    ),
    (
        "toomanyconn",
        _rx(
            r"too many (?:connections|simultaneous|concurrent|sessions|smtp sessions|recipients "
            r"for this session|errors)",
            r"connection limit",
            r"concurrent connections",
            r"too much load",
            r"throttl",
            r"exceeded the rate limit",
            r"connection rate limit",
        ),
    ),
    (
        "speeding",
        _rx(
            r"rate limit(?:ed|ing)?",
            r"sending (?:too )?fast",
            r"too many messages",
            r"please slow down",
            r"receiving mail at a rate",
            r"exceeded (?:its|the|your)? ?(?:sending|message|hourly|daily)? ?(?:quota|limit)",
            r"sent too (?:much|many)",
        ),
    ),
    (
        "norelaying",
        _rx(
            r"relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed)|prohibited)",
            r"not (?:permitted|allowed) to relay",
            r"unable to relay",
            r"we do not relay",
            r"no relaying",
            r"relay not permitted",
            r"not a gateway",
            r"is not permitted to relay",
            r"relaying (?:mail )?to .{0,60}(?:denied|not allowed)",
            r"5\.7\.64\b",
        ),
    ),
    (
        "securityerror",
        _rx(
            r"authentication (?:required|failed|credentials invalid)",
            r"\bauth(?:entication)? (?:is )?required",
            r"must (?:be )?authenticate",
            r"please authenticate",
            r"(?:sender|user) (?:is )?not authenticated",
            r"invalid (?:credentials|login)",
            r"encryption required",
            r"\btls\b.{0,20}required",
            r"security (?:policy|error)",
            r"insecure",
            r"authentication mechanism is too weak",
            r"5\.7\.0 must issue a starttls",
        ),
    ),
    (
        "failedstarttls",
        _rx(r"starttls", r"tls (?:handshake|negotiation) fail", r"failed to establish tls"),
    ),
    (
        "hasmoved",
        _rx(
            r"has (?:been )?moved",
            r"address (?:has )?changed",
            r"no longer (?:in use|valid|available|at this address)",
            r"moved (?:permanently|to)",
            r"\bforwarding address\b",
        ),
    ),
    (
        "mesgtoobig",
        _rx(
            r"message (?:is )?too (?:big|large|long)",
            r"(?:message|mail) size (?:limit )?exceed",
            r"size (?:limit )?exceeded",
            r"exceeds? (?:the )?(?:maximum|max)?\s*(?:message |mail )?size",
            r"message (?:length|size) exceeds",
            r"too large",
            r"maximum (?:message |allowed )?size",
            r"mail size limit",
            r"message file too big",
            r"size of the message",
            r"5\.3\.4\b",
        ),
    ),
    (
        "exceedlimit",
        _rx(
            r"exceeds? (?:the )?(?:message |local )?limit",
            r"limit exceeded",
            r"too many recipients",
            r"number of recipients",
            r"recipient limit",
        ),
    ),
    (
        "mailboxfull",
        _rx(
            r"mailbox (?:is )?(?:full|over ?quota|exceeded|size limit)",
            r"(?:over|exceeded|exceeds|exceed) (?:the |his |her |its |their )?"
            r"(?:disk |storage |mailbox )?quota",
            r"quota (?:exceeded|full|violation|limit)",
            r"(?:inbox|mailbox|account|user|recipient) (?:\S+ )?is "
            r"(?:full|over (?:the )?(?:quota|limit))",
            r"insufficient (?:disk |storage )?space",
            r"not enough (?:storage|space)",
            r"over ?quota",
            r"mail ?box ?full",
            r"box is full",
            r"storage (?:limit|full|allocation)",
            r"too much mail data",
            r"mailfolder is full",
            r"would exceed (?:the )?(?:mailbox|quota)",
            r"number of messages in recipient'?s mailbox exceeded",
            r"user has (?:exceeded|too many messages)",
            r"full mailbox",
            r"bo[iî]te (?:aux lettres )?pleine",
            r"quota d[ée]pass[ée]",
            r"postfach (?:ist )?voll",
            r"mailbox has exceeded",
            r"5\.2\.2\b",
            r"4\.2\.2\b",
        ),
    ),
    (
        "suspend",
        _rx(
            r"(?:account|mailbox|user|address|recipient)\b.{0,30}\b(?:disabled|suspended|"
            r"inactive|deactivated|locked|frozen|closed|expired|not active|blocked by the "
            r"administrator)",
            r"(?:disabled|suspended|inactive|deactivated|closed|locked) (?:account|mailbox|user)",
            r"account has been (?:disabled|suspended|closed)",
            r"is (?:currently )?(?:inactive|disabled|suspended)",
            r"not (?:an )?active (?:account|mailbox|user)",
            r"delivery (?:is )?(?:temporarily )?suspended",
            r"recipient suspend",
        ),
    ),
    (
        "userunknown",
        _rx(
            r"(?:user|mailbox|recipient|address|account|addressee|local part|alias|no such)\b"
            r".{0,40}\b(?:unknown|not (?:exist|found|known|valid|listed|recognized|recognised|"
            r"available|here)|doesn'?t exist|does not exist|invalid|non-?existent|no longer)",
            r"(?:unknown|invalid|nonexistent|non-existent|non existent|no such|bad|illegal|"
            r"unrouteable|unroutable) (?:local )?(?:user|mailbox|recipient|address|account|"
            r"e-?mail address|addressee|alias|person)",
            r"no such (?:user|mailbox|recipient|person|address|account)",
            r"no mailbox (?:here|by that name)",
            r"\bno account\b",
            r"user(?:name)? (?:\S+ )?(?:\(.*?\) )?not (?:listed|found)",
            r"mailbox not (?:found|available)",
            r"doesn'?t have (?:a|an) \S+ account",
            r"there is no one at this address",
            r"not (?:a )?(?:valid|known) (?:user|recipient|mailbox)",
            r"is not a valid mailbox",
            r"user (?:is )?not (?:here|local)",
            r"unknown (?:or illegal )?(?:user|alias)",
            r"recipient not found",
            r"email account that you tried to reach does not exist",
            r"this user doesn'?t have",
            r"user not found",
            r"not our customer",
            r"no valid recipients",
            r"invalid recipient",
            r"undeliverable address",
            r"address not present in directory",
            r"5\.1\.1\b",
            r"5\.1\.0\b",
            r"5\.1\.6\b",
            r"#5\.1\.1",
            r"550 5\.1\.1",
            r"unknown user",
            r"user unknown",
            r"not listed in",
            r"mailbox (?:name )?(?:not allowed|invalid|unavailable)",
            r"requested action not taken: no such user",
            r"the recipient name is not recognized",
            r"utilisateur inconnu",
            r"adresse (?:e-?mail )?(?:inconnue|inexistante)",
            r"unbekannte[rn]? (?:empf[äa]nger|benutzer)",
        ),
    ),
    (
        "hostunknown",
        _rx(
            r"host (?:or domain name )?(?:not found|unknown)",
            r"unknown (?:host|domain)",
            r"domain (?:\S+ )?(?:does not exist|not found|name not found|unknown|is not valid)",
            r"(?:no|invalid) (?:mx|a) (?:record|host)",
            r"name or service not known",
            r"nxdomain",
            r"no such (?:host|domain)",
            r"unrouteable (?:mail )?domain",
            r"unroutable (?:mail )?domain",
            r"host name lookup failure",
            r"domain (?:is )?not (?:hosted|resolvable)",
            r"recipient (?:address )?domain",
            r"invalid domain",
            r"mail for \S+ loops back to myself",
            r"5\.1\.2\b",
        ),
    ),
    (
        "notaccept",
        _rx(
            r"does not accept (?:e?-?mail|messages)",
            r"accepts? no mail",
            r"null mx",
            r"not accepting (?:any )?(?:mail|messages)",
            r"5\.1\.10\b",
            r"mail (?:is )?not accepted",
        ),
    ),
    (
        "expired",
        _rx(
            r"(?:retry|delivery|queue|message) (?:time|timeout|period|lifetime)? ?(?:has )?expired",
            r"(?:retry|queue) (?:timeout|time ?out|time limit)",
            r"could not be delivered (?:with|within) ",
            r"has been delayed",
            r"(?:delivery|message) (?:has been )?delayed",
            r"gave up",
            r"giving up",
            r"too long in (?:the )?queue",
            r"expired after",
            r"time ?out exceeded",
            r"message expired",
            r"(?:was|is) not delivered (?:after|within)",
            r"undeliverable for",
            r"could not be delivered for",
            r"retry time not reached for any host after a long failure period",
            r"4\.4\.7\b",
            r"unable to deliver (?:message )?(?:for|after)",
            r"has not been delivered",
        ),
    ),
    (
        "networkerror",
        _rx(
            r"(?:connection|connect) (?:timed? ?out|time-?out|lost|reset|closed|failed|dropped)",
            r"could not connect",
            r"unable to connect",
            r"couldn'?t connect",
            r"network (?:is )?(?:unreachable|error|down)",
            r"no route to host",
            r"host (?:is )?(?:down|unreachable)",
            r"(?:dns|name server|nameserver|lookup) "
            r"(?:error|failure|timeout|problem|lookup failed)",
            r"temporary (?:lookup|dns) failure",
            r"mail (?:for .{0,60} )?loops? back",
            r"routing loop",
            r"too many hops",
            r"hop count exceeded",
            r"mail loop",
            r"loop(?:ing)? detected",
            r"timed? ?out",
            r"lost connection",
            r"(?:smtp|remote) server (?:is )?unavailable",
            r"malformed or unexpected name server reply",
            r"no mx (?:host|record)s? (?:found|available)",
            r"4\.4\.[0-6]\b",
        ),
    ),
    (
        "systemfull",
        _rx(
            r"(?:disk|file ?system|spool|queue) (?:is )?full",
            r"insufficient system (?:storage|resources)",
            r"out of (?:disk )?space",
            r"mail system full",
            r"volume full",
            r"4\.3\.1\b",
        ),
    ),
    (
        "mailererror",
        _rx(
            r"mailer error",
            r"\bprocmail\b",
            r"local delivery (?:failed|error)",
            r"command (?:died|failed|output)",
            r"pipe to \S+ (?:failed|returned)",
            r"exit (?:code|status) \d+",
            r"x-unix; ",
            r"\bsh: ",
            r"bin/",
        ),
    ),
    (
        "policyviolation",
        _rx(
            r"policy (?:violation|reasons|rejection|restrictions?)",
            r"violat(?:es|ion of|ed) (?:our |the )?(?:\S+ )?polic",
            r"attachment (?:type )?(?:not allowed|forbidden|rejected|blocked)",
            r"(?:prohibited|forbidden|banned|dangerous|unsafe) "
            r"(?:attachment|file|content|extension)",
            r"not allowed by (?:local |our )?policy",
            r"content (?:not allowed|violation)",
            r"message rejected due to local policy",
            r"local policy",
            r"\bpolicy\b",
        ),
    ),
    (
        "contenterror",
        _rx(
            r"content[- ]type",
            r"header (?:error|too long|invalid|syntax)",
            r"(?:malformed|invalid|illegal|bad) (?:header|message|content|mime)",
            r"message (?:header|body) (?:too long|invalid)",
            r"8-?bit data",
            r"line too long",
        ),
    ),
    (
        "notcompliantrfc",
        _rx(
            r"rfc ?5322",
            r"rfc ?2822",
            r"rfc ?822",
            r"rfc ?5321",
            r"not (?:rfc[- ]?)?compliant",
            r"duplicate (?:header|headers)",
            r"multiple (?:from|to|subject|date|message-id) (?:header|fields)",
            r"more than one",
            r"doesn'?t (?:meet|comply)",
        ),
    ),
    (
        "syntaxerror",
        _rx(
            r"syntax error",
            r"command (?:not )?(?:recognized|unrecognized|unknown)",
            r"unrecognized command",
            r"bad sequence of commands",
            r"parameter not implemented",
        ),
    ),
    (
        "rejected",
        _rx(
            r"sender (?:address )?(?:rejected|denied|refused|blocked|not (?:allowed|accepted))",
            r"(?:sender|from) (?:address )?(?:domain )?(?:is |must )?(?:invalid|unknown|"
            r"not (?:exist|resolve|valid))",
            r"(?:envelope|mail from) (?:sender )?(?:address )?(?:rejected|denied|refused|invalid)",
            r"domain of sender address",
            r"sender verify failed",
            r"sender (?:address )?verification",
            r"(?:address|sender|mail) (?:is )?(?:not|never) (?:accepted|welcome|permitted)",
            r"we do not accept mail from",
            r"rejected(?:,| because| due to) sender",
            r"not accept(?:ing)? mail from",
            r"return path",
            r"bad sender",
            r"invalid sender",
            r"sender (?:is )?(?:on|in) (?:the )?(?:local )?(?:block|black|deny) ?list",
            r"mail from (?:\S+ )?(?:rejected|refused)",
            r"unverified address",
            r"i don'?t trust",
            r"rejected by (?:the )?recipient",
        ),
    ),
    (
        "filtered",
        _rx(
            r"\bfilter(?:ed|ing)?\b",
            r"(?:message|mail|delivery) (?:was |has been )?"
            r"(?:rejected|refused|denied|not accepted)",
            r"recipient (?:has )?(?:rejected|refused|blocked|denied)",
            r"refused by (?:the )?recipient",
            r"not authorized",
            r"(?:access|delivery) (?:is )?(?:not )?(?:permitted|allowed|prohibited)",
            r"(?:user|recipient) (?:has )?(?:restricted|blocked|refused)",
            r"cannot be delivered to (?:this|that) user",
            r"rejected by (?:\S+ )?(?:recipient|user)",
            r"message denied",
            r"you are not (?:a )?member",
            r"not (?:allowed|permitted|authorized) to (?:post|send)",
            r"\bblocked\b",
        ),
    ),
    (
        "systemerror",
        _rx(
            r"system (?:error|failure|problem|config)",
            r"internal (?:server )?error",
            r"server error",
            r"local error",
            r"temporary (?:local )?(?:error|failure|problem)",
            r"(?:unable|failed) to (?:deliver|process|complete)",
            r"service (?:is )?(?:not available|unavailable|temporarily unavailable)",
            r"try again later",
            r"resources temporarily unavailable",
            r"configuration error",
            r"i/o error",
            r"out of memory",
            r"unexpected (?:error|failure)",
            r"server (?:is )?(?:too )?busy",
            r"deferred",
        ),
    ),
]

# Enhanced status code (RFC 3463 and the IANA registry) -> reason, most specific first.
_STATUS: dict[str, str] = {
    "1.1": "userunknown",
    "1.0": "userunknown",
    "1.2": "hostunknown",
    "1.3": "userunknown",
    "1.4": "userunknown",
    "1.5": "userunknown",
    "1.6": "hasmoved",
    "1.7": "rejected",
    "1.8": "rejected",
    "1.9": "networkerror",
    "1.10": "notaccept",
    "2.0": "userunknown",
    "2.1": "suspend",
    "2.2": "mailboxfull",
    "2.3": "exceedlimit",
    "2.4": "systemerror",
    "3.0": "systemerror",
    "3.1": "systemfull",
    "3.2": "notaccept",
    "3.3": "systemerror",
    "3.4": "mesgtoobig",
    "3.5": "systemerror",
    "4.0": "networkerror",
    "4.1": "networkerror",
    "4.2": "networkerror",
    "4.3": "networkerror",
    "4.4": "networkerror",
    "4.5": "networkerror",
    "4.6": "networkerror",
    "4.7": "expired",
    "5.0": "syntaxerror",
    "5.1": "syntaxerror",
    "5.2": "syntaxerror",
    "5.3": "exceedlimit",
    "5.4": "syntaxerror",
    "5.5": "syntaxerror",
    "5.6": "syntaxerror",
    "6.0": "contenterror",
    "6.1": "contenterror",
    "6.2": "contenterror",
    "6.3": "contenterror",
    "6.4": "contenterror",
    "6.5": "contenterror",
    "6.6": "contenterror",
    "6.7": "contenterror",
    "6.8": "contenterror",
    "6.9": "contenterror",
    "6.10": "contenterror",
    "7.0": "securityerror",
    "7.2": "systemerror",
    "7.3": "securityerror",
    "7.4": "securityerror",
    "7.5": "securityerror",
    "7.6": "securityerror",
    "7.7": "securityerror",
    "7.8": "securityerror",
    "7.9": "securityerror",
    "7.10": "securityerror",
    "7.11": "securityerror",
    "7.13": "suspend",
    "7.14": "securityerror",
    "7.15": "securityerror",
    "7.16": "securityerror",
    "7.17": "suspend",
    "7.18": "suspend",
    "7.19": "securityerror",
    "7.20": "authfailure",
    "7.21": "authfailure",
    "7.22": "authfailure",
    "7.23": "authfailure",
    "7.24": "authfailure",
    "7.25": "requireptr",
    "7.26": "authfailure",
    "7.27": "notaccept",
    "7.28": "spamdetected",
    "7.29": "authfailure",
    "7.30": "securityerror",
}

# Status subjects where the code alone is specific enough to beat a vaguer text match.
_STATUS_STRONG = frozenset(
    {
        "1.1",
        "1.2",
        "1.6",
        "1.7",
        "1.8",
        "2.2",
        "3.4",
        "4.7",
        "7.20",
        "7.21",
        "7.22",
        "7.23",
        "7.24",
        "7.25",
        "7.26",
        "7.27",
        "7.29",
    }
)

_DSN_RE = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]|%)")
_REPLY_RE = re.compile(r"(?<![\d.#-])([245]\d\d)(?=[ -]|$)(?![\d.])", re.MULTILINE)


def find_status(text: str) -> str | None:
    """The first failure status code (4.x.x/5.x.x, else 2.x.x) written in a text, if any."""
    success = None
    for m in _DSN_RE.finditer(text):
        if m.group(1) != "2":
            return f"{m.group(1)}.{m.group(2)}.{m.group(3)}"
        success = success or f"{m.group(1)}.{m.group(2)}.{m.group(3)}"
    return success


def find_reply_code(text: str) -> str | None:
    """The first SMTP reply code (2xx/4xx/5xx) written in a diagnostic text, if any."""
    for m in _REPLY_RE.finditer(text):
        code = m.group(1)
        if code[1] in "0125" and code[2] in "0123456789":
            return code
    return None


_MAX_TEXT = 4000  # a diagnostic longer than this is a whole report; its start is enough


def _first_rule(rules: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    # (A single combined alternation was measured slower than the rules one by one.)
    for reason, pattern in rules:
        if pattern.search(text):
            return reason
    return None


def reason_from_text(text: str) -> str | None:
    if not text:
        return None
    return _first_rule(_TEXT_RULES, text[:_MAX_TEXT].lower())


def reason_from_status(status: str | None) -> str | None:
    if not status:
        return None
    _cls, _, subject = status.partition(".")
    return _STATUS.get(subject)


_CMD_RE = re.compile(
    r"(?:after|in reply to|following|for|to)\s+(?:the\s+)?(rcpt|mail|data|end of data|"
    r"initial connection|helo|ehlo)\b|>>> ?(rcpt|mail|data)\b|\[(rcpt_to|mail_from)\]|"
    r"(does not like recipient)|(did not like our final data)|(sender was rejected)|"
    r"rejected recipient|(recipient address rejected)",
)


def smtp_command(text: str) -> str:
    """The SMTP command a rejection answered: RCPT, MAIL, DATA, CONN or "" when unknown."""
    found = ""
    for m in _CMD_RE.finditer(text.lower()):
        word = next((g for g in m.groups() if g), m.group(0)).lower()
        if "rcpt" in word or "recipient" in word:
            found = "RCPT"
        elif "mail" in word or "sender" in word:
            found = "MAIL"
        elif "data" in word:
            found = "DATA"
        else:
            found = "CONN"
    return found


# "550-5.7.1 ... multiple\n550 5.7.1 addresses": the codes repeated on each line of a
# multi-line SMTP reply would split the phrases the rules look for.
_CONTINUATION = re.compile(r"(?<=[a-z,;])\s+[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?(?=[a-z])")
# Replies that only a RCPT TO gets, when the report does not say which command failed.
_RCPT_HINT = re.compile(
    r"<[^>\s]+@[^>\s]+>:? (?:user unknown|unknown user)"
    r"|\.\.\. (?:no such user|user unknown)|no such user here"
)
_EXPIRED_HINT = re.compile(r"queue too long|will be retried|giving up|gave up")
_WEAK = frozenset({None, "onhold", "networkerror", "systemerror"})


def decide_reason(
    status: str | None, reply_code: str | None, text: str, action: str = "", context: str = ""
) -> str:
    """One reason for one failed recipient."""
    subject = status.partition(".")[2] if status else ""
    by_status = reason_from_status(status)
    text = _CONTINUATION.sub(" ", text[:_MAX_TEXT].lower())
    reason = _first_rule(_PRIORITY_RULES, text) if text else None
    precise = reason is not None  # a phrase only one kind of failure uses: keep it
    if reason is None and subject in _STATUS_STRONG and by_status:
        reason = by_status
    if reason is None and text:
        reason = _first_rule(_TEXT_RULES, text)
    command = (smtp_command(text) if text else "") or (
        smtp_command(context[:_MAX_TEXT]) if context else ""
    )
    if (
        reason == "userunknown"
        and not precise
        and command != "RCPT"
        and not subject.startswith("1.")
        and (command or not _RCPT_HINT.search(text))
    ):
        reason = "filtered" if command != "MAIL" else "rejected"
    if command == "MAIL" and reason in (None, "onhold", "userunknown", "filtered", "hostunknown"):
        reason = "rejected"
    if reason is None:
        reason = by_status
    if reason == "hostunknown" and status and status[0] == "4":
        reason = "networkerror"  # a temporary DNS answer, not a missing domain
    if (reason in (None, "onhold") and status and status[0] == "4" and action == "failed") or (
        reason in _WEAK and _EXPIRED_HINT.search(text)
    ):
        reason = "expired"
    if reason is not None:
        return reason
    if reply_code in ("421", "450", "451"):
        return "systemerror"
    if reply_code == "452":
        return "mailboxfull"
    if reply_code in ("550", "553"):
        return "userunknown"
    if reply_code == "551":
        return "hasmoved"
    if reply_code == "552":
        return "mailboxfull"
    if reply_code == "554":
        return "filtered"
    return "onhold"
