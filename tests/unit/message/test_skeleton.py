"""The fast skeleton gives what the EmailMessage way gives, parsed back; lines follow the rules."""

from __future__ import annotations

import email
import re
from dataclasses import replace
from email.message import EmailMessage
from email.policy import default

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envoi.message.contact_token import contact_id_of
from envoi.message.headers import HeaderInjectionError
from envoi.message.reference import build_reference
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import Attachment, InlineImage, MessageSettings, Recipient
from envoi.templates.render import RenderedContent

DATE = "Fri, 27 Nov 2026 16:00:00 +0100"
MID = "<abc.1@boutique.example>"

BASE = MessageSettings(
    "news@boutique.example",
    "Boutique Dupré",
    reply_to="contact@boutique.example",
    unsubscribe_mailto="unsub@boutique.example",
    feedback_id="spring:news:boutique",
    campaign_id="12",
    headers=(("X-Campaign-Note", "été"),),
    contact_key=b"k" * 32,
)
IMAGE = InlineImage("logo@boutique", "image/png", bytes(range(256)) * 20, "logo.png")
PDF = Attachment("tarifs été.pdf", "application/pdf", b"%PDF-1.4\n" + bytes(3000))
RECIPIENT = Recipient(
    email="elodie@example.com",
    name="Élodie Dupré",
    contact_id=42,
    unsubscribe_url="https://b.example/u/x?t=1",
)
CONTENT = RenderedContent(
    "Bonjour Élodie, nos soldes d'été ! " + "très " * 20,
    "",
    "<html><body><p>Bonjour Élodie</p>" + "<p>" + "é" * 3000 + "</p>"
    "<img src='cid:logo@boutique' alt='logo'></body></html>",
    "Bonjour Élodie\n\n" + "x" * 2000 + "\n",
    frozenset(),
)


def variant(images: bool, attachments: bool) -> MessageSettings:
    from dataclasses import replace

    return replace(
        BASE, images=(IMAGE,) if images else (), attachments=(PDF,) if attachments else ()
    )


def structure(msg: EmailMessage) -> list[tuple[int, str]]:
    out = []

    def walk(part: EmailMessage, depth: int) -> None:
        out.append((depth, part.get_content_type()))
        if part.is_multipart():
            for sub in part.iter_parts():
                walk(sub, depth + 1)  # type: ignore[arg-type]

    walk(msg, 0)
    return out


def meaning(raw: bytes) -> dict[str, object]:
    msg = email.message_from_bytes(raw, policy=default)
    assert isinstance(msg, EmailMessage)
    headers = {
        name.lower(): str(value)
        for name, value in msg.items()
        if name.lower() not in ("content-type", "mime-version")
    }
    leaves = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        leaves.append(
            (
                part.get_content_type(),
                part.get_content(),
                part.get_filename(),
                part.get("Content-ID"),
                part.get_content_disposition(),
            )
        )
    return {"headers": headers, "structure": structure(msg), "leaves": leaves}


def check_lines(raw: bytes) -> None:
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR"
    assert raw.endswith(b"\r\n")
    for line in raw.split(b"\r\n"):
        assert len(line) < 998
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    check_encoded_word_lines(head)


def check_encoded_word_lines(head: bytes) -> None:
    """RFC 2047 section 2: a header line holding an encoded word is at most 76 long."""
    for line in head.split(b"\r\n"):
        if b"=?" in line:
            assert len(line) <= 76, line


@pytest.mark.parametrize(
    ("html", "images", "attachments"),
    [(h, i, a) for h in (True, False) for i in (False, True) for a in (False, True) if h or not i],
)  # CID images go with an HTML part
def test_fast_equals_email_message_way(html: bool, images: bool, attachments: bool) -> None:
    s = variant(images, attachments)
    content = (
        CONTENT if html else RenderedContent(CONTENT.subject, "", "", CONTENT.text, frozenset())
    )
    fast = MessageSkeleton(s, html=html).build(RECIPIENT, content, message_id=MID, date=DATE)
    slow = build_reference(s, RECIPIENT, content, message_id=MID, date=DATE)
    check_lines(fast)
    assert meaning(fast) == meaning(slow)
    parsed = email.message_from_bytes(fast, policy=default)
    assert parsed["Subject"] == CONTENT.subject
    assert parsed["To"].addresses[0].display_name == "Élodie Dupré"
    assert parsed["From"].addresses[0].display_name == "Boutique Dupré"
    assert parsed.defects == []


def test_headers_required_by_the_standards() -> None:
    raw = MessageSkeleton(BASE).build(RECIPIENT, CONTENT)
    msg = email.message_from_bytes(raw, policy=default)
    assert re.fullmatch(r"<[0-9a-f]+\.[0-9a-f]+\.1@boutique\.example>", msg["Message-ID"])
    assert msg["Date"].datetime is not None
    assert msg["List-Unsubscribe"] == (
        "<mailto:unsub@boutique.example?subject=unsubscribe>, <https://b.example/u/x?t=1>"
    )
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Feedback-ID"] == "spring:news:boutique"
    assert msg["X-Envoi-Campaign"] == "12"
    token = msg["X-Envoi-Contact"]
    assert token.startswith("e1.") and contact_id_of(token, BASE.contact_key) == 42
    assert contact_id_of(token, b"x" * 32) is None  # another key: not ours
    assert contact_id_of("42", BASE.contact_key) == 42  # messages sent before the token
    no_key = MessageSkeleton(replace(BASE, contact_key=b"")).build(RECIPIENT, CONTENT)
    assert b"X-Envoi-Contact" not in no_key
    second = MessageSkeleton(BASE).build(RECIPIENT, CONTENT)
    assert email.message_from_bytes(second)["Message-ID"] != msg["Message-ID"]


def test_no_one_click_without_https_url() -> None:
    raw = MessageSkeleton(BASE).build(Recipient(email="a@example.com"), CONTENT)
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["List-Unsubscribe"] == "<mailto:unsub@boutique.example?subject=unsubscribe>"
    assert msg["List-Unsubscribe-Post"] is None


INJECTIONS = ["x\r\nBcc: victim@example.com", "x\nBcc: v@example.com", "x\rY", "x\0"]


@pytest.mark.parametrize("bad", INJECTIONS)
def test_header_injection_is_refused_from_every_input(bad: str) -> None:
    sk = MessageSkeleton(BASE)
    with pytest.raises(HeaderInjectionError):
        sk.build(RECIPIENT, replace(CONTENT, subject=bad))
    with pytest.raises(HeaderInjectionError):
        sk.build(replace(RECIPIENT, name=bad), CONTENT)
    with pytest.raises(HeaderInjectionError):
        sk.build(replace(RECIPIENT, email=f"a{bad}@example.com"), CONTENT)
    with pytest.raises(HeaderInjectionError):
        sk.build(replace(RECIPIENT, unsubscribe_url=f"https://u/{bad}"), CONTENT)
    for field in (
        "from_name",
        "from_email",
        "reply_to",
        "feedback_id",
        "campaign_id",
        "unsubscribe_mailto",
    ):
        with pytest.raises(HeaderInjectionError):
            MessageSkeleton(replace(BASE, **{field: bad}))
    with pytest.raises(HeaderInjectionError):
        MessageSkeleton(replace(BASE, headers=(("X-Note", bad),)))
    with pytest.raises(HeaderInjectionError):
        MessageSkeleton(replace(BASE, attachments=(replace(PDF, filename=bad),)))
    with pytest.raises(HeaderInjectionError):
        build_reference(BASE, RECIPIENT, replace(CONTENT, subject=bad), message_id=MID, date=DATE)


def test_reserved_and_invalid_custom_headers_are_refused() -> None:
    from dataclasses import replace

    from envoi.errors import InvalidInputError

    for name in ("Bcc", "From", "Content-Type", "X Bad", "X:Bad", ""):
        with pytest.raises(InvalidInputError):
            MessageSkeleton(replace(BASE, headers=((name, "v"),)))


def display_name_of(raw: bytes) -> str:
    """RFC 2047 decoding of the To name. Python's address parser puts a space between
    adjacent encoded words (its own EmailMessage output does not round-trip either), so
    decode as RFC 2047 6.2 says: whitespace between encoded words is dropped."""
    from email.header import decode_header, make_header
    from email.utils import parseaddr

    header = email.message_from_bytes(raw)["To"]
    name, _addr = parseaddr(re.sub(r"\r?\n[ \t]", " ", str(header)))
    return str(make_header(decode_header(name)))


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=300)


@settings(max_examples=60, deadline=None)
@given(subject=texts, name=texts, body=st.text(max_size=3000))
def test_any_unicode_round_trips(subject: str, name: str, body: str) -> None:
    subject = " ".join(subject.split())  # header text: folding normalises whitespace runs
    name = " ".join(name.split())
    content = RenderedContent(subject, "", f"<p>{body}</p>", body, frozenset())
    raw = MessageSkeleton(BASE).build(Recipient(email="someone@example.com", name=name), content)
    check_lines(raw)
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["Subject"] == subject
    assert display_name_of(raw) == name
    text_part, html_part = msg.get_payload()  # type: ignore[misc]
    expected = body.replace("\r\n", "\n").replace("\r", "\n")
    assert text_part.get_content().replace("\r\n", "\n") == expected + (
        "" if expected.endswith("\n") else "\n"
    )
    assert html_part.get_content().replace("\r\n", "\n") == f"<p>{expected}</p>\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab =\t\n.é€\u00a0x")), max_size=120),
                max_size=12))  # fmt: skip
def test_chunked_quoted_printable_decodes_to_the_text(chunks: list[str]) -> None:
    import binascii

    from envoi.message.skeleton import ChunkedQuotedPrintable, _wrap

    text = "".join(chunks)
    encoder = ChunkedQuotedPrintable()
    # The same bytes as wrapping the joined encodings line by line (the cached wrapping of
    # the lines inside a piece changes nothing).
    joined = b"".join(
        binascii.b2a_qp(c.encode("utf-8"), istext=True).replace(b"=\n", b"") for c in chunks
    ) + (b"" if text.endswith("\n") else b"\n")
    whole = b"\r\n".join(x if len(x) <= 76 else _wrap(x) for x in joined.split(b"\n"))
    for _ in range(2):  # the second time from the cache
        data = encoder.encode(text, tuple(chunks))
        assert data == whole
        assert b"\n" not in data.replace(b"\r\n", b"")
        for line in data.split(b"\r\n"):
            assert len(line) <= 76
            assert not line.endswith((b" ", b"\t"))
        decoded = binascii.a2b_qp(data.replace(b"\r\n", b"\n")).decode("utf-8")
        assert decoded == text + ("" if text.endswith("\n") else "\n")


def test_rendered_message_with_chunks_equals_reference() -> None:
    from envoi.templates.merge import SAMPLE_CONTACT, Campaign, Sender, build_context
    from envoi.templates.render import CampaignTemplate, TemplateSource

    long_line = "Très long " * 40
    template = CampaignTemplate(
        TemplateSource(
            subject="Hi {{ contact.first_name }}",
            html="<p>" + long_line + "{{ contact.first_name }} = {{ contact.city }}  </p>\n" * 30,
            text=long_line + " {{ contact.first_name }}\t\n" * 10,
        )
    )
    content = template.render(
        build_context(SAMPLE_CONTACT, Campaign("c"), Sender("S", "s@shop.example"))
    )
    assert content.html_chunks and content.text_chunks
    skeleton = MessageSkeleton(BASE)
    for _ in range(2):
        fast = skeleton.build(RECIPIENT, content, message_id=MID, date=DATE)
        check_lines(fast)
        slow = build_reference(BASE, RECIPIENT, content, message_id=MID, date=DATE)
        assert meaning(fast) == meaning(slow)


def test_a_subject_with_a_huge_word_still_fits_the_line_limit() -> None:
    from dataclasses import replace

    subject = "See " + "x" * 2000
    raw = MessageSkeleton(BASE).build(RECIPIENT, replace(CONTENT, subject=subject))
    check_lines(raw)
    assert email.message_from_bytes(raw, policy=default)["Subject"] == subject
