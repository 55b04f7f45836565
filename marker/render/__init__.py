"""Bytes to marked bytes, one module per format; re-marking uses the same API."""
