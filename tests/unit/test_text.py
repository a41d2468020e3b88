import unicodedata

import pytest

from models.text import fold, matches, nfc


def test_nfc_composes_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Chợ Đồn")
    assert decomposed != "Chợ Đồn"
    assert nfc(decomposed) == "Chợ Đồn"


@pytest.mark.parametrize("text, folded", [
    ("Chợ Đồn", "cho don"), ("ĐẮK LẮK", "dak lak"), ("Bưu chính", "buu chinh"),
    ("Ngân Sơn", "ngan son"),
])
def test_fold(text, folded):
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_matches_ignores_diacritics_and_dd():
    assert matches("cho don", "Huyện Chợ Đồn")
    assert matches("CHỢ đồn", "Huyện Chợ Đồn")
    assert not matches("cho moi", "Huyện Chợ Đồn")
    assert matches("", "anything")


def test_activities_and_text_stored_in_nfc(db):
    from models import activities, catalog, narratives

    unit = catalog.top_org_unit(db).id
    sector = catalog.sectors(db)[0].id
    title = unicodedata.normalize("NFD", "Tập huấn nghiệp vụ")
    saved = activities.save_activity(db, activities.Activity(None, sector, unit, "2024", "2024-03-01", title))
    assert activities.list_activities(db, sector, unit, "2024")[0].title == "Tập huấn nghiệp vụ"
    assert saved
    narratives.save_narrative(db, sector, unit, "2024", "results", unicodedata.normalize("NFD", "Bưu chính"))
    assert narratives.get_narrative(db, sector, unit, "2024")["results"] == "Bưu chính"


@pytest.mark.parametrize("query,text,found", [
    ("cho don", "Huyện Chợ Đồn", True),
    ("cho don", "Đang hoạt động", False),            # "đồn" is not "động", and no word starts with "cho"
    ("cho don", "Chợ Mới; Đang hoạt động", True),    # both words start words: a prefix search
    ("thanh cong", "Cơ sở in Thành Công", True),
    ("ong", "Thành Công", False),                    # inside a word is not a start
    ("bac kan", "TP. Bắc Kạn,", True),               # punctuation splits words
    ("", "anything", True),
])
def test_search_matches_word_starts(query, text, found):
    assert matches(query, text) is found
