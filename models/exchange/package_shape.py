"""The shape a package's manifest and data must have before anything reads them.

A package signed by a trusted office can still be malformed (a bug in another version, a
hand-edited file re-signed): every field the import reads is checked for presence and type
here, so that such a package is refused with one message naming the member, row and field,
instead of failing halfway with a KeyError or a database binding error.
"""

from __future__ import annotations

from models.errors import UserError

TEXT, NUMBER, WHOLE = "text", "number", "whole number"

MANIFEST = {"format": TEXT, "version": WHOLE, "package_id": TEXT, "origin": TEXT, "period": TEXT,
            "sequence": WHOLE, "created_at": TEXT, "content_hash": TEXT}
ROWS = {
    "values": {"indicator": TEXT, "org_unit": TEXT, "period": TEXT, "value": (NUMBER, None),
               "status": (TEXT, None), "note": (TEXT, None), "updated_at": (TEXT, None)},
    "targets": {"indicator": TEXT, "org_unit": TEXT, "period": TEXT, "value": (NUMBER, None)},
    "narratives": {"sector": TEXT, "org_unit": TEXT, "period": TEXT, "part": TEXT, "body": (TEXT, None)},
    "activities": {"sector": TEXT, "org_unit": TEXT, "period": TEXT, "title": TEXT, "date": (TEXT, None)},
    "approvals": {"org_unit": TEXT, "period": TEXT, "approved_by": TEXT, "approved_at": TEXT},
    "photos": {"violation": TEXT, "file_name": TEXT, "media_type": TEXT, "sha256": TEXT},
}
RECORD = {"uid": TEXT, "org_unit_id": TEXT}
RECORD_NESTED = {"establishments", "target_details", "legal_basis_id"}  # checked by _check_nested


class ShapeError(UserError, ValueError):
    """A member of the package lacks a field or has one of the wrong type."""


def _kind(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes/no"
    if isinstance(value, int):
        return WHOLE
    if isinstance(value, float):
        return NUMBER
    if isinstance(value, str):
        return TEXT
    return "list" if isinstance(value, list) else "object"


def _fits(value, wanted) -> bool:
    kinds = wanted if isinstance(wanted, tuple) else (wanted,)
    kind = _kind(value)
    return kind in kinds or (kind == WHOLE and NUMBER in kinds)


def _check_fields(where: str, row, fields: dict) -> None:
    if not isinstance(row, dict):
        raise ShapeError(f"{where}: phải là một bản ghi, không phải {_kind(row) or 'rỗng'}")
    for field, wanted in fields.items():
        if field not in row:
            if isinstance(wanted, tuple) and None in wanted:
                continue
            raise ShapeError(f"{where}: thiếu trường «{field}»")
        if not _fits(row[field], wanted):
            raise ShapeError(f"{where}, trường «{field}»: phải là "
                             f"{' hoặc '.join(k or 'rỗng' for k in (wanted if isinstance(wanted, tuple) else (wanted,)))}")


def check(name: str, manifest, data, record_tables: tuple[str, ...]) -> None:
    """ShapeError naming ``name`` (the package's file), the member, row and field, or nothing."""
    _check_fields(f"{name}: manifest.json", manifest, MANIFEST)
    if not isinstance(data, dict):
        raise ShapeError(f"{name}: data.json phải là một bản ghi")
    for table in (*ROWS, *record_tables):
        rows = data.get(table, [])
        if not isinstance(rows, list):
            raise ShapeError(f"{name}: data.json, «{table}» phải là một danh sách")
        for number, row in enumerate(rows, start=1):
            where = f"{name}: data.json, «{table}» dòng {number}"
            if table in ROWS:
                _check_fields(where, row, ROWS[table])
                scalars = row
            else:
                _check_fields(where, row, RECORD)
                scalars = {k: v for k, v in row.items() if k not in RECORD_NESTED}
                _check_nested(where, row)
            for field, value in scalars.items():
                if _kind(value) in ("list", "object"):
                    raise ShapeError(f"{where}, trường «{field}»: phải là một giá trị, không phải {_kind(value)}")


def _check_nested(where: str, row: dict) -> None:
    """An inspection's establishments (uids) and what was found at each; a violation's legal
    basis as (document, article, clause, point, lowest fine, highest fine)."""
    targets = row.get("establishments", [])
    if not isinstance(targets, list) or not all(isinstance(uid, str) for uid in targets):
        raise ShapeError(f"{where}, trường «establishments»: phải là danh sách mã cơ sở")
    details = row.get("target_details", {})
    if not isinstance(details, dict) or not all(isinstance(v, dict) for v in details.values()):
        raise ShapeError(f"{where}, trường «target_details»: phải là bản ghi theo từng cơ sở")
    basis = row.get("legal_basis_id")
    if basis is not None and not (isinstance(basis, list) and len(basis) == 6
                                  and all(_kind(v) in (TEXT, WHOLE, NUMBER, None) for v in basis)):
        raise ShapeError(f"{where}, trường «legal_basis_id»: phải là (văn bản, điều, khoản, điểm, mức thấp, mức cao)")
