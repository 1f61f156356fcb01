"""The contact editor: saves a new contact, edits one, and shows validation messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from envoi.ui.views.contacts.contact_editor_dialog import ContactEditorDialog

TIMEOUT = 5000


def _open(qtbot, window, contact_id):  # type: ignore[no-untyped-def]
    """The editor as the window opens it (Ctrl+N, or a double-click's edit_contact)."""
    contacts = window.page("contacts")
    if contact_id is None:
        window.new_action.trigger()
    else:
        contacts.contact_actions.edit_contact(contact_id)
    dialogs = contacts.findChildren(ContactEditorDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(
        lambda: dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled(),
        timeout=TIMEOUT,
    )
    return dialog


def test_new_contact_is_saved_with_fields_tags_and_lists(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    services.contacts.create_list("Clients")
    services.contacts.define_field("Birthday", "date")
    services.contacts.define_field("Loyal", "boolean")
    dialog = _open(qtbot, window, None)
    # QTest cannot type non-ASCII keys (it aborts): accented text is set directly.
    dialog.email.setText("Zoé.Lefèvre@Example.FR")
    dialog.first_name.setText("Zoé")
    dialog.last_name.setText("Lefèvre")
    qtbot.keyClicks(dialog.tags, "vip, paris")
    birthday = dialog._field_editors["birthday"][1]
    assert isinstance(birthday, QLineEdit)
    birthday.setText("31/03/1990")
    loyal = dialog._field_editors["loyal"][1]
    assert isinstance(loyal, QCheckBox)
    loyal.setCheckState(Qt.CheckState.Checked)
    dialog.lists.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.contact_saved, timeout=TIMEOUT) as blocker:
        dialog.buttons.accepted.emit()
    record = services.contacts.get(blocker.args[0])
    assert record.email == "Zoé.Lefèvre@example.fr"
    assert (record.first_name, record.last_name) == ("Zoé", "Lefèvre")
    assert set(record.tags) == {"vip", "paris"}
    assert record.lists == ("Clients",)
    assert record.fields["birthday"] == "1990-03-31"
    assert record.fields["loyal"] is True
    contacts = window.page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 3001, timeout=TIMEOUT)


def test_invalid_address_shows_a_message_and_keeps_the_dialog(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window, None)
    dialog.buttons.accepted.emit()
    assert "Enter an email address" in dialog.message.text()
    qtbot.keyClicks(dialog.email, "not an address")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(
        lambda: dialog.message.isVisible() and "Enter" not in dialog.message.text(), timeout=TIMEOUT
    )
    assert dialog.isVisible()
    assert services.contacts.find("camille@example.com") is None


def test_duplicate_address_is_refused(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    existing = services.contacts.add("dup@example.com", "Jean", "Dupont")
    dialog = _open(qtbot, window, None)
    qtbot.keyClicks(dialog.email, "DUP@example.com")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "already" in dialog.message.text(), timeout=TIMEOUT)
    assert services.contacts.get(existing.id).first_name == "Jean"


def test_edit_changes_name_and_status(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    record = services.contacts.add("harry.jones@example.co.uk", "Harry", "Jones", tags=["uk"])
    dialog = _open(qtbot, window, record.id)
    assert dialog.email.text() == "harry.jones@example.co.uk"
    assert dialog.tags.text() == "uk"
    dialog.first_name.setText("Henry")
    dialog.status.setCurrentIndex(dialog.status.findData("unsubscribed"))
    with qtbot.waitSignal(dialog.contact_saved, timeout=TIMEOUT):
        dialog.buttons.accepted.emit()
    after = services.contacts.get(record.id)
    assert after.first_name == "Henry"
    assert after.status == "unsubscribed"
    assert after.tags == ("uk",)
