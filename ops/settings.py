"""The office's settings and the report's settings."""

from __future__ import annotations

from models import office
from models.reports import letterhead
from models.reports.letterhead import ReportSettings
from ops.changes import SETTINGS, Changes
from ops.session import Session


def set_period_rule(session: Session, rule: str) -> Changes:
    """Calendar periods or the Decree 09/2019 cut-off."""
    session.write(office.set_setting, "period_rule", rule)
    return Changes.of(SETTINGS)


def save_report_settings(session: Session, settings: ReportSettings, org_unit_id: int | None = None,
                         valid_from: str = "") -> Changes:
    """Validate and store a unit's letterhead from a date (ReportSettingsError names the field)."""
    session.write(letterhead.save, settings, org_unit_id, valid_from)
    return Changes.of(SETTINGS)
