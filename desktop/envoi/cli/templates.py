"""`envoi templates ...`: the template library, render and check, headless."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from envoi.cli.common import print_json
from envoi.contacts.service import ContactService
from envoi.errors import NotFoundError
from envoi.message.headers import clean
from envoi.message.links import check_https_url
from envoi.store.engine import Store
from envoi.store.settings import get_dict, put_setting
from envoi.templates.library import SENDER_SETTING, TemplateService, load_sender, resolve
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, MergeDict, contact_values

PREVIEW_UNSUBSCRIBE = "https://unsubscribe.invalid/preview"
PREVIEW_VIEW_ONLINE = "https://view.invalid/preview"


def _contact(store: Store, email: str | None) -> tuple[MergeDict, int | None]:
    if not email:
        return SAMPLE_CONTACT, None
    record = ContactService(store).find(email)
    if record is None:
        raise NotFoundError(
            f"There is no contact {email}.", "Check the address, or leave out --contact."
        )
    values = contact_values(
        record.email, record.first_name, record.last_name, record.fields, record.tags,
        record.lists,
    )  # fmt: skip
    return values, record.id


def _render(args: argparse.Namespace, store: Store) -> int:
    from envoi.message.contact_token import token_key
    from envoi.message.links import LinkSet
    from envoi.message.skeleton import MessageSkeleton
    from envoi.message.spec import MessageSettings, Recipient
    from envoi.sending.runner import sender_links
    from envoi.templates.merge import build_context
    from envoi.templates.render import CampaignTemplate

    template = resolve(store, args.template)
    sender = load_sender(store, args)
    contact, contact_id = _contact(store, args.contact)
    recipient = Recipient(email=contact["email"], name=contact["full_name"], contact_id=contact_id)
    if args.unsubscribe_url is None:  # the links a real send would give this contact
        with store.session() as session:
            key = token_key(session)
        links = sender_links(store, sender, key, from_email=sender.email)(recipient)
    else:
        links = LinkSet(args.unsubscribe_url, (args.unsubscribe_url,), one_click=True)
    recipient = replace(
        recipient,
        unsubscribe_url=links.unsubscribe_url,
        list_unsubscribe=links.list_unsubscribe,
        one_click=links.one_click,
    )
    compiled = CampaignTemplate(template.source)
    ctx = build_context(contact, Campaign(template.name), sender, links.unsubscribe_url)
    content = compiled.render(ctx)
    if args.part == "html":
        sys.stdout.write(content.html)
    elif args.part == "text":
        sys.stdout.write(content.text)
    elif args.part == "subject":
        print(content.subject)
    else:
        skeleton = MessageSkeleton(
            MessageSettings(sender.email, sender.name), html=bool(content.html)
        )
        raw = skeleton.build(recipient, content)
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()
    if content.missing:
        print(f"note: missing or empty values: {', '.join(sorted(content.missing))}",
              file=sys.stderr)  # fmt: skip
    return 0


def _check(args: argparse.Namespace, store: Store) -> int:
    from envoi.templates.audience import check_audience, load_audience
    from envoi.templates.checks import check_content
    from envoi.templates.merge import build_context
    from envoi.templates.render import CampaignTemplate

    template = resolve(store, args.template)
    sender = load_sender(store, args)
    compiled = CampaignTemplate(template.source)
    contact, _ = _contact(store, args.contact)
    campaign = Campaign(template.name)
    content = compiled.render(
        build_context(contact, campaign, sender, PREVIEW_UNSUBSCRIBE, PREVIEW_VIEW_ONLINE)
    )
    report = check_content(
        content, unsubscribe_url=PREVIEW_UNSUBSCRIBE, postal_address=sender.postal_address
    )
    link_status = []
    if args.check_links:
        from envoi.templates.checks import check_links

        link_status = check_links(report.links)
    audience = None
    if not args.no_audience:
        audience = check_audience(compiled, load_audience(store, args.segment), campaign, sender)
    if args.json:
        print_json(
            {
                "template": template.name,
                "issues": [asdict(i) for i in report.issues],
                "links": [asdict(link) for link in report.links],
                "link_status": [asdict(status) for status in link_status],
                "html_bytes": report.html_bytes,
                "text_bytes": report.text_bytes,
                "audience": asdict(audience) if audience else None,
            }
        )
    else:
        print(f"Template “{template.name}”: HTML {report.html_bytes} bytes, "
              f"text {report.text_bytes} bytes")  # fmt: skip
        for issue in report.issues:
            print(
                f"  [{issue.severity}] {issue.message}"
                + (f" ({issue.detail})" if issue.detail else "")
            )
        if not report.issues:
            print("  no content issue")
        print(f"Links ({len(report.links)}):")
        for link in report.links:
            print(f"  {link.text or '(no text)'} -> {link.href}")
        for status in link_status:
            state = "ok" if status.ok else f"BROKEN ({status.status or status.error})"
            print(f"  {state}: {status.href}")
        if audience is not None:
            print(f"Audience: {audience.contacts} contacts checked in {audience.seconds:.2f} s")
            for missing in audience.missing:
                if missing.handled:
                    print(f"  {missing.count} without “{missing.field}” "
                          "(the template handles it: {% if %} or default)")  # fmt: skip
                    continue
                print(
                    f"  {missing.count} without “{missing.field}”: "
                    f"{', '.join(missing.examples[:5])}" + (" ..." if missing.count > 5 else "")
                )
            for failure in audience.failures:
                print(f"  {failure.count} fail to render: {failure.message}")
    errors = [i for i in report.issues if i.severity == "error"]
    return 1 if errors or (audience is not None and audience.failures) else 0


def _list(args: argparse.Namespace, store: Store) -> int:
    records = TemplateService(store).list()
    if args.json:
        print_json([{"id": r.id, "name": r.name, "subject": r.subject} for r in records])
    for record in [] if args.json else records:
        print(f"{record.id:>4}  {record.name}  —  {record.subject}")
    return 0


def _import(args: argparse.Namespace, store: Store) -> int:
    subject = None if args.subject is None else clean(args.subject, "subject")
    record = TemplateService(store).import_file(Path(args.file), args.name, subject)
    print(f"imported “{record.name}”")
    return 0


def _export(args: argparse.Namespace, store: Store) -> int:
    TemplateService(store).export_file(args.template, Path(args.file))
    print(f"exported to {args.file}")
    return 0


def _samples(args: argparse.Namespace, store: Store) -> int:
    added = TemplateService(store).install_samples(args.language)
    print(f"{len(added)} sample template(s) added" + (": " if added else "")
          + ", ".join(r.name for r in added))  # fmt: skip
    return 0


def _delete(args: argparse.Namespace, store: Store) -> int:
    TemplateService(store).delete(args.template)
    return 0


_SENDER_KEYS = ("name", "email", "postal_address", "company", "bounce_address", "unsubscribe_url")


def _sender(args: argparse.Namespace, store: Store) -> int:
    with store.session() as session:
        value = get_dict(session, SENDER_SETTING)
        for key in _SENDER_KEYS:
            given = getattr(args, key)
            if given is not None:
                value[key] = clean(given, f"sender {key.replace('_', ' ')}")
        value["unsubscribe_url"] = check_https_url(str(value.get("unsubscribe_url", "")))
        put_setting(session, SENDER_SETTING, value)
    print_json(value)
    return 0


def _sender_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from-email", help="sender address (default: the saved sender)")
    parser.add_argument("--from-name", help="sender name")
    parser.add_argument("--postal-address", help="sender postal address")


def register(sub: Any) -> None:
    parser = sub.add_parser("templates", help="template library, render and content checks")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    p = actions.add_parser("render", help="print the message for one contact")
    p.add_argument("template", help="a template name in the library, or an .html/.json file")
    p.add_argument("--contact", metavar="EMAIL", help="a contact's address (default: a sample)")
    p.add_argument("--part", choices=["message", "html", "text", "subject"], default="message")
    p.add_argument(
        "--unsubscribe-url", help="show this unsubscribe link (default: the one a send gives)"
    )
    _sender_options(p)
    p.set_defaults(handler=_render)

    p = actions.add_parser("check", help="content checks and missing merge values")
    p.add_argument("template")
    p.add_argument("--segment", metavar="NAME", help="check this saved segment's contacts")
    p.add_argument("--contact", metavar="EMAIL", help="render the content checks for this one")
    p.add_argument("--no-audience", action="store_true", help="skip the whole-audience pass")
    p.add_argument("--check-links", action="store_true", help="also request each link (network)")
    p.add_argument("--json", action="store_true")
    _sender_options(p)
    p.set_defaults(handler=_check)

    p = actions.add_parser("list", help="templates in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = actions.add_parser("import", help="add an .html or .json template file")
    p.add_argument("file")
    p.add_argument("--name", help="the template's name (default: the file's)")
    p.add_argument("--subject", help="the template's subject (default: the file's, or its <title>)")
    p.set_defaults(handler=_import)
    p = actions.add_parser("export", help="write a template to an .html or .json file")
    p.add_argument("template")
    p.add_argument("file")
    p.set_defaults(handler=_export)
    p = actions.add_parser("samples", help="add the shipped sample templates")
    p.add_argument(
        "--language",
        default="",
        help="en, fr or all (default: ENVOI_LANG, else the system's language; English "
        "unless French)",
    )
    p.set_defaults(handler=_samples)
    p = actions.add_parser("delete", help="remove a template from the library")
    p.add_argument("template")
    p.set_defaults(handler=_delete)
    p = actions.add_parser("sender", help="set the sender shown in templates")
    for key in ("name", "email", "postal_address", "company"):
        p.add_argument(f"--{key.replace('_', '-')}", dest=key)
    p.add_argument(
        "--bounce-address",
        help="where unsubscribe mail goes: the address the bounce mailbox receives "
        "(default: the bounce mailbox's user name, else the campaign's Reply-To or From)",
    )
    p.add_argument(
        "--unsubscribe-url",
        help="your HTTPS unsubscribe page; each recipient's token is added as ?t= "
        "(or where {token} stands). Empty: unsubscribe by mail",
    )
    p.set_defaults(handler=_sender)
