"""Every output is written to a temporary name in its destination folder, then renamed.

A crash at any moment leaves either the old bytes or the new ones, never half a file, and
no temporary file survives a failed write.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from marker.errors import OutputError

TEMP_PREFIX = ".miji-tmp-"
DEFAULT_MODE = 0o640
_output_mode = DEFAULT_MODE


def set_output_mode(mode: int) -> None:
    """The permission bits of every output written without an explicit mode (settings: output_mode)."""
    global _output_mode
    _output_mode = mode


@contextlib.contextmanager
def atomic_write(
    path: Path, *, mode: int | None = None, overwrite: bool = False
) -> Iterator[BinaryIO]:
    """Yield a binary handle; on clean exit the data is fsynced and renamed to `path`.

    With `overwrite=False` an existing `path` is an error rather than silently replaced.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"无法写入目录 (cannot write to folder): {exc.strerror}", path=folder) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _output_mode if mode is None else mode)
        try:
            if overwrite:
                os.replace(temp, path)
            else:
                os.link(temp, path)
        except FileExistsError as exc:
            raise OutputError("输出文件已存在 (output already exists)", path=path) from exc
        except OSError as exc:  # a name too long, a full or read-only disk: the caller's one-line refusal
            raise OutputError(f"无法写出 (cannot write): {exc.strerror}", path=path) from exc
        if not overwrite:
            temp.unlink()
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(folder)


def write_bytes_atomic(path: Path, data: bytes, *, mode: int | None = None,
                       overwrite: bool = False) -> None:
    with atomic_write(path, mode=mode, overwrite=overwrite) as handle:
        handle.write(data)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temps(folder: Path) -> list[Path]:
    """Temporary files a killed process left behind; removed at start-up."""
    removed: list[Path] = []
    if folder.is_dir():
        for stale in folder.rglob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                stale.unlink()
                removed.append(stale)
    return removed
