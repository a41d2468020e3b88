"""Chart images and QR codes of printed reports: drawn for each report (the drawing cache was
removed once the report met its budget without it, issue #15), embedded as drawn."""

import io

from pypdf import PdfReader

from models import catalog, demo
from models.database import open_database
from models.reports.chart_images import chart_image
from models.reports.content import Chart, build_period_report
from models.reports.pdf import qr_modules, render
from models.trends import Point, Series


def _chart(value=69.3e9, status="estimate", name="Doanh thu bưu chính"):
    points = (Point("2022", 50.1e9, "final"), Point("2023", 58.7e9, "final"), Point("2024", value, status))
    return Chart(name=name, unit="đồng", kind="money", series=(Series("Toàn tỉnh", points, (None, None, 70e9)),))


def test_the_same_figures_draw_the_same_pixels_and_others_do_not():
    first, again, changed = chart_image(_chart()), chart_image(_chart()), chart_image(_chart(value=70e9))
    assert (first.width, first.height) == (945, 450)
    assert first.pixels() == again.pixels() and first.name == again.name
    assert changed.pixels() != first.pixels()


def test_the_pdf_carries_the_chart_pixels():
    db = open_database(":memory:")
    demo.load_demo(db)
    report = build_period_report(db, catalog.top_org_unit(db).id, "2024")
    charts = [b for b in report.appendix if isinstance(b, Chart)]
    out = io.BytesIO()
    render(report, out)
    expected = {chart_image(c).pixels() for c in charts}
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 3
    for image in images:
        assert image.image.size == (945, 450)
        assert image.image.convert("RGB").tobytes() in expected


def test_the_qr_code_encodes_its_payload_at_version_six():
    payload = "TTTT-BC|BK|2024|annual||" + "a" * 64
    rows = qr_modules(payload)
    assert len(rows) == 41 and all(len(row) == 41 for row in rows) and any(any(row) for row in rows)
