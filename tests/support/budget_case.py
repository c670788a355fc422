"""The budget case: a programme UJI in four provinces, shared by the SQL and AppTest tests.

Money in billions of rupiah; households:

UJI.DANA, monthly money (flow)  Dec 2024   Jan 2025   Feb 2025   Mar 2025   Apr 2025
  32 Jawa Barat                  100 / 80   100 / 95   100 / 95   100 / -    100 / -
  33 Jawa Tengah                    -        40 / 34    40 / 34    40 / 34    40 / -
  35 Jawa Timur                     -        30 / -     30 / 34    30 / 34    30 / -
  36 Banten                         -        20 / 10    20 / -     20 / -     20 / -

UJI.KPM, quarterly households (stock)   Q4 2024     Q1 2025      Q2 2025
  32                                    900 / 900   1000 / 850   1100 / -
  33                                        -        600 / 600       -
  35                                        -        300 / 510       -
  36                                        -        100 / 40        -

Latest money with an actual: Mar 2025, so the year to date is Jan - Mar 2025. Like with like,
only the cells with both values count:
  32: 200 / 190 = 95.0 %   33: 120 / 102 = 85.0 %   35: 60 / 68 = 113.3 %   36: 20 / 10 = 50.0 %
  all: 400 / 370 = 92.5 % (every planned cell Jan - Mar: 570, with April: 760)
"""

B = 1e9  # a billion rupiah (Rp 1 M)

MONEY = [
    ("UJI.DANA", "32", "2024-12-01", 100 * B, 80 * B),  # last year: not in 2025's year to date
    ("UJI.DANA", "32", "2025-01-01", 100 * B, 95 * B),
    ("UJI.DANA", "32", "2025-02-01", 100 * B, 95 * B),
    ("UJI.DANA", "32", "2025-03-01", 100 * B, None),  # not reported: out of both sums
    ("UJI.DANA", "32", "2025-04-01", 100 * B, None),  # a target set ahead
    ("UJI.DANA", "33", "2025-01-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-02-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-03-01", 40 * B, 34 * B),
    ("UJI.DANA", "33", "2025-04-01", 40 * B, None),
    ("UJI.DANA", "35", "2025-01-01", 30 * B, None),
    ("UJI.DANA", "35", "2025-02-01", 30 * B, 34 * B),
    ("UJI.DANA", "35", "2025-03-01", 30 * B, 34 * B),
    ("UJI.DANA", "35", "2025-04-01", 30 * B, None),
    ("UJI.DANA", "36", "2025-01-01", 20 * B, 10 * B),
    ("UJI.DANA", "36", "2025-02-01", 20 * B, None),
    ("UJI.DANA", "36", "2025-03-01", 20 * B, None),
    ("UJI.DANA", "36", "2025-04-01", 20 * B, None),
]
HOUSEHOLDS = [
    ("UJI.KPM", "32", "2024-10-01", 900, 900),  # last year's level: never added to this year's
    ("UJI.KPM", "32", "2025-01-01", 1000, 850),
    ("UJI.KPM", "32", "2025-04-01", 1100, None),
    ("UJI.KPM", "33", "2025-01-01", 600, 600),
    ("UJI.KPM", "35", "2025-01-01", 300, 510),
    ("UJI.KPM", "36", "2025-01-01", 100, 40),
]


def add_programme(con) -> None:
    """The programme UJI: monthly money, quarterly households, and outputs that are no pair."""
    with con.cursor() as cur:
        cur.execute(
            "insert into programs (code, name_id, name_en) values"
            " ('UJI', 'Program uji', 'Test programme'),"
            " ('UJI2', 'Program uji dua', 'Second test programme')"
        )
        cur.execute(
            "insert into indicators (code, program_code, name_id, name_en, level, unit,"
            " direction, temporal, region_agg, frequency) values"
            " ('UJI.DANA', 'UJI', 'Dana uji', 'Test money', 'input', 'rupiah', 'up', 'flow',"
            "  'sum', 'month'),"
            " ('UJI.KPM', 'UJI', 'KPM uji', 'Test households', 'output', 'keluarga', 'up',"
            "  'stock', 'sum', 'quarter'),"
            # a rate is an output but not a count of beneficiaries: never paired
            " ('UJI.AAA', 'UJI', 'Tepat waktu', 'On time', 'output', 'persen', 'up', 'stock',"
            "  'mean', 'month'),"
            # an outcome counted in households is not what the money pays for
            " ('UJI.GRADUASI', 'UJI', 'Graduasi', 'Graduation', 'outcome', 'keluarga', 'up',"
            "  'flow', 'sum', 'quarter'),"
            " ('UJI2.DANA', 'UJI2', 'Dana tanpa pasangan', 'Money alone', 'input', 'rupiah',"
            "  'up', 'flow', 'sum', 'month')"
        )
