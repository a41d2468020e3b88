"""A picture of the window, for the README and for looking at a screen without a display."""

from __future__ import annotations

import os

from cli.common import CommandError, session_for


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size {text}: expected WIDTHxHEIGHT, e.g. 1366x768") from None
    if width < 200 or height < 200:
        raise CommandError(f"--size {text}: too small")
    return width, height


def screenshot(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = parse_size(args.size)
    from models import catalog
    from ui.app import screenshot as shoot
    from ui.main_window import MainWindow

    session = session_for(args)
    try:
        if args.tab and args.tab not in MainWindow.PAGES and not any(
                s.code == args.tab for s in catalog.sectors(session.db)):
            raise CommandError(f"--tab {args.tab}: no such sector")
        shoot(session=session, out=args.out, tab=args.tab, size=size)
    finally:
        session.close()
    print(args.out)
    return 0
