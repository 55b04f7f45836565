"""When a dropped file is ready: quiet for a while AND its size and mtime unchanged.

A file still being copied (over SMB, from a scanner, by a slow editor) keeps changing; reading it
half-written would mark half a document. The clock is injected so tests need no sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marker.reading.inputs import is_junk


@dataclass(slots=True)
class _Seen:
    size: int
    mtime_ns: int
    changed_at: float
    touched_wall: float  # the file's own last change (mtime or ctime), by the wall clock


class ReadyTracker:
    """`clock` measures how long we have watched a file; `wall` is compared with the file's own
    mtime/ctime, so a file nobody has touched for the quiet delay is ready as soon as we see it
    (watchdog delivers events up to half a second late to pair moves)."""

    def __init__(self, quiet_seconds: float, clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time) -> None:
        self.quiet = quiet_seconds
        self.clock = clock
        self.wall = wall
        self._files: dict[Path, _Seen] = {}

    def __len__(self) -> int:
        return len(self._files)

    def __contains__(self, path: object) -> bool:
        return path in self._files

    def touch(self, path: Path) -> None:
        """Note an event on `path` (created, modified, moved here, or found by a scan)."""
        if is_junk(path.name):
            return
        try:
            info = path.lstat()
        except OSError:
            self._files.pop(path, None)
            return
        seen = self._files.get(path)
        if seen is None or (seen.size, seen.mtime_ns) != (info.st_size, info.st_mtime_ns):
            self._files[path] = _Seen(info.st_size, info.st_mtime_ns, self.clock(),
                                      max(info.st_mtime, info.st_ctime))

    def forget(self, path: Path) -> None:
        self._files.pop(path, None)

    def ready(self) -> list[Path]:
        """Files quiet for the delay with unchanged size and mtime; they leave the tracker."""
        now = self.clock()
        done: list[Path] = []
        for path, seen in list(self._files.items()):
            try:
                info = path.lstat()
            except OSError:
                del self._files[path]
                continue
            if (info.st_size, info.st_mtime_ns) != (seen.size, seen.mtime_ns):
                self._files[path] = _Seen(info.st_size, info.st_mtime_ns, now, max(info.st_mtime, info.st_ctime))
            elif now - seen.changed_at >= self.quiet or \
                    self.wall() - max(info.st_mtime, info.st_ctime) >= self.quiet:
                done.append(path)
                del self._files[path]
        return sorted(done)

    def due_in(self) -> float | None:
        """Seconds until the first watched file can be ready (its quiet delay over), None when none
        is watched: the daemon sleeps until then rather than a whole tick past it."""
        if not self._files:
            return None
        now, wall = self.clock(), self.wall()
        return max(0.0, min(min(seen.changed_at - now, seen.touched_wall - wall) + self.quiet
                            for seen in self._files.values()))
