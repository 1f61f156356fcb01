"""DKIM checks: the selector's record, key type and size, t=y, and whether the published
key matches the private key configured in Envoi (by signing and verifying with dkimpy)."""

from __future__ import annotations

import asyncio
import base64
import binascii
from dataclasses import dataclass

import dkim
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from envoi.dnscheck.dkim_keys import is_published_test_key, load_private_key, public_record
from envoi.dnscheck.resolver import DnsError, Resolver
from envoi.dnscheck.results import CheckRequest, CheckResult, could_not_check, passed
from envoi.errors import EnvoiError, Text

# Tried concurrently when no selector is given: the usual ones of common providers.
COMMON_SELECTORS = ("default", "dkim", "mail", "google", "selector1", "selector2", "k1", "s1")


@dataclass(frozen=True, slots=True)
class DkimRecord:
    tags: dict[str, str]
    errors: tuple[str, ...]
    key_type: str = ""
    key_bits: int = 0
    revoked: bool = False

    @property
    def testing(self) -> bool:
        return "y" in [f.strip() for f in self.tags.get("t", "").split(":")]


def parse_tags(text: str) -> tuple[dict[str, str], list[str]]:
    tags: dict[str, str] = {}
    errors: list[str] = []
    for part in text.split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or not name:
            errors.append(f"'{part.strip()}' is not a tag=value pair")
        elif name in tags:
            errors.append(f"tag '{name}' appears twice")
        else:
            tags[name] = "".join(value.split())
    return tags, errors


def parse_record(text: str) -> DkimRecord:
    tags, errors = parse_tags(text)
    if "v" in tags and (tags["v"] != "DKIM1" or next(iter(tags)) != "v"):
        errors.append("v= must come first and be exactly DKIM1")
    kind = tags.get("k", "rsa").lower()
    if kind not in ("rsa", "ed25519"):
        errors.append(f"unknown key type k={kind}")
    services = {s.strip() for s in tags.get("s", "*").split(":")}
    if not services & {"*", "email"}:
        errors.append(f"s={tags['s']}: the key is not for email")
    if "p" not in tags:
        return DkimRecord(tags, (*errors, "no p= (public key) tag"))
    if tags["p"] == "":
        return DkimRecord(tags, tuple(errors), kind, 0, revoked=True)
    bits = 0
    try:
        bits = _key_bits(kind, tags["p"])
    except ValueError as exc:
        errors.append(f"the public key cannot be read ({exc})")
    return DkimRecord(tags, tuple(errors), kind, bits)


def _key_bits(kind: str, p: str) -> int:
    try:
        der = base64.b64decode(p, validate=True)
    except binascii.Error as exc:
        raise ValueError("not base64") from exc
    if kind == "ed25519":
        ed25519.Ed25519PublicKey.from_public_bytes(der)
        return 256
    try:
        key = serialization.load_der_public_key(der)
    except ValueError:
        # Some publishers give the bare RSAPublicKey (PKCS#1), which receivers accept too.
        pem = b"-----BEGIN RSA PUBLIC KEY-----\n" + base64.encodebytes(der)
        key = serialization.load_pem_public_key(pem + b"-----END RSA PUBLIC KEY-----\n")
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("k=rsa but the key is not RSA")
    return key.key_size


def keys_match(record: str, private_key: bytes, selector: str, domain: str) -> bool:
    """Sign a small message with the private key, verify it against the published record."""
    key = load_private_key(private_key)
    algorithm = b"rsa-sha256" if isinstance(key, rsa.RSAPrivateKey) else b"ed25519-sha256"
    message = (
        f"From: check@{domain}\r\nTo: check@{domain}\r\nSubject: Envoi DKIM check\r\n\r\n"
        "This message is signed and verified locally, never sent.\r\n"
    ).encode()
    signature = dkim.sign(
        message,
        selector.encode(),
        domain.encode(),
        private_key,
        signature_algorithm=algorithm,
        include_headers=[b"from", b"to", b"subject"],
    )

    def published(_name: bytes, timeout: int = 5) -> bytes:
        return record.encode()

    try:
        return bool(dkim.verify(signature + message, dnsfunc=published, minkey=512))
    except (dkim.DKIMException, ValueError, TypeError):
        # dkimpy lets pynacl's errors through when the published key is of another type.
        return False


async def find_selector(resolver: Resolver, domain: str) -> tuple[str, str] | None:
    names = [f"{s}._domainkey.{domain}" for s in COMMON_SELECTORS]
    answers = await asyncio.gather(
        *(resolver.query(n, "TXT") for n in names), return_exceptions=True
    )
    errors = [a for a in answers if isinstance(a, BaseException)]
    if len(errors) == len(answers):
        raise errors[0]  # nothing answered: "could not check", not "no key"
    for selector, answer in zip(COMMON_SELECTORS, answers, strict=True):
        if isinstance(answer, BaseException):
            continue
        for text in answer.records:
            if "p=" in text:
                return selector, text
    return None


async def check_dkim(resolver: Resolver, request: CheckRequest) -> list[CheckResult]:
    domain = request.signing_domain
    selector = request.selector
    try:
        if selector is None:
            found = await find_selector(resolver, domain)
            if found is None:
                return [
                    CheckResult(
                        "dkim-record",
                        "dkim",
                        "warn",
                        Text(
                            "No selector given, and no usual selector has a DKIM key at {domain}.",
                            domain=domain,
                        ),
                        Text("Give your selector (--selector), or generate a DKIM key in Envoi."),
                    )
                ]
            selector, text = found
        else:
            name = f"{selector}._domainkey.{domain}"
            answer = await resolver.query(name, "TXT")
            texts = [t for t in answer.records if "p=" in t or t.startswith("v=DKIM1")]
            if not texts:
                return [_missing(request, selector, domain)]
            text = texts[0]
    except DnsError as exc:
        return [could_not_check("dkim-record", "dkim", Text("the DKIM record"), exc.user_message)]
    return _record_results(request, selector, domain, text)


def _missing(request: CheckRequest, selector: str, domain: str) -> CheckResult:
    record = public_record(request.dkim_private_key) if request.dkim_private_key else ""
    fix = (
        f"Publish this TXT record at {selector}._domainkey.{domain}."
        if record
        else "Generate a DKIM key in Envoi (or ask your provider) and publish its TXT record."
    )
    return CheckResult(
        "dkim-record",
        "dkim",
        "fail",
        Text(
            "There is no DKIM record for selector '{selector}' at {domain}, so messages cannot be "
            "DKIM-verified.",
            selector=selector,
            domain=domain,
        ),
        fix,
        record,
    )


def _record_results(
    request: CheckRequest, selector: str, domain: str, text: str
) -> list[CheckResult]:
    name = f"{selector}._domainkey.{domain}"
    parsed = parse_record(text)
    if parsed.errors:
        return [
            CheckResult(
                "dkim-record",
                "dkim",
                "fail",
                Text(
                    "The DKIM record at {name} is broken: {items}.",
                    name=name,
                    items="; ".join(parsed.errors),
                ),
                Text("Publish the record exactly as your key generator gave it."),
                text,
            )
        ]
    if parsed.revoked:
        return [
            CheckResult(
                "dkim-record",
                "dkim",
                "fail",
                Text("The DKIM key at {name} is revoked (empty p=).", name=name),
                Text("Sign with another selector whose key is published."),
                text,
            )
        ]
    out = [
        passed(
            "dkim-record",
            "dkim",
            Text("The DKIM record at {name} is published and valid.", name=name),
        )
    ]
    if parsed.key_type == "ed25519":
        out.append(passed("dkim-key", "dkim", Text("The DKIM key is Ed25519.")))
    elif parsed.key_bits < 1024:
        out.append(
            CheckResult(
                "dkim-key",
                "dkim",
                "fail",
                Text(
                    "The DKIM key is RSA {key_bits} bits: receivers ignore keys under 1024.",
                    key_bits=parsed.key_bits,
                ),
                Text("Generate a 2048-bit RSA key under a new selector."),
                text,
            )
        )
    elif parsed.key_bits < 2048:
        out.append(
            CheckResult(
                "dkim-key",
                "dkim",
                "warn",
                Text(
                    "The DKIM key is RSA {key_bits} bits; 2048 bits is today's norm.",
                    key_bits=parsed.key_bits,
                ),
                Text("Generate a 2048-bit RSA key under a new selector."),
                text,
            )
        )
    else:
        out.append(
            passed(
                "dkim-key",
                "dkim",
                Text("The DKIM key is RSA {key_bits} bits.", key_bits=parsed.key_bits),
            )
        )
    if parsed.testing:
        out.append(
            CheckResult(
                "dkim-testing",
                "dkim",
                "warn",
                Text(
                    "The DKIM record has t=y (testing): receivers may treat signatures as unsigned."
                ),
                Text("Remove t=y from the record once signing works."),
                text.replace("t=y", "").strip(),
            )
        )
    if request.dkim_private_key is not None:
        out.append(_match(request.dkim_private_key, text, selector, domain))
    return out


def _match(private_key: bytes, text: str, selector: str, domain: str) -> CheckResult:
    try:
        ok = keys_match(text, private_key, selector, domain)
        expected = public_record(private_key)
        published = is_published_test_key(private_key)
    except EnvoiError as exc:
        return could_not_check(
            "dkim-match", "dkim", Text("the configured DKIM key"), exc.user_message
        )
    if published:
        return CheckResult(
            "dkim-match",
            "dkim",
            "fail",
            Text(
                "Envoi's DKIM private key is a published example key (from an RFC or a test "
                "suite): anyone can sign mail as your domain with it."
            ),
            Text("Generate a new DKIM key in Envoi and publish its record under a new selector."),
        )
    if ok:
        return passed("dkim-match", "dkim", Text("The published key matches Envoi's private key."))
    return CheckResult(
        "dkim-match",
        "dkim",
        "fail",
        Text(
            "The key published for selector '{selector}' does not match the private key Envoi "
            "signs with: every signature would fail.",
            selector=selector,
        ),
        Text(
            "Replace the TXT record at {selector}._domainkey.{domain} with this one.",
            selector=selector,
            domain=domain,
        ),
        expected,
    )
