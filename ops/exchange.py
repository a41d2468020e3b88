"""Spreadsheets and data packages: templates to fill in, long tables, packages between offices.

Reading a file and writing an export are queries (``session.read``: on a worker they
use a connection of their own); importing writes through the session's one writer, in
one transaction that a cancel rolls back.
"""

from __future__ import annotations

import os

from models.exchange import exporting, importing, packages, templates
from models.exchange.importing import ImportResult
from models.exchange.packages import Package
from models.progress import NONE as NO_PROGRESS, Progress
from models.values import ValueChange
from ops.changes import APPROVALS, FIGURES, IMPORTED, INSPECTION, TEXTS, Changes
from ops.session import Session


def read_spreadsheet(session: Session, path: str | os.PathLike) -> ImportResult:
    """A filled template or a long table, read and checked, with what the figure checks would
    find once it is written (tried in a savepoint on the writer and rolled back); nothing stays."""
    from models.validation import preview

    result = session.read(importing.read_any, path)
    values = [c for c in result.changes if isinstance(c, ValueChange)]
    result.checks = session.write(preview, values) if values else []
    return result


def import_spreadsheet(session: Session, result: ImportResult, *, valid_only: bool = False,
                       progress: Progress = NO_PROGRESS) -> Changes:
    """Write what was read (after a backup), all or nothing; ``valid_only`` skips the bad rows."""
    count = session.write(importing.apply, result, valid_only=valid_only, db_path=session.path, progress=progress)
    return Changes.of(FIGURES, TEXTS, IMPORTED, org_units={c.org_unit_id for c in result.changes} |
                      {a.org_unit_id for a in result.activities},
                      periods={c.period for c in result.changes} | {a.period for a in result.activities},
                      count=count)


def export_template(session: Session, org_unit_id: int, period: str, path: str | os.PathLike) -> int:
    """The workbook to fill in for an org unit and period; returns how many indicators it holds."""
    return session.read(templates.export_template, org_unit_id, period, path)


def export_table(session: Session, path: str | os.PathLike, *, org_unit_ids: list[int] | None = None,
                 periods: list[str] | None = None, with_computed: bool = False) -> int:
    """The long table of figures (.xlsx or .csv), with the computed ones if asked; its rows."""
    return session.read(exporting.export_table, path, org_unit_ids=org_unit_ids, periods=periods,
                        with_computed=with_computed)


def read_package(session: Session, path: str | os.PathLike, *,
                 trust_new: bool = False) -> tuple[Package, list[packages.Item]]:
    """A data package, checked (its signature, and its key trusted for its unit: a first key only
    with ``trust_new``), and what importing it would do; nothing is written."""
    return session.read(packages.read_and_preview, path, trust_new=trust_new)


def check_package(session: Session, package: Package) -> list | None:
    """What the figure checks would find once the package's figures are written (tried in a
    savepoint on the writer and rolled back; None: too many to try); nothing stays."""
    from models.validation import preview

    def tried(db):
        changes = packages.value_changes(db, package.data.get("values", []))
        return preview(db, changes) if changes else []

    return session.write(tried)


def import_package(session: Session, package: Package, *, resolutions: dict[str, str] | None = None,
                   progress: Progress = NO_PROGRESS, trust_new: bool = False) -> Changes:
    """Commit a package (after a backup), all or nothing; ``resolutions`` settles its conflicts;
    ``trust_new`` confirms (and keeps) the key of a unit's first package."""
    counts = session.write(packages.import_package, package, resolutions=resolutions, db_path=session.path,
                           progress=progress, trust_new=trust_new)
    return Changes.of(FIGURES, TEXTS, APPROVALS, INSPECTION, IMPORTED, periods={package.manifest["period"]},
                      count=counts.get("taken", 0))


def export_package(session: Session, org_unit_id: int, period: str, path: str | os.PathLike) -> dict:
    """The data package of an org unit (and those under it) for a period, signed with this
    office's key (made on the writer the first time); returns its manifest."""
    from models.exchange import signing
    from models.periods import parse_period

    session.write(signing.own_public_key)
    sequence = session.write(packages.reserve_sequence, org_unit_id, parse_period(period).key)
    return session.read(packages.export_package, org_unit_id, period, path, sequence=sequence)


def own_key(session: Session) -> str:
    """This office's public key as a line of text (made the first time), to send by another way."""
    from models.exchange import signing

    return session.write(signing.export_public_key)


def trust_key(session: Session, unit_code: str, text: str) -> str:
    """Trust a unit's public key (a line from its `office-key export`); returns its fingerprint."""
    from models import access
    from models.exchange import signing

    key = signing.read_public_key(text)

    def write(db):
        access.require(db, "edit_catalog")
        return signing.trust(db, unit_code, key)

    return session.write(write)
