"""The Chinese interfaces: every string the window shows is translated, the shipped translations are
complete and compiled from their sources, and errors read in the interface's language while the
command line keeps English."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTabWidget

from designer.core.errors import FormatError
from designer.core.fileformat import load_architecture
from designer.core.phrases import phrase
from designer.core.presets import load_preset, preset_names
from designer.ui import languages
from designer.ui.main_window import MainWindow
from designer.ui.messages import write_failure
from designer.ui.search_space_table import SearchSpaceTable
from designer.ui.translation import error_text, translated, translated_without
from tests.ui.visible_text import NAMES, english_words, untranslated
from tests.ui.windows import forget_edits, isolate_window

CHINESE = ("zh_CN", "zh_TW")
ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
_PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def _tool(name: str) -> str:
    tool = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed")
    return tool


def _messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, translation type, translation) of each message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (name, message.findtext("source") or "", translation.get("type"), translation.text or "")
            )
    return found


@pytest.fixture(params=CHINESE)
def language(request, qapp, tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)
    translators = languages.install_translators(request.param)
    assert translators, f"no translation of {request.param} ships"
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_every_view_menu_and_panel_is_translated(language, qtbot, tmp_path):
    architecture = load_preset("lenet5")
    window = MainWindow(architecture)
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.resize(1400, 900)
    window.show()
    names = {layer.name for layer in architecture.layers} | {
        load_preset(name).name for name in preset_names()
    }
    # An impossible layer, so a reason and its fixes show on the card, in the summary and in the editor.
    window.document.set_param(0, "kernel_size", 40)
    found: dict[str, list[str]] = {}
    window.network.setCurrentIndex(window.network.model().index(0, 0))  # the input's settings
    qtbot.wait(20)
    found |= untranslated(window, names)
    window.network.setCurrentIndex(window.network.model().index(1, 0))
    for view in ("design", "train", "inspect", "tune"):
        window.show_view(view)
        if view == "train":
            qtbot.waitUntil(lambda: window.train_view().dataset.grid.isVisible(), timeout=60_000)
        qtbot.wait(50)
        found |= untranslated(window, names)
        for tabs in [tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisible()]:
            for index in range(tabs.count()):  # every page of the view's inner tabs
                tabs.setCurrentIndex(index)
                qtbot.wait(20)
                found |= untranslated(window, names)
    assert found == {}


@pytest.mark.parametrize("language_code", CHINESE)
def test_the_shipped_translations_are_complete_and_compiled_from_their_sources(language_code, tmp_path):
    """lupdate run on today's code finds no string without a translation, each translation keeps
    its source's placeholders, and the shipped .qm is what lrelease makes of the .ts."""
    source = I18N / f"{language_code}.ts"
    fresh = tmp_path / source.name
    shutil.copy(source, fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=phrase", "-extensions", "py"]
        + [str(ROOT / "designer"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    messages = [m for m in _messages(fresh) if m[2] not in ("obsolete", "vanished")]
    assert [(context, text) for context, text, kind, _ in messages if kind == "unfinished"] == []
    assert len(messages) == len([m for m in _messages(source) if m[2] not in ("obsolete", "vanished")])
    for context, text, _kind, translation in messages:
        assert sorted(_PLACEHOLDER.findall(translation)) == sorted(_PLACEHOLDER.findall(text)), (
            context,
            text,
        )
    compiled = tmp_path / f"{language_code}.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (I18N / f"{language_code}.qm").read_bytes()


def test_errors_read_in_the_interface_language_and_stay_english_for_the_command_line(language, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "cnn-designer/architecture", "version": 1, "input": [1, 28, 28], "layers": 3}'
    )
    with pytest.raises(FormatError) as caught:
        load_architecture(broken)
    english = str(caught.value)
    shown = error_text(caught.value)
    assert english.isascii()
    assert shown != english
    assert str(broken) in shown
    assert re.search(r"[\u4e00-\u9fff]", shown)
    result = subprocess.run(
        [sys.executable, "-m", "designer", "summary", str(broken)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LANG": f"{language}.UTF-8", "LC_ALL": f"{language}.UTF-8", "LANGUAGE": language},
    )
    assert result.returncode != 0
    assert result.stderr.strip().isascii()
    assert english.split(": ", 1)[-1] in result.stderr


def test_the_walk_finds_english_where_no_translation_is_loaded(qtbot, tmp_path, monkeypatch):
    """The check above can fail: without a translation the same walk flags the window's English."""
    isolate_window(tmp_path, monkeypatch)
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.show()
    found = untranslated(window)
    assert any("Output shape" in where for where in found)
    assert any("Slides learned kernels over the input" in where for where in found)


def test_phrases_are_translated_with_their_values_and_fall_back_to_english(language):
    text = phrase("{label}: {error}").format(
        label=phrase("layer {number} ({kind})").format(number=2, kind="Conv2D"),
        error=phrase("groups ({groups}) must divide the {channels} input channels").format(
            groups=4, channels=6
        ),
    )
    shown = translated(text)
    assert [word for word in ("Conv2D", "2", "4", "6") if word not in shown] == []
    assert english_words(shown, NAMES) == []
    assert translated_without(text, "label") == translated(text.values["error"])
    assert translated(phrase("a text no translation holds")) == "a text no translation holds"
    assert translated("plain text is shown as it is") == "plain text is shown as it is"


def test_the_window_asks_and_tells_in_the_interface_language(language, qtbot, monkeypatch):
    """The question about unsaved edits, with Qt's own buttons, and the About box."""
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.document.set_param(0, "filters", 8)
    boxes: list[QMessageBox] = []

    def shown(icon: QMessageBox.Icon, buttons: QMessageBox.StandardButton):
        def show(parent, title, text, *args):
            box = QMessageBox(icon, title, text, args[0] if args else buttons, parent)
            boxes.append(box)
            box.show()
            return QMessageBox.StandardButton.Cancel

        return show

    standard = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "question", shown(QMessageBox.Icon.Question, standard.NoButton))
    monkeypatch.setattr(QMessageBox, "about", shown(QMessageBox.Icon.Information, standard.Ok))
    assert not window.files.maybe_save()
    window.about()
    assert [box.buttons() != [] for box in boxes] == [True, True]
    for box in boxes:
        assert untranslated(box) == {}
        box.close()


def test_a_failed_save_says_why_in_the_interface_language(language, tmp_path):
    shown = write_failure(tmp_path / "mine.cnnd", OSError(errno.ENOSPC, "No space left on device"))
    assert str(tmp_path / "mine.cnnd") in shown
    assert english_words(shown, NAMES) == []


def test_values_that_read_as_no_knob_are_explained_in_the_interface_language(language, qtbot):
    table = SearchSpaceTable()
    qtbot.addWidget(table)
    table.set_architecture(load_preset("lenet5"))
    table.set_values("learning_rate", "16, , 32")  # an empty value: neither a list nor a range
    shown = table.table.item(0, table.PROBLEM).text()
    assert "16, 32, 64" in shown
    assert english_words(shown, NAMES) == []
