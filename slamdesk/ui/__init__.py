"""The desktop face of slamdesk: PySide6 windows, wizards and item models over ``core``.

Qt is imported only inside this package; every change to data goes through a
``slamdesk.core`` use case.
"""
