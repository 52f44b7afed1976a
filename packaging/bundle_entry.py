"""The bundle's entry point: the same command line (and window) as the ``slamdesk`` script."""

from slamdesk.cli import main

raise SystemExit(main())
