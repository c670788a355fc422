"""Run as a child process by workbook.py: workbook bytes on stdin -> every sheet's cells, pickled.

Kept free of pantau and pandas imports so the child starts in milliseconds. It caps its own
address space first, so a hostile workbook that makes calamine ask for terabytes ends this
process (exit status MEMORY) instead of the server.

    python calamine_child.py MAX_BYTES_OF_MEMORY < workbook > pickled sheets
"""

import io
import pickle
import sys

import python_calamine

PASSWORD = 3  # exit status: the workbook is encrypted
UNREADABLE = 4  # calamine refused or panicked


def _cap_memory(limit: int) -> None:
    """Limit this process's address space (POSIX); elsewhere run without a cap."""
    try:
        import resource
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def read(content: bytes) -> list[tuple[str, bool, list[list]]]:
    """(name, hidden, rows from A1) for every worksheet; chart and macro sheets left out."""
    book = python_calamine.CalamineWorkbook.from_object(io.BytesIO(content))
    sheets = []
    for meta in book.sheets_metadata:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue
        rows = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
        sheets.append((meta.name, meta.visible != python_calamine.SheetVisibleEnum.Visible, rows))
    return sheets


def main() -> int:
    """Read stdin, write the pickled sheets to stdout; the exit status says what went wrong."""
    _cap_memory(int(sys.argv[1]))
    try:
        sheets = read(sys.stdin.buffer.read())
    except python_calamine.PasswordError:
        return PASSWORD
    except BaseException:  # calamine's panics derive from BaseException, not Exception
        return UNREADABLE
    pickle.dump(sheets, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
