"""Every output is written to a temporary name in its destination folder, then renamed.

A crash at any moment leaves either the old bytes or the new ones, never half a file, and
no temporary file survives a failed write. Several outputs written at once (the copies of one
issue) go through `DurableBatch`, which pays the disk flush once for all of them.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
    fd, temp = _temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _output_mode if mode is None else mode)
        _publish(temp, path, overwrite)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(folder)


def write_bytes_atomic(path: Path, data: bytes, *, mode: int | None = None,
                       overwrite: bool = False) -> None:
    with atomic_write(path, mode=mode, overwrite=overwrite) as handle:
        handle.write(data)


@dataclass(slots=True)
class _Pending:
    temp: Path
    target: Path
    fd: int


class DurableBatch:
    """Several outputs made durable together: each is written to its temporary name, then all are
    written back in one pass, renamed, and each folder is fsynced once.

    Durability is the same as `atomic_write` per file (a crash leaves each target absent or whole,
    and nothing is reported written before it is on disk), but the flushes are shared: from
    `SYNCFS_FROM` outputs, one `syncfs(2)` per file system writes them all back, and where that call
    is known to report every write-back error and to reach the disk (`_syncfs_suffices`), no file is
    fsynced on its own; the folder is fsynced once. N copies cost about one durable save plus N plain
    writes. A caller recording the outputs (the ledger) does so only after `commit` returns.
    """

    def __init__(self, *, mode: int | None = None, overwrite: bool = False) -> None:
        self._mode = mode
        self._overwrite = overwrite
        self._pending: list[_Pending] = []

    def write(self, path: Path, data: bytes) -> None:
        """Write `data` to a temporary name beside `path` (nothing is visible at `path` yet)."""
        path = Path(path)
        fd, temp = _temp_beside(path)
        pending = _Pending(temp, path, fd)
        self._pending.append(pending)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]

    def commit(self) -> list[Path]:
        """Make every output durable and visible; the targets, in the order written."""
        where: Path | None = None
        try:
            synced = len(self._pending) >= SYNCFS_FROM and _sync_file_systems([p.fd for p in self._pending])
            for pending in [] if synced else self._pending:
                where = pending.target
                os.fsync(pending.fd)
            for pending in self._pending:
                where = pending.target
                os.close(pending.fd)
                pending.fd = -1
                os.chmod(pending.temp, _output_mode if self._mode is None else self._mode)
            for pending in self._pending:
                _publish(pending.temp, pending.target, self._overwrite)
        except OSError as exc:
            self.abort()
            raise OutputError(f"无法写出 (cannot write): {exc.strerror}", path=where) from exc
        except BaseException:
            self.abort()
            raise
        for folder in dict.fromkeys(p.target.parent for p in self._pending):
            try:
                _fsync_dir(folder, strict=True)
            except OSError as exc:  # the renames may not survive a crash: not written, as far as the caller knows
                self._pending = []
                raise OutputError(f"无法写出 (cannot write): {exc.strerror}", path=folder) from exc
        targets = [p.target for p in self._pending]
        self._pending = []
        return targets

    def abort(self) -> None:
        """Remove every temporary file not yet renamed (a renamed target stays: its caller, which
        holds the reservation, removes or voids it)."""
        for pending in self._pending:
            if pending.fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(pending.fd)
                pending.fd = -1
            with contextlib.suppress(FileNotFoundError):
                pending.temp.unlink()
        self._pending = []

    def __enter__(self) -> DurableBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


SYNCFS_FROM = 3  # outputs in one batch from which one syncfs per file system replaces an fsync per file


def _sync_file_systems(fds: list[int]) -> bool:
    """Write back the file systems holding these open files, one `syncfs(2)` each (Linux): one
    journal commit and device flush for a whole batch, where an fsync per file waits for one each.
    True when that alone made every file durable with its errors reported, so no file needs its own
    fsync: Linux ≥ 5.17 (syncfs then returns any write-back error on the file system since the file
    it is called on was opened: the batch's first file on that device, opened before any of the
    batch was written) and a local disk file system whose syncfs commits its journal and flushes
    the device. Otherwise (an older kernel, a network or FUSE share that flushes only on fsync, a
    failed call) it was a head start and the caller fsyncs every file, which then costs little."""
    syncfs = _syncfs()
    if syncfs is None:
        return False
    first: dict[int, int] = {}
    for fd in fds:
        first.setdefault(os.fstat(fd).st_dev, fd)
    enough = _kernel_reports_errors()
    for fd in first.values():
        enough = syncfs(fd) == 0 and _syncfs_suffices(fd) and enough
    return enough


# statfs f_type of the local disk file systems whose syncfs commits and flushes like fsync (and tmpfs,
# which has no disk): ext3/4, XFS, Btrfs, F2FS, tmpfs. Any other (NFS, SMB, FUSE, overlay…): fsync per file.
_SYNCFS_FILE_SYSTEMS = frozenset({0xEF53, 0x58465342, 0x9123683E, 0xF2F52010, 0x01021994})
_EXT_MAGIC = 0xEF53  # ext2, ext3 and ext4 share it; ext2 has no journal and its syncfs does not flush the disk cache


def _syncfs_suffices(fd: int) -> bool:
    kind = _file_system_type(fd)
    if kind == _EXT_MAGIC:
        return _mount_type(os.fstat(fd).st_dev) in ("ext3", "ext4")
    return kind in _SYNCFS_FILE_SYSTEMS


_MOUNTINFO = Path("/proc/self/mountinfo")


def _mount_type(device: int) -> str | None:
    """The file system type the kernel mounted this device as now (/proc/self/mountinfo; None where unknown). Read
    again for every batch (tens of microseconds beside the batch's flush): a long-running daemon sees a disk mounted
    later at a reused device number, or the same volume mounted again as ext2."""
    wanted = f"{os.major(device)}:{os.minor(device)}"
    try:
        lines = _MOUNTINFO.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) > 2 and fields[2] == wanted and " - " in line:
            return line.split(" - ", 1)[1].split()[0]
    return None


def _file_system_type(fd: int) -> int | None:
    """statfs(2) f_type of the file system holding `fd` (None where it cannot be read)."""
    statfs = _fstatfs()
    if statfs is None:
        return None
    import ctypes

    buffer = ctypes.create_string_buffer(256)  # struct statfs: f_type is its first field, a C long
    if statfs(fd, buffer) != 0:
        return None
    return ctypes.c_long.from_buffer(buffer).value & 0xFFFFFFFF


@functools.cache
def _kernel_reports_errors() -> bool:
    """syncfs returns data write-back errors from Linux 5.8 on, but the file system's own journal commit and
    device flush errors (`->sync_fs`) only from 5.17 on (kernel commit "vfs: make sync_filesystem return
    errors from ->sync_fs"); before, a failed commit returned 0."""
    try:
        major, minor = (int(part) for part in os.uname().release.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) >= (5, 17)


def _fstatfs() -> Callable[[int, object], int] | None:
    return _libc("fstatfs")


def _syncfs() -> Callable[[int], int] | None:
    return _libc("syncfs")


@functools.cache
def _libc(name: str) -> Callable[..., int] | None:
    """A C library function of Linux (None elsewhere, or where it is missing)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return getattr(ctypes.CDLL(None, use_errno=True), name)  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _temp_beside(path: Path) -> tuple[int, Path]:
    """An open temporary file in `path`'s folder (made if missing): renaming it is atomic."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"无法写入目录 (cannot write to folder): {exc.strerror}", path=folder) from exc
    return fd, Path(temp_name)


def _publish(temp: Path, path: Path, overwrite: bool) -> None:
    """Rename `temp` to `path`; without `overwrite`, an existing `path` is an error."""
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


def _fsync_dir(folder: Path, *, strict: bool = False) -> None:
    """Make the folder's entries (the renames) durable. `strict`: an error is raised, not ignored, but
    for EINVAL, a file system that does not fsync folders (its renames are durable otherwise)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if strict and exc.errno != errno.EINVAL:
            raise


def remove_stale_temps(folder: Path) -> list[Path]:
    """Temporary files a killed process left behind; removed at start-up."""
    removed: list[Path] = []
    if folder.is_dir():
        for stale in folder.rglob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                stale.unlink()
                removed.append(stale)
    return removed
