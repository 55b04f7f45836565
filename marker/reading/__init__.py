"""Untrusted bytes to a Document: file type, limits, text extraction, existing marks."""
