"""Re-marking whole archives (`miji remark`): when a policy changes or secrecy periods run out.

`plan` decides one action per file, `rewrite_pdf` / `rewrite_docx` strike the old mark and write
the new one beside it, `run` walks an archive in parallel with a journal so it can resume.
"""

from __future__ import annotations

from marker.remark.plan import ACTIONS, Plan, RemarkOptions
from marker.remark.run import Report, RunConfig, run_remark

__all__ = ["ACTIONS", "Plan", "RemarkOptions", "Report", "RunConfig", "run_remark"]
