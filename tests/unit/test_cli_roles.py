"""Roles on the command line: when the file requires a login every command needs --user and
a password, and a role lacking the right is refused with nothing written (in process: main())."""

import io
import sqlite3

import pytest

import main
from models import access, catalog, demo
from models.database import open_database


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A file with three accounts (so the login is required) and the sample org tree."""
    monkeypatch.delenv("TTTT_PASSWORD", raising=False)
    monkeypatch.delenv("TTTT_NEW_PASSWORD", raising=False)
    path = tmp_path / "office.sqlite3"
    db = open_database(path)
    catalog.load_default_catalog(db)
    demo.load_demo_units(db)
    access.save_user(db, username="admin", full_name="Quản trị", role="admin", password="matkhau-admin")
    access.save_user(db, username="nhap", full_name="Chuyên viên", role="data_entry", password="matkhau-nhap")
    access.save_user(db, username="lanhdao", full_name="Lãnh đạo", role="leader", password="matkhau-ld")
    db.close()
    return path


def run(path, *argv, user=None, password=None, monkeypatch, capsys):
    if password is None:
        monkeypatch.delenv("TTTT_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("TTTT_PASSWORD", password)
    code = main.main(["--db", str(path), *(["--user", user] if user else []), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def narrative(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM narratives").fetchone()[0]
    finally:
        conn.close()


def test_a_command_without_user_is_refused_in_one_line(office, tmp_path, monkeypatch, capsys):
    out = tmp_path / "bang.csv"
    code, _out, err = run(office, "export-table", str(out), monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and err.count("\n") == 1 and "--user" in err
    assert not out.exists()


def test_a_wrong_password_is_refused_and_counted(office, tmp_path, monkeypatch, capsys):
    out = tmp_path / "bang.csv"
    code, _out, err = run(office, "export-table", str(out), user="nhap", password="sai-roi",
                          monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "không đúng" in err and not out.exists()
    conn = sqlite3.connect(office)
    assert conn.execute("SELECT failed_attempts FROM users WHERE username = 'nhap'").fetchone() == (1,)
    conn.close()
    code, _out, err = run(office, "export-table", str(out), user="nhap", password="matkhau-nhap",
                          monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert out.exists()


def test_no_password_and_no_terminal_is_refused(office, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _out, err = run(office, "validate", "--period", "2024", user="nhap", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "TTTT_PASSWORD" in err and err.count("\n") == 1


def test_a_role_without_the_right_writes_nothing(office, tmp_path, monkeypatch, capsys):
    body = tmp_path / "ketqua.txt"
    body.write_text("Kết quả nổi bật của năm.", encoding="utf-8")
    argv = ["text", "set", "--period", "2024", "--sector", "postal", "--part", "results", str(body)]
    code, _out, err = run(office, *argv, user="lanhdao", password="matkhau-ld", monkeypatch=monkeypatch,
                          capsys=capsys)
    assert code == 1 and "không có quyền" in err
    assert narrative(office) == 0
    code, _out, err = run(office, *argv, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and narrative(office) == 0
    code, _out, err = run(office, *argv, user="nhap", password="matkhau-nhap", monkeypatch=monkeypatch,
                          capsys=capsys)
    assert code == 0, err
    assert narrative(office) == 1


def test_restore_by_each_role(office, tmp_path, monkeypatch, capsys):
    from models import backup

    copy = tmp_path / "copy.sqlite3"
    conn = sqlite3.connect(office)
    backup.copy_database(conn, copy)
    conn.close()
    before = office.stat().st_mtime_ns
    for user, password in [(None, None), ("nhap", "matkhau-nhap"), ("lanhdao", "matkhau-ld"),
                           ("admin", "sai-mat-khau")]:
        code, _out, err = run(office, "restore", str(copy), user=user, password=password,
                              monkeypatch=monkeypatch, capsys=capsys)
        assert code == 1 and err.count("\n") == 1, (user, err)
        assert office.stat().st_mtime_ns == before
        assert not list(tmp_path.glob("office.sqlite3.before-restore-*")), user
    code, out, err = run(office, "restore", str(copy), user="admin", password="matkhau-admin",
                         monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    assert "restored" in out


def test_accounts_and_the_login_on_the_command_line(office, monkeypatch, capsys):
    monkeypatch.setenv("TTTT_NEW_PASSWORD", "matkhau-tt-moi")
    refused = run(office, "user", "add", "thanhtra", "--role", "inspector", user="nhap", password="matkhau-nhap",
                  monkeypatch=monkeypatch, capsys=capsys)
    assert refused[0] == 1 and "không có quyền" in refused[2]
    code, _out, err = run(office, "user", "add", "thanhtra", "--role", "inspector", "--full-name", "Thanh tra",
                          user="admin", password="matkhau-admin", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    code, out, _err = run(office, "user", "list", user="admin", password="matkhau-admin", monkeypatch=monkeypatch,
                          capsys=capsys)
    assert "thanhtra\tinspector\tThanh tra" in out
    code, _out, err = run(office, "validate", "--period", "2024", user="thanhtra", password="matkhau-tt-moi",
                          monkeypatch=monkeypatch, capsys=capsys)
    assert code in (0, 1) and "đăng nhập" not in err.lower()  # the new account signs in
    code, out, err = run(office, "user", "remove", "thanhtra", user="admin", password="matkhau-admin",
                         monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "removed" in out
    code, _out, err = run(office, "validate", "--period", "2024", user="thanhtra", password="matkhau-tt-moi",
                          monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "không đúng" in err
    code, out, err = run(office, "login-required", "off", user="admin", password="matkhau-admin",
                         monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    code, _out, err = run(office, "validate", "--period", "2024", monkeypatch=monkeypatch, capsys=capsys)
    assert "--user" not in err  # no login asked for any more
    code, _out, err = run(office, "login-required", "on", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    code, _out, err = run(office, "validate", "--period", "2024", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and "--user" in err


def test_reset_login_needs_no_account(office, monkeypatch, capsys):
    code, _out, err = run(office, "reset-login", "--yes", monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0, err
    db = open_database(office)
    assert not access.login_required(db)
    db.close()


@pytest.mark.parametrize("argv", [
    ["screenshot", "{d}/x.png"], ["report", "--period", "2024", "--out", "{d}/r.pdf"], ["verify", "{d}/r.pdf"],
    ["backup"], ["export-template", "--period", "2024", "{d}/t.xlsx"], ["export-table", "{d}/t.csv"],
    ["import", "{d}/t.csv"], ["export-package", "--period", "2024", "{d}/p.tttpkg"],
    ["import-package", "{d}/p.tttpkg"], ["register", "list"], ["text", "get", "--period", "2024", "--sector",
                                                                "postal", "--part", "results"],
    ["catalog", "export", "{d}/c.xlsx"], ["validate", "--period", "2024"], ["office-key", "show"],
    ["office", "setup", "--province", "19"], ["user", "list"], ["login-required", "off"],
])
def test_every_command_needs_a_user_when_the_file_requires_a_login(office, tmp_path, monkeypatch, capsys, argv):
    def content():
        conn = sqlite3.connect(office)
        try:
            return (conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone(),
                    conn.execute("SELECT value FROM settings WHERE key = 'login_required'").fetchone())
        finally:
            conn.close()

    before = content()
    def written():  # the files a command writes for the user (not the program's notes beside the database)
        notes = (".audit-head", ".closed", ".lock", "-wal", "-shm")
        return sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(notes))

    files = written()
    code, out, err = run(office, *[a.format(d=tmp_path) for a in argv], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 1 and err.count("\n") == 1 and "--user" in err, (argv, err)
    assert content() == before and out == ""
    assert written() == files  # no file written for the user either
