"""Editing the catalog: sectors, indicators and org units."""

from __future__ import annotations

from models import catalog
from ops.changes import CATALOG, Changes
from ops.session import Session


def add(session: Session, entity: str, **fields) -> Changes:
    return Changes.of(CATALOG, count=1, record_id=session.write(lambda db: catalog.add(db, entity, **fields)))


def update(session: Session, entity: str, record_id: int, **fields) -> Changes:
    session.write(lambda db: catalog.update(db, entity, record_id, **fields))
    return Changes.of(CATALOG, count=1, record_id=record_id)


def reorder(session: Session, entity: str, ordered_ids: list[int]) -> Changes:
    session.write(catalog.reorder, entity, ordered_ids)
    return Changes.of(CATALOG, count=len(ordered_ids))


def delete(session: Session, entity: str, record_id: int) -> Changes:
    session.write(catalog.delete, entity, record_id)
    return Changes.of(CATALOG, count=1)


def set_up_office(session: Session, province: str, commune: str | None = None) -> Changes:
    """A new office's org tree from the official list: a province and its communes, or one
    commune (GSO codes). Refused when the file already has org units."""
    from models.office_setup import set_up_office as fill

    top = session.write(fill, province, commune)
    return Changes.of(CATALOG, record_id=top)


def export_catalog(session: Session, path) -> int:
    """The catalog as a workbook (sectors, indicators, org units, successions)."""
    from models.catalog_io import export_catalog as write

    return session.read(write, path)


def plan_import(session: Session, path):
    """What importing a catalog file would add, change and retire, or its problems; writes nothing."""
    from models.catalog_io import plan

    return session.read(plan, path)


def import_catalog(session: Session, path) -> Changes:
    """Import a catalog file in one transaction; refused whole (CatalogImportRefused) on any problem."""
    from models import access
    from models.catalog_io import apply, plan

    def write(db):
        access.require(db, "edit_catalog")
        return apply(db, plan(db, path))

    return Changes.of(CATALOG, count=session.write(write))
