"""The service catalogue editor and its undoable commands."""
