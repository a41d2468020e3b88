"""Accounts and roles: scrypt hashes, slowing down, and what each role may change."""

import datetime as dt

import pytest

from models import access, catalog, office, settings
from models.access import AccessError
from models.values import ValueChange, write_values


def add_users(db):
    access.save_user(db, username="admin", full_name="Quản trị", role="admin", password="matkhau-admin")
    access.save_user(db, username="nhap", full_name="Chuyên viên", role="data_entry", password="matkhau-nhap")
    access.save_user(db, username="thanhtra", full_name="Thanh tra", role="inspector", password="matkhau-tt")


@pytest.mark.real_scrypt
def test_hash_carries_its_parameters_and_compares(db):
    stored = access.hash_password("bí mật 123")
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 17, 8, 1)  # OWASP's minimum for scrypt
    assert access.password_matches("bí mật 123", stored)
    assert not access.password_matches("bi mat 123", stored)
    assert access.hash_password("x" * 8) != access.hash_password("x" * 8)  # salted


@pytest.mark.real_scrypt
def test_an_older_cheaper_hash_is_read_and_remade_at_sign_in(db):
    access.save_user(db, username="cu", full_name="", role="admin", password="matkhau-cu")
    old = access.hash_password("matkhau-cu", n=2 ** 14)  # what the program stored before
    db.execute("UPDATE users SET password = ? WHERE username = 'cu'", [old])
    assert access.needs_rehash(old)
    access.sign_in(db, "cu", "matkhau-cu")
    remade = db.execute("SELECT password FROM users WHERE username = 'cu'").fetchone()[0]
    assert remade.split("$")[1] == str(2 ** 17) and not access.needs_rehash(remade)
    assert access.sign_in(db, "cu", "matkhau-cu").username == "cu"  # the new hash signs in


def test_a_forged_hash_asking_for_huge_cost_is_not_computed(db):
    assert not access.password_matches("x", "scrypt$1073741824$8$1$AAAA$AAAA")
    assert not access.password_matches("x", "scrypt$16384$10000$1$AAAA$AAAA")


def test_no_accounts_means_no_login(db):
    assert not access.login_required(db)
    add_users(db)
    assert access.login_required(db)
    office.set_setting(db, "login_required", False)
    assert not access.login_required(db)


def test_sign_in_and_slowing_down(db):
    add_users(db)
    with pytest.raises(AccessError) as unknown:
        access.act_as(db, access.sign_in(db, "ai-do", "whatever"))
    with pytest.raises(AccessError) as wrong:
        access.act_as(db, access.sign_in(db, "nhap", "sai"))
    assert str(unknown.value) == str(wrong.value)  # names cannot be guessed
    now = dt.datetime(2024, 1, 1, 8, 0)
    for _ in range(3):
        with pytest.raises(AccessError):
            access.sign_in(db, "nhap", "sai", now=now)
    with pytest.raises(AccessError, match="thử lại sau"):  # locked for a while after the 4th failure
        access.sign_in(db, "nhap", "matkhau-nhap", now=now)
    later = now + dt.timedelta(minutes=1)
    user = access.sign_in(db, "nhap", "matkhau-nhap", now=later)
    assert user.role == "data_entry" and access.acting_user(db) is None  # signing in checks, acting is the session's


def test_a_role_without_the_right_cannot_change_a_value(db):
    add_users(db)
    indicator = catalog.indicator_by_code(db, "postal.providers").id
    unit = catalog.top_org_unit(db).id
    access.act_as(db, access.sign_in(db, "thanhtra", "matkhau-tt"))
    with pytest.raises(AccessError, match="không có quyền"):
        write_values(db, [ValueChange(indicator, unit, "2024", 12)])
    assert db.execute("SELECT COUNT(*) FROM indicator_values").fetchone()[0] == 0
    with pytest.raises(AccessError):
        catalog.add(db, "sector", code="x", name_vi="X")
    access.act_as(db, access.sign_in(db, "nhap", "matkhau-nhap"))
    write_values(db, [ValueChange(indicator, unit, "2024", 12)])
    from models.inspection.violations import quick_entry

    with pytest.raises(AccessError):
        quick_entry(db, org_unit_id=unit, offender="A", place="B")


def test_only_an_administrator_manages_accounts(db):
    add_users(db)
    access.act_as(db, access.sign_in(db, "nhap", "matkhau-nhap"))
    with pytest.raises(AccessError):
        access.save_user(db, username="moi", full_name="", role="admin", password="12345678")
    access.act_as(db, access.sign_in(db, "admin", "matkhau-admin"))
    with pytest.raises(AccessError, match="8 ký tự"):
        access.save_user(db, username="moi", full_name="", role="leader", password="ngan")
    access.save_user(db, username="moi", full_name="", role="leader", password="dai-du-8-ky-tu")


def test_the_audit_log_names_the_signed_in_user_and_never_the_password(db):
    from models import audit

    add_users(db)
    access.act_as(db, access.sign_in(db, "nhap", "matkhau-nhap"))
    indicator = catalog.indicator_by_code(db, "postal.providers").id
    write_values(db, [ValueChange(indicator, catalog.top_org_unit(db).id, "2024", 3)])
    entries = audit.value_history(db, indicator, catalog.top_org_unit(db).id, "2024")
    assert entries[-1].user == "nhap"
    assert not db.execute("SELECT 1 FROM audit_log WHERE new LIKE '%scrypt$%'").fetchone()


def test_the_first_account_is_an_administrator(db):
    with pytest.raises(AccessError, match="đầu tiên"):
        access.save_user(db, username="nhap", full_name="", role="data_entry", password="matkhau-nhap")
    assert access.list_users(db) == []
    access.save_user(db, username="admin", full_name="", role="admin", password="matkhau-admin")
    access.save_user(db, username="nhap", full_name="", role="data_entry", password="matkhau-nhap")
    assert [u.role for u in access.list_users(db)] == ["admin", "data_entry"]


@pytest.mark.parametrize("change", [{"role": "leader"}, {"active": False}])
def test_the_last_administrator_cannot_be_demoted_or_switched_off(db, change):
    add_users(db)
    admin = next(u for u in access.list_users(db) if u.role == "admin")
    fields = {"username": "admin", "full_name": "", "role": "admin", "active": True, **change}
    with pytest.raises(AccessError, match="cuối cùng"):
        access.save_user(db, user_id=admin.id, **fields)
    second = access.save_user(db, username="admin2", full_name="", role="admin", password="matkhau-admin2")
    access.save_user(db, user_id=admin.id, **fields)  # another administrator remains
    with pytest.raises(AccessError, match="cuối cùng"):
        access.save_user(db, user_id=second, username="admin2", full_name="", role="admin", active=False)


def test_reset_login_lets_the_holder_of_the_file_in_and_is_audited(db):
    from models import audit

    add_users(db)
    now = dt.datetime(2024, 1, 1, 8, 0)
    for _ in range(5):
        with pytest.raises(AccessError):
            access.sign_in(db, "admin", "sai", now=now)
    assert access.login_required(db)
    access.reset_login(db)
    assert not access.login_required(db)
    assert db.execute("SELECT COUNT(*) FROM users WHERE locked_until IS NOT NULL").fetchone()[0] == 0
    entries = audit.history(db, "settings", "login_required")
    assert entries[-1].new == {"key": "login_required", "value": "false"}
