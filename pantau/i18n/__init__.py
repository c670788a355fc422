"""Translation, every value formatter and the one palette. May import settings only.

`i18n.t`, `i18n.number` and the other formatters are re-exported here, so code reads i18n.x.
"""

from pantau.i18n.format import (
    ROMAN,
    compact,
    date,
    money,
    number,
    of,
    percent,
    period,
    period_label,
    short_period_label,
    status,
    value,
)
from pantau.i18n.translate import DEFAULT_LANGUAGE, LANGUAGES, N_, t

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "N_",
    "ROMAN",
    "compact",
    "date",
    "money",
    "number",
    "of",
    "percent",
    "period",
    "period_label",
    "short_period_label",
    "status",
    "t",
    "value",
]
