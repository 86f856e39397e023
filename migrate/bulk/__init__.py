"""Bulk: the pipeline over many repositories in parallel processes, resumable, sharded, with a summary."""
