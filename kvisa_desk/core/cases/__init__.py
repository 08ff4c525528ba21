"""Cases: reading, finding, the worklist, editing, notes, workflow."""
