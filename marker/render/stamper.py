"""What every format's stamper shares: the draft read once, a rehearsed copy kept for its write,
and each copy written atomically beside a check that it never replaces the draft.

`rehearse` renders copy 1 before a 登记号 is taken (a file that cannot be stamped is refused
first); the copy that is then written is those very bytes, so rehearsing costs nothing extra.
A format subclasses `CopyStamper` and renders. `write_copies` writes several copies as one durable
batch (marker.atomic.DurableBatch): the fsyncs are paid once for all of them, not once per copy.
The draft's bytes (and the tree its reader parsed) can be handed over by the reader, so the
stamper never opens the draft by its path again.
"""

from __future__ import annotations

import abc
import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from marker.atomic import DurableBatch
from marker.errors import CorruptInput, NotFoundInput, OutputError

if TYPE_CHECKING:
    from marker.domain.marks import CopyFacts, MarkFacts

log = logging.getLogger(__name__)


class CopyStamper(abc.ABC):
    """Marks copies of one draft: `write_copies` (or `write_copy`) once per set of copy numbers."""

    def __init__(self, source: Path, facts: MarkFacts, *, data: bytes | None = None) -> None:
        self._source = Path(source)
        self._facts = facts
        self._data = data
        self._rehearsed: tuple[CopyFacts, bytes] | None = None

    def _read_source(self) -> bytes:
        """The draft's bytes: those its reader read if handed over, else read now (a missing or
        unreadable draft is the input's fault)."""
        if self._data is not None:
            return self._data
        try:
            return self._source.read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundInput("文件不存在 (no such file)", path=self._source) from exc
        except OSError as exc:
            raise CorruptInput(f"无法读取 (cannot read): {exc.strerror}", path=self._source) from exc

    @abc.abstractmethod
    def _render_checked(self, copy: CopyFacts) -> bytes:
        """The copy's bytes; a failure is the input's fault (a `MijiError`, exit 3), never a traceback."""

    def rehearse(self, copy: CopyFacts) -> str:
        """Render `copy` in memory and keep it: proves the document can be stamped before anything
        is registered, and the copy then costs nothing more when it is written."""
        data = self._render_checked(copy)
        self._rehearsed = (copy, data)
        return hashlib.sha256(data).hexdigest()

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str:
        """Write one marked copy atomically and return its SHA-256 (hex)."""
        return self.write_copies([(copy, Path(out_path))])[0]

    def write_copies(self, copies: Sequence[tuple[CopyFacts, Path]], *,
                     before_commit: Callable[[], None] | None = None) -> list[str]:
        """Write marked copies as one durable batch; their SHA-256s (hex), in order. On any failure
        no copy is left at its path except those already renamed when the failure came (the caller
        holds their reservations and removes them). `before_commit` runs once every copy is written
        and before any becomes visible (the worker exits there if its parent died)."""
        for _, out_path in copies:
            if _same_file(Path(out_path), self._source):
                raise OutputError("输出路径与原稿相同，拒绝覆盖原稿 (output would overwrite the draft)", path=out_path)
        rehearsed, self._rehearsed = self._rehearsed, None
        digests: list[str] = []
        with DurableBatch() as batch:
            for copy, out_path in copies:
                if rehearsed is not None and rehearsed[0] == copy:
                    data, rehearsed = rehearsed[1], None
                else:
                    data = self._render_checked(copy)
                try:
                    batch.write(Path(out_path), data)
                except OSError as exc:
                    raise OutputError(f"无法写出 (cannot write): {exc.strerror or exc}", path=out_path) from exc
                digests.append(hashlib.sha256(data).hexdigest())
            if before_commit is not None:
                before_commit()
            batch.commit()
        for (copy, _), digest in zip(copies, digests, strict=True):
            log.debug("marked %s copy %s -> %s", self._facts.registry, copy.copy_number, digest[:12])
        return digests

    def close(self) -> None:
        self._rehearsed = None


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False
