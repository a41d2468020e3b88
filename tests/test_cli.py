"""main.py's command line, end to end."""

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


def run(*args, env_dir):
    import os

    env = dict(os.environ, TTTT_DATA_DIR=str(env_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


def test_version(tmp_path):
    result = run("--version", env_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip().startswith("main.py 0.")


def test_unreadable_database_fails_in_one_line(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    result = run("--db", str(bad), "screenshot", str(tmp_path / "x.png"), env_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "bad.sqlite3" in result.stderr


def test_demo_refuses_a_database_with_real_records(tmp_path):
    from models import catalog, values, demo
    from models.database import open_database

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)  # the sample org tree
    indicator = catalog.indicator_by_code(db, "postal.providers")
    values.write_values(db, [values.ValueChange(indicator.id, catalog.top_org_unit(db).id, "2024", 5)])
    db.close()
    result = run("--db", str(path), "--demo", "screenshot", str(tmp_path / "x.png"), env_dir=tmp_path)
    assert result.returncode == 1
    assert "số liệu thật" in result.stderr and result.stderr.count("\n") == 1


def test_demo_goes_to_its_own_file_by_default(tmp_path):
    result = run("--demo", "screenshot", str(tmp_path / "x.png"), env_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "demo.sqlite3").exists()
    assert not (tmp_path / "data" / "tttt.sqlite3").exists()


def test_reset_login_is_the_way_back_in(tmp_path):
    from models import access, catalog, demo, settings
    from models.database import open_database

    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)  # the sample org tree
    access.save_user(db, username="quantri", full_name="", role="admin", password="quen-mat-roi")
    db.close()
    refused = run("--db", str(path), "reset-login", env_dir=tmp_path)  # no terminal to confirm on
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "--yes" in refused.stderr
    done = run("--db", str(path), "reset-login", "--yes", env_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    db = open_database(path)
    assert not access.login_required(db) and settings.get_setting(db, "login_required") is False
    db.close()


@pytest.mark.slow
def test_report_issue_and_the_register_on_the_command_line(tmp_path):
    env = dict(os.environ, TTTT_DATA_DIR=str(tmp_path / "d"))
    db = tmp_path / "demo.sqlite3"

    def run(*args):
        return subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)

    draft = run("--demo", "report", "--out", str(tmp_path / "d.pdf"))
    assert draft.returncode == 0 and "draft (number left blank)" in draft.stdout
    made = run("report", "--out", str(tmp_path / "a.pdf"), "--issue", "--number", "5", "--date", "05/01/2025")
    assert made.returncode == 0, made.stderr
    assert "issued as 05/BC-STTTT on 05/01/2025" in made.stdout
    twice = run("report", "--out", str(tmp_path / "b.pdf"), "--issue", "--number", "5", "--date", "06/01/2025")
    assert twice.returncode == 1 and twice.stderr.count("\n") == 1 and "một số không dùng hai lần" in twice.stderr
    listed = run("register", "list", "--year", "2025", "--type", "BC")
    assert listed.returncode == 0 and "05/BC-STTTT\t05/01/2025" in listed.stdout
    again = run("register", "reprint", "--entry", "1", "--out", str(tmp_path / "again.pdf"))
    assert again.returncode == 0
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "a.pdf").read_bytes()


@pytest.mark.slow
def test_text_get_set_and_copy_on_the_command_line(tmp_path):
    env = dict(os.environ, TTTT_DATA_DIR=str(tmp_path / "d"))
    db = tmp_path / "demo.sqlite3"

    def run(*args, demo=False):
        return subprocess.run([sys.executable, "main.py", "--db", str(db), *(["--demo"] if demo else []), *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    got = run("text", "get", "--period", "2024", "--sector", "postal", "--part", "results", demo=True)
    assert got.returncode == 0 and "bưu chính" in got.stdout
    typed = tmp_path / "text.txt"
    typed.write_text("Doanh thu {postal.revenue:full,d1}.\n", encoding="utf-8")
    assert run("text", "set", "--period", "2025", "--sector", "postal", "--part", "results", str(typed)).returncode == 0
    bad = tmp_path / "bad.txt"
    bad.write_text("{postal.revenue:fullx}", encoding="utf-8")
    refused = run("text", "set", "--period", "2025", "--sector", "postal", "--part", "results", str(bad))
    assert refused.returncode == 1 and "fullx" in refused.stderr and refused.stderr.count("\n") == 1
    copied = run("text", "copy", "--from", "2024", "--to", "2025")
    assert copied.returncode == 0 and "parts copied" in copied.stdout
    again = run("text", "get", "--period", "2025", "--sector", "postal", "--part", "results")
    assert again.stdout.strip() == "Doanh thu {postal.revenue:full,d1}."  # kept, not overwritten


def test_catalog_export_and_import_on_the_command_line(tmp_path):
    """`catalog export`, then an import that adds communes: --dry-run lists and writes nothing,
    a bad row is one line naming sheet, row and column, exit 1."""
    db = tmp_path / "office.sqlite3"
    out = tmp_path / "danh-muc.xlsx"
    assert run("--db", str(db), "--demo", "catalog", "export", str(out), env_dir=tmp_path).returncode == 0
    rows = tmp_path / "xa.csv"
    rows.write_text("code,parent_code,name_vi,level,valid_from\nTN,,Tỉnh Thái Nguyên,province,01/07/2025\n",
                    encoding="utf-8")
    dry = run("--db", str(db), "catalog", "import", str(rows), "--dry-run", env_dir=tmp_path)
    assert dry.returncode == 0 and "thêm\torg_units\tTN" in dry.stdout and "chưa ghi" in dry.stdout
    done = run("--db", str(db), "catalog", "import", str(rows), env_dir=tmp_path)
    assert done.returncode == 0 and "đã ghi" in done.stdout
    again = run("--db", str(db), "catalog", "import", str(rows), env_dir=tmp_path)
    assert "thêm 0, sửa 0, ngừng 0" in again.stdout
    rows.write_text("code,parent_code,name_vi,level\nX1,NOPE,Xã Một,commune\n", encoding="utf-8")
    bad = run("--db", str(db), "catalog", "import", str(rows), env_dir=tmp_path)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "org_units, dòng 2, cột parent_code: «NOPE» không có" in bad.stderr.splitlines()[-1]


def test_the_former_units_proposed_from_the_official_list_then_imported(tmp_path):
    """office setup, office successions (a workbook to check), catalog import: the new communes'
    2024 is their former communes'."""
    db = tmp_path / "thai-nguyen.sqlite3"
    assert run("--db", str(db), "office", "setup", "--province", "19", env_dir=tmp_path).returncode == 0
    out = tmp_path / "ke-thua.xlsx"
    proposed = run("--db", str(db), "office", "successions", "--province", "19", str(out), env_dir=tmp_path)
    assert proposed.returncode == 0, proposed.stderr
    assert "đơn vị trước 01/07/2025" in proposed.stdout
    done = run("--db", str(db), "catalog", "import", str(out), env_dir=tmp_path)
    assert done.returncode == 0 and "đã ghi" in done.stdout, done.stderr
    from models import catalog
    from models.database import open_database
    from models.figures import SUCCEEDED, FigureEngine
    from models.values import ValueChange, write_values

    opened = open_database(db)
    try:
        formed = catalog.org_unit_by_code(opened, "X01840")  # Phường Đức Xuân, formed from three wards
        sources = [row[0] for row in opened.execute(
            "SELECT u.code FROM successions s JOIN org_units u ON u.id = s.from_id WHERE s.to_id = ? ORDER BY 1",
            [formed.id])]
        assert sources == ["X01834-cu", "X01840-cu", "X01846-cu"]
        points = catalog.indicator_by_code(opened, "postal.service_points")
        write_values(opened, [ValueChange(points.id, catalog.org_unit_by_code(opened, code).id, "2024", 2)
                              for code in sources])
        figure = FigureEngine(opened).figure(points, formed.id, "2024")
        assert (figure.value, figure.origin) == (6, SUCCEEDED)
    finally:
        opened.close()


def test_validate_on_the_command_line(tmp_path):
    """The sample data pass their own rules (exit 0); a nine-month figure over the year is one
    line naming rule, indicator, periods and both values (exit 1)."""
    db = tmp_path / "demo.sqlite3"
    clean = run("--db", str(db), "--demo", "validate", "--period", "2024", "--all-children", env_dir=tmp_path)
    assert clean.returncode == 0 and "không có vấn đề" in clean.stdout, clean.stdout + clean.stderr
    from models import catalog
    from models.database import open_database
    from models.values import ValueChange, write_values

    opened = open_database(db)
    try:
        write_values(opened, [ValueChange(catalog.indicator_by_code(opened, "postal.revenue").id,
                                          catalog.org_unit_by_code(opened, "BK").id, "2024-9M", 70_000_000_000)])
    finally:
        opened.close()
    found = run("--db", str(db), "validate", "--period", "2024", env_dir=tmp_path)
    assert found.returncode == 1
    line = found.stdout.splitlines()[0].split("\t")
    assert line[:5] == ["lỗi", "Tỉnh Bắc Kạn", "time", "postal.revenue", "2024-9M,2024"]
    assert line[5] == "70.000.000.000 69.300.000.000"


def test_signed_packages_on_the_command_line(tmp_path):
    """A district's first package is refused until its key is trusted (--trust-new, or
    office-key trust with the key it sent); the refusal prints the fingerprint to compare."""
    district, province = tmp_path / "huyen.sqlite3", tmp_path / "tinh.sqlite3"
    assert run("--db", str(district), "--demo", "export-package", "--org", "BK-CD", "--period", "2024",
               str(tmp_path / "p.tttpkg"), env_dir=tmp_path).returncode == 0
    shown = run("--db", str(district), "office-key", "show", env_dir=tmp_path)
    assert shown.returncode == 0 and "dấu vân tay" in shown.stdout
    print_ = shown.stdout.split("dấu vân tay ")[1].strip()
    assert run("--db", str(province), "office", "setup", "--province", "19", env_dir=tmp_path).returncode == 0
    rows = tmp_path / "bk.csv"
    rows.write_text("code,parent_code,name_vi,level,valid_to\nBK,,Tỉnh Bắc Kạn,province,2025-06-30\n"
                    "BK-CD,BK,Huyện Chợ Đồn,district,2025-06-30\n", encoding="utf-8")
    assert run("--db", str(province), "catalog", "import", str(rows), env_dir=tmp_path).returncode == 0
    refused = run("--db", str(province), "import-package", str(tmp_path / "p.tttpkg"), env_dir=tmp_path)
    assert refused.returncode == 1 and print_ in refused.stderr and "Traceback" not in refused.stderr
    assert run("--db", str(district), "office-key", "export", str(tmp_path / "huyen.key"),
               env_dir=tmp_path).returncode == 0
    trusted = run("--db", str(province), "office-key", "trust", str(tmp_path / "huyen.key"), "--org", "BK-CD",
                  env_dir=tmp_path)
    assert trusted.returncode == 0 and print_ in trusted.stdout
    done = run("--db", str(province), "import-package", str(tmp_path / "p.tttpkg"), env_dir=tmp_path)
    assert done.returncode == 0 and "imported" in done.stdout, done.stderr
