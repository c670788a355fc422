"""Texts of the quality page, merged into pantau.texts.TEXTS."""

QUALITY_TEXTS: dict[str, dict[str, str]] = {}
