"""One case's window: header, tabs, editing, notes, workflow, exports."""
