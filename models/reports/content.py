"""What a period report says, built from the records, before any layout.

The report follows the structure of the source report (the 2024 annual report of a
provincial Department of Information and Communications):

    I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ <PERIOD>
       1. <group>            1.1. <sector heading>  text, activities
       ...                   (a sector without a group is a section of its own)
       N. Khó khăn, hạn chế  the sectors' difficulties, one bullet per line
    II. NHIỆM VỤ TRỌNG TÂM <NEXT PERIOD>   the sectors' tasks, numbered
    signature block, recipients
    PHỤ LỤC: a table per sector (previous, this period, change, target,
    percent of target) and the charts the report settings select.

Every figure in the text comes from a field ({postal.revenue:full}); a
sector with figures but no text gets one line per figure. ``Report.digest``
hashes the content, ``Report.figures`` lists each printed figure, so that a
printed copy can later be checked against the database (verify.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING

from models import catalog, values
from models.activities import list_activities
from models.figures import SUCCEEDED, Figure, FigureEngine
from models.narratives import get_narrative
from models.numbers import format_number
from models.periods import parse_period
from models.reports import fields
from models.reports.letterhead import ReportSettings, load as load_settings
from models.text import nfc
from models.trends import Series, indicator_series, periods_ending

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

@dataclasses.dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1: "I.", 2: "1.", 3: "1.1."


@dataclasses.dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = "body"  # body, bullet, numbered, note (smaller, italic: what a figure is made of)


@dataclasses.dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative; empty: the appendix layout
    notes: tuple[str, ...] = ()  # printed under the table


@dataclasses.dataclass(frozen=True)
class Chart:
    name: str
    unit: str
    kind: str
    series: tuple[Series, ...]


@dataclasses.dataclass
class Report:
    kind: str
    org_unit_code: str
    org_unit_name: str
    period: str
    settings: ReportSettings
    title: str
    subject: str
    body: list
    appendix: list
    figures: dict[str, str]
    warnings: list[str]
    record_id: int | None = None  # the inspection or violation a document is about
    parties: tuple[tuple, ...] = ()  # (role, name[, note]) signing; empty: the agency's signature
    empty: tuple[str, ...] = ()  # parts of the report with nothing in them (asked about before printing)
    missing: tuple[str, ...] = ()  # what a legal form still lacks: it prints as a draft ("DỰ THẢO")
    dated: bool = True  # the place and date under the motto (a record has them in its text)

    @property
    def digest(self) -> str:
        """SHA-256 of everything printed, in a canonical form."""
        payload = json.dumps({
            "kind": self.kind, "org": self.org_unit_code, "period": self.period, "record": self.record_id,
            "parties": self.parties, "missing": self.missing,
            "settings": dataclasses.asdict(self.settings), "title": self.title, "subject": self.subject,
            "body": [_plain(b) for b in self.body], "appendix": [_plain(b) for b in self.appendix],
            "figures": self.figures,
        }, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def period_label_upper(self) -> str:
        return parse_period(self.period).label_vi().upper()

    @property
    def verification_code(self) -> str:
        return verification_code(self.digest)


def verification_code(digest: str) -> str:
    """The short code printed on every page: the start of the digest, grouped."""
    head = digest[:12].upper()
    return f"{head[:4]}-{head[4:8]}-{head[8:]}"


def _plain(block) -> dict:
    data = dataclasses.asdict(block)
    data["type"] = type(block).__name__
    return data


def build_period_report(db: Database, org_unit_id: int, period_key: str, *,
                        settings: ReportSettings | None = None) -> Report:
    """The report of results and next tasks for an org unit and period.

    Raises fields.FieldError listing every unknown field in the texts.
    """
    settings = settings or load_settings(db, org_unit_id)  # the letterhead of the unit the report is for
    period = parse_period(period_key)
    unit = catalog.org_unit(db, org_unit_id)
    indicators = catalog.indicators(db)
    by_code = {i.code: i for i in indicators}
    engine = FigureEngine(db)
    figures = fields.read(engine, org_unit_id, period, by_code, leading_zero=settings.leading_zero)
    current, previous, targets = figures.current, figures.previous, figures.targets
    names = {u.id: u.name_vi for u in catalog.org_units(db, include_inactive=True)}
    sectors = catalog.sectors(db)
    texts = {s.id: get_narrative(db, s.id, org_unit_id, period.key) for s in sectors}

    problems = []
    part_names = {"results": "kết quả", "difficulties": "khó khăn", "tasks": "nhiệm vụ"}
    for sector in sectors:
        for part, text in texts[sector.id].items():
            problems += [(f"{sector.heading} (phần {part_names.get(part, part)}): {field}", reason)
                         for field, reason in fields.check(text, figures)]
    if problems:
        raise fields.FieldError(problems)

    body: list = [Heading(f"I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ {period.label_vi().upper()}", 1)]
    number, group, sub = 0, None, 0
    for sector in sectors:
        figures.used.clear()
        content = _sector_content(db, sector, org_unit_id, period.key, texts[sector.id]["results"],
                                  figures, indicators, current)
        if not content:
            continue
        used = [by_code[code] for code in figures.used]
        content += _incomplete_notes(used, current, names)
        content += _succession_notes(used, previous, names, period.previous_comparable())
        if sector.report_group:
            if sector.report_group != group:
                number, group, sub = number + 1, sector.report_group, 0
                body.append(Heading(f"{number}. {sector.report_group}", 2))
            sub += 1
            body.append(Heading(f"{number}.{sub}. {sector.heading}", 3))
        else:
            number, group = number + 1, None
            body.append(Heading(f"{number}. {sector.heading}", 2))
        body += content
    difficulties = [line for s in sectors for line in _lines(fields.expand(texts[s.id]["difficulties"], figures))]
    if difficulties:
        body.append(Heading(f"{number + 1}. Khó khăn, hạn chế", 2))
        body += [Paragraph(line, "bullet") for line in difficulties]
    tasks = [line for s in sectors for line in _lines(fields.expand(texts[s.id]["tasks"], figures))]
    # Every period's report has both parts; one not yet written is a blank to fill (and the
    # preview says so before printing).
    body.append(Heading(f"II. NHIỆM VỤ TRỌNG TÂM {period.next_label_vi().upper()}", 1))
    body += [Paragraph(f"{n}. {line}", "numbered") for n, line in enumerate(tasks, start=1)] or \
        [Paragraph("……………………………………………………………………………")]

    subject = settings.subject or (f"Kết quả thực hiện nhiệm vụ {period.label_vi()} "
                                   f"và nhiệm vụ trọng tâm {period.next_label_vi()}")
    appendix = _appendix(engine, sectors, indicators, org_unit_id, period, current, previous, targets, settings,
                         names)
    printed = {i.code: _figure_text(current[i.id]) for i in indicators if i.id in current}
    empty = []
    if number == 0:
        empty.append("Phần I (kết quả thực hiện nhiệm vụ): chưa có số liệu, văn bản hay hoạt động nào")
        body.insert(1, Paragraph("……………………………………………………………………………"))
    if not difficulties:
        empty.append("Mục Khó khăn, hạn chế: chưa viết")
    if not tasks:
        empty.append(f"Phần II (nhiệm vụ trọng tâm {period.next_label_vi()}): chưa viết")
    return Report("period", unit.code, unit.name_vi, period.key, settings, "BÁO CÁO", nfc(subject),
                  body, appendix, printed, figures.warnings, empty=tuple(empty))


def _appendix_unit(indicator, amounts: list[float]) -> tuple[float, str]:
    """Money in tỷ or triệu đồng by the largest amount of its row; other units as they are."""
    if indicator.kind != "money" or not amounts:
        return 1.0, indicator.unit
    largest = max(abs(a) for a in amounts)
    if largest >= 1e9:
        return 1e9, "tỷ đồng"
    if largest >= 1e6:
        return 1e6, "triệu đồng"
    return 1.0, indicator.unit


def _figure_text(figure: Figure) -> str:
    return f"{format_number(figure.value)} ({figure.status})"


def _incomplete_notes(indicators, current: dict[int, Figure], names: dict[int, str]) -> list:
    """A note under a section for each figure it prints that is not whole ("số liệu tổng hợp
    từ 6/8 đơn vị"), so that nobody reads a partial sum as the whole."""
    return [Paragraph(f"(*) {i.name_vi}: {current[i.id].provenance_vi(names)}.", "note")
            for i in dict.fromkeys(indicators) if i.id in current and not current[i.id].complete]


def _succession_notes(indicators, previous: dict[int, Figure], names: dict[int, str], before) -> list:
    """Where the figures compared with came from units since merged or split: one note naming them
    ("Số liệu năm 2024 dùng để so sánh là số liệu của các đơn vị trước sắp xếp: ...")."""
    sources = dict.fromkeys(previous[i.id].provenance_vi(names) for i in dict.fromkeys(indicators)
                            if i.id in previous and previous[i.id].origin == SUCCEEDED)
    return [Paragraph(f"(*) Số liệu {before.label_vi()} dùng để so sánh là {text}.", "note") for text in sources]


def _lines(text: str) -> list[str]:
    return [line.strip().lstrip("-•").strip() for line in (text or "").splitlines() if line.strip()]


def _sector_content(db, sector, org_unit_id, period, results, figures, indicators, current) -> list:
    out: list = [Paragraph(line) for line in _lines(fields.expand(results, figures))]
    if not out:
        # No text written: one line per figure, so the section is never silent about them.
        for indicator in indicators:
            if indicator.sector_id == sector.id and indicator.id in current:
                out.append(Paragraph(f"{indicator.name_vi}: {fields.phrase(figures, indicator.code, 'full')}.",
                                     "bullet"))
    activities = list_activities(db, sector.id, org_unit_id, period)
    if activities:
        out.append(Paragraph("Các hoạt động trong kỳ:", "body"))
        for activity in activities:
            day = dt.date.fromisoformat(activity.date).strftime("%d/%m/%Y")
            details = [activity.kind] if activity.kind else []
            if activity.participants is not None:
                details.append(f"{format_number(activity.participants)} người tham gia")
            suffix = f" ({'; '.join(details)})" if details else ""
            out.append(Paragraph(f"Ngày {day}: {activity.title}{suffix}.", "bullet"))
    return out


def _appendix(engine, sectors, indicators, org_unit_id, period, current, previous, targets, settings,
              names) -> list:
    out: list = []
    header = ("Chỉ tiêu", "Đơn vị tính", period.comparison_vi().capitalize(), period.label_vi().capitalize(),
              "So sánh", "Kế hoạch", "% kế hoạch")
    legend_given = False
    for sector in sectors:
        rows, estimates = [], False
        for indicator in indicators:
            if indicator.sector_id != sector.id:
                continue
            now, before = current.get(indicator.id), previous.get(indicator.id)
            if now is None and before is None and indicator.id not in targets:
                continue
            target = targets.get(indicator.id)
            delta = values.change(indicator, now.value if now else None, before.value if before else None)
            percent = (format_number(round(now.value / target * 100, 1)) + "%") if now and target else ""
            # Money in the unit the text writes it in (triệu or tỷ đồng), stated in the unit column:
            # a twelve-digit amount of đồng neither reads nor fits.
            divisor, unit = _appendix_unit(indicator, [f.value for f in (now, before) if f] +
                                           ([target] if target is not None else []))
            this = ""
            if now is not None:
                this = (format_number(now.value / divisor) + (" (ư)" if now.estimate else "")
                        + ("" if now.complete else " (*)"))
                estimates = estimates or now.estimate
            shown_delta = delta / divisor if delta is not None and indicator.change_rule != "relative" else delta
            rows.append((indicator.name_vi, unit, format_number(before.value / divisor) if before else "",
                         this, values.format_change(indicator, shown_delta).replace(" điểm %", " đ.%"),
                         format_number(target / divisor) if target is not None else "", percent))
        if rows:
            notes = tuple(p.text for p in _incomplete_notes(
                [i for i in indicators if i.sector_id == sector.id], current, names))
            if estimates and not legend_given:  # said once, under the first table that uses it
                notes = ("(ư): số liệu ước đạt, chưa chính thức.", *notes)
                legend_given = True
            out.append(Table(sector.heading, header, tuple(rows), notes=notes))
    for code in settings.chart_indicators:
        indicator = catalog.indicator_by_code(engine.db, code)
        if indicator is None:
            continue
        series = indicator_series(engine.db, indicator, org_unit_id, periods_ending(period, 5), engine=engine)
        if series.has_data:  # a chart with nothing to draw is left out, not printed empty
            out.append(Chart(indicator.name_vi, indicator.unit, indicator.kind, (series,)))
    return out
