"""An agreement's place in the corporate, customer and service structure, and its consistency warnings."""
