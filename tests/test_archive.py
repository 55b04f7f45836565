"""Learning from a company's hand-marked archive: marks are stripped, and the workspace model learns the
company's own practice for a kind of document the shipped model gets wrong."""

from __future__ import annotations

import random
from pathlib import Path

from classifiers import TextBlock, suggest
from classifiers.archive import archive_examples, read_mark, strip_marks, train_from_archive
from classifiers.combine import MODEL_ONLY_SECRET
from classifiers.model import default_model_path, load_model
from classifiers.training import read_jsonl
from marker.domain.policy import default_policy
from marker.intake.suggest import ruleset_for

CORPUS = Path(__file__).resolve().parents[1] / "classifiers" / "corpus"
LEVELS = ("公开", "内部", "秘密", "机密", "绝密")
PEOPLE = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷", "徐凯", "孙丽")
UNITS = ("华夏物流", "东方电气", "本地供电所", "顺达快递", "市消防支队", "恒通设备")


def _visitors(rng: random.Random, week: int) -> str:
    """A gatehouse's visitor register: the company keeps these 秘密 (named people with their telephone numbers are
    personal data); the shipped model reads it as an administrative list or as business data (内部 or 机密, for
    review)."""
    rows = [f"{day}\t{rng.choice(PEOPLE)}\t{rng.choice(UNITS)}\t1{rng.randint(3, 9)}{rng.randint(100000000, 999999999)}"
            f"\t{rng.choice(('送货', '洽谈', '维修', '检查'))}\t{rng.choice(PEOPLE)}"
            for day in ("周一", "周二", "周三", "周四", "周五")]
    return (f"第{week}周来访人员登记表\n日期\t来访人\t单位\t电话\t事由\t接待人\n" + "\n".join(rows)
            + f"\n登记地点：{rng.choice(('一号门岗', '东门门卫室', '办公楼前台'))}。")


def _marked(text: str, level: str, number: int) -> str:
    return (f"{number:06d}\n华岳精工 {level} 1年\n{text}\n华岳精工股份有限公司\n华岳精工 {level} MJ-2026-{number:06d}\n"
            f"第 1 页 共 1 页")


def test_marks_headers_and_watermarks_are_stripped_and_the_mark_is_read():
    text = _marked("关于新厂区选址的请示\n正文。", "机密", 123)
    assert read_mark(text, LEVELS) == "机密"
    clean = strip_marks(text + "\n华岳精工股份有限公司\n华岳精工股份有限公司", LEVELS)
    assert "机密" not in clean and "000123" not in clean and "MJ-2026" not in clean and "华岳精工股份" not in clean
    assert clean.startswith("关于新厂区选址的请示")
    assert read_mark("某某公司 秘密 5年\n标题", LEVELS) == "秘密"
    assert read_mark("关于秘密的讨论\n正文", LEVELS) is None


def test_archive_examples_carry_the_level_without_the_mark():
    found = archive_examples([(_marked("值班安排表\n周一 张伟", "秘密", 7), "秘密")], LEVELS, weight=2)
    assert len(found) == 2 and all(ex.level == "秘密" and "秘密" not in ex.text for ex in found)


def test_workspace_model_learns_the_companys_level_for_a_kind_the_shipped_model_gets_wrong():
    rules = ruleset_for(default_policy())
    rng = random.Random(13)
    new_register = _visitors(random.Random(999), 52)
    shipped = suggest((TextBlock("para", new_register),), rules, load_model(default_model_path()))
    assert shipped.level != "秘密"  # the shipped model: an administrative list or business data, not personal data

    archive = [(_marked(_visitors(rng, week), "秘密", week), "秘密") for week in range(1, 25)]
    terms = sorted({t for cat in rules.categories for t in cat.terms if not t.isascii()})
    category_levels = {cat.name: rules.level_names[cat.level_rank] for cat in rules.categories}
    base = read_jsonl(CORPUS / "train_extra.jsonl")[::3]
    _, _, workspace_model, _ = train_from_archive(archive, levels=rules.level_names, terms=terms,
                                                  category_levels=category_levels, base=base)
    learned = suggest((TextBlock("para", new_register),), rules, workspace_model)
    # the company's level, for a person to confirm only because no rule evidence stands behind a secret level
    assert learned.level == "秘密" and learned.review_reasons == (MODEL_ONLY_SECRET,)


# --- `miji train --from-archive DIR`: the whole road, from marked files to an installed model ---------------

def _archive_folder(folder: Path) -> None:
    """A hand-marked archive as a company keeps one: PDF and DOCX visitor registers with the mark line at the top
    (and in the header), plus a file with no mark and one that cannot be read, both skipped."""
    from tests.builders import make_docx, make_pdf, make_text

    rng = random.Random(13)
    for week in range(1, 25):
        body = _visitors(rng, week)
        if week % 2:
            make_pdf(folder / "来访登记" / f"第{week}周.pdf", [f"{week:06d}\n华岳精工 秘密 1年\n{body}"])
        else:
            make_docx(folder / "来访登记" / f"第{week}周.docx",
                      [f"{week:06d}", "华岳精工 秘密 1年", *body.splitlines()],
                      header="华岳精工 秘密", footer="第 1 页 共 1 页")
    make_text(folder / "未标密.txt", "关于周末加班的说明\n请各部门自行安排。")
    (folder / "坏文件.pdf").write_bytes(b"%PDF-1.7 broken")


def test_train_from_archive_installs_a_workspace_model_that_fixes_what_the_shipped_model_gets_wrong(
        tmp_path: Path, cli):
    import json

    from tests.builders import make_text

    archive, workspace = tmp_path / "档案", tmp_path / "ws"
    _archive_folder(archive)
    corpus = tmp_path / "base.jsonl"  # a slice of the shipped corpus keeps the test quick
    lines = (CORPUS / "train_extra.jsonl").read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join(lines[::3]) + "\n", encoding="utf-8")
    register = make_text(tmp_path / "新来访登记表.txt", _visitors(random.Random(999), 52))

    code, out, _ = cli("classify", register, "--workspace", workspace, "--json")
    assert code == 0 and json.loads(out)["level"] != "秘密"  # the shipped model: not personal data (内部 or 机密)

    # The model to beat is the one in use, trained on the same corpus without the archive (the shipped model
    # itself is also trained on real documents this test does not have).
    in_use = tmp_path / "in-use.npz"
    assert cli("train", corpus, "--out", in_use)[0] == 0
    code, out, err = cli("train", corpus, "--from-archive", archive, "--workspace", workspace, "--baseline", in_use,
                         "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["archive_documents"] == 24 and report["archive_heldout"] == 4
    assert {item["file"] for item in report["archive_skipped"]} == {"未标密.txt", "坏文件.pdf"}
    assert report["installed"] is True and (workspace / "models" / "model.npz").exists()

    code, out, _ = cli("classify", register, "--workspace", workspace, "--json")
    assert code == 0 and json.loads(out)["level"] == "秘密"
