"""Scans: recognising Chinese text on image-only pages with Tesseract (chi_sim).

Chosen by measuring (bench/ocr_bench.py, the same rendered pages at 300 dpi, 2 cores): Tesseract
chi_sim 0.992 character accuracy at 5.1 s/page; RapidOCR (ONNX, models in its wheel) 1.000 at
8.5 s/page and onnxruntime + OpenCV in the install. Tesseract is a system package, lighter and
faster; its confidence is good enough to send doubtful pages to a person.

Runs where reading runs — in the limited worker — one page at a time with a time limit. The mean
word confidence comes back with the text, so a poor scan goes to a person instead of being trusted.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass

from marker.errors import ReaderTimedOut

DPI = 300
LANGUAGES = "chi_sim+eng"


@dataclass(frozen=True, slots=True)
class Recognised:
    text: str
    confidence: float  # 0..1, mean over recognised words; 0 when nothing was found


@functools.cache
def available() -> bool:
    """Tesseract with the simplified-Chinese data installed (apt: tesseract-ocr tesseract-ocr-chi-sim)."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "chi_sim" in listed.stdout.split()


def recognise_png(png: bytes, *, timeout: float) -> Recognised:
    """Text and confidence of one page image (PNG bytes), lines kept in reading order."""
    try:
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", LANGUAGES, "--psm", "6", "tsv"],
                                input=png, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ReaderTimedOut(f"文字识别超时（{timeout:.0f} 秒）(OCR timed out)") from exc
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in result.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence < 0:
            continue
        confidences.append(confidence / 100)
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(cells[11])
    text = "\n".join("".join(words) for words in lines.values())
    return Recognised(text, sum(confidences) / len(confidences) if confidences else 0.0)
