"""The core of the program: plain Python, no Qt.

Everything that knows about the sector's records lives here, so that the
screens (ui/), the command line (main.py) and the tests share one
implementation. Importing any module of this package must never import Qt
(tests/unit/test_layers.py holds that).
"""
