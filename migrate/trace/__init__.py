"""Trace: an abstract interpretation of the orchestrator that yields the artifact flow graph."""
