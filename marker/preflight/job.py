"""One print job from start to record, as `miji preflight` and the console's 印前检查 run it: check,
then on a pass the numbered paper copies (when asked) and the 承印登记 entry."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from marker.domain.policy import Policy
from marker.errors import UsageError
from marker.ledger.store import Ledger
from marker.preflight import PreflightResult, preflight, record_job
from marker.preflight.order import Order, Shop
from marker.preflight.print_ready import PrintReady, make_print_ready
from marker.settings import Limits
from marker.worker.isolation import Reader


def run_job(paths: list[Path], *, policy: Policy, ledger: Ledger, worker: Reader, order: Order, shop: Shop,
            verifier: str, workspace: Path | None, limits: Limits | None, print_ready: Path | None = None
            ) -> PreflightResult:
    result = preflight(paths, policy=policy, ledger=ledger, order=order, shop=shop, verifier=verifier,
                       worker=worker, workspace=workspace, limits=limits, print_ready=print_ready is not None)
    if not result.passed:
        return result
    ready = None
    if print_ready is not None:
        ready = print_ready_for(ledger, worker, policy, result, print_ready, verifier=verifier, limits=limits)
    return replace(result, recorded=record_job(ledger, result, policy, ready), print_ready=ready)


def print_ready_for(ledger: Ledger, worker: Reader, policy: Policy, result: PreflightResult, out: Path, *,
                    verifier: str, limits: Limits | None) -> PrintReady:
    """The approved paper copies of a passing job's registered documents, each with its own 份号."""
    registries = []
    for job in result.files:
        if job.mark is None or not job.mark.registry:
            raise UsageError(f"{job.name} 未登记，不能生成逐份编号的印件 (--print-ready needs registered copies)")
        registries.append(job.mark.registry)
    return make_print_ready(ledger, worker, policy, registries=list(dict.fromkeys(registries)),
                            count=result.order.copies, out=out, recipient=result.order.requester or None,
                            actor=verifier, today=result.checked_on, limits=limits)
