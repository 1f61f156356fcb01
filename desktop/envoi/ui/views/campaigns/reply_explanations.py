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
    QT_TRANSLATE_NOOP("ReplyExplanation", "The mail server reported an internal error."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The mail server is out of space."),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The mail system refused the message."),
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
    # The user's own server refusing (envoi.sending.explain: _RELAY_REASONS, _SAME_FOR_ALL).
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Your own sending server refused your From address: send from an address the SMTP account may use, then retry the failed recipients.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Your own sending server asked for a login or refused it: check the profile's user name, password and security, then retry the failed recipients.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Your own sending server refuses to relay this mail (it does not accept your login or your From address for sending out): check the profile, then retry the failed recipients.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Your own sending server did not accept Envoi's commands: check the profile's server and port, then retry the failed recipients.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Your own sending server refused every recipient with the same reply: the cause is your sending setup (From address, login, the server's settings or policy), not the recipients. Read the reply, fix the profile, then retry the failed recipients.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("ReplyExplanation", "The provider asked to try again later."),
    # Addresses the SMTP session did not give to the server (envoi.sending.replies).
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "This address has characters before the @ that your sending server cannot carry (it does not offer SMTPUTF8): nothing was sent. Send through a server that supports international addresses, or ask the contact for another address.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "ReplyExplanation",
        "Envoi could not give this address to your sending server (it is not a valid address): nothing was sent. Correct the contact's address.",  # noqa: E501
    ),
)


def translated(explanation: str) -> str:
    """``explanation`` in the window's language (as is when it has no translation)."""
    return QCoreApplication.translate(CONTEXT, explanation)
