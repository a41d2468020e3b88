"""The report's text and the sector's activities."""

from __future__ import annotations

from models import activities, narratives
from models.activities import Activity
from ops.changes import TEXTS, Changes
from ops.session import Session


def save_text(session: Session, sector_id: int, org_unit_id: int, period: str, part: str, body: str) -> Changes:
    session.write(narratives.save_narrative, sector_id, org_unit_id, period, part, body)
    return Changes.of(TEXTS, org_units={org_unit_id}, periods={period})


def save_activity(session: Session, activity: Activity) -> Changes:
    activity_id = session.write(activities.save_activity, activity)
    return Changes.of(TEXTS, org_units={activity.org_unit_id}, periods={activity.period}, count=1,
                      record_id=activity_id)


def delete_activity(session: Session, activity: Activity) -> Changes:
    session.write(activities.delete_activity, activity.id)
    return Changes.of(TEXTS, org_units={activity.org_unit_id}, periods={activity.period}, count=1)


def copy_texts(session: Session, org_unit_id: int, source: str, target: str) -> Changes:
    """Start a period's text from an earlier one's (parts already written are kept)."""
    copied = session.write(narratives.copy_texts, org_unit_id, source, target)
    return Changes.of(TEXTS, org_units={org_unit_id}, periods={target}, count=copied)


def set_text_checked(session: Session, sector_id: int, org_unit_id: int, period: str, part: str,
                     body: str) -> Changes:
    """Store one part after checking its fields (the command line's text set)."""
    def store(db):
        narratives.check_fields(db, body)
        narratives.save_narrative(db, sector_id, org_unit_id, period, part, body)

    session.write(store)
    return Changes.of(TEXTS, org_units={org_unit_id}, periods={period})
