"""`validate`: one line per problem of the figures (rule, time, outlier), exit 1 when any."""

from __future__ import annotations

from cli.common import period_key, session_for, unit_id
from models import catalog
from ops import figures


def validate(args) -> int:
    session = session_for(args)
    try:
        found = figures.validate(session, unit_id(session, args.org), period_key(args.period),
                                 all_children=args.all_children)
        names = {u.id: u.name_vi for u in catalog.org_units(session.db, include_inactive=True)}
    finally:
        session.close()
    for where, problem in found:
        print(problem.line(names.get(where, str(where))))
    errors = sum(1 for _u, p in found if p.importance == "error")
    print(f"{len(found)} vấn đề ({errors} lỗi, {len(found) - errors} cảnh báo)" if found else "không có vấn đề")
    return 1 if found else 0
