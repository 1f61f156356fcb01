"""The relay's pages: unsubscribe / preference centre and the answers, in English and French.

Plain HTML forms (they work with JavaScript off), one small inline style, every value
escaped. The language follows the browser's Accept-Language (French when it is preferred
over English, else English).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from envoi.relay.server.db import ListInfo

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your subscription",
        "intro": "This page manages the emails that {sender} sends to {email}.",
        "all_button": "Unsubscribe from everything",
        "all_hint": "You will receive no more emails from {sender}.",
        "lists_legend": "Or choose the lists you want to keep:",
        "lists_button": "Save my choices",
        "done_title": "You are unsubscribed",
        "done": "{email} will receive no more emails from {sender}.",
        "saved_title": "Your choices are saved",
        "saved": "{email} stays subscribed to: {lists}.",
        "saved_none": "{email} is subscribed to none of these lists now.",
        "bad_title": "This link does not work",
        "bad": "The link is incomplete or has expired. Copy the whole link from the email, "
        "or reply to the email to unsubscribe.",
        "error_title": "Something went wrong",
        "error": "Your request could not be read. Please try again.",
        "signup_title": "Subscribe to {list}",
        "name": "Your name",
        "email": "Your email address",
        "consent": "I agree to receive the “{list}” emails of {sender}. I can unsubscribe "
        "at any time with the link in each email.",
        "signup_button": "Subscribe",
        "check_title": "Check your inbox",
        "check": "We sent a message to confirm the address. Click its link to finish.",
        "confirm_title": "Confirm your subscription",
        "confirm_button": "Yes, subscribe me",
        "confirmed_title": "You are subscribed",
        "confirmed": "Thank you: your address is confirmed.",
        "invalid_title": "Please check the form",
        "invalid": "Give a valid email address and tick the box.",
        "slow_title": "Too many requests",
        "slow": "Too many sign-ups came from your network. Please try again later.",
        "mail_subject": "Confirm your subscription to {list}",
        "mail_body": "Hello,\n\nSomeone (probably you) asked to receive the “{list}” emails of "
        "{sender} at this address. To confirm, open this link and press the button:\n\n"
        "{link}\n\nIf it was not you, ignore this message: nothing will be sent.\n",
    },
    "fr": {
        "title": "Votre abonnement",
        "intro": "Cette page gère les e-mails que {sender} envoie à {email}.",
        "all_button": "Me désabonner de tout",
        "all_hint": "Vous ne recevrez plus aucun e-mail de {sender}.",
        "lists_legend": "Ou choisissez les listes que vous gardez :",
        "lists_button": "Enregistrer mes choix",
        "done_title": "Vous êtes désabonné",
        "done": "{email} ne recevra plus d’e-mails de {sender}.",
        "saved_title": "Vos choix sont enregistrés",
        "saved": "{email} reste abonné à : {lists}.",
        "saved_none": "{email} n’est plus abonné à aucune de ces listes.",
        "bad_title": "Ce lien ne fonctionne pas",
        "bad": "Le lien est incomplet ou a expiré. Copiez le lien entier depuis l’e-mail, "
        "ou répondez à l’e-mail pour vous désabonner.",
        "error_title": "Une erreur est survenue",
        "error": "Votre demande n’a pas pu être lue. Veuillez réessayer.",
        "signup_title": "S’abonner à {list}",
        "name": "Votre nom",
        "email": "Votre adresse e-mail",
        "consent": "J’accepte de recevoir les e-mails « {list} » de {sender}. Je peux me "
        "désabonner à tout moment avec le lien de chaque e-mail.",
        "signup_button": "M’abonner",
        "check_title": "Consultez votre boîte de réception",
        "check": "Nous avons envoyé un message pour confirmer l’adresse. Cliquez sur son lien "
        "pour terminer.",
        "confirm_title": "Confirmez votre abonnement",
        "confirm_button": "Oui, abonnez-moi",
        "confirmed_title": "Vous êtes abonné",
        "confirmed": "Merci : votre adresse est confirmée.",
        "invalid_title": "Vérifiez le formulaire",
        "invalid": "Indiquez une adresse e-mail valide et cochez la case.",
        "slow_title": "Trop de demandes",
        "slow": "Trop d’inscriptions viennent de votre réseau. Réessayez plus tard.",
        "mail_subject": "Confirmez votre abonnement à {list}",
        "mail_body": "Bonjour,\n\nQuelqu’un (sans doute vous) a demandé à recevoir les e-mails "
        "« {list} » de {sender} à cette adresse. Pour confirmer, ouvrez ce lien et appuyez "
        "sur le bouton :\n\n{link}\n\nSi ce n’était pas vous, ignorez ce message : rien ne "
        "vous sera envoyé.\n",
    },
}

_STYLE = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;background:#f5f5f4;"
    "color:#1c1917}main{max-width:34rem;margin:2rem auto;background:#fff;padding:1.5rem;"
    "border-radius:.5rem}img.logo{max-height:4rem;max-width:100%}h1{font-size:1.4rem}"
    "button{font-size:1rem;padding:.7rem 1rem;border-radius:.4rem;border:1px solid #a8a29e;"
    "background:#fff;cursor:pointer;width:100%;margin:.5rem 0}button.main{background:#b91c1c;"
    "color:#fff;border-color:#b91c1c}label{display:block;padding:.4rem 0}"
    "fieldset{border:1px solid #e7e5e4;border-radius:.4rem;margin-top:1rem}"
    "@media (max-width:480px){main{margin:0;border-radius:0}}"
)


def language(accept_language: str) -> str:
    """'fr' when the browser prefers French to English, else 'en'."""
    best, best_q = "en", -1.0
    for part in accept_language.split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in TEXT:
            continue
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        if q > best_q:
            best, best_q = primary, q
    return best


def _page(lang: str, title: str, body: str, logo_url: str = "") -> str:
    logo = f'<img class="logo" src="{escape(logo_url)}" alt="">' if logo_url else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{logo}<h1>{escape(title)}</h1>{body}</main></body></html>"
    )


def preference_page(
    lang: str,
    *,
    action: str,
    email: str,
    sender: str,
    logo_url: str,
    public_lists: Sequence[ListInfo],
    member_of: Sequence[int],
) -> str:
    t = TEXT[lang]
    who = {"sender": escape(sender), "email": f"<strong>{escape(email)}</strong>"}
    body = [
        f"<p>{t['intro'].format(**who)}</p>",
        f'<form method="post" action="{escape(action)}">'
        '<input type="hidden" name="choice" value="all">'
        f'<button class="main" type="submit">{escape(t["all_button"])}</button>'
        f"<p><small>{t['all_hint'].format(**who)}</small></p></form>",
    ]
    if public_lists:
        boxes = "".join(
            f'<label><input type="checkbox" name="keep" value="{item.id}"'
            f"{' checked' if item.id in member_of else ''}> {escape(item.name)}"
            + (f"<br><small>{escape(item.description)}</small>" if item.description else "")
            + "</label>"
            for item in public_lists
        )
        body.append(
            f'<form method="post" action="{escape(action)}">'
            '<input type="hidden" name="choice" value="lists">'
            f"<fieldset><legend>{escape(t['lists_legend'])}</legend>{boxes}</fieldset>"
            f'<button type="submit">{escape(t["lists_button"])}</button></form>'
        )
    return _page(lang, t["title"], "".join(body), logo_url)


def done_page(lang: str, *, email: str, sender: str, logo_url: str) -> str:
    t = TEXT[lang]
    text = t["done"].format(sender=escape(sender), email=f"<strong>{escape(email)}</strong>")
    return _page(lang, t["done_title"], f"<p>{text}</p>", logo_url)


def saved_page(lang: str, *, email: str, kept: Sequence[str], logo_url: str) -> str:
    t = TEXT[lang]
    who = f"<strong>{escape(email)}</strong>"
    if kept:
        text = t["saved"].format(email=who, lists=escape(", ".join(kept)))
    else:
        text = t["saved_none"].format(email=who)
    return _page(lang, t["saved_title"], f"<p>{text}</p>", logo_url)


def message_page(lang: str, key: str) -> str:
    t = TEXT[lang]
    return _page(lang, t[f"{key}_title"], f"<p>{escape(t[key])}</p>")


def signup_page(lang: str, *, action: str, list_name: str, sender: str, stamp: str) -> str:
    """The hosted sign-up form: name, email, the consent sentence, a field people do not
    see (a bot fills it) and a signed time stamp (a bot posts at once)."""
    t = TEXT[lang]
    consent = t["consent"].format(list=list_name, sender=sender)
    body = (
        f'<form method="post" action="{escape(action)}">'
        f'<label>{escape(t["name"])}<br><input name="name" maxlength="200" '
        'autocomplete="name" style="width:100%"></label>'
        f'<label>{escape(t["email"])}<br><input name="email" type="email" required '
        'maxlength="320" autocomplete="email" style="width:100%"></label>'
        '<div style="position:absolute;left:-10000px" aria-hidden="true">'
        '<label>Website <input name="website" tabindex="-1" autocomplete="off"></label></div>'
        f'<input type="hidden" name="stamp" value="{escape(stamp)}">'
        f'<label><input type="checkbox" name="consent" value="yes" required> '
        f"{escape(consent)}</label>"
        f'<button class="main" type="submit">{escape(t["signup_button"])}</button></form>'
    )
    return _page(lang, t["signup_title"].format(list=list_name), body)


def confirm_page(lang: str, *, action: str) -> str:
    t = TEXT[lang]
    body = (
        f'<form method="post" action="{escape(action)}">'
        f'<button class="main" type="submit">{escape(t["confirm_button"])}</button></form>'
    )
    return _page(lang, t["confirm_title"], body)
