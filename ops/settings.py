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


def save_report_settings(session: Session, settings: ReportSettings) -> Changes:
    """Validate and store the report settings (ReportSettingsError names the field)."""
    session.write(letterhead.save, settings)
    return Changes.of(SETTINGS)
