"""The inspection records: establishments, legal bases, inspections, violations with their
photos, petitions, the field's quick entry, and the trash."""

from __future__ import annotations

from models.inspection import common, inspections, legal, petitions, registry, violations
from ops.changes import INSPECTION, Changes
from ops.session import Session

_SAVE = {
    registry.Establishment: registry.save_establishment,
    legal.LegalBasis: legal.save_legal_basis,
    inspections.Inspection: inspections.save_inspection,
    petitions.Petition: petitions.save_petition,
}


def save_record(session: Session, record, *, photos: tuple[str, ...] = ()) -> Changes:
    """Insert or update one record, checked (RecordError names the field); a violation with
    the image files ``photos`` attached in the same transaction."""
    if isinstance(record, violations.Violation):
        record_id = session.write(violations.save_with_photos, record, tuple(photos))
    else:
        record_id = session.write(_SAVE[type(record)], record)
    return Changes.of(INSPECTION, count=1, record_id=record_id)


def quick_entry(session: Session, *, org_unit_id: int, offender: str, place: str, description: str = "",
                occurred_at: str | None = None, photos: tuple[str, ...] = ()) -> Changes:
    """A violation recorded in the field with only the essentials (and photos)."""
    record_id = session.write(lambda db: violations.quick_entry(
        db, org_unit_id=org_unit_id, offender=offender, place=place, description=description,
        occurred_at=occurred_at, photos=tuple(photos)))
    return Changes.of(INSPECTION, count=1, record_id=record_id)


def add_photo(session: Session, violation_id: int, path: str) -> Changes:
    session.write(violations.add_photo, violation_id, path)
    return Changes.of(INSPECTION, count=1, record_id=violation_id)


def remove_photo(session: Session, photo_id: int) -> Changes:
    session.write(violations.remove_photo, photo_id)
    return Changes.of(INSPECTION, count=1)


def move_to_trash(session: Session, table: str, record_id: int) -> Changes:
    session.write(common.move_to_trash, table, record_id)
    return Changes.of(INSPECTION, count=1)


def restore_from_trash(session: Session, table: str, record_id: int) -> Changes:
    session.write(common.restore, table, record_id)
    return Changes.of(INSPECTION, count=1, record_id=record_id)


def empty_trash(session: Session) -> Changes:
    return Changes.of(INSPECTION, count=session.write(common.empty_trash))
