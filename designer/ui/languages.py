"""The interface's language: Qt translations from ``resources/i18n``, chosen by the system locale
unless View > Language says otherwise (remembered in QSettings, applied at the next start).

Translation sources are ``resources/i18n/<language>.ts``, made with ``pyside6-lupdate`` and compiled
to ``.qm`` with ``pyside6-lrelease``; a language appears in the menu once its ``.qm`` ships.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from designer.core.data_files import data_folder

#: Every language the interface may be shown in, by its own name (never translated).
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
#: The QSettings key of the chosen language; absent means the system's.
SETTING = "language"
#: The application property holding the language the window was started in.
SHOWN = "cnn_designer_language"
#: Chinese locales written in Traditional characters.
_TRADITIONAL = ("zh_TW", "zh_HK", "zh_MO")


def translations_folder() -> Path:
    return data_folder("resources") / "i18n"


def available_languages() -> list[str]:
    """English, and each language whose compiled translation ships."""
    return [code for code in LANGUAGES if code == "en" or (translations_folder() / f"{code}.qm").is_file()]


def system_language(locale: QLocale | None = None) -> str:
    """The language of ``locale`` (the system's by default) among :data:`LANGUAGES`."""
    name = (locale or QLocale.system()).name()
    if name.startswith("zh"):
        traditional = name in _TRADITIONAL or QLocale(name).script() == QLocale.Script.TraditionalHanScript
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def chosen_language() -> str:
    """The language to show: the one chosen in View > Language, else the system's; English when
    that one does not ship."""
    chosen = QSettings().value(SETTING)
    language = chosen if isinstance(chosen, str) and chosen in LANGUAGES else system_language()
    return language if language in available_languages() else "en"


def shown_language() -> str:
    """The language the window shows: the one it was started in."""
    app = QCoreApplication.instance()
    shown = app.property(SHOWN) if app is not None else None
    return shown if isinstance(shown, str) else "en"


def install_translators(language: str) -> list[QTranslator]:
    """Load ``language``'s translation, and Qt's own for its dialogs' buttons, into the application;
    the translators are returned to be kept alive."""
    if language == "en":
        return []
    qt_folder = str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    installed = []
    # Qt ships its own wording as qtbase_* for some languages and as the older qt_* for others.
    for names, folder in (
        ([language], str(translations_folder())),
        ([f"qtbase_{language}", f"qt_{language}"], qt_folder),
    ):
        translator = QTranslator()
        loaded = any(translator.load(name, folder) for name in names)
        if loaded and QCoreApplication.installTranslator(translator):
            installed.append(translator)
    return installed


def language_menu(parent: QWidget, on_chosen: Callable[[str], None] | None = None) -> QMenu:
    """View > Language: the system's language or one of those that ship; the choice is remembered
    and applies at the next start. ``on_chosen`` hears of a choice that changes the language shown."""
    menu = QMenu(QCoreApplication.translate("languages", "&Language"), parent)
    group = QActionGroup(menu)
    chosen = QSettings().value(SETTING)
    options = [("", QCoreApplication.translate("languages", "System language"))]
    options += [(code, LANGUAGES[code]) for code in available_languages()]
    for code, title in options:
        action = QAction(title, menu, checkable=True)
        action.setChecked(code == (chosen if isinstance(chosen, str) else ""))
        action.triggered.connect(lambda _checked=False, code=code: _choose(code, on_chosen))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(code: str, on_chosen: Callable[[str], None] | None) -> None:
    if code:
        QSettings().setValue(SETTING, code)
    else:
        QSettings().remove(SETTING)
    if on_chosen is not None and chosen_language() != shown_language():
        on_chosen(code)
