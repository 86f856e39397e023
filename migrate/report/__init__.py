"""Report: what a run tells people (stderr) and tools (stdout), and the exit code it ends with."""
