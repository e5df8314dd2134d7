"""The desktop application: Qt windows, panels and plots. The only layer that imports PySide6."""
