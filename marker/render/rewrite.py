"""Re-marking one file of an archive where it lies: read, rewrite, write, in the worker.

The worker that read the file rewrites it from the same path and writes the result itself, so
the file's bytes never cross the pipe (they used to be read back into the re-marking process,
pickled to the worker, and the result pickled back).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from marker.atomic import write_bytes_atomic
from marker.errors import CorruptInput, UsageError

if TYPE_CHECKING:
    from marker.domain.marks import Change


def rewrite_file(kind: str, path: Path, sha256: str, change: Change, old_level: str | None, name: str, *,
                 out: Path, orig: Path | None = None) -> str:
    """Re-mark `path` (still the bytes whose hash is `sha256`) into `out`, with the original's
    permission bits; with `orig`, the original's bytes are kept there first (in place). Returns
    the SHA-256 of what was written."""
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode & 0o777
    except OSError as exc:
        raise CorruptInput(f"无法读取 (cannot read): {exc.strerror}", path=path) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise UsageError("文件在处理中被改动 (file changed while being re-marked)", path=path)
    if kind == "pdf":
        from marker.render.rewrite_pdf import rewrite_pdf

        new = rewrite_pdf(data, change, old_level=old_level, name=name)
    else:
        from marker.render.rewrite_docx import rewrite_docx

        new = rewrite_docx(data, change, old_level=old_level, name=name)
    if orig is not None:
        write_bytes_atomic(orig, data, mode=mode, overwrite=True)
    write_bytes_atomic(out, new, mode=mode, overwrite=True)
    return hashlib.sha256(new).hexdigest()
