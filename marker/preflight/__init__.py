"""Pre-flight (印前检查): a job is checked before it goes to press, and a passing job is recorded.

Checks run over facts gathered once per file (marker.preflight.rules); the verdict is "pass" when
no finding is an error. A passing job becomes a 承印登记 entry (`print_job_verified`) whose
credentials are kept until `retain_until` (regulation 1: verified documents kept 2 years).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marker.errors import UnsupportedInput
from marker.preflight.order import Order, Shop
from marker.preflight.rules import (
    ERROR,
    WARNING,
    Context,
    Finding,
    JobFile,
    check_content,
    check_credentials,
    check_ledger,
    check_marks,
    check_printer,
    check_quality,
    job_level,
)

if TYPE_CHECKING:
    from marker.domain.policy import Policy
    from marker.ledger.store import Ledger
    from marker.preflight.print_ready import PrintReady
    from marker.settings import Limits
    from marker.worker.isolation import Reader

__all__ = ["PreflightResult", "preflight", "record_job", "result_json"]

# The formats a print room takes; sheets, slides and OFD pages are checked for their marks and
# registration (print quality is judged on fixed pages only: PDF and OFD).
PRINTABLE = (".pdf", ".xlsx", ".pptx", ".ofd")


@dataclass(frozen=True, slots=True)
class PreflightResult:
    job: str
    order: Order
    shop: Shop
    files: tuple[JobFile, ...]
    findings: tuple[Finding, ...]
    level: str | None
    verifier: str
    checked_on: date
    recorded: int | None = None
    print_ready: PrintReady | None = field(default=None)

    @property
    def passed(self) -> bool:
        return not any(f.severity == ERROR for f in self.findings)

    @property
    def verdict(self) -> str:
        return "pass" if self.passed else "fail"

    @property
    def counts(self) -> dict[str, int]:
        return {sev: sum(1 for f in self.findings if f.severity == sev) for sev in (ERROR, WARNING)}


def read_job_file(path: Path, worker: Reader, limits: Limits | None) -> tuple[JobFile, Any]:
    """The file's Document (edge pages: enough for the mark), its page facts, and — only when it
    carries no mark — the full text the classifiers need. All of it read in the limited worker."""
    suffix = path.suffix.lower()
    if suffix not in PRINTABLE:
        raise UnsupportedInput("印前检查接受 PDF、XLSX、PPTX 和 OFD 印件 (pre-flight takes PDF, XLSX, PPTX and OFD "
                               "files)", path=path)
    document = worker.read(path, limits, full_text=False)
    full = None
    if document.existing_mark is None:
        full = document if document.page_count <= len(document.blocks) else worker.read(path, limits, full_text=True)
    if suffix == ".pdf":
        return JobFile(path, document, worker.inspect_pdf(path)), full
    from marker.reading.print_facts import page_facts

    return JobFile(path, document, worker.run(page_facts, str(path), path=path)), full


def preflight(paths: list[Path], *, policy: Policy, ledger: Ledger, order: Order, shop: Shop, verifier: str,
              worker: Reader, workspace: Path | None, today: date | None = None, limits: Limits | None = None,
              print_ready: bool = False) -> PreflightResult:
    """Every rule group over every file; nothing is written."""
    day = today or date.today()
    ctx = Context(policy=policy, order=order, shop=shop, today=day, print_ready=print_ready, workspace=workspace)
    files: list[JobFile] = []
    findings: list[Finding] = []
    for path in paths:
        job, full = read_job_file(Path(path), worker, limits)
        files.append(job)
        findings += check_marks(job, ctx)
        findings += check_ledger(job, ctx, ledger)
        findings += check_content(job, ctx, full)
        if job.document.kind in ("pdf", "ofd"):
            findings += check_quality(job, ctx)
    findings += check_printer(files, ctx)
    findings += check_credentials(ctx)
    name = order.job or "、".join(p.name for p in paths)
    return PreflightResult(job=name, order=order, shop=shop, files=tuple(files), findings=tuple(findings),
                           level=job_level(files, policy), verifier=verifier, checked_on=day)


def approval_use(ledger: Ledger, policy: Policy, result: PreflightResult) -> list[dict[str, Any]]:
    """The prints this job takes from each document's approval (a refusal if one no longer has them)."""
    from marker.ledger.approvals import usable_approval
    from marker.ledger.registers import document

    uses: list[dict[str, Any]] = []
    for registry in sorted({f.mark.registry for f in result.files if f.mark and f.mark.registry}):
        record = document(ledger, registry)
        if record is None or not policy.level(record.level).needs_approval:
            continue
        approval = usable_approval(ledger, policy, registry, result.order.copies, result.checked_on)
        uses.append({"registry": registry, "approval": approval.id, "copies": result.order.copies})
    return uses


def record_job(ledger: Ledger, result: PreflightResult, policy: Policy,
               print_ready: PrintReady | None = None) -> int:
    """The 承印登记 entry of a passing job; returns its event number."""
    order = result.order
    day = result.checked_on
    try:
        retain = day.replace(year=day.year + policy.credential_retention_years)
    except ValueError:  # 29 February
        retain = day.replace(year=day.year + policy.credential_retention_years, day=28)
    registries = sorted({f.mark.registry for f in result.files if f.mark and f.mark.registry})
    payload: dict[str, Any] = {
        "job": result.job, "requester": order.requester, "department": order.department,
        "category": order.category, "copies": order.copies, "printer": result.shop.name,
        "credentials": [c.label() for c in order.credentials], "retain_until": retain.isoformat(),
        "verifier": result.verifier, "level": result.level, "supervised": order.supervised,
        "supervisor": order.supervisor, "warnings": result.counts[WARNING],
        "files": [{"name": f.name, "sha256": f.document.sha256, "pages": f.document.page_count,
                   "registry": f.mark.registry if f.mark else None,
                   "copy_no": f.mark.copy_number if f.mark else None} for f in result.files],
    }
    if print_ready is not None:
        payload["print_ready"] = {"path": str(print_ready.path.absolute()), "sha256": print_ready.sha256,
                                  "copies": [f"{c.registry}/{c.copy_no}" for c in print_ready.copies]}
    with ledger.transaction():  # the approval check and its use are one step: two print rooms cannot overrun it
        if print_ready is None:
            payload["approval_use"] = approval_use(ledger, policy, result)
        event = ledger.append("print_job_verified", payload,
                              registry=registries[0] if len(registries) == 1 else None, actor=result.verifier)
    return event.seq


def result_json(result: PreflightResult) -> dict[str, Any]:
    order, shop = result.order, result.shop
    ready = result.print_ready
    return {
        "job": result.job, "verdict": result.verdict, "passed": result.passed, "counts": result.counts,
        "level": result.level, "checked_on": result.checked_on.isoformat(), "verifier": result.verifier,
        "order": {"requester": order.requester, "department": order.department, "category": order.category,
                  "copies": order.copies, "supervised": order.supervised, "supervisor": order.supervisor,
                  "ad_agency": order.ad_agency},
        "printer": {"name": shop.name, "qualification": shop.qualification, "designated": shop.designated,
                    "subcontracts": shop.subcontracts, "in_house": shop.in_house},
        "credentials": [{"type": c.type, "number": c.number, "issuer": c.issuer, "date": c.date.isoformat(),
                         "expires": c.expires.isoformat() if c.expires else None,
                         "scan": str(c.scan) if c.scan else None} for c in order.credentials],
        "files": [{"path": str(f.path), "sha256": f.document.sha256, "pages": f.document.page_count,
                   "level": f.mark.level if f.mark else None, "registry": f.mark.registry if f.mark else None,
                   "copy_no": f.mark.copy_number if f.mark else None} for f in result.files],
        "findings": [f.as_dict() for f in result.findings],
        "recorded": result.recorded,
        "print_ready": None if ready is None else {
            "path": str(ready.path), "sha256": ready.sha256,
            "copies": [{"registry": c.registry, "copy_no": c.copy_no, "sha256": c.sha256,
                        "first_page": c.first_page} for c in ready.copies]},
    }
