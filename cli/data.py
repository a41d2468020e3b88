"""Figures across offices: templates, long tables, spreadsheets imported, data packages."""

from __future__ import annotations

from cli.common import CommandError, period_key, session_for, unit_id
from ops import exchange


def export_template(args) -> int:
    session = session_for(args)
    try:
        count = exchange.export_template(session, unit_id(session, args.org), period_key(args.period), args.out)
    finally:
        session.close()
    print(f"{args.out}: {count} indicators")
    return 0


def export_table(args) -> int:
    session = session_for(args)
    try:
        units = [unit_id(session, code) for code in args.org or []] or None
        periods = [period_key(p) for p in args.period or []] or None
        count = exchange.export_table(session, args.out, org_unit_ids=units, periods=periods,
                                      with_computed=args.with_computed)
    finally:
        session.close()
    print(f"{args.out}: {count} rows")
    return 0


def import_file(args) -> int:
    from models.exchange.importing import ImportRefused

    session = session_for(args)
    try:
        result = exchange.read_spreadsheet(session, args.file)
        print(f"{args.file}: {len(result.changes)} figures, {len(result.activities)} activities valid, "
              f"{len(result.problems)} problems")
        for problem in result.problems:
            print(f"  {problem}")
        for check in result.checks or []:  # what the figure checks would find: never a refusal
            print(f"  {check.line()}")
        if args.dry_run:
            return 0 if result.ok else 1
        try:
            changes = exchange.import_spreadsheet(session, result, valid_only=args.valid_only)
        except ImportRefused:
            raise CommandError(f"{args.file}: {len(result.problems)} bad rows, nothing imported "
                               "(fix them, or use --valid-only to import the others)") from None
    finally:
        session.close()
    print(f"imported {changes.count} rows")
    return 0


def export_package(args) -> int:
    session = session_for(args)
    try:
        manifest = exchange.export_package(session, unit_id(session, args.org), period_key(args.period), args.out)
    finally:
        session.close()
    counts = ", ".join(f"{k} {v}" for k, v in manifest["counts"].items() if v)
    print(f"{args.out}: package {manifest['package_id']} ({counts})")
    return 0


def import_package(args) -> int:
    from models.exchange.packages import CONFLICT

    session = session_for(args)
    try:
        package, items = exchange.read_package(session, args.file, trust_new=args.trust_new)
        states: dict[str, int] = {}
        for item in items:
            states[item.state] = states.get(item.state, 0) + 1
        manifest = package.manifest
        print(f"{args.file}: package {manifest['package_id']} from {manifest['origin']}, period "
              f"{manifest['period']}: " + ", ".join(f"{state} {count}" for state, count in sorted(states.items())))
        for item in items:
            if item.state == CONFLICT:
                print(f"  conflict: {item.label}: ours {item.ours} / theirs {item.theirs}")
        for check in exchange.check_package(session, package) or []:  # never a refusal
            print(f"  {check.line()}")
        if args.dry_run:
            return 0
        resolutions = {f"{i.kind}:{i.key}": args.conflicts for i in items if i.state == CONFLICT and args.conflicts}
        changes = exchange.import_package(session, package, resolutions=resolutions, trust_new=args.trust_new)
    finally:
        session.close()
    print(f"imported {changes.count} records")
    return 0
