"""slamdesk: a desktop manager for contracts and service-level agreements."""

__version__ = "0.1.0"
