"""The contract register: its paged table model, filters and saved filters, the detail panel, view and batch exports."""
