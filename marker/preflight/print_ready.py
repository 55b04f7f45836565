"""One print-ready PDF holding every approved paper copy, each with its own 份号 from the ledger.

This is how 绝密 documents leave the system (on paper only): the copies are reserved under an
approval in one ledger transaction (so two print rooms cannot overrun it), stamped from the
registered original, joined into one file written atomically, then each is marked issued with its
own SHA-256. A failure voids every copy not yet issued, so no 份号 is left dangling.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marker.domain.marks import CopyFacts
from marker.domain.policy import Policy
from marker.errors import NotApproved, UsageError
from marker.intake.distribute import facts_from_record, original_file
from marker.ledger.approvals import usable_approval
from marker.ledger.registers import complete_copy, record_refusal, require_document, reserve_copies, void_copy
from marker.ledger.store import Ledger
from marker.settings import Limits
from marker.worker.isolation import Reader

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PrintCopy:
    registry: str
    copy_no: str
    sha256: str
    first_page: int  # 1-based page of the combined file where this copy starts


@dataclass(frozen=True, slots=True)
class PrintReady:
    path: Path
    sha256: str
    copies: tuple[PrintCopy, ...]


def make_print_ready(ledger: Ledger, worker: Reader, policy: Policy, *, registries: list[str], count: int,
                     out: Path, recipient: str | None, actor: str, today: date | None = None,
                     limits: Limits | None = None) -> PrintReady:
    """Reserve `count` paper copies of each document, stamp and join them into `out` (in the worker)."""
    if count < 1:
        raise UsageError("份数必须至少为 1 (copies must be at least 1)")
    day = today or date.today()
    sources = []
    for registry in registries:
        record = require_document(ledger, registry)
        source = original_file(record)
        if source.suffix.lower() != ".pdf":
            raise UsageError(f"{registry} 的原件不是 PDF，无法生成印件 (print-ready needs a PDF original)")
        sources.append((registry, record, source))
    reserved: list[tuple[str, str]] = []
    try:
        with ledger.transaction():
            for registry, record, _ in sources:
                approval = None
                if policy.level(record.level).needs_approval:
                    approval = usable_approval(ledger, policy, registry, count, day).id
                numbers = reserve_copies(ledger, registry, [recipient] * count, actor=actor, paths=[out] * count,
                                         approval=approval, medium="paper")
                reserved += [(registry, number) for number in numbers]
    except NotApproved as exc:
        record_refusal(ledger, action="print", reason=exc.message, actor=actor, registry=registries[0])
        raise
    issued: set[tuple[str, str]] = set()
    try:
        made: list[PrintCopy] = []
        parts: list[Path] = []
        with tempfile.TemporaryDirectory(prefix="miji-print-") as scratch:
            page = 1
            for registry, record, source in sources:
                document = worker.read(source, limits, full_text=False)
                stamper = worker.stamper(document, facts_from_record(record, policy))
                try:
                    numbers = [number for reg, number in reserved if reg == registry]
                    mine = [Path(scratch) / f"{registry}-{number}.pdf" for number in numbers]
                    digests = stamper.write_copies([(CopyFacts(number, recipient), part)
                                                    for number, part in zip(numbers, mine, strict=True)])
                    for number, part, digest in zip(numbers, mine, digests, strict=True):
                        made.append(PrintCopy(registry, number, digest, page))
                        parts.append(part)
                        page += document.page_count
                finally:
                    stamper.close()
            combined = worker.join_pdfs(parts, out)
        for copy in made:
            complete_copy(ledger, copy.registry, copy.copy_no, sha256=copy.sha256, path=out, actor=actor)
            issued.add((copy.registry, copy.copy_no))
    except BaseException:
        for registry, number in reserved:
            if (registry, number) not in issued:
                with contextlib.suppress(Exception):
                    void_copy(ledger, registry, number, reason="印件生成失败 (print-ready failed)", actor=actor)
        raise
    log.info("印件已生成 %s：%d 份 (print-ready)", out.name, len(made))
    return PrintReady(out, combined, tuple(made))
