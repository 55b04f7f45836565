"""印前检查: upload a job's PDFs, see the HTML report (`preflight.report_html`), take the numbered
print-ready copies. The upload is only stored here; every byte of it is read by the limited worker
(`preflight.job.run_job`), as `miji preflight` reads a job."""

from __future__ import annotations

import re
import secrets
import shutil
from pathlib import Path
from urllib.parse import quote

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.atomic import write_bytes_atomic
from marker.console.approvals import parse_count
from marker.console.web import back, console_of, page, render
from marker.domain.naming import sidecar_name
from marker.errors import TooLargeInput, UsageError
from marker.intake.names import name_problem, safe_name
from marker.ledger.people import Person
from marker.preflight import order as orders
from marker.preflight.job import run_job
from marker.preflight.report_html import render_report

_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
OWNER = "owner.txt"


def jobs_folder(request: Request) -> Path:
    return console_of(request).layout.root / "console" / "preflight"


def form_page(request: Request, person: Person, form: FormData | None) -> Response:
    return render(request, "preflight.html", person, job=None,
                  max_mb=console_of(request).settings.console.max_upload_mb)


def _uploads(form: FormData | None, limit: int) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for value in form.getlist("files") if form is not None else []:
        if not isinstance(value, UploadFile) or not value.filename:
            continue
        data = value.file.read(limit + 1)
        if len(data) > limit:
            raise TooLargeInput(f"上传文件超过 {limit // (1024 * 1024)} MB (upload over the limit)")
        name = Path(value.filename.replace("\\", "/")).name
        name = safe_name(name) if not name or name_problem(name) else name
        suffix = Path(name).suffix if len(Path(name).suffix) <= 10 else ""
        found.append((sidecar_name(name.removesuffix(suffix), suffix), data))  # under the 255-byte limit
    if not found:
        raise UsageError("请选择至少一个 PDF 印件 (choose at least one PDF)")
    return found


def do_check(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    limit = console.settings.console.max_upload_mb * 1024 * 1024
    files = _uploads(form, limit)
    copies = parse_count(str(form.get("copies") or "1") if form is not None else "1", "印数")
    if copies < 1:
        raise UsageError("印数必须至少为 1 (copies must be at least 1)")
    job_id = secrets.token_urlsafe(18)
    folder = jobs_folder(request) / job_id
    paths: list[Path] = []
    wants_ready = form is not None and form.get("print_ready") == "1"
    order = orders.default_order(requester=person.name, job="", copies=copies)
    try:
        for index, (name, data) in enumerate(files):
            path = folder / "job" / (name if name not in {p.name for p in paths} else f"{index}-{name}")
            write_bytes_atomic(path, data, mode=0o600)
            paths.append(path)
        write_bytes_atomic(folder / OWNER, person.name.encode("utf-8"), mode=0o600)
        result = run_job(paths, policy=console.policy(), ledger=console.ledger, worker=console.worker(), order=order,
                         shop=orders.IN_HOUSE, verifier=person.name, workspace=console.settings.workspace,
                         limits=console.settings.limits, print_ready=folder / "印件.pdf" if wants_ready else None)
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(folder / "job", ignore_errors=True)  # the uploaded bytes are not kept
    write_bytes_atomic(folder / "report.html", render_report(result).encode("utf-8"), mode=0o600)
    summary = f"{'通过' if result.passed else '不通过'}|{result.counts['error']}|{result.counts['warning']}"
    write_bytes_atomic(folder / "summary.txt", summary.encode("utf-8"), mode=0o600)
    return back(f"/preflight/job/{job_id}")


def _job(request: Request, person: Person) -> Path:
    job_id = request.path_params["job"]
    folder = jobs_folder(request) / job_id
    owner = folder / OWNER
    if not _JOB_ID.match(job_id) or not owner.is_file() or owner.read_text(encoding="utf-8") != person.name:
        raise UsageError("没有这项印前检查 (no such pre-flight job)")
    return folder


def job_page(request: Request, person: Person, form: FormData | None) -> Response:
    folder = _job(request, person)
    verdict, errors, warnings = (folder / "summary.txt").read_text(encoding="utf-8").split("|")
    return render(request, "preflight.html", person, job=folder.name, verdict=verdict, errors=errors,
                  warnings=warnings, ready=(folder / "印件.pdf").is_file(),
                  max_mb=console_of(request).settings.console.max_upload_mb)


def report(request: Request, person: Person, form: FormData | None) -> Response:
    """The report as the CLI writes it; it carries its own styles, so it gets its own, stricter CSP."""
    folder = _job(request, person)
    return Response((folder / "report.html").read_bytes(), media_type="text/html; charset=utf-8",
                    headers={"Content-Security-Policy": REPORT_CSP})


def ready(request: Request, person: Person, form: FormData | None) -> Response:
    path = _job(request, person) / "印件.pdf"
    if not path.is_file():
        raise UsageError("这项检查没有生成印件 (no print-ready copies for this job)")
    return Response(path.read_bytes(), media_type="application/pdf",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(path.name)}"})


routes = [
    Route("/preflight", page(form_page)),
    Route("/preflight", page(do_check, fallback="/preflight"), methods=["POST"]),
    Route("/preflight/job/{job}", page(job_page)),
    Route("/preflight/job/{job}/report", page(report)),
    Route("/preflight/job/{job}/ready", page(ready)),
]
