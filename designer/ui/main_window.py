"""The designer window: palette on the left, the network in the centre, properties on the right,
the summary below.  Docks can be rearranged; their layout is remembered."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from designer import __version__
from designer.core.architecture import Architecture, InputSpec
from designer.core.catalogue import GROUPS, kinds_in_group
from designer.core.document import Document
from designer.core.presets import load_preset, preset_names
from designer.core.project import Project
from designer.core.report import format_count
from designer.ui.block_commands import BlockCommands
from designer.ui.containers import column
from designer.ui.diagram_view import DiagramView
from designer.ui.languages import language_menu
from designer.ui.messages import write_failure
from designer.ui.model_export import ModelExport
from designer.ui.network_editor import NetworkEditor
from designer.ui.palette import LayerPalette
from designer.ui.project_files import ProjectFiles
from designer.ui.property_editor import PropertyEditor
from designer.ui.scope_bar import ScopeBar
from designer.ui.style import icon, make_action
from designer.ui.summary_panel import SummaryPanel
from designer.ui.translation import translated

if TYPE_CHECKING:
    from designer.ui.inspect_panel import InspectPanel
    from designer.ui.train_panel import TrainPanel
    from designer.ui.tune_panel import TunePanel


class MainWindow(QMainWindow):
    def __init__(self, architecture: Architecture) -> None:
        super().__init__()
        self.document = Document(architecture)
        self.files = ProjectFiles(self.document, self)
        self.model_export = ModelExport(self)
        self.model_export.done.connect(self._on_model_export_done)
        self.model_export.failed.connect(self._on_model_export_failed)
        self.network = NetworkEditor(self.document)
        self.diagram = DiagramView()
        self.palette_panel = LayerPalette()
        self.properties = PropertyEditor()
        self.properties.set_document(self.document)
        self.summary = SummaryPanel(self.document)
        self.blocks = BlockCommands(self.document, self.network, self)
        self.totals = QLabel()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.scope_bar = ScopeBar(self.document)
        self.network_view = column(self.scope_bar, self.network)
        self.tabs.addTab(self.network_view, icon("design"), self.tr("Network"))
        self.diagram_scroll = QScrollArea()
        self.diagram_scroll.setWidget(self.diagram)
        self.diagram_scroll.setWidgetResizable(True)
        self.tabs.addTab(self.diagram_scroll, icon("diagram"), self.tr("Diagram"))
        #: The Train view is built the first time it is shown: it loads plotting and, later, torch.
        self.train_panel: TrainPanel | None = None
        self.train_placeholder = QWidget()
        #: The design docks the Train view hid, to show again on leaving it.
        self._hidden_docks: list[QDockWidget] | None = None
        self.tabs.addTab(self.train_placeholder, icon("train"), self.tr("Train"))
        #: The Inspect view, also built on first use.
        self.inspect_panel: InspectPanel | None = None
        self.inspect_placeholder = QWidget()
        self.tabs.addTab(self.inspect_placeholder, icon("inspect"), self.tr("Inspect"))
        #: The Tune view (hyperparameter studies), also built on first use.
        self.tune_panel: TunePanel | None = None
        self.tune_placeholder = QWidget()
        self.tabs.addTab(self.tune_placeholder, icon("preset"), self.tr("Tune"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        self.palette_dock = self._dock(
            "palette", self.tr("Layers"), self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.properties_dock = self._dock(
            "properties", self.tr("Properties"), self.properties, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.summary_dock = self._dock(
            "summary", self.tr("Summary"), self.summary, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.resizeDocks([self.palette_dock, self.properties_dock], [230, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.summary_dock], [230], Qt.Orientation.Vertical)
        self.statusBar().addPermanentWidget(self.totals)

        self._build_menus()
        self.palette_panel.kind_activated.connect(self._on_palette_kind_activated)
        self.network.layer_selected.connect(self._on_network_layer_selected)
        self.files.path_changed.connect(self._update_title)
        self.document.subscribe(self._on_document_changed)
        self._on_document_changed(architecture)
        self.network.select_layer(0 if architecture.layers else None)
        self.network.setFocus()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        icon_name: str = "",
    ) -> QAction:
        return make_action(self, text, slot, shortcut, icon_name)

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&New"), self.new_document, keys.New, "new"))
        file.addAction(self._action(self.tr("&Open..."), self.files.open_dialog, keys.Open, "open"))
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Save"), self.files.save, keys.Save, "save"))
        file.addAction(self._action(self.tr("Save &As..."), self.files.save_as, keys.SaveAs, "save_as"))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Import Architecture JSON..."), self.files.import_architecture))
        file.addAction(self._action(self.tr("Import &Keras Model JSON..."), self.files.import_keras))
        file.addAction(self._action(self.tr("&Export Architecture JSON..."), self.files.export_architecture))
        file.addAction(self._action(self.tr("Export &Diagram..."), self.export_diagram, None, "diagram"))
        file.addAction(self._action(self.tr("Export &Trained Model..."), self.export_model, None, "save_as"))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, keys.Quit))

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.document.undo, keys.Undo, "undo")
        self.redo_action = self._action(self.tr("&Redo"), self.document.redo, "Ctrl+Shift+Z", "redo")
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self.rename_action = self._action(self.tr("Re&name"), self.rename_layer, "F2", "rename")
        self.duplicate_action = self._action(
            self.tr("&Duplicate"), self.duplicate_layer, "Ctrl+D", "duplicate"
        )
        self.delete_action = self._action(self.tr("De&lete"), self.delete_layer, keys.Delete, "delete")
        self.move_up_action = self._action(
            self.tr("Move &Up"), lambda: self.move_layer(-1), "Alt+Up", "move_up"
        )
        self.move_down_action = self._action(
            self.tr("Move Do&wn"), lambda: self.move_layer(1), "Alt+Down", "move_down"
        )
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addActions([self.move_up_action, self.move_down_action])
        edit.addSeparator()
        edit.addActions(self.blocks.actions())

        layers = bar.addMenu(self.tr("&Layers"))
        for group in GROUPS:
            submenu = layers.addMenu(translated(group))
            for kind in kinds_in_group(group):
                action = self._action(
                    kind.name, lambda k=kind.name: self.insert_kind(k), None, kind.name_prefix
                )
                action.setStatusTip(translated(kind.description))
                submenu.addAction(action)

        presets = bar.addMenu(self.tr("&Presets"))
        for name in preset_names():
            architecture = load_preset(name)
            action = self._action(
                translated(architecture.name or name), lambda n=name: self.open_preset(n), None, "preset"
            )
            action.setStatusTip(translated(architecture.description))
            action.setToolTip(translated(architecture.description))
            presets.addAction(action)
        presets.setToolTipsVisible(True)

        view = bar.addMenu(self.tr("&View"))
        for dock in (self.palette_dock, self.properties_dock, self.summary_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self._action(self.tr("Show &Network"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1"))
        view.addAction(self._action(self.tr("Show &Diagram"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2"))
        view.addAction(self._action(self.tr("Show &Train"), lambda: self.show_view("train"), "Ctrl+3"))
        view.addAction(self._action(self.tr("Show &Inspect"), lambda: self.show_view("inspect"), "Ctrl+4"))
        view.addAction(self._action(self.tr("Show T&une"), lambda: self.show_view("tune"), "Ctrl+5"))
        view.addSeparator()
        view.addMenu(language_menu(self, self._on_language_chosen))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About cnn-designer"), self.about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.files.recent():
            self.recent_menu.addAction(
                path, lambda p=path: self.files.maybe_save() and self.files.open_path(p)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    # Reacting to the document.
    def _on_document_changed(self, architecture: Architecture) -> None:
        summary = self.document.summary
        if self.tabs.currentWidget() is self.diagram_scroll:
            self._update_diagram()
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=translated(self.document.undo_text)).strip()
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=translated(self.document.redo_text)).strip()
        )
        self.undo_action.setEnabled(bool(self.document.undo_text))
        self.redo_action.setEnabled(bool(self.document.redo_text))
        status = self.tr("{params} parameters  ·  {macs} MACs").format(
            params=f"{summary.total_params:,}", macs=format_count(summary.total_macs)
        )
        if not summary.valid:
            status = self.tr("{count} layer(s) do not fit  ·  ").format(count=len(summary.errors)) + status
        self.totals.setText(status)
        self._update_title()
        self._update_layer_actions(self.network.current_layer())

    def _update_diagram(self) -> None:
        self.diagram.set_architecture(self.document.architecture, self.document.summary)

    def _on_tabs_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.diagram_scroll:
            self._update_diagram()  # kept current only while shown: it costs a few ms per edit
        elif widget is self.train_placeholder:
            self.train_view()
        elif widget is self.inspect_placeholder:
            self.inspect_view()
        elif widget is self.tune_placeholder:
            self.tune_view()
        self._show_design_docks(widget is self.network_view or widget is self.diagram_scroll)

    def _show_design_docks(self, shown: bool) -> None:
        """The Train view takes the whole window; the design docks come back as they were."""
        docks = (self.palette_dock, self.properties_dock, self.summary_dock)
        if not shown and self._hidden_docks is None:
            self._hidden_docks = [dock for dock in docks if not dock.isHidden()]
            for dock in self._hidden_docks:
                dock.hide()
        elif shown and self._hidden_docks is not None:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = None

    def _replace_placeholder(self, placeholder: QWidget, panel: QWidget, icon_name: str, title: str) -> None:
        index = self.tabs.indexOf(placeholder)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, icon(icon_name), title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._show_design_docks(False)

    def train_view(self) -> TrainPanel:
        """The Train view, built on first use."""
        if self.train_panel is None:
            from designer.ui.train_panel import TrainPanel

            self.train_panel = TrainPanel(self.document, self.files)
            self.train_panel.status_message.connect(self._on_panel_status_message)
            self._replace_placeholder(self.train_placeholder, self.train_panel, "train", self.tr("Train"))
            self._connect_views()
        return self.train_panel

    def inspect_view(self) -> InspectPanel:
        """The Inspect view, built on first use."""
        if self.inspect_panel is None:
            from designer.ui.inspect_panel import InspectPanel

            self.inspect_panel = InspectPanel(self.document, self.files, self._data_source)
            self.inspect_panel.status_message.connect(self._on_panel_status_message)
            self._replace_placeholder(
                self.inspect_placeholder, self.inspect_panel, "inspect", self.tr("Inspect")
            )
            self._connect_views()
        return self.inspect_panel

    def tune_view(self) -> TunePanel:
        """The Tune view, built on first use."""
        if self.tune_panel is None:
            from designer.ui.tune_panel import TunePanel

            self.tune_panel = TunePanel(self.document, self.files, self._data_source)
            self.tune_panel.status_message.connect(self._on_panel_status_message)
            self._replace_placeholder(self.tune_placeholder, self.tune_panel, "preset", self.tr("Tune"))
        return self.tune_panel

    def _connect_views(self) -> None:
        """Once both exist, the Inspect view follows the Train view's runs."""
        train, inspect = self.train_panel, self.inspect_panel
        if train is None or inspect is None:
            return
        train.session.event.connect(inspect.on_training_event)
        inspect.picker.chosen.connect(self._pin_inspected_sample)
        self._pin_inspected_sample()
        train.run_began.connect(inspect.run_started)
        if train.session.running and train.running_record is not None:
            inspect.run_started(train.running_record)

    def _pin_inspected_sample(self, *_: object) -> None:
        """A run's epoch snapshots follow the test sample the Inspect view shows."""
        if self.train_panel is not None and self.inspect_panel is not None:
            self.train_panel.pinned_sample = self.inspect_panel.picker.index or 0

    def _data_source(self) -> tuple[str | None, bool]:
        """Where torchvision sets are read from, as the Train view's data panel says."""
        if self.train_panel is None:
            return None, True
        return self.train_panel.dataset.data_dir, self.train_panel.dataset.download

    def show_view(self, view: str) -> None:
        """``design`` (the network), ``train``, ``inspect`` or ``tune``."""
        if view == "train":
            self.tabs.setCurrentWidget(self.train_view())
        elif view == "inspect":
            self.tabs.setCurrentWidget(self.inspect_view())
        elif view == "tune":
            self.tabs.setCurrentWidget(self.tune_view())
        else:
            self.tabs.setCurrentWidget(self.network_view)

    def _on_language_chosen(self, _language: str) -> None:
        """Offer to start again in the chosen language; closing asks about unsaved work as ever."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self,
            self.tr("Language"),
            self.tr("The new language shows when cnn-designer starts again. Restart it now?"),
            buttons,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and self.close():
            reopen = [str(self.files.path)] if self.files.path is not None else []
            QProcess.startDetached(sys.executable, ["-m", "designer", "gui", *reopen])
            return
        self.statusBar().showMessage(self.tr("The new language shows when cnn-designer starts again."))

    def _on_panel_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    def _update_title(self) -> None:
        name = (
            self.files.path.name
            if self.files.path
            else (translated(self.document.architecture.name) or self.tr("Untitled"))
        )
        self.setWindowTitle(self.tr("{name}[*] - cnn-designer").format(name=name))
        self.setWindowModified(self.files.modified)

    def _on_network_layer_selected(self, index: int | None) -> None:
        self.properties.show_layer(index)
        self._update_layer_actions(index)

    def _update_layer_actions(self, index: int | None) -> None:
        count = len(self.document.layers)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(index is not None)
        self.move_up_action.setEnabled(index is not None and index > 0)
        self.move_down_action.setEnabled(index is not None and index < count - 1)
        self.blocks.update(index)

    def _on_palette_kind_activated(self, kind: str) -> None:
        self.insert_kind(kind)

    # Commands.
    def insert_kind(self, kind: str) -> None:
        """Insert a new layer of ``kind`` after the selected one (at the top when the input is selected)."""
        current = self.network.current_layer()
        position = 0 if current is None else current + 1
        self.document.insert(position, self.document.new_layer(kind))
        self.network.select_layer(position)

    def rename_layer(self) -> None:
        if self.network.current_layer() is not None:
            self.network.edit(self.network.currentIndex())

    def duplicate_layer(self) -> None:
        index = self.network.current_layer()
        if index is not None:
            self.document.duplicate(index)
            self.network.select_layer(index + 1)

    def delete_layer(self) -> None:
        index = self.network.current_layer()
        if index is not None:
            self.document.remove(index)

    def move_layer(self, step: int) -> None:
        index = self.network.current_layer()
        if index is not None:
            self.document.move(index, index + step)

    def new_document(self) -> None:
        if self.files.maybe_save():
            self.files.load(Project(Architecture(InputSpec(1, 28, 28), ())), None, self.tr("New network"))

    def open_preset(self, name: str) -> None:
        if self.files.maybe_save():
            self.files.load(Project(load_preset(name)), None, self.tr("Open preset {name}").format(name=name))

    def export_diagram(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export diagram"), "network.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if not path:
            return
        target = Path(path)
        svg = target.suffix.lower() == ".svg" or (not target.suffix and "svg" in chosen.lower())
        target = target.with_suffix(".svg" if svg else ".png")
        self._update_diagram()
        try:
            if svg:
                self.diagram.export_svg(target)
            else:
                self.diagram.export_png(target)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot export the diagram"), write_failure(target, error))

    def export_model(self) -> None:
        """A trained run's model as a bundle, TorchScript, ONNX, PyTorch source or architecture file."""
        self.model_export.ask(self.files.runs)

    def _on_model_export_done(self, paths: list[str]) -> None:
        message = self.tr("Exported the model to {path}").format(path=paths[0])
        if len(paths) > 1:
            beside = ", ".join(Path(path).name for path in paths[1:])
            message += self.tr(" (and {files} beside it)").format(files=beside)
        self.statusBar().showMessage(message, 15_000)

    def _on_model_export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot export the model"), message)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About cnn-designer"),
            self.tr(
                "cnn-designer {version}\nDesign, train, inspect and export convolutional networks."
            ).format(version=__version__),
        )

    # Window state.
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]

    def _may_stop(self, running: bool, title: str, question: str) -> bool:
        """True when nothing is running, or the user agrees to stop it."""
        if not running:
            return True
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, title, question, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        panel, tune = self.train_panel, self.tune_panel
        if not self._may_stop(
            panel is not None and panel.session.running,
            self.tr("A run is in progress"),
            self.tr("Stop the run and close? It keeps what it has learned so far."),
        ) or not self._may_stop(
            tune is not None and tune.session.running,
            self.tr("A study is in progress"),
            self.tr("Stop the study and close? Its finished trials stay in its file."),
        ):
            event.ignore()
            return
        if panel is not None:
            panel.shutdown()
        if tune is not None:
            tune.shutdown()
        if self.inspect_panel is not None:
            self.inspect_panel.shutdown()
        if not self.files.maybe_save():
            event.ignore()
            return
        self._show_design_docks(True)  # the saved layout is the design's
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.files.discard_recovery()
        event.accept()
