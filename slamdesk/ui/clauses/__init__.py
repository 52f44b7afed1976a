"""The clause library and an agreement's clauses."""
