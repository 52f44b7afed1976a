"""Two versions of an agreement compared term by term, line by line and clause by clause."""
