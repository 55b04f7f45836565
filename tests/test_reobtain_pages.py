"""Obtaining lost web pages again must never cost a batch the pages it still has."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ["id", "repo", "commit", "path", "extract", "level", "category", "kind", "publication", "sha256", "chars",
          "note", "batch"]


def _module():
    spec = importlib.util.spec_from_file_location("reobtain_pages", ROOT / "tools/corpus/reobtain_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_finish_keeps_the_pages_a_collector_saved_when_one_of_them_is_looked_up_again(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    reobtain = _module()
    texts = {f"https://site{n}.cn/page": f"第{n}页的正文，关于会议安排的通知。" * 20 for n in range(3)}
    rows = [{"id": f"real-{n}", "repo": f"web:site{n}.cn", "commit": "", "path": url, "extract": "web",
             "level": "公开", "category": "public", "kind": "通知", "publication": "published",
             "sha256": reobtain.digest(reobtain.page_text(text)), "chars": "1", "note": "", "batch": "49"}
            for n, (url, text) in enumerate(texts.items())]
    manifest = tmp_path / "real_manifest.tsv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setattr(reobtain, "MANIFEST", manifest)
    pages = tmp_path / "pages_batch49.json"
    pages.write_text(json.dumps([{"url": url, "text": text} for url, text in texts.items()], ensure_ascii=False),
                     encoding="utf-8")
    state = tmp_path / "state"
    first = next(iter(texts))
    reobtain.save_state(state, "real-0", {"text": texts[first]})  # one page of the batch found again
    reobtain.finish(state, tmp_path)
    kept = {page["url"]: page["text"] for page in json.loads(pages.read_text(encoding="utf-8"))}
    assert kept == texts
