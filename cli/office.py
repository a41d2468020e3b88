"""Which office this file belongs to: the official list, and setting the office up from it."""

from __future__ import annotations

from cli.common import session_for
from models import admin_units
from ops import catalog as catalog_ops


def office(args) -> int:
    if args.action == "provinces":
        for unit in admin_units.provinces():
            print(f"{unit.code}\t{unit.name}")
        return 0
    if args.action == "communes":
        if not args.province:
            raise admin_units.AdminUnitsMissing("office communes: --province CODE (see: office provinces)")
        for unit in admin_units.communes(admin_units.province(args.province).code):
            print(f"{unit.code}\t{unit.name}")
        return 0
    if not args.province:
        raise admin_units.AdminUnitsMissing("office setup: --province CODE (see: office provinces)")
    session = session_for(args)
    try:
        catalog_ops.set_up_office(session, args.province, args.commune)
        from models import catalog

        units = catalog.org_units(session.db)
    finally:
        session.close()
    print(f"{units[0].name_vi}: {len(units)} đơn vị")
    return 0
