"""Texts of the regions page, merged into pantau.texts.TEXTS."""

REGIONS_TEXTS: dict[str, dict[str, str]] = {}
