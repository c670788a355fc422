"""Presentation as figures: DataFrame in, Plotly figure out, texts already translated.

May import analysis, tables, i18n and settings.
"""
