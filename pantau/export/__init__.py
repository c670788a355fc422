"""What people take away: report facts, deck, HTML report, images, spreadsheets, template.

May import store, analysis, tables, charts, i18n, settings and errors.
"""
