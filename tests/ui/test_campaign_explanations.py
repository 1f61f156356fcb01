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
    for node in ast.walk(tree):
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
