"""Our DKIM signatures verify with dkimpy; our canonical forms are dkimpy's.

Keys: generated here, and the public test keys of the shared corpus (tests only).
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import dkim
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from dkim.canonicalization import Relaxed
from hypothesis import given, settings
from hypothesis import strategies as st

from envoi.errors import InvalidInputError
from envoi.message.dkim import DkimKey, DkimSigner, relaxed_body, relaxed_header, simple_body
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import Attachment, MessageSettings, Recipient
from envoi.templates.render import RenderedContent

SETTINGS = MessageSettings(
    "news@boutique.example",
    "Boutique Dupré",
    unsubscribe_mailto="unsub@boutique.example",
    feedback_id="c:1",
    campaign_id="7",
    attachments=(Attachment("a.pdf", "application/pdf", b"%PDF" * 100),),
)
CONTENT = RenderedContent(
    "Été : nos   nouveautés\t!",
    "",
    "<p>Bonjour   Élodie</p>\n\n\n",
    "Bonjour Élodie  \t\n\n  \n",
    frozenset(),
)


def dns_for(key: DkimKey):
    record = key.dns_record().encode()

    def dnsfunc(name: bytes | str, timeout: int = 5) -> bytes:
        name = name.decode() if isinstance(name, bytes) else name
        assert name.rstrip(".") == f"{key.selector}._domainkey.{key.domain}"
        return record

    return dnsfunc


@pytest.fixture(scope="module")
def rsa_key() -> DkimKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return DkimKey("boutique.example", "s2026", private)


@pytest.fixture(scope="module")
def ed_key() -> DkimKey:
    return DkimKey("boutique.example", "ed1", ed25519.Ed25519PrivateKey.generate())


def messages() -> list[bytes]:
    skeleton = MessageSkeleton(SETTINGS)
    text_only = MessageSkeleton(MessageSettings("a@boutique.example"), html=False)
    return [
        skeleton.build(
            Recipient(
                email="elodie@example.com",
                name="Élodie Dupré",
                contact_id=42,
                unsubscribe_url="https://u/1",
            ),
            CONTENT,
        ),
        skeleton.build(Recipient(email="x@example.org"), CONTENT),
        text_only.build(
            Recipient(email="y@example.org"), RenderedContent("s", "", "", "", frozenset())
        ),
    ]


@pytest.mark.parametrize("canon", ["relaxed", "simple"])
def test_rsa_signatures_verify_with_dkimpy(rsa_key: DkimKey, canon: str) -> None:
    signer = DkimSigner(rsa_key, body_canon=canon)
    for raw in messages():
        signed = signer.sign(raw)
        assert dkim.verify(signed, dnsfunc=dns_for(rsa_key))
        tampered = signed.replace(b"Bonjour", b"Bonsoir", 1)
        if tampered != signed:
            assert not dkim.verify(tampered, dnsfunc=dns_for(rsa_key))


def test_ed25519_signatures_verify_with_dkimpy(ed_key: DkimKey) -> None:
    signer = DkimSigner(ed_key)
    for raw in messages():
        signed = signer.sign(raw)
        assert b"a=ed25519-sha256" in signed
        assert dkim.verify(signed, dnsfunc=dns_for(ed_key))
        added = signed.replace(b"\r\nTo:", b"\r\nSubject: forged\r\nTo:", 1)
        assert not dkim.verify(added, dnsfunc=dns_for(ed_key))  # oversigned Subject


def test_corpus_keys_load_and_verify(corpus: Path) -> None:
    data = corpus / "dkim" / "dkimpy-testdata"
    for name in ("2048_testkey.key", "2048_testkey_PKCS8.key", "rfc8032_7_1.key"):
        raw = (data / name).read_bytes()
        with pytest.raises(InvalidInputError):  # published keys are no real signing keys
            DkimKey.load(raw, "football.example.com", "brisbane")
        key = DkimKey.load(raw, "football.example.com", "brisbane", allow_test_keys=True)
        signed = DkimSigner(key).sign(messages()[0])
        assert dkim.verify(signed, dnsfunc=dns_for(key))
    ed = DkimKey.load(
        (data / "rfc8032_7_1.key").read_bytes(), "football.example.com", "b", allow_test_keys=True
    )
    # RFC 8463 A.2 publishes this key's public half.
    assert ed.dns_record().endswith("p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
    published = (data / "2048_testkey_wo_markers.pub.txt").read_text().split("p=")[1].strip()
    rsa2048 = DkimKey.load(
        (data / "2048_testkey.key").read_bytes(), "example.com", "t", allow_test_keys=True
    )
    assert rsa2048.dns_record().endswith(published)


def test_body_hash_matches_rfc8463_example(corpus: Path) -> None:
    raw = (corpus / "dkim" / "dkimpy-testdata" / "rfc6376.msg").read_bytes()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    body = raw.partition(b"\r\n\r\n")[2]
    digest = base64.b64encode(hashlib.sha256(simple_body(body)).digest())
    assert digest == b"4bLNXImK9drULnmePzZNEBleUanJCX5PIsDIFoH4KTQ="


def test_bad_keys_are_refused(corpus: Path) -> None:
    with pytest.raises(InvalidInputError):
        DkimKey.load(b"not a key", "example.com", "s")
    small = (corpus / "dkim" / "dkimpy-testdata" / "test.private").read_bytes()
    key = DkimKey.load(small, "example.com", "s", allow_test_keys=True)  # 1024 bits: the minimum
    assert key.algorithm == "rsa-sha256"
    with pytest.raises(InvalidInputError):
        DkimKey.load(small, "example.com", "bad selector", allow_test_keys=True)
    with pytest.raises(InvalidInputError):
        DkimKey.load(small, "example.com", "s")  # RFC 8463's "test" key


lines = st.lists(
    st.text(alphabet=" \tab=\u00e9", max_size=12).map(lambda s: s.encode("utf-8")), max_size=8
)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_relaxed_body_equals_dkimpy(body_lines: list[bytes]) -> None:
    body = b"\r\n".join(body_lines)
    assert relaxed_body(body) == Relaxed.canonicalize_body(body)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \tAb:=\u00e9", max_size=30), st.booleans())
def test_relaxed_header_equals_dkimpy(value: str, folded: bool) -> None:
    raw_value = value.encode("utf-8")
    if folded:
        raw_value = raw_value.replace(b" ", b"\r\n ", 1)
    ours = relaxed_header(b"Subject:" + raw_value)
    ((name, theirs),) = Relaxed.canonicalize_headers([(b"Subject", raw_value)])
    assert ours == name + b":" + theirs
