"""Figures that check each other: validation rules, rules across time, and outliers.

Three kinds of problem for an org unit and period, each with its importance (an error, or a
warning: the figure may be right), the indicators and periods it involves, both sides'
values and a message in Vietnamese:

* **rule** — a row of the ``rules`` table: ``left op right``, each side an expression over
  indicator codes with sums, differences and products or quotients with constants
  (``postal.kt1_items <= postal.items``). A side whose figures are missing is not judged.
  The figures are the engine's (typed, rolled up, accumulated), so a province is checked on
  its districts' sums too. Every percentage lies between 0 and 100 (built in).
* **time** — for flows (time rule ``sum``, never negative) what was typed for a part of the
  year never exceeds what was typed for a longer period containing it (a nine-month figure
  over the year's, a month over its quarter).
* **outlier** — a typed figure far from what the unit typed for the same kind of period before:
  more than five times (or a fifth of) the year before, or, with four years or more, more than
  3.5 modified z-scores from their median; or a rate more than 3.5 modified z-scores from
  the same rate of four or more sibling units. Warnings, with what it was compared with.
"""

from __future__ import annotations

import ast
import dataclasses
import operator
import statistics
from typing import TYPE_CHECKING

from models import catalog
from models.errors import UserError
from models.figures import FigureEngine
from models.numbers import format_number
from models.periods import Period, parse_period

if TYPE_CHECKING:  # sqlite-utils is imported once, by models.database
    from sqlite_utils import Database

OPERATORS = {"<=": operator.le, "<": operator.lt, "=": lambda a, b: abs(a - b) < 1e-9, ">=": operator.ge,
             ">": operator.gt, "!=": lambda a, b: abs(a - b) >= 1e-9}
ERROR, WARNING = "error", "warning"
FAR = 5.0  # an outlier: more than this many times the year before, or less than its share
Z_LIMIT = 3.5  # modified z-score (Iglewicz and Hoaglin)


class RuleError(UserError, ValueError):
    """A rule that cannot be read; the message says where."""


@dataclasses.dataclass(frozen=True)
class Rule:
    id: int
    code: str
    left: str
    op: str
    right: str
    importance: str
    message: str
    active: bool = True


@dataclasses.dataclass(frozen=True)
class Problem:
    kind: str  # "rule", "range", "time", "outlier"
    importance: str  # ERROR or WARNING
    org_unit_id: int
    codes: tuple[str, ...]  # the indicators involved
    periods: tuple[str, ...]
    left: float | None
    right: float | None
    message: str
    rule: str = ""  # the rule's code

    def line(self, unit_name: str = "") -> str:
        """One line for the command line and the lists: what, where, both sides, why."""
        word = "lỗi" if self.importance == ERROR else "cảnh báo"
        sides = " ".join(x for x in (_number(self.left), _number(self.right)) if x)
        return "\t".join((word, unit_name, self.rule or self.kind, ",".join(self.codes), ",".join(self.periods),
                          sides, self.message))


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value)


# ---------------------------------------------------------------- expressions


_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _code_of(node: ast.AST) -> str | None:
    """``postal.kt1_items`` parses as attribute access: the dotted name it spells."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _code_of(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def parse_expression(text: str) -> ast.AST:
    """An expression over indicator codes and numbers: + and -, * and / with a constant on
    one side at least; raises RuleError naming what is not allowed."""
    try:
        tree = ast.parse(str(text).strip(), mode="eval").body
    except SyntaxError:
        raise RuleError(f"«{text}» không phải biểu thức (ví dụ: postal.kt1_items hoặc a.b + c.d * 2)") \
            from None
    _check_node(tree, text)
    return tree


def _check_node(node: ast.AST, text: str) -> None:
    if _code_of(node) is not None or (isinstance(node, ast.Constant) and isinstance(node.value, (int, float))):
        return
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check_node(node.operand, text)
        return
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        _check_node(node.left, text)
        _check_node(node.right, text)
        if isinstance(node.op, (ast.Mult, ast.Div)) and not (_constant(node.right) or
                                                             (isinstance(node.op, ast.Mult) and _constant(node.left))):
            raise RuleError(f"«{text}»: chỉ nhân, chia với một hằng số")
        return
    raise RuleError(f"«{text}»: chỉ dùng mã chỉ tiêu, số, + - * /")


def _constant(node: ast.AST) -> bool:
    return not codes_in(node)


def codes_in(node: ast.AST) -> list[str]:
    code = _code_of(node)
    if code is not None:
        return [code]
    return [c for child in ast.iter_child_nodes(node) for c in codes_in(child)]


def evaluate(node: ast.AST, figures: dict[str, float]) -> float | None:
    """The expression's value from figures by code; None when one of them is missing."""
    code = _code_of(node)
    if code is not None:
        return figures.get(code)
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.UnaryOp):
        inner = evaluate(node.operand, figures)
        return None if inner is None else -inner
    left, right = evaluate(node.left, figures), evaluate(node.right, figures)
    if left is None or right is None or (isinstance(node.op, ast.Div) and right == 0):
        return None
    return _ARITHMETIC[type(node.op)](left, right)


# ---------------------------------------------------------------- rules as data


def rules(db: Database, *, include_inactive: bool = False) -> list[Rule]:
    where = "" if include_inactive else "WHERE active = 1"
    return [Rule(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7])) for row in db.execute(
        f"SELECT id, code, left, op, right, importance, message, active FROM rules {where} ORDER BY id")]


def check_rule(left: str, op: str, right: str, known_codes: set[str]) -> list[tuple[str, str]]:
    """Problems of a rule's fields as (field, reason): empty when it can be used."""
    problems = []
    if op not in OPERATORS:
        problems.append(("op", f"«{op}» không có ({', '.join(OPERATORS)})"))
    for field, text in (("left", left), ("right", right)):
        try:
            unknown = [c for c in codes_in(parse_expression(text)) if c not in known_codes]
        except RuleError as exc:
            problems.append((field, str(exc)))
            continue
        if unknown:
            problems.append((field, f"mã chỉ tiêu không có: {', '.join(unknown)}"))
    return problems


# ---------------------------------------------------------------- checking


def validate(db: Database, org_unit_id: int, period: str, *, engine: FigureEngine | None = None,
             indicators: list | None = None) -> list[Problem]:
    """Every problem of the unit's figures for the period: rules, ranges, time, outliers. With
    ``indicators`` (a screen's), only the problems that involve one of them, working out only
    the figures those need (a grid switch does not compute the whole catalog)."""
    period_ = parse_period(period)
    engine = engine or FigureEngine(db)
    every = catalog.indicators(db)
    shown = every if indicators is None else list(indicators)
    wanted = {i.code for i in shown}
    judged = []
    for rule in rules(db):
        try:
            sides = parse_expression(rule.left), parse_expression(rule.right)
        except RuleError:
            continue  # refused when the rule was stored; an old bad row is not judged
        codes = codes_in(sides[0]) + codes_in(sides[1])
        if wanted.intersection(codes):
            judged.append((rule, sides, codes))
    needed = wanted | {code for _rule, _sides, codes in judged for code in codes}
    figures = engine.figures(org_unit_id, period_, [i for i in every if i.code in needed])
    by_id = {i.id: i for i in every}
    by_code = {by_id[i].code: f.value for i, f in figures.items()}
    problems = _rule_problems(org_unit_id, period_.key, judged, by_code)
    mine = {i: f for i, f in figures.items() if by_id[i].code in wanted}
    for indicator_id, figure in mine.items():
        indicator = by_id[indicator_id]
        if indicator.kind == "percent" and not 0 <= figure.value <= 100:
            message = f"{indicator.name_vi}: {format_number(figure.value)}% ngoài khoảng 0–100"
            problems.append(Problem("range", ERROR, org_unit_id, (indicator.code,), (period_.key,), figure.value,
                                    None, message))
    problems += _time_problems(db, org_unit_id, period_, shown)
    problems += _outliers(db, org_unit_id, period_, shown)
    problems += _sibling_outliers(db, engine, org_unit_id, period_, [by_id[i] for i in mine], mine)
    return problems


def _rule_problems(org_unit_id: int, period: str, judged: list, by_code: dict[str, float]) -> list[Problem]:
    out = []
    for rule, (left_tree, right_tree), codes in judged:
        left, right = evaluate(left_tree, by_code), evaluate(right_tree, by_code)
        if left is None or right is None or OPERATORS.get(rule.op, lambda a, b: True)(left, right):
            continue
        out.append(Problem("rule", rule.importance, org_unit_id, tuple(dict.fromkeys(codes)), (period,), left, right,
                           f"{rule.message} ({format_number(left)} {rule.op} {format_number(right)} không đúng)",
                           rule.code))
    return out


def _time_problems(db, org_unit_id: int, period: Period, indicators) -> list[Problem]:
    """A part of a flow's year typed larger than a typed longer period containing it."""
    flows = {i.id: i for i in indicators if i.time_rule == "sum" and (i.min_value is None or i.min_value >= 0)
             and i.kind in ("count", "money", "decimal")}
    typed: dict[int, dict[str, float]] = {}
    for indicator_id, key, value in db.execute(
            "SELECT indicator_id, period, value FROM indicator_values WHERE org_unit_id = ? AND period LIKE ?",
            [org_unit_id, f"{period.year}%"]):
        if indicator_id in flows:
            typed.setdefault(indicator_id, {})[key] = value
    out = []
    for indicator_id, by_period in typed.items():
        if period.key not in by_period:
            continue
        indicator = flows[indicator_id]
        mine = parse_period(period.key).months
        for other, value in by_period.items():
            if other == period.key:
                continue
            theirs = parse_period(other).months
            inside = theirs[0] >= mine[0] and theirs[1] <= mine[1]
            around = mine[0] >= theirs[0] and mine[1] <= theirs[1]
            part, whole = (other, period.key) if inside else (period.key, other) if around else (None, None)
            if part is None or by_period[part] <= by_period[whole] + 1e-9:
                continue
            message = (f"{indicator.name_vi}: kỳ {part} ({format_number(by_period[part])}) lớn hơn kỳ {whole} "
                       f"chứa nó ({format_number(by_period[whole])})")
            out.append(Problem("time", ERROR, org_unit_id, (indicator.code,), (part, whole), by_period[part],
                               by_period[whole], message))
    return out


def _outliers(db, org_unit_id: int, period: Period, indicators) -> list[Problem]:
    """Typed figures far from what the unit typed for the same kind of period in the ten years
    before (one query: a typed figure is compared with typed history, as a clerk would)."""
    keys = [period.key.replace(str(period.year), str(period.year - back), 1) for back in range(10, -1, -1)]
    typed: dict[int, dict[str, float]] = {}
    for indicator_id, key, value in db.execute(
            f"SELECT indicator_id, period, value FROM indicator_values WHERE org_unit_id = ? "
            f"AND period IN ({','.join('?' * len(keys))})", [org_unit_id, *keys]):
        typed.setdefault(indicator_id, {})[key] = value
    out = []
    for indicator in indicators:
        found = typed.get(indicator.id, {})
        value = found.get(period.key)
        history = [found[key] for key in keys[:-1] if key in found]
        if value is None or not history or indicator.kind == "percent":
            continue
        before = history[-1]
        reason = None
        if before > 0 and value > 0 and (value / before > FAR or before / value > FAR):
            reason = f"gấp {format_number(value / before, 1)} lần" if value > before else \
                f"chỉ bằng {format_number(value / before * 100, 1)}%"
            reason += f" cùng kỳ năm trước ({format_number(before)})"
        elif len(history) >= 4:
            median = statistics.median(history)
            spread = statistics.median(abs(x - median) for x in history)
            if spread > 0 and abs(0.6745 * (value - median) / spread) > Z_LIMIT:
                reason = f"xa các năm trước (trung vị {format_number(median)})"
        if reason:
            shown = ", ".join(format_number(x) for x in history[-5:])
            out.append(Problem("outlier", WARNING, org_unit_id, (indicator.code,), (period.key,), value, before,
                               f"{indicator.name_vi}: {format_number(value)} {reason}; các năm trước: {shown}"))
    return out


def _sibling_outliers(db, engine: FigureEngine, org_unit_id: int, period: Period, indicators,
                      figures: dict) -> list[Problem]:
    """A rate far from the same rate of the unit's sibling units (four or more that have it):
    more than 3.5 modified z-scores from their median. Rates only: a share is comparable
    across units of any size; a count or an amount is not without a denominator."""
    unit = catalog.org_unit(db, org_unit_id)
    if unit.parent_id is None:
        return []
    start, end = (day.isoformat() for day in period.date_range())
    siblings = [u.id for u in catalog.child_units(db, unit.parent_id)
                if u.id != org_unit_id and u.exists_during(start, end)]
    rates = [i for i in indicators if i.kind == "percent"]
    if len(siblings) < 4 or not rates:
        return []
    theirs = {sibling: engine.figures(sibling, period, rates) for sibling in siblings}
    out = []
    for indicator in rates:
        others = [found[indicator.id].value for found in theirs.values() if indicator.id in found]
        if len(others) < 4:
            continue
        value = figures[indicator.id].value
        median = statistics.median(others)
        spread = statistics.median(abs(x - median) for x in others)
        if spread > 0 and abs(0.6745 * (value - median) / spread) > Z_LIMIT:
            out.append(Problem("outlier", WARNING, org_unit_id, (indicator.code,), (period.key,), value, median,
                               f"{indicator.name_vi}: {format_number(value)}% xa các đơn vị cùng cấp "
                               f"(trung vị {format_number(median)}%, {len(others)} đơn vị)"))
    return out


def validate_tree(db: Database, org_unit_id: int, period: str) -> list[tuple[int, Problem]]:
    """The unit's problems and those of every unit under it (that existed in the period)."""
    from models.inspection.computed import unit_and_below

    engine = FigureEngine(db)
    start, end = (day.isoformat() for day in parse_period(period).date_range())
    below = set(unit_and_below(db, org_unit_id))
    out = []
    for unit, _depth in catalog.org_unit_tree(db):
        if unit.id in below and unit.exists_during(start, end):
            out += [(unit.id, problem) for problem in validate(db, unit.id, period, engine=engine)]
    return out


PREVIEW_SCOPES = 200  # unit-periods checked before an import; a bigger one is checked by `validate` after


class _Undo(Exception):
    """Raised inside the preview's savepoint to roll it back."""


def preview(db: Database, changes) -> list[Problem] | None:
    """The problems the figures would have once ``changes`` are written, for every (unit, period)
    they touch: written in a savepoint, checked, rolled back (nothing stays). None when there
    are more than PREVIEW_SCOPES of them or the user may not write figures (then not checked)."""
    from models import access
    from models.values import ValidationError, write_values

    scopes = list(dict.fromkeys((c.org_unit_id, c.period) for c in changes))
    if not scopes or len(scopes) > PREVIEW_SCOPES or not access.allowed(db, "edit_figures"):
        return None if scopes else []
    found: list[Problem] = []
    try:
        with db.atomic():
            write_values(db, list(changes), source="preview")
            engine = FigureEngine(db)
            for unit, period in scopes:
                found += validate(db, unit, period, engine=engine)
            raise _Undo()
    except _Undo:
        pass
    except (ValidationError, UserError):
        return []  # refused figures are listed by the reading already
    return found
