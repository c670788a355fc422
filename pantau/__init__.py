"""Pantau: planned versus actual results of community-welfare programmes."""
