"""After signing: terms, renewals, notice deadlines, periodic reviews and termination (issue 14)."""
