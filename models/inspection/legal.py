"""The catalogue of legal bases (decree, article, clause, point) with the fine range each allows."""

from __future__ import annotations

import csv
import dataclasses
from typing import TYPE_CHECKING

from models import access
from models.inspection.common import RecordError, clean_text, required
from models.numbers import format_money, format_number
from models.resources import resource

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


@dataclasses.dataclass(frozen=True)
class LegalBasis:
    id: int | None
    document: str
    article: str = ""
    clause: str = ""
    point: str = ""
    description: str = ""
    fine_min: float = 0
    fine_max: float = 0
    active: bool = True
    sample: bool = False

    @property
    def citation(self) -> str:
        """"điểm a khoản 2 Điều 101 Nghị định 15/2020/NĐ-CP"."""
        parts = []
        if self.point:
            parts.append(f"điểm {self.point}")
        if self.clause:
            parts.append(f"khoản {self.clause}")
        if self.article:
            parts.append(f"Điều {self.article}")
        parts.append(self.document)
        return " ".join(parts)

    @property
    def range_text(self) -> str:
        return f"từ {format_number(self.fine_min)} đến {format_number(self.fine_max)} đồng"


def check_fine(basis: LegalBasis, amount: float) -> str | None:
    """Why ``amount`` is not a fine this basis allows (the message shows the range), or None."""
    if amount < basis.fine_min or amount > basis.fine_max:
        return (f"Số tiền phạt {format_money(amount)} ngoài khung của {basis.citation}: "
                f"{basis.range_text}")
    return None


def save_legal_basis(db: Database, basis: LegalBasis) -> int:
    access.require(db, "edit_inspection")
    document = required(basis.document, "document", "Văn bản")
    if basis.fine_min < 0:
        raise RecordError("fine_min", "Mức phạt tối thiểu: không được âm")
    if basis.fine_max < basis.fine_min:
        raise RecordError("fine_max", "Mức phạt tối đa: nhỏ hơn mức tối thiểu")
    record = {"document": document, "article": clean_text(basis.article), "clause": clean_text(basis.clause),
              "point": clean_text(basis.point), "description": clean_text(basis.description),
              "fine_min": float(basis.fine_min), "fine_max": float(basis.fine_max),
              "active": int(basis.active), "sample": int(basis.sample)}
    with db.atomic():
        if basis.id is None:
            return db["legal_bases"].insert(record).last_pk
        db["legal_bases"].update(basis.id, record)
        return basis.id


def list_legal_bases(db: Database, *, include_inactive: bool = False) -> list[LegalBasis]:
    where = "" if include_inactive else "WHERE active = 1"
    rows = db.execute_returning_dicts(f"SELECT * FROM legal_bases {where} ORDER BY document, "
                                      "CAST(article AS INTEGER), clause, point")
    return [LegalBasis(**{**r, "active": bool(r["active"]), "sample": bool(r["sample"])}) for r in rows]


def get_legal_basis(db: Database, basis_id: int) -> LegalBasis | None:
    rows = db.execute_returning_dicts("SELECT * FROM legal_bases WHERE id = ?", [basis_id])
    return LegalBasis(**{**rows[0], "active": bool(rows[0]["active"]), "sample": bool(rows[0]["sample"])}) \
        if rows else None


def load_sample_legal_bases(db: Database) -> None:
    """The demo catalogue (resources/demo/legal_bases.csv), marked as sample data."""
    with open(resource("demo", "legal_bases.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            save_legal_basis(db, LegalBasis(None, row["document"], row["article"], row["clause"], row["point"],
                                            row["description"], float(row["fine_min"]), float(row["fine_max"]),
                                            sample=True))
