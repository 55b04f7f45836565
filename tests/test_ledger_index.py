"""The ledger's lookup indexes: a ledger written before they existed gets them, registers unchanged.

The indexes are derived from the signed events (marker.ledger.index). An "old" ledger is built
through the real append path and then stripped of its side tables and index pointer, which is
exactly what Miji before the indexes left on disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from marker.ledger import index
from marker.ledger.store import Ledger
from tests.builders import make_docx
from tests.conftest import CliResult, json_lines
from tests.roster import staff
from tests.test_approvals_copies import WORKSPACE, approve, issue, mark

Cli = Callable[..., CliResult]
DB = Path(WORKSPACE) / "ledger.sqlite3"
KEY = Path(WORKSPACE) / "keys" / "ledger.key"
REGISTERS = ("发放", "审批", "销毁", "移交", "解密", "变更")


def busy_workspace(cli: Cli, monkeypatch: pytest.MonkeyPatch, folder: Path) -> dict[str, str]:
    """Documents at three levels with approvals, issued, recalled, destroyed, handed-over, voided,
    relevelled and declassified copies: every kind of event the indexes fold."""
    staff(Path(WORKSPACE))
    docs = {level: mark(cli, folder, level, f"报告{level}") for level in ("秘密", "机密", "绝密")}
    assert approve(cli, monkeypatch, docs["机密"], "王芳", 3)[0] == 0
    assert issue(cli, docs["机密"], "张三", "李四")[0] == 0
    assert issue(cli, docs["机密"], "王五", "赵六")[0] == 5  # one approved copy left: refused, recorded
    assert cli("copies", "recall", docs["机密"], "000002", "--by", "小陈")[0] == 0
    assert cli("copies", "destroy", docs["机密"], "000002", "--by", "小陈", "--witness", "王芳")[0] == 0
    assert cli("handover", "--from", "李四", "--to", "赵六")[0] == 0
    assert approve(cli, monkeypatch, docs["秘密"], "王芳", 2)[0] == 0
    assert cli("relevel", docs["秘密"], "--level", "秘密", "--period", "1年", "--reason", "范围缩小",
               "--by", "王芳")[0] == 0
    assert cli("relevel", docs["绝密"], "--declassify", "--reason", "已公开", "--by", "李总")[0] == 0
    return docs


def registers(cli: Cli, docs: dict[str, str]) -> dict[str, object]:
    """Everything a person reads from the registers, through the commands they use."""
    seen: dict[str, object] = {}
    for register in REGISTERS:
        code, out, err = cli("ledger", "export", "--format", "csv", "--register", register)
        assert code == 0, err
        seen[register] = out
    for args in ((), ("--outstanding",), *((r,) for r in docs.values())):
        code, out, err = cli("copies", "list", "--json", *args)
        assert code == 0, err
        seen[f"copies {args}"] = json_lines(out)
    for year in range(date.today().year, date.today().year + 31):
        code, out, err = cli("expiring", "--year", str(year), "--json")
        assert code == 0, err
        seen[f"expiring {year}"] = json_lines(out)
    return seen


def strip_indexes(conn: object, *, postgres: bool = False) -> None:
    """What a ledger written before the indexes looks like: events and meta only."""
    for table in index.TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")  # type: ignore[attr-defined]
    conn.execute("DELETE FROM meta WHERE key = 'index'")  # type: ignore[attr-defined]
    if not postgres:
        conn.commit()  # type: ignore[attr-defined]


def migration_keeps_every_register(cli: Cli, monkeypatch: pytest.MonkeyPatch, folder: Path,
                                   connect: Callable[[], object], url: str, *, postgres: bool = False) -> None:
    docs = busy_workspace(cli, monkeypatch, folder)
    before = registers(cli, docs)
    conn = connect()
    strip_indexes(conn, postgres=postgres)
    conn.close()  # type: ignore[attr-defined]

    # An interrupted build (killed after its first batch) resumes where it stopped.
    monkeypatch.setattr(index, "BATCH", 7)
    applied = {"n": 0}
    real_apply = index.apply

    def crash_after_a_batch(*args: object) -> None:
        applied["n"] += 1
        if applied["n"] > 10:
            raise KeyboardInterrupt  # the process killed mid-build
        real_apply(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "apply", crash_after_a_batch)
    with pytest.raises(KeyboardInterrupt):
        Ledger(url, bytes.fromhex(KEY.read_text()))
    monkeypatch.setattr(index, "apply", real_apply)
    conn = connect()
    pointer = conn.execute("SELECT value FROM meta WHERE key = 'index'").fetchone()  # type: ignore[attr-defined]
    conn.close()  # type: ignore[attr-defined]
    assert index.read_pointer(pointer[0])[0] == 7  # the first batch was kept, the second rolled back

    code, out, err = cli("ledger", "verify")
    assert code == 0, err
    assert "登记簿完整" in out
    assert registers(cli, docs) == before
    # built once: opening again folds nothing
    monkeypatch.setattr(index, "apply", lambda *a: pytest.fail("indexes rebuilt on a second open"))
    assert cli("copies", "list", "--json")[0] == 0
    monkeypatch.setattr(index, "apply", real_apply)
    # and the approvals kept their counts: one approved copy was left
    assert issue(cli, docs["机密"], "王五", "赵六")[0] == 5
    assert issue(cli, docs["机密"], "王五")[0] == 0
    assert issue(cli, docs["机密"], "赵六")[0] == 5


def test_an_old_ledger_gets_its_indexes_once_and_every_register_stays_identical(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    migration_keeps_every_register(cli, monkeypatch, tmp_path, lambda: sqlite3.connect(DB), str(DB))


def test_a_doctored_index_fails_the_full_verify_and_reindex_restores_it(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docs = busy_workspace(cli, monkeypatch, tmp_path)
    db = sqlite3.connect(DB)
    db.execute("UPDATE ix_approval_use SET used = 0")  # hide the copies used: more would be issued
    db.commit()
    db.close()
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "ix_approval_use" in err and "reindex" in err
    assert cli("ledger", "verify", "--incremental")[0] == 0  # the chain itself is intact
    assert cli("ledger", "reindex")[0] == 0
    assert cli("ledger", "verify")[0] == 0
    assert issue(cli, docs["机密"], "王五", "赵六")[0] == 5


def test_a_forged_index_row_never_makes_a_duplicate_or_a_copy(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    """The index only selects; the signed event decides. A row pointing a stranger's hash at a
    registered document does not make the stranger's file a duplicate."""
    staff(Path(WORKSPACE))
    registry = mark(cli, tmp_path, "机密", "预算")
    fresh = make_docx(tmp_path / "新起草.docx", ["完全不同的一份新起草文件，讨论食堂菜单。", "第二段。"])
    import hashlib

    sha = hashlib.sha256(fresh.read_bytes()).hexdigest()
    db = sqlite3.connect(DB)
    db.execute("INSERT INTO ix_copy_files (seq, sha256, registry, copy_no) VALUES (2, ?, ?, '000001')",
               (sha, registry))
    db.execute("UPDATE ix_documents SET original_sha256 = ?", (sha,))
    db.commit()
    db.close()
    code, out, err = cli("mark", fresh, "--level", "内部", "--json")
    assert code == 0, err
    assert json_lines(out)[0]["registry"] != registry


def test_the_incremental_verify_walks_only_new_events_and_still_finds_deleted_ones(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docs = busy_workspace(cli, monkeypatch, tmp_path)
    code, out, err = cli("ledger", "verify", "--incremental", "--json")
    assert code == 0, err
    head = json_lines(out)[0]["events"]
    walked: list[int] = []
    real_walk = Ledger._walk

    def spy(self: Ledger, base_seq: int, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        walked.append(base_seq)
        return real_walk(self, base_seq, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Ledger, "_walk", spy)
    assert cli("ledger", "verify", "--incremental")[0] == 0
    assert walked and walked[-1] == head  # started at the signed head, not at event 1
    monkeypatch.setattr(Ledger, "_walk", real_walk)

    assert issue(cli, docs["秘密"], "张三")[0] == 0
    db = sqlite3.connect(DB, isolation_level=None)
    db.execute("DROP TRIGGER events_no_delete")
    db.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    code, _, err = cli("ledger", "verify", "--incremental")
    assert code == 7, err


def test_every_indexed_lookup_answers_what_a_scan_of_the_events_answers(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from marker.domain.fingerprint import Fingerprint
    from marker.domain.policy import load_policy
    from marker.ledger.approvals import approvals
    from marker.ledger.registers import (
        ExpiringDocument,
        copies,
        copies_where,
        documents,
        documents_page,
        expiring,
        files_in_state,
        find_original,
        fingerprints_near,
        issued_copy_with,
        latest_file_states,
        stored_fingerprints,
    )

    docs = busy_workspace(cli, monkeypatch, tmp_path)
    inbox = Path(WORKSPACE) / "inbox"
    make_docx(inbox / "会议纪要.docx", ["2026年第三次经营会议纪要，研究投资计划与预算。"] * 8)
    assert cli("watch", "--oneshot")[0] == 0  # file states
    for name, topic in (("投资计划", "新能源项目投资"), ("人事档案", "员工薪酬调整")):  # long enough to fingerprint
        text = [f"关于{topic}的第{i}项安排：第{i}季度完成{topic}方案论证，预算{i * 37}万元，由第{i}小组负责落实。"
                for i in range(1, 30)]
        code, _, err = cli("mark", make_docx(tmp_path / f"{name}.docx", text), "--level", "秘密", "--json")
        assert code == 0, err
    ledger = Ledger(str(DB), bytes.fromhex(KEY.read_text()))
    every = documents(ledger)
    all_copies = copies(ledger)
    for year in {int(d.expiry[:4]) for d in every if d.expiry} | {1999}:
        assert expiring(ledger, year) == [ExpiringDocument(d.registry, d.title, d.level, d.period, d.expiry)
                                          for d in every if d.expiry and d.expiry.startswith(f"{year}-")
                                          and not d.declassified]
    for status in ("reserved", "issued", "recalled", "destroyed", "voided"):
        assert copies_where(ledger, status=status) == [c for c in all_copies if c.status == status]
    for holder in {c.holder for c in all_copies} - {None}:
        assert copies_where(ledger, status="issued", holder=holder) == [
            c for c in all_copies if c.status == "issued" and c.holder == holder]
    for record in every:
        assert find_original(ledger, record.original_sha256) == record.registry
    for copy in all_copies:
        if copy.sha256:
            assert issued_copy_with(ledger, copy.sha256) == (copy.registry, copy.copy_no)
    assert issued_copy_with(ledger, "0" * 64) is None
    latest = latest_file_states(ledger)
    assert latest
    for state in {s.state for s in latest.values()}:
        assert files_in_state(ledger, state) == {sha: s for sha, s in latest.items() if s.state == state}
    stored = stored_fingerprints(ledger)
    assert stored
    for record, fingerprint in stored:
        near = fingerprints_near(ledger, Fingerprint.from_hex(fingerprint).sample)
        assert (record, fingerprint) == near[0]
    pages, after = [], None
    while page := documents_page(ledger, after=after, limit=2):
        pages += page
        after = page[-1].registry
    assert pages == sorted(every, key=lambda d: d.registry)
    policy = load_policy(Path(WORKSPACE) / "policy.toml")
    left = {a.id: a.remaining for a in approvals(ledger, policy, docs["机密"])}
    assert list(left.values()) == [1]  # three approved, two issued
    ledger.close()
