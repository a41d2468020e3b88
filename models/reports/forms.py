"""Documents with legal weight, written from templates that are data (resources/forms/).

A template names the legal form it follows (``source``), the fields a record must give
(each with its label, the group the entry form shows it in, whether the law requires it,
and when it applies), the body in the form's wording and order, and the signature blocks.
The body is a list of blocks:

- ``"text with {field} and {field:format}"``: a paragraph;
- ``{"p": "...", "style": "center" | "bold" | "italic" | "note"}``; ``{"heading": "..."}``;
- ``{"if": "field" | "!field" | "field=value", "then": [...], "else": [...]}``;
- ``{"each": "field", "do": [...]}`` over a list field: ``{.key}`` is a key of the item,
  ``{#}`` its number.

Formats: ``date`` (15/03/2025), ``time`` (09 giờ 30 phút), ``day`` (ngày 15 tháng 3 năm
2025), ``money`` (5.000.000 đồng), ``words`` (the amount in words), ``upper``, ``two``
(a count on two digits: 02). A field left empty prints as a dotted blank; a required one
makes the document a draft (models/reports/pdf.py marks it "DỰ THẢO" and lists what is
missing). A template that names a field it does not declare is refused before printing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import re

from models.errors import UserError
from models.numbers import format_number
from models.resources import resource

BLANK = "…………………"
PLACEHOLDER = re.compile(r"\{([.#]?[\w]*)(?::(\w+))?\}")
FORMATS = ("date", "time", "day", "money", "words", "upper", "two")
KINDS = ("text", "multiline", "date", "datetime", "int", "money", "choice", "people", "flag")


class FormError(UserError, ValueError):
    """A template that cannot be used; the message names the template and what is wrong."""


@dataclasses.dataclass(frozen=True)
class Field:
    key: str
    label: str
    group: str = "main"
    kind: str = "text"
    required: bool = False
    when: str = ""                            # the condition under which the field applies
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) of a choice
    columns: tuple[tuple[str, str], ...] = ()  # (key, label) of each person in a "people" field
    hint: str = ""
    each: str = ""  # a key of every item of this list (one value per establishment inspected)


@dataclasses.dataclass(frozen=True)
class Form:
    kind: str
    title: str
    subject: str
    symbol: str
    source: str
    groups: tuple[tuple[str, str], ...]
    fields: dict[str, Field]
    body: tuple
    signatures: tuple
    context: tuple[str, ...]  # names the program gives the template besides the fields

    def fields_of(self, group: str) -> list[Field]:
        return [f for f in self.fields.values() if f.group == group]


@functools.cache
def load_form(kind: str) -> Form:
    """The template of a document kind, checked; FormError naming what is wrong."""
    path = resource("forms", f"{kind}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FormError(f"Không có mẫu văn bản «{kind}» (resources/forms/{kind}.json)") from None
    except json.JSONDecodeError as exc:
        raise FormError(f"resources/forms/{kind}.json: không đọc được (dòng {exc.lineno}: {exc.msg})") from None
    fields = {}
    for raw in data.get("fields", ()):
        field = Field(raw["key"], raw["label"], raw.get("group", "main"), raw.get("kind", "text"),
                      bool(raw.get("required")), raw.get("when", ""),
                      tuple(tuple(c) for c in raw.get("choices", ())), tuple(tuple(c) for c in raw.get("columns", ())),
                      raw.get("hint", ""), raw.get("each", ""))
        if field.kind not in KINDS:
            raise FormError(f"resources/forms/{kind}.json: trường «{field.key}» có loại «{field.kind}» không có "
                            f"({', '.join(KINDS)})")
        fields[field.key] = field
    form = Form(kind, data["title"], data.get("subject", ""), data.get("symbol", ""), data.get("source", ""),
                tuple(tuple(g) for g in data.get("groups", ())), fields, tuple(data.get("body", ())),
                tuple(data.get("signatures", ())), tuple(data.get("context", ())))
    check(form)
    return form


def _names(block, inside_each: bool = False) -> list[tuple[str, bool]]:
    """Every (placeholder name, inside an "each") a block uses, conditions included."""
    if isinstance(block, str):
        return [(m.group(1), inside_each) for m in PLACEHOLDER.finditer(block)]
    if isinstance(block, list):
        return [n for b in block for n in _names(b, inside_each)]
    out = []
    for key in ("p", "heading") if "each" in block else ("p", "heading", "role", "name", "note"):
        if key in block:
            out += _names(block[key], inside_each)
    if "if" in block:
        out += [(re.split(r"[=!]", part.lstrip("!"))[0], inside_each) for part in block["if"].split("|")]
        out += _names(block.get("then", []), inside_each) + _names(block.get("else", []), inside_each)
    if "each" in block:
        out.append((block["each"], inside_each))
        out += _names(block.get("do", []), True)
        for key in ("role", "name", "note"):  # a signature block per item
            if key in block:
                out += _names(block[key], True)
    return out


def check(form: Form) -> None:
    """Every name the template uses is a field of it or a name the program gives it."""
    known = set(form.fields) | set(form.context)
    unknown = set()
    conditions = [{"if": f.when} for f in form.fields.values() if f.when]
    for name, inside_each in _names([*form.body, *form.signatures, form.subject, *conditions]):
        if name in ("#", "") or (name.startswith(".") and inside_each):
            continue
        if name not in known:
            unknown.add(name)
    text = json.dumps([form.body, form.signatures, form.subject], ensure_ascii=False)
    for match in PLACEHOLDER.finditer(text):
        if match.group(2) and match.group(2) not in FORMATS:
            raise FormError(f"Mẫu «{form.kind}»: định dạng «{match.group(2)}» không có ({', '.join(FORMATS)})")
    if unknown:
        raise FormError(f"Mẫu «{form.kind}» dùng trường không khai báo: {', '.join(sorted(unknown))}")


# ---------------------------------------------------------------- filling


def applies(condition: str, values: dict) -> bool:
    """"field" (given), "!field" (not given), "field=value"; alternatives joined by "|"."""
    if not condition:
        return True
    if "|" in condition:
        return any(applies(part, values) for part in condition.split("|"))
    if condition.startswith("!"):
        return not values.get(condition[1:])
    if "=" in condition:
        key, wanted = condition.split("=", 1)
        return str(values.get(key) or "") == wanted
    return bool(values.get(condition))


def _empty(value) -> bool:
    return value in (None, "", [], ()) or (isinstance(value, str) and not value.strip())


def missing(form: Form, values: dict) -> list[str]:
    """The labels of the required fields that apply and are empty, in the form's order (a
    field of every item of a list is named with the item: "Cơ sở in A: Ý kiến ...")."""
    out = []
    for field in form.fields.values():
        if not field.required or not applies(field.when, values):
            continue
        if field.each:
            out += [f"{item.get('name') or index}: {field.label}" for index, item in
                    enumerate(values.get(field.each) or [], start=1) if _empty(item.get(field.key))]
        elif _empty(values.get(field.key)):
            out.append(field.label)
    return out


def _format(value, how: str | None) -> str:
    if value in (None, "", [], ()):
        return BLANK
    if how == "date" or (how is None and isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return _as_date(value).strftime("%d/%m/%Y")
    if how == "time":
        moment = dt.datetime.fromisoformat(str(value))
        return f"{moment:%H} giờ {moment:%M} phút"
    if how == "day":
        day = _as_date(value)
        return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    if how == "money":
        return f"{format_number(float(value))} đồng"
    if how == "words":
        return amount_in_words(int(round(float(value))))
    if how == "upper":
        return str(value).upper()
    if how == "two":
        return f"{int(value):02d}"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def _as_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _fill_text(text: str, values: dict, item: dict | None = None, number: int = 0) -> str:
    def replace(match: re.Match) -> str:
        name, how = match.group(1), match.group(2)
        if name == "#":
            return str(number)
        value = (item or {}).get(name[1:]) if name.startswith(".") else values.get(name)
        return _format(value, how)

    return PLACEHOLDER.sub(replace, text)


@dataclasses.dataclass(frozen=True)
class Filled:
    blocks: tuple[tuple[str, str], ...]         # (style, text): style "body", "item", "bold", "heading", ...
    parties: tuple[tuple[str, str, str], ...]   # (role, name, note) of each signature block
    missing: tuple[str, ...]                    # required fields left empty: the document is a draft


def fill(form: Form, values: dict) -> Filled:
    out: list[tuple[str, str]] = []

    def walk(blocks, item=None, number=0) -> None:
        for block in blocks:
            if isinstance(block, str):
                out.append(("body", _fill_text(block, values, item, number)))
            elif "if" in block:
                walk(block.get("then", []) if applies(block["if"], {**values, **_dotted(item)})
                     else block.get("else", []), item, number)
            elif "each" in block:
                for index, entry in enumerate(values.get(block["each"]) or [], start=1):
                    walk(block["do"], entry, index)
            elif "heading" in block:
                out.append(("heading", _fill_text(block["heading"], values, item, number)))
            else:
                out.append((block.get("style", "body"), _fill_text(block["p"], values, item, number)))

    walk(form.body)
    parties = []
    for block in form.signatures:
        if not applies(block.get("if", ""), values):
            continue
        items = list(enumerate(values.get(block["each"]) or [], start=1)) if "each" in block else [(0, None)]
        for number, item in items:
            parties.append((_fill_text(block["role"], values, item, number),
                            _fill_text(block.get("name", ""), values, item, number).replace(BLANK, ""),
                            block.get("note", "(Ký, ghi rõ họ và tên)")))
    return Filled(tuple(out), tuple(parties), tuple(missing(form, values)))


def _dotted(item: dict | None) -> dict:
    return {f".{k}": v for k, v in (item or {}).items()}


# ---------------------------------------------------------------- amounts in words

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", " nghìn", " triệu", " tỷ")


def _three(n: int, full: bool) -> str:
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words = []
    if full or hundreds:
        words.append(f"{_DIGITS[hundreds]} trăm")
    if tens == 0:
        if units and (full or hundreds):
            words.append("lẻ")
    elif tens == 1:
        words.append("mười")
    else:
        words.append(f"{_DIGITS[tens]} mươi")
    if units:
        if units == 1 and tens > 1:
            words.append("mốt")
        elif units == 5 and tens > 0:
            words.append("lăm")
        elif units == 4 and tens > 1:
            words.append("tư")
        else:
            words.append(_DIGITS[units])
    return " ".join(words)


def amount_in_words(amount: int) -> str:
    """"Năm triệu đồng", "Mười bảy triệu năm trăm nghìn đồng" (as a decision writes it)."""
    if amount == 0:
        return "Không đồng"
    groups = []
    while amount:
        groups.append(amount % 1000)
        amount //= 1000
    words = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        scale = _GROUPS[index % 4] if index < 4 else _GROUPS[index % 3 + 1]
        if group == 0:
            continue
        words.append(_three(group, full=index < len(groups) - 1) + scale)
    text = " ".join(words) + " đồng"
    return text[0].upper() + text[1:]
