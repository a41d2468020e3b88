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
