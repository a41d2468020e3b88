"""Entry point: ``python main.py [--db PATH] [--demo] [COMMAND ...]``.

With no command the window opens (ui/start.py). A command runs headless (cli/) and
exits non-zero with a one-line message on failure; ``--help`` lists them.
"""

from __future__ import annotations

import argparse
import sys

VERSION = "0.2.0"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="Sổ liệu và báo cáo ngành Thông tin và Truyền thông")
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in the user's data folder)")
    parser.add_argument("--demo", action="store_const", const=True, default=False,
                        help="use the demo database (sample data of the 2024 provincial report), a file of its own")
    parser.add_argument("--demo-reorg", dest="demo", action="store_const", const="reorg",
                        help="the demo with the 2025 merger: Bắc Kạn and Thái Nguyên become the new Thái Nguyên, "
                             "whose 2025 figures compare with theirs of 2024 (a file of its own)")
    parser.add_argument("--user", metavar="NAME", help="sign in as NAME (needed when the file requires a login); "
                                                         "the password from TTTT_PASSWORD or typed when asked")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    shot = commands.add_parser("screenshot", help="render the main window to a PNG and exit")
    shot.add_argument("out", metavar="OUT.png")
    shot.add_argument("--tab", metavar="SECTOR_CODE",
                      help="a sector's code, 'inspection-records', 'completeness', 'trends' or 'reports'")
    shot.add_argument("--size", default="1366x768", metavar="WxH")

    report = commands.add_parser("report", help="print a report or document to PDF")
    report.add_argument("--org", metavar="CODE", help="org unit code (default: the top of the tree)")
    report.add_argument("--period", metavar="P", help="period key, e.g. 2024, 2024-H1, 2024-Q3 "
                                                      "(default: the latest year with figures)")
    report.add_argument("--kind", default="annual",
                        choices=["annual", "inspection-minutes", "violation-record", "penalty-decision", "violations"],
                        help="'annual' is the period report for any period kind")
    report.add_argument("--record", type=int, metavar="ID",
                        help="the inspection (minutes) or violation (record, penalty decision) to print; "
                             "default: the latest")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="a .docx name writes an editable Word document")
    report.add_argument("--issue", action="store_true",
                        help="issue it: number and date from the register (otherwise a draft, number left blank)")
    report.add_argument("--number", type=int, metavar="N", help="with --issue: register a number given by hand")
    report.add_argument("--date", metavar="DD/MM/YYYY", help="with --issue: the date of issue (default today)")
    register = commands.add_parser("register", help="the register of documents issued (sổ văn bản đi)")
    register.add_argument("action", choices=["list", "reprint"])
    register.add_argument("--year", type=int, metavar="Y")
    register.add_argument("--type", metavar="BC", help="the symbol or its start: BC, BB-VPHC, QĐ-XPHC")
    register.add_argument("--entry", type=int, metavar="ID", help="reprint: the entry (its number in 'list')")
    register.add_argument("--out", metavar="FILE.pdf", help="reprint: where to write the PDF as issued")
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

    office = commands.add_parser("office", help="the official list of provinces and communes (since 1 July 2025), "
                                                "and setting up a new file's office from it")
    office.add_argument("action", choices=["provinces", "communes", "setup", "successions"])
    office.add_argument("--province", metavar="CODE", help="GSO code of the province (office provinces lists them)")
    office.add_argument("--commune", metavar="CODE", help="setup: a commune's office (its GSO code) instead of "
                                                          "the province's department")
    office.add_argument("file", nargs="?", metavar="OUT.xlsx",
                        help="successions: write the units before 1 July 2025 and which new unit took each, "
                             "from the official list, to check and then `catalog import`")

    check = commands.add_parser("validate", help="check the figures against the rules, across time and for "
                                                 "outliers: a line per problem, exit 1 when any")
    check.add_argument("--org", metavar="CODE", help="org unit code (default: the top of the tree)")
    check.add_argument("--period", required=True, metavar="P")
    check.add_argument("--all-children", action="store_true", help="the units under it too")

    key = commands.add_parser("office-key", help="this office's key that signs its packages; the keys trusted "
                                                 "for the packages received")
    key.add_argument("action", choices=["show", "export", "trust"])
    key.add_argument("file", nargs="?", metavar="FILE", help="export: write the public key to FILE; trust: read one")
    key.add_argument("--org", metavar="CODE", help="trust: the org unit whose key it is")

    users = commands.add_parser("user", help="accounts: add one (password from TTTT_NEW_PASSWORD or typed), "
                                             "list them, remove one (administrators)")
    users.add_argument("action", choices=["add", "list", "remove"])
    users.add_argument("name", nargs="?", metavar="NAME")
    users.add_argument("--role", choices=["data_entry", "inspector", "leader", "admin"])
    users.add_argument("--full-name", metavar="TEXT")
    login = commands.add_parser("login-required", help="ask for a sign-in (on) or run as administrator for "
                                                       "everyone (off)")
    login.add_argument("state", choices=["on", "off"])

    cat = commands.add_parser("catalog", help="export the catalog as a workbook, or import a workbook or one "
                                              "CSV into this file (added, changed, retired; refused whole)")
    cat.add_argument("action", choices=["export", "import"])
    cat.add_argument("file", metavar="FILE", help="export: OUT.xlsx; import: FILE.xlsx or FILE.csv")
    cat.add_argument("--dry-run", action="store_true", help="import: print what would change, write nothing")

    texts = commands.add_parser("text", help="the report's text: get or set one part, or copy a period's text")
    texts.add_argument("action", choices=["get", "set", "copy"])
    texts.add_argument("--org", metavar="CODE", help="org unit code (default: the top of the tree)")
    texts.add_argument("--period", metavar="P")
    texts.add_argument("--sector", metavar="CODE")
    texts.add_argument("--part", choices=["results", "difficulties", "tasks"])
    texts.add_argument("--from", dest="source", metavar="P", help="copy: the earlier period")
    texts.add_argument("--to", dest="target", metavar="Q", help="copy: the period to start")
    texts.add_argument("file", nargs="?", metavar="FILE", help="get: write to it; set: read from it (else stdin)")

    template = commands.add_parser("export-template", help="write the Excel template of an org unit and period")
    template.add_argument("--org", metavar="CODE")
    template.add_argument("--period", required=True, metavar="P")
    template.add_argument("out", metavar="OUT.xlsx")
    table = commands.add_parser("export-table", help="write the long table of figures (.xlsx or .csv)")
    table.add_argument("--org", metavar="CODE", action="append", help="repeat for several; default: all")
    table.add_argument("--period", metavar="P", action="append", help="repeat for several; default: all")
    table.add_argument("--with-computed", action="store_true",
                       help="also the figures rolled up or accumulated where none was typed (an 'origin' column)")
    table.add_argument("out", metavar="OUT")
    imported = commands.add_parser("import", help="read a filled template or a long table (.xlsx/.csv)")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--dry-run", action="store_true", help="print the preview and write nothing")
    imported.add_argument("--valid-only", action="store_true",
                          help="import the valid rows even if some rows are bad (they are listed)")
    package = commands.add_parser("export-package", help="write the data package of an org unit and period")
    package.add_argument("--org", metavar="CODE")
    package.add_argument("--period", required=True, metavar="P")
    package.add_argument("out", metavar="OUT.tttpkg")
    received = commands.add_parser("import-package", help="import a data package (all or nothing)")
    received.add_argument("file", metavar="FILE")
    received.add_argument("--dry-run", action="store_true", help="print the preview and write nothing")
    received.add_argument("--trust-new", action="store_true",
                          help="the first package from its unit: trust the key that signed it (compare the "
                               "fingerprint the refusal prints with the sender first)")
    received.add_argument("--conflicts", choices=["theirs", "ours"],
                          help="settle every conflict this way (otherwise conflicts refuse the import)")
    return parser


def commands() -> dict:
    """Each command's function (cli/), imported only once a command is asked for."""
    from cli import admin, catalog, data, documents, keys, office, texts, users, validate, window

    return {"screenshot": window.screenshot, "report": documents.report, "verify": documents.verify,
            "backup": admin.backup, "restore": admin.restore, "check": admin.check,
            "reset-login": admin.reset_login, "export-template": data.export_template,
            "export-table": data.export_table, "import": data.import_file,
            "export-package": data.export_package, "import-package": data.import_package,
            "office": office.office, "register": documents.register, "text": texts.text,
            "catalog": catalog.catalog, "validate": validate.validate, "office-key": keys.office_key,
            "user": users.user, "login-required": users.login_required}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    # argparse gives a trailing optional positional nothing once options stand between it and
    # the action ("text set --part results FILE"): take the one FILE left over for it.
    if extra and getattr(args, "file", "unset") is None and len(extra) == 1 and not extra[0].startswith("-"):
        args.file, extra = extra[0], []
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command:
        import cli

        return cli.run(args, commands())
    from ui.start import run_window

    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
