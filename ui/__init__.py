"""The Qt screens: main window, one module per tab or dialog."""
