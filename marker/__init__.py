"""Miji (密级): secrecy levels, marks and the copy ledger for Chinese company documents."""

__version__ = "0.1.0"
