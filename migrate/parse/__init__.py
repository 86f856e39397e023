"""Parse: turn each file into a small model with exact source spans; problems become diagnostics."""
