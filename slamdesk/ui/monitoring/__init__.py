"""The monitoring window (issue 13)."""
