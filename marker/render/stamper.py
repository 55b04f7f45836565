"""What every format's stamper shares: the draft read once, a rehearsed copy kept for its write,
and each copy written atomically beside a check that it never replaces the draft.

`rehearse` renders copy 1 before a 登记号 is taken (a file that cannot be stamped is refused
first); the copy that is then written is those very bytes, so rehearsing costs nothing extra.
A format subclasses `CopyStamper` and renders; it may override `_write_rendered` when it can save
a copy straight to the file the atomic write renames (cheaper than bytes in memory).
"""

from __future__ import annotations

import abc
import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from marker.atomic import atomic_write
from marker.errors import CorruptInput, MijiError, NotFoundInput, OutputError

if TYPE_CHECKING:
    from marker.domain.marks import CopyFacts, MarkFacts

log = logging.getLogger(__name__)


class CopyStamper(abc.ABC):
    """Marks copies of one draft; `write_copy` is called once per copy number."""

    def __init__(self, source: Path, facts: MarkFacts) -> None:
        self._source = Path(source)
        self._facts = facts
        self._rehearsed: tuple[CopyFacts, bytes] | None = None

    def _read_source(self) -> bytes:
        """The draft's bytes; a missing or unreadable draft is the input's fault."""
        try:
            return self._source.read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundInput("文件不存在 (no such file)", path=self._source) from exc
        except OSError as exc:
            raise CorruptInput(f"无法读取 (cannot read): {exc.strerror}", path=self._source) from exc

    @abc.abstractmethod
    def _render_checked(self, copy: CopyFacts) -> bytes:
        """The copy's bytes; a failure is the input's fault (a `MijiError`, exit 3), never a traceback."""

    def _write_rendered(self, copy: CopyFacts, out_path: Path) -> str:
        """Render a copy that was not rehearsed and write it; its SHA-256 (hex)."""
        return _write_bytes(self._render_checked(copy), out_path)

    def rehearse(self, copy: CopyFacts) -> str:
        """Render `copy` in memory and keep it: proves the document can be stamped before anything
        is registered, and the copy then costs nothing more when it is written."""
        data = self._render_checked(copy)
        self._rehearsed = (copy, data)
        return hashlib.sha256(data).hexdigest()

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str:
        """Write one marked copy atomically and return its SHA-256 (hex)."""
        out_path = Path(out_path)
        if _same_file(out_path, self._source):
            raise OutputError("输出路径与原稿相同，拒绝覆盖原稿 (output would overwrite the draft)", path=out_path)
        rehearsed, self._rehearsed = self._rehearsed, None
        try:
            if rehearsed is not None and rehearsed[0] == copy:
                digest = _write_bytes(rehearsed[1], out_path)
            else:
                digest = self._write_rendered(copy, out_path)
        except MijiError:
            raise
        except OSError as exc:
            raise OutputError(f"无法写出 (cannot write): {exc.strerror or exc}", path=out_path) from exc
        log.debug("marked %s copy %s -> %s", self._facts.registry, copy.copy_number, digest[:12])
        return digest

    def close(self) -> None:
        self._rehearsed = None


def _write_bytes(data: bytes, out_path: Path) -> str:
    with atomic_write(out_path) as handle:
        handle.write(data)
    return hashlib.sha256(data).hexdigest()


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False
