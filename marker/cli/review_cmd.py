"""`miji review list|show|accept|reject`: a person finishes what the daemon queued."""

from __future__ import annotations

import argparse
import json
from typing import Any

from marker.settings import Settings

HELP = """守护进程无法自行标密的文稿在 review/ 中等待人工确认：接受建议（或给出密级），或说明原因退回。
Drafts the daemon could not mark on its own wait in review/ with the suggestion and the
evidence. Accept one (with the suggested level, or your own) or reject it with a reason.

example:
  miji review list
  miji review show 年度预算.docx
  miji review accept 年度预算.docx --level 机密 --period 10年
  miji review reject 旧稿.pdf --reason 重复提交"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("review", parents=[common], help="待确认 drafts waiting for a person",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="待确认列表 what waits in review/")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", parents=[common], help="查看建议与依据 the suggestion and evidence for one file")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="原始报告 the raw .suggestion.json report")
    show.set_defaults(run=run_show)
    accept = actions.add_parser("accept", parents=[common], help="确认并标密 mark it (the suggestion or --level)")
    accept.add_argument("file", metavar="FILE")
    accept.add_argument("--level")
    accept.add_argument("--period")
    accept.add_argument("--by", metavar="NAME", help="决定人 who decides (default: MIJI_USER or login)")
    accept.add_argument("--json", action="store_true", help="一行 JSON one JSON object: registry, level, folder")
    accept.set_defaults(run=run_accept)
    reject = actions.add_parser("reject", parents=[common], help="退回并说明原因 send it back with a reason")
    reject.add_argument("file", metavar="FILE")
    reject.add_argument("--reason", required=True)
    reject.add_argument("--by", metavar="NAME")
    reject.set_defaults(run=run_reject)


def _context(settings: Settings) -> Any:
    from marker.intake.pipeline import Context

    return Context.of(settings)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.intake.review import pending

    ctx = _context(settings)
    try:
        items = pending(ctx)
        policy = ctx.policy
    finally:
        ctx.worker.close()
        ctx.ledger.close()
    if args.json:
        for item in items:
            suggestion = item.report.get("suggestion") or {}
            print_json_line({"file": item.path.name, "suggested": item.suggested_level,
                             "reason": item.report.get("reason")} | _labelled(suggestion, policy))
        return 0
    rows = []
    for item in items:
        suggestion = item.report.get("suggestion") or {}
        labelled = _labelled(suggestion, policy)
        rows.append([item.path.name, item.suggested_level or "—", labelled["category_label"] or "—",
                     _kind_text(labelled), suggestion.get("period") or "—", _confidence(suggestion),
                     item.report.get("reason", "")])
    print_table(f"待确认 review ({len(items)})", ["文件 file", "建议密级 level", "类别 category", "文种 kind",
                                                "保密期限 period", "置信度", "原因 reason"], rows)
    if items:
        print(f"查看依据 see why:   miji review show {_quoted(items[0].path.name)}")
        print(f"确认 accept:        {accept_command(items[0].path.name, _who(settings))} [--level 密级]")
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from marker.intake.review import find_pending

    ctx = _context(settings)
    try:
        item = find_pending(ctx, args.file)
        policy = ctx.policy
    finally:
        ctx.worker.close()
        ctx.ledger.close()
    if args.json:
        print(json.dumps(item.report, ensure_ascii=False, indent=2))
        return 0
    _print_card(item, policy, _who(settings))
    return 0


def _labelled(suggestion: dict[str, Any], policy: Any) -> dict[str, Any]:
    """The suggestion's ids with their Chinese labels (older reports carry no labels: derive them)."""
    from marker.domain.labels import category_label, publication_label

    category = suggestion.get("category")
    return {"level": suggestion.get("level"), "category": category,
            "category_label": suggestion.get("category_label") or category_label(policy, category),
            "kind": suggestion.get("kind"), "publication": suggestion.get("publication"),
            "publication_label": (suggestion.get("publication_label")
                                  or publication_label(suggestion.get("publication"))),
            "period": suggestion.get("period"), "confidence": suggestion.get("confidence"),
            "needs_review": suggestion.get("needs_review")}


def _kind_text(labelled: dict[str, Any]) -> str:
    return " · ".join(part for part in (labelled["kind"], labelled["publication_label"]) if part) or "—"


def _confidence(suggestion: dict[str, Any]) -> str:
    value = suggestion.get("confidence")
    return f"{value:.2f}" if isinstance(value, int | float) else "—"


def _quoted(name: str) -> str:
    """Quoted for the shell only when it must be: Chinese names are pasted as they are."""
    import re
    import shlex

    return shlex.quote(name) if re.search(r"[\s'\"\\$`!*?&;|<>()\[\]{}#~]", name) else name


def _who(settings: Settings) -> str:
    """The name to put in the printed command: MIJI_USER when set, else a placeholder (never the login)."""
    return settings.marked_by or "姓名"


def accept_command(name: str, who: str, level: str | None = None) -> str:
    """The exact command that accepts the suggestion (or, with `level`, changes it)."""
    command = f"miji review accept {_quoted(name)} --by {_quoted(who)}"
    return command + (f" --level {level}" if level else "")


def highlighted(snippet: str, terms: list[str]) -> Any:
    """The snippet with the matched words in bold red (rich drops the style when piped)."""
    from rich.text import Text

    text = Text(snippet)
    text.highlight_words([term for term in terms if term], style="bold red")
    return text


def _print_card(item: Any, policy: Any, who: str) -> None:
    """One draft as a reviewer reads it: the suggestion, why, and the commands to finish it."""
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from marker.domain.labels import WHERE_ZH, category_label, term_label

    report = item.report
    suggestion = report.get("suggestion") or {}
    labelled = _labelled(suggestion, policy)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    level = labelled["level"] or "—"
    if labelled["needs_review"]:
        level += "（需人工确认 needs review）"
    for label, value in (("文件 file", item.path.name), ("建议密级 level", level),
                         ("类别 category", f"{labelled['category_label'] or '—'}"
                                         + (f" ({labelled['category']})" if labelled["category"] else "")),
                         ("文种 kind", _kind_text(labelled)), ("保密期限 period", labelled["period"] or "—"),
                         ("置信度 confidence", _confidence(suggestion)), ("原因 reason", report.get("reason") or "—")):
        facts.add_row(label, Text(str(value)))
    parts: list[Any] = [facts]
    reasons = suggestion.get("review_reasons") or []
    if reasons:
        parts.append(Text("需人工确认的原因：" + "；".join(reasons), style="yellow"))
    decided = [("文种依据 why this kind", suggestion.get("kind_evidence") or []),
               ("发布状态依据 why this state", suggestion.get("publication_evidence") or [])]
    for title, sentences in decided:
        if sentences:
            parts.append(Text(title, style="bold"))
            parts += [Text.assemble("  「", highlighted(sentence, []), "」") for sentence in sentences[:3]]
    evidence = [ev for ev in suggestion.get("evidence") or [] if not str(ev.get("term", "")).startswith(
        ("文种:", "发布状态:"))]
    if evidence:
        parts.append(Text("依据 evidence（匹配的词已标出 matched words highlighted）", style="bold"))
        for ev in evidence[:8]:
            where = WHERE_ZH.get(ev.get("where", ""), ev.get("where", ""))
            label = category_label(policy, ev.get("category"))
            head = f"  {term_label(ev.get('term', ''))}（{'，'.join(filter(None, (label, where)))}）"
            parts.append(Text.assemble(head, "「", highlighted(ev.get("snippet", ""), [ev.get("term", "")]), "」"))
    names = [rule.name for rule in policy.levels]
    rank = names.index(labelled["level"]) if labelled["level"] in names else len(names)
    other = names[rank - 1] if rank > 0 else names[min(1, len(names) - 1)]  # most corrections are one level down
    commands = Text("\n".join((
        "接受建议 accept:        " + accept_command(item.path.name, who),
        "改定密级 change level:  " + accept_command(item.path.name, who, other)
        + "    # 可选 levels: " + "/".join(names),
        "退回 reject:            " + f"miji review reject {_quoted(item.path.name)} --by {_quoted(who)} --reason 原因",
    )))
    parts += [Text("命令 commands", style="bold"), commands]
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)
    console.print(Panel(Group(*parts), title=f"待确认 {item.path.name}", expand=False))


def run_accept(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli import warm
    from marker.workspace import current_user

    by = args.by or current_user(settings)
    done = (warm.review_accept(settings, file=args.file, level=args.level, period=args.period, by=by)
            if warm.usable(settings) else None)
    if done is None:  # no running daemon: cold, in this process
        from marker.cli.credentials import authenticated
        from marker.intake.review import accept

        ctx = _context(settings)
        try:
            person = authenticated(ctx.ledger, settings, by, action="review_accept")
            result = accept(ctx, args.file, level=args.level, period=args.period, by=person.name, role=person.role)
        finally:
            ctx.worker.close()
            ctx.ledger.close()
        done = {"file": result.name, "registry": result.registry, "level": result.level,
                "destination": str(result.destination)}
    if args.json:
        from marker.cli.output import print_json_line

        print_json_line(done)
        return 0
    print(f"已标密 marked: {done['file']} → {done['registry']}（{done['level']}），副本在 {done['destination']}")
    return 0


def run_reject(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.intake.review import reject
    from marker.workspace import current_user

    ctx = _context(settings)
    person = authenticated(ctx.ledger, settings, args.by or current_user(settings), action="review_reject")
    target = reject(ctx, args.file, reason=args.reason, by=person.name)
    print(f"已退回 rejected: {target}")
    return 0
