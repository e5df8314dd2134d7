"""The interface's language: the system locale or the one chosen in View > Language, loaded from
compiled Qt translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from designer.core.presets import load_preset
from designer.ui import languages
from designer.ui.main_window import MainWindow
from tests.ui.windows import forget_edits, isolate_window

#: One translated string, in the format ``pyside6-lupdate`` writes.
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    isolate_window(tmp_path, monkeypatch)
    monkeypatch.setattr(languages, "translations_folder", lambda: tmp_path / "i18n")


def compile_translation(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    (folder / "zh_CN.ts").write_text(TS, encoding="utf-8")
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    subprocess.run([tool, str(folder / "zh_CN.ts"), "-qm", str(folder / "zh_CN.qm")], check=True)


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("de_DE", "en")],
)
def test_the_system_locale_picks_the_language(locale, language):
    assert languages.system_language(QLocale(locale)) == language


def test_only_languages_that_ship_are_offered_and_chosen(tmp_path, monkeypatch):
    monkeypatch.setattr(languages, "system_language", lambda: "zh_CN")
    assert languages.available_languages() == ["en"]
    assert languages.chosen_language() == "en"  # Chinese is wanted, but its translation does not ship
    compile_translation(tmp_path / "i18n")
    assert languages.available_languages() == ["en", "zh_CN"]
    assert languages.chosen_language() == "zh_CN"
    QSettings().setValue(languages.SETTING, "en")
    assert languages.chosen_language() == "en"


def test_an_installed_translation_shows_in_the_window(qtbot, tmp_path):
    compile_translation(tmp_path / "i18n")
    translators = languages.install_translators("zh_CN")
    try:
        window = MainWindow(load_preset("lenet5"))
        qtbot.addWidget(window, before_close_func=forget_edits)
        titles = [action.text() for action in window.menuBar().actions()]
        assert "视图(&V)" in titles
        assert "&File" in titles  # not in this translation: it stays English
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _language_options(window: MainWindow) -> dict[str, QAction]:
    view = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    menu = next(action.menu() for action in view.actions() if action.text() == "&Language")
    return {action.text(): action for action in menu.actions()}


def test_view_language_remembers_the_choice_for_the_next_start(qtbot, tmp_path, monkeypatch):
    compile_translation(tmp_path / "i18n")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No
    )
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    options = _language_options(window)
    assert list(options) == ["System language", "English", "简体中文"]
    assert options["System language"].isChecked()
    options["简体中文"].trigger()
    assert QSettings().value(languages.SETTING) == "zh_CN"
    assert options["简体中文"].isChecked()
    assert asked == ["The new language shows when cnn-designer starts again. Restart it now?"]
    assert window.statusBar().currentMessage() == "The new language shows when cnn-designer starts again."
    options["System language"].trigger()
    assert QSettings().value(languages.SETTING) is None
    options["English"].trigger()  # the language shown already: nothing to restart for
    assert len(asked) == 1


def test_choosing_a_language_can_restart_the_window_in_it(qtbot, tmp_path, monkeypatch):
    compile_translation(tmp_path / "i18n")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    started = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, arguments: started.append([program, *arguments])
    )
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.show()
    saved = tmp_path / "mine.cnnd"
    window.files.path = saved
    _language_options(window)["简体中文"].trigger()
    assert not window.isVisible()
    assert started == [[sys.executable, "-m", "designer", "gui", str(saved)]]
    assert QSettings().value(languages.SETTING) == "zh_CN"
