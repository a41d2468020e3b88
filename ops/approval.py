"""Approving an org unit's period, and un-approving it with a reason."""

from __future__ import annotations

from models import approvals
from ops.changes import APPROVALS, Changes
from ops.session import Session


def approve(session: Session, org_unit_id: int, period: str, reason: str = "") -> Changes:
    session.write(approvals.approve, org_unit_id, period, reason=reason)
    return Changes.of(APPROVALS, org_units={org_unit_id}, periods={period})


def revoke(session: Session, org_unit_id: int, period: str, reason: str) -> Changes:
    session.write(approvals.revoke, org_unit_id, period, reason)
    return Changes.of(APPROVALS, org_units={org_unit_id}, periods={period})
