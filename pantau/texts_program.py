"""Texts of the program page, merged into pantau.texts.TEXTS."""

PROGRAM_TEXTS: dict[str, dict[str, str]] = {}
