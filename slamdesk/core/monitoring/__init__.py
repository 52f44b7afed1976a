"""Monitoring signed agreements: business-hours calendars (``calendars``), and what is measured against them."""
