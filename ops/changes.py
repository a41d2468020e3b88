"""What an operation changed, so that screens refresh only what they show.

Kinds of records: FIGURES (values and targets), TEXTS (report text and activities),
APPROVALS, INSPECTION (establishments, inspections, violations, petitions, legal
bases), CATALOG (sectors, indicators, org units), SETTINGS (office and report
settings), ACCOUNTS, REGISTER (issued documents), and EVERYTHING (a restore: the file
itself was replaced). IMPORTED marks records written in bulk from a file (a spreadsheet,
a package), as opposed to an edit. ``org_units`` and ``periods`` narrow a change where it is known
(None: any).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

FIGURES, TEXTS, APPROVALS, INSPECTION = "figures", "texts", "approvals", "inspection"
CATALOG, SETTINGS, ACCOUNTS, REGISTER, EVERYTHING = "catalog", "settings", "accounts", "register", "everything"
IMPORTED = "imported"


@dataclasses.dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    org_units: frozenset[int] | None = None
    periods: frozenset[str] | None = None
    count: int = 0  # how many records the operation wrote (for its message)
    note: str = ""  # what the operation has to tell, beside the count
    record_id: int | None = None  # the record an operation made or changed, when it is one

    @classmethod
    def of(cls, *kinds: str, org_units: Iterable[int] | None = None, periods: Iterable[str] | None = None,
           count: int = 0, note: str = "", record_id: int | None = None) -> "Changes":
        return cls(frozenset(kinds), None if org_units is None else frozenset(org_units),
                   None if periods is None else frozenset(periods), count, note, record_id)

    def touches(self, *kinds: str) -> bool:
        """True when any of ``kinds`` changed (a restore changes everything)."""
        return EVERYTHING in self.kinds or bool(self.kinds.intersection(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: "Changes") -> "Changes":
        def union(a, b):
            return None if a is None or b is None else a | b

        return Changes(self.kinds | other.kinds, union(self.org_units, other.org_units),
                       union(self.periods, other.periods), self.count + other.count,
                       "; ".join(n for n in (self.note, other.note) if n), other.record_id or self.record_id)


NOTHING = Changes()
