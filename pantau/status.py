"""How each status looks: colour-blind-safe colours (Okabe-Ito) and a symbol, never colour alone."""

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
