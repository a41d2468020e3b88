"""Approval of an org unit's period by a leader.

While a period is approved, its figures, targets, activities and report text
cannot change, from any screen or any import (:func:`check_open` is called by
the write functions); un-approving needs a reason and is kept, with who and
when, like the approval itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from models import access, audit, catalog
from models.clock import now_iso
from models.text import nfc
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


class ApprovedError(UserError, PermissionError):
    """The period is approved: its data is read-only."""


@dataclasses.dataclass(frozen=True)
class Approval:
    id: int
    org_unit_id: int
    period: str
    approved_by: str
    approved_at: str


def current(db: Database, org_unit_id: int, period: str) -> Approval | None:
    """The approval in force for an org unit and period, if any."""
    row = db.execute("SELECT id, org_unit_id, period, approved_by, approved_at FROM approvals "
                     "WHERE org_unit_id = ? AND period = ? AND revoked_at IS NULL ORDER BY id DESC LIMIT 1",
                     [org_unit_id, period]).fetchone()
    return Approval(*row) if row else None


@dataclasses.dataclass(frozen=True)
class Locked:
    """What approving an org unit's period makes read-only."""

    figures: int
    targets: int
    texts: int
    activities: int


def what_is_locked(db: Database, org_unit_id: int, period: str) -> Locked:
    """How many figures, targets, report texts and activities an approval would lock."""
    def count(table: str, extra: str = "") -> int:
        return db.execute(f"SELECT COUNT(*) FROM {table} WHERE org_unit_id = ? AND period = ? {extra}",
                          [org_unit_id, period]).fetchone()[0]

    return Locked(count("indicator_values"), count("targets"), count("narratives", "AND body != ''"),
                  count("activities"))


def check_open(db: Database, scopes: Iterable[tuple[int, str]]) -> None:
    """Raise ApprovedError naming the first approved (org unit, period) among ``scopes``."""
    for org_unit_id, period in dict.fromkeys(scopes):
        approval = current(db, org_unit_id, period)
        if approval is not None:
            unit = catalog.org_unit(db, org_unit_id)
            raise ApprovedError(f"{unit.name_vi}, kỳ {period} đã được phê duyệt ({approval.approved_by}, "
                                f"{approval.approved_at[:16].replace('T', ' ')}): số liệu chỉ được xem")


def approve(db: Database, org_unit_id: int, period: str, *, reason: str = "") -> int:
    """Approve an org unit's period (leaders and administrators). Refused while the figures
    break a check with an error (models.validation), unless a ``reason`` is given, which is
    kept with the approval (and so in the audit log); warnings never stop it."""
    from models.validation import ERROR, validate

    access.require(db, "approve")
    reason = nfc((reason or "").strip())
    errors = [p for p in validate(db, org_unit_id, period) if p.importance == ERROR]
    if errors and not reason:
        raise ApprovedError(f"Số liệu còn {len(errors)} lỗi kiểm tra (ví dụ: {errors[0].message}); "
                            "sửa số liệu, hoặc ghi lý do để vẫn phê duyệt")
    with db.atomic():
        if current(db, org_unit_id, period) is not None:
            raise ApprovedError(f"Kỳ {period} đã được phê duyệt")
        return db["approvals"].insert({"org_unit_id": org_unit_id, "period": period,
                                       "approved_by": audit.name_of(db), "approved_at": now_iso(),
                                       "override_reason": reason if errors else ""}).last_pk


def revoke(db: Database, org_unit_id: int, period: str, reason: str) -> None:
    """Un-approve, with a reason (kept)."""
    access.require(db, "approve")
    reason = nfc((reason or "").strip())
    if not reason:
        raise ApprovedError("Cần ghi lý do bỏ phê duyệt")
    with db.atomic():
        approval = current(db, org_unit_id, period)
        if approval is None:
            raise ApprovedError(f"Kỳ {period} chưa được phê duyệt")
        db.execute("UPDATE approvals SET revoked_by = ?, revoked_at = ?, revoke_reason = ? WHERE id = ?",
                   [audit.name_of(db), now_iso(), reason, approval.id])
