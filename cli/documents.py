"""Reports and documents printed to PDF, and checking a printed copy against the records."""

from __future__ import annotations

import sys

from cli.common import CommandError, session_for
from ops import reports


def report(args) -> int:
    from models.reports.drawing_cache import user_drawing_cache
    from models.reports.fields import FieldError

    session = session_for(args)
    try:
        org_unit_id, period = reports.default_scope(session, args.org, args.period)
        try:
            content = reports.build_report(session, args.kind, org_unit_id, period, record_id=args.record)
        except FieldError as exc:
            raise CommandError(f"unknown fields in the report text: {exc}") from None
    finally:
        session.close()
    pages = reports.render_pdf(content, args.out, cache=user_drawing_cache())
    print(f"{args.out}: {pages} pages, verification code {content.verification_code}")
    for warning in (*content.warnings, *content.empty):
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def verify(args) -> int:
    session = session_for(args)
    try:
        verdict = reports.check_copy(session, args.pdf)
    finally:
        session.close()
    print("\n".join(verdict.lines()))
    return 0 if verdict.matches else 1
