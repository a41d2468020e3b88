"""Reports and documents printed to PDF, and checking a printed copy against the records."""

from __future__ import annotations

import sys

from cli.common import CommandError, session_for
from ops import reports


def report(args) -> int:
    from models.reports.fields import FieldError

    if (args.number or args.date) and not args.issue:
        raise CommandError("--number and --date go with --issue")
    session = session_for(args)
    try:
        org_unit_id, period = reports.default_scope(session, args.org, args.period)
        try:
            content = reports.build_report(session, args.kind, org_unit_id, period, record_id=args.record)
        except FieldError as exc:
            raise CommandError(f"unknown fields in the report text: {exc}") from None
        if args.issue:
            from models.dates import parse_date

            day = parse_date(args.date).isoformat() if args.date else None
            from models import register as book

            changes = reports.issue(session, content, args.out, number=args.number, issued_on=day)
            entry = session.read(book.get_entry, changes.record_id)
            print(f"{args.out}: issued as {entry.number_text} on {entry.issued_on[8:10]}/{entry.issued_on[5:7]}/"
                  f"{entry.issued_on[:4]} (register entry {entry.id})")
            return 0
    finally:
        session.close()
    if str(args.out).lower().endswith(".docx"):
        reports.render_docx(content, args.out)
        print(f"{args.out}: Word document, draft (number left blank), to edit before signing")
    else:
        pages = reports.render_pdf(content, args.out)
        print(f"{args.out}: {pages} pages, draft (number left blank), verification code {content.verification_code}")
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


def register(args) -> int:
    from models import register as book

    session = session_for(args)
    try:
        if args.action == "reprint":
            if args.entry is None or not args.out:
                raise CommandError("register reprint: --entry ID and --out FILE.pdf")
            reports.reprint(session, args.entry, args.out)
            print(f"{args.out}: entry {args.entry}, as issued")
            return 0
        listed = session.read(book.entries, year=args.year, doc_type=args.type)
    finally:
        session.close()
    print("entry\tnumber\tdate\ttype\tsummary\tsigner\trecipients\tdigest")
    for e in listed:
        print(f"{e.id}\t{e.number_text}\t{e.issued_on[8:10]}/{e.issued_on[5:7]}/{e.issued_on[:4]}\t{e.kind}\t"
              f"{e.summary}\t{e.signer}\t{'; '.join(e.recipients)}\t{e.pdf_sha256[:16]}")
    return 0
