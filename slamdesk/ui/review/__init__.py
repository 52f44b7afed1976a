"""Reviews: the review board, review rounds, a reviewer's decision and the quality checklist."""
