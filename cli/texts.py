"""The report's text on the command line: one part of one sector read or written, or a
period's text started from an earlier one."""

from __future__ import annotations

import pathlib
import sys

from models.output import written
from cli.common import CommandError, session_for
from models import catalog
from models.narratives import get_narrative
from models.periods import parse_period
from models.text import nfc
from ops import reports, texts


def text(args) -> int:
    session = session_for(args)
    try:
        org_unit_id, _default = reports.default_scope(session, args.org, None)
        if args.action == "copy":
            if not (args.source and args.target):
                raise CommandError("text copy: --from P --to Q")
            changes = texts.copy_texts(session, org_unit_id, parse_period(args.source).key,
                                       parse_period(args.target).key)
            print(f"{changes.count} parts copied from {args.source} to {args.target} (parts already written kept)")
            return 0
        if not (args.period and args.sector and args.part):
            raise CommandError(f"text {args.action}: --period P --sector CODE --part results|difficulties|tasks")
        period = parse_period(args.period).key
        sector = next((s for s in catalog.sectors(session.db, include_inactive=True) if s.code == args.sector), None)
        if sector is None:
            raise CommandError(f"--sector {args.sector}: no such sector")
        if args.action == "get":
            body = session.read(get_narrative, sector.id, org_unit_id, period)[args.part]
            if args.file:
                with written(args.file) as temporary:
                    temporary.write_text(body + ("\n" if body else ""), encoding="utf-8")
            else:
                print(body)
            return 0
        try:
            body = pathlib.Path(args.file).read_text(encoding="utf-8") if args.file else sys.stdin.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{args.file}: cannot read it as UTF-8 text ({exc})") from None
        texts.set_text_checked(session, sector.id, org_unit_id, period, args.part, nfc(body.rstrip("\n")))
        print(f"{args.sector} {args.part} {period}: saved")
        return 0
    finally:
        session.close()
