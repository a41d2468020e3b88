"""Chart images and QR codes of printed reports: drawn once, kept in memory and on disk, embedded as kept."""

import io
import logging
import pathlib
import subprocess
import sys

import pytest
from pypdf import PdfReader

from models import catalog, demo
from models.database import open_database
from models.reports import chart_images
from models.reports.chart_images import chart_image, chart_key
from models.reports.drawing_cache import DrawingCache, forget_kept
from models.reports.content import Chart, build_period_report
from models.reports.pdf import qr_modules, render
from models.trends import Point, Series


def _chart(value=69.3e9, status="estimate", name="Doanh thu bưu chính"):
    points = (Point("2022", 50.1e9, "final"), Point("2023", 58.7e9, "final"), Point("2024", value, status))
    return Chart(name=name, unit="đồng", kind="money", series=(Series("Toàn tỉnh", points, (None, None, 70e9)),))


@pytest.fixture(autouse=True)
def nothing_kept():
    forget_kept()
    yield
    forget_kept()


@pytest.fixture
def drawings(monkeypatch):
    """Counts the charts Matplotlib really draws."""
    drawn = []
    real = chart_images.draw

    def counting(block):
        drawn.append(block.name)
        return real(block)

    monkeypatch.setattr(chart_images, "draw", counting)
    return drawn


def test_key_follows_every_figure_and_nothing_else():
    assert chart_key(_chart()) == chart_key(_chart())
    assert chart_key(_chart(value=69.4e9)) != chart_key(_chart())
    assert chart_key(_chart(status="final")) != chart_key(_chart())
    assert chart_key(_chart(name="Doanh thu")) != chart_key(_chart())


def test_drawn_once_then_kept_in_memory(drawings):
    first = chart_image(_chart())
    again = chart_image(_chart())
    assert again is first
    assert drawings == ["Doanh thu bưu chính"]
    assert (first.width, first.height) == (945, 450)
    pixels = first.pixels()
    assert len(pixels) == 945 * 450 * 3
    assert len(set(pixels)) > 2  # a drawing, not a blank


def test_a_changed_figure_is_drawn_again(drawings):
    chart_image(_chart())
    changed = chart_image(_chart(value=80e9))
    assert len(drawings) == 2
    assert changed.pixels() != chart_image(_chart()).pixels()


def test_kept_on_disk_for_a_later_session(tmp_path, drawings, monkeypatch):
    cache = DrawingCache(tmp_path / "charts")
    drawn = chart_image(_chart(), cache)
    assert len(list((tmp_path / "charts").glob("*.kept"))) == 1
    forget_kept()  # as a new process starts

    def refuse(_block):
        raise AssertionError("drawn although kept on disk")

    monkeypatch.setattr(chart_images, "draw", refuse)
    read = chart_image(_chart(), cache)
    assert (read.width, read.height, read.data) == (drawn.width, drawn.height, drawn.data)


def test_a_damaged_file_is_drawn_again_and_replaced(tmp_path, drawings, caplog):
    cache = DrawingCache(tmp_path)
    drawn = chart_image(_chart(), cache)
    path = next(tmp_path.glob("*.kept"))
    raw = bytearray(path.read_bytes())
    raw[-10] ^= 0xFF
    path.write_bytes(bytes(raw))
    forget_kept()
    with caplog.at_level(logging.WARNING):
        again = chart_image(_chart(), cache)
    assert len(drawings) == 2
    assert "damaged" in caplog.text
    assert again.data == drawn.data
    forget_kept()
    assert chart_image(_chart(), cache).data == drawn.data
    assert len(drawings) == 2  # the file was written again: read back, not drawn


@pytest.mark.parametrize("content", [b"", b"not a drawing", b"TTTT-DRAWING 1\n{\"size\": 3}\nabc",
                                     b"TTTT-DRAWING 1\nnot json\nabc"])
def test_files_that_are_not_drawings_are_refused(tmp_path, content):
    cache = DrawingCache(tmp_path)
    key = chart_key(_chart())
    cache.path(key).write_bytes(content)
    assert cache.get(key) is None


def test_a_kept_file_that_does_not_decode_as_a_chart_is_drawn_again(tmp_path, drawings):
    cache = DrawingCache(tmp_path)
    cache.put(chart_key(_chart()), b'{"width": 0, "height": 450}\nxyz')  # checksum fine, content not
    assert chart_image(_chart(), cache).width == 945
    assert len(drawings) == 1


def test_an_unwritable_cache_never_stops_a_report(tmp_path, caplog):
    blocker = tmp_path / "drawings"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING):
        image = chart_image(_chart(), DrawingCache(blocker))
    assert image.width == 945
    assert "cannot keep" in caplog.text


def test_oldest_files_beyond_the_limit_are_removed(tmp_path):
    cache = DrawingCache(tmp_path, keep=2)
    for key in ("a", "b", "c"):
        cache.put(key, key.encode() * 10)
    kept = sorted(p.stem for p in tmp_path.glob("*.kept"))
    assert len(kept) == 2 and "c" in kept
    assert not list(tmp_path.glob("*.tmp"))


def test_the_pdf_carries_the_kept_pixels(tmp_path):
    db = open_database(":memory:")
    demo.load_demo(db)
    report = build_period_report(db, catalog.top_org_unit(db).id, "2024")
    charts = [b for b in report.appendix if isinstance(b, Chart)]
    out = io.BytesIO()
    render(report, out, cache=DrawingCache(tmp_path))
    expected = {chart_image(c).pixels() for c in charts}
    images = [image for page in PdfReader(out).pages for image in page.images]
    assert len(images) == 3
    for image in images:
        assert image.image.size == (945, 450)
        assert image.image.convert("RGB").tobytes() in expected
    assert len(list(tmp_path.glob("*.kept"))) == 4  # three charts and the QR code
    # Laid out again, the same streams: the same file, byte for byte, but for its creation time.
    again = io.BytesIO()
    render(report, again)
    assert len(again.getvalue()) == len(out.getvalue())


@pytest.mark.slow
def test_a_new_process_with_the_charts_kept_does_not_import_matplotlib(tmp_path):
    root = pathlib.Path(__file__).resolve().parents[2]
    code = (
        "import io, sys\n"
        "from models import catalog, demo\n"
        "from models.database import open_database\n"
        "from models.reports.chart_images import DrawingCache\n"
        "from models.reports.content import build_period_report\n"
        "from models.reports.pdf import render\n"
        "db = open_database(':memory:'); demo.load_demo(db)\n"
        "report = build_period_report(db, catalog.top_org_unit(db).id, '2024')\n"
        "render(report, io.BytesIO(), cache=DrawingCache(sys.argv[1]))\n"
        "print('matplotlib' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=root, capture_output=True,
                           text=True, check=True).stdout.split() for _ in range(2)]
    assert runs == [["True"], ["False"]]  # drawn by the first, read back by the second


def test_a_change_to_the_drawing_code_changes_every_key(tmp_path, monkeypatch):
    sources = chart_images.drawing_sources()
    assert all(path.is_file() for path in sources)  # a renamed module would drop out silently
    copies = []
    for path in sources:
        copies.append(tmp_path / path.name)
        copies[-1].write_bytes(path.read_bytes())
    monkeypatch.setattr(chart_images, "drawing_sources", lambda: copies)
    chart_images._fingerprint.cache_clear()
    try:
        before = chart_key(_chart())
        copies[0].write_bytes(copies[0].read_bytes() + b"\n# a new colour\n")
        chart_images._fingerprint.cache_clear()
        assert chart_key(_chart()) != before
    finally:
        chart_images._fingerprint.cache_clear()


def test_the_qr_code_is_kept_like_the_charts(tmp_path, monkeypatch):
    from models.reports import pdf

    cache = DrawingCache(tmp_path)
    payload = "TTTT-BC|BK|2024|annual||" + "a" * 64
    made = qr_modules(payload, cache)
    assert len(made) == 41 and any(any(row) for row in made)
    forget_kept()
    monkeypatch.setattr(pdf, "_qr_encoded", lambda _payload: pytest.fail("encoded although kept on disk"))
    assert qr_modules(payload, cache) == made


def test_a_kept_qr_code_of_the_wrong_shape_is_encoded_again(tmp_path):
    import hashlib

    cache = DrawingCache(tmp_path)
    payload = "TTTT-BC|BK|2024|annual||" + "b" * 64
    cache.put(hashlib.sha256(f"qr|M|{payload}".encode()).hexdigest(), bytes(40 * 41))  # not square
    rows = qr_modules(payload, cache)
    assert len(rows) == 41 and all(len(row) == 41 for row in rows)
