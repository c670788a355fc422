"""CSV text -> one sheet of raw cells, with the encoding and the separator found by looking.

Encoding: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8 if the bytes decode,
else Windows-1252 (what Excel on Indonesian Windows writes). Separator: the one named by an
Excel ``sep=;`` first line, else the one of ``;``, tab and ``,`` that splits the first lines
into the most rows of equal width; a ``;`` file comes from an Indonesian-locale Excel, so
its numbers use decimal commas.
"""

import csv
import io
import re
from collections import Counter

import pandas as pd

from pantau.errors import UploadRejected
from pantau.ingest.results import RawSheet

SEPARATORS = (";", "\t", ",")
SAMPLE_LINES = 60
MAX_CONTROL_SHARE = 0.01  # text has almost no control characters; binary data has many
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WIDTH_ERROR = re.compile(r"saw (\d+)")
_SEP_HINT = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)


def decode(content: bytes) -> tuple[str, str]:
    """The text and the name of its encoding; UploadRejected if the bytes are not text."""
    if content.startswith(b"\xef\xbb\xbf"):
        text, encoding = content[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    elif content.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode text" export: UTF-16 with a byte-order mark, tab-separated
        text, encoding = content.decode("utf-16", errors="replace"), "UTF-16"
    else:
        try:
            text, encoding = content.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            # the five bytes cp1252 leaves undefined become U+FFFD rather than fail
            text, encoding = content.decode("cp1252", errors="replace"), "Windows-1252"
    sample = text[:65536]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise UploadRejected("upload.error.not_spreadsheet")
    return text, encoding


def detect_separator(text: str) -> str:
    """The separator giving the most sample lines of the same width (two fields or more)."""
    lines = [line for line in text[:262144].splitlines()[:SAMPLE_LINES] if line.strip()]
    best, best_score = ",", (0, 0)
    for sep in SEPARATORS:
        widths = [len(row) for row in csv.reader(lines, delimiter=sep)]
        common = Counter(w for w in widths if w >= 2).most_common(1)
        score = (common[0][1], common[0][0]) if common else (0, 0)
        if score > best_score:
            best, best_score = sep, score
    return best


def _sample_width(text: str, sep: str) -> int:
    """The widest row among the first lines (a later wider row is handled by a retry)."""
    lines = text[:262144].splitlines()[:SAMPLE_LINES]
    return max((len(row) for row in csv.reader(lines, delimiter=sep)), default=1)


def parse(text: str, sep: str) -> pd.DataFrame:
    """All records as text cells, blank lines kept so that index + 1 is the row Excel shows."""
    width = _sample_width(text, sep)
    for _attempt in range(20):
        try:
            return pd.read_csv(
                io.StringIO(text),
                sep=sep,
                header=None,
                names=range(width),
                dtype=object,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=False,
                quotechar='"',
                skipinitialspace=True,  # a cell of spaces is blank, as in Excel
            )
        except pd.errors.ParserError as exc:
            # a row wider than the sample: the message says how wide; widen and retry
            found = _WIDTH_ERROR.search(str(exc))
            if not found or int(found.group(1)) <= width:
                raise UploadRejected("upload.error.corrupt") from exc
            width = int(found.group(1))
    raise UploadRejected("upload.error.corrupt")


def read_csv_sheet(content: bytes) -> RawSheet:
    """The one sheet of a CSV file, named "CSV", with how it was read in its facts."""
    text, encoding = decode(content)
    hint = _SEP_HINT.match(text)
    if hint:  # Excel's "sep=;" first line: Excel hides it, so rows are counted without it
        text, sep = text[hint.end() :], hint.group(1)
    else:
        sep = detect_separator(text)
    cells = parse(text, sep)
    cells.columns = range(cells.shape[1])
    facts = {"encoding": encoding, "separator": sep, "text_only": True}
    return RawSheet("CSV", cells, facts=facts)
