"""What every feature shares: widgets, formatting, dialogs, feedback, background jobs, the PDF preview, the sign-in."""
