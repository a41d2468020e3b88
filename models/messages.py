"""The user's messages of models/ in the interface's language.

Errors are raised in Vietnamese, the program's first language, with their values filled in
(``f"Kỳ {period} đã được phê duyệt"``). resources/i18n/messages_en.json holds each message's
template, as tools/messages.py reads it off the source ("Kỳ {} đã được phê duyệt"), with its
English ("Period {0} is already approved"). :func:`translate` finds the template a message
was made from, takes the values back out, translates those that are messages themselves
(a problem inside "sheet, row, column: problem"), and puts them into the English. A message
with no template stays as it was: Vietnamese is never lost, only left untranslated, and the
translations test fails on any template without English.
"""

from __future__ import annotations

import functools
import json
import re

from models.resources import resource


@functools.lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, English) per template, the most specific (longest fixed text) first."""
    with open(resource("i18n", "messages_en.json"), encoding="utf-8") as handle:
        catalog = json.load(handle)
    compiled = []
    for template, english in catalog.items():
        if not english:
            continue
        pieces = re.split(r"(?<!\{)\{\}(?!\})", template)
        literal = [piece.replace("{{", "{").replace("}}", "}") for piece in pieces]
        pattern = re.compile("(.*?)".join(re.escape(piece) for piece in literal), re.DOTALL)
        compiled.append((sum(len(piece) for piece in literal), pattern, english))
    compiled.sort(key=lambda item: -item[0])
    return tuple((pattern, english) for _length, pattern, english in compiled)


def translate(message: str, language: str) -> str:
    """``message`` in ``language`` ("vi" or "en"); as it is when no template fits."""
    if language == "vi" or not message:
        return message
    return _translate(message, depth=0)


# Letters only Vietnamese uses: what is left of them says how much of a message stayed untranslated.
_VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)


def _translate(message: str, depth: int) -> str:
    """The best translation: of the templates the message fits (a wrapper such as "sheet, row,
    column: {}" and the problem inside may both fit), the one that leaves the least Vietnamese;
    the most specific template on a tie (the catalog is sorted so)."""
    if depth > 4:
        return message
    best, best_left = message, len(_VIETNAMESE.findall(message))
    for pattern, english in _compiled():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        try:
            made = english.format(*(_translate(value, depth + 1) for value in found.groups()))
        except (IndexError, KeyError, ValueError):  # a catalog entry with a bad placeholder
            continue
        left = len(_VIETNAMESE.findall(made))
        if left < best_left or best is message:
            best, best_left = made, left
            if left == 0:
                break
    return best
