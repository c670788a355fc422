"""Uploaded bytes -> sheets of raw cells, refusing anything that is not a spreadsheet.

The type is decided by content, not by the file name: a zip holding ``xl/workbook.xml`` is an
.xlsx, an OLE2 container with a workbook stream is an .xls, readable text is CSV (a PDF, an
image, a Word file, an HTML page named .xls are refused, each with one clear error).

Limits are checked before any parsing: the byte size; then, for zip-based files, the sizes the
zip declares (all members together at most 20 x the upload limit; no member over 1 MB that
inflates more than 200-fold) and the size each member really inflates to, counted with the
output thrown away, so a zip bomb (or one whose headers lie) is never expanded in memory.
Workbooks are then read by calamine in a memory-capped child process (workbook.py).
"""

import io
import struct
import zipfile
import zlib

from pantau.errors import UploadRejected
from pantau.ingest.csv_reading import read_csv_sheet
from pantau.ingest.results import RawSheet
from pantau.ingest.workbook import read_workbook

MEGABYTE = 1024 * 1024
INFLATE_FACTOR = 20  # refuse a zip whose contents add up to more than 20 x the upload limit
MAX_RATIO = 200  # ... or any large member inflating more than 200-fold (real xlsx: 5-30x)
RATIO_FLOOR = MEGABYTE  # small members may compress well without harm
MAX_MEMBERS = 10_000

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NOT_SPREADSHEET_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"PK\x05\x06",
    b"MZ",
    b"\x00\x00\x01\x00",
)
WEB_PAGE_STARTS = (b"<!doctype html", b"<html", b"<table", b"<?xml")


def size_text(size: int, up: bool) -> str:
    """A byte count for a message, "52 MB", "850 KB", "900 B": whole numbers read the same in
    id and en. A file's size rounds up and a limit down, so a file just over the limit shows so."""
    units = ((MEGABYTE, "MB"), (1024, "KB"))
    unit, name = next(((u, n) for u, n in units if size >= u), (1, "B"))
    whole = -(-size // unit) if up else size // unit
    return f"{whole} {name}"


def read_sheets(content: bytes, max_bytes: int) -> tuple[str, list[RawSheet]]:
    """The kind of file ("xlsx", "xls", "ods", "csv") and its sheets; UploadRejected if none."""
    if len(content) > max_bytes:
        size, limit = size_text(len(content), up=True), size_text(max_bytes, up=False)
        raise UploadRejected("upload.error.too_large", size=size, limit=limit)
    if not content.strip():
        raise UploadRejected("upload.error.empty_file")
    try:
        kind = sniff(content)
        if kind == "csv":
            return kind, [read_csv_sheet(content)]
        if kind in ("xlsx", "ods"):
            check_zip(content, max_bytes)
        return kind, read_workbook(content)
    except UploadRejected:
        raise
    except Exception as exc:
        # the bytes are hostile input: zipfile, zlib, calamine and the CSV parser each fail
        # in their own ways on a damaged file, and every way means the same to the sender
        raise UploadRejected("upload.error.corrupt") from exc


def sniff(content: bytes) -> str:
    """The kind of spreadsheet the bytes hold, by their first bytes and (for zips) members."""
    if content.startswith(ZIP_MAGIC):
        return _zip_kind(content)
    if content.startswith(OLE_MAGIC):
        return _ole_kind(content)
    if content.startswith(NOT_SPREADSHEET_MAGIC):
        raise UploadRejected("upload.error.not_spreadsheet")
    start = content[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(WEB_PAGE_STARTS):
        # systems that "export to Excel" often send an HTML table or XML named .xls
        raise UploadRejected("upload.error.web_page")
    return "csv"


def _zip_kind(content: bytes) -> str:
    """xlsx, xlsb or ods by the members a zip holds; any other zip is not a spreadsheet."""
    names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    raise UploadRejected("upload.error.not_spreadsheet")


def _ole_kind(content: bytes) -> str:
    """An OLE2 container is an .xls only if it holds a workbook stream (not a .doc, say)."""
    if "EncryptedPackage".encode("utf-16-le") in content:
        # an .xlsx saved with a password is wrapped in OLE2 with its package encrypted
        raise UploadRejected("upload.error.password_protected")
    if "Workbook".encode("utf-16-le") in content or "Book".encode("utf-16-le") in content:
        return "xls"
    raise UploadRejected("upload.error.not_spreadsheet")


def check_zip(content: bytes, max_bytes: int) -> None:
    """Refuse a zip bomb: by its declared sizes first, then by inflating with a hard cap."""
    members = zipfile.ZipFile(io.BytesIO(content)).infolist()
    declared = sum(m.file_size for m in members)
    too_big = declared > INFLATE_FACTOR * max_bytes or len(members) > MAX_MEMBERS
    if too_big or any(_ratio_too_high(m.file_size, m.compress_size) for m in members):
        raise UploadRejected("upload.error.zip_bomb", size=size_text(declared, up=True))
    for member in members:
        # the declared size can lie; the compressed stream cannot: inflate it (output thrown
        # away), stopping as soon as it yields more than declared. A member that does is
        # forged or damaged; either way calamine must not expand it.
        if _inflated_size(content, member, member.file_size + 1) > member.file_size:
            raise UploadRejected("upload.error.corrupt")


def _ratio_too_high(size: int, compressed: int) -> bool:
    """True for a large member that inflates far more than real spreadsheet XML does."""
    return size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1)


def _inflated_size(content: bytes, member: zipfile.ZipInfo, cap: int) -> int:
    """How many bytes the member's data inflates to, counting no further than cap."""
    name_len, extra_len = struct.unpack_from("<HH", content, member.header_offset + 26)
    start = member.header_offset + 30 + name_len + extra_len
    data = memoryview(content)[start : start + member.compress_size]
    if member.compress_type == zipfile.ZIP_STORED:
        return len(data)
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise UploadRejected("upload.error.corrupt")  # Excel writes only stored or deflated
    inflater, total = zlib.decompressobj(-zlib.MAX_WBITS), 0
    for offset in range(0, len(data), MEGABYTE):
        pending = data[offset : offset + MEGABYTE]
        while pending and total < cap:
            total += len(inflater.decompress(pending, 4 * MEGABYTE))
            pending = inflater.unconsumed_tail
    return total
