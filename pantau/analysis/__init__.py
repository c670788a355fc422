"""Numbers only: metrics, regions, budget, quality and programme, each a query via store.

May import store, settings and errors; no labels, no formatting.
"""
