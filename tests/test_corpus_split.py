"""The real corpus's blind split: whole source groups, chosen by a salted hash, stable as sources are added."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _train_real():
    spec = importlib.util.spec_from_file_location("train_real", ROOT / "tools" / "corpus" / "train_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_real", module)
    spec.loader.exec_module(module)
    return module


def _docs(batch: str, groups: int, per_group: int = 2) -> list[dict]:
    return [{"group": f"web:site{batch}-{g}.cn", "batch": batch, "level": "公开", "id": f"{batch}-{g}-{i}"}
            for g in range(groups) for i in range(per_group)]


def test_fresh4_takes_whole_groups_of_batches_4_and_5_and_stays_put_when_sources_are_added():
    train_real = _train_real()
    docs = _docs("4", 40) + _docs("5", 40)
    first = train_real.split(docs)
    assert set(first.values()) <= {"fresh4", "dev"}
    held = [g for g, part in first.items() if part == "fresh4"]
    assert 0.2 * 80 < len(held) < 0.6 * 80  # ~40% of the groups
    later = train_real.split(docs + _docs("4", 60)[80:] + _docs("5", 55)[80:])
    assert all(later[g] == part for g, part in first.items())


def test_fresh6_takes_whole_groups_of_batches_6_and_7_and_stays_put_when_sources_are_added():
    train_real = _train_real()
    assert train_real.FRESH6_SALT  # chosen once; a split of batch 6 or 7 refuses to run without it
    docs = _docs("6", 40) + _docs("7", 40)
    first = train_real.split(docs)
    assert set(first.values()) <= {"fresh6", "dev"}
    held = [g for g, part in first.items() if part == "fresh6"]
    assert 0.25 * 80 < len(held) < 0.65 * 80  # ~45% of the groups
    later = train_real.split(docs + _docs("6", 60)[80:] + _docs("7", 55)[80:] + _docs("4", 10))
    assert all(later[g] == part for g, part in first.items())


def test_fresh8_takes_whole_groups_of_batch_8_and_stays_put_when_sources_are_added():
    train_real = _train_real()
    assert train_real.FRESH8_SALT  # chosen once; a split of batch 8 refuses to run without it
    docs = _docs("8", 80)
    first = train_real.split(docs)
    assert set(first.values()) <= {"fresh8", "dev"}
    held = [g for g, part in first.items() if part == "fresh8"]
    assert 0.25 * 80 < len(held) < 0.65 * 80  # ~45% of the groups
    later = train_real.split(docs + _docs("8", 120)[160:] + _docs("6", 10))
    assert all(later[g] == part for g, part in first.items())


def test_scored_splits_are_development_data():
    train_real = _train_real()
    # every blind split but the next one (fresh123, batches 123 to 125, not yet scored) was scored once
    assert set(train_real.SPLITS) - set(train_real.DEVELOPMENT) == {"fresh123"}
    assert {"fresh51", "fresh53", "fresh55", "fresh57", "fresh59", "fresh61", "fresh63", "fresh65", "fresh68",
            "fresh71", "fresh74", "fresh77", "fresh80", "fresh83", "fresh86", "fresh89", "fresh92", "fresh95",
            "fresh98", "fresh101", "fresh104", "fresh107", "fresh110",
            "fresh112", "fresh114", "fresh117", "fresh120"} <= set(train_real.SCORED_BEFORE)
    assert {"fresh47", "fresh49", "fresh51"} <= set(train_real.DEVELOPMENT)
    assert {"fresh6", "fresh8", "fresh10", "fresh12", "fresh16", "fresh18", "fresh21", "fresh26", "fresh28", "fresh39",
            "fresh43", "fresh45"} <= set(
        train_real.SCORED_BEFORE)
    assignment = train_real.split(_docs("3", 30))
    assert set(assignment.values()) <= {"fresh3", "dev"}


def test_batches_collected_after_the_last_blind_split_are_all_training_data():
    train_real = _train_real()
    training, blind_batches = _docs("14", 30) + _docs("15", 30), _docs("12", 40) + _docs("13", 40)
    parts = train_real.split(training + blind_batches)
    assert all(parts[d["group"]] == "dev" for d in training)
    assert "fresh12" in {parts[d["group"]] for d in blind_batches}


def test_leave_batch_out_takes_the_batches_to_leave_out_and_caches_each_choice_apart(tmp_path: Path):
    import argparse

    train_real = _train_real()
    assert train_real._left_out(argparse.Namespace(left_out=None)) == ("4", "5")
    assert train_real._left_out(argparse.Namespace(left_out="7, 6")) == ("6", "7")
    assert train_real._lbo_files(("4", "5")) == ("lbo.pkl", "lbo_model.pkl")
    assert train_real._lbo_files(("6", "7")) == ("lbo_6+7.pkl", "lbo_model_6+7.pkl")
    for name in ("lbo.pkl", "lbo_model.pkl", "lbo_6+7.pkl", "lbo_model_6+7.pkl"):
        (tmp_path / name).write_bytes(b"")
    assert list(train_real._lbo_runs(tmp_path)) == [("4", "5"), ("6", "7")]


def test_manifest_rows_whose_text_was_not_rebuilt_are_left_out_of_split_and_parts(tmp_path: Path):
    import argparse
    import hashlib
    import json

    train_real = _train_real()
    header = ("id\trepo\tcommit\tpath\textract\tlevel\tcategory\tkind\tpublication\tsha256\tchars\tnote\tbatch\n")
    rows, texts = [], []
    for n, (repo, batch) in enumerate([("a/one", "1"), ("web:gone.cn", "6"), ("web:kept.cn", "6"), ("b/two", "7")]):
        text = f"第{n}份文件的正文，足够长的中文内容。"
        sha = hashlib.sha256(text.encode()).hexdigest()
        rows.append(f"d{n}\t{repo}\t\tp/{n}.md\tmd\t公开\tpublic\t新闻\tpublished\t{sha}\t{len(text)}\t\t{batch}\n")
        texts.append({"id": f"d{n}", "level": "公开", "category": "public", "kind": "新闻", "publication": "published",
                      "source": repo, "text": text})
    manifest = tmp_path / "real_manifest.tsv"
    manifest.write_text(header + "".join(rows), encoding="utf-8")
    real = tmp_path / "real"
    real.mkdir()
    # The web page of d1 could not be obtained again: the manifest names it, real.jsonl and texts/ lack it.
    kept = [json.dumps(t, ensure_ascii=False) + "\n" for t in texts if t["id"] != "d1"]
    (real / "real.jsonl").write_text("".join(kept), encoding="utf-8")
    train_real.MANIFEST = manifest
    docs = train_real.load_real(real)
    assert sorted(d["id"] for d in docs) == ["d0", "d2", "d3"]
    work = tmp_path / "work"
    train_real.cmd_split(argparse.Namespace(real=real, work=work))
    assert "web:gone.cn" not in json.loads((work / "split.json").read_text(encoding="utf-8"))
    development = train_real._part(argparse.Namespace(real=real, work=work), "dev")
    assert sorted(d["id"] for d in development) == ["d0", "d2", "d3"]


def _collect_real():
    sys.path.insert(0, str(ROOT / "tools" / "corpus"))
    spec = importlib.util.spec_from_file_location("collect_real", ROOT / "tools" / "corpus" / "collect_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("collect_real", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_label_audit_relabels_and_drops_rows_and_refuses_ids_the_manifest_lacks(tmp_path: Path):
    import pytest

    collect_real = _collect_real()
    audit = tmp_path / "label_audit.tsv"
    audit.write_text("id\tlevel\tcategory\tpublication\treason\n"
                     "a\t公开\tpublic\tpublished\trule 2\n"
                     "b\tDROP\t\t\tduplicate\n", encoding="utf-8")
    collect_real.AUDIT = audit
    rows = [{"id": i, "level": "秘密", "category": "contracts", "publication": "draft"} for i in "abc"]
    kept = collect_real.audited(rows)
    assert [(r["id"], r["level"], r["category"], r["publication"]) for r in kept] == [
        ("a", "公开", "public", "published"), ("c", "秘密", "contracts", "draft")]
    assert collect_real.audited(kept) == kept  # written again: the dropped row stays dropped, nothing else moves
    with pytest.raises(SystemExit, match="a"):
        collect_real.audited(rows[2:])


def test_a_split_of_batches_10_and_11_waits_for_its_salt(monkeypatch):
    """fresh10's salt is chosen from labels and group sizes once both batches are in; until then `split` refuses
    rather than assign their sources by an unchosen hash."""
    train_real = _train_real()
    monkeypatch.setattr(train_real, "FRESH10_SALT", "")
    with pytest.raises(SystemExit, match="FRESH10_SALT"):
        train_real.split(_docs("10", 10))
    monkeypatch.setattr(train_real, "FRESH10_SALT", "1")
    parts = train_real.split(_docs("10", 40) + _docs("11", 40))
    assert set(parts.values()) <= {"fresh10", "dev"} and "fresh10" in parts.values()


def test_a_blind_document_that_copies_a_development_text_is_found():
    train_real = _train_real()
    plan = ("一、项目概况：本项目拟在城东新区建设智能仓储中心，总投资八千万元，分两期建设。"
            "二、市场分析：区域内电商包裹量年均增长百分之二十五，现有仓储能力缺口明显。"
            "三、融资计划：首轮融资三千万元，出让股权百分之十五，资金用于设备采购与团队建设。")
    reworded = plan.replace("城东新区", "城西园区").replace("八千万元", "七千万元")  # a share site's copy
    other = "关于组织开展安全生产月活动的通知。各部门要高度重视，认真组织，确保活动取得实效。" * 3
    blind = [{"id": "b1", "text": reworded}, {"id": "b2", "text": other[::-1]}]
    development = [{"id": "d1", "text": plan}, {"id": "d2", "text": other}]
    assert [(b, d) for b, d, _ in train_real.near_copies(blind, development)] == [("b1", "d1")]


def test_a_source_of_the_blind_split_in_another_batch_stops_the_split():
    train_real = _train_real()
    blind = _docs("12", 5)
    again = [dict(d, batch="14", id=d["id"] + "-again") for d in blind[:2]]  # the same site collected again later
    with pytest.raises(SystemExit, match="site12-0"):
        train_real.split(blind + again)


def test_a_split_of_batches_12_and_13_waits_for_its_salt(monkeypatch):
    train_real = _train_real()
    assert train_real.FRESH12_SALT  # chosen once, from labels and group sizes
    monkeypatch.setattr(train_real, "FRESH12_SALT", "")
    with pytest.raises(SystemExit, match="FRESH12_SALT"):
        train_real.split(_docs("13", 10))


@pytest.mark.parametrize("name, first, second", [("fresh16", "16", "17"), ("fresh18", "18", "19"),
                                                  ("fresh21", "21", "22"), ("fresh26", "26", "27"),
                                                  ("fresh28", "28", "29"), ("fresh39", "39", "40"),
                                                  ("fresh43", "43", "43"), ("fresh45", "45", "46"),
                                                  ("fresh47", "47", "48"), ("fresh49", "49", "50"),
                                                  ("fresh51", "51", "52"), ("fresh53", "53", "54"),
                                                  ("fresh55", "55", "56"), ("fresh57", "57", "58"),
                                                  ("fresh59", "59", "60"),
                                                  ("fresh61", "61", "62"),
                                                  ("fresh63", "63", "64"),
                                                  ("fresh65", "65", "67"),
                                                  ("fresh68", "68", "70"),
                                                  ("fresh71", "71", "73"),
                                                  ("fresh74", "74", "76"),
                                                  ("fresh77", "77", "79"),
                                                  ("fresh80", "80", "82"),
                                                  ("fresh83", "83", "85"),
                                                  ("fresh86", "86", "88"),
                                                  ("fresh89", "89", "91"),
                                                  ("fresh92", "92", "94"),
                                                  ("fresh95", "95", "97"),
                                                  ("fresh98", "98", "100"),
                                                  ("fresh101", "101", "103"),
                                                  ("fresh104", "104", "106"),
                                                  ("fresh107", "107", "109"),
                                                  ("fresh110", "110", "111"),
                                                  ("fresh112", "112", "113"),
                                                  ("fresh114", "114", "116"),
                                                  ("fresh117", "117", "119"),
                                                  ("fresh120", "120", "122"),
                                                  ("fresh123", "123", "125")])
def test_a_split_of_two_batches_waits_for_its_salt(monkeypatch, name, first, second):
    train_real = _train_real()
    salt = f"{name.upper()}_SALT"
    monkeypatch.setattr(train_real, salt, "")
    with pytest.raises(SystemExit, match=salt):
        train_real.split(_docs(second, 10))
    monkeypatch.setattr(train_real, salt, "1")
    parts = train_real.split(_docs(first, 40) + _docs(second, 40))
    assert set(parts.values()) <= {name, "dev"} and name in parts.values()


def test_a_split_not_in_development_is_never_trained_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """cv, lbo, tune, calibrate and final train on `_part(args, "dev")`: a blind split (the next one, cut from later
    batches) is outside it until it has been scored and named in DEVELOPMENT."""
    import argparse
    import json

    train_real = _train_real()
    docs = [{"id": "a", "group": "g1"}, {"id": "b", "group": "g2"}, {"id": "c", "group": "g3"}]
    monkeypatch.setattr(train_real, "load_real", lambda _: docs)
    (tmp_path / "split.json").write_text(json.dumps({"g1": "dev", "g2": "fresh99", "g3": "fresh28"}))
    args = argparse.Namespace(real=tmp_path, work=tmp_path)
    assert [d["id"] for d in train_real._part(args, "dev")] == ["a", "c"]
    assert [d["id"] for d in train_real._part(args, "fresh99")] == ["b"]


def test_every_source_of_batches_49_and_50_is_in_fresh49_and_a_blind_split_is_kept_out_of_training(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """fresh49 (scored, development now) takes whole groups of batches 49 and 50; a split not in DEVELOPMENT (the
    next blind one) never reaches cv, lbo, tune or final's training rows."""
    import argparse
    import json

    train_real = _train_real()
    blind, development = _docs("49", 6) + _docs("50", 6), _docs("47", 6) + _docs("44", 6)
    parts = train_real.split(blind + development)
    assert {parts[d["group"]] for d in blind} == {"fresh49"}
    assert {parts[d["group"]] for d in development} <= set(train_real.DEVELOPMENT)
    monkeypatch.setattr(train_real, "DEVELOPMENT", tuple(s for s in train_real.DEVELOPMENT if s != "fresh49"))
    (tmp_path / "split.json").write_text(json.dumps(parts))
    monkeypatch.setattr(train_real, "load_real", lambda _: blind + development)
    args = argparse.Namespace(real=tmp_path, work=tmp_path)
    assert not {d["id"] for d in train_real._part(args, "dev")} & {d["id"] for d in blind}


def test_final_with_blind_later_fits_without_reading_the_blind_split(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A blind split registered to be scored by `shipped` (as fresh49 was): the refit that may become the shipped model
    must not score it."""
    import argparse
    import json

    import classifiers.training

    train_real = _train_real()
    docs = [{"id": "d1", "group": "g1", "level": "公开", "text": "通知"},
            {"id": "b1", "group": "g2", "level": "机密", "text": "纪要"}]
    monkeypatch.setattr(train_real, "load_real", lambda _: docs)
    monkeypatch.setattr(train_real, "examples", lambda rows: [row["id"] for row in rows])
    monkeypatch.setattr(train_real, "written", lambda: [])
    fitted: list[list[str]] = []
    monkeypatch.setattr(classifiers.training, "build",
                        lambda train, **_: (fitted.append(train), {}, {"training_data": {}}, object(), None)[1:])
    scored: list[str] = []
    monkeypatch.setattr(train_real, "score", lambda model, rows, rules: scored.extend(r["id"] for r in rows) or [])
    figures = {"macro_f1": 0, "accuracy": 0, "public_recall": 0, "severe_under_2": 0}
    monkeypatch.setattr(train_real, "summary", lambda cache, rules: {"combined": figures, "rules": figures,
                                                                    "model": figures})
    (tmp_path / "split.json").write_text(json.dumps({"g1": "dev", "g2": "fresh99"}))
    args = argparse.Namespace(real=tmp_path, work=tmp_path, out=None, blind_later=True)
    train_real.cmd_final(args)
    assert fitted == [["d1"]]
    assert "b1" not in scored
    args.blind_later = False
    train_real.cmd_final(args)
    assert "b1" in scored  # without the flag, final scores the blind split (the check above can fail)


def test_batches_55_and_56_are_a_split_apart_from_fresh53():
    """fresh55 was collected while fresh53 waited for its score: each keeps its own batches (both scored and
    development data now)."""
    train_real = _train_real()
    docs = _docs("53", 4) + _docs("55", 4) + _docs("56", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "53"} == {"fresh53"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("55", "56")} == {"fresh55"}
    assert {"fresh53", "fresh55"} <= set(train_real.DEVELOPMENT)


def test_batches_57_and_58_are_a_split_of_their_own():
    """fresh57 was collected after fresh55 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("55", 4) + _docs("57", 4) + _docs("58", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "55"} == {"fresh55"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("57", "58")} == {"fresh57"}
    assert "fresh57" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_59_and_60_are_a_split_of_their_own():
    """fresh59 was collected after fresh57 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("57", 4) + _docs("59", 4) + _docs("60", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "57"} == {"fresh57"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("59", "60")} == {"fresh59"}
    assert "fresh59" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_61_and_62_are_a_split_of_their_own():
    """fresh61 was collected after fresh59 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("59", 4) + _docs("61", 4) + _docs("62", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "59"} == {"fresh59"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("61", "62")} == {"fresh61"}
    assert "fresh61" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_63_and_64_are_a_split_of_their_own():
    """fresh63 was collected after fresh61 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("61", 4) + _docs("63", 4) + _docs("64", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "61"} == {"fresh61"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("63", "64")} == {"fresh63"}
    assert "fresh63" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_65_to_67_are_a_split_of_their_own():
    """fresh65 was collected after fresh63 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("63", 4) + _docs("65", 4) + _docs("66", 4) + _docs("67", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "63"} == {"fresh63"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("65", "66", "67")} == {"fresh65"}
    assert "fresh65" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_68_to_70_are_a_split_of_their_own():
    """fresh68 was collected after fresh65 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("65", 4) + _docs("68", 4) + _docs("69", 4) + _docs("70", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "65"} == {"fresh65"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("68", "69", "70")} == {"fresh68"}
    assert "fresh68" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_71_to_73_are_a_split_of_their_own():
    """fresh71 was collected after fresh68 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("68", 4) + _docs("71", 4) + _docs("72", 4) + _docs("73", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "68"} == {"fresh68"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("71", "72", "73")} == {"fresh71"}
    assert "fresh71" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_74_to_76_are_a_split_of_their_own():
    """fresh74 was collected after fresh71 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("71", 4) + _docs("74", 4) + _docs("75", 4) + _docs("76", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "71"} == {"fresh71"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("74", "75", "76")} == {"fresh74"}
    assert "fresh74" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_shipped_scores_only_the_named_blind_split_when_two_wait():
    """A split registered while another waits for its score is not scored with it by `shipped --only`."""
    train_real = _train_real()
    assignment = {"web:a": "dev", "repo:b": "fresh77", "repo:c": "fresh_a", "repo:d": "fresh_a"}
    assert train_real.blind_to_score(assignment) == ["fresh_a"]
    both = {**assignment, "repo:e": "fresh_b"}
    assert train_real.blind_to_score(both) == ["fresh_a", "fresh_b"]
    assert train_real.blind_to_score(both, "fresh_a") == ["fresh_a"]
    with pytest.raises(SystemExit, match="not a blind split"):
        train_real.blind_to_score(assignment, "fresh77")  # scored once: development now
    with pytest.raises(SystemExit, match="no blind split"):
        train_real.blind_to_score({"web:a": "dev", "repo:b": "fresh77"})


def test_batches_77_to_79_are_a_split_apart_from_fresh74():
    """fresh77 was collected while fresh74 waited for its score: each keeps its own batches (both scored once)."""
    train_real = _train_real()
    docs = _docs("74", 4) + _docs("76", 4) + _docs("77", 4) + _docs("78", 4) + _docs("79", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("74", "76")} == {"fresh74"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("77", "78", "79")} == {"fresh77"}
    assert "fresh77" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_80_to_82_are_a_split_of_their_own():
    """fresh80 was collected after fresh77 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("77", 4) + _docs("80", 4) + _docs("81", 4) + _docs("82", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "77"} == {"fresh77"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("80", "81", "82")} == {"fresh80"}
    assert "fresh80" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_83_to_85_are_a_split_of_their_own():
    """fresh83 was collected after fresh80 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("80", 4) + _docs("83", 4) + _docs("84", 4) + _docs("85", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "80"} == {"fresh80"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("83", "84", "85")} == {"fresh83"}
    assert "fresh83" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_86_to_88_are_a_split_apart_from_fresh83():
    """fresh86 was collected while fresh83 waited for its score: each took its own batches (both scored once)."""
    train_real = _train_real()
    docs = _docs("83", 4) + _docs("85", 4) + _docs("86", 4) + _docs("87", 4) + _docs("88", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("83", "85")} == {"fresh83"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("86", "87", "88")} == {"fresh86"}
    assert "fresh86" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_89_to_91_are_a_split_of_their_own():
    """fresh89 was collected after fresh86 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("86", 4) + _docs("89", 4) + _docs("90", 4) + _docs("91", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "86"} == {"fresh86"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("89", "90", "91")} == {"fresh89"}
    assert "fresh89" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_92_to_94_are_a_split_of_their_own():
    """fresh92 was collected after fresh89 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("89", 4) + _docs("92", 4) + _docs("93", 4) + _docs("94", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "89"} == {"fresh89"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("92", "93", "94")} == {"fresh92"}
    assert "fresh92" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_95_to_97_are_a_split_of_their_own():
    """fresh95 was collected after fresh92 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("92", 4) + _docs("95", 4) + _docs("96", 4) + _docs("97", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "92"} == {"fresh92"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("95", "96", "97")} == {"fresh95"}
    assert "fresh95" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_98_to_100_are_a_split_of_their_own():
    """fresh98 was collected while fresh95 waited for its score: its batches go to it alone (scored, development
    now)."""
    train_real = _train_real()
    docs = _docs("95", 4) + _docs("98", 4) + _docs("99", 4) + _docs("100", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "95"} == {"fresh95"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("98", "99", "100")} == {"fresh98"}
    assert "fresh98" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_101_to_103_are_a_split_of_their_own():
    """fresh101 was collected after fresh98 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("98", 4) + _docs("101", 4) + _docs("102", 4) + _docs("103", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "98"} == {"fresh98"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("101", "102", "103")} == {"fresh101"}
    assert "fresh101" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_104_to_106_are_a_split_of_their_own():
    """fresh104 was collected after fresh101 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("101", 4) + _docs("104", 4) + _docs("105", 4) + _docs("106", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "101"} == {"fresh101"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("104", "105", "106")} == {"fresh104"}
    assert "fresh104" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_107_to_109_are_a_split_of_their_own():
    """fresh107 was collected after fresh104 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("104", 4) + _docs("107", 4) + _docs("108", 4) + _docs("109", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "104"} == {"fresh104"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("107", "108", "109")} == {"fresh107"}
    assert "fresh107" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_110_and_111_are_a_split_of_their_own():
    """fresh110 was collected while fresh107 waited for its audits: its batches go to it alone (scored once,
    development now)."""
    train_real = _train_real()
    docs = _docs("107", 4) + _docs("109", 4) + _docs("110", 4) + _docs("111", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("107", "109")} == {"fresh107"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("110", "111")} == {"fresh110"}
    assert "fresh110" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_112_and_113_are_a_split_of_their_own():
    """fresh112 was collected after fresh110 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("110", 4) + _docs("111", 4) + _docs("112", 4) + _docs("113", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("110", "111")} == {"fresh110"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("112", "113")} == {"fresh112"}
    assert "fresh112" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_114_to_116_are_a_split_of_their_own():
    """fresh114 was collected after fresh112 was scored: its batches go to it alone (scored once, development now)."""
    train_real = _train_real()
    docs = _docs("112", 4) + _docs("114", 4) + _docs("115", 4) + _docs("116", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "112"} == {"fresh112"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("114", "115", "116")} == {"fresh114"}
    assert "fresh114" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_117_to_119_are_a_split_of_their_own():
    """fresh117 was collected while fresh114 waited for its audits: its batches go to it alone (scored once,
    development now)."""
    train_real = _train_real()
    docs = _docs("114", 4) + _docs("116", 4) + _docs("117", 4) + _docs("118", 4) + _docs("119", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("114", "116")} == {"fresh114"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("117", "118", "119")} == {"fresh117"}
    assert "fresh117" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_120_to_122_are_a_split_of_their_own():
    """fresh120 was collected while fresh117 waited for its audits: its batches go to it alone (scored once,
    development now)."""
    train_real = _train_real()
    docs = _docs("117", 4) + _docs("119", 4) + _docs("120", 4) + _docs("121", 4) + _docs("122", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] in ("117", "119")} == {"fresh117"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("120", "121", "122")} == {"fresh120"}
    assert "fresh120" in set(train_real.DEVELOPMENT) & set(train_real.SCORED_BEFORE)


def test_batches_123_to_125_are_a_blind_split_kept_out_of_training():
    """fresh123 is collected after fresh120 was scored: its batches go to it alone and nothing trains on it."""
    train_real = _train_real()
    docs = _docs("120", 4) + _docs("123", 4) + _docs("124", 4) + _docs("125", 4)
    parts = train_real.split(docs)
    assert {parts[d["group"]] for d in docs if d["batch"] == "120"} == {"fresh120"}
    assert {parts[d["group"]] for d in docs if d["batch"] in ("123", "124", "125")} == {"fresh123"}
    assert "fresh123" not in set(train_real.DEVELOPMENT) | set(train_real.SCORED_BEFORE)
