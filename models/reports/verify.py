"""Checking a printed report against the database.

A PDF made by :mod:`models.reports.pdf` carries, in its Keywords, what it
was made from: the report's kind, org unit, period, settings, the digest of
its content and each figure it printed. ``verify`` rebuilds the same report
from the database as it is now and says whether it matches, and if not,
which figures differ.
"""

from __future__ import annotations

import dataclasses
import json
import os
from typing import TYPE_CHECKING

from models import catalog
from models.reports.content import build_period_report
from models.reports.inspection_docs import KINDS, DocumentError, build_document
from models.reports.pdf import KEYWORDS_PREFIX
from models.reports.letterhead import ReportSettings
from models.errors import UserError

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database


class VerifyError(UserError, ValueError):
    """The file cannot be verified (not a report of this program, unreadable)."""


@dataclasses.dataclass
class Verdict:
    matches: bool
    code: str
    differences: list[str]

    def lines(self) -> list[str]:
        if self.matches:
            return [f"KHỚP: bản in {self.code} trùng với số liệu hiện có trong cơ sở dữ liệu"]
        return [f"KHÔNG KHỚP: bản in {self.code} khác với số liệu hiện có:"] + [f"  - {d}" for d in self.differences]


def read_manifest(path: str | os.PathLike) -> tuple[dict, str]:
    """The manifest a report PDF carries, and the text of its pages."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        keywords = (reader.metadata or {}).get("/Keywords", "") or ""
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (OSError, PdfReadError) as exc:
        raise VerifyError(f"{path}: không đọc được tệp PDF ({exc})") from None
    if not keywords.startswith(KEYWORDS_PREFIX):
        raise VerifyError(f"{path}: không phải báo cáo do chương trình này in")
    try:
        return json.loads(keywords[len(KEYWORDS_PREFIX):]), text
    except json.JSONDecodeError:
        raise VerifyError(f"{path}: phần thông tin đối chiếu bị hỏng") from None


def verify(db: Database, path: str | os.PathLike) -> Verdict:
    """Whether the PDF at ``path`` matches what the database would print now."""
    manifest, text = read_manifest(path)
    code = manifest.get("code", "")
    if code not in text.replace("\n", " "):
        return Verdict(False, code, ["mã kiểm tra in trên trang không khớp với thông tin trong tệp"])
    unit = catalog.org_unit_by_code(db, manifest["org"])
    if unit is None:
        return Verdict(False, code, [f"đơn vị «{manifest['org']}» không còn trong danh mục"])
    stored = manifest.get("settings", {})
    settings = ReportSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in stored.items()})
    kind = manifest.get("kind")
    try:
        if kind == "period":
            report = build_period_report(db, unit.id, manifest["period"], settings=settings)
        elif kind in KINDS:
            # A record's printed settings already carry its own number and date: the same again.
            report = build_document(db, kind, org_unit_id=unit.id, period=manifest["period"],
                                    record_id=manifest.get("record"), settings=settings)
        else:
            raise VerifyError(f"{path}: không đối chiếu được loại văn bản «{kind}»")
    except DocumentError as exc:
        return Verdict(False, code, [str(exc)])
    if report.digest == manifest["digest"]:
        return Verdict(True, code, [])
    return Verdict(False, code, _differences(db, manifest["figures"], report.figures))


def _differences(db: Database, printed: dict[str, str], now: dict[str, str]) -> list[str]:
    out = []
    for code in sorted(set(printed) | set(now)):
        before, after = printed.get(code), now.get(code)
        if before == after:
            continue
        indicator = catalog.indicator_by_code(db, code)
        name = f"{code} ({indicator.name_vi})" if indicator else code
        out.append(f"{name}: bản in {before or 'không có'}, hiện nay {after or 'không có'}")
    if not out:
        out.append("số liệu không đổi nhưng nội dung văn bản hoặc hoạt động đã thay đổi")
    return out
