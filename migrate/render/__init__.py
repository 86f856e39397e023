"""Render: text edits by span on the original source, and the unified diff of the result."""
