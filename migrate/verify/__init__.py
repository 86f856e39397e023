"""Verify a migration: build the legacy and the migrated setup with a real engine and compare the images."""
