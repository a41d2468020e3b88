"""Approved periods are read-only, for every write and every import, until un-approved."""

import pytest

from models import access, approvals, audit, catalog
from models.activities import Activity, save_activity
from models.approvals import ApprovedError
from models.exchange.importing import ImportResult, apply
from models.narratives import save_narrative
from models.values import ValueChange, get_value, write_values


def scope(db):
    return catalog.indicator_by_code(db, "postal.providers").id, catalog.top_org_unit(db).id


def test_approved_period_refuses_figures_text_activities_and_imports(db):
    indicator, unit = scope(db)
    write_values(db, [ValueChange(indicator, unit, "2024", 12)])
    approvals.approve(db, unit, "2024")
    with pytest.raises(ApprovedError, match="đã được phê duyệt"):
        write_values(db, [ValueChange(indicator, unit, "2024", 13)])
    with pytest.raises(ApprovedError):
        save_narrative(db, catalog.sectors(db)[0].id, unit, "2024", "results", "x")
    with pytest.raises(ApprovedError):
        save_activity(db, Activity(None, catalog.sectors(db)[0].id, unit, "2024", "2024-05-01", "Tập huấn"))
    with pytest.raises(ApprovedError):
        apply(db, ImportResult("t.xlsx", changes=[ValueChange(indicator, unit, "2024", 14)]))
    assert get_value(db, indicator, unit, "2024").value == 12
    write_values(db, [ValueChange(indicator, unit, "2025", 1)])  # other periods stay open


def test_unapproving_needs_a_reason_and_is_kept(db):
    indicator, unit = scope(db)
    approvals.approve(db, unit, "2024")
    with pytest.raises(ApprovedError, match="lý do"):
        approvals.revoke(db, unit, "2024", "  ")
    approvals.revoke(db, unit, "2024", "Sửa số liệu doanh thu theo báo cáo của doanh nghiệp")
    write_values(db, [ValueChange(indicator, unit, "2024", 13)])
    entries = audit.history(db, "approvals", "1")
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[1].new["revoke_reason"].startswith("Sửa số liệu")


def test_only_leaders_and_administrators_approve(db):
    access.save_user(db, username="quantri", full_name="", role="admin", password="matkhau-qt")
    access.save_user(db, username="nhap", full_name="", role="data_entry", password="matkhau-nhap")
    access.save_user(db, username="lanhdao", full_name="", role="leader", password="matkhau-ld")
    _indicator, unit = scope(db)
    access.act_as(db, access.sign_in(db, "nhap", "matkhau-nhap"))
    with pytest.raises(access.AccessError):
        approvals.approve(db, unit, "2024")
    access.act_as(db, access.sign_in(db, "lanhdao", "matkhau-ld"))
    approvals.approve(db, unit, "2024")
    assert approvals.current(db, unit, "2024").approved_by == "lanhdao"
