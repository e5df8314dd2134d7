"""The training settings as a form, generated from their declarations like the layer properties.

The data set has its own panel; the device is a list of what exists here, found on a pool thread
because asking means importing torch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from designer.core.params import Param, ParamError, Value
from designer.core.training import SECTIONS, TrainingSettings, training_params, unused_settings
from designer.ui.engine_imports import engine_imports
from designer.ui.param_widgets import ParamEditor, editor_for
from designer.ui.translation import translated


class _Found(QObject):
    devices = Signal(object)  # list of (name, label)


class _DeviceQuery(QRunnable):
    def __init__(self, found: _Found) -> None:
        super().__init__()
        self.found = found

    def run(self) -> None:
        with engine_imports():
            from designer.engine.devices import available_devices

        self.found.devices.emit([(device.name, translated(device.label)) for device in available_devices()])


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


class TrainSettingsForm(QWidget):
    """``settings_edited`` carries the new settings after the user changes one field.

    Settings that the others make irrelevant (momentum under adam, say) are greyed out.
    """

    settings_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = TrainingSettings()
        self.editors: dict[str, ParamEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.device = QComboBox()
        self.device.setToolTip(self.tr("Where to train: auto picks a GPU when there is one"))
        self.device.addItem(self.tr("auto (the best available)"), "auto")
        self.device.activated.connect(self._on_device_activated)
        params = {param.name: param for param in training_params()}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for section, names in SECTIONS:
            layout.addRow(_heading(translated(section)))
            for name in names:
                param = params[name]
                label = QLabel(translated(param.label))
                label.setToolTip(translated(param.help))
                self.labels[name] = label
                layout.addRow(label, self.device if name == "device" else self._editor(param))
        self._found = _Found()
        self._found.devices.connect(self.set_devices)
        QThreadPool.globalInstance().start(_DeviceQuery(self._found))
        self._show_unused()

    def _editor(self, param: Param) -> ParamEditor:
        editor = editor_for(param, self)
        editor.setToolTip(translated(param.help))
        editor.value_edited.connect(lambda value, param=param: self._on_editor_value_edited(param, value))
        self.editors[param.name] = editor
        return editor

    def set_devices(self, devices: list[tuple[str, str]]) -> None:
        """The devices that exist, as (name, label) pairs; ``auto`` stays first."""
        while self.device.count() > 1:
            self.device.removeItem(1)
        for name, label in devices:
            self.device.addItem(label, name)
        self._show_device()

    def settings(self) -> TrainingSettings:
        return self._settings

    def set_settings(self, settings: TrainingSettings) -> None:
        """Show ``settings`` without reporting an edit; fields already showing their value stay untouched."""
        self._settings = settings
        for name, editor in self.editors.items():
            value = getattr(settings, name)
            if editor.value() != value:
                editor.set_value(value)
        self._show_device()
        self._show_unused()

    def _show_unused(self) -> None:
        unused = unused_settings(self._settings)
        for name, editor in self.editors.items():
            editor.setEnabled(name not in unused)
            self.labels[name].setEnabled(name not in unused)

    def _show_device(self) -> None:
        index = self.device.findData(self._settings.device)
        if index < 0:  # e.g. cuda:1 from a file, on a machine without it: keep it visible
            self.device.addItem(self._settings.device, self._settings.device)
            index = self.device.count() - 1
        self.device.setCurrentIndex(index)

    def _edit(self, name: str, value: Value) -> None:
        try:
            settings = self._settings.with_values(**{name: value})
        except ParamError:
            return  # an editor never offers an invalid value; nothing to apply
        self._settings = settings
        self._show_unused()
        self.settings_edited.emit(settings)

    def _on_editor_value_edited(self, param: Param, value: Value) -> None:
        self._edit(param.name, value)

    def _on_device_activated(self, index: int) -> None:
        self._edit("device", self.device.itemData(index))
