"""The reminders of what falls due after signing: notice deadlines, renewals, ends and reviews."""
