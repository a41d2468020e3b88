"""The command line's commands: each parses nothing (main.py did), calls the operations the
window calls, and prints what happened. A user error ends in one line and exit status 1;
a bug in one line naming the log that holds its traceback, and exit status 2.
"""

from __future__ import annotations

import sys
import traceback

from models.errors import describe, is_user_error


def run(args, commands: dict) -> int:
    """Run the command ``args.command`` with its function from ``commands``; never a traceback."""
    sys.unraisablehook = _log_unraisable  # a library's object left half-closed by a failure stays quiet
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (| head): what it wanted, it had
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the one place a command's error is reported
        if is_user_error(exc):
            print(f"error: {' '.join(describe(exc).split())}", file=sys.stderr)
            return 1
        return report_bug(exc)


def _log_unraisable(unraisable) -> None:
    """What Python would print as "Exception ignored in ..." (e.g. a spreadsheet library's zip file
    closed again at exit after a full disk): to the log, not the terminal: the one line said it."""
    from ops.logs import log

    log.debug("ignored: %s in %r", unraisable.exc_value, unraisable.object)


def report_bug(exc: BaseException) -> int:
    """Log an unexpected error with its traceback; one line for the user, exit status 2."""
    from models.resources import user_data_dir
    from ops.logs import log, setup_logging

    try:
        path = setup_logging(user_data_dir())
        log.error("unexpected error in a command\n%s", "".join(traceback.format_exception(exc)))
        where = f"; details in {path}"
    except OSError:
        where = ""
    print(f"error: unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:200]}{where}", file=sys.stderr)
    return 2
