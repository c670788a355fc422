"""Workbook bytes (.xlsx, .xls, .ods) -> raw sheets, read by calamine in a child process.

Why a child: calamine trusts sizes written in the file. A 5 KB .xlsx with one cell at
XFD1048576 makes it allocate a 16,384 x 1,048,576 grid (about 512 GB), and a damaged .xls can
ask for 4 GB or panic; in the server process an allocation failure aborts Streamlit for
every user. The child caps its own memory, so such a file ends the child and becomes one
clear error. The cost is a process start and a pickle round trip (about 0.2 s for 100,000
rows). What comes back is unpickled by an unpickler that builds only plain cell values.
"""

import datetime as dt
import io
import pickle
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pantau.errors import UploadRejected
from pantau.i18n import N_
from pantau.ingest.calamine_child import PASSWORD
from pantau.ingest.results import RawSheet

CHILD = Path(__file__).with_name("calamine_child.py")
MEMORY_CAP = 4 * 1024**3  # bytes of address space for the child: a 1,000,000-row sheet fits
TIMEOUT_SECONDS = 120
CELL_TYPES = {("datetime", n): getattr(dt, n) for n in ("date", "datetime", "time", "timedelta")}


class _CellUnpickler(pickle.Unpickler):
    """Refuses to build anything but lists, strings, numbers, booleans and datetime values."""

    def find_class(self, module: str, name: str) -> type:
        """Only the datetime types a cell can hold."""
        if (module, name) in CELL_TYPES:
            return CELL_TYPES[(module, name)]
        raise pickle.UnpicklingError(f"{module}.{name} is not a cell value")


def read_workbook(content: bytes) -> list[RawSheet]:
    """Every worksheet as raw cells from A1, so that index + 1 is Excel's row number."""
    try:
        done = subprocess.run(
            [sys.executable, "-I", str(CHILD), str(MEMORY_CAP)],
            input=content,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UploadRejected("upload.error.too_big_to_open") from exc
    if done.returncode == PASSWORD:
        raise UploadRejected("upload.error.password_protected")
    if done.returncode != 0:
        # killed or aborted (the memory cap) reads as "too big"; anything else as damage
        too_big = done.returncode < 0 or b"memory allocation" in done.stderr
        raise UploadRejected(
            N_("upload.error.too_big_to_open") if too_big else N_("upload.error.corrupt")
        )
    sheets = _CellUnpickler(io.BytesIO(done.stdout)).load()
    return [_raw_sheet(name, hidden, rows) for name, hidden, rows in sheets]


def _raw_sheet(name: str, hidden: bool, rows: list[list]) -> RawSheet:
    """One sheet's rows as a frame of Python values (column labels 0..n-1)."""
    cells = pd.DataFrame(rows, dtype=object)
    # calamine gives "" for an empty cell; a single typed space is just as empty
    cells = cells.mask(cells.eq("") | cells.eq(" "))
    return RawSheet(name, cells, hidden)
