"""Re-marking one file of an archive where it lies: read, rewrite, write, in the worker.

The worker that read the file rewrites it from the bytes (and the tree) its reader kept and
writes the result itself, so the file is read and parsed once and its bytes never cross the pipe.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from marker.atomic import write_bytes_atomic
from marker.errors import CorruptInput, UsageError

if TYPE_CHECKING:
    from marker.domain.marks import Change
    from marker.reading.documents import Opened


def rewrite_file(kind: str, path: Path, sha256: str, change: Change, old_level: str | None, name: str, *,
                 out: Path, orig: Path | None = None, opened: Opened | None = None) -> str:
    """Re-mark `path` (still the bytes whose hash is `sha256`) into `out`, with the original's
    permission bits; with `orig`, the original's bytes are kept there first (in place). Returns
    the SHA-256 of what was written.

    `opened` is what this process's reader read and parsed of `path`: it is not parsed again, and
    when the result goes elsewhere (`orig` None) not read again either, only checked by its inode,
    size and modification time to be unchanged. Written in place, the file is read and hashed
    again first: someone's edit since the read must never be overwritten, even on a file system
    whose clock is too coarse to show it."""
    try:
        info = path.stat()
        mode = info.st_mode & 0o777
        if opened is not None and orig is None and not opened.converted:
            data = opened.data
            unchanged = opened.identity == (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        else:
            data = path.read_bytes()
            unchanged = hashlib.sha256(data).hexdigest() == sha256
    except OSError as exc:
        raise CorruptInput(f"无法读取 (cannot read): {exc.strerror}", path=path) from exc
    if not unchanged:
        raise UsageError("文件在处理中被改动 (file changed while being re-marked)", path=path)
    parsed = opened.take() if opened is not None and not opened.converted and kind in ("pdf", "docx") else None
    if kind == "pdf":
        from marker.render.rewrite_pdf import rewrite_pdf

        new = rewrite_pdf(data, change, old_level=old_level, name=name, doc=parsed)
    elif kind in ("xlsx", "pptx", "ofd"):
        from marker.render.rewrite_office import rewrite_office

        new = rewrite_office(kind, data, change, old_level=old_level, name=name)
    else:
        from marker.render.rewrite_docx import rewrite_docx

        new = rewrite_docx(data, change, old_level=old_level, name=name, document=parsed)
    if orig is not None:
        write_bytes_atomic(orig, data, mode=mode, overwrite=True)
    write_bytes_atomic(out, new, mode=mode, overwrite=True)
    return hashlib.sha256(new).hexdigest()
