"""Classify path timings, by hand: `/work/venv/bin/python bench/classify_bench.py [--skip-train] [--summary PATH]`.

Warm numbers are what the daemon sees after its first file; cold import numbers are what every
`miji` invocation pays. Goal: warm suggestion with the model < 10 ms per 2,000-character draft.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cold(code: str, repeat: int = 3) -> float:
    """Best of `repeat` fresh interpreters, seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - started)
    return best


def _heldout() -> list[str]:
    lines = (ROOT / "classifiers/corpus/heldout.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _text(chars: int) -> str:
    text = ""
    for row in _heldout():
        text += row + "\n"
        if len(text) >= chars:
            break
    return text[:chars]


def _timed(func, repeat: int) -> float:
    func()
    started = time.perf_counter()
    for _ in range(repeat):
        func()
    return (time.perf_counter() - started) / repeat


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-train", action="store_true")
    parser.add_argument("--summary", type=Path, help="append the issue-13 figures as JSON lines to this file")
    args = parser.parse_args()
    summary: list[dict[str, object]] = []
    from marker.domain.policy import default_policy
    from marker.intake.suggest import model_for, suggest_for
    from marker.reading.documents import read

    policy = default_policy()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for chars in (2_000, 50_000):
            path = folder / f"doc{chars}.txt"
            path.write_text(_text(chars) if chars <= 2_000 else (_text(2_000) * 25)[:chars], encoding="utf-8")
            rows.append((f"read + suggest {chars:,}-char doc, warm (model)",
                         f"{_timed(lambda p=path: suggest_for(read(p), policy, workspace=None), 5) * 1000:.1f} ms"))
        doc = read(folder / "doc2000.txt")
        with_model = _timed(lambda: suggest_for(doc, policy, workspace=None), 50)
        rows.append(("suggest 2,000-char doc, warm, rules + model", f"{with_model * 1000:.2f} ms"))
        from classifiers import TextBlock, suggest
        from marker.intake.suggest import ruleset_for

        rules = ruleset_for(policy)
        # Every file the daemon sees is new text: no cut is cached. 50 distinct 2,000-char variants.
        model = model_for(None)
        def unseen_ms(text: str, first: int) -> float:
            """Per document, 50 distinct variants of `text` (the first suggestion warms up)."""
            variants = [(TextBlock("para", f"{index:04d}\n" + text[5:]),) for index in range(first, first + 51)]
            suggest(variants[50], rules, model)
            started = time.perf_counter()
            for blocks in variants[:50]:
                suggest(blocks, rules, model)
            return (time.perf_counter() - started) / 50 * 1000

        unseen = unseen_ms(_text(2_000), 0)
        rows.append(("suggest 2,000-char unseen doc, warm, rules + model (jieba once)", f"{unseen:.2f} ms"))
        import jieba

        from classifiers.fast_cut import cut as fast_cut
        from classifiers.segment import tokenizer_for

        def cut_ms(func, first: int) -> float:
            texts = [f"{index:04d}\n" + _text(2_000)[5:] + str(index) for index in range(first, first + 51)]
            func(texts[50])
            started = time.perf_counter()
            for text in texts[:50]:
                func(text)
            return (time.perf_counter() - started) / 50 * 1000

        # jieba as Miji cuts (accurate mode, no HMM, the policy's terms in the dictionary), by jieba itself and by
        # classifiers/fast_cut (the same words); jieba's default lcut (with HMM) for reference.
        tokenizer = tokenizer_for(tuple(sorted(set(model.terms))))
        cut = cut_ms(lambda text: tokenizer.lcut(text, HMM=False), 100)
        rows.append(("  floor: jieba's own cut of the same 2,000 chars (no HMM, as Miji cuts)", f"{cut:.2f} ms"))
        own = cut_ms(lambda text: fast_cut(tokenizer, text), 200)
        rows.append(("  Miji's cut (fast_cut: the same words)", f"{own:.2f} ms"))
        rows.append(("  jieba.lcut with HMM (the default)", f"{cut_ms(jieba.lcut, 300):.2f} ms"))
        summary.append({"what": "warm suggestion, 2,000-char unseen document (rules + model)", "miji": round(unseen, 2),
                        "floor": round(cut, 2), "unit": "ms", "ratio": round(unseen / cut, 2), "goal": "< 10 ms"})
        # A 繁體 document is folded to simplified characters first (OpenCC t2s); the floor is that conversion alone.
        import opencc

        traditional = opencc.OpenCC("s2t").convert(_text(2_000))
        unseen_trad = unseen_ms(traditional, 200)
        rows.append(("suggest 2,000-char unseen 繁體 doc, warm, rules + model", f"{unseen_trad:.2f} ms"))
        to_simple = opencc.OpenCC("t2s")
        to_simple.convert(traditional)
        conversion = _timed(lambda: to_simple.convert(f"{time.perf_counter()}" + traditional), 20) * 1000
        rows.append(("  floor: OpenCC t2s of the same 2,000 chars", f"{conversion:.2f} ms"))
        rules_only = _timed(lambda: suggest(doc.blocks, rules), 50)
        rows.append(("suggest 2,000-char doc, warm, rules only", f"{rules_only * 1000:.2f} ms"))
        paths = []
        for index, text in enumerate(_heldout()):
            paths.append(folder / f"h{index}.txt")
            paths[-1].write_text(text, encoding="utf-8")
        started = time.perf_counter()
        for path in paths:
            suggest_for(read(path), policy, workspace=None)
        rows.append((f"batch throughput ({len(paths)} held-out docs, read + suggest)",
                     f"{len(paths) / (time.perf_counter() - started):.0f} docs/s"))
    model = model_for(None)
    assert model is not None and model.path is not None
    import numpy as np

    from classifiers.model import load_model

    loaded = _timed(lambda: load_model(model.path), 5) * 1000
    raw = _timed(lambda: dict(np.load(model.path)), 5) * 1000
    rows.append(("model load (npz + manifest + SHA-256)", f"{loaded:.0f} ms"))
    rows.append(("  floor: numpy.load of the npz, all arrays", f"{raw:.0f} ms"))
    summary.append({"what": "model load (npz + manifest + SHA-256)", "miji": round(loaded, 1), "floor": round(raw, 1),
                    "unit": "ms", "ratio": round(loaded / raw, 2) if raw else None, "goal": "< 300 ms"})
    rows.append(("model size", f"{model.path.stat().st_size / 1e6:.2f} MB"))
    if not args.skip_train:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            subprocess.run([str(Path(sys.executable).parent / "miji"), "train", "--out", f"{tmp}/m.npz"],
                           check=True, capture_output=True, cwd=ROOT)
            rows.append(("training time (`miji train`, 960 docs, incl. held-out eval)",
                         f"{time.perf_counter() - started:.1f} s"))
    help_code = "from marker.cli import build_parser; build_parser().format_help()"
    rows.append(("`miji --help` (fresh process: import + build parser)", f"{_cold(help_code) * 1000:.0f} ms"))
    base = _cold("pass")
    for name, code in (("import pymupdf", "import pymupdf"), ("import sklearn (+ linear_model)",
                                                          "import sklearn.linear_model"),
                       ("jieba.initialize()", "import jieba; jieba.initialize()")):
        rows.append((f"{name} (minus bare interpreter)", f"{(_cold(code) - base) * 1000:.0f} ms"))
    from marker.cli.output import print_table

    print_table("classify bench", ["what", "time"], rows)
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as handle:
            for line in summary:
                handle.write(json.dumps({"issue": "13", **line}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
