"""Header values: whole-word encoded words within 76 columns, IDNA 2008 domains, UTF-8
local parts (RFC 6532), the one line-break check."""

from __future__ import annotations

import base64
import email
import re
from email.policy import default

import pytest

from envoi.errors import InvalidInputError
from envoi.message.headers import (
    HeaderInjectionError,
    address,
    clean,
    domain_of,
    encode_words,
    fold,
    unstructured,
)
from envoi.message.skeleton import MessageSkeleton
from envoi.message.spec import MessageSettings, Recipient
from envoi.templates.render import RenderedContent

LONG_NAME = "Konstantin Alexandrowitsch Müller-Lüdenscheidt von Hohenzollern-Sigmaringen"
LONG_SUBJECT = (
    "Découvrez notre collection d’automne : pulls, écharpes et bonnets tricotés à la main "
    "dans notre atelier près de Besançon — livraison offerte dès 50 €"
)


def _decoded_words(value: str) -> list[str]:
    """The text of each encoded word on its own."""
    return [base64.b64decode(b).decode() for b in re.findall(r"=\?utf-8\?b\?([^?]*)\?=", value)]


def test_encoded_words_hold_whole_words() -> None:
    text = "Ωμέγα Ελληνικά Κωνσταντίνος Παπαδόπουλος-Καραμανλής Θεσσαλονίκη"
    words = _decoded_words(encode_words(text))
    assert len(words) > 1
    assert "".join(words) == text
    originals = text.split(" ")
    for word in words:
        # each encoded word is whole words (with the space that follows them)
        assert all(piece in originals for piece in word.strip().split(" ")), word


def test_a_word_longer_than_an_encoded_word_is_cut_between_characters() -> None:
    word = "é" * 60
    words = _decoded_words(encode_words(word))
    assert "".join(words) == word and len(words) > 1


@pytest.mark.parametrize("name", ["Subject", "X-Campaign-Note"])
def test_lines_with_encoded_words_stay_within_76(name: str) -> None:
    for text in (LONG_SUBJECT, LONG_NAME, "€" * 200, "a" * 80 + " é"):
        lines = unstructured(name, text, "subject").split("\r\n")
        assert all(len(line) <= 76 for line in lines if "=?" in line), lines
    folded = fold("To", address("k@example.com", LONG_NAME))
    assert all(len(line) <= 76 for line in folded.split("\r\n"))


def test_every_header_of_a_built_message_within_76_when_encoded() -> None:
    settings = MessageSettings(
        "news@bücher.example", LONG_NAME, reply_to="antwort@bücher.example",
        unsubscribe_mailto="unsub@example.com", feedback_id="a:b:c", campaign_id="7",
        headers=(("X-Campaign-Note", LONG_SUBJECT),), contact_key=b"k" * 32,
    )  # fmt: skip
    content = RenderedContent(LONG_SUBJECT, "", "<p>x</p>", "x", frozenset())
    raw = MessageSkeleton(settings).build(
        Recipient(email="kontakt@bücher.example", name=LONG_NAME, contact_id=3), content
    )
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    encoded = [line for line in head.split(b"\r\n") if b"=?" in line]
    assert len(encoded) > 6
    assert all(len(line) <= 76 for line in encoded)
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["Subject"] == LONG_SUBJECT
    assert msg["To"].addresses[0].display_name == LONG_NAME
    assert msg["To"].addresses[0].domain == "xn--bcher-kva.example"
    assert msg["From"].addresses[0].domain == "xn--bcher-kva.example"
    assert msg["Message-ID"].endswith("@xn--bcher-kva.example>")


def test_domains_are_idna_2008_a_labels() -> None:
    assert domain_of("x@BÜCHER.example") == "xn--bcher-kva.example"
    # IDNA 2008, not 2003: ß and ς are letters of their own, not mapped to ss and σ.
    assert domain_of("x@faß.de") == "xn--fa-hia.de"
    assert address("info@ελληνικά.example") == "info@xn--hxargifdar.example"
    with pytest.raises(InvalidInputError):
        address("x@a..b\u200d.example")


def test_a_utf8_local_part_is_written_as_it_is() -> None:
    assert (
        address("jörg@bücher.example", "Jörg")
        == "=?utf-8?b?SsO2cmc=?= <jörg@xn--bcher-kva.example>"
    )
    raw = MessageSkeleton(MessageSettings("a@example.com")).build(
        Recipient(email="用户@例子.example"), RenderedContent("s", "", "", "t", frozenset())
    )
    assert "To: 用户@xn--fsqu00a.example\r\n".encode() in raw


@pytest.mark.parametrize("bad", ["a\r\nBcc: x@y", "a\nb", "a\rb", "a\0b"])
def test_the_one_check_refuses_line_breaks(bad: str) -> None:
    with pytest.raises(HeaderInjectionError):
        clean(bad, "subject")


def test_the_one_check_measures_length() -> None:
    assert clean("x" * 10, "name", limit=10) == "x" * 10
    with pytest.raises(InvalidInputError, match="longer than 10"):
        clean("x" * 11, "name", limit=10)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_header_line_of_each_sample_within_76_when_encoded(language: str) -> None:
    """Through the send path's message line (render -> build), every sample template, a
    recipient with a long accented name: no line with an encoded word passes 76."""
    from envoi.message.factory import CampaignMessages
    from envoi.templates.library import parse_file, sample_files
    from envoi.templates.merge import Campaign, Sender, contact_values

    settings = MessageSettings(
        "nouvelles@boutique-exemple.fr", "Boutique Dupré & Fils — Ébénisterie d’art",
        unsubscribe_mailto="désinscription@bücher.example", campaign_id="3",
        contact_key=b"k" * 32,
    )  # fmt: skip
    sender = Sender("Boutique Dupré & Fils", "nouvelles@boutique-exemple.fr", "1 rue de la Paix")
    for path in sample_files(language):
        line = CampaignMessages(parse_file(path).source, settings, Campaign("c", 3), sender)
        contact = contact_values(
            "kontakt@bücher.example", "Konstantin-Éloïse", "Müller-Lüdenscheidt"
        )
        built = line.build(
            contact, Recipient(email=contact["email"], name=LONG_NAME, contact_id=12)
        )
        head = built.data.split(b"\r\n\r\n", 1)[0]
        encoded = [x for x in head.split(b"\r\n") if b"=?" in x]
        assert encoded and all(len(x) <= 76 for x in encoded), (path.name, encoded)
        msg = email.message_from_bytes(built.data, policy=default)
        assert msg["To"].addresses[0].domain == "xn--bcher-kva.example"
