"""`miji classify FILE...`: suggest a level, with the evidence, for each file."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marker.errors import ExitCode, MijiError
from marker.settings import Settings

if TYPE_CHECKING:
    from marker.domain.policy import Policy

HELP = """为每个文件建议密级，并给出文种、发布状态和依据。
Suggest a secrecy level (密级) for each file, with the evidence for it.

example:
  miji classify samples/
  miji classify 报告.pdf 工资表.docx --json"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "classify", parents=[common], help="建议密级 suggest a level for files",
        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help="文件或目录（递归）.pdf .docx .txt .md files or folders (walked recursively)")
    parser.add_argument("--json", action="store_true", help="每个文件一行 JSON (one JSON object per file per line)")
    parser.set_defaults(run=run)


EXTRA_FIELDS = ("category_label", "kind", "publication", "publication_label", "kind_evidence",
                "publication_evidence", "review_reasons")


def result_json(path: Path, suggestion: Any = None, error: MijiError | None = None,
                policy: Policy | None = None) -> dict[str, Any]:
    """The contract other tools rely on (DESIGN.md: `miji classify --json`), plus the Chinese labels and
    the document's kind and publication state with their sentences (added fields; ids unchanged)."""
    if error is not None or suggestion is None:
        return {"path": str(path), "level": None, "category": None, "confidence": None,
                "evidence": None, "period": None, "needs_review": None,
                "error": str(error.message if error else "unknown")} | dict.fromkeys(EXTRA_FIELDS)
    from marker.domain.labels import category_label, suggestion_labels

    labels = suggestion_labels(policy, suggestion) if policy is not None else {}
    return {
        "path": str(path), "level": suggestion.level, "category": suggestion.category,
        "confidence": suggestion.confidence,
        "evidence": [{"category": ev.category, "term": ev.term, "snippet": ev.snippet}
                     | ({"category_label": category_label(policy, ev.category)} if policy is not None else {})
                     for ev in suggestion.evidence],
        "period": suggestion.period, "needs_review": suggestion.needs_review, "error": None,
        "category_label": labels.get("category_label", suggestion.category),
        "kind": suggestion.kind, "publication": suggestion.publication,
        "publication_label": labels.get("publication_label", suggestion.publication),
        "kind_evidence": list(suggestion.kind_evidence),
        "publication_evidence": list(suggestion.publication_evidence),
        "review_reasons": list(suggestion.review_reasons),
    }


class _Suggester:
    """Suggestions from the running daemon's warm model when there is one (`marker.cli.warm`), else cold:
    a reader worker and the model loaded here, on first need."""

    def __init__(self, settings: Settings, policy: Policy) -> None:
        from marker.cli import warm

        self.settings, self.policy = settings, policy
        self.warm = warm.usable(settings)
        self.isolation: Any = None

    def __call__(self, path: Path) -> Any:
        if self.warm:
            from marker.cli import warm

            suggestion = warm.classify(self.settings, path)
            if suggestion is not None:
                return suggestion
            self.warm = False  # the daemon went away: the rest cold
        from marker.intake.suggest import suggest_for

        if self.isolation is None:
            from marker.worker.isolation import open_worker

            self.isolation = open_worker(self.settings)
        return suggest_for(self.isolation.read(path, self.settings.limits), self.policy,
                           workspace=self.settings.workspace)

    def close(self) -> None:
        if self.isolation is not None:
            self.isolation.close()


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table, progress
    from marker.reading.inputs import iter_inputs
    from marker.workspace import load_effective_policy

    policy = load_effective_policy(settings)
    files = list(iter_inputs(args.paths))
    if not files:
        raise MijiError("没有找到可分类的文件 (no .pdf/.docx/.txt files found)")
    status = ExitCode.OK
    done = 0
    rows: list[list[str]] = []
    bar = progress(len(files), "分类 classifying", quiet=args.json)
    if bar is not None:
        bar.start()
    suggest_one = _Suggester(settings, policy)
    try:
        for path in files:
            try:
                suggestion = suggest_one(path)
            except MijiError as exc:
                status = status or exc.exit_code
                if settings.debug:
                    traceback.print_exc(file=sys.stderr)
                if args.json:
                    print_json_line(result_json(path, error=exc, policy=policy))
                else:
                    print(f"miji: {exc}", file=sys.stderr)
                continue
            finally:
                if bar is not None:
                    bar.advance(bar.task_ids[0])
            done += 1
            if args.json:
                print_json_line(result_json(path, suggestion, policy=policy))
            else:
                rows.append(_human_row(path, suggestion, policy))
    finally:
        suggest_one.close()
        if bar is not None:
            bar.stop()
    if rows:
        print_table(None, ["文件 file", "密级 level", "类别 category", "文种 kind", "置信度 confidence",
                           "依据 evidence"], rows)
    failed = status != ExitCode.OK
    return int(ExitCode.PARTIAL if failed and done else status)


def kind_text(suggestion: Any) -> str:
    """`通知 · 已发布`: the document's kind and publication state in Chinese."""
    from marker.domain.labels import publication_label

    parts = [suggestion.kind, publication_label(suggestion.publication)]
    return " · ".join(part for part in parts if part) or "—"


def deciding_sentences(suggestion: Any, count: int = 2) -> list[str]:
    """The sentences that decided the kind and the publication state (kind first), without repeats."""
    seen: list[str] = []
    for sentence in (*suggestion.kind_evidence, *suggestion.publication_evidence):
        if sentence and sentence not in seen:
            seen.append(sentence)
    return seen[:count]


def content_evidence(suggestion: Any, count: int) -> list[Any]:
    """The strongest evidence from the content (the kind and state are shown by their sentences)."""
    found = [ev for ev in suggestion.strongest(len(suggestion.evidence))
             if not ev.term.startswith(("文种:", "发布状态:"))]
    return found[:count]


def _human_row(path: Path, suggestion: Any, policy: Policy) -> list[str]:
    from marker.domain.labels import WHERE_ZH, category_label, term_label

    words = "；".join(f"{term_label(ev.term)}（{WHERE_ZH.get(ev.where, ev.where)}）「{ev.snippet[:24]}」"
                     for ev in content_evidence(suggestion, 2))
    why = "；".join(f"「{sentence[:40]}」" for sentence in deciding_sentences(suggestion, 1))
    evidence = "；".join(part for part in (why, words) if part)
    if suggestion.needs_review:
        evidence = "需人工确认: " + " ".join(suggestion.review_reasons) + (f"；{evidence}" if evidence else "")
    level = suggestion.level + (" ?" if suggestion.needs_review else "")
    return [str(path), level, category_label(policy, suggestion.category) or "—", kind_text(suggestion),
            f"{suggestion.confidence:.2f}", evidence]
