"""Requirements documents: the editor, the traceability matrix and the pricing matrix."""
