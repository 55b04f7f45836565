"""Property tests for every parser of user-supplied text and a bounded byte-mutation fuzz of the
readers through the isolated worker: each either parses or raises its documented error."""

from __future__ import annotations

import contextlib
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marker.domain.mark_text import VisibleMark, recognise_mark
from marker.domain.periods import Period, PeriodError, find_document_date, parse_period
from marker.domain.policy import default_policy_text, policy_from_mapping
from marker.errors import ConfigError, InputError, MijiError, PolicyError, UsageError
from marker.settings import build_settings
from marker.worker.isolation import Isolation, WorkerLimits
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx, make_pdf

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
TEXTISH = st.text(alphabet=st.one_of(CJK, st.characters(codec="utf-8")), max_size=40)
PERIOD_PIECES = st.sampled_from(["年", "个月", "月", "长期", "后", "前", "-", "★", "日", " ", "0", "12", "2027"])


@given(st.one_of(TEXTISH, st.lists(PERIOD_PIECES, max_size=6).map("".join)))
def test_period_parser_parses_or_raises_period_error(text: str):
    try:
        period = parse_period(text)
    except PeriodError as exc:
        assert str(exc)
    else:
        assert isinstance(period, Period) and str(period)
        assert period.expiry(date(2026, 1, 1)) is None or period.has_date


MARK_LINES = st.sampled_from(["机密★10年", "000003", "某某公司 秘密 5年", "绝密", "份号：000001"])


@given(st.lists(st.one_of(TEXTISH, MARK_LINES), max_size=8))
def test_mark_recogniser_never_raises(lines: list[str]):
    found = recognise_mark(lines)
    assert found is None or isinstance(found, VisibleMark)


@given(TEXTISH)
def test_document_date_finder_never_raises(text: str):
    found = find_document_date(text)
    assert found is None or isinstance(found, date)


JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 50), st.floats(allow_nan=False), TEXTISH),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(TEXTISH, children, max_size=4)),
    max_leaves=12,
)
DEFAULT = tomllib.loads(default_policy_text())


@given(st.dictionaries(st.sampled_from([*DEFAULT.keys(), "extra"]), JSONISH, max_size=6))
def test_policy_loader_on_arbitrary_tables(overrides: dict):
    try:
        policy_from_mapping({**DEFAULT, **overrides})
    except PolicyError as exc:
        assert exc.problems and all(":" in problem for problem in exc.problems)


@given(st.text(max_size=300))
def test_policy_loader_on_arbitrary_toml_text(text: str):
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    with contextlib.suppress(PolicyError):
        policy_from_mapping(data)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(st.text(max_size=200))
def test_workspace_config_parses_or_raises_config_error(tmp_path: Path, text: str):
    (tmp_path / "miji.toml").write_text(text, encoding="utf-8")
    with contextlib.suppress(ConfigError):
        build_settings({"workspace": tmp_path}, {})


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40, deadline=None)
@given(name=TEXTISH, role=st.one_of(TEXTISH, st.sampled_from(["部门经理", "副总经理", "员工"])),
       secret=st.text(max_size=20))
def test_roster_accepts_or_refuses_with_usage_error(tmp_path: Path, name: str, role: str, secret: str):
    from marker.domain.policy import default_policy
    from marker.errors import RefusedError
    from marker.ledger.people import add_person, appoint_officer, officer, roster
    from marker.ledger.store import open_ledger

    with open_ledger(tmp_path / "ledger.sqlite3", tmp_path / "key") as ledger:
        if officer(ledger) is None:
            appoint_officer(ledger, default_policy(), name="保密员", secret="officer-secret")
        by = roster(ledger)["保密员"]
        try:
            person = add_person(ledger, default_policy(), name=name, role=role, dept="", secret=secret, by=by)
        except (UsageError, RefusedError):  # bad input, the officer's role, or a name already added
            return
        assert roster(ledger)[person.name].role == role


@pytest.fixture(scope="module")
def worker():
    iso = Isolation(WorkerLimits(memory_mb=1024, cpu_seconds=20, wall_seconds=20))
    yield iso
    iso.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    return {
        ".pdf": make_pdf(folder / "s.pdf", ["\n".join(FINANCIAL_REPORT)] * 2).read_bytes(),
        ".docx": make_docx(folder / "s.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE).read_bytes(),
    }


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=80, deadline=None)
@given(suffix=st.sampled_from([".pdf", ".docx"]), data=st.data())
def test_byte_mutations_of_pdf_and_docx_give_a_document_or_a_named_error(
        tmp_path: Path, worker: Isolation, seeds: dict[str, bytes], suffix: str, data: st.DataObject):
    original = bytearray(seeds[suffix])
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)),
                               min_size=1, max_size=30))
    for offset, value in flips:
        original[offset] = value
    cut = data.draw(st.one_of(st.none(), st.integers(1, len(original))))
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(bytes(original[:cut]))
    try:
        document = worker.read(path)
    except InputError as exc:
        assert str(exc)
    except MijiError as exc:  # pragma: no cover - any other Miji error is a wrong classification
        pytest.fail(f"unexpected {type(exc).__name__}: {exc}")
    else:
        assert document.page_count >= 1


ORDER_KEYS = st.sampled_from(["job", "requester", "department", "category", "copies", "supervised", "credentials",
                              "extra", "printer"])
SHOP_KEYS = st.sampled_from(["name", "grade", "designated", "subcontracts", "qualification_until", "extra"])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(order=st.dictionaries(ORDER_KEYS, JSONISH, max_size=6), shop=st.dictionaries(SHOP_KEYS, JSONISH, max_size=4),
       raw=st.text(max_size=120))
def test_preflight_order_and_shop_files_parse_or_raise_config_error(tmp_path: Path, order: dict, shop: dict,
                                                                    raw: str):
    import json

    from marker.preflight.order import load_order, load_shop

    def toml_value(value: object) -> str:
        return json.dumps(value, ensure_ascii=False) if not isinstance(value, dict | type(None)) else '""'

    order_file = tmp_path / "order.toml"
    order_file.write_text("\n".join(f"{k} = {toml_value(v)}" for k, v in order.items()) + "\n" + raw,
                          encoding="utf-8")
    shop_file = tmp_path / "shop.toml"
    shop_file.write_text("\n".join(f"{k} = {toml_value(v)}" for k, v in shop.items()), encoding="utf-8")
    for loader, path in ((load_order, order_file), (load_shop, shop_file)):
        with contextlib.suppress(ConfigError):
            loader(path)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(data=st.data())
def test_preflight_templates_with_lines_dropped_or_changed_parse_or_raise_config_error(tmp_path: Path,
                                                                                      data: st.DataObject):
    from marker.preflight.order import ORDER_TEMPLATE, SHOP_TEMPLATE, load_order, load_shop

    for template, loader in ((ORDER_TEMPLATE, load_order), (SHOP_TEMPLATE, load_shop)):
        lines = template.splitlines()
        kept = [line for line in lines if data.draw(st.booleans())]
        if kept and data.draw(st.booleans()):
            index = data.draw(st.integers(0, len(kept) - 1))
            kept[index] = kept[index].split("=")[0] + "= " + data.draw(st.sampled_from(
                ['"五"', "-3", "2026-02-30", "[]", "true", '"乙级"', '"甲"', "0", '"x"']))
        path = tmp_path / "file.toml"
        path.write_text("\n".join(kept), encoding="utf-8")
        with contextlib.suppress(ConfigError):
            loader(path)
