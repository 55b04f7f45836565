"""The shipped samples get the level and category their README promises, with evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marker.domain.policy import default_policy
from marker.intake.suggest import suggest_for
from marker.reading.documents import read

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROW = re.compile(r"^\| `([^`]+)` \| [^|]+ \| (公开|内部|秘密|机密|绝密) \| (\w+) \|", re.MULTILINE)
PROMISES = ROW.findall((SAMPLES / "README.md").read_text(encoding="utf-8"))


def test_the_readme_promises_every_level_in_all_three_formats():
    assert len(PROMISES) >= 8
    assert {level for _, level, _ in PROMISES} == {"公开", "内部", "秘密", "机密", "绝密"}
    assert {Path(name).suffix for name, _, _ in PROMISES} == {".pdf", ".docx", ".txt"}


@pytest.mark.parametrize(("name", "level", "category"), PROMISES, ids=[p[0] for p in PROMISES])
def test_sample_gets_the_promised_level_and_category(name: str, level: str, category: str):
    suggestion = suggest_for(read(SAMPLES / name), default_policy(), workspace=None)
    assert (suggestion.level, suggestion.category) == (level, category)
    assert not suggestion.needs_review
    assert any(ev.category == category for ev in suggestion.evidence), suggestion.evidence
