"""What a stakeholder report says about one programme: gathered once for the deck and the HTML.

Every number comes from pantau.metrics (indicators_to_date, indicator_series), from
queries/deck_missing_reports.sql or, for the map, pantau.analysis.regions.ranking
(pantau/export/report_map.py); this module only picks, cuts and labels them.
"""

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd
import plotly.graph_objects as go
from babel.dates import format_date

from pantau import i18n
from pantau.analysis import metrics
from pantau.charts import progress
from pantau.charts import year as year_charts
from pantau.export import report_map
from pantau.export.report_map import MapFacts
from pantau.settings import StatusThresholds
from pantau.store import catalog, queries
from pantau.tables import narrative

MONTHS = metrics.GRAIN_MONTHS
MISSING_ROWS = 10  # the latest missing reports a slide may list (as many as fit)


@dataclass(frozen=True)
class IndicatorFacts:
    """One indicator: its to-date row, the series its chart draws, and its sentence."""

    code: str
    name: str
    row: pd.Series  # the indicators_to_date row
    series: pd.DataFrame  # at the indicator's frequency, up to as_of, the shown window
    previous: float | None  # achievement to date one period earlier
    sentence: str

    @property
    def cumulative(self) -> bool:
        return self.row["temporal"] == "flow"


@dataclass(frozen=True)
class ProgrammeFacts:
    """A programme in a region up to a month, as every export shows it."""

    program: str
    name: str
    region_name: str
    lang: str
    thresholds: StatusThresholds
    to_date: pd.DataFrame
    counts: dict[str, int]
    indicators: list[IndicatorFacts]
    missing: pd.DataFrame
    missing_total: int
    data_up_to: dt.date | None
    sample_built_on: str | None
    generated: dt.date
    map: MapFacts | None = None  # the map of the first indicator with an achievement

    def t(self, key: str, **params: object) -> str:
        return i18n.t(key, self.lang, **params)

    @property
    def share_on_track(self) -> float | None:
        with_data = len(self.to_date) - self.counts["no_data"]
        return 100 * self.counts["on_track"] / with_data if with_data else None

    def period_text(self) -> str:
        """'Data sampai Sep 2026' (the month the data reaches)."""
        if self.data_up_to is None:
            return self.t("filter.latest")
        return self.t(
            "export.data_up_to", period=i18n.period_label(self.data_up_to, "month", self.lang)
        )

    def status_legend(self) -> str:
        """What each status means, with the thresholds in force."""
        return self.t(
            "status.legend",
            on_track=i18n.number(self.thresholds.on_track, self.lang),
            at_risk=i18n.number(self.thresholds.at_risk, self.lang),
        )

    def scope_line(self) -> str:
        return f"{self.name} · {self.region_name} · {self.period_text()}"

    def long_date(self, day: dt.date | str) -> str:
        """'28 November 2026' (id) or 'November 28, 2026' (en)."""
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        return format_date(day, "long", locale=self.lang)


def programme_facts(
    con: duckdb.DuckDBPyConnection,
    thresholds: StatusThresholds,
    program: str,
    region: str | None,
    as_of: dt.date | None,
    lang: str,
    today: dt.date | None = None,
) -> ProgrammeFacts:
    """Everything the deck and the HTML reports show for a programme, region and period."""
    today = today or dt.date.today()
    regions = [region] if region else None
    names = catalog.regions(con).set_index("code")["name"]
    region_name = str(names.get(region, region)) if region else None
    to_date = metrics.indicators_to_date(con, thresholds, program, regions, as_of)
    indicators = [
        _indicator_facts(con, thresholds, row, regions, region_name, as_of, lang)
        for _, row in to_date.iterrows()
    ]
    missing = queries.run(
        con,
        "deck_missing_reports",
        program=program,
        regions=regions,
        region_level=metrics.NATIONAL_LEVEL,
        as_of=as_of,
        limit=MISSING_ROWS,
    )
    programs = catalog.programs(con).set_index("code")
    return ProgrammeFacts(
        program=program,
        name=str(programs[f"name_{lang}"].get(program, program)),
        region_name=region_name or i18n.t("filter.national", lang),
        lang=lang,
        thresholds=thresholds,
        to_date=to_date,
        counts=metrics.status_counts(to_date),
        indicators=indicators,
        missing=missing,
        missing_total=int(missing["missing_total"].iloc[0]) if len(missing) else 0,
        data_up_to=as_of or metrics.last_month_covered(to_date, today),
        sample_built_on=catalog.database_summary(con).get("sample_built_on"),
        generated=today,
        map=report_map.map_facts(con, thresholds, to_date, region, lang),
    )


def _indicator_facts(con, thresholds, row, regions, region_name, as_of, lang) -> IndicatorFacts:
    """The series at the indicator's own frequency, data up to as_of, and the sentence."""
    frequency = row["frequency"]
    series = metrics.indicator_series(
        con, thresholds, row["indicator_code"], regions, frequency, as_of=as_of
    )
    previous = _previous_achievement(series, row)
    name = str(row[f"name_{lang}"])
    period = None if pd.isna(row["latest_period"]) else pd.Timestamp(row["latest_period"]).date()
    sentence = (
        narrative.achievement_sentence(
            name, region_name, row["achievement"], previous, period, frequency, lang
        )
        if period
        else ""
    )
    shown = _window(series, frequency, period)
    return IndicatorFacts(row["indicator_code"], name, row, shown, previous, sentence)


def _previous_achievement(series: pd.DataFrame, row: pd.Series) -> float | None:
    """The achievement to date one period (of the indicator's frequency) before the latest."""
    if pd.isna(row["latest_period"]):
        return None
    before = pd.Timestamp(row["latest_period"]) - pd.DateOffset(months=MONTHS[row["frequency"]])
    column = "cum_achievement" if row["temporal"] == "flow" else "achievement"
    found = series.loc[series["period"] == before, column]
    return None if found.empty or pd.isna(found.iloc[0]) else float(found.iloc[0])


def _window(series: pd.DataFrame, frequency: str, latest: dt.date | None) -> pd.DataFrame:
    """From January of the year before the latest period (six years for yearly indicators)."""
    if latest is None or series.empty:
        return series
    first = dt.date(latest.year - (5 if frequency == "year" else 1), 1, 1)
    return series[series["period"] >= pd.Timestamp(first)].reset_index(drop=True)


def latest_label(row: pd.Series, lang: str) -> str:
    """The indicator's latest period as people say it ('Triwulan III 2026'), or a dash."""
    if pd.isna(row["latest_period"]):
        return "–"
    return i18n.period_label(pd.Timestamp(row["latest_period"]).date(), row["frequency"], lang)


def reported_label(row: pd.Series, lang: str) -> str:
    """'36 dari 38' regions reporting in the latest period, or a dash."""
    if pd.isna(row["regions_reported"]) or pd.isna(row["regions_expected"]):
        return "–"
    return i18n.t(
        "reported.of", lang, n=int(row["regions_reported"]), total=int(row["regions_expected"])
    )


def completeness(facts: IndicatorFacts, periods: int = 2) -> pd.DataFrame:
    """Regions reporting in the indicator's last periods with any report, newest first."""
    latest = facts.row["latest_period"]
    if pd.isna(latest):
        return facts.series.iloc[0:0]
    reported = facts.series[facts.series["period"] <= pd.Timestamp(latest)]
    return reported.tail(periods).iloc[::-1]


def chart(facts: IndicatorFacts, lang: str, title: str | None = None) -> go.Figure:
    """The chart every export draws: a flow's year in question to date (last year faint beside
    it, pantau.charts_year), otherwise planned versus actual over the window shown."""
    row = facts.row
    if facts.cumulative and row["frequency"] in year_charts.STEP:
        return year_charts.year_to_date(
            facts.series, title or "", row["unit"], row["frequency"], lang
        )
    return progress.planned_vs_actual(
        facts.series, title or "", row["unit"], lang, facts.cumulative, grain=row["frequency"]
    )


def short_period(period: object, grain: str, lang: str) -> str:
    """A period short enough for a table cell: 'Tw III 2026', 'Q3 2026', 'Sep 2026'."""
    return i18n.short_period_label(pd.Timestamp(period).date(), grain, lang)
