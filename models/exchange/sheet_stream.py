"""Reading an .xlsx sheet's values as a stream, fast, without trusting the file.

openpyxl builds an element tree for every cell and, in read-only mode, reads
a whole sheet once more to look for a dimension a file may not declare; for a
long table of 100,000 rows that is most of an import's time. This reader asks
expat for the few elements that carry values (rows, cells, values, formulas,
inline and shared strings) and yields each row's values as openpyxl's
``iter_rows(values_only=True)`` would, numbered as in the file.

The same protections as defusedxml's, stricter: a document type declaration
(where entities are declared: entity bombs, external entities) is refused
outright, as no spreadsheet needs one; the zip container is checked before
anything is decompressed (:func:`models.exchange.safe_xlsx.check_container`);
members are read by the names the workbook's relationships give, never
extracted to disk. A formula is returned as its text with a leading "="
(never evaluated), as openpyxl returns it, so callers refuse it the same way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pathlib
import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.parsers import expat

from defusedxml import DTDForbidden

from models.exchange.safe_xlsx import UnsafeFile, check_container

MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
REL_NS = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships")
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CHUNK = 1 << 16
SMALL_MEMBER_BYTES = 10 * 1024 * 1024  # a workbook part or relationships file; real ones are a few kB

# Element codes, for the names (namespace + " " + local name) the sheet reader acts on.
ROW, CELL, VALUE, FORMULA, TEXT, INLINE, PHONETIC, ITEM = range(8)
_TAGS = {f"{ns} {local}": code for ns in MAIN_NS for local, code in (
    ("row", ROW), ("c", CELL), ("v", VALUE), ("f", FORMULA), ("t", TEXT), ("is", INLINE), ("rPh", PHONETIC),
    ("si", ITEM))}
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


@dataclasses.dataclass(frozen=True)
class SheetRef:
    name: str
    member: str  # the path of its XML inside the zip


def _parser() -> expat.XMLParserType:
    """An expat parser that refuses any document type declaration (and so any entity)."""
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse_dtd(name, sysid, pubid, has_internal_subset):
        raise DTDForbidden(name, sysid, pubid)

    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    return parser


def _elements(data: bytes) -> list[tuple[str, dict]]:
    """Every element of a small XML member (workbook, relationships), in order."""
    found: list[tuple[str, dict]] = []
    parser = _parser()
    parser.StartElementHandler = lambda name, attrs: found.append((name, attrs))
    parser.Parse(data, True)
    return found


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, member path)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in archive.namelist():
        return {}
    result = {}
    for tag, attrs in _elements(_read_member(archive, rels, "quan hệ")):
        if tag == f"{PACKAGE_REL_NS} Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            result[attrs.get("Id", "")] = (attrs.get("Type", ""), path)
    return result


def _workbook_part(archive: zipfile.ZipFile) -> str:
    for _id, (kind, path) in _relationships(archive, "").items():
        if kind.endswith("/officeDocument"):
            return path
    return "xl/workbook.xml"


def _read_member(archive: zipfile.ZipFile, member: str, what: str) -> bytes:
    """A small member read whole (the workbook, relationships); sheets are streamed instead."""
    name = pathlib.Path(archive.filename or "").name
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise UnsafeFile(f"{name}: thiếu {what} ({member})") from None
    if info.file_size > SMALL_MEMBER_BYTES:
        raise UnsafeFile(f"{name}: {what} ({member}) lớn bất thường ({info.file_size // 1_048_576} MB)")
    return archive.read(member)


def unescaped(text: str) -> str:
    """Text with SpreadsheetML's ``_xHHHH_`` escapes (characters XML cannot carry, and a literal
    "_x" written as "_x005F_x") turned back into the characters, as Excel reads them."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _shared_strings(archive: zipfile.ZipFile, member: str | None) -> list[str]:
    """The shared strings table: each item's text runs joined, phonetic runs left out."""
    if member is None or member not in archive.namelist():
        return []
    strings: list[str] = []
    parts: list[str] = []
    state = {"in_text": False, "phonetic": 0}

    def start(name, attrs):
        code = _TAGS.get(name)
        if code == ITEM:
            parts.clear()
        elif code == PHONETIC:
            state["phonetic"] += 1
        elif code == TEXT and not state["phonetic"]:
            state["in_text"] = True

    def end(name):
        code = _TAGS.get(name)
        if code == ITEM:
            strings.append(unescaped("".join(parts)))
        elif code == PHONETIC:
            state["phonetic"] -= 1
        elif code == TEXT:
            state["in_text"] = False

    def data(chunk):
        if state["in_text"]:
            parts.append(chunk)

    parser = _parser()
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    with archive.open(member) as handle:
        parser.ParseFile(handle)
    return strings


class SheetReader:
    """An open .xlsx: its sheets by name, and a stream of any one sheet's rows."""

    def __init__(self, path: str | os.PathLike):
        self.path = pathlib.Path(path)
        check_container(self.path)
        try:
            self._archive = zipfile.ZipFile(self.path)
            self._load()
        except (zipfile.BadZipFile, KeyError, expat.ExpatError, DTDForbidden, ValueError) as exc:
            self.close()
            if isinstance(exc, UnsafeFile):
                raise
            raise UnsafeFile(f"{self.path.name}: không đọc được ({type(exc).__name__}: {exc})") from None

    def _load(self) -> None:
        archive = self._archive
        book = _workbook_part(archive)
        rels = _relationships(archive, book)
        self.sheets: list[SheetRef] = []
        shared = None
        for kind, member in rels.values():
            if kind.endswith("/sharedStrings"):
                shared = member
        for tag, attrs in _elements(_read_member(archive, book, "workbook")):
            if tag in (f"{ns} sheet" for ns in MAIN_NS):
                rel_id = next((v for k, v in attrs.items() if k in (f"{ns} id" for ns in REL_NS)), "")
                kind, member = rels.get(rel_id, ("", ""))
                if kind.endswith("/worksheet"):
                    self.sheets.append(SheetRef(attrs.get("name", ""), member))
        if not self.sheets:
            raise UnsafeFile(f"{self.path.name}: không có trang tính nào")
        self._shared, self._strings = shared, None  # read with the first sheet's rows

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def close(self) -> None:
        archive = getattr(self, "_archive", None)
        if archive is not None:
            archive.close()

    def __enter__(self) -> "SheetReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def rows(self, sheet: SheetRef) -> Iterator[tuple[int, tuple]]:
        """(row number, values) for every row the sheet holds, in file order; empty rows
        the file leaves out are not yielded. Whatever the declared dimension says."""
        try:
            if self._strings is None:
                self._strings = _shared_strings(self._archive, self._shared)
            yield from _stream(self._archive, sheet.member, self._strings)
        except (expat.ExpatError, DTDForbidden, KeyError, ValueError, IndexError) as exc:
            raise UnsafeFile(f"{self.path.name}: trang «{sheet.name}» không đọc được "
                             f"({type(exc).__name__}: {exc})") from None


_COLUMNS: dict[str, int] = {}


def _column(ref: str) -> int:
    """0-based column of a cell reference such as "D5"."""
    letters = ref.rstrip("0123456789")
    index = _COLUMNS.get(letters)
    if index is None:
        index = 0
        for letter in letters.upper():
            if not "A" <= letter <= "Z":
                raise ValueError(f"ô «{ref}» không hợp lệ")
            index = index * 26 + ord(letter) - 64
        index -= 1
        if not 0 <= index < 16384:
            raise ValueError(f"ô «{ref}» không hợp lệ")
        _COLUMNS[letters] = index
    return index


def _stream(archive: zipfile.ZipFile, member: str, strings: list[str]) -> Iterator[tuple[int, tuple]]:
    tags, column_of, value_of, known_columns = _TAGS, _column, _cell_value, _COLUMNS
    done: list[tuple[int, tuple]] = []
    row: dict[int, object] = {}
    parts: list[str] = []
    # The row and cell being read (closure variables: the handlers run a million times).
    row_number, column, kind, value, formula = 0, -1, "n", None, None
    collect, inline, phonetic = None, False, 0

    def start(name, attrs):
        nonlocal row_number, column, kind, value, formula, collect, inline, phonetic
        code = tags.get(name)
        if code == CELL:
            ref = attrs.get("r")
            if ref:
                column = known_columns.get(ref.rstrip("0123456789"))
                if column is None:
                    column = column_of(ref)
            else:
                column += 1
            kind = attrs.get("t", "n")
            value = formula = None
            inline = False
        elif code == VALUE or code == FORMULA or (code == TEXT and inline and not phonetic):
            parts.clear()
            collect = code
        elif code == ROW:
            number = attrs.get("r")
            row_number = int(number) if number else row_number + 1
            column = -1
            row.clear()
        elif code == INLINE:
            inline, value = True, ""
        elif code == PHONETIC:
            phonetic += 1

    def end(name):
        nonlocal value, formula, collect, inline, phonetic
        code = tags.get(name)
        if code == VALUE:
            value, collect = "".join(parts), None
        elif code == CELL:
            if kind == "s" and formula is None and value is not None:  # most text: shared strings
                row[column] = strings[int(value)]
                return
            cell = value_of(kind, value, formula, strings)
            if cell is not None:
                row[column] = cell
        elif code == ROW:
            if row:
                values = [None] * (max(row) + 1)
                for index, cell in row.items():
                    values[index] = cell
                done.append((row_number, tuple(values)))
                row.clear()
        elif code == TEXT and collect == TEXT:
            value += "".join(parts)
            collect = None
        elif code == FORMULA:
            formula, collect = "".join(parts), None
        elif code == INLINE:
            inline = False
        elif code == PHONETIC:
            phonetic -= 1

    def data(text):
        if collect is not None:
            parts.append(text)

    parser = _parser()
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(CHUNK)
            parser.Parse(chunk, not chunk)
            if done:
                yield from done
                done.clear()
            if not chunk:
                return


def _cell_value(kind: str, value: str | None, formula: str | None, strings: list[str]):
    if formula is not None:
        return "=" + formula
    if value is None:
        return None
    if kind == "n":
        if not value:
            return None
        try:
            return int(value)
        except ValueError:
            return float(value)
    if kind == "s":
        return strings[int(value)]
    if kind in ("inlineStr", "str"):
        return unescaped(value)
    if kind == "e":
        return value
    if kind == "b":
        return value.strip() in ("1", "true")
    if kind == "d":
        return dt.datetime.fromisoformat(value)
    return value
