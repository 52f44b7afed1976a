"""The database itself: back up, restore, and the team database connection."""
