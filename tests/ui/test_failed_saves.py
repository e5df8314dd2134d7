"""Saving from the window onto a full disk: the user is told in one message naming the file, the
previous file stays as it was, no edit is lost or marked saved, and the next save works."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from designer.core.presets import load_preset
from designer.core.project import load_document
from designer.ui.main_window import MainWindow
from tests.faults import fill_the_disk
from tests.ui.windows import forget_edits, isolate_window

FULL_DISK = (
    "{} was not saved: the disk is full. Any file already there is unchanged; "
    "free some space or choose another place, then save again."
)


def _window(qtbot, tmp_path, monkeypatch) -> tuple[MainWindow, list[str]]:
    isolate_window(tmp_path, monkeypatch)
    window = MainWindow(load_preset("lenet5"))
    qtbot.addWidget(window, before_close_func=forget_edits)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    return window, warnings


def test_a_project_save_on_a_full_disk_keeps_the_file_and_the_edits(qtbot, tmp_path, monkeypatch):
    window, warnings = _window(qtbot, tmp_path, monkeypatch)
    target = tmp_path / "mine.cnnd"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save()
    before = target.read_bytes()

    window.document.set_param(0, "filters", 13)
    with monkeypatch.context() as disk:
        fill_the_disk(disk)
        assert not window.files.save()
    assert warnings == [FULL_DISK.format(target)]
    assert target.read_bytes() == before
    assert window.document.modified
    assert window.isWindowModified()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []

    assert window.files.save()
    assert load_document(target).layers[0].params["filters"] == 13
    assert not window.document.modified


def test_a_diagram_export_on_a_full_disk_keeps_the_previous_picture(qtbot, tmp_path, monkeypatch):
    window, warnings = _window(qtbot, tmp_path, monkeypatch)
    target = tmp_path / "network.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_diagram()
    before = target.read_bytes()
    assert before.startswith(b"\x89PNG")

    window.document.set_param(0, "filters", 13)
    with monkeypatch.context() as disk:
        fill_the_disk(disk)
        window.export_diagram()
    assert warnings == [FULL_DISK.format(target)]
    assert target.read_bytes() == before
