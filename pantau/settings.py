"""Settings read from the environment, with the defaults a fresh install needs."""

import math
import os
from dataclasses import dataclass
from pathlib import Path

from pantau.errors import SettingInvalid

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
CATALOG_DIR = DATA_DIR / "catalog"
QUERIES_DIR = PROJECT_DIR / "queries"
DEFAULT_DB_PATH = DATA_DIR / "pantau.duckdb"
REPORT_GRACE_DAYS = 30  # days after a period ends before its report counts as overdue
MAX_UPLOAD_MB = 50


@dataclass(frozen=True)
class StatusThresholds:
    """Achievement (%) at or above which an indicator is on track or at risk."""

    on_track: float = 90.0
    at_risk: float = 70.0


def _number(name: str, default: float) -> float:
    """$name as a number (default when unset), or SettingInvalid naming the variable."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw.replace(",", "."))  # "92,5" as an Indonesian administrator writes it
    except ValueError:
        raise SettingInvalid("settings.invalid", name=name, value=raw) from None
    if not math.isfinite(value) or value < 0:
        raise SettingInvalid("settings.invalid", name=name, value=raw)
    return value


def database_path() -> Path:
    """The DuckDB file to use: $PANTAU_DB if set, else data/pantau.duckdb."""
    return Path(os.environ.get("PANTAU_DB") or DEFAULT_DB_PATH)


def load_sample_data() -> bool:
    """Whether a new, empty database gets the sample data ($PANTAU_SAMPLE_DATA=0 turns it off)."""
    return os.environ.get("PANTAU_SAMPLE_DATA", "1").strip().lower() not in {
        "0",
        "false",
        "no",
    }


def status_thresholds() -> StatusThresholds:
    """The status thresholds, overridable with $PANTAU_ON_TRACK and $PANTAU_AT_RISK."""
    default = StatusThresholds()
    return StatusThresholds(
        on_track=_number("PANTAU_ON_TRACK", default.on_track),
        at_risk=_number("PANTAU_AT_RISK", default.at_risk),
    )


def max_upload_bytes() -> int:
    """The largest upload accepted, $PANTAU_MAX_UPLOAD_MB megabytes (default 50)."""
    return int(_number("PANTAU_MAX_UPLOAD_MB", MAX_UPLOAD_MB) * 1024 * 1024)


def max_upload_mb() -> int:
    """The same limit in whole megabytes (rounded up), as Streamlit's uploader takes it."""
    return max(1, math.ceil(max_upload_bytes() / (1024 * 1024)))


def report_grace_days() -> int:
    """Days after a period's end before its report is overdue ($PANTAU_REPORT_GRACE_DAYS)."""
    return int(_number("PANTAU_REPORT_GRACE_DAYS", REPORT_GRACE_DAYS))


def server_address_from_environment() -> str | None:
    """The address Streamlit is told to listen on by $STREAMLIT_SERVER_ADDRESS, if any."""
    return os.environ.get("STREAMLIT_SERVER_ADDRESS") or None
