"""DKIM key pairs: generation, the TXT record to publish, and where the private key lives.

The private key is kept in a file readable only by the user (0600, in a 0700 folder of
the data directory), not in the OS keyring and never in the database:
- the sending engine needs it unattended (cron, the CLI, a headless server) where the
  Linux Secret Service is often absent or locked;
- Windows Credential Manager caps a secret at 2,560 bytes, too small for an RSA-4096 PEM;
- the database may be a shared team PostgreSQL, and a backup of it must not carry keys.
On Windows the data folder sits in the user's profile, which only that user can read.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path
from typing import Literal, Protocol

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from envoi.errors import EnvoiError, InvalidInputError, Text
from envoi.paths import data_dir

KeyType = Literal["rsa", "ed25519"]
PrivateKey = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey

# SHA-256 of the public key (SubjectPublicKeyInfo DER) of private keys printed in RFC 6376,
# RFC 8032/8463 and dkimpy's test data: anyone can sign with them, so Envoi refuses them.
PUBLISHED_TEST_KEYS = frozenset(
    {
        "362d9a99501883f6d1ac717c53fff96582fb0a7c52464cb64b9082aa887bc7b4",  # RFC 8463 "test"
        "56aeb663b76a1f8f4549779b7b80d281b385e9a31018d13b74c94f96d7d3bd4a",
        "0b2d127aa4c7a78eb79660242e84ab36a904445315874827e6761fa7239223d3",
        "39982f7c8f79ad9fb4727004d70d5aa456adeb990ee426a2f0ea88f9a8e6fc37",
        "f8b702994dcf035fa0d0db44e0f79063d5ace6cb1b58c3268428e3f163d8aee1",
        "06e3fd8fda29bb60ab59557de61edb0aecdb231134be30e75b455f8e1b792fa9",  # RFC 8463 brisbane
    }
)

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9\-_]{0,61}[a-z0-9])?$")


class DkimKeyStore(Protocol):
    def load(self, domain: str, selector: str) -> bytes | None: ...

    def save(self, domain: str, selector: str, private_key: bytes) -> Path: ...

    def selectors(self, domain: str) -> list[str]: ...


def _checked(domain: str, selector: str) -> tuple[str, str]:
    domain, selector = domain.strip().rstrip(".").lower(), selector.strip().lower()
    labels = [*domain.split("."), *selector.split(".")]
    if not domain or not selector or not all(_LABEL.match(label) for label in labels):
        raise InvalidInputError(
            Text(
                "'{selector}' / '{domain}' is not a valid DKIM selector and domain.",
                selector=selector,
                domain=domain,
            ),
            Text(
                "Use letters, digits and hyphens, e.g. selector 'envoi1' and domain 'example.com'."
            ),
        )
    return domain, selector


class FileDkimKeyStore:
    """``<data dir>/dkim/<domain>/<selector>.key``, mode 0600."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or data_dir() / "dkim"

    def path(self, domain: str, selector: str) -> Path:
        domain, selector = _checked(domain, selector)
        return self.root / domain / f"{selector}.key"

    def load(self, domain: str, selector: str) -> bytes | None:
        path = self.path(domain, selector)
        return path.read_bytes() if path.is_file() else None

    def selectors(self, domain: str) -> list[str]:
        """The selectors of every key kept for ``domain`` (each one signs), sorted."""
        try:
            folder = self.path(domain, "x").parent
        except InvalidInputError:
            return []
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.key") if _LABEL.match(p.stem))

    def save(self, domain: str, selector: str, private_key: bytes) -> Path:
        path = self.path(domain, selector)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.exists():
            raise EnvoiError(
                Text(
                    "A DKIM key for selector '{selector}' of {domain} already exists.",
                    selector=selector,
                    domain=domain,
                ),
                Text(
                    "Choose a new selector: rotating keys under a new selector avoids failed "
                    "signatures while DNS updates."
                ),
            )
        # O_EXCL + 0600 at creation: the key is never readable by others, even briefly.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(private_key)
        return path


def generate_key(kind: KeyType = "rsa") -> bytes:
    """A new private key in the form dkimpy signs with (PEM for RSA, base64 seed for Ed25519)."""
    if kind == "ed25519":
        seed = ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return base64.b64encode(seed) + b"\n"
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


def load_private_key(data: bytes) -> PrivateKey:
    """PEM (PKCS#1 or PKCS#8, RSA or Ed25519) or a base64 Ed25519 seed (dkimpy's form)."""
    text = data.strip()
    try:
        if text.startswith(b"-----"):
            key = serialization.load_pem_private_key(text, password=None)
            if isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
                return key
            raise ValueError(f"unsupported key type {type(key).__name__}")
        seed = base64.b64decode(text, validate=True)
        return ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(
            Text("The DKIM private key cannot be read."),
            Text("Use an RSA key in PEM form or an Ed25519 key (base64 of its 32-byte seed)."),
            str(exc),
        ) from exc


def is_published_test_key(private_key: bytes) -> bool:
    key = load_private_key(private_key)
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest() in PUBLISHED_TEST_KEYS


def key_type(key: PrivateKey) -> KeyType:
    return "rsa" if isinstance(key, rsa.RSAPrivateKey) else "ed25519"


def public_record(private_key: bytes) -> str:
    """The TXT record to publish at ``<selector>._domainkey.<domain>``."""
    key = load_private_key(private_key)
    if isinstance(key, rsa.RSAPrivateKey):
        der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode()}"
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"v=DKIM1; k=ed25519; p={base64.b64encode(raw).decode()}"
