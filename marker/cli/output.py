"""Printing for people (rich tables when the terminal allows) and for scripts (JSON lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


def print_json_line(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(cell) if cell is not None else "" for cell in row))
    console = Console()
    if not console.is_terminal:  # piped: never fold a path or a registry number across lines
        console = Console(width=1000)
    console.print(table)


def progress(total: int, description: str) -> Any:
    """A rich progress bar on stderr when it is a terminal and the work is long; else None."""
    if total < 20 or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    bar.add_task(description, total=total)
    return bar
