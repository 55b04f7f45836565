"""The limited worker process that reads and stamps untrusted files."""
