"""One print-ready PDF holding every approved paper copy, each with its own 份号 from the ledger.

This is how 绝密 documents leave the system (on paper only): the copies are reserved under an
approval in one ledger transaction (so two print rooms cannot overrun it), stamped from the
registered original, joined into one file written atomically, then each is marked issued with its
own SHA-256. A failure voids every copy not yet issued, so no 份号 is left dangling.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marker.domain.policy import Policy
from marker.errors import NotApproved, UsageError
from marker.ledger.approvals import usable_approval
from marker.ledger.registers import complete_copy, record_refusal, require_document, reserve_copies, void_copy
from marker.ledger.store import Ledger

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


def make_print_ready(ledger: Ledger, policy: Policy, *, registries: list[str], count: int, out: Path,
                     recipient: str | None, actor: str, today: date | None = None) -> PrintReady:
    """Reserve `count` paper copies of each document, stamp and join them into `out`."""
    import pymupdf

    from marker.domain.marks import CopyFacts
    from marker.intake.issuing import facts_from_record, original_file
    from marker.render.pdf import PdfStamper

    if count < 1:
        raise UsageError("份数必须至少为 1 (copies must be at least 1)")
    day = today or date.today()
    sources = []
    for registry in registries:
        record = require_document(ledger, registry)
        payload = ledger.events("kind = 'document_registered' AND registry = ?", (registry,))[0].payload
        source = original_file(record, payload)
        if source.suffix.lower() != ".pdf":
            raise UsageError(f"{registry} 的原件不是 PDF，无法生成印件 (print-ready needs a PDF original)")
        sources.append((registry, record, payload, source))
    reserved: list[tuple[str, str]] = []
    try:
        with ledger.transaction():
            for registry, record, _, _ in sources:
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
        combined = pymupdf.open()
        made: list[PrintCopy] = []
        with tempfile.TemporaryDirectory(prefix="miji-print-") as scratch:
            for registry, record, payload, source in sources:
                with PdfStamper(source, facts_from_record(record, payload, policy)) as stamper:
                    for reg, number in reserved:
                        if reg != registry:
                            continue
                        part = Path(scratch) / f"{registry}-{number}.pdf"
                        digest = stamper.write_copy(CopyFacts(number, recipient), part)
                        start = combined.page_count + 1
                        with pymupdf.open(part) as piece:
                            combined.insert_pdf(piece)
                        made.append(PrintCopy(registry, number, digest, start))
            data = combined.tobytes(garbage=3, deflate=True)
            combined.close()
        from marker.atomic import write_bytes_atomic

        write_bytes_atomic(out, data, overwrite=False)
        for copy in made:
            complete_copy(ledger, copy.registry, copy.copy_no, sha256=copy.sha256, path=out, actor=actor)
            issued.add((copy.registry, copy.copy_no))
    except BaseException:
        for registry, number in reserved:
            if (registry, number) not in issued:
                with contextlib.suppress(Exception):
                    void_copy(ledger, registry, number, reason="印件生成失败 (print-ready failed)", actor=actor)
        raise
    log.info("print-ready %s: %d copies", out.name, len(made))
    return PrintReady(out, hashlib.sha256(data).hexdigest(), tuple(made))
