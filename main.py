"""Entry point: ``python main.py [--db PATH] [--demo] [COMMAND ...]``.

With no command the window opens. A command runs headless and exits
non-zero with a one-line message on failure:

    screenshot OUT.png [--tab SECTOR_CODE] [--size 1366x768]
    report [--org CODE] [--period 2024] [--kind annual|...] --out FILE.pdf
    verify FILE.pdf
    backup [OUT]
    restore FILE
    check
    export-template --org CODE --period P OUT.xlsx
    export-table [--org CODE ...] [--period P ...] OUT.xlsx|OUT.csv
    import FILE [--dry-run] [--valid-only]
    export-package --org CODE --period P OUT.tttpkg
    import-package FILE [--dry-run] [--conflicts theirs|ours]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import sys

VERSION = "0.1.0"


class CommandError(Exception):
    """A command failed for a reason the user can act on (one line)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="Sổ liệu và báo cáo ngành Thông tin và Truyền thông")
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in the user's data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="use the demo database (sample data of the 2024 provincial report)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    shot = commands.add_parser("screenshot", help="render the main window to a PNG and exit")
    shot.add_argument("out", metavar="OUT.png")
    shot.add_argument("--tab", metavar="SECTOR_CODE", help="a sector's code, 'inspection-records', 'trends' or 'reports'")
    shot.add_argument("--size", default="1366x768", metavar="WxH")
    report = commands.add_parser("report", help="print a report to PDF")
    report.add_argument("--org", metavar="CODE", help="org unit code (default: the top of the tree)")
    report.add_argument("--period", metavar="P", help="period key, e.g. 2024, 2024-H1, 2024-Q3 "
                                                      "(default: the latest year with figures)")
    report.add_argument("--kind", default="annual",
                        choices=["annual", "inspection-minutes", "violation-record", "violations"],
                        help="'annual' is the period report for any period kind")
    report.add_argument("--record", type=int, metavar="ID",
                        help="the inspection (minutes) or violation (record) to print; default: the latest")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    verify = commands.add_parser("verify", help="check a printed report against the database")
    verify.add_argument("pdf", metavar="FILE.pdf")
    backup = commands.add_parser("backup", help="back the database up (to OUT, or among its backups)")
    backup.add_argument("out", nargs="?", metavar="OUT")
    restore = commands.add_parser("restore", help="put a backup in place of the database (kept aside first)")
    restore.add_argument("file", metavar="FILE")
    commands.add_parser("check", help="full integrity, foreign-key and audit-chain checks")
    reset = commands.add_parser("reset-login", help="switch the login off and lift lock-outs (recorded in "
                                                    "the audit log), when no administrator can sign in")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    template = commands.add_parser("export-template", help="write the Excel template of an org unit and period")
    template.add_argument("--org", metavar="CODE")
    template.add_argument("--period", required=True, metavar="P")
    template.add_argument("out", metavar="OUT.xlsx")
    table = commands.add_parser("export-table", help="write the long table of figures (.xlsx or .csv)")
    table.add_argument("--org", metavar="CODE", action="append", help="repeat for several; default: all")
    table.add_argument("--period", metavar="P", action="append", help="repeat for several; default: all")
    table.add_argument("out", metavar="OUT")
    package = commands.add_parser("export-package", help="write the data package of an org unit and period")
    package.add_argument("--org", metavar="CODE")
    package.add_argument("--period", required=True, metavar="P")
    package.add_argument("out", metavar="OUT.tttpkg")
    received = commands.add_parser("import-package", help="import a data package (all or nothing)")
    received.add_argument("file", metavar="FILE")
    received.add_argument("--dry-run", action="store_true", help="print the preview and write nothing")
    received.add_argument("--conflicts", choices=["theirs", "ours"],
                          help="settle every conflict this way (otherwise conflicts refuse the import)")
    imported = commands.add_parser("import", help="read a filled template or a long table (.xlsx/.csv)")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true", help="print the preview and write nothing")
    imported.add_argument("--valid-only", action="store_true",
                          help="import the valid rows even if some rows are bad (they are listed)")
    return parser


def resolve_db_path(args) -> pathlib.Path:
    from models.resources import default_db_path, user_data_dir

    if args.db:
        return pathlib.Path(args.db)
    if args.demo:
        return user_data_dir() / "demo.sqlite3"
    return default_db_path()


def open_store(args, *, ask_demo=None):
    """Open the database the arguments name, filling catalog or demo data as needed.

    Refuses a network share and a file another instance holds; checks the
    file before writing to it; backs it up before a migration.
    """
    from models import catalog, demo, settings
    from models.backup import take_backup
    from models.database import open_database
    from models.filelock import DatabaseInUse, FileLock, NetworkShareRefused, is_network_path
    from models.integrity import check_at_start

    path = resolve_db_path(args)
    if is_network_path(path):
        raise NetworkShareRefused(f"{path}: tệp nằm trên ổ mạng; hãy chép về máy để làm việc")
    lock = FileLock(path)
    try:
        lock.acquire()
    except DatabaseInUse as exc:
        raise CommandError(str(exc)) from None
    check_at_start(path)
    is_new = not path.exists() or path.stat().st_size == 0
    db = open_database(path, before_migrate=lambda database, _names: take_backup(database, path, "migration"))
    db.lock = lock  # held while the database is open
    if args.demo:
        if demo.has_records(db) and not settings.get_setting(db, "sample_data"):
            raise CommandError(f"{path}: already holds real records; --demo will not write sample data into it")
        if not demo.has_records(db):
            demo.load_demo(db)
    elif is_new and ask_demo is not None and ask_demo():
        demo.load_demo(db)
    if catalog.is_empty(db):
        catalog.load_default_catalog(db)
    return db, path


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size {text}: expected WIDTHxHEIGHT, e.g. 1366x768") from None
    if width < 200 or height < 200:
        raise CommandError(f"--size {text}: too small")
    return width, height


def run_command(args) -> int:
    if args.command == "screenshot":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        size = parse_size(args.size)
        from models.database import DatabaseError
        from ui.app import screenshot

        try:
            db, _path = open_store(args)
        except DatabaseError as exc:
            raise CommandError(str(exc)) from None
        from models import catalog

        if args.tab and args.tab not in ("inspection-records", "completeness", "trends", "reports") and not any(
                s.code == args.tab for s in catalog.sectors(db)):
            raise CommandError(f"--tab {args.tab}: no such sector")
        screenshot(db=db, out=args.out, tab=args.tab, size=size)
        print(args.out)
        return 0
    if args.command == "check":
        return run_check(args)
    if args.command == "restore":
        return run_restore(args)
    if args.command == "reset-login":
        db, _path = open_store(args)
        return run_reset_login(args, db)
    if args.command in ("export-package", "import-package"):
        db, path = open_store(args)
        return run_package(args, db, path)
    if args.command in ("export-template", "export-table", "import"):
        db, path = open_store(args)
        return run_exchange(args, db, path)
    if args.command in ("report", "verify", "backup"):
        from models.database import DatabaseError

        try:
            db, _path = open_store(args)
        except DatabaseError as exc:
            raise CommandError(str(exc)) from None
        if args.command == "backup":
            return run_backup(args, db, _path)
        return run_report(args, db) if args.command == "report" else run_verify(args, db)
    raise CommandError(f"unknown command {args.command}")


def run_report(args, db) -> int:
    from models import catalog, values
    from models.periods import PeriodError, parse_period
    from models.reports.content import build_period_report
    from models.reports.drawing_cache import user_drawing_cache
    from models.reports.fields import FieldError
    from models.reports.inspection_docs import DocumentError, build_document
    from models.reports.pdf import render

    unit = catalog.org_unit_by_code(db, args.org) if args.org else catalog.top_org_unit(db)
    if unit is None:
        raise CommandError(f"--org {args.org}: no such org unit")
    period = args.period or values.latest_period(db) or str(dt.date.today().year)
    try:
        parse_period(period)
    except PeriodError as exc:
        raise CommandError(f"--period: {exc}") from None
    try:
        if args.kind == "annual":
            report = build_period_report(db, unit.id, period)
        else:
            kind = args.kind
            record = args.record
            if record is None and kind != "violations":
                table = "inspections" if kind == "inspection-minutes" else "violations"
                row = db.execute(f"SELECT MAX(id) FROM {table} WHERE deleted_at IS NULL").fetchone()
                if not row or row[0] is None:
                    raise CommandError(f"--kind {kind}: there is no record to print")
                record = row[0]
            report = build_document(db, kind, org_unit_id=unit.id, period=period, record_id=record)
    except FieldError as exc:
        raise CommandError(f"unknown fields in the report text: {exc}") from None
    except DocumentError as exc:
        raise CommandError(str(exc)) from None
    pages = render(report, args.out, cache=user_drawing_cache())
    print(f"{args.out}: {pages} pages, verification code {report.verification_code}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def run_backup(args, db, path) -> int:
    from models.backup import BackupError, copy_database, prune, take_backup

    try:
        if args.out:
            target = pathlib.Path(args.out)
            copy_database(db.conn, target)
        else:
            target = take_backup(db, path, "manual").path
            prune(path)
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    print(target)
    return 0


def run_restore(args) -> int:
    from models.backup import BackupError, restore
    from models.filelock import DatabaseInUse, FileLock

    path = resolve_db_path(args)
    lock = FileLock(path)
    try:
        lock.acquire()
        aside = restore(path, args.file)
    except (BackupError, DatabaseInUse) as exc:
        raise CommandError(str(exc)) from None
    finally:
        lock.release()
    print(f"{path}: restored from {args.file}; the previous file is kept as {aside}")
    return 0


def run_reset_login(args, db) -> int:
    from models import access
    from models.text import fold

    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("reset-login: confirm with --yes (no terminal to ask on)")
        answer = input("Tắt đăng nhập và mở khóa mọi tài khoản của tệp này? Việc này được ghi vào nhật ký. "
                       "Gõ «dong y» để tiếp tục: ")
        if fold(answer).strip() not in ("dong y", "yes"):
            raise CommandError("reset-login: not confirmed, nothing changed")
    access.reset_login(db)
    print("login switched off; sign in is no longer asked for until an administrator switches it on again")
    return 0


def run_check(args) -> int:
    """Checks read the file without changing it (no migration, no lock needed)."""
    import sqlite3

    import sqlite_utils

    from models import audit
    from models.integrity import full_check

    path = resolve_db_path(args)
    if not path.exists():
        raise CommandError(f"{path}: no such database")
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        audit.register(conn)
        results = full_check(sqlite_utils.Database(conn, execute_plugins=False))
        conn.close()
    except sqlite3.DatabaseError as exc:
        print(f"integrity_check: FAILED {exc}")
        return 1
    for result in results:
        print(f"{result.name}: {'ok' if result.ok else 'FAILED ' + result.detail}")
    return 0 if all(r.ok for r in results) else 1


def run_exchange(args, db, path) -> int:
    from models import catalog
    from models.exchange.importing import ImportRefused, apply, export_table, read_any
    from models.exchange.safe_xlsx import UnsafeFile
    from models.exchange.templates import export_template
    from models.periods import PeriodError, parse_period

    def unit_id(code):
        unit = catalog.org_unit_by_code(db, code) if code else catalog.top_org_unit(db)
        if unit is None:
            raise CommandError(f"--org {code}: no such org unit")
        return unit.id

    try:
        if args.command == "export-template":
            count = export_template(db, unit_id(args.org), parse_period(args.period).key, args.out)
            print(f"{args.out}: {count} indicators")
            return 0
        if args.command == "export-table":
            periods = [parse_period(p).key for p in args.period or []]
            count = export_table(db, args.out, org_unit_ids=[unit_id(c) for c in args.org or []] or None,
                                 periods=periods or None)
            print(f"{args.out}: {count} rows")
            return 0
        result = read_any(db, args.file)
    except PeriodError as exc:
        raise CommandError(f"--period: {exc}") from None
    except (UnsafeFile, OSError) as exc:
        raise CommandError(str(exc)) from None
    print(f"{args.file}: {len(result.changes)} figures, {len(result.activities)} activities valid, "
          f"{len(result.problems)} problems")
    for problem in result.problems:
        print(f"  {problem}")
    if args.dry_run:
        return 0 if result.ok else 1
    try:
        written = apply(db, result, valid_only=args.valid_only, db_path=path)
    except ImportRefused:
        raise CommandError(f"{args.file}: {len(result.problems)} bad rows, nothing imported "
                           "(fix them, or use --valid-only to import the others)") from None
    print(f"imported {written} rows")
    return 0


def run_package(args, db, path) -> int:
    from models import catalog
    from models.exchange.packages import CONFLICT, PackageError, export_package, import_package, read_and_preview
    from models.periods import PeriodError, parse_period

    try:
        if args.command == "export-package":
            unit = catalog.org_unit_by_code(db, args.org) if args.org else catalog.top_org_unit(db)
            if unit is None:
                raise CommandError(f"--org {args.org}: no such org unit")
            manifest = export_package(db, unit.id, parse_period(args.period).key, args.out)
            counts = ", ".join(f"{k} {v}" for k, v in manifest["counts"].items() if v)
            print(f"{args.out}: package {manifest['package_id']} ({counts})")
            return 0
        package, items = read_and_preview(db, args.file)
    except PeriodError as exc:
        raise CommandError(f"--period: {exc}") from None
    except (PackageError, OSError) as exc:
        raise CommandError(str(exc)) from None
    states: dict[str, int] = {}
    for item in items:
        states[item.state] = states.get(item.state, 0) + 1
    manifest = package.manifest
    print(f"{args.file}: package {manifest['package_id']} from {manifest['origin']}, period {manifest['period']}: "
          + ", ".join(f"{state} {count}" for state, count in sorted(states.items())))
    for item in items:
        if item.state == CONFLICT:
            print(f"  conflict: {item.label}: ours {item.ours} / theirs {item.theirs}")
    if args.dry_run:
        return 0
    resolutions = {f"{i.kind}:{i.key}": args.conflicts for i in items if i.state == CONFLICT and args.conflicts}
    try:
        counts = import_package(db, package, resolutions=resolutions, db_path=path)
    except (PackageError, PermissionError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    print(f"imported {counts['taken']} records")
    return 0


def run_verify(args, db) -> int:
    from models.reports.verify import VerifyError, verify

    try:
        verdict = verify(db, args.pdf)
    except VerifyError as exc:
        raise CommandError(str(exc)) from None
    print("\n".join(verdict.lines()))
    return 0 if verdict.matches else 1


def run_window(args) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from models.resources import user_data_dir
    from ui.app import Shell, application, make_prefs, offer_demo, offer_restore, show_fitted
    from ui.errors import install_excepthook, log, setup_logging

    # The window first; the data layer (models.backup, .integrity, .database) after it paints.
    app = application()
    shell = Shell(prefs=make_prefs())
    show_fitted(shell.window)
    state = {"db": None, "path": None}
    timer = QTimer(app)
    timer.setInterval(30 * 60 * 1000)  # every 30 minutes, when something changed

    def back_up(reason: str) -> None:  # at start and every 30 minutes, on a worker
        from ui.backups_dialog import back_up_when_changed

        if not back_up_when_changed(shell.window, str(state["path"]), reason):
            log.info("backup (%s) left to the next turn: the previous one still runs", reason)

    def open_and_show() -> bool:
        from models.backup import BackupError, restore
        from models.database import DatabaseError
        from models.filelock import NetworkShareRefused
        from models.integrity import DamagedDatabase

        try:
            db, path = open_store(args, ask_demo=lambda: offer_demo(shell.window))
        except DamagedDatabase as exc:
            log.error("%s", exc)
            if exc.backup is None:
                QMessageBox.critical(shell.window, "TTTT", str(exc))
                return False
            if not offer_restore(shell.window, exc):
                return False
            restore(exc.path, exc.backup.path)
            return open_and_show()
        except (DatabaseError, CommandError, NetworkShareRefused, BackupError) as exc:
            log.error("%s", exc)
            QMessageBox.critical(shell.window, "TTTT", str(exc))
            return False
        from models import access
        from ui.login_dialog import LoginDialog

        if access.login_required(db) and access.current() is None:
            if not LoginDialog(db=db, parent=shell.window).exec():
                return False
        state.update(db=db, path=path)
        if shell.db is None:
            shell.attach(db, str(path))
        else:
            shell.replace_database(db, str(path))
        back_up("start")
        return True

    def restore_backup(chosen) -> None:
        from models.backup import BackupError, backup_if_changed, restore

        shell.window.flush()
        shell.window.background.wait()  # a backup on the worker ends before the file is replaced
        db = state["db"]
        try:
            if backup_if_changed(db, state["path"], "restore"):
                log.info("backup taken (restore)")
        except BackupError as exc:  # a failed backup must be seen, not fatal
            log.error("backup failed: %s", exc)
            shell.window.show_status(str(exc))
        finally:
            db.close()
            db.lock.release()
        try:
            kept = restore(state["path"], chosen.path)
            log.info("restored %s; previous file kept as %s", chosen.path, kept)
        except BackupError as exc:
            QMessageBox.critical(shell.window, "TTTT", str(exc))
        open_and_show()

    shell.on_restore = restore_backup

    def load() -> None:
        # After the window is on screen: logging, then the data layer (a few hundred ms).
        setup_logging(user_data_dir())
        install_excepthook()
        if not open_and_show():
            app.exit(1)
            return
        timer.timeout.connect(lambda: back_up("timer"))
        timer.start()

    QTimer.singleShot(0, load)
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command:
            from models.integrity import DamagedDatabase  # the window handles it by offering a backup

            try:
                return run_command(args)
            except DamagedDatabase as exc:
                raise CommandError(str(exc)) from None
        return run_window(args)
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
