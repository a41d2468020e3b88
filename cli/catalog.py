"""The catalog on the command line: export it as a workbook, import a workbook or one CSV."""

from __future__ import annotations

from cli.common import session_for
from models.catalog_io import CatalogImportRefused
from ops import catalog as catalog_ops


def catalog(args) -> int:
    session = session_for(args)
    try:
        if args.action == "export":
            count = catalog_ops.export_catalog(session, args.file)
            print(f"{args.file}: {count} bản ghi")
            return 0
        found = catalog_ops.plan_import(session, args.file)
        for problem in found.problems:
            print(problem)
        if found.problems:
            raise CatalogImportRefused(found.problems)
        for table, code in found.added:
            print(f"thêm\t{table}\t{code}")
        for table, code, diff in found.changed:
            fields = "; ".join(f"{field}: {before!r} → {after!r}" for field, (before, after) in diff.items())
            print(f"sửa\t{table}\t{code}\t{fields}")
        for table, code in found.retired:
            print(f"ngừng\t{table}\t{code}")
        if args.dry_run or found.empty:
            print(f"{args.file}: {found.summary()}" + ("" if found.empty else " (chưa ghi: --dry-run)"))
            return 0
        catalog_ops.import_catalog(session, args.file)
        print(f"{args.file}: {found.summary()}; đã ghi")
        return 0
    finally:
        session.close()
