"""`miji train`: fit the suggestion model, evaluate it, and write or install it atomically.

scikit-learn is imported only here (through `classifiers.training`), never on the classify path.
With `--workspace DIR` the model is retrained on the shipped corpus plus the decisions people made
in review (`DIR/learned/*.json`) and installed into `DIR/models/` only if it is not worse than the
shipped model on the held-out set; the daemon notices the new file without a restart.

With `--from-archive DIR` it learns from files the company already marked by hand: each file is read in
the limited worker, its level taken from the mark (Miji metadata, else the 密级 line at the top), the marks
stripped from what the model sees (`classifiers.archive`), and a fifth of the archive is held back and
added to the held-out set, so that "not worse than the model in use" is judged on the company's own
documents too.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path
from typing import Any

from marker.errors import ModelError, UsageError
from marker.settings import Settings

log = logging.getLogger(__name__)
ARCHIVE_HOLDBACK = 5

HELP = """训练建议模型：可从语料、审核决定或已标密档案学习，不劣于现用模型才安装。
Train the level/category model from a JSON-lines corpus and write it with its manifest.

examples:
  miji train --out model.npz                    a model from the packaged written corpus only
  miji train --evaluate                         5-fold CV + held-out report: rules, model, combined
  miji train --workspace miji-data              learn from review decisions; install only if not worse
  miji train --from-archive 档案/ --workspace miji-data
                                                learn from documents the company marked by hand

The shipped model (models/default.npz) is trained on the written corpus plus ~1,000 real public documents
whose texts are not packaged (third-party): rebuild them with `tools/corpus/rebuild_real.py --out DIR`, then
run `tools/corpus/train_real.py split|cv|final` (models/MODEL_CARD.md, "Retrain"). Without CORPUS or
--from-archive, `miji train` reads the written corpus only, a model weaker on real documents."""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "train", parents=[common], help="训练建议模型 train the suggestion model",
        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, metavar="CORPUS",
                        help="training JSON lines {text, level, category} (default: the packaged corpus, "
                             "train.jsonl + train_extra.jsonl)")
    parser.add_argument("--out", type=Path, metavar="PATH", help="where to write the model (.npz + .json manifest)")
    parser.add_argument("--heldout", type=Path, metavar="FILE", help="held-out JSON lines (default: packaged)")
    parser.add_argument("--baseline", type=Path, metavar="PATH",
                        help="with --workspace: the model to beat (default: the shipped model)")
    parser.add_argument("--evaluate", action="store_true", help="also run stratified k-fold cross-validation")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--from-archive", type=Path, metavar="DIR",
                        help="已标密档案 learn from files marked by hand (the 密级 line, a header, Miji metadata); "
                             "installs into the workspace only if not worse")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parser.set_defaults(run=run)


def _corpus_dir() -> Path:
    import classifiers

    return Path(classifiers.__file__).parent / "corpus"


def default_corpus() -> list[Path]:
    """The packaged training corpus: the templated set and the independently written, more varied one."""
    folder = _corpus_dir()
    return [path for path in (folder / "train.jsonl", folder / "train_extra.jsonl") if path.exists()]


def learned_examples(workspace: Path, level_names: tuple[str, ...]) -> list[Any]:
    """Review decisions kept by `miji review` (marker.intake.review._learn); unreadable ones are skipped."""
    from classifiers.training import Example

    found: list[Example] = []
    folder = workspace / "learned"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            text, level = row["text"], row["level"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("跳过学习样例 %s：%s (skipping learned example)", path.name, exc)
            continue
        if level not in level_names or not isinstance(text, str) or not text.strip():
            log.warning("跳过学习样例 %s：密级 %r 不在策略中或没有文本 (skipping learned example)", path.name, level)
            continue
        found.append(Example(text, level, row.get("category") or None, "learned"))
    return found


def archive_pairs(folder: Path, settings: Settings, level_names: tuple[str, ...], *,
                  show_progress: bool) -> tuple[list[tuple[str, str]], list[dict[str, str]]]:
    """(text, level) for every file of a hand-marked archive, read in the limited worker; the level comes
    from Miji's metadata or the mark line at the top (`classifiers.archive.read_mark`). Files without a
    mark, with a level the policy does not know, or that cannot be read are skipped and listed."""
    from classifiers.archive import read_mark
    from marker.cli.output import progress
    from marker.errors import MijiError
    from marker.reading.inputs import iter_inputs
    from marker.worker.isolation import open_worker

    if not folder.is_dir():
        raise UsageError(f"档案目录不存在 (no such archive folder): {folder}")
    files = list(iter_inputs([folder]))
    pairs: list[tuple[str, str]] = []
    skipped: list[dict[str, str]] = []
    bar = progress(len(files), "读取档案 reading archive") if show_progress else None
    worker = open_worker(settings)
    try:
        if bar is not None:
            bar.start()
        for path in files:
            rel = str(path.relative_to(folder))
            try:
                document = worker.read(path, settings.limits)
            except MijiError as exc:
                skipped.append({"file": rel, "reason": f"无法读取 (unreadable): {exc.message}"})
                continue
            finally:
                if bar is not None:
                    bar.advance(bar.task_ids[0])
            text = document.text
            mark = document.existing_mark
            level = mark.level if mark is not None and mark.level in level_names else read_mark(text, level_names)
            if level is None:
                skipped.append({"file": rel, "reason": "没有密级标志 (no mark found)"})
                continue
            pairs.append((text, level))
    finally:
        worker.close()
        if bar is not None:
            bar.stop()
    return pairs, skipped


def split_archive(pairs: list[tuple[str, str]], every: int = ARCHIVE_HOLDBACK) -> tuple[
        list[tuple[str, str]], list[tuple[str, str]]]:
    """Every `every`-th archive document is held back and joins the held-out set the models are compared
    on: "not worse" then means not worse on the shipped held-out set *and* on the company's own practice,
    which a model trained elsewhere cannot know. Archives too small to spare a document hold none back."""
    if len(pairs) < every:
        return pairs, []
    return ([pair for index, pair in enumerate(pairs) if index % every != every - 1],
            [pair for index, pair in enumerate(pairs) if index % every == every - 1])


def _write_model(path: Path, data: bytes, manifest: dict[str, Any]) -> None:
    """Artifact first, manifest (with its SHA-256) second: a reader between the two sees a mismatch
    and falls back to the rules for that moment, never a half-written model."""
    from classifiers.model import manifest_path
    from marker.atomic import write_bytes_atomic

    manifest = manifest | {"artifact": manifest["artifact"] | {"file": path.name}}
    write_bytes_atomic(path, data, mode=0o644, overwrite=True)
    write_bytes_atomic(manifest_path(path), json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"),
                       mode=0o644, overwrite=True)


def _brief(summary: dict[str, Any]) -> dict[str, Any]:
    """What the manifest keeps of an evaluation: the headline numbers, not every table."""
    brief = {name: {key: summary[name][key] for key in ("macro_f1", "accuracy", "severe_rate", "severe",
                                                        "severe_support")}
             for name in ("rules", "model", "combined")}
    brief["combined"]["reliability"] = summary["combined"]["reliability"]
    return brief | {"documents": summary.get("documents")}


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.intake.suggest import model_path_for, ruleset_for
    from marker.workspace import load_effective_policy

    try:
        from classifiers import evaluation, training
    except ImportError as exc:
        raise UsageError(f"训练需要 scikit-learn：pip install 'miji[train]' (training needs scikit-learn: {exc})") \
            from exc
    from classifiers.model import ModelLoadError, default_model_path, load_model
    from marker.cli.output import working

    archive_mode = args.from_archive is not None
    workspace_mode = args.workspace is not None or archive_mode
    if workspace_mode and args.out is not None:
        raise UsageError("--workspace/--from-archive 与 --out 只能选一个 (give either --workspace or --out)")
    if not workspace_mode and args.out is None and not args.evaluate:
        raise UsageError("请用 --out 指定输出，或 --evaluate / --workspace (give --out, --evaluate or --workspace)")
    if args.folds < 2:
        raise UsageError("--folds 至少为 2 (--folds must be at least 2)")
    rules = ruleset_for(load_effective_policy(settings))
    terms = sorted({term for cat in rules.categories for term in cat.terms if not term.isascii()})
    category_levels = {cat.name: rules.level_names[cat.level_rank] for cat in rules.categories}
    corpus_files = [args.corpus] if args.corpus else default_corpus()
    heldout_path = args.heldout or _corpus_dir() / "heldout.jsonl"
    try:
        examples = [ex for path in corpus_files
                    for ex in training.read_jsonl(path, source="corpus" if args.corpus else path.stem)]
        heldout = training.read_jsonl(heldout_path, source="heldout")
    except (OSError, ValueError, KeyError) as exc:
        raise UsageError(f"无法读取语料 (cannot read corpus): {exc}") from exc
    if workspace_mode:
        examples += learned_examples(settings.workspace, rules.level_names)
    unknown = sorted({ex.level for ex in examples + heldout} - set(rules.level_names))
    if unknown:
        raise UsageError(f"语料中的密级不在策略中 (corpus levels not in the policy): {'、'.join(unknown)}")
    pairs: list[tuple[str, str]] = []
    report: dict[str, Any] = {"corpus": " + ".join(str(path) for path in corpus_files), "documents": len(examples),
                              "learned": sum(ex.source == "learned" for ex in examples)}
    if archive_mode:
        from classifiers.archive import strip_marks
        from classifiers.training import Example

        pairs, skipped = archive_pairs(args.from_archive, settings, rules.level_names, show_progress=not args.json)
        if not pairs:
            raise UsageError(f"档案中没有带密级标志的文件 (no marked files in {args.from_archive})")
        pairs, held_back = split_archive(pairs)
        heldout += [Example(strip_marks(text, rules.level_names), level, None, "archive") for text, level in held_back]
        report |= {"archive": str(args.from_archive), "archive_documents": len(pairs) + len(held_back),
                   "archive_heldout": len(held_back), "archive_skipped": skipped}
    if args.evaluate:
        started = time.perf_counter()
        report["cv"] = evaluation.cross_validate(examples, rules, terms=terms, category_levels=category_levels,
                                                 folds=args.folds)
        report["cv_seconds"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    try:
        with working("训练中 training", quiet=args.json):
            if archive_mode:
                from classifiers.archive import train_from_archive

                data, manifest, model, _ = train_from_archive(pairs, levels=rules.level_names, terms=terms,
                                                              category_levels=category_levels, base=examples)
            else:
                data, manifest, model, _ = training.build(examples, levels=rules.level_names, terms=terms,
                                                          category_levels=category_levels)
    except ValueError as exc:
        raise UsageError(f"无法训练 (cannot train): {exc}") from exc
    report["train_seconds"] = round(time.perf_counter() - started, 1)
    report["heldout"] = evaluation.heldout(model, heldout, rules)
    manifest["metrics"] = {"heldout": _brief(report["heldout"])} | (
        {"cv": _brief(report["cv"]) | {"folds": args.folds}} if "cv" in report else {})
    report["model_bytes"] = len(data)

    if workspace_mode:
        # The archive's model must not be worse than the model in use now (the workspace's, else shipped).
        baseline_path = args.baseline or (model_path_for(settings.workspace) if archive_mode else default_model_path())
        try:
            baseline = load_model(baseline_path)
        except ModelLoadError as exc:
            raise ModelError(f"无法加载基准模型 (cannot load the baseline model): {exc.message}",
                             path=exc.path) from exc
        report["baseline"] = evaluation.heldout(baseline, heldout, rules)
        installed = evaluation.not_worse(report["heldout"], report["baseline"])
        target = settings.workspace / "models" / "model.npz"
        if installed:
            _write_model(target, data, manifest)
        report |= {"installed": installed, "path": str(target) if installed else None}
    elif args.out is not None:
        _write_model(args.out, data, manifest)
        report["path"] = str(args.out)
    _print(report, as_json=args.json)
    return 0


def _print(report: dict[str, Any], *, as_json: bool) -> None:
    from marker.cli.output import print_json_line, print_table

    if as_json:
        print_json_line(report)
        return
    for key, title in (("cv", f"交叉验证 {report.get('cv', {}).get('folds', '')}-fold CV (training corpus)"),
                       ("heldout", "留出集 held-out set (never trained on"
                        + (f"; {report['archive_heldout']} held back from the archive)" if report.get("archive_heldout")
                           else ")")),
                       ("baseline", "基准模型 baseline model, held-out")):
        if key not in report:
            continue
        summary = report[key]
        rows = [[name, f"{summary[name]['macro_f1']:.3f}", f"{summary[name]['accuracy']:.3f}",
                 f"{summary[name]['severe_rate']:.1%} ({summary[name]['severe']}/{summary[name]['severe_support']})"]
                + [f"{lv['precision']:.2f}/{lv['recall']:.2f}" for lv in summary[name]["per_level"].values()]
                for name in ("rules", "model", "combined")]
        levels = list(summary["combined"]["per_level"])
        print_table(f"{title}: {summary['documents']} docs",
                    ["system", "macro-F1", "accuracy", "severe under-class."] + [f"{lv} P/R" for lv in levels], rows)
        confusion = summary["combined"]["confusion"]
        print_table("combined confusion (rows: true, columns: suggested)", ["true \\ suggested", *levels],
                    [[lv, *counts] for lv, counts in zip(levels, confusion, strict=True)])
        print_table("combined reliability", ["confidence", "docs", "mean confidence", "accuracy"],
                    [[r["bin"], r["documents"], r["mean_confidence"], r["accuracy"]]
                     for r in summary["combined"]["reliability"]])
    lines = [f"训练 trained on {report['documents']} docs ({report['learned']} learned) in {report['train_seconds']} s;"
             f" model {report['model_bytes'] / 1e6:.2f} MB"]
    if "archive" in report:
        lines.insert(0, f"档案 archive: {report['archive_documents']} 份带密级标志的文件 (marked files) from "
                        f"{report['archive']}（训练 {report['archive_documents'] - report['archive_heldout']}，"
                        f"留出 held back {report['archive_heldout']}），跳过 skipped {len(report['archive_skipped'])}")
        lines[1:1] = [f"  跳过 skipped {item['file']}: {item['reason']}" for item in report["archive_skipped"]]
    if "installed" in report:
        lines.append("已安装 installed: " + report["path"] if report["installed"] else
                     "未安装：不优于基准模型 (not installed: worse than the baseline on held-out)")
    elif report.get("path"):
        lines.append(f"已写出 written: {report['path']}")
    print("\n".join(lines))
