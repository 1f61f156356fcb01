"""The failures table's explanations follow the window's language."""

from __future__ import annotations

import ast
from pathlib import Path

from envoi.sending import explain
from envoi.ui.views.campaigns import reply_explanations
from envoi.ui.views.campaigns.reply_explanations import SENTENCES, translated
from tests.support.french import french


def test_every_core_explanation_is_marked_for_translation() -> None:
    core = set(explain._PLAIN.values())
    # The sentences explain_reply returns outside its table (string literals of the module
    # with a capital and a full stop: the code-less, build-failure and fallback ones).
    tree = ast.parse(Path(explain.__file__).read_text("utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if id(node) in docstrings:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text[:1].isupper() and text.endswith(".") and " " in text:
                core.add(text)
    assert core - set(SENTENCES) == set()
    assert reply_explanations.CONTEXT == "ReplyExplanation"


def test_explanations_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    english = explain.explain_reply(550, "5.1.1 No such user").plain
    assert translated(english) == english
    with french("campaigns"):
        assert (
            translated(english) == "Cette adresse n’existe pas chez le fournisseur du destinataire."
        )
        lost = explain.explain_reply(None, "connection lost").plain
        assert translated(lost).startswith("La connexion a été perdue")


def test_the_own_server_refusing_is_explained_as_such(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 point 9: not "the recipient's mail system failed"."""
    same = explain.same_reply_for_all(
        [(500, f"5.3.0 <user{i}@example.com>: Error: sender not allowed") for i in range(5)]
    )
    assert same
    refusal = explain.explain_reply(500, "5.3.0 Error", same_for_all=same)
    assert refusal.relay and not refusal.hard and "own sending server" in refusal.plain
    for code, text in ((530, "5.7.0 Authentication required"),
                       (550, "5.7.1 <a@b.example>: Relay access denied"),
                       (553, "5.7.1 Sender address rejected: not owned by user"),
                       (535, "5.7.8 Authentication credentials invalid")):  # fmt: skip
        e = explain.explain_reply(code, text)
        assert e.relay and not e.hard and "own sending server" in e.plain, (code, text)
    # A recipient's own refusal stays the recipient's, even when alone.
    e = explain.explain_reply(550, "5.1.1 No such user", same_for_all=True)
    assert not e.relay and e.hard
    assert not explain.same_reply_for_all([(550, "5.1.1 a"), (552, "5.2.2 full")])
    assert not explain.same_reply_for_all([(500, "5.3.0 only one")])
    with french("campaigns"):
        assert translated(refusal.plain).startswith("Votre propre serveur d’envoi")
