"""The numbered migrations that create and upgrade the schema.

Each migration runs in its own transaction together with the record of it
having run (sqlite-utils ``Migrations``). Never edit a migration that has
shipped: add the next number.

Tables:

* ``settings`` — office settings, key and JSON value;
* ``org_units`` — the tree of org units (province, districts, ...);
* ``sectors`` and ``indicators`` — the catalog;
* ``indicator_values`` — one value per (indicator, org unit, period);
* ``targets`` — planned values;
* ``activities`` — dated events per sector, org unit and period;
* ``narratives`` — the report text per sector, org unit, period and part;
* ``audit_log`` — the hash chain of every change (models/audit.py), and
  ``figure_changes`` — the figures' changes, a compact row each (0020).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("tttt")


@migrations(name="0001_catalog_values_text")
def m0001(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE org_units (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'district',
            parent_id INTEGER REFERENCES org_units(id),
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )"""
    )
    db.execute("CREATE INDEX org_units_parent ON org_units(parent_id)")
    db.execute(
        """
        CREATE TABLE sectors (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )"""
    )
    db.execute(
        """
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            sector_id INTEGER NOT NULL REFERENCES sectors(id),
            name_vi TEXT NOT NULL,
            name_en TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('count', 'decimal', 'percent', 'money')),
            rollup TEXT NOT NULL DEFAULT 'sum' CHECK (rollup IN ('sum', 'mean', 'none')),
            change_rule TEXT NOT NULL DEFAULT 'relative'
                CHECK (change_rule IN ('relative', 'absolute')),
            min_value REAL,
            max_value REAL,
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        )"""
    )
    db.execute("CREATE INDEX indicators_sector ON indicators(sector_id, position)")
    db.execute(
        """
        CREATE TABLE indicator_values (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            value REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('estimate', 'final')),
            note TEXT NOT NULL DEFAULT '',
            updated_by TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (indicator_id, org_unit_id, period)
        )"""
    )
    db.execute("CREATE INDEX indicator_values_org_period ON indicator_values(org_unit_id, period)")
    db.execute(
        """
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicators(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            value REAL NOT NULL,
            UNIQUE (indicator_id, org_unit_id, period)
        )"""
    )
    db.execute(
        """
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            sector_id INTEGER NOT NULL REFERENCES sectors(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            date TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            participants INTEGER CHECK (participants IS NULL OR participants >= 0),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX activities_scope ON activities(sector_id, org_unit_id, period)")
    db.execute(
        """
        CREATE TABLE narratives (
            id INTEGER PRIMARY KEY,
            sector_id INTEGER NOT NULL REFERENCES sectors(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            part TEXT NOT NULL CHECK (part IN ('results', 'difficulties', 'tasks')),
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            UNIQUE (sector_id, org_unit_id, period, part)
        )"""
    )


@migrations(name="0002_sector_report_headings")
def m0002(db: Database) -> None:
    """Where a sector stands in the printed report.

    ``report_group``: the numbered section it belongs to (sectors sharing a
    group become its subsections, "1.1.", "1.2."); empty for a section of its
    own. ``report_heading``: its heading there (the name when empty).
    """
    db.execute("ALTER TABLE sectors ADD COLUMN report_group TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE sectors ADD COLUMN report_heading TEXT NOT NULL DEFAULT ''")
    # Files made before this migration hold the default sectors: give them
    # the default headings (resources/catalog/sectors.csv), leaving others.
    import csv

    from models.resources import resource

    with open(resource("catalog", "sectors.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            db.execute("UPDATE sectors SET report_group = ?, report_heading = ? WHERE code = ?",
                       [row["report_group"], row["report_heading"], row["code"]])


@migrations(name="0003_inspections")
def m0003(db: Database) -> None:
    """Field inspections: regulated establishments, legal bases, inspections,
    violations with their evidence photos, petitions. Deleting a record sets
    ``deleted_at`` (the trash); emptying the trash removes it."""
    db.execute(
        """
        CREATE TABLE establishments (
            id INTEGER PRIMARY KEY,
            sector_id INTEGER REFERENCES sectors(id),
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            licence_number TEXT NOT NULL DEFAULT '',
            licence_issued TEXT,
            licence_expires TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
            note TEXT NOT NULL DEFAULT '',
            search TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE legal_bases (
            id INTEGER PRIMARY KEY,
            document TEXT NOT NULL,
            article TEXT NOT NULL DEFAULT '',
            clause TEXT NOT NULL DEFAULT '',
            point TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            fine_min REAL NOT NULL DEFAULT 0 CHECK (fine_min >= 0),
            fine_max REAL NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            sample INTEGER NOT NULL DEFAULT 0,
            CHECK (fine_max >= fine_min)
        )"""
    )
    db.execute(
        """
        CREATE TABLE inspections (
            id INTEGER PRIMARY KEY,
            decision_number TEXT NOT NULL,
            decision_date TEXT NOT NULL,
            planned INTEGER NOT NULL DEFAULT 1 CHECK (planned IN (0, 1)),
            sector_id INTEGER REFERENCES sectors(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            team TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            findings TEXT NOT NULL DEFAULT '',
            conclusion TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'concluded')),
            search TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE inspection_targets (
            inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
            establishment_id INTEGER NOT NULL REFERENCES establishments(id),
            PRIMARY KEY (inspection_id, establishment_id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE violations (
            id INTEGER PRIMARY KEY,
            inspection_id INTEGER REFERENCES inspections(id),
            establishment_id INTEGER REFERENCES establishments(id),
            offender TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            occurred_at TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            legal_basis_id INTEGER REFERENCES legal_bases(id),
            fine REAL CHECK (fine IS NULL OR fine >= 0),
            decision_number TEXT NOT NULL DEFAULT '',
            decision_date TEXT,
            payment_deadline TEXT,
            status TEXT NOT NULL DEFAULT 'recorded'
                CHECK (status IN ('recorded', 'decided', 'paid', 'appealed', 'cancelled')),
            remedy TEXT NOT NULL DEFAULT '',
            sector_id INTEGER REFERENCES sectors(id),
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1)),
            search TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX violations_listed ON violations(deleted_at, occurred_at)")
    db.execute("CREATE INDEX violations_decided ON violations(decision_date)")
    db.execute(
        """
        CREATE TABLE violation_photos (
            id INTEGER PRIMARY KEY,
            violation_id INTEGER NOT NULL REFERENCES violations(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            thumbnail BLOB NOT NULL,
            added_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX violation_photos_owner ON violation_photos(violation_id)")
    db.execute(
        """
        CREATE TABLE petitions (
            id INTEGER PRIMARY KEY,
            received_date TEXT NOT NULL,
            sender TEXT NOT NULL,
            sector_id INTEGER REFERENCES sectors(id),
            channel TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'received'
                CHECK (status IN ('received', 'processing', 'answered', 'withdrawn')),
            answer TEXT NOT NULL DEFAULT '',
            answered_date TEXT,
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            search TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT,
            updated_at TEXT NOT NULL
        )"""
    )


@migrations(name="0004_violation_search_index")
def m0004(db: Database) -> None:
    """Searching the violations list walks this index in date order and tests the
    folded text without reading the wide rows: it holds the search text."""
    db.execute("DROP INDEX violations_listed")
    db.execute("CREATE INDEX violations_listed ON violations(deleted_at, occurred_at, search)")


@migrations(name="0005_audit_log")
def m0005(db: Database) -> None:
    """The append-only audit log, a hash chain, written by triggers (models/audit.py)."""
    from models.schema_audit import triggers_0005

    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            record_key TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old TEXT,
            new TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX audit_log_record ON audit_log(table_name, record_key)")
    db.execute("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    db.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    triggers_0005(db)


@migrations(name="0006_accounts")
def m0006(db: Database) -> None:
    """Accounts with roles (models/access.py). Their changes are audited too."""
    from models.schema_audit import triggers_0005

    db.execute(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('data_entry', 'inspector', 'leader', 'admin')),
            password TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT
        )"""
    )
    triggers_0005(db)


@migrations(name="0007_approvals")
def m0007(db: Database) -> None:
    """Approval of an org unit's period: its data is read-only until un-approved (with a reason)."""
    from models.schema_audit import triggers_0005

    db.execute(
        """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            approved_at TEXT NOT NULL,
            revoked_by TEXT,
            revoked_at TEXT,
            revoke_reason TEXT
        )"""
    )
    db.execute("CREATE INDEX approvals_scope ON approvals(org_unit_id, period)")
    triggers_0005(db)


@migrations(name="0008_record_uids")
def m0008(db: Database) -> None:
    """A global id for the inspection records, so that a data package names the same
    record in every office's database; and the packages already imported."""
    for table in ("establishments", "inspections", "violations", "petitions"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN uid TEXT")
        db.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)")
    db.execute(
        """
        CREATE TABLE imported_packages (
            package_id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            period TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            content_hash TEXT NOT NULL
        )"""
    )
    from models.schema_audit import triggers_0005

    triggers_0005(db)


@migrations(name="0009_audit_key_index")
def m0009(db: Database) -> None:
    """The audit log's lookup index on the record key alone: cheaper to keep up on every
    write (an import writes 100,000 entries), and as selective for a record's history."""
    db.execute("DROP INDEX audit_log_record")
    db.execute("CREATE INDEX audit_log_record ON audit_log(record_key)")


@migrations(name="0010_audit_bulk")
def m0010(db: Database) -> None:
    """The audit triggers stand down on a connection while it records a bulk write's
    entries itself (then models/audit.py's recorded_in_bulk; since 0020, figures_recorded): they now ask
    tttt_quiet."""
    from models.schema_audit import triggers_0010

    triggers_0010(db)


# How the shipped indicators accumulate over time, as migration 0011 set them (frozen here:
# a shipped migration never reads a file that may change).
_TIME_RULES_0011 = {
    "digital.contest_entrants": "sum", "digital.dt_projects": "sum", "digital.eid_pct": "last",
    "digital.electronic_docs_pct": "mean", "digital.full_online_pct_procedures": "last",
    "digital.full_online_services": "last", "digital.ioffice_transactions": "sum",
    "digital.it_appraisals": "sum", "digital.mooc_learners": "sum", "digital.online_filing_pct": "mean",
    "digital.online_meetings_pct": "mean", "digital.online_payment_pct": "mean",
    "digital.smartphone_pct": "last", "einfo.sites_general": "last", "einfo.sites_internal": "last",
    "einfo.sites_total": "last", "extinfo.corrections_requested": "sum",
    "extinfo.exhibition_visitors": "sum", "extinfo.press_items_answered": "sum",
    "extinfo.promotion_contracts": "sum", "grassroots.columns": "sum",
    "grassroots.communes_with_radio_pct": "last", "grassroots.ict_radio_pct": "last",
    "grassroots.sketches": "sum", "infosec.level_approved": "last", "infosec.level_approved_pct": "last",
    "infosec.soc_systems": "last", "inspection.complaints": "sum", "inspection.fines": "sum",
    "inspection.inspections": "sum", "inspection.penalty_decisions": "sum", "postal.inspected_points": "sum",
    "postal.items": "sum", "postal.kt1_items": "sum", "postal.people_per_point": "last",
    "postal.providers": "last", "postal.public_points": "last", "postal.radius_km": "last",
    "postal.revenue": "sum", "postal.service_points": "last", "postal.staffed_pct": "last",
    "postal.supported_points": "last", "postal.tax": "sum", "press.agencies_with_residents": "last",
    "press.central_offices": "last", "press.local_agencies": "last", "press.press_cards": "last",
    "press.reporter_violations": "sum", "press.resident_reporters": "last", "programs.radio_communes": "sum",
    "publishing.print_shops": "last", "publishing.trainees": "sum", "services.dt_site_posts": "sum",
    "services.fanpage_followers": "last", "services.hosted_systems": "last",
    "services.lgsp_connected": "last", "services.virtual_servers": "last",
    "telecom.communes_fiber_pct": "last", "telecom.mobile_subscribers": "last",
    "telecom.online_meetings": "sum", "telecom.operators": "last", "telecom.revenue": "sum",
    "telecom.stations_5g": "last", "telecom.tax": "sum", "telecom.video_points": "last",
    "telecom.villages_mobile_pct": "last", "telecom.villages_no_fiber": "last",
    "telecom.villages_no_mobile": "last",
}


@migrations(name="0011_figure_rules")
def m0011(db: Database) -> None:
    """What the figure engine needs (models/figures.py): how an indicator accumulates over the
    shorter periods inside a longer one (``time_rule``: sum for flows, last for stocks, mean or
    none for rates), the numerator and denominator a rate is computed from, and an index
    that leads with the period (a province's figures are read by period, for all its units)."""
    db.execute("ALTER TABLE indicators ADD COLUMN time_rule TEXT NOT NULL DEFAULT 'sum' "
               "CHECK (time_rule IN ('sum', 'last', 'mean', 'none'))")
    db.execute("ALTER TABLE indicators ADD COLUMN numerator_id INTEGER REFERENCES indicators(id)")
    db.execute("ALTER TABLE indicators ADD COLUMN denominator_id INTEGER REFERENCES indicators(id)")
    for code, rule in _TIME_RULES_0011.items():
        db.execute("UPDATE indicators SET time_rule = ? WHERE code = ?", [rule, code])
    db.execute("CREATE INDEX indicator_values_period ON indicator_values(period, indicator_id)")
    from models.schema_audit import triggers_0010

    triggers_0010(db)  # the indicators' audit triggers copy the new columns too


@migrations(name="0012_search_words")
def m0012(db: Database) -> None:
    """The inspection records' search text as plain folded words, each after a space, so that a
    search matches word starts ("cho don" finds Chợ Đồn, not "hoạt động"). The folding is
    copied here as it was (a shipped migration never changes with the live code)."""
    import unicodedata

    def words(text: str) -> list[str]:
        text = (text or "").translate(str.maketrans({"đ": "d", "Đ": "d"}))
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()
        return "".join(c if c.isalnum() else " " for c in text).split()

    kinds = {"printing": "Cơ sở in, photocopy", "press_agency": "Cơ quan báo chí",
             "resident_reporter": "Văn phòng đại diện, phóng viên thường trú", "einfo_site": "Trang thông tin điện tử",
             "postal_provider": "Doanh nghiệp bưu chính", "postal_point": "Điểm phục vụ bưu chính",
             "telecom_operator": "Doanh nghiệp viễn thông", "radio_station": "Đài truyền thanh cấp xã"}
    sources = {"establishments": ("name", "address", "licence_number", "kind"),
               "inspections": ("decision_number", "team", "findings"),
               "violations": ("offender", "place", "description", "decision_number"),
               "petitions": ("sender", "content", "channel")}
    for table, columns in sources.items():
        for row in db.execute(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall():
            parts = [kinds.get(v, v) if c == "kind" else v for c, v in zip(columns, row[1:])]
            text = " " + " ".join(w for value in parts if value for w in words(str(value)))
            db.execute(f"UPDATE {table} SET search = ? WHERE id = ?", [text, row[0]])


_UNITS_EN_0013 = {
    "%": "%", "CSDL": "databases", "bưu gửi": "items", "chuyên mục": "columns", "cuộc": "inspections",
    "cơ quan": "agencies", "cơ sở": "establishments", "doanh nghiệp": "companies", "dịch vụ": "services",
    "giao dịch": "transactions", "hoạt động": "activities", "hệ thống": "systems", "hợp đồng": "contracts",
    "km/điểm": "km/point", "lượt": "visits", "máy chủ": "servers", "người": "people", "người/điểm": "people/point",
    "nhiệm vụ": "tasks", "phiên": "sessions", "quyết định": "decisions", "thuê bao": "subscribers",
    "thôn": "villages", "thủ tục": "procedures", "tin": "items", "tin bài": "posts", "tiểu phẩm": "sketches",
    "trang": "sites", "trạm": "stations", "xã": "communes", "điểm": "points", "điểm cầu": "endpoints",
    "đơn": "petitions", "đơn vị": "providers", "đồng": "VND",
}


@migrations(name="0013_unit_en")
def m0013(db: Database) -> None:
    """Each indicator's unit in English, for the English interface (the Vietnamese unit stays
    what the printed report uses). Units the catalog shipped with are filled in."""
    db.execute("ALTER TABLE indicators ADD COLUMN unit_en TEXT NOT NULL DEFAULT ''")
    for unit, english in _UNITS_EN_0013.items():
        db.execute("UPDATE indicators SET unit_en = ? WHERE unit = ?", [english, unit])
    from models.schema_audit import triggers_0010

    triggers_0010(db)  # the indicators' audit triggers copy the new column too


@migrations(name="0014_units_in_time")
def m0014(db: Database) -> None:
    """Org units in time and the 2025 reorganisation (issue #16), letterheads by unit and date.

    - ``org_units.valid_from`` / ``valid_to`` (ISO dates, NULL: open): a unit exists between them;
    - ``successions``: a unit's figures pass to another from a date, whole (merge, rename:
      share 1) or in part (split: the shares of one unit's successors add up to 1);
    - ``letterheads``: what a document's header and signature say, per issuing unit from a
      date, so a 2025 report names the new agency and a 2024 one the old. The one letterhead
      kept until now (settings key ``report``) becomes the top unit's, valid from the start.
    """
    db.execute("ALTER TABLE org_units ADD COLUMN valid_from TEXT")
    db.execute("ALTER TABLE org_units ADD COLUMN valid_to TEXT")
    db.execute("""
        CREATE TABLE successions (
            id INTEGER PRIMARY KEY,
            from_id INTEGER NOT NULL REFERENCES org_units(id),
            to_id INTEGER NOT NULL REFERENCES org_units(id),
            date TEXT NOT NULL,
            share REAL NOT NULL DEFAULT 1 CHECK (share > 0 AND share <= 1),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (from_id, to_id),
            CHECK (from_id <> to_id)
        )""")
    db.execute("CREATE INDEX successions_to ON successions(to_id)")
    db.execute("""
        CREATE TABLE letterheads (
            id INTEGER PRIMARY KEY,
            org_unit_id INTEGER REFERENCES org_units(id),
            valid_from TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            UNIQUE (org_unit_id, valid_from)
        )""")
    row = db.execute("SELECT value FROM settings WHERE key = 'report'").fetchone()
    top = db.execute("SELECT id FROM org_units WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").fetchone()
    if row and top:
        db.execute("INSERT INTO letterheads (org_unit_id, valid_from, data) VALUES (?, '', ?)", [top[0], row[0]])
    if row:
        db.execute("DELETE FROM settings WHERE key = 'report'")
    from models.schema_audit import triggers_0014

    triggers_0014(db)


@migrations(name="0015_legal_forms")
def m0015(db: Database) -> None:
    """What the legal forms ask of a record (issue #14; resources/forms/): each violation's
    record (MBB01) and penalty decision (MQĐ02) fields, each inspection's minutes fields and,
    per establishment inspected, its representative, what was checked, found and said; the
    establishment's identity, typed once in the registry; and what each record still lacks."""
    for table, column in (("violations", "details"), ("violations", "decision_details"),
                          ("inspections", "details"), ("inspection_targets", "details")):
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT '{{}}'")
    for table in ("violations", "inspections"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN missing TEXT NOT NULL DEFAULT ''")
    for column in ("business_code", "licence_issuer", "representative", "representative_title",
                   "representative_sex"):
        db.execute(f"ALTER TABLE establishments ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    from models.schema_audit import triggers_0014

    triggers_0014(db)  # the audit entries copy the new columns too


@migrations(name="0016_register")
def m0016(db: Database) -> None:
    """The register of documents issued (sổ đăng ký văn bản đi, Decree 30/2020): one number per
    issuing unit, year and document type, never used twice; each entry keeps what was issued
    (summary, signer, recipients, the letterhead as printed, the PDF and its digest) so the
    document can be reprinted exactly."""
    db.execute("""
        CREATE TABLE register (
            id INTEGER PRIMARY KEY,
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            year INTEGER NOT NULL,
            doc_type TEXT NOT NULL,
            number INTEGER NOT NULL CHECK (number > 0),
            issued_on TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject_org TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            record_id INTEGER,
            summary TEXT NOT NULL DEFAULT '',
            signer TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '[]',
            settings TEXT NOT NULL DEFAULT '{}',
            digest TEXT NOT NULL,
            pdf BLOB,
            pdf_sha256 TEXT NOT NULL DEFAULT '',
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL DEFAULT '',
            UNIQUE (org_unit_id, year, doc_type, number)
        )""")
    db.execute("CREATE INDEX register_listed ON register(year, doc_type, number)")
    from models.schema_audit import triggers_0016

    triggers_0016(db)



@migrations(name="0017_validation_rules")
def m0017_validation_rules(db: Database) -> None:
    """Validation rules as data (issue #17): ``left op right`` over indicator codes (sums,
    differences, products with constants), an importance (error or warning) and the message
    shown when a figure breaks it. The rules the source report implies are shipped with it
    (the same rows as resources/catalog/rules.csv had when this migration was written). An
    approval given over errors keeps its reason (``approvals.override_reason``)."""
    db.execute("""
        CREATE TABLE rules (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            left TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('<=', '<', '=', '>=', '>', '!=')),
            right TEXT NOT NULL,
            importance TEXT NOT NULL DEFAULT 'error' CHECK (importance IN ('error', 'warning')),
            message TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        )""")
    # An approval over a check's errors keeps the reason the leader gave (issue #17).
    db.execute("ALTER TABLE approvals ADD COLUMN override_reason TEXT NOT NULL DEFAULT ''")
    from models.schema_audit import triggers_0017

    triggers_0017(db)
    sector = db.execute("SELECT id FROM sectors WHERE code = 'inspection'").fetchone()
    if sector is not None:  # two figures the records give, which the inspection rules compare
        for code, name_vi, name_en, unit, unit_en, kind in (
                ("inspection.violations", "Vi phạm hành chính được lập biên bản", "Administrative violations recorded",
                 "vụ", "violations", "count"),
                ("inspection.fines_paid", "Tiền phạt đã nộp", "Fines paid", "đồng", "VND", "money")):
            if not db.execute("SELECT 1 FROM indicators WHERE code = ?", [code]).fetchone():
                db.execute("INSERT INTO indicators (code, sector_id, name_vi, name_en, unit, unit_en, kind, rollup, "
                           "change_rule, min_value, position, time_rule) VALUES (?, ?, ?, ?, ?, ?, ?, 'sum', "
                           "'relative', 0, (SELECT COALESCE(MAX(position), -1) + 1 FROM indicators), 'sum')",
                           [code, sector[0], name_vi, name_en, unit, unit_en, kind])
    if db.execute("SELECT 1 FROM indicators LIMIT 1").fetchone():  # a file made before: the shipped rules
        db.conn.executemany("INSERT INTO rules (code, left, op, right, importance, message) "
                            "VALUES (?, ?, ?, ?, ?, ?)", [
            ('postal.kt1_le_items', 'postal.kt1_items', '<=', 'postal.items', 'error',
             'Sản lượng bưu chính KT1 không thể lớn hơn tổng sản lượng bưu gửi'),
            ('postal.public_le_points', 'postal.public_points', '<=', 'postal.service_points', 'error',
             'Điểm bưu chính công ích là một phần của các điểm phục vụ bưu chính'),
            ('postal.supported_le_public', 'postal.supported_points', '<=', 'postal.public_points', 'warning',
             'Điểm được hỗ trợ duy trì thường là một phần của các điểm bưu chính công ích'),
            ('postal.inspected_le_points', 'postal.inspected_points', '<=', 'postal.service_points', 'error',
             'Số điểm được kiểm tra không thể nhiều hơn số điểm phục vụ'),
            ('postal.staffed_le_100', 'postal.staffed_pct', '<=', '100', 'error',
             'Tỷ lệ điểm có người phục vụ không quá 100%'),
            ('telecom.villages_no_mobile_nonneg', 'telecom.villages_no_mobile', '>=', '0', 'error',
             'Số thôn chưa có sóng di động không âm'),
            ('digital.full_online_le_total', 'digital.full_online_services', '<=', 'digital.procedures_total', 'error',
             'Dịch vụ công trực tuyến toàn trình không thể nhiều hơn tổng số thủ tục hành chính'),
            ('inspection.decisions_le_violations', 'inspection.penalty_decisions', '<=', 'inspection.violations',
             'warning', 'Số quyết định xử phạt thường không nhiều hơn số vi phạm được lập biên bản '
                        '(một quyết định có thể cho vi phạm của kỳ trước)'),
            ('inspection.paid_le_fines', 'inspection.fines_paid', '<=', 'inspection.fines', 'error',
             'Tiền phạt đã nộp không thể nhiều hơn tiền phạt đã quyết định'),
        ])


@migrations(name="0018_signed_packages")
def m0018_signed_packages(db: Database) -> None:
    """Signed packages (issue #18): the office's Ed25519 signing key (made when it first sends
    a package; never copied into the audit log or a package) and, per org unit, the public
    keys this office trusts for the packages it receives (audited: who trusted what, when);
    the numbers of the packages sent and imported, and the records' versions received."""
    db.execute("""
        CREATE TABLE signing_keys (
            id INTEGER PRIMARY KEY,
            private_key BLOB NOT NULL,
            public_key BLOB NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE trusted_keys (
            id INTEGER PRIMARY KEY,
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            public_key BLOB NOT NULL,
            fingerprint TEXT NOT NULL,
            trusted_at TEXT NOT NULL,
            UNIQUE (org_unit_id, fingerprint)
        )""")
    # Order, not clocks: each office numbers the packages it sends per unit and period, the
    # receiver keeps the number of each one it imported and, per record, the version it last
    # received (so a record edited here since is a conflict, whatever the sender's clock says).
    db.execute("""
        CREATE TABLE sent_packages (
            id INTEGER PRIMARY KEY,
            org_unit_id INTEGER NOT NULL REFERENCES org_units(id),
            period TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            package_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            UNIQUE (org_unit_id, period, sequence)
        )""")
    db.execute("ALTER TABLE imported_packages ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")
    db.execute("""
        CREATE TABLE received_records (
            kind TEXT NOT NULL,
            uid TEXT NOT NULL,
            updated_at TEXT,
            package_id TEXT NOT NULL,
            PRIMARY KEY (kind, uid)
        )""")
    from models.schema_audit import triggers_0018

    triggers_0018(db)


@migrations(name="0019_history_indexes")
def m0019(db: Database) -> None:
    """The history of a period through an index, not a read of the whole audit log: activities'
    and approvals' entries by the unit and period they name. A partial index (those two tables'
    entries only), so that the figures' entries, nearly all of the log, cost nothing more to write."""
    db.execute("CREATE INDEX audit_log_scope ON audit_log(json_extract(COALESCE(new, old), '$.org_unit_id'), "
               "json_extract(COALESCE(new, old), '$.period')) WHERE table_name IN ('activities', 'approvals')")


@migrations(name="0020_figure_changes")
def m0020(db: Database) -> None:
    """The figures' changes kept compactly: a write of figures (a grid edit, an import, a
    package) is one entry of the audit log's chain, naming who, when, its source and the
    digest of its changes; each changed figure is a row of typed columns here (old and new
    value, estimate flag, note), not a copy of the whole row as JSON. The entry's hash covers
    the digest, so a row altered here breaks the chain's check (models/audit.py)."""
    db.execute("""
        CREATE TABLE figure_changes (
            entry_id INTEGER NOT NULL,
            indicator_id INTEGER NOT NULL,
            org_unit_id INTEGER NOT NULL,
            period TEXT NOT NULL,
            old_value REAL,
            old_estimate INTEGER,
            old_note TEXT,
            new_value REAL,
            new_estimate INTEGER,
            new_note TEXT
        )""")
    db.execute("CREATE INDEX figure_changes_scope ON figure_changes(org_unit_id, period, indicator_id)")
    db.execute("CREATE TRIGGER figure_changes_no_update BEFORE UPDATE ON figure_changes "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
    db.execute("CREATE TRIGGER figure_changes_no_delete BEFORE DELETE ON figure_changes "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
