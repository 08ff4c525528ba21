"""The Checks tab: results, past runs, overrides, batch checks."""
