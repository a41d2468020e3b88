"""Vietnamese text: Unicode normalisation and diacritic-insensitive search."""

from __future__ import annotations

import unicodedata

# đ/Đ are letters of their own, not d plus a combining mark: NFD leaves them
# alone, so search folding maps them explicitly.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str | None) -> str | None:
    """Return ``text`` in Unicode NFC (composed), or None for None.

    Some Vietnamese keyboards send decomposed text (a base letter followed
    by combining marks); everything stored or printed goes through here.
    """
    if text is None:
        return None
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """Lower-case ``text`` and strip its diacritics, đ becoming d.

    ``fold("Chợ Đồn") == "cho don"``: used for every search box.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower()


def words_of(text: str | None) -> list[str]:
    """The folded words of ``text``: letters and digits, split at anything else."""
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def matches(query: str | None, *fields: str | None) -> bool:
    """True when every word of ``query`` starts a word of one of ``fields``, folded: "cho don"
    finds "Huyện Chợ Đồn" ("chợ" and "đồn" start its words), not "Hoạt động tốt" (no word starts
    with "cho")."""
    wanted = words_of(query)
    if not wanted:
        return True
    have = [w for f in fields if f for w in words_of(f)]
    return all(any(w.startswith(q) for w in have) for q in wanted)
