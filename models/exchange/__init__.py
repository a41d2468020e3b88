"""Carrying data between offices and spreadsheets: Excel export (and, later, import and packages)."""
