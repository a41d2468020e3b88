"""Data packages: one file that carries an office's period to another office.

A package (.tttpkg) is a zip with exactly these members, read from an
allow-list with size limits and never extracted to disk by path:

* ``manifest.json`` — origin org unit, period, schema version, package id,
  created at, record counts, and the SHA-256 of the content;
* ``data.json`` — figures, targets, report texts, activities, approvals,
  establishments, inspections, violations and petitions;
* ``photos/<sha256>.bin`` — the violations' evidence photos.

Importing shows a preview (new, changed, conflicting, identical records) and
commits all or nothing. A package imported before is refused; one whose
content does not match its hash is refused; a record the receiving office
changed itself, and which the package changes too, is a conflict the user
settles (keep ours or take theirs), never silently overwritten.
"""

from __future__ import annotations

import dataclasses

import hashlib
import json
import os
import pathlib
import re
import uuid
import zipfile
from typing import TYPE_CHECKING

from models import approvals as approvals_model
from models import catalog, schema
from models.activities import Activity, save_activity
from models.backup import take_backup
from models.clock import now_iso
from models.output import written
from models.inspection.common import search_text
from models.inspection.computed import unit_and_below
from models.inspection.violations import thumbnail
from models.narratives import save_narrative
from models.periods import parse_period
from models.progress import NONE as NO_PROGRESS, Progress
from models.dates import format_date
from models.exchange import package_shape, signing
from models.values import TargetChange, ValueChange, write_values
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

FORMAT = "tttt-package"
VERSION = 1
LIMITS = {"manifest.json": 1 * 1024 * 1024, "data.json": 200 * 1024 * 1024}
PHOTO_LIMIT = 25 * 1024 * 1024
PHOTO_MEMBER = re.compile(r"^photos/[0-9a-f]{64}\.bin$")
MAX_MEMBERS = 20_000
MAX_TOTAL = 1024 * 1024 * 1024  # all members together, unpacked
RECORD_TABLES = ("establishments", "inspections", "violations", "petitions")


class PackageError(UserError, ValueError):
    """A package refused (malformed, tampered, imported before, conflicts unsettled)."""


# ---------------------------------------------------------------- export


def _rows(db: Database, sql: str, params: list) -> list[dict]:
    return db.execute_returning_dicts(sql, params)


def reserve_sequence(db: Database, org_unit_id: int, period: str) -> tuple[int, str]:
    """The next number of this office's packages for the unit and period, and the new package's
    id, recorded (one transaction): a receiver refuses a package older than one it imported."""
    package_id = uuid.uuid4().hex
    with db.atomic():
        sequence = db.execute("SELECT COALESCE(MAX(sequence), 0) + 1 FROM sent_packages WHERE org_unit_id = ? "
                              "AND period = ?", [org_unit_id, period]).fetchone()[0]
        db.execute("INSERT INTO sent_packages (org_unit_id, period, sequence, package_id, created_at) "
                   "VALUES (?, ?, ?, ?, ?)", [org_unit_id, period, sequence, package_id, now_iso()])
    return sequence, package_id


def export_package(db: Database, org_unit_id: int, period: str, path: str | os.PathLike, *,
                   sequence: tuple[int, str] | None = None) -> dict:
    """Write the package of an org unit (and the units under it) for a period; returns its manifest.
    ``sequence`` is (number, package id) from :func:`reserve_sequence` (taken here when not given)."""
    period = parse_period(period)
    number, package_id = sequence or reserve_sequence(db, org_unit_id, period.key)
    start, end = (d.isoformat() for d in period.date_range())
    origin = catalog.org_unit(db, org_unit_id)
    units = unit_and_below(db, org_unit_id)
    marks = ",".join("?" * len(units))
    data = {
        "values": _rows(db, f"""SELECT i.code AS indicator, u.code AS org_unit, v.period, v.value, v.status, v.note,
                                       v.updated_at FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
                                JOIN org_units u ON u.id = v.org_unit_id
                                WHERE v.org_unit_id IN ({marks}) AND v.period = ?""", [*units, period.key]),
        "targets": _rows(db, f"""SELECT i.code AS indicator, u.code AS org_unit, t.period, t.value FROM targets t
                                 JOIN indicators i ON i.id = t.indicator_id JOIN org_units u ON u.id = t.org_unit_id
                                 WHERE t.org_unit_id IN ({marks}) AND t.period = ?""", [*units, period.key]),
        "narratives": _rows(db, f"""SELECT s.code AS sector, u.code AS org_unit, n.period, n.part, n.body
                                    FROM narratives n JOIN sectors s ON s.id = n.sector_id
                                    JOIN org_units u ON u.id = n.org_unit_id
                                    WHERE n.org_unit_id IN ({marks}) AND n.period = ?""", [*units, period.key]),
        "activities": _rows(db, f"""SELECT s.code AS sector, u.code AS org_unit, a.period, a.date, a.title, a.kind,
                                           a.participants, a.note FROM activities a JOIN sectors s ON s.id = a.sector_id
                                    JOIN org_units u ON u.id = a.org_unit_id
                                    WHERE a.org_unit_id IN ({marks}) AND a.period = ?""", [*units, period.key]),
        "approvals": _rows(db, f"""SELECT u.code AS org_unit, a.period, a.approved_by, a.approved_at FROM approvals a
                                   JOIN org_units u ON u.id = a.org_unit_id
                                   WHERE a.org_unit_id IN ({marks}) AND a.period = ? AND a.revoked_at IS NULL""",
                           [*units, period.key]),
        "establishments": _records(db, "establishments", units, None),
        "inspections": _records(db, "inspections", units, ("t.decision_date", start, end)),
        "violations": _records(db, "violations", units, ("substr(t.occurred_at, 1, 10)", start, end)),
        "petitions": _records(db, "petitions", units, ("t.received_date", start, end)),
    }
    photos = {}
    violation_uids = [v["uid"] for v in data["violations"]]
    data["photos"] = []
    for uid in violation_uids:
        for file_name, media_type, digest, blob in db.execute(
                "SELECT p.file_name, p.media_type, p.sha256, p.data FROM violation_photos p "
                "JOIN violations v ON v.id = p.violation_id WHERE v.uid = ?", [uid]):
            data["photos"].append({"violation": uid, "file_name": file_name, "media_type": media_type,
                                   "sha256": digest})
            photos[digest] = blob
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    manifest = {"format": FORMAT, "version": VERSION, "package_id": package_id, "origin": origin.code,
                "period": period.key, "sequence": number, "schema": [m.name for m in schema.migrations.applied(db)][-1],
                "created_at": now_iso(), "counts": {k: len(v) for k, v in data.items()},
                "content_hash": _content_hash(payload, photos)}
    manifest = signing.sign(db, manifest)  # over the manifest, which holds the content's hash
    with written(path) as temporary, zipfile.ZipFile(os.fspath(temporary), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr("data.json", payload)
        for digest, blob in photos.items():
            archive.writestr(f"photos/{digest}.bin", blob)
    return manifest


def _records(db: Database, table: str, units: list[int], dated: tuple | None) -> list[dict]:
    """Inspection records with their references as global ids and codes, not local ids."""
    marks = ",".join("?" * len(units))
    where = f"t.deleted_at IS NULL AND t.org_unit_id IN ({marks})"
    params: list = list(units)
    if dated:
        where += f" AND {dated[0]} BETWEEN ? AND ?"
        params += [dated[1], dated[2]]
    rows = db.execute_returning_dicts(f"SELECT t.* FROM {table} t WHERE {where}", params)
    out = []
    for row in rows:
        row = {k: v for k, v in row.items() if k not in ("id", "search", "deleted_at")}
        row["org_unit_id"] = _code(db, "org_units", row.pop("org_unit_id"))
        if "sector_id" in row:
            row["sector_id"] = _code(db, "sectors", row["sector_id"])
        for key, other in (("inspection_id", "inspections"), ("establishment_id", "establishments")):
            if key in row:
                row[key] = _uid(db, other, row[key])
        if "legal_basis_id" in row:
            row["legal_basis_id"] = _legal_key(db, row["legal_basis_id"])
        if table == "inspections":
            targets = db.execute(
                "SELECT e.uid, t.details FROM inspection_targets t JOIN establishments e ON e.id = t.establishment_id "
                "JOIN inspections i ON i.id = t.inspection_id WHERE i.uid = ? ORDER BY e.uid", [row["uid"]]).fetchall()
            row["establishments"] = [uid for uid, _details in targets]
            row["target_details"] = {uid: json.loads(details or "{}") for uid, details in targets
                                     if details and details != "{}"}
        out.append(row)
    return out


def _code(db, table, record_id):
    row = db.execute(f"SELECT code FROM {table} WHERE id = ?", [record_id]).fetchone() if record_id else None
    return row[0] if row else None


def _uid(db, table, record_id):
    row = db.execute(f"SELECT uid FROM {table} WHERE id = ?", [record_id]).fetchone() if record_id else None
    return row[0] if row else None


def _legal_key(db, basis_id):
    row = db.execute("SELECT document, article, clause, point, fine_min, fine_max FROM legal_bases WHERE id = ?",
                     [basis_id]).fetchone() if basis_id else None
    return list(row) if row else None


def _content_hash(payload: bytes, photos: dict[str, bytes]) -> str:
    digest = hashlib.sha256(payload)
    for name in sorted(photos):
        digest.update(name.encode())
        digest.update(photos[name])
    return digest.hexdigest()


# ---------------------------------------------------------------- reading


@dataclasses.dataclass
class Package:
    manifest: dict
    data: dict
    photos: dict[str, bytes]
    public_key: bytes = b""  # the key that signed it (models.exchange.signing)


def read_package(path: str | os.PathLike) -> Package:
    """Open a package from its allow-listed members, checking sizes and the content hash."""
    path = pathlib.Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path.name}: không phải gói dữ liệu ({exc})") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise PackageError(f"{path.name}: quá nhiều thành phần")
        names = {m.filename: m for m in members}
        total = sum(m.file_size for m in members)  # as declared: checked before anything is unpacked
        if total > MAX_TOTAL:
            raise PackageError(f"{path.name}: giải nén ra {total // (1024 * 1024)} MB, quá giới hạn "
                               f"{MAX_TOTAL // (1024 * 1024)} MB")
        for name, info in names.items():
            limit = LIMITS.get(name) or (PHOTO_LIMIT if PHOTO_MEMBER.match(name) else None)
            if limit is None:
                raise PackageError(f"{path.name}: thành phần lạ «{name}» bị từ chối")
            if info.file_size > limit:
                raise PackageError(f"{path.name}: thành phần «{name}» quá lớn")
        if "manifest.json" not in names or "data.json" not in names:
            raise PackageError(f"{path.name}: thiếu manifest.json hoặc data.json")
        try:
            manifest = json.loads(archive.read("manifest.json"))
            payload = archive.read("data.json")
            data = json.loads(payload)
            photos = {name[7:-4]: archive.read(name) for name in names if PHOTO_MEMBER.match(name)}
        except (ValueError, zipfile.BadZipFile) as exc:
            raise PackageError(f"{path.name}: nội dung hỏng ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise PackageError(f"{path.name}: không phải gói dữ liệu của chương trình này")
    package_shape.check(path.name, manifest, data, RECORD_TABLES)
    if _content_hash(payload, photos) != manifest.get("content_hash"):
        raise PackageError(f"{path.name}: nội dung không khớp mã băm trong manifest (gói đã bị sửa)")
    for digest, blob in photos.items():
        if hashlib.sha256(blob).hexdigest() != digest:
            raise PackageError(f"{path.name}: ảnh {digest[:12]}… không khớp mã băm")
    return Package(manifest, data, photos, signing.verify(manifest))


# ---------------------------------------------------------------- preview and import

NEW, CHANGED, CONFLICT, IDENTICAL = "new", "changed", "conflict", "identical"


@dataclasses.dataclass(frozen=True)
class Item:
    """One record of a package, compared with the receiving database."""

    kind: str
    key: str
    label: str
    state: str
    ours: dict | None
    theirs: dict


def _compare(ours: dict | None, theirs: dict, fields: tuple[str, ...], *, ours_from_package: bool = False) -> str:
    if ours is None:
        return NEW
    if all(ours.get(f) == theirs.get(f) for f in fields):
        return IDENTICAL
    # Ours is what an earlier package brought and nobody edited it here since: the newer package
    # (its number says so, not its clock) updates it. Anything edited here is a conflict.
    if ours_from_package:
        return CHANGED
    return CONFLICT


def preview(db: Database, package: Package, *, trust_new: bool = False) -> list[Item]:
    """Every record of the package and what importing it would do. Refuses a package imported
    before, one signed by a key not trusted for its unit (the first one only with ``trust_new``),
    and one carrying records of units outside the sender's tree or approvals not its own."""
    manifest = package.manifest
    if db.execute("SELECT 1 FROM imported_packages WHERE package_id = ?", [manifest["package_id"]]).fetchone():
        raise PackageError(f"Gói {manifest['package_id'][:8]}… đã được nhập trước đây")
    signing.check_trust(db, manifest["origin"], package.public_key, trust_new=trust_new)
    last = db.execute("SELECT sequence, imported_at FROM imported_packages WHERE origin = ? AND period = ? "
                      "ORDER BY sequence DESC LIMIT 1", [manifest["origin"], manifest["period"]]).fetchone()
    if last is not None and int(manifest.get("sequence") or 0) <= last[0]:
        raise PackageError(f"Gói số {manifest.get('sequence')} của «{manifest['origin']}», kỳ {manifest['period']} "
                           f"cũ hơn gói số {last[0]} đã nhập ngày {format_date(last[1])}: không nhập")
    indicators = {i.code: i for i in catalog.indicators(db, include_inactive=True)}
    units = {u.code: u for u in catalog.org_units(db, include_inactive=True)}
    _check_scope(db, package, units)
    sectors = {s.code: s for s in catalog.sectors(db, include_inactive=True)}
    unknown = [v["org_unit"] for v in package.data["values"] if v["org_unit"] not in units] + \
        [v["indicator"] for v in package.data["values"] if v["indicator"] not in indicators]
    if unknown:
        raise PackageError(f"Gói nhắc tới mã không có trong danh mục: {', '.join(sorted(set(unknown))[:5])}")
    items: list[Item] = []
    for row in package.data["values"]:
        indicator, unit = indicators[row["indicator"]], units[row["org_unit"]]
        ours = db.execute_returning_dicts(
            "SELECT value, status, note, updated_by, updated_at FROM indicator_values WHERE indicator_id = ? "
            "AND org_unit_id = ? AND period = ?", [indicator.id, unit.id, row["period"]])
        ours = ours[0] if ours else None
        # A figure knows where it came from: one edited here is a conflict, one from a package is not.
        state = _compare(ours, row, ("value", "status", "note"),
                         ours_from_package=bool(ours and ours["updated_by"].startswith("package:")))
        items.append(Item("values", f"{row['indicator']}|{row['org_unit']}|{row['period']}",
                          f"{indicator.name_vi} — {unit.name_vi}, {row['period']}", state, ours, row))
    for row in package.data["targets"]:
        indicator, unit = indicators[row["indicator"]], units[row["org_unit"]]
        found = db.execute("SELECT value FROM targets WHERE indicator_id = ? AND org_unit_id = ? AND period = ?",
                           [indicator.id, unit.id, row["period"]]).fetchone()
        ours = {"value": found[0]} if found else None
        items.append(Item("targets", f"{row['indicator']}|{row['org_unit']}|{row['period']}",
                          f"Kế hoạch: {indicator.name_vi} — {unit.name_vi}", _compare(ours, row, ("value",)),
                          ours, row))
    for row in package.data["narratives"]:
        sector, unit = sectors[row["sector"]], units[row["org_unit"]]
        found = db.execute("SELECT body FROM narratives WHERE sector_id = ? AND org_unit_id = ? AND period = ? "
                           "AND part = ?", [sector.id, unit.id, row["period"], row["part"]]).fetchone()
        ours = {"body": found[0]} if found and found[0] else None
        items.append(Item("narratives", f"{row['sector']}|{row['org_unit']}|{row['period']}|{row['part']}",
                          f"Văn bản {sector.name_vi} ({row['part']}) — {unit.name_vi}",
                          _compare(ours, row, ("body",)), ours, row))
    for row in package.data["activities"]:
        sector, unit = sectors[row["sector"]], units[row["org_unit"]]
        found = db.execute_returning_dicts(
            "SELECT kind, participants, note FROM activities WHERE sector_id = ? AND org_unit_id = ? AND period = ? "
            "AND date = ? AND title = ?", [sector.id, unit.id, row["period"], row["date"], row["title"]])
        items.append(Item("activities", f"{row['sector']}|{row['org_unit']}|{row['date']}|{row['title']}",
                          f"Hoạt động: {row['title']}", _compare(found[0] if found else None, row,
                                                                ("kind", "participants", "note")),
                          found[0] if found else None, row))
    for row in package.data["approvals"]:
        unit = units[row["org_unit"]]
        ours = approvals_model.current(db, unit.id, row["period"])
        items.append(Item("approvals", f"{row['org_unit']}|{row['period']}", f"Phê duyệt {unit.name_vi}",
                          IDENTICAL if ours else NEW, dataclasses.asdict(ours) if ours else None, row))
    for table in RECORD_TABLES:
        for row in package.data[table]:
            found = db.execute_returning_dicts(f"SELECT * FROM {table} WHERE uid = ?", [row["uid"]])
            ours = None
            if found:
                ours = {k: v for k, v in found[0].items() if k in row}
                ours.update({k: row[k] for k in ("org_unit_id", "sector_id", "inspection_id", "establishment_id",
                                                  "legal_basis_id", "establishments") if k in row})
                if table == "inspections":  # what was found at each establishment: ours, to compare
                    ours["target_details"] = {uid: json.loads(details) for uid, details in db.execute(
                        "SELECT e.uid, t.details FROM inspection_targets t JOIN establishments e ON "
                        "e.id = t.establishment_id WHERE t.inspection_id = ?", [found[0]["id"]]).fetchall()
                        if details and details != "{}"}
            fields = tuple(k for k in row if k not in ("updated_at", "org_unit_id", "sector_id", "inspection_id",
                                                        "establishment_id", "legal_basis_id", "establishments"))
            label = row.get("name") or row.get("decision_number") or row.get("offender") or row.get("sender") or ""
            # Ours is the version last received (not edited here since): a newer package's, by its
            # number, replaces it; a record edited here is a conflict, whatever either clock says.
            received = db.execute("SELECT updated_at FROM received_records WHERE kind = ? AND uid = ?",
                                  [table, row["uid"]]).fetchone()
            as_received = bool(found) and received is not None and received[0] == found[0]["updated_at"]
            items.append(Item(table, row["uid"], f"{table}: {label}",
                              _compare(ours, row, fields, ours_from_package=as_received), ours, row))
    return items


def import_package(db: Database, package: Package, *, resolutions: dict[str, str] | None = None,
                   db_path: str | os.PathLike | None = None, progress: Progress = NO_PROGRESS,
                   trust_new: bool = False) -> dict[str, int]:
    """Commit the package, all or nothing; ``resolutions`` settles each conflict by key ("theirs"
    or "ours"); ``trust_new`` confirms the key of a unit's first package (then kept as trusted).
    Returns how many records of each state were taken."""
    resolutions = resolutions or {}
    items = preview(db, package, trust_new=trust_new)
    unsettled = [i for i in items if i.state == CONFLICT and resolutions.get(f"{i.kind}:{i.key}") not in
                 ("theirs", "ours")]
    if unsettled:
        raise PackageError(f"{len(unsettled)} bản ghi xung đột chưa được chọn (ví dụ: {unsettled[0].label})")
    take = [i for i in items if i.state in (NEW, CHANGED) or
            (i.state == CONFLICT and resolutions.get(f"{i.kind}:{i.key}") == "theirs")]
    from models import access

    if any(i.kind in RECORD_TABLES for i in take):  # the same rights as the forms that make them
        access.require(db, "edit_inspection")
    if any(i.kind in ("values", "targets") for i in take):
        access.require(db, "edit_figures")
    if db_path is not None:
        take_backup(db, db_path, "import")
    progress.step()
    origin = package.manifest["origin"]
    with db.atomic():
        if trust_new:
            signing.trust(db, origin, package.public_key)
        # Who changed a figure names the package (completeness shows which one, and when).
        _apply(db, package, take, user=f"package:{origin}:{package.manifest['package_id']}", progress=progress)
        db["imported_packages"].insert({
            "package_id": package.manifest["package_id"], "origin": origin, "period": package.manifest["period"],
            "created_at": package.manifest["created_at"], "imported_at": now_iso(),
            "content_hash": package.manifest["content_hash"], "sequence": int(package.manifest.get("sequence") or 0)})
        for item in take:
            if item.kind in RECORD_TABLES:
                stored = db.execute(f"SELECT updated_at FROM {item.kind} WHERE uid = ?", [item.key]).fetchone()
                db.execute("INSERT INTO received_records (kind, uid, updated_at, package_id) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (kind, uid) DO UPDATE SET updated_at = excluded.updated_at, "
                           "package_id = excluded.package_id",
                           [item.kind, item.key, stored[0] if stored else None, package.manifest["package_id"]])
    counts: dict[str, int] = {}
    for item in items:
        counts[item.state] = counts.get(item.state, 0) + 1
    counts["taken"] = len(take)
    return counts


def _ids_by_code(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    """Indicator and org-unit ids by their codes, retired ones included."""
    return ({i.code: i.id for i in catalog.indicators(db, include_inactive=True)},
            {u.code: u.id for u in catalog.org_units(db, include_inactive=True)})


def value_changes(db: Database, rows: list[dict], ids: tuple[dict, dict] | None = None) -> list[ValueChange]:
    """A package's figure rows as changes to this database (rows naming codes it lacks left out);
    ``ids``: :func:`_ids_by_code`, when the caller has them already."""
    indicators, units = ids or _ids_by_code(db)
    return [ValueChange(indicators[row["indicator"]], units[row["org_unit"]], row["period"], row["value"],
                        row.get("status") or "final", row.get("note") or "")
            for row in rows if row["indicator"] in indicators and row["org_unit"] in units
            and row.get("value") is not None]


def _apply(db: Database, package: Package, take: list[Item], *, user: str, progress: Progress) -> None:
    indicators, units = ids = _ids_by_code(db)
    sectors = {s.code: s.id for s in catalog.sectors(db, include_inactive=True)}
    changes: list = value_changes(db, [item.theirs for item in take if item.kind == "values"], ids)
    for item in take:
        row = item.theirs
        if item.kind == "targets":
            changes.append(TargetChange(indicators[row["indicator"]], units[row["org_unit"]], row["period"],
                                        row["value"]))
    if changes:
        write_values(db, changes, source=user, progress=progress,
                     about={"package": package.manifest["package_id"], "sha256": package.manifest["content_hash"]})
    for item in take:
        row = item.theirs
        if item.kind == "narratives":
            save_narrative(db, sectors[row["sector"]], units[row["org_unit"]], row["period"], row["part"], row["body"])
        elif item.kind == "activities":
            save_activity(db, Activity(None, sectors[row["sector"]], units[row["org_unit"]], row["period"],
                                       row["date"], row["title"], row["kind"], row["participants"], row["note"]))
    for table in RECORD_TABLES:  # establishments before what refers to them
        for item in take:
            if item.kind == table:
                _upsert_record(db, table, item.theirs, units, sectors, package)
    for item in take:  # approvals last: they close the period they arrive with
        if item.kind == "approvals":
            row = item.theirs
            db["approvals"].insert({"org_unit_id": units[row["org_unit"]], "period": row["period"],
                                    "approved_by": row["approved_by"], "approved_at": row["approved_at"]})


def _check_order(table: str, row: dict) -> None:
    """The same order in time a record keeps when typed (models/inspection/paperwork.py)."""
    from models.inspection import paperwork
    from models.inspection.common import RecordError

    details = paperwork.details_of(row.get("details"))
    try:
        if table == "violations":
            paperwork.check_violation_order({**details, **{k: row.get(k) for k in (
                "occurred_at", "decision_date", "payment_deadline")}})
        elif table == "inspections":
            paperwork.check_inspection_order({**details, **{k: row.get(k) for k in (
                "decision_date", "start_date", "end_date")}})
    except RecordError as exc:
        what = row.get("offender") or row.get("decision_number") or row.get("uid")
        raise PackageError(f"{table} «{what}»: {exc}; không nhập gói") from None


def _upsert_record(db: Database, table: str, row: dict, units, sectors, package: Package) -> None:
    _check_order(table, row)
    record = {k: v for k, v in row.items() if k not in ("establishments", "target_details")}
    record["org_unit_id"] = units[record["org_unit_id"]]
    if "sector_id" in record:
        record["sector_id"] = sectors.get(record["sector_id"])
    for key, other in (("inspection_id", "inspections"), ("establishment_id", "establishments")):
        if key in record and record[key]:
            found = db.execute(f"SELECT id FROM {other} WHERE uid = ?", [record[key]]).fetchone()
            record[key] = found[0] if found else None
    if "legal_basis_id" in record and record["legal_basis_id"]:
        document, article, clause, point, low, high = record["legal_basis_id"]
        found = db.execute("SELECT id FROM legal_bases WHERE document = ? AND article = ? AND clause = ? AND "
                           "point = ?", [document, article, clause, point]).fetchone()
        record["legal_basis_id"] = found[0] if found else db["legal_bases"].insert({
            "document": document, "article": article, "clause": clause, "point": point, "fine_min": low,
            "fine_max": high}).last_pk
    if table == "violations" and record.get("fine") and record.get("legal_basis_id"):  # the form's own rule
        from models.inspection.legal import check_fine, get_legal_basis

        problem = check_fine(get_legal_basis(db, record["legal_basis_id"]), record["fine"])
        if problem:
            raise PackageError(f"violations «{row.get('offender') or row.get('uid')}»: {problem}; không nhập gói")
    record["search"] = search_text(*(record.get(k) for k in ("name", "address", "offender", "place",
                                                             "description", "decision_number", "sender",
                                                             "content") if record.get(k)))
    existing = db.execute(f"SELECT id FROM {table} WHERE uid = ?", [row["uid"]]).fetchone()
    if existing:
        db[table].update(existing[0], record)
        local_id = existing[0]
    else:
        local_id = db[table].insert(record).last_pk
    if table == "inspections":
        db.execute("DELETE FROM inspection_targets WHERE inspection_id = ?", [local_id])
        for uid in row.get("establishments", []):
            found = db.execute("SELECT id FROM establishments WHERE uid = ?", [uid]).fetchone()
            if found:
                details = json.dumps(row.get("target_details", {}).get(uid, {}), ensure_ascii=False, sort_keys=True)
                db.execute("INSERT OR IGNORE INTO inspection_targets (inspection_id, establishment_id, details) "
                           "VALUES (?, ?, ?)", [local_id, found[0], details])
    if table == "violations":
        have = {r[0] for r in db.execute("SELECT sha256 FROM violation_photos WHERE violation_id = ?", [local_id])}
        for photo in package.data.get("photos", []):
            if photo["violation"] == row["uid"] and photo["sha256"] not in have:
                blob = package.photos[photo["sha256"]]
                db["violation_photos"].insert({"violation_id": local_id, "file_name": photo["file_name"],
                                               "media_type": photo["media_type"], "sha256": photo["sha256"],
                                               "data": blob, "thumbnail": thumbnail(blob),
                                               "added_at": now_iso()})



def read_and_preview(db: Database, path: str | os.PathLike, *,
                     trust_new: bool = False) -> tuple[Package, list[Item]]:
    package = read_package(path)
    return package, preview(db, package, trust_new=trust_new)


def _check_scope(db: Database, package: Package, units: dict) -> None:
    """A package carries records and approvals of its own unit and the units under it only: an
    office cannot speak for its neighbours or approve for its province."""
    origin = package.manifest["origin"]
    top = units.get(origin)
    if top is None:
        raise PackageError(f"Gói của đơn vị «{origin}» không có trong danh mục: không nhập")
    codes = {u.id: code for code, u in units.items()}
    allowed = {codes[unit_id] for unit_id in unit_and_below(db, top.id)}
    named = {row.get("org_unit") for key in ("values", "targets", "narratives", "activities", "approvals")
             for row in package.data.get(key, [])}
    named |= {row.get("org_unit_id") for key in RECORD_TABLES
              for row in package.data.get(key, [])}
    outside = sorted(code for code in named - allowed if code)
    if outside:
        raise PackageError(f"Gói của «{origin}» có số liệu của đơn vị ngoài phạm vi của mình: "
                           f"{', '.join(outside[:5])}; không nhập")


