"""Sample inspection records (resources/demo/inspections.json), marked as sample data.

They reproduce section 4 of the source report for 2024: 8 inspections with their
minutes, 3 violation records and 3 penalty decisions totalling 17 million đồng (every
field their forms ask for given, dates in order), one quick field entry left unfinished on
purpose, 7 petitions handled.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from models import catalog
from models.inspection.inspections import Inspection, save_inspection
from models.inspection.legal import list_legal_bases, load_sample_legal_bases
from models.inspection.petitions import Petition, save_petition
from models.inspection.registry import Establishment, save_establishment
from models.inspection.violations import Violation, quick_entry, save_violation
from models.resources import resource

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


def _expiry(text: str | None) -> str | None:
    """"+30" means thirty days from today (so the demo always shows a licence about to expire)."""
    if text and text.startswith("+"):
        return (dt.date.today() + dt.timedelta(days=int(text[1:]))).isoformat()
    return text


def load_sample_inspections(db: Database) -> None:
    data = json.loads(resource("demo", "inspections.json").read_text(encoding="utf-8"))
    with db.atomic():
        load_sample_legal_bases(db)
        sectors = {s.code: s.id for s in catalog.sectors(db, include_inactive=True)}
        units = {u.code: u.id for u in catalog.org_units(db, include_inactive=True)}
        province = catalog.top_org_unit(db).id
        bases = {(b.document, b.article, b.clause, b.point): b.id for b in list_legal_bases(db)}
        establishments = {}
        for e in data["establishments"]:
            establishments[e["key"]] = save_establishment(db, Establishment(
                None, e["kind"], e["name"], units[e["org"]], e.get("address", ""), sectors.get(e.get("sector")),
                e.get("licence_number", ""), e.get("licence_issued"), _expiry(e.get("licence_expires")),
                sample=True, business_code=e.get("business_code", ""), licence_issuer=e.get("licence_issuer", ""),
                representative=e.get("representative", ""), representative_title=e.get("representative_title", ""),
                representative_sex=e.get("representative_sex", "")))
        inspections = {}
        for i in data["inspections"]:
            inspections[i["key"]] = save_inspection(db, Inspection(
                None, i["number"], i["date"], province, i["planned"], sectors.get(i["sector"]), i["team"],
                i["start"], i["end"], i["findings"], i["conclusion"], i["status"],
                tuple(establishments[t] for t in i["targets"]), sample=True, details=i.get("minutes", {}),
                target_details={establishments[k]: v for k, v in i.get("target_details", {}).items()}))
        for v in data["violations"]:
            if v.get("quick"):
                violation_id = quick_entry(db, org_unit_id=province, offender=v["offender"], place=v["place"],
                                           description=v["description"], occurred_at=v["at"])
                db.execute("UPDATE violations SET sample = 1 WHERE id = ?", [violation_id])
                continue
            save_violation(db, Violation(
                None, province, v["at"], "", v["place"], v["description"], inspections[v["inspection"]],
                establishments[v["establishment"]], bases[tuple(v["basis"])], v["fine"], v["decision"],
                v["decision_date"], None, v["status"], v["remedy"], sample=True, details=v.get("record", {}),
                decision_details=v.get("decision_details", {})))
        for p in data["petitions"]:
            save_petition(db, Petition(
                None, p["received"], p["sender"], province, sectors.get(p["sector"]), p["channel"], p["content"],
                p.get("deadline"), p.get("status", "answered"), p.get("answer", ""), p.get("answered"),
                sample=True))
