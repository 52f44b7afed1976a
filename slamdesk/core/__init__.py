"""The rules of slamdesk. No Qt here: every face (UI, CLI) asks this package."""
