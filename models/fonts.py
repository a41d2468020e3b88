"""The serif font for charts and printed reports.

Decree 30/2020 asks for Times New Roman. Where the system has a Times New
Roman that covers Vietnamese it is used; otherwise the bundled Liberation
Serif 2.x (metric-compatible with it, OFL licence, resources/fonts/).
Liberation 1.x is never used: it lacks most Vietnamese letters.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import pathlib

from models.resources import resource

# Letters a font must have to print Vietnamese.
VIETNAMESE_SAMPLE = "ĐđƠơƯưĂăÂâÊêÔôạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


@dataclasses.dataclass(frozen=True)
class FontSet:
    family: str
    regular: pathlib.Path
    bold: pathlib.Path
    italic: pathlib.Path
    bold_italic: pathlib.Path

    def files(self) -> list[pathlib.Path]:
        return [self.regular, self.bold, self.italic, self.bold_italic]


def bundled_serif() -> FontSet:
    folder = resource("fonts")
    return FontSet("Liberation Serif", folder / "LiberationSerif-Regular.ttf",
                   folder / "LiberationSerif-Bold.ttf", folder / "LiberationSerif-Italic.ttf",
                   folder / "LiberationSerif-BoldItalic.ttf")


def _times_candidates() -> list[FontSet]:
    windows = pathlib.Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    linux = pathlib.Path("/usr/share/fonts/truetype/msttcorefonts")
    mac = pathlib.Path("/Library/Fonts")
    mac_system = pathlib.Path("/System/Library/Fonts/Supplementary")
    sets = [FontSet("Times New Roman", windows / "times.ttf", windows / "timesbd.ttf",
                    windows / "timesi.ttf", windows / "timesbi.ttf"),
            FontSet("Times New Roman", linux / "Times_New_Roman.ttf", linux / "Times_New_Roman_Bold.ttf",
                    linux / "Times_New_Roman_Italic.ttf", linux / "Times_New_Roman_Bold_Italic.ttf")]
    for folder in (mac, mac_system):
        sets.append(FontSet("Times New Roman", folder / "Times New Roman.ttf",
                            folder / "Times New Roman Bold.ttf", folder / "Times New Roman Italic.ttf",
                            folder / "Times New Roman Bold Italic.ttf"))
    return sets


def covers_vietnamese(path: pathlib.Path) -> bool:
    """True when the TrueType file has every letter of VIETNAMESE_SAMPLE."""
    try:
        from fontTools.ttLib import TTFont

        cmap = TTFont(str(path), lazy=True).getBestCmap()
    except Exception:  # an unreadable font file is simply not used
        return False
    return all(ord(c) in cmap for c in VIETNAMESE_SAMPLE)


@functools.cache
def serif_fonts() -> FontSet:
    """Times New Roman where the system has a complete one, else Liberation Serif."""
    if os.environ.get("TTTT_BUNDLED_FONTS") != "1":
        for candidate in _times_candidates():
            if all(p.exists() for p in candidate.files()) and covers_vietnamese(candidate.regular):
                return candidate
    return bundled_serif()
