"""Signed relay tokens: round trip, compactness, and every way of tampering with one."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envoi.relay import tokens
from envoi.relay.tokens import BadToken, TokenData, TokenKind, TokenSigner

SECRET = b"s" * 32


def _signer(campaign: int) -> TokenSigner:
    return TokenSigner(campaign, tokens.campaign_key(SECRET, campaign))


@given(
    campaign=st.integers(0, 2**40),
    contact=st.integers(0, 2**40),
    link=st.integers(0, 10_000),
    kind=st.sampled_from(list(TokenKind)),
)
def test_round_trip(campaign: int, contact: int, link: int, kind: TokenKind) -> None:
    link = link if kind is TokenKind.CLICK else 0
    token = _signer(campaign).token(kind, contact, link)
    assert token.isascii() and "=" not in token and "/" not in token and "+" not in token
    assert tokens.verify(token, SECRET, kind) == TokenData(kind, campaign, contact, link)


def test_compact() -> None:
    assert len(_signer(1234).token(TokenKind.UNSUBSCRIBE, 987_654)) <= 24
    assert len(_signer(1234).token(TokenKind.CLICK, 987_654, 12)) <= 26


def test_every_changed_character_is_refused() -> None:
    token = _signer(5).token(TokenKind.UNSUBSCRIBE, 42)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for i, char in enumerate(token):
        other = alphabet[(alphabet.index(char) + 1) % len(alphabet)]
        changed = token[:i] + other + token[i + 1 :]
        with pytest.raises(BadToken):
            tokens.verify(changed, SECRET, TokenKind.UNSUBSCRIBE)


def test_truncated_and_extended_tokens_are_refused() -> None:
    token = _signer(5).token(TokenKind.UNSUBSCRIBE, 42)
    for cut in range(len(token)):
        with pytest.raises(BadToken):
            tokens.verify(token[:cut], SECRET, TokenKind.UNSUBSCRIBE)
    with pytest.raises(BadToken):
        tokens.verify(token + "AA", SECRET, TokenKind.UNSUBSCRIBE)


def test_other_campaign_other_kind_other_secret() -> None:
    token = _signer(5).token(TokenKind.UNSUBSCRIBE, 42)
    data, _body, mac = tokens.parse(token)
    relabelled = tokens.payload(TokenData(data.kind, 6, data.contact))
    moved = base64.urlsafe_b64encode(relabelled + mac).rstrip(b"=").decode()
    with pytest.raises(BadToken):
        tokens.verify(moved, SECRET, TokenKind.UNSUBSCRIBE)
    with pytest.raises(BadToken):
        tokens.verify(token, SECRET, TokenKind.CLICK)
    with pytest.raises(BadToken):
        tokens.verify(token, b"t" * 32, TokenKind.UNSUBSCRIBE)


@pytest.mark.parametrize("junk", ["", "é", "A" * 65, "A" * 8192, "!!!!", "%00", "AAAA"])
def test_junk_is_refused(junk: str) -> None:
    with pytest.raises(BadToken):
        tokens.verify(junk, SECRET, TokenKind.UNSUBSCRIBE)
