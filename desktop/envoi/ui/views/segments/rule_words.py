"""A rule tree in the window's language: field and operator names, and the rules in words.

``envoi.segments.rules.describe`` says the same in English for the command line; the window
says it here, through Qt's translation (context "RuleWords").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate

from envoi.segments.rules import CUSTOM_PREFIX, DAY_OPS, Condition, Group, Node
from envoi.ui.i18n import QT_TRANSLATE_NOOP
from envoi.ui.models.contacts_model import status_title
from envoi.ui.widgets.locale_format import editor_date_format

FIELD_TITLES = {
    "email": QT_TRANSLATE_NOOP("RuleWords", "Email"),
    "domain": QT_TRANSLATE_NOOP("RuleWords", "Email domain"),
    "first_name": QT_TRANSLATE_NOOP("RuleWords", "First name"),
    "last_name": QT_TRANSLATE_NOOP("RuleWords", "Last name"),
    "status": QT_TRANSLATE_NOOP("RuleWords", "Status"),
    "created_at": QT_TRANSLATE_NOOP("RuleWords", "Added on"),
    "consent_source": QT_TRANSLATE_NOOP("RuleWords", "Consent source"),
    "consent_method": QT_TRANSLATE_NOOP("RuleWords", "Consent method"),
    "consent_at": QT_TRANSLATE_NOOP("RuleWords", "Consent date"),
    "tag": QT_TRANSLATE_NOOP("RuleWords", "Tag"),
    "list": QT_TRANSLATE_NOOP("RuleWords", "List"),
}

# Operator names as the combo shows them (the value editor follows).
OP_TITLES = {
    "equals": QT_TRANSLATE_NOOP("RuleWords", "is"),
    "not_equals": QT_TRANSLATE_NOOP("RuleWords", "is not"),
    "contains": QT_TRANSLATE_NOOP("RuleWords", "contains"),
    "not_contains": QT_TRANSLATE_NOOP("RuleWords", "does not contain"),
    "starts_with": QT_TRANSLATE_NOOP("RuleWords", "starts with"),
    "ends_with": QT_TRANSLATE_NOOP("RuleWords", "ends with"),
    "is_empty": QT_TRANSLATE_NOOP("RuleWords", "is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("RuleWords", "is not empty"),
    "gt": QT_TRANSLATE_NOOP("RuleWords", "is greater than"),
    "lt": QT_TRANSLATE_NOOP("RuleWords", "is less than"),
    "gte": QT_TRANSLATE_NOOP("RuleWords", "is at least"),
    "lte": QT_TRANSLATE_NOOP("RuleWords", "is at most"),
    "before": QT_TRANSLATE_NOOP("RuleWords", "is before"),
    "after": QT_TRANSLATE_NOOP("RuleWords", "is after"),
    "on": QT_TRANSLATE_NOOP("RuleWords", "is on"),
    "within_last_days": QT_TRANSLATE_NOOP("RuleWords", "is within the last (days)"),
    "not_within_last_days": QT_TRANSLATE_NOOP("RuleWords", "is more than … days ago"),
    "is_true": QT_TRANSLATE_NOOP("RuleWords", "is yes"),
    "is_false": QT_TRANSLATE_NOOP("RuleWords", "is no"),
    "has": QT_TRANSLATE_NOOP("RuleWords", "has"),
    "has_not": QT_TRANSLATE_NOOP("RuleWords", "does not have"),
    "in": QT_TRANSLATE_NOOP("RuleWords", "is in"),
    "not_in": QT_TRANSLATE_NOOP("RuleWords", "is not in"),
}

# Operator -> words of the description; "{v}" is the value.
OP_WORDS = {
    "equals": QT_TRANSLATE_NOOP("RuleWords", "is {v}"),
    "not_equals": QT_TRANSLATE_NOOP("RuleWords", "is not {v}"),
    "contains": QT_TRANSLATE_NOOP("RuleWords", "contains {v}"),
    "not_contains": QT_TRANSLATE_NOOP("RuleWords", "does not contain {v}"),
    "starts_with": QT_TRANSLATE_NOOP("RuleWords", "starts with {v}"),
    "ends_with": QT_TRANSLATE_NOOP("RuleWords", "ends with {v}"),
    "is_empty": QT_TRANSLATE_NOOP("RuleWords", "is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("RuleWords", "is not empty"),
    "gt": QT_TRANSLATE_NOOP("RuleWords", "is greater than {v}"),
    "lt": QT_TRANSLATE_NOOP("RuleWords", "is less than {v}"),
    "gte": QT_TRANSLATE_NOOP("RuleWords", "is at least {v}"),
    "lte": QT_TRANSLATE_NOOP("RuleWords", "is at most {v}"),
    "before": QT_TRANSLATE_NOOP("RuleWords", "is before {v}"),
    "after": QT_TRANSLATE_NOOP("RuleWords", "is after {v}"),
    "on": QT_TRANSLATE_NOOP("RuleWords", "is on {v}"),
    "within_last_days": QT_TRANSLATE_NOOP("RuleWords", "is within the last {v} days"),
    "not_within_last_days": QT_TRANSLATE_NOOP("RuleWords", "is more than {v} days ago"),
    "is_true": QT_TRANSLATE_NOOP("RuleWords", "is yes"),
    "is_false": QT_TRANSLATE_NOOP("RuleWords", "is no"),
    "has": QT_TRANSLATE_NOOP("RuleWords", "has tag {v}"),
    "has_not": QT_TRANSLATE_NOOP("RuleWords", "does not have tag {v}"),
    "in": QT_TRANSLATE_NOOP("RuleWords", "is in list {v}"),
    "not_in": QT_TRANSLATE_NOOP("RuleWords", "is not in list {v}"),
}

DATE_FIELDS = frozenset({"created_at", "consent_at"})


def _translated(source: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("RuleWords", ...) above, translated."""
    return QCoreApplication.translate("RuleWords", source)


def field_title(field: str, labels: Mapping[str, str]) -> str:
    """A built-in field's translated name; a custom field's own label (``labels`` maps
    ``custom:<name>`` to it), else its name."""
    if field.startswith(CUSTOM_PREFIX):
        return labels.get(field) or field[len(CUSTOM_PREFIX) :]
    title = FIELD_TITLES.get(field)
    return _translated(title) if title else field


def op_title(op: str) -> str:
    title = OP_TITLES.get(op)
    return _translated(title) if title else op


def _value_words(cond: Condition, date_fields: frozenset[str]) -> str:
    value = cond.value
    if cond.op in DAY_OPS:
        return str(value)
    if cond.field == "status":
        text = status_title(str(value))
    elif cond.field in date_fields:
        day = QDate.fromString(str(value), "yyyy-MM-dd")
        text = day.toString(editor_date_format()) if day.isValid() else str(value)
    else:
        text = str(value)
    return QCoreApplication.translate("RuleWords", "“{value}”").format(value=text)


def describe(
    node: Node, labels: Mapping[str, str], date_fields: frozenset[str] = DATE_FIELDS
) -> str:
    """The tree in words, e.g. ``City is “Paris” and (Contact has tag “vip” or …)``.

    ``date_fields`` names the fields (built-in and ``custom:…``) whose values are dates."""
    if isinstance(node, Condition):
        template = OP_WORDS.get(node.op)
        words = _translated(template) if template else f"{node.op} {{v}}"
        words = words.format(v=_value_words(node, date_fields))
        if node.field in ("tag", "list"):
            return QCoreApplication.translate("RuleWords", "Contact {words}").format(words=words)
        return f"{field_title(node.field, labels)} {words}"
    if not node.children:
        return QCoreApplication.translate("RuleWords", "All contacts")
    joiner = (
        QCoreApplication.translate("RuleWords", " and ")
        if node.match == "all"
        else QCoreApplication.translate("RuleWords", " or ")
    )
    parts = [
        f"({describe(c, labels, date_fields)})"
        if isinstance(c, Group) and len(c.children) > 1
        else describe(c, labels, date_fields)
        for c in node.children
    ]
    return joiner.join(parts)
