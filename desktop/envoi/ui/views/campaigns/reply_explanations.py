"""The plain-language explanations of SMTP replies (envoi.sending.explain) in the window's
language: the core writes them in English, the failures table shows them translated.

Each sentence is marked here for lupdate; a unit test keeps this list in step with the
core's sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from envoi.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ReplyExplanation"

SENTENCES = (
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "This address does not exist at the recipient's provider."
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "The recipient's domain does not exist or receives no mail."
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient has moved to another address."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's mailbox is full."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's mailbox is disabled."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's domain accepts no mail."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider kept refusing until the retry deadline."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "A network problem stopped the delivery."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's server had an internal error."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's server is out of space."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's mail system failed."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The recipient's server filtered the message out."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The server refused your sender address."),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "Your server's address is blocked by the recipient's provider."
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "The provider distrusts your sending reputation right now."
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "Your server has no reverse DNS name, which the provider requires."
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "SPF, DKIM or DMARC checks failed for your domain."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message was taken for spam."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message was taken for a virus."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message breaks the provider's policy."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider asked for authentication or encryption."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider refused the message's content."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message is not well formed for the provider."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The server did not understand a command."),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "Your server refuses to relay to this recipient: check the profile."
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message is larger than the recipient accepts."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The message is too big."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "Too many connections to the provider at once."),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation", "Too many messages too fast: the provider asks to slow down."
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The secure connection failed."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider holds the message for later."),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Envoi could not build this message (the template, a merge value or the address): nothing was sent. The reply says what went wrong.",  # noqa: E501  (one literal: lupdate reads it whole)
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "The connection was lost: Envoi cannot know whether the message arrived.",
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider refused the message for good."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider asked to try again later."),
)


def translated(explanation: str) -> str:
    """``explanation`` in the window's language (as is when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, explanation)
