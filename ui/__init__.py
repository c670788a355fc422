"""Streamlit helpers shared by dashboard.py and the pages (the only code that imports streamlit)."""
