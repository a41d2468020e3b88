"""The office's settings and the report's settings."""

from __future__ import annotations

from models import office
from models.reports import settings as report_settings
from models.reports.settings import ReportSettings
from ops.changes import SETTINGS, Changes
from ops.session import Session


def set_period_rule(session: Session, rule: str) -> Changes:
    """Calendar periods or the Decree 09/2019 cut-off."""
    session.write(office.set_setting, "period_rule", rule)
    return Changes.of(SETTINGS)


def save_report_settings(session: Session, settings: ReportSettings) -> Changes:
    """Validate and store the report settings (ReportSettingsError names the field)."""
    session.write(report_settings.save, settings)
    return Changes.of(SETTINGS)
