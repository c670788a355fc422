"""Presentation as text: DataFrame in, display table, caption or sentence out.

May import analysis, i18n and settings.
"""
