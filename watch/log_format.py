"""Log lines that a file name cannot forge: control characters in a message are escaped.

A dropped file named `a\n2026-01-01 … marked` wrote a second, invented line into `miji.log`.
Tracebacks (added after the message by the formatter) keep their own line breaks.
"""

from __future__ import annotations

import logging

from marker.intake.names import printable


class EscapingFormatter(logging.Formatter):
    def formatMessage(self, record: logging.LogRecord) -> str:
        return printable(super().formatMessage(record))
