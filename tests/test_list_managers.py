"""Edit → Manage tags… and View → Saved views → Manage views…: with nothing to manage the dialog
says how entries come to be and its entry buttons are disabled (they used to be enabled and do
nothing); once an entry is chosen they act on it."""
from __future__ import annotations

from ukjp_desktop.store import annotations as ann
from ukjp_desktop.store import saved_views as sv
from ukjp_desktop.core.filters import Filter
from ukjp_desktop.ui.browse.saved_views_dialog import ViewManager
from ukjp_desktop.ui.detail.annotator import Annotator
from ukjp_desktop.ui.detail.tag_manager import TagManager


def _buttons(dialog) -> dict[str, bool]:
    return {b.text(): b.isEnabled() for b in dialog.entry_buttons}


def test_an_empty_tag_manager_says_how_tags_come_and_offers_no_action(qtbot, library):
    dialog = TagManager(Annotator(library.engine))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 0
    assert _buttons(dialog) == {"Rename…": False, "Delete": False, "Colour…": False}
    assert dialog.empty_note.isVisible() and "Add a tag" in dialog.empty_note.text()


def test_a_chosen_tag_enables_its_buttons(qtbot, library):
    slug = library.catalog.slugs()[0]
    ann.tag(library.engine, slug, "<b>watch</b>")
    dialog = TagManager(Annotator(library.engine))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1 and not dialog.empty_note.isVisible()
    assert not any(_buttons(dialog).values())           # nothing chosen yet
    dialog.list.setCurrentRow(0)
    assert all(_buttons(dialog).values()) and dialog.current() == "<b>watch</b>"
    dialog.annotator.delete_tag("<b>watch</b>")         # the list reloads empty: back to the hint
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=20000)
    assert not any(_buttons(dialog).values()) and dialog.empty_note.isVisible()


def test_the_saved_views_manager_behaves_alike(qtbot, library):
    dialog = ViewManager(library.engine, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not any(_buttons(dialog).values()) and "Save current view" in dialog.empty_note.text()
    assert dialog.empty_note.isVisible()
    sv.save_view(library.engine, "Quantum only", Filter(text="quantum"), "name", False)
    dialog.reload()
    dialog.list.setCurrentRow(0)
    assert all(_buttons(dialog).values()) and not dialog.empty_note.isVisible()
