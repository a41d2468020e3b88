"""Reusable Qt widgets that know nothing of the program's screens."""
