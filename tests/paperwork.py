"""The fields a finished violation record gives (MBB01), for tests that need one complete."""

import datetime as dt


def person_record(occurred_at: str, **overrides) -> dict:
    """A violation record of a person, every field the form requires given, made an hour after
    the violation (so its dates keep their order)."""
    made = dt.datetime.fromisoformat(occurred_at) + dt.timedelta(hours=1)
    return {"record_number": "07", "recorded_at": made.isoformat(timespec="minutes"),
            "record_place": "Trụ sở UBND xã", "grounds": "Quyết định kiểm tra số 15/QĐ-TTr.",
            "officers": [{"name": "Nguyễn Văn An", "title": "Thanh tra viên", "agency": "Sở KH&CN"}],
            "offender_kind": "person", "sex": "Nam", "birth_date": "1985-04-02", "nationality": "Việt Nam",
            "occupation": "Kinh doanh", "residence": "Thôn Nà Pài, xã Chợ Đồn", "id_number": "006085001234",
            "statement_offender": "Tôi xin chấp hành.", "explain_mode": "none",
            "closed_at": (made + dt.timedelta(minutes=40)).isoformat(timespec="minutes"), "pages": 2, "copies": 2,
            "delivered_to": "Người bán hàng", **overrides}
