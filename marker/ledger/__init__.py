"""The append-only ledger and everything derived from it; the only place with SQL."""
