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
        raise admin_units.AdminUnitsMissing(f"office {args.action}: --province CODE (see: office provinces)")
    if args.action == "successions":
        from models.catalog_io import write_workbook
        from models.office_setup import propose_former_units

        if not args.file:
            raise admin_units.AdminUnitsMissing("office successions: OUT.xlsx (where to write the proposal)")
        tables = propose_former_units(args.province, args.commune)
        write_workbook(tables, args.file)
        print(f"{args.file}: {len(tables['org_units'])} đơn vị trước 01/07/2025, {len(tables['successions'])} "
              "dòng kế thừa; kiểm tra rồi nhập bằng `catalog import`")
        return 0
    session = session_for(args)
    try:
        catalog_ops.set_up_office(session, args.province, args.commune)
        from models import catalog

        units = catalog.org_units(session.db)
    finally:
        session.close()
    print(f"{units[0].name_vi}: {len(units)} đơn vị")
    return 0
