"""发放: issue numbered copies under an approval (`intake.distribute.issue_registered`, as `miji copies
issue`), download an electronic copy once, recall (清退), destroy (销毁) with a witness who types their
own secret, and hand over (移交) with an inventory to print."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import date
from pathlib import Path
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.approvals import parse_date
from marker.console.auth import confirm_secret
from marker.console.web import back, client_of, console_of, flash, may_decide, page, render, secret, text
from marker.errors import RefusedError
from marker.intake.distribute import issue_registered, named_recipients
from marker.intake.recovery import copy_folders, inside
from marker.ledger.approvals import approvals
from marker.ledger.downloads import downloaded, record_download
from marker.ledger.people import Person
from marker.ledger.registers import (
    copies,
    destroy_copy,
    documents_named,
    handover,
    issued_counts,
    recall_copy,
    recent_documents,
    record_refusal,
    require_document,
    status_zh,
)

log = logging.getLogger(__name__)


def listing(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    ledger = console.ledger
    registry = request.query_params.get("registry", "").strip()
    if not registry:
        docs = recent_documents(ledger, 200)  # from the index: no fold of every copy ever issued
        return render(request, "copies.html", person, doc=None, docs=docs,
                      counts=issued_counts(ledger, (d.registry for d in docs)))
    policy = console.policy()
    record = require_document(ledger, registry)
    today = date.fromtimestamp(console.clock())
    records = [c for c in copies(ledger, registry) if c.status != "reserved"]
    rows = [{"record": c, "status": status_zh(c.status) + ("（逾期）" if c.overdue(today) else ""),
             "downloaded": c.medium == "electronic" and downloaded(ledger, registry, c.copy_no)} for c in records]
    return render(request, "copies.html", person, doc=record, rows=rows,
                  approvals=approvals(ledger, policy, registry) if policy.level(record.level).needs_approval else [],
                  medium=policy.medium(record.level), may=may_decide(policy, person, record.level), today=today)


def do_issue(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    registry = text(form, "registry")
    names = named_recipients([n for n in re.split(r"[,，、;\s]+", text(form, "recipients")) if n] or [""])
    policy = console.policy()
    record = require_document(console.ledger, registry)
    result = issue_registered(console.ledger, console.worker(), policy, registry=registry, recipients=names,
                              out_dir=console.layout.destination(policy, record.level, registry=registry),
                              actor=person.name, under_approval=True,
                              recall_by=parse_date(text(form, "recall_by"), "清退期限"),
                              today=date.fromtimestamp(console.clock()), limits=console.settings.limits)
    numbers = "、".join(f"第 {c.copy_no} 份（{c.recipient}）" for c in result.copies)
    flash(request, f"已发放 {registry}：{numbers}" + ("；绝密文件仅限纸质，请打印后删除电子文件"
                                                  if result.medium == "paper" else ""))
    return back(f"/copies?registry={quote(registry)}")


def do_recall(request: Request, person: Person, form: FormData | None) -> Response:
    record = recall_copy(console_of(request).ledger, text(form, "registry"), text(form, "copy_no"), actor=person.name)
    flash(request, f"{record.registry} 第 {record.copy_no} 份：{status_zh(record.status)}")
    return back(f"/copies?registry={quote(record.registry)}")


def do_destroy(request: Request, person: Person, form: FormData | None) -> Response:
    ledger = console_of(request).ledger
    registry = text(form, "registry")
    witness = confirm_secret(request, person, text(form, "witness"), secret(form, "witness_secret"),
                             action="witness", registry=registry)
    record = destroy_copy(ledger, registry, text(form, "copy_no"), actor=person.name, witness=witness.name)
    flash(request, f"{record.registry} 第 {record.copy_no} 份：{status_zh(record.status)}（监销人 {witness.name}）")
    return back(f"/copies?registry={quote(registry)}")


def do_download(request: Request, person: Person, form: FormData | None) -> Response:
    """Once per copy, by its holder or by someone whose role covers the level; the file must still
    be the bytes that were issued."""
    console = console_of(request)
    ledger = console.ledger
    registry, copy_no = text(form, "registry"), text(form, "copy_no")
    policy = console.policy()
    document = require_document(ledger, registry)
    holder = next((c.holder for c in copies(ledger, registry, copy_no=copy_no)), None)
    if holder != person.name and not may_decide(policy, person, document.level):
        reason = f"{person.name} 不是第 {copy_no} 份的持有人，无权下载 (only the holder may download)"
        record_refusal(ledger, action="download", reason=reason, actor=person.name, registry=registry, copy_no=copy_no)
        raise RefusedError(reason)
    issued = next((c for c in copies(ledger, registry, copy_no=copy_no)), None)
    if issued is None or not issued.path or not inside(Path(issued.path), copy_folders(console.layout)):
        # the console serves only the workspace's own copy folders, whatever a ledger row names
        raise RefusedError(f"第 {copy_no} 份不在工作区的副本目录中，不能在此下载 (not in the workspace's copy folders)")
    record = record_download(ledger, registry, copy_no, actor=person.name, client=client_of(request))
    path = Path(record.path or "")
    data = path.read_bytes() if path.is_file() else b""
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise RefusedError(f"第 {copy_no} 份的文件不在或已被改动，不能下载 (the issued file is missing or changed)")
    log.info("下载副本 %s/%s，%s (download)", registry, copy_no, person.name)
    return Response(data, media_type="application/octet-stream", headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(path.name)}"})


def do_handover(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    ledger = console.ledger
    giver = confirm_secret(request, person, text(form, "source"), secret(form, "source_secret"), action="handover")
    taker = confirm_secret(request, person, text(form, "target"), secret(form, "target_secret"), action="handover")
    moved = handover(ledger, source=giver.name, target=taker.name, actor=person.name)
    titles = {r: d for r, d in documents_named(ledger, (c.registry for c in moved)).items() if d.status == "registered"}
    inventory = [{"record": c, "title": titles[c.registry].title if c.registry in titles else "",
                  "level": titles[c.registry].level if c.registry in titles else ""} for c in moved]
    return render(request, "handover.html", person, giver=giver.name, taker=taker.name, inventory=inventory,
                  when=date.fromtimestamp(console.clock()).isoformat())


def handover_form(request: Request, person: Person, form: FormData | None) -> Response:
    return render(request, "handover.html", person, giver=None, inventory=None)


routes = [
    Route("/copies", page(listing)),
    Route("/copies/issue", page(do_issue, fallback="/copies"), methods=["POST"]),
    Route("/copies/recall", page(do_recall, fallback="/copies"), methods=["POST"]),
    Route("/copies/destroy", page(do_destroy, fallback="/copies"), methods=["POST"]),
    Route("/copies/download", page(do_download, fallback="/copies"), methods=["POST"]),
    Route("/handover", page(handover_form)),
    Route("/handover", page(do_handover, fallback="/handover"), methods=["POST"]),
]
