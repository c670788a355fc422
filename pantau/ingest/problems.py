"""Collecting problems: one at a time, or one per row a mask selects, up to a limit."""

import numpy as np
import pandas as pd

from pantau.i18n import N_
from pantau.ingest.cells import cell_text
from pantau.ingest.results import Problem

# a person reads a table of problems, not ten thousand lines: beyond this many errors
# (or warnings) of one upload the rest are counted in a single closing line
MAX_PROBLEMS = 5_000


class ProblemLog:
    """Collects errors, warnings and notices, capping the first two at MAX_PROBLEMS each."""

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.limit = limit
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.notices: list[Problem] = []
        self._over = {"errors": 0, "warnings": 0}

    def add(self, kind: str, problem: Problem) -> None:
        """Append a problem to "errors", "warnings" or "notices" (counted once a list is full)."""
        target = getattr(self, kind)
        if kind in self._over and len(target) >= self.limit:
            self._over[kind] += 1
        else:
            target.append(problem)

    def error(self, sheet: str, key: str, row: int | None = None, **details: object) -> None:
        """Record one error (nothing of the upload may be written); details: column, value,
        and the message's params."""
        self.add("errors", _problem(sheet, key, row, details))

    def warning(self, sheet: str, key: str, row: int | None = None, **details: object) -> None:
        """Record one warning (shown, does not block); details as for error."""
        self.add("warnings", _problem(sheet, key, row, details))

    def notice(self, sheet: str, key: str, **params: object) -> None:
        """Record a notice about how the file was read."""
        self.add("notices", Problem(sheet, None, None, None, key, params))

    def count_over(self, kind: str, count: int) -> None:
        """Count problems left out because the list is full."""
        self._over[kind] += count

    def finish(self) -> tuple[list[Problem], list[Problem], list[Problem]]:
        """Errors and warnings in sheet and row order, with a closing line for any overflow."""
        for kind, key in (
            ("errors", N_("upload.error.more")),
            ("warnings", N_("upload.warning.more")),
        ):
            problems = getattr(self, kind)
            order: dict[str, int] = {}  # sheets in the order their problems were found
            for problem in problems:
                order.setdefault(problem.sheet, len(order))
            problems.sort(key=lambda p: (order[p.sheet], p.row or 0))
            if self._over[kind]:
                problems.append(Problem("", None, None, None, key, {"count": self._over[kind]}))
        return self.errors, self.warnings, self.notices


class RowLog:
    """Problems about the rows of one sheet, selected by boolean masks over its rows."""

    def __init__(self, log: ProblemLog, sheet: str, rows: np.ndarray) -> None:
        self.log, self.sheet, self.rows = log, sheet, rows  # rows: Excel row numbers

    def add(
        self,
        kind: str,
        mask: np.ndarray,
        column: str | None,
        cells: pd.Series | None,
        key: str,
        **params: object,
    ) -> None:
        """One problem per masked row; an array param gives each row its own value."""
        target = getattr(self.log, kind)
        positions = np.flatnonzero(mask)
        room = max(self.log.limit - len(target), 0)
        for pos in positions[:room]:
            here = {
                k: _plain(v[pos]) if isinstance(v, np.ndarray) else v for k, v in params.items()
            }
            value = None if cells is None else cell_text(cells.iloc[pos])
            target.append(Problem(self.sheet, int(self.rows[pos]), column, value, key, here))
        self.log.count_over(kind, max(len(positions) - room, 0))


def _problem(sheet: str, key: str, row: int | None, details: dict) -> Problem:
    """A Problem from keyword details: column and value, the rest are message params."""
    column, value = details.pop("column", None), details.pop("value", None)
    return Problem(sheet, row, column, cell_text(value), key, details)


def _plain(value: object) -> object:
    """A numpy scalar as the Python value it holds (params are shown and compared as such)."""
    return value.item() if isinstance(value, np.generic) else value
