"""Starting the window: paint first, then open the database, sign in, back up; restores.

The window shows at once (start-up is measured in bench/startup.py); logging and the
data layer load after it paints. A damaged file is set aside and its newest good backup
offered; any other refusal (a file another program holds, a network share) is shown
and the program ends. The database is backed up at start when something changed, and
every 30 minutes while changes happen, on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from models.resources import user_data_dir
from ui.app import Shell, application, make_prefs, offer_restore, show_fitted
from ui.errors import install_excepthook, log, setup_logging

BACKUP_EVERY_MS = 30 * 60 * 1000
translate = QCoreApplication.translate


def run_window(args) -> int:
    app = application()
    shell = Shell(prefs=make_prefs())
    show_fitted(shell.window)
    timer = QTimer(app)
    timer.setInterval(BACKUP_EVERY_MS)  # every 30 minutes, when something changed

    def back_up(reason: str) -> None:  # at start and every 30 minutes, on a worker
        from ui.backups_dialog import back_up_when_changed

        if not back_up_when_changed(shell.window, reason):
            log.info("backup (%s) left to the next turn: the previous one still runs", reason)

    def open_and_show(*, sample: bool | None = None) -> bool:
        """Open the office's file (or, ``sample``, the sample data's own file) and show it;
        ``None``: as the command line said."""
        from models.backup import restore
        from models.errors import describe, is_user_error
        from ui import labels
        from models.integrity import DamagedDatabase
        from ops.session import database_path, open_session

        demo = args.demo if sample is None else sample
        path = database_path(None if demo else args.db, demo=demo)
        try:
            session = open_session(path, demo=demo)
        except DamagedDatabase as exc:
            log.error("%s", exc)
            if exc.backup is None or not offer_restore(shell.window, exc):
                if exc.backup is None:
                    QMessageBox.critical(shell.window, translate("Start", "Damaged database"), labels.message(exc))
                return False
            restore(exc.path, exc.backup.path)
            return open_and_show(sample=demo)
        except Exception as exc:
            if not is_user_error(exc):
                raise
            log.error("%s", describe(exc))
            QMessageBox.critical(shell.window, translate("Start", "Cannot open the database"), labels.message(exc))
            return False
        from models import catalog

        if not catalog.org_units(session.db, include_inactive=True):  # a new office: which one is it?
            from ui.office_setup_dialog import SAMPLE, SET_UP, OfficeSetupDialog
            from ui.runner import Runner

            # A runner of its own: the window's tells the window, which shows no file yet.
            answer = OfficeSetupDialog(session=session, runner=Runner(), parent=shell.window).exec()
            if answer != SET_UP:
                session.close()
                return open_and_show(sample=True) if answer == SAMPLE else False
        from models import access
        from ui.login_dialog import LoginDialog

        if access.login_required(session.db) and session.user is None:
            if not LoginDialog(session=session, parent=shell.window).exec():
                session.close()
                return False
        if shell.session is None:
            shell.attach(session)
        else:
            shell.replace_session(session)
        back_up("start")
        return True

    def restore_backup(chosen) -> None:
        from models.backup import BackupError, backup_if_changed
        from models.errors import is_user_error
        from ops.safety import may_restore, unchecked_restore as restore
        from ui import labels

        window = shell.window
        window.flush()
        session = shell.session
        try:
            may_restore(session)  # an administrator only: the restore replaces every account too
        except Exception as exc:
            if not is_user_error(exc):
                raise
            QMessageBox.critical(window, translate("Start", "Cannot restore"), labels.message(exc))
            return
        window.background.wait()  # a backup on the worker ends before the file is replaced
        try:
            if session.read(backup_if_changed, session.path, "restore"):
                log.info("backup taken (restore)")
        except BackupError as exc:  # a failed backup must be seen, not fatal
            log.error("backup failed: %s", exc)
            window.show_status(labels.message(exc))
        finally:
            session.close()
        try:
            kept = restore(session.path, chosen.path)
            log.info("restored %s; previous file kept as %s", chosen.path, kept)
        except BackupError as exc:
            QMessageBox.critical(window, translate("Start", "Cannot restore"), labels.message(exc))
        open_and_show()

    def switch_file(sample: bool) -> None:
        """File → the sample data, or back to the office's data: the file in use is closed first."""
        window = shell.window
        window.flush()
        window.background.wait()
        previous = shell.session
        previous.close()
        if not open_and_show(sample=sample):  # could not open the other: back to the one we had
            open_and_show(sample=not sample)

    shell.on_restore = restore_backup
    shell.on_switch = switch_file

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
