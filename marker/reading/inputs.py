"""Which files a command works on: explicit files as given, folders walked recursively."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from pathlib import Path

from marker.reading.filetype import DOCUMENT_SUFFIXES

JUNK_PATTERNS = ("~$*", ".~lock.*#", "*.tmp", "*.part", "*.crdownload", ".DS_Store", "Thumbs.db",
                 ".miji-tmp-*")


def is_junk(name: str) -> bool:
    """Editor locks, partial downloads and OS litter: never documents."""
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in JUNK_PATTERNS)


def is_document_name(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES and not is_junk(path.name)


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Explicit paths are yielded even if unsupported (so the user hears why); folders yield
    only document files, in a stable order, without following symbolic links."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.is_symlink() and is_document_name(child):
                    yield child
        else:
            yield path
