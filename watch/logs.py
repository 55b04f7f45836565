"""Daemon logging: stderr and a rotating file in the workspace, one line per file, never text."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from watch.log_format import EscapingFormatter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, debug: bool = False) -> None:
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    stream = logging.StreamHandler()
    stream.setFormatter(EscapingFormatter(FORMAT))
    rotating = logging.handlers.RotatingFileHandler(log_dir / "miji.log", maxBytes=5 * 1024 * 1024,
                                                    backupCount=5, encoding="utf-8")
    rotating.setFormatter(EscapingFormatter(FORMAT))
    root.addHandler(stream)
    root.addHandler(rotating)
    for noisy in ("watchdog", "jieba"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
