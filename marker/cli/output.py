"""Printing for people (rich tables when the terminal allows) and for scripts (JSON lines)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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


def on_terminal() -> bool:
    """Both streams on a terminal: a person is watching. Piped or redirected output gets no bar."""
    return sys.stdout.isatty() and sys.stderr.isatty()


def progress(total: int, description: str, *, quiet: bool = False, minimum: int = 2) -> Any:
    """A rich progress bar on stderr when it is a terminal and the work is long; else None.

    Nothing when stderr is piped or with --json (`quiet`): a script reads only the results."""
    if quiet or total < minimum or not on_terminal():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    bar.add_task(description, total=total)
    return bar


@contextmanager
def working(description: str, *, quiet: bool = False) -> Iterator[None]:
    """A spinner on stderr while one long step without a count runs (a fit, an export); nothing when
    piped or with --json."""
    if quiet or not on_terminal():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(description):
        yield
