"""The one palette: status colours (Okabe-Ito, colour-blind-safe) and symbols, never colour only."""

COLOURS = {
    "on_track": "#0072B2",
    "at_risk": "#E69F00",
    "off_track": "#D55E00",
    "no_data": "#999999",
}

# light tints of the same hues, for the bands behind achievement charts
BAND_COLOURS = {
    "on_track": "rgba(0, 114, 178, 0.10)",
    "at_risk": "rgba(230, 159, 0, 0.14)",
    "off_track": "rgba(213, 94, 0, 0.12)",
}

SYMBOLS = {"on_track": "●", "at_risk": "▲", "off_track": "■", "no_data": "○"}

# plotly marker symbols matching SYMBOLS
MARKERS = {
    "on_track": "circle",
    "at_risk": "triangle-up",
    "off_track": "square",
    "no_data": "circle-open",
}

# the planned line and the 100 % line: neutral dark grey
PLANNED_COLOUR = "#555555"
ACTUAL_COLOUR = COLOURS["on_track"]
# Okabe-Ito, without the status hues' meaning implied: one colour per compared region
REGION_COLOURS = (
    "#0072B2",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#D55E00",
    "#000000",
)
