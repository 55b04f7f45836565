"""Legacy Office and WPS files (.doc .wps .xls .et .ppt .dps), converted by LibreOffice headless.

Chinese offices save in WPS formats and old Office; Miji reads and marks them as their modern
counterparts (.docx .xlsx .pptx). Conversion runs where reading runs — in the limited worker —
with a wall-time limit, on a private copy in a private temporary folder that lives as long as the
process (so the stamper in the same worker uses the same conversion).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from marker.errors import CorruptInput, ReaderTimedOut, UnsupportedInput

LEGACY_TARGETS = {".doc": "docx", ".wps": "docx", ".xls": "xlsx", ".et": "xlsx", ".ppt": "pptx", ".dps": "pptx"}
_FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML",
            "pptx": "pptx:Impress MS PowerPoint 2007 XML"}
_cache: dict[str, Path] = {}
_scratch: list[Path] = []


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _folder() -> Path:
    if not _scratch:
        folder = Path(tempfile.mkdtemp(prefix="miji-convert-"))
        _scratch.append(folder)
        atexit.register(shutil.rmtree, folder, True)
    return _scratch[0]


def convert(data: bytes, path: Path, target: str, *, timeout: float) -> Path:
    """The file converted to `target` (docx/xlsx/pptx); cached by content for this process."""
    digest = hashlib.sha256(data).hexdigest()
    key = f"{digest}.{target}"
    cached = _cache.get(key)
    if cached is not None and cached.exists():
        return cached
    binary = libreoffice()
    if binary is None:
        raise UnsupportedInput(f"读取 {path.suffix} 需要 LibreOffice（apt-get install libreoffice-writer-nogui "
                               "libreoffice-calc-nogui libreoffice-impress-nogui）(LibreOffice is not installed)",
                               path=path)
    work = _folder() / digest[:16]
    work.mkdir(parents=True, exist_ok=True)
    source = work / f"source{path.suffix.lower()}"
    source.write_bytes(data)
    try:
        result = subprocess.run(
            [binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
             "--convert-to", _FILTERS[target], "--outdir", str(work), str(source)],
            capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ReaderTimedOut(f"LibreOffice 转换超时（{timeout:.0f} 秒）(conversion timed out)", path=path) from exc
    converted = work / f"source.{target}"
    if result.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        raise CorruptInput(f"LibreOffice 无法转换此 {path.suffix} 文件 (conversion failed)", path=path)
    with contextlib.suppress(OSError):
        source.unlink()
    _cache[key] = converted
    return converted
