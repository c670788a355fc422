"""The regions case: PKH households by quarter and the poverty rate by half-year.

Every expected value of the regions tests is worked out by hand from these rows.
"""

# PKH.KPM: quarterly stock, summed over regions, higher is better; achievement = actual / planned
PKH_KPM = [
    ("PKH.KPM", "32", "2025-10-01", 100, 95),  # Jawa Barat Q4: 95 %
    ("PKH.KPM", "32", "2026-01-01", 200, 150),  # Q1: 75 % (at risk)
    ("PKH.KPM", "33", "2025-10-01", 100, 100),  # Jawa Tengah Q4: 100 %
    ("PKH.KPM", "33", "2026-01-01", 100, 60),  # Q1: 60 % (off track)
    ("PKH.KPM", "34", "2025-10-01", 50, None),  # DI Yogyakarta Q4: no report
    ("PKH.KPM", "34", "2026-01-01", 50, 50),  # Q1: 100 %
    ("PKH.KPM", "35", "2026-01-01", 80, None),  # Jawa Timur Q1: a target, no report
    ("PKH.KPM", "36", "2026-01-01", 100, 92),  # Banten Q1: 92 % (on track)
    ("PKH.KPM", "34.01", "2025-10-01", 30, 27),  # Kulon Progo Q4: 90 %
    ("PKH.KPM", "34.01", "2026-01-01", 30, 24),  # Q1: 80 %
    ("PKH.KPM", "34.02", "2026-01-01", 20, 22),  # Bantul Q1: 110 %
]
# KEMISKINAN.P0: half-yearly poverty rate, lower is better; the need is the latest actual
POVERTY = [
    ("KEMISKINAN.P0", "32", "2025-07-01", 8.5, 8.0),
    ("KEMISKINAN.P0", "32", "2026-01-01", 7.5, 7.0),  # need 7.0
    ("KEMISKINAN.P0", "33", "2026-01-01", 11.0, 12.0),  # need 12.0
    ("KEMISKINAN.P0", "34", "2025-07-01", 10.5, 11.0),  # need 11.0, from H2 2025 ...
    ("KEMISKINAN.P0", "34", "2026-01-01", 10.5, None),  # ... as H1 2026 was not reported
    ("KEMISKINAN.P0", "35", "2026-01-01", 12.0, 13.0),  # need 13.0
    ("KEMISKINAN.P0", "36", "2026-01-01", 6.0, 6.0),  # need 6.0
]
# mean need over the five provinces: (7 + 12 + 11 + 13 + 6) / 5 = 9.8
