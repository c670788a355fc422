"""Texts of the budget page, merged into pantau.texts.TEXTS."""

BUDGET_TEXTS: dict[str, dict[str, str]] = {}
