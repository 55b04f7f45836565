"""The trained model: written safely, refused when damaged, scored without scikit-learn, combined sanely."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from classifiers import TextBlock, suggest
from classifiers.combine import combine, hard_floor
from classifiers.kinds import internal_use_statement
from classifiers.model import FORMAT_VERSION, ModelLoadError, Prediction, default_model_path, load_model
from classifiers.rules import suggest_by_rules
from classifiers.training import build, read_jsonl
from marker.domain.policy import default_policy
from marker.intake.suggest import model_for, ruleset_for, suggest_for
from marker.reading.documents import read
from tests.builders import make_text

CORPUS = Path(__file__).resolve().parents[1] / "classifiers" / "corpus"
PASSWORD_DOC = ("系统交接说明\n各位同事：\n生产数据库地址 10.0.0.8，管理员账号 root，"
                "密码：Hq@2026!xk\n请妥善保管。本说明已在公司官网公开发布。")


def _rules():
    return ruleset_for(default_policy())


def _terms_and_levels():
    rules = _rules()
    terms = sorted({t for cat in rules.categories for t in cat.terms if not t.isascii()})
    return rules, terms, {cat.name: rules.level_names[cat.level_rank] for cat in rules.categories}


def _slice(path: Path, step: int) -> Path:
    lines = (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[::step]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    """A model fitted on every 4th training document: quick, and good enough to compare exports."""
    rules, terms, category_levels = _terms_and_levels()
    examples = read_jsonl(CORPUS / "train.jsonl")[::4]
    return build(examples, levels=rules.level_names, terms=terms, category_levels=category_levels)


def _workspace_with_model(tmp_path: Path, data: bytes, manifest: dict) -> Path:
    workspace = tmp_path / "ws"
    (workspace / "models").mkdir(parents=True)
    (workspace / "models" / "model.npz").write_bytes(data)
    (workspace / "models" / "model.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return workspace


def test_train_writes_model_and_manifest_atomically(tmp_path: Path, cli):
    corpus = _slice(tmp_path / "slice.jsonl", 5)
    out = tmp_path / "out" / "m.npz"
    code, stdout, _ = cli("train", corpus, "--out", out, "--json")
    assert code == 0
    manifest = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == FORMAT_VERSION and manifest["artifact"]["file"] == "m.npz"
    assert {"numpy", "scikit-learn", "jieba"} <= set(manifest["libraries"])
    assert len(manifest["training_data"]["sha256"]) == 64 and manifest["created"]
    assert manifest["metrics"]["heldout"]["combined"]["macro_f1"] > 0
    assert not list(out.parent.glob(".miji-tmp-*"))
    assert load_model(out).levels == _rules().level_names
    assert json.loads(stdout)["path"] == str(out)


@pytest.mark.parametrize("damage", ["version", "corrupt", "truncated"])
def test_damaged_model_is_refused_and_rules_decide_with_a_warning(tmp_path: Path, small, damage, caplog):
    data, manifest, _, _ = small
    if damage == "version":
        manifest = manifest | {"format_version": FORMAT_VERSION + 1}
    elif damage == "corrupt":
        data = data[:1000] + bytes([data[1000] ^ 0xFF]) + data[1001:]
    else:
        data = data[: len(data) // 2]
    workspace = _workspace_with_model(tmp_path, data, manifest)
    with pytest.raises(ModelLoadError, match="版本" if damage == "version" else "SHA-256"):
        load_model(workspace / "models" / "model.npz")
    document = read(make_text(tmp_path / "p.txt", PASSWORD_DOC))
    with caplog.at_level(logging.WARNING, logger="marker.intake.suggest"):
        suggestion = suggest_for(document, default_policy(), workspace=workspace)
    assert suggestion.source == "rules" and suggestion.level == "绝密"
    assert any("model unusable" in record.getMessage() for record in caplog.records)


def test_numpy_scorer_agrees_with_the_sklearn_pipeline(small):
    _, _, model, fitted = small
    texts = [ex.text for ex in read_jsonl(CORPUS / "heldout.jsonl")]
    assert np.abs(model.predict_proba(texts) - fitted.predict_proba(texts)).max() < 1e-6


def test_hard_pattern_is_a_floor_the_model_cannot_lower():
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", PASSWORD_DOC),), rules)
    assert any(ev.hard for ev in by_rules.evidence)
    sure_public = Prediction((0.99, 0.0025, 0.0025, 0.0025, 0.0025), rules.level_names, {"public": 1.0})
    combined = combine(by_rules, sure_public, rules, PASSWORD_DOC)
    assert combined.level == "绝密" and combined.category == "admin_credentials"


README_DEMO_LOGIN = ("# 图书管理系统\n\n一个开源的图书借阅管理系统，欢迎使用和提交 Issue。\n\n## 快速开始\n\n"
                     "1. 克隆仓库并安装依赖：`npm install`\n2. 启动服务：`npm run dev`\n"
                     "3. 打开 http://localhost:8080 ，使用默认账号登录：账号：admin 密码：admin123\n\n"
                     "## 许可证\n\nMIT\n")


def test_a_published_guides_demo_login_is_not_taken_as_top_secret():
    """A README's default login (admin/admin123) was the only proof of 绝密 for open-source manuals labelled 公开 (five
    in the grouped CV, two on fresh80): where both heads read the text as a published page, the level head's 公开
    stands and a person confirms. A real-looking password, an account list or an unpublished text keeps the floor."""
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", README_DEMO_LOGIN),), rules)
    assert by_rules.level == "绝密" and any(ev.hard for ev in by_rules.evidence)
    published_page = Prediction((0.7, 0.2, 0.02, 0.05, 0.03), rules.level_names, {}, published=0.9)
    shown = combine(by_rules, published_page, rules, README_DEMO_LOGIN)
    assert shown.level == "公开" and shown.needs_review
    assert any("默认或演示口令" in reason for reason in shown.review_reasons)
    # A level head that still puts a third on the secret levels (fresh77's local-deployment guide: 公开 0.62, 机密 0.33,
    # P(published) 0.76) does not get the set-aside login's 绝密 back from the net that holds the rules' secret level.
    doubting = Prediction((0.62, 0.03, 0.0, 0.33, 0.02), rules.level_names, {}, published=0.76)
    assert combine(by_rules, doubting, rules, README_DEMO_LOGIN).level == "公开"
    unpublished = Prediction((0.7, 0.2, 0.02, 0.05, 0.03), rules.level_names, {}, published=0.2)
    assert combine(by_rules, unpublished, rules, README_DEMO_LOGIN).level == "绝密"
    real_password = README_DEMO_LOGIN.replace("admin123", "Hq8xk2026")
    held = combine(suggest_by_rules((TextBlock("para", real_password),), rules), published_page, rules, real_password)
    assert held.level == "绝密"
    accounts = README_DEMO_LOGIN.replace("账号：admin 密码：admin123", "账号：admin 密码：admin123\n"
                                         "账号：teacher 密码：test123\n账号：student 密码：user123")
    listed = combine(suggest_by_rules((TextBlock("para", accounts),), rules), published_page, rules, accounts)
    assert listed.level == "绝密"
    # fresh95's software manual: three accounts in a table, all with 123456, are an account list, not one demo login
    table = README_DEMO_LOGIN.replace("使用默认账号登录：账号：admin 密码：admin123", "默认账号密码：\n\n"
                                      "| 用户名 | 密码 | 角色 |\n|---|---|---|\n| admin | 123456 | 管理员 |\n"
                                      "| student | 123456 | 学生 |\n| master | 123456 | 群主 |")
    shared = combine(suggest_by_rules((TextBlock("para", table),), rules), published_page, rules, table)
    assert shared.level == "绝密"
    # fresh104's teaching-assistant manual: two built-in accounts as list items in code spans, both 123456 (绝密, read
    # as 公开 at 0.965): found as credentials, and two accounts are a list, not one demo login
    items = README_DEMO_LOGIN.replace("使用默认账号登录：账号：admin 密码：admin123", "> 内置测试账号：\n"
                                      "> - 助教老师：`tabuddy` / `123456`\n> - 管理员：`admin` / `123456`")
    two = combine(suggest_by_rules((TextBlock("para", items),), rules), published_page, rules, items)
    assert two.level == "绝密"


def test_an_unannounced_price_change_is_top_secret_with_the_price_move_as_evidence():
    """The written memo heldout-027 announces a price change before the official notice, without the word 调价. The
    rules used to miss it and the model alone decided; the shipped model read it as 公开 first (0.42) and reached 绝密
    only because the memo's own request for silence ruled 公开 out (绝密 0.31 against 内部 0.26). The policy now names a
    price move with its size (统一下调8个点, 返点从3%提到5%) as price_change evidence, so the rules find it and a person
    sees why; a level head that disagrees sends it to a person at 绝密 instead of taking it down
    (KEEP_POLICY_PATTERN)."""
    rules = _rules()
    [row] = [json.loads(line) for line in (CORPUS / "heldout.jsonl").read_text(encoding="utf-8").splitlines()
             if '"heldout-027"' in line]
    blocks = (TextBlock("para", row["text"]),)
    by_rules = suggest(blocks, rules)
    assert by_rules.level == "绝密" and by_rules.category == "price_change"
    assert any("下调8个点" in ev.snippet for ev in by_rules.evidence if ev.category == "price_change")
    combined = suggest(blocks, rules, load_model(default_model_path()))
    assert combined.level == "绝密" and combined.category == "price_change"
    # A level head that reads the chatty memo as 内部 does not take it down: the policy's own pattern holds the level
    # for a person to confirm.
    chatty = Prediction((0.6, 0.25, 0.0, 0.03, 0.12), rules.level_names, {}, published=0.3)
    held = combine(by_rules, chatty, rules, row["text"])
    assert held.level == "绝密" and held.needs_review
    words_only = "下个月起华东区域的价格政策会有变化，具体幅度另行通知。\n渠道管理部"
    assert suggest((TextBlock("para", words_only),), rules).level != "绝密"  # the size decides, not the topic


def test_too_little_text_stays_a_review_with_the_model():
    model = load_model(default_model_path())
    result = suggest((TextBlock("para", "你好，明天见。"),), _rules(), model)
    assert result.needs_review and result.level != "公开"


def _learned(workspace: Path, rows: list[dict]) -> None:
    folder = workspace / "learned"
    folder.mkdir(parents=True, exist_ok=True)
    for index, row in enumerate(rows):
        (folder / f"{index:04d}.json").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")


def test_workspace_model_installed_only_when_not_worse_and_picked_up_live(tmp_path: Path, cli):
    corpus = _slice(tmp_path / "slice.jsonl", 4)
    rows = [json.loads(line) for line in (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    weak, wrong = tmp_path / "weak.npz", tmp_path / "wrong.jsonl"
    levels = _rules().level_names
    wrong.write_text("".join(json.dumps(r | {"level": levels[(levels.index(r["level"]) + 2) % 5]}, ensure_ascii=False)
                             + "\n" for r in rows[::6]), encoding="utf-8")
    assert cli("train", wrong, "--out", weak)[0] == 0  # a baseline trained on wrong labels
    workspace = tmp_path / "ws"
    document = read(make_text(tmp_path / "doc.txt", rows[2]["text"]))
    suggest_for(document, default_policy(), workspace=workspace)
    assert model_for(workspace).path == default_model_path()

    # Review decisions that all say "公开" for secret documents: worse than the shipped model, refused.
    _learned(workspace, [{"text": r["text"], "level": "公开", "category": "public", "decision": "relevel"}
                         for r in rows[1::3] if r["level"] in ("机密", "绝密")][:150])
    code, out, _ = cli("train", corpus, "--workspace", workspace, "--json")
    assert code == 0 and json.loads(out)["installed"] is False
    assert not (workspace / "models" / "model.npz").exists()

    # Sound decisions against a weak baseline: installed, and the next suggestion uses it.
    for stale in (workspace / "learned").iterdir():
        stale.unlink()
    _learned(workspace, [{"text": r["text"], "level": r["level"], "category": r["category"], "decision": "accept"}
                         for r in rows[1::8]])
    code, out, _ = cli("train", corpus, "--workspace", workspace, "--baseline", weak, "--json")
    report = json.loads(out)
    assert code == 0 and report["installed"] is True and report["learned"] == len(rows[1::8])
    suggest_for(document, default_policy(), workspace=workspace)
    live = model_for(workspace)
    assert live.path == workspace / "models" / "model.npz"
    assert live.manifest["training_data"]["sources"]["learned"] == len(rows[1::8])


def test_classify_path_does_not_import_sklearn(tmp_path: Path):
    text = "关于调整明年华东区出厂价格的请示\n" + "各位领导：拟自下月起上调出厂价。" * 5
    path = make_text(tmp_path / "notice.txt", text)
    script = ("import sys\nfrom marker.cli import main\n"
              f"code = main(['classify', {str(path)!r}, '--json'])\n"
              "assert 'sklearn' not in sys.modules, 'sklearn imported'\n"
              "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout.strip().splitlines()[-1])
    assert row["level"] and row["error"] is None


def test_a_level_resting_on_words_alone_or_on_the_model_is_never_shown_at_ninety_percent():
    rules = _rules()
    text = "第三季度工作安排\n各部门预算执行情况汇总，成本核算与利润分析，资金往来明细按月报送。"
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.kind not in ("制度办法", "纪要", "合同协议") and not any(ev.hard for ev in by_rules.evidence)
    agree = [0.0025] * 5
    agree[by_rules.level_rank] = 0.99
    sure = Prediction(tuple(agree), rules.level_names, {})
    assert combine(by_rules, sure, rules, text).confidence <= 0.85
    overrule = Prediction((0.0025, 0.0025, 0.0025, 0.0025, 0.99), rules.level_names, {})
    raised = combine(by_rules, overrule, rules, text)
    assert raised.level == "绝密" and raised.source == "model" and raised.confidence <= 0.85


def test_credential_words_without_a_value_do_not_back_a_model_guess_of_top_secret():
    rules = _rules()
    text = ("服务器清单\n| 主机名 | IP | 用途 |\n| web01 | 10.0.1.11 | 前端 |\n| db01 | 10.0.1.21 | 数据库 |\n"
            "| app01 | 10.0.1.31 | 应用 |\n运维人员通过堡垒机登录，账号由运维组统一分配。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "机密" and by_rules.kind == "技术资料"
    sure_top = Prediction((0.0025, 0.0025, 0.0025, 0.0025, 0.99), rules.level_names, {})
    combined = combine(by_rules, sure_top, rules, text)
    assert combined.needs_review and combined.confidence <= 0.5
    assert any(reason.startswith("只有模型判断为涉密") for reason in combined.review_reasons)


def test_a_design_note_whose_body_says_flow_and_rules_is_raised_by_a_sure_model():
    """流程/制度 in a design note's body are not a rule document's title: a sure model raises the note to 机密."""
    rules = _rules()
    text = ("# 扫码点餐\n## 点餐过程\n顾客扫码进入点餐页面，选购物品加入购物车，结账支付。\n"
            "**扩展（或替代流程）：**\n a. 顾客取消订单，系统恢复库存。\n* 积分制度？\n* 前台可否支持现金结款？")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level_rank <= 1
    confidential = Prediction((0.01, 0.05, 0.0, 0.93, 0.01), rules.level_names, {})
    assert combine(by_rules, confidential, rules, text).level == "机密"


def test_a_level_two_below_what_the_model_finds_likely_goes_to_a_person_at_that_level():
    rules = _rules()
    text = ("# 实施执行\n## 项目实施规划\n**项目周期**：5年\n**建设目标**：1000座站点\n"
            "各部门负责人按季度安排人员培训，优化建设流程。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "内部" and by_rules.publication != "published"
    split = Prediction((0.02, 0.01, 0.0, 0.44, 0.53), rules.level_names, {})
    guarded = combine(by_rules, split, rules, text)
    assert guarded.level == "绝密" and guarded.needs_review and guarded.confidence <= 0.5
    assert any(reason.startswith("模型认为很可能涉密") for reason in guarded.review_reasons)
    # a published text keeps its level: its cue, not a mention, decided it
    news = ("华岳精工中标智能工厂项目\n本报讯（记者 王晓明）3月12日，华岳精工发布公告称，公司中标某市项目。\n"
            "业内人士表示，该项目将带动公司发展。\n责任编辑：李红")
    published = suggest_by_rules((TextBlock("para", news),), rules)
    assert combine(published, split, rules, news).level == "公开"


NEWS_PAGE = ("江城机器人亮相工业博览会\n2025-09-18 10:32 | 浏览次数：1268\n"
             "本次博览会上，江城机器人展出了新一代协作机器人，现场签约意向金额超过三亿元，投资与融资方同台洽谈，"
             "融资计划与估值成为焦点。\n版权所有 © 江城日报社  ICP备12345678号")


def test_a_page_the_publication_head_is_sure_of_is_public_with_the_structures_that_decided_it():
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", NEWS_PAGE),), rules)
    assert by_rules.publication != "published" and by_rules.level != "公开"  # no cue the rules know
    reasons = (("浏览/阅读次数", "2025-09-18 10:32 | 浏览次数：1268", 0.9),
               ("版权/备案行", "版权所有 © 江城日报社  ICP备12345678号", 0.6))
    secret_words = Prediction((0.3, 0.25, 0.05, 0.35, 0.05), rules.level_names, {}, published=0.93,
                              publication_reasons=reasons)
    for head_leads in (True, False):
        combined = combine(by_rules, secret_words, rules, NEWS_PAGE, head_leads=head_leads)
        assert combined.level == "公开" and combined.publication == "published"
        assert any("浏览次数" in sentence for sentence in combined.publication_evidence)
        assert combined.evidence[0].term.startswith("发布状态:published")
        # the same page with a password in it: the hard pattern wins over the head
        leaked = NEWS_PAGE + "\n后台账号密码：\nadmin/Jc@2025pass"
        with_password = suggest_by_rules((TextBlock("para", leaked),), rules)
        assert combine(with_password, secret_words, rules, leaked, head_leads=head_leads).level == "绝密"
    # Half the level head's weight on the secret levels: the cascade trusts the page's look, the head-led
    # combination sends it to a person at the secret level (its guard holds under a 'published' too).
    half_secret = Prediction((0.3, 0.1, 0.1, 0.4, 0.1), rules.level_names, {}, published=0.93,
                             publication_reasons=reasons)
    assert combine(by_rules, half_secret, rules, NEWS_PAGE, head_leads=False).level == "公开"
    held = combine(by_rules, half_secret, rules, NEWS_PAGE)
    assert held.level == "机密" and held.needs_review and held.confidence <= 0.5


def test_a_published_guess_never_stands_under_a_secret_level_the_guard_would_raise():
    """The publication head's 'published' needs the level head to put less than GUARD_AT on the secret levels:
    above it the safety guard raised the level again, under a 'published' state and evidence it no longer backed."""
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", NEWS_PAGE),), rules)
    reasons = (("浏览/阅读次数", "2025-09-18 10:32 | 浏览次数：1268", 0.9),)
    mostly_secret = Prediction((0.1, 0.1, 0.1, 0.6, 0.1), rules.level_names, {}, published=0.93,
                               publication_reasons=reasons)
    combined = combine(by_rules, mostly_secret, rules, NEWS_PAGE)
    assert combined.publication != "published" and not any("模型判断已发布" in s for s in combined.publication_evidence)
    assert combined.level in ("机密", "绝密"), "a secret level the model and the rules back, not 公开"


def test_a_published_guess_keeps_the_review_the_rules_asked_for():
    """Rules that found too little to go on ask for a person; the head's 'published' does not silently drop that
    unless the level head itself is sure of 公开."""
    rules = _rules()
    text = "江城机器人亮相工业博览会\n2025-09-18 10:32 | 浏览次数：1268\n本次展会展出了新一代协作机器人。"
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.needs_review
    unsure = Prediction((0.3, 0.3, 0.2, 0.1, 0.1), rules.level_names, {}, published=0.75)
    combined = combine(by_rules, unsure, rules, text)
    assert combined.needs_review and combined.confidence <= 0.5
    sure = Prediction((0.9, 0.05, 0.02, 0.02, 0.01), rules.level_names, {}, published=0.95)
    assert not combine(by_rules, sure, rules, text).needs_review


def test_a_companys_own_writing_format_rules_are_not_a_writing_guide_article():
    rules = _rules()
    text = ("XX集团公司公文写作格式规范\n第一条 为规范集团公文写作，制定本规范。\n第二条 本规范适用于集团各部门。\n"
            "第三条 公文标题使用二号小标宋体字。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.publication != "published" and by_rules.level == "内部"


def test_the_publication_structures_never_run_across_blank_lines():
    """A line-start pattern that may eat newlines (^\\s* under re.M) rescans every run of blank lines from each of
    its line starts: quadratic on a padded text, in the main process. Each pattern's line-start prefix stays on
    its line."""
    from classifiers.publication import STRUCTURES, structure_counts

    for name, pattern, _ in STRUCTURES:
        assert "^\\s" not in pattern and "\\s*$" not in pattern, name
    padded = "来源：新华社\n" + " \n" * 200 + "来源：新华社"
    assert structure_counts(padded)[[n for n, _, _ in STRUCTURES].index("来源行")] >= 2


def test_public_needs_the_publication_head_when_the_level_head_lowers_a_plan():
    rules = _rules()
    text = ("融资计划\n本项目拟出让10%股权，融资需求500万元，投资回收期3年，内部收益率25%。\n"
            "资金使用计划：研发60%，市场40%。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "绝密"
    looks_public = Prediction((0.95, 0.0125, 0.0125, 0.0125, 0.0125), rules.level_names, {}, published=0.2)
    assert combine(by_rules, looks_public, rules, text, head_leads=False).level == "绝密"  # the cascade: the rules'
    led = combine(by_rules, looks_public, rules, text)
    assert led.level != "公开" and led.publication != "published"  # the head's likeliest level that is not 公开


def test_a_model_with_a_publication_head_exports_it_and_names_what_pushed_it(tmp_path: Path):
    from classifiers.publication import NAMES
    from classifiers.training import Example

    rules, terms, category_levels = _terms_and_levels()
    examples = [Example(ex.text, ex.level, ex.category, "written", "published" if ex.level == "公开" else "internal")
                for ex in read_jsonl(CORPUS / "train.jsonl")[::4]]
    data, manifest, model, _ = build(examples, levels=rules.level_names, terms=terms,
                                     category_levels=category_levels)
    assert manifest["publication_features"] == list(NAMES) and "pub_coef" in model.arrays
    prediction = model.predict_text(NEWS_PAGE, explain=4)
    assert prediction.published is not None and 0.0 <= prediction.published <= 1.0
    assert all(isinstance(name, str) and weight != 0 for name, _, weight in prediction.publication_reasons)
    path = tmp_path / "m.npz"
    path.write_bytes(data)
    path.with_suffix(".json").write_text(json.dumps(manifest | {"publication_features": ["x"]}), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="publication features"):
        load_model(path)


def test_a_level_head_sure_of_a_lower_level_overrules_the_kind_but_never_a_hard_pattern():
    """The kind is the rules' guess at what a text is (会议 words → 纪要 → 机密); a level head KIND_LOWER_AT sure of a
    lower level (a company's meeting rules) overrules it, but not a password's 绝密."""
    rules = _rules()
    text = ("季度总结会议纪要\n参会人员：各部门负责人\n会议内容：一、会前准备；二、会议流程；三、会后总结。\n"
            "会议时间每季度第一周。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.kind == "纪要" and by_rules.level == "机密"
    sure_internal = Prediction((0.01, 0.95, 0.02, 0.01, 0.01), rules.level_names, {}, published=0.05)
    assert combine(by_rules, sure_internal, rules, text).level == "内部"
    unsure = Prediction((0.01, 0.6, 0.02, 0.36, 0.01), rules.level_names, {}, published=0.05)
    assert combine(by_rules, unsure, rules, text).level == "机密"
    leaked = text + "\n会议系统管理员密码：Mt#2025qx"
    with_password = suggest_by_rules((TextBlock("para", leaked),), rules)
    assert combine(with_password, sure_internal, rules, leaked).level == "绝密"


def test_a_kind_with_a_secret_level_goes_public_only_when_both_heads_say_so():
    """An article about what a contract should contain reads like a contract to the rules (秘密): the level head sure
    of 公开 lowers it only when the publication head backs 'published' too (a contract template stays 秘密)."""
    rules = _rules()
    text = ("签外包合同，别让验收条款坑了你\n甲方和乙方签订本合同前，应当写清交付物、验收标准和违约责任。"
            "很多企业在外包合同里只写了总价，结果验收时扯皮。本文总结三条经验，供大家参考。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.kind == "合同协议" and by_rules.level == "秘密"
    article = Prediction((0.92, 0.03, 0.03, 0.01, 0.01), rules.level_names, {}, published=0.6)
    template = Prediction((0.92, 0.03, 0.03, 0.01, 0.01), rules.level_names, {}, published=0.2)
    for head_leads in (True, False):
        assert combine(by_rules, article, rules, text, head_leads=head_leads).level == "公开"
        assert combine(by_rules, template, rules, text, head_leads=head_leads).level != "公开"
    assert combine(by_rules, template, rules, text, head_leads=False).level == "秘密"


def test_a_page_that_reads_published_keeps_its_secret_level_when_the_level_head_leans_secret():
    """A student project's database design reads like a web page (P(published) 0.85) while the level head puts 0.6
    on 机密: below PUBLISHED_SURE_AT the head's 'published' needs less than PUBLISHED_SECRET_BELOW on the secret
    levels."""
    rules = _rules()
    text = ("社群平台数据库设计文档\n一、概念设计\n"
            "用户表记录注册用户的昵称、头像和学院；帖子表记录标题、正文和发帖时间；评价表记录课程评分。\n二、逻辑设计\n各表以编号为主键，帖子表以用户编号关联用户表。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "机密" and by_rules.publication != "published"
    leaning_secret = Prediction((0.38, 0.02, 0.0, 0.6, 0.0), rules.level_names, {}, published=0.85)
    combined = combine(by_rules, leaning_secret, rules, text)
    assert combined.level == "机密" and combined.publication != "published"
    leaning_public = Prediction((0.8, 0.02, 0.0, 0.18, 0.0), rules.level_names, {}, published=0.85)
    assert combine(by_rules, leaning_public, rules, text).level == "公开"


def test_two_levels_below_a_secret_level_the_rules_found_needs_a_level_head_without_secret_weight():
    """A 机密 design note or 报表 found on a public site: the level head leans 公开 but still puts SECRET_KEEP_AT on the
    secret levels, so the rules' 机密 goes to a person instead of a severe under-classification. A head with little
    secret weight, or a publication head PUBLISHED_SURE_AT sure, still lowers it. The learnt combination of round 10
    does not lower a level this net holds (combine.KEEP_NETS)."""
    rules = _rules()
    text = ("社群平台数据库设计文档\n一、概念设计\n"
            "用户表记录注册用户的昵称、头像和学院；帖子表记录标题、正文和发帖时间；评价表记录课程评分。\n二、逻辑设计\n各表以编号为主键，帖子表以用户编号关联用户表。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "机密" and by_rules.publication != "published"
    leaning_public = Prediction((0.6, 0.02, 0.0, 0.38, 0.0), rules.level_names, {}, published=0.85)
    kept = combine(by_rules, leaning_public, rules, text)
    assert kept.level == "机密" and kept.needs_review and kept.confidence <= 0.5
    assert kept.publication != "published" and any(r.startswith("规则判断涉密") for r in kept.review_reasons)
    internal = Prediction((0.1, 0.6, 0.0, 0.3, 0.0), rules.level_names, {}, published=0.1)
    assert combine(by_rules, internal, rules, text).level == "机密"
    sure_page = Prediction((0.6, 0.02, 0.0, 0.38, 0.0), rules.level_names, {}, published=0.95)
    assert combine(by_rules, sure_page, rules, text).level == "公开"


def test_text_that_is_not_mostly_chinese_stays_a_review_at_the_secret_level_a_sure_model_finds():
    """The cascade (a workspace model, another policy): a customers-and-orders table schema with English column names:
    the rules cannot read it (review, 内部); a level
    head UNREADABLE_RAISE_AT sure of 机密 shows 机密 to the person, never a confident suggestion; an unsure one changes
    nothing."""
    rules = _rules()
    schema = ("customer table\n| column | definition |\n|---|---|\n| customer_id | BIGINT NOT NULL AUTO_INCREMENT |\n"
              "| customer_name | VARCHAR(100) NOT NULL |\n| phone | VARCHAR(20) |\n| credit_limit | DECIMAL(12,2) |\n"
              "| order_total | DECIMAL(12,2) |\n| created_at | DATETIME |\n客户信息表")
    by_rules = suggest_by_rules((TextBlock("para", schema),), rules)
    assert by_rules.needs_review and by_rules.level == "内部"
    assert any(reason.startswith("不是以中文为主") for reason in by_rules.review_reasons)
    sure = Prediction((0.01, 0.02, 0.01, 0.95, 0.01), rules.level_names, {}, published=0.02)
    raised = combine(by_rules, sure, rules, schema, head_leads=False)
    assert raised.level == "机密" and raised.needs_review and raised.confidence <= 0.5
    assert raised.review_reasons[:len(by_rules.review_reasons)] == by_rules.review_reasons
    assert any(reason.startswith("只有模型判断为涉密") for reason in raised.review_reasons)  # the person is told why
    published_page = Prediction((0.01, 0.02, 0.01, 0.95, 0.01), rules.level_names, {}, published=0.97)
    # a page that reads published is not raised
    assert combine(by_rules, published_page, rules, schema, head_leads=False).level == "内部"
    announcement = ("证券代码：600123 证券简称：华岳精工 公告编号：2026-018\n"
                    "ANNOUNCEMENT ON THE RESULTS OF THE ANNUAL GENERAL MEETING\n"
                    "The board of directors of the Company announces that all resolutions proposed at the annual "
                    "general meeting held on 18 May 2026 were duly passed by way of poll. Shareholders holding a total "
                    "of 1,203,456,000 shares attended the meeting in person or by proxy. By order of the Board.")
    listed = suggest_by_rules((TextBlock("para", announcement),), rules)
    assert listed.publication == "published" and any(r.startswith("不是以中文为主") for r in listed.review_reasons)
    # its 证券代码 cue: not raised by the head alone
    assert combine(listed, sure, rules, announcement, head_leads=False).level == "内部"
    unsure = Prediction((0.01, 0.2, 0.01, 0.77, 0.01), rules.level_names, {}, published=0.02)
    assert combine(by_rules, unsure, rules, schema, head_leads=False).level == "内部"
    sure_top = Prediction((0.01, 0.01, 0.01, 0.02, 0.95), rules.level_names, {}, published=0.02)
    assert combine(by_rules, sure_top, rules, schema, head_leads=False).confidence <= 0.5  # never a confident 绝密


def test_half_the_models_weight_two_levels_above_the_suggestion_sends_it_to_a_person_at_that_level():
    """The cascade's net holds against the learnt combination of round 10 (combine.KEEP_NETS)."""
    rules = _rules()
    text = ("店铺经营管理规定\n第一条 为规范门店经营，制定本规定。\n第二条 门店每月盘点一次，盘点结果报经营部。\n"
            "第三条 本规定自发布之日起施行。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "内部"
    spread = Prediction((0.05, 0.35, 0.05, 0.25, 0.30), rules.level_names, {}, published=0.05)
    combined = combine(by_rules, spread, rules, text)
    assert combined.level == "绝密" and combined.needs_review and combined.confidence <= 0.5
    leaning_internal = Prediction((0.05, 0.55, 0.05, 0.15, 0.20), rules.level_names, {}, published=0.05)
    assert combine(by_rules, leaning_internal, rules, text).level == "内部"


def test_text_the_rules_found_nothing_in_is_public_when_both_heads_lean_that_way():
    rules = _rules()
    text = ("江边步道今日开放\n"
            "沿江步道全长六公里，设有三处观景平台和两处停车场，市民可免费使用，开放时间为早六点至晚十点。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.needs_review and by_rules.category is None
    leaning_public = Prediction((0.65, 0.2, 0.05, 0.05, 0.05), rules.level_names, {}, published=0.5)
    assert combine(by_rules, leaning_public, rules, text).level == "公开"
    unpublished = Prediction((0.65, 0.2, 0.05, 0.05, 0.05), rules.level_names, {}, published=0.1)
    assert combine(by_rules, unpublished, rules, text).level == "内部"
    # The rules asked for a person (they found nothing): a level head barely leaning 公开 does not clear that review
    # (the cascade shows 内部 then, the head-led combination the head's 公开, both for a person to decide).
    barely = Prediction((0.55, 0.3, 0.05, 0.05, 0.05), rules.level_names, {}, published=0.4)
    unsure = combine(by_rules, barely, rules, text, head_leads=False)
    assert unsure.level == "内部" and unsure.needs_review
    led = combine(by_rules, barely, rules, text)
    assert led.level == "公开" and led.needs_review and led.confidence <= 0.5


def test_a_sure_level_head_lowers_a_thin_top_secret_to_secret_without_a_review():
    """绝密 → 秘密 on thin rules' evidence is LOWER_SECRET_AT's to decide: the net that holds drops out of the secret
    levels (SECRET_KEEP_AT) does not undo it."""
    rules = _rules()
    text = "项目报价\n报价明细如下，本次报价含税。\n| 项目 | 单价 |\n| 设备 | 3万 |"
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "绝密" and not by_rules.needs_review and by_rules.confidence < 0.7
    secret = Prediction((0.02, 0.03, 0.85, 0.05, 0.05), rules.level_names, {}, published=0.05)
    lowered = combine(by_rules, secret, rules, text)
    assert lowered.level == "秘密" and not lowered.needs_review
    assert not any(reason.startswith("规则判断涉密") for reason in lowered.review_reasons)


def test_no_password_of_a_training_document_reaches_the_fitted_vocabulary():
    from classifiers.training import Example

    rules, terms, category_levels = _terms_and_levels()
    examples = read_jsonl(CORPUS / "train.jsonl")[::6]
    for n in range(3):
        examples.append(Example(f"服务器交接{n}\n测试服务器密码：Zr83kq7mp\n运维账号 opsadmin\n哈希 3f9a0c2b7d1e88aa\n",
                                "绝密", "admin_credentials"))
    _, _, model, _ = build(examples, levels=rules.level_names, terms=terms, category_levels=category_levels)
    words = set(model._word_index)
    assert "opsadmin" in words or "运维" in words  # the rest of those texts is learned as usual
    assert not any(word.startswith(("zr0kq0", "0f0a0c0b0d0e0aa")) for word in words)


def test_a_level_head_this_sure_decides_against_the_rules_words_but_not_below_a_hard_pattern():
    """On sources never trained on, the rules' words overruled a level head MODEL_LEADS_AT sure far more often wrongly
    than rightly (an investment appraisal the rules read as 机密 for its financial words, a news page raised by 招标):
    at that confidence the level head decides, to 公开 only with the publication head, never below a hard pattern."""
    rules = _rules()
    plan = ("民宿项目收益测算\n一、总投资约300万元，其中装修120万元。\n"
            "二、年营业收入约150万元，净利润率25%，回收期约4年。")
    by_rules = suggest_by_rules((TextBlock("para", plan),), rules)
    assert by_rules.level == "机密"  # its financial words; what it is, an investment appraisal, is 绝密
    sure_top = Prediction((0.02, 0.03, 0.05, 0.23, 0.67), rules.level_names, {}, published=0.1)
    assert combine(by_rules, sure_top, rules, plan).level == "绝密"
    unsure_top = Prediction((0.02, 0.03, 0.05, 0.3, 0.6), rules.level_names, {}, published=0.1)
    assert combine(by_rules, unsure_top, rules, plan, head_leads=False).level == by_rules.level  # the cascade
    assert combine(by_rules, unsure_top, rules, plan).level == "绝密"  # the head leads at any confidence
    news = ("本报讯（记者 王明）3月5日，市公共资源交易中心发布公告，全市工程建设项目招标投标价格信息平台正式上线，"
            "投标报价、中标价格等信息将统一公开。来源：市融媒体中心")
    news_rules = suggest_by_rules((TextBlock("para", news),), rules)
    sure_public = Prediction((0.7, 0.1, 0.1, 0.05, 0.05), rules.level_names, {}, published=0.8)
    not_published = Prediction((0.7, 0.1, 0.1, 0.05, 0.05), rules.level_names, {}, published=0.2)
    if news_rules.level != "公开":
        assert combine(news_rules, sure_public, rules, news).level == "公开"
        assert combine(news_rules, not_published, rules, news).level != "公开"
    leaked = plan + "\n财务系统管理员账号 admin 密码：Qx#2025ms"
    with_password = suggest_by_rules((TextBlock("para", leaked),), rules)
    sure_low = Prediction((0.02, 0.9, 0.04, 0.02, 0.02), rules.level_names, {}, published=0.1)
    assert combine(with_password, sure_low, rules, leaked).level == "绝密"


def test_a_level_head_leading_keeps_the_publication_state_and_the_review_reasons_true():
    """Where the level head sets the level, what is shown agrees with it: a text the rules found published and the
    head raises to a secret level is not shown as published, and goes to a person; a secret level from words alone
    is not dropped two levels to 公开 by a head only MODEL_LEADS_AT sure."""
    rules = _rules()
    notice = ("证券代码：600123 证券简称：华岳精工 公告编号：2024-015\n华岳精工股份有限公司2023年度利润分配方案公告\n"
              "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
              "每股派发现金红利0.25元（含税），本次利润分配方案尚需提交股东大会审议。")
    by_rules = suggest_by_rules((TextBlock("para", notice),), rules)
    assert by_rules.level == "公开" and by_rules.publication == "published"
    raised = combine(by_rules, Prediction((0.05, 0.05, 0.7, 0.1, 0.1), rules.level_names, {}, published=0.1),
                     rules, notice)
    assert raised.level == "秘密" and raised.publication != "published" and raised.needs_review
    plan = ("民宿项目收益测算\n一、总投资约300万元，其中装修120万元。\n"
            "二、年营业收入约150万元，净利润率25%，回收期约4年。")
    words = suggest_by_rules((TextBlock("para", plan),), rules)
    assert words.level == "机密"
    lowered = combine(words, Prediction((0.7, 0.1, 0.1, 0.05, 0.05), rules.level_names, {}, published=0.55), rules,
                      plan, head_leads=False)
    assert lowered.level != "公开"
    # LOWER_WORDS_FAR_AT (0.8): on words alone, a head 0.82 sure of 公开 that the publication head backs goes there
    far = combine(words, Prediction((0.82, 0.08, 0.04, 0.04, 0.02), rules.level_names, {}, published=0.6), rules,
                  plan, head_leads=False)
    assert far.level == "公开"


def test_a_level_head_leaning_public_moves_a_word_level_internal_to_public_when_the_page_may_be_published():
    """One level, 内部 → 公开 (never a severe error): a news item the rules call 内部 for '各部门' goes to 公开 when the
    level head is MODEL_LEADS_PUBLIC_AT sure and the publication head gives it MODEL_LEADS_PUBLISHED; a publication
    head that says it is not published keeps 内部."""
    rules = _rules()
    text = ("市民公园迎来赏花季\n近日，市民公园的樱花进入盛花期，各部门联合开展了游园活动，吸引了大批市民前来观赏。"
            "园方提醒游客文明赏花，注意安全。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "内部" and not by_rules.needs_review
    leaning = Prediction((0.55, 0.35, 0.04, 0.04, 0.02), rules.level_names, {}, published=0.4)
    lowered = combine(by_rules, leaning, rules, text)
    assert lowered.level == "公开" and lowered.publication == "published" and lowered.confidence < 0.9
    unpublished = Prediction((0.55, 0.35, 0.04, 0.04, 0.02), rules.level_names, {}, published=0.1)
    assert combine(by_rules, unpublished, rules, text).level == "内部"


# --- round 10: the combination learnt from out-of-sample predictions (classifiers/stacking.py) ---------------------

@pytest.fixture()
def learnt_says(monkeypatch):
    """Switch the learnt combination on (it is off by default: see combine.LEARNT) and make it give these
    probabilities whatever the features (zero weights, log-q intercepts)."""
    from classifiers import combine as module
    from classifiers import stacking

    monkeypatch.setattr(module, "LEARNT", True)
    monkeypatch.setattr(module, "HEAD_LEADS", False)  # the learnt combination corrects the cascade, not the head

    def say(q: tuple[float, ...]) -> None:
        n = len(stacking.feature_names())
        monkeypatch.setattr(stacking, "MEAN", (0.0,) * n)
        monkeypatch.setattr(stacking, "SCALE", (1.0,) * n)
        monkeypatch.setattr(stacking, "COEF", tuple((0.0,) * n for _ in q))
        monkeypatch.setattr(stacking, "INTERCEPT", tuple(float(np.log(max(p, 1e-9))) for p in q))
    return say


def test_the_learnt_combination_is_exported_numbers_that_fit_its_features():
    from classifiers import stacking
    from classifiers.combine import stack_features

    rules = _rules()
    n = len(stacking.feature_names())
    assert len(stacking.MEAN) == len(stacking.SCALE) == n
    assert len(stacking.COEF) == len(rules.level_names) == len(stacking.INTERCEPT)
    assert all(len(row) == n for row in stacking.COEF)
    text = "关于印发《员工考勤管理办法》的通知\n各部门：\n现将《员工考勤管理办法》印发给你们，请遵照执行。"
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    row = stack_features(by_rules, Prediction((0.1, 0.6, 0.1, 0.1, 0.1), rules.level_names, {}, published=0.2),
                         rules, text)
    assert row is not None and len(row) == n
    assert abs(sum(stacking.probabilities(row)) - 1) < 1e-9


def test_the_learnt_level_is_the_one_with_the_least_expected_cost_where_too_low_by_two_costs_most():
    from classifiers import stacking

    q = (0.6, 0.0, 0.0, 0.4, 0.0)
    assert stacking.decide(q, severe=1.0) == 0  # distance alone: the likeliest level
    assert stacking.decide(q, severe=10.0) == 2  # a 机密 read as 公开 costs most: the level that avoids it
    assert stacking.decide(q, severe=10.0, lowest=3) == 3
    assert stacking.cost(3, 1) == stacking.SEVERE_COST > stacking.cost(1, 3) == 2.0


def test_the_learnt_combination_never_goes_below_a_hard_pattern_or_a_published_cue_the_heads_back(learnt_says):
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", PASSWORD_DOC),), rules)
    learnt_says((0.96, 0.01, 0.01, 0.01, 0.01))
    public = Prediction((0.9, 0.025, 0.025, 0.025, 0.025), rules.level_names, {}, published=0.95)
    assert combine(by_rules, public, rules, PASSWORD_DOC).level == "绝密"
    notice = "关于印发《员工考勤管理办法》的通知\n各部门：\n现将《员工考勤管理办法》印发给你们，请遵照执行。"
    law = ("中华人民共和国数据安全法\n（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）\n"
           "第一条 为了规范数据处理活动，保障数据安全，制定本法。")
    cued = suggest_by_rules((TextBlock("para", law),), rules)
    assert cued.level == "公开" and cued.publication == "published"
    learnt_says((0.01, 0.01, 0.01, 0.01, 0.96))
    agreeing = Prediction((0.9, 0.025, 0.025, 0.025, 0.025), rules.level_names, {}, published=0.9)
    assert combine(cued, agreeing, rules, law).level == "公开"
    assert combine(cued, agreeing, rules, law, learnt=False).level == "公开"
    assert suggest_by_rules((TextBlock("para", notice),), rules).level == "内部"


def test_the_learnt_combination_says_public_only_for_a_text_the_publication_head_finds_published(learnt_says):
    rules = _rules()
    text = ("店铺经营管理规定\n第一条 为规范门店经营，制定本规定。\n第二条 门店每月盘点一次，盘点结果报经营部。\n"
            "第三条 本规定自发布之日起施行。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "内部"
    learnt_says((0.9, 0.04, 0.02, 0.02, 0.02))
    unpublished = Prediction((0.3, 0.6, 0.04, 0.03, 0.03), rules.level_names, {}, published=0.1)
    assert combine(by_rules, unpublished, rules, text).level == "内部"
    unsure = Prediction((0.3, 0.6, 0.04, 0.03, 0.03), rules.level_names, {}, published=0.6)
    assert combine(by_rules, unsure, rules, text).level == "内部"  # below the head's own bar, PUBLISHED_AT
    published = Prediction((0.3, 0.6, 0.04, 0.03, 0.03), rules.level_names, {}, published=0.8)
    moved = combine(by_rules, published, rules, text)
    assert moved.level == "公开" and moved.publication == "published" and moved.source == "model"
    assert any(s.startswith("模型判断已发布") for s in moved.publication_evidence)
    minutes = ("产品评审会会议纪要\n会议时间：2026年3月2日\n参会人员：张伟、李娜、王强\n"
               "议定事项：一、下季度上线新版本；二、市场部负责推广方案。")
    by_kind = suggest_by_rules((TextBlock("para", minutes),), rules)
    assert by_kind.level == "机密"
    assert combine(by_kind, published, rules, minutes).level == "机密"  # the level minutes carry is not lowered


def test_an_unsure_learnt_combination_leaves_the_cascade_and_a_secret_level_needs_a_sure_one(learnt_says):
    from classifiers import combine as module

    rules = _rules()
    text = ("社群平台数据库设计文档\n一、概念设计\n"
            "用户表记录注册用户的昵称、头像和学院；帖子表记录标题、正文和发帖时间；评价表记录课程评分。\n二、逻辑设计\n"
            "各表以编号为主键，帖子表以用户编号关联用户表。")
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    assert by_rules.level == "机密"
    head = Prediction((0.1, 0.6, 0.0, 0.3, 0.0), rules.level_names, {}, published=0.5)
    assert combine(by_rules, head, rules, text, learnt=False).level == "机密"
    learnt_says((0.3, 0.45, 0.0, 0.25, 0.0))  # below OVERRIDE_AT: the cascade's level stands
    assert combine(by_rules, head, rules, text).level == "机密"
    not_sure = module.BIG_DROP_AT - 0.05  # two below 机密, not sure enough
    learnt_says((0.1, not_sure, 0.0, 0.9 - not_sure, 0.0))
    assert combine(by_rules, head, rules, text).level == "机密"
    learnt_says((0.02, 0.9, 0.0, 0.08, 0.0))
    moved = combine(by_rules, head, rules, text)
    assert moved.level == "内部" and moved.source == "model"
    assert moved.needs_review and moved.confidence <= 0.5, "a level the learnt combination changed goes to a person"
    assert any("综合判断" in reason for reason in moved.review_reasons)
    learnt_says((0.02, 0.08, 0.1, 0.1, 0.7))  # above the cascade only RAISE_OVER_CASCADE_AT sure
    assert combine(by_rules, head, rules, text).level == ("绝密" if module.RAISE_OVER_CASCADE_AT <= 0.7 else "机密")


def test_the_learnt_combination_leaves_a_policy_of_other_levels_and_a_model_without_a_publication_head_alone(
        learnt_says):
    from classifiers.blocks import RuleSet

    learnt_says((0.96, 0.01, 0.01, 0.01, 0.01))
    rules = _rules()
    four = RuleSet(level_names=rules.level_names[:4], categories=rules.categories, cues=rules.cues,
                   level_max_years=rules.level_max_years[:4])
    text = "财务预算报告\n本年度预算总额 1,200 万元，其中研发 600 万元。"
    by_rules = suggest_by_rules((TextBlock("para", text),), four)
    head = Prediction((0.7, 0.1, 0.1, 0.1), four.level_names, {}, published=0.9)
    assert combine(by_rules, head, four, text).level in four.level_names  # the cascade alone, no crash
    five = suggest_by_rules((TextBlock("para", text),), rules)
    no_head = Prediction((0.7, 0.1, 0.1, 0.05, 0.05), rules.level_names, {}, published=None)
    assert combine(five, no_head, rules, text) == combine(five, no_head, rules, text, learnt=False)


def test_a_level_the_learnt_combination_moved_is_never_shown_sure_even_over_a_hard_pattern(learnt_says):
    rules = _rules()
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    bodies = [f"11010519{80 + i}0101{100 + i}" for i in range(10)]
    ids = "\n".join(f"张三{i}\t{b}{'10X98765432'[sum(int(d) * w for d, w in zip(b, weights, strict=True)) % 11]}\t男"
                    for i, b in enumerate(bodies))
    text = ("公司财务预算报表与投资决策分析\n"
            + "本年度财务预算、成本核算与投资计划如下，涉及融资方案与利润分配。\n" * 5 + ids)
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    head = Prediction((0.02, 0.03, 0.55, 0.38, 0.02), rules.level_names, {}, published=0.05)
    cascade = combine(by_rules, head, rules, text, learnt=False)
    assert hard_floor(by_rules, rules) == 2 and cascade.level == "机密"  # the ID numbers prove 秘密 at least
    learnt_says((0.0, 0.05, 0.9, 0.05, 0.0))
    moved = combine(by_rules, head, rules, text)
    assert moved.level == "秘密" and moved.needs_review and moved.confidence <= 0.5


def test_a_text_that_says_it_is_for_internal_use_is_not_taken_for_published_by_its_look():
    """本材料…仅供公司管理层及董事会审阅，请勿对外提供: the text's own word beats how published its page looks. Only the
    publication head's say is set aside: the statement never lowers a level, and one about others (检查人员不得对外公开)
    or in quotation marks is not the document's."""
    rules = _rules()
    body = ("华岳精工2026年一季度经营情况\n一、本季度营业收入26,874.16万元，净利润2,314.18万元，毛利率24.4%。\n"
            "二、应收账款余额15,937.62万元，财务费用下降，现金流量净额为正。\n")
    own = body + "本材料未经审计，仅供公司管理层及董事会审阅，请勿对外提供。"
    others = body + "检查人员不得对外公开被检查单位的经营数据。"
    quoted = body + "文件末尾常写“本报告仅供内部参考”。"
    def combined(text: str, head: Prediction, head_leads: bool = True):
        return combine(suggest_by_rules((TextBlock("para", text),), rules), head, rules, text, head_leads=head_leads)
    unsure = Prediction((0.3, 0.1, 0.0, 0.6, 0.0), rules.level_names, {}, published=0.5)
    for head_leads in (True, False):
        assert combined(body, unsure, head_leads).needs_review  # publication unclear: a person decides
        kept = combined(own, unsure, head_leads)
        assert kept.level == "机密" and not any("发布状态不确定" in r for r in kept.review_reasons)
    # the cascade: the page's look lowers a 0.6-secret head's text to 公开, but not a text that says it is internal
    looks_published = Prediction((0.3, 0.1, 0.0, 0.6, 0.0), rules.level_names, {}, published=0.9)
    assert combined(body, looks_published, False).level == "公开"
    assert combined(own, looks_published, False).level == "机密"
    assert combined(others, looks_published, False).level == combined(quoted, looks_published, False).level == "公开"
    # the head-led combination: a level head leaning 公开 on a page that looks published, except where it says it is not
    leaning_public = Prediction((0.6, 0.1, 0.05, 0.2, 0.05), rules.level_names, {}, published=0.9)
    assert combined(body, leaning_public).level == "公开"
    assert combined(own, leaning_public).level != "公开"
    assert combined(others, leaning_public).level == combined(quoted, leaning_public).level == "公开"
    for head_leads in (True, False):
        for probs, published in (((0.7, 0.2, 0.05, 0.04, 0.01), 0.5), ((0.8, 0.1, 0.05, 0.04, 0.01), 0.75),
                                 ((0.7, 0.2, 0.05, 0.04, 0.01), 0.8), ((0.1, 0.1, 0.1, 0.6, 0.1), 0.2)):
            head = Prediction(probs, rules.level_names, {}, published=published)
            assert combined(own, head, head_leads).level_rank >= combined(body, head, head_leads).level_rank


def test_a_draft_under_discussion_and_a_memo_that_asks_for_silence_are_never_taken_for_published():
    """A 讨论稿/初稿 title and a memo asking its readers not to pass it on (请不要跟经销商透露) say the text is
    unpublished: a level head leaning 公开 on a page that looks published does not make them 公开. A 征求意见稿 a
    government posts for comment may be published, and a disclaimer (本文档仅供参考) is not a restricted audience."""
    rules = _rules()
    draft = ("2027-2031年发展战略规划（讨论稿）\n董事会：\n本规划提出投资计划与并购方案，拟实施资产重组，"
             "进入新能源材料领域，三年内营业收入翻一番。\n")
    memo = ("主题：下月起华东区域的新政策\n各位大区经理：\n下个月15号起中端系列统一下调8个点，"
            "高端系列返点从3%提到5%。\n正式文件会在10号左右发。在那之前，请不要跟经销商透露任何信息。\n渠道管理部\n")
    public_draft = ("遂宁市防汛应急预案（征求意见稿）\n为做好防汛抗旱工作，现向社会公开征求意见。\n"
                    "一、总则\n二、组织体系\n三、预警与响应\n")
    disclaimer = ("开源许可证选择指南\n本文介绍常见开源许可证的区别与选择。\n一、MIT\n二、Apache-2.0\n三、GPL\n"
                  "免责声明：本文档仅供参考，不构成法律意见。\n")
    leaning_public = Prediction((0.86, 0.04, 0.03, 0.03, 0.04), rules.level_names, {}, published=0.9)

    def combined(text: str):
        return combine(suggest_by_rules((TextBlock("para", text),), rules), leaning_public, rules, text)
    found = combined(draft)
    assert found.publication == "draft" and found.level != "公开"
    assert combined(memo).level != "公开"
    assert combined(public_draft).level == "公开"
    assert combined(disclaimer).level == "公开"
    assert internal_use_statement(memo) and not internal_use_statement(disclaimer)


def test_a_design_whose_cover_says_internal_is_never_taken_for_published():
    """A cover line 内部资料, a title's (内部使用), a version line's 「· 内部使用」 and 仅供…内部使用
    mark the document as the organisation's own: heads that read its tidy design prose as a published
    page do not make it 公开 (fresh68: a design 方案 whose cover says 内部资料 was suggested 公开 at
    0.8). A sentence saying who uses a system (主要在公司内部使用) or a system named
    内部资料管理系统 is not such a mark."""
    rules = _rules()
    design = ("标准地址数据结构\n概述\n地址标准模型采用层级模型，以行政区域名、楼房地址、房户地址唯一标识地址。\n"
              "一、行政区域名由省、市、县、乡镇四个要素组成。\n二、楼房地址由街路巷名和门牌号组成。\n")
    leaning_public = Prediction((0.8, 0.05, 0.03, 0.1, 0.02), rules.level_names, {}, published=0.9)

    def level(text: str) -> str:
        return combine(suggest_by_rules((TextBlock("para", text),), rules), leaning_public, rules, text).level
    assert level(design) == "公开"  # what the heads say, with nothing in the text against it
    for marked in ("内部资料\n\nXXXX\n设计方案\n\n" + design, "地址数据设计说明（内部使用）\n" + design,
                   "**版本**：v1.0 · 2026.08 · 内部使用\n" + design, "> 敏感信息，仅供项目组内部使用\n" + design,
                   "【内部资料，注意保密】\n" + design):
        assert internal_use_statement(marked) and level(marked) != "公开"
    for unmarked in ("该系统主要在公司内部使用，员工可以查询地址。\n" + design,
                     "# 企业内部资料管理系统工程文档\n" + design,
                     "| 企业通讯工具 | 团队内部使用 | 即时触达 |\n" + design):
        assert not internal_use_statement(unmarked) and level(unmarked) == "公开"


def test_a_job_seekers_cv_stays_personnel_data_when_the_head_reads_its_project_words_as_a_design():
    """A CV (its sections and the person's own phone) is 秘密 by DESIGN whatever its project experience says: seen on
    fresh51, where the level head put a front-end engineer's CV at 机密 (0.62). A password in it still raises it."""
    rules = _rules()
    cv = ("个人简历\n姓名：陈晓东    性别：男\n电话：13912345678    邮箱：chenxd@example.com\n"
          "求职意向：前端开发工程师\n教育背景\n2016-2020 某某大学 软件工程 本科\n"
          "项目经历\n订单管理系统：负责接口设计、数据库表结构设计与部署\n"
          "专业技能\n熟悉 Vue、React，了解 Node.js\n自我评价\n学习能力强。\n")
    design_head = Prediction((0.0, 0.0, 0.37, 0.62, 0.01), rules.level_names, {}, published=0.01)
    by_rules = suggest_by_rules((TextBlock("para", cv),), rules)
    assert by_rules.kind == "个人简历" and by_rules.level == "秘密"
    assert combine(by_rules, design_head, rules, cv).level == "秘密"
    with_password = cv + "服务器账号：root 密码：Kd92mxq7!\n"
    raised = combine(suggest_by_rules((TextBlock("para", with_password),), rules), design_head, rules, with_password)
    assert raised.level_rank > 2


def test_a_weekly_report_is_named_a_work_report_and_internal_by_its_kind():
    """A student's or an intern's own 周报 records progress: the rules name it 工作报告 and put it at 内部 by its kind,
    with the title as the reason (seen on fresh53/55, where nothing named it). A quotation titled 日报 stays a bid."""
    rules = _rules()
    report = ("课程项目组第三周周报\n本周完成：登录页面与注册功能的开发，完成了数据库连接的调试。\n"
              "遇到的问题：接口联调时出现跨域错误，已查资料解决。\n下周计划：完成订单模块的页面，准备中期检查。\n"
              "组员分工：张同学负责前端，李同学负责后端。\n")
    by_rules = suggest_by_rules((TextBlock("para", report),), rules)
    assert by_rules.kind == "工作报告" and by_rules.level == "内部"
    assert any("课程项目组第三周周报" in line for line in by_rules.kind_evidence)
    midterm = ("中期检查报告\n课题名称：基于深度学习的垃圾分类系统\n已完成：数据集整理、模型训练环境搭建。\n"
               "下一步：完成界面。\n")
    assert suggest_by_rules((TextBlock("para", midterm),), rules).kind == "工作报告"  # not a notice (…报告)
    quote = "奶茶店销售日报生成器报价单\n开发费用：8000元\n维护费用：每年1200元\n交付周期：15天\n"
    assert suggest_by_rules((TextBlock("para", quote),), rules).kind != "工作报告"
    with_password = report + "测试服务器账号：root 密码：Kd92mxq7!\n"
    assert suggest_by_rules((TextBlock("para", with_password),), rules).level_rank > 1


def test_a_news_report_of_a_meeting_both_heads_read_as_published_is_public_not_minutes():
    """A company's news page about its annual meeting has the minutes' cues (会议, 主持, 参加), so the rules hold it at
    机密 as minutes; when the level head is BOTH_PUBLIC_AT sure of 公开 and the publication head BOTH_PUBLISHED_AT sure
    it is published, it is 公开 (seen 10 times in the development CV, all of them right). Either head unsure, a text
    that calls itself internal, or a password keeps it where the rules put it."""
    rules = _rules()
    news = ("1月20日，某投资集团召开年度经济工作会议。集团董事长出席会议并讲话，各部门负责人列席会议。\n"
            "会议讨论了2025年工作报告，部署了下一步工作。会上，各分公司作了工作汇报。\n")
    by_rules = suggest_by_rules((TextBlock("para", news),), rules)
    assert by_rules.kind == "纪要" and by_rules.level_rank >= 3
    agreed = Prediction((0.8, 0.05, 0.0, 0.15, 0.0), rules.level_names, {}, published=0.9)
    found = combine(by_rules, agreed, rules, news)
    assert found.level == "公开" and found.publication == "published" and not found.needs_review
    unsure_page = Prediction((0.8, 0.05, 0.0, 0.15, 0.0), rules.level_names, {}, published=0.6)
    assert combine(by_rules, unsure_page, rules, news).level != "公开"
    unsure_level = Prediction((0.6, 0.05, 0.0, 0.35, 0.0), rules.level_names, {}, published=0.9)
    assert combine(by_rules, unsure_level, rules, news).level != "公开"
    internal = news + "本纪要仅供集团领导班子审阅，请勿外传。\n"
    assert combine(suggest_by_rules((TextBlock("para", internal),), rules), agreed, rules, internal).level != "公开"
    with_password = news + "会务系统账号：admin 密码：Kd92mxq7!\n"
    assert combine(suggest_by_rules((TextBlock("para", with_password),), rules), agreed, rules,
                   with_password).level != "公开"


# --- round 11: the level head leads (combine.HEAD_LEADS) -----------------------------------------------------------

MINUTES = ("季度总结会议纪要\n参会人员：各部门负责人\n会议内容：一、会前准备；二、会议流程；三、会后总结。\n"
           "会议时间每季度第一周。")


def test_a_kind_that_carries_a_secret_level_is_held_against_a_head_not_sure_of_two_levels_lower():
    """Minutes are 机密 by what they are: a level head leaning 内部 does not take them two levels down unless it is
    KIND_HOLD_AT sure; when it still gives 机密 some weight the hold is silent, otherwise a person is told why."""
    rules = _rules()
    by_rules = suggest_by_rules((TextBlock("para", MINUTES),), rules)
    assert by_rules.kind == "纪要" and by_rules.level == "机密"
    split = Prediction((0.05, 0.55, 0.0, 0.4, 0.0), rules.level_names, {}, published=0.05)
    quiet = combine(by_rules, split, rules, MINUTES)
    assert quiet.level == "机密" and not quiet.needs_review
    leaning_low = Prediction((0.05, 0.8, 0.05, 0.1, 0.0), rules.level_names, {}, published=0.05)
    held = combine(by_rules, leaning_low, rules, MINUTES)
    assert held.level == "机密" and held.needs_review and held.confidence <= 0.5
    assert any(reason.startswith("文种本身涉密") for reason in held.review_reasons)
    one_level = Prediction((0.05, 0.1, 0.8, 0.05, 0.0), rules.level_names, {}, published=0.05)
    assert combine(by_rules, one_level, rules, MINUTES).level == "秘密"  # one level down is the head's call


def test_the_head_led_level_tells_a_person_when_it_contradicts_the_rules_or_has_nothing_behind_it():
    """A published cue the rules found against the head's secret level, and a secret level no rule evidence backs,
    each go to a person with the reason; a model without a publication head (a workspace model) is left to the
    cascade."""
    rules = _rules()
    notice = ("证券代码：600123 证券简称：华岳精工 公告编号：2024-015\n华岳精工股份有限公司2023年度利润分配方案公告\n"
              "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
              "每股派发现金红利0.25元（含税），本次利润分配方案尚需提交股东大会审议。")
    listed = suggest_by_rules((TextBlock("para", notice),), rules)
    assert listed.publication == "published"
    raised = combine(listed, Prediction((0.05, 0.05, 0.1, 0.7, 0.1), rules.level_names, {}, published=0.1), rules,
                     notice)
    assert raised.level == "机密" and raised.needs_review and raised.publication != "published"
    assert any(reason.startswith("规则认为已发布，模型判断不是公开文件") for reason in raised.review_reasons)
    walk = ("江边步道今日开放\n"
            "沿江步道全长六公里，设有三处观景平台和两处停车场，市民可免费使用，开放时间为早六点至晚十点。")
    nothing = suggest_by_rules((TextBlock("para", walk),), rules)
    top = combine(nothing, Prediction((0.01, 0.02, 0.02, 0.05, 0.9), rules.level_names, {}, published=0.1), rules,
                  walk)
    assert top.level == "绝密" and top.needs_review and top.confidence <= 0.5
    assert any(reason.startswith("只有模型判断为涉密") for reason in top.review_reasons)
    by_rules = suggest_by_rules((TextBlock("para", MINUTES),), rules)
    no_head = Prediction((0.05, 0.8, 0.05, 0.1, 0.0), rules.level_names, {})
    assert combine(by_rules, no_head, rules, MINUTES) == combine(by_rules, no_head, rules, MINUTES, head_leads=False)


def test_the_head_led_publication_state_and_evidence_follow_what_decided_them():
    """A 公开 the rules' words gave keeps the rules' state when the publication head reads the text as unpublished (no
    '模型判断已发布' sentence that pushed the other way); a listed company's notice the publication head is sure is not
    published, with half the level head's weight on secret levels, goes to a person at the secret level; where the
    head overrules the rules the evidence leads with the model's words, where they agree with the rules' own."""
    rules = _rules()
    notice = "招聘启事\n我公司因业务发展需要，现面向社会公开招聘工作人员若干名，欢迎广大求职者报名。"
    by_words = suggest_by_rules((TextBlock("para", notice),), rules)
    assert by_words.level == "公开" and by_words.publication != "published"
    unpublished = Prediction((0.6, 0.3, 0.05, 0.03, 0.02), rules.level_names, {}, published=0.02)
    kept = combine(by_words, unpublished, rules, notice)
    assert kept.level == "公开" and kept.publication == by_words.publication
    assert not any("模型判断已发布" in sentence for sentence in kept.publication_evidence)
    listed = ("证券代码：600123 证券简称：华岳精工 公告编号：2024-015\n华岳精工股份有限公司2023年度利润分配方案公告\n"
              "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
              "每股派发现金红利0.25元（含税），本次利润分配方案尚需提交股东大会审议。")
    cued = suggest_by_rules((TextBlock("para", listed),), rules)
    assert cued.level == "公开" and cued.publication == "published"
    doubted = combine(cued, Prediction((0.4, 0.05, 0.05, 0.3, 0.2), rules.level_names, {}, published=0.01), rules,
                      listed)
    assert doubted.level == "机密" and doubted.needs_review and doubted.confidence <= 0.5
    assert any(reason.startswith("规则认为已发布，模型认为未发布") for reason in doubted.review_reasons)
    plan = ("民宿项目收益测算\n一、总投资约300万元，其中装修120万元。\n"
            "二、年营业收入约150万元，净利润率25%，回收期约4年。")
    words = suggest_by_rules((TextBlock("para", plan),), rules)
    assert words.level == "机密"
    raised = combine(words, Prediction((0.02, 0.03, 0.05, 0.3, 0.6), rules.level_names, {}, published=0.1,
                                       top_words=(("民宿", 0.4), ("回收期", 0.3))), rules, plan)
    assert raised.level == "绝密" and raised.evidence[0].term == "民宿"  # the words that moved it, first
    agreeing = combine(words, Prediction((0.02, 0.03, 0.05, 0.6, 0.3), rules.level_names, {}, published=0.1,
                                         top_words=(("民宿", 0.4),)), rules, plan)
    assert agreeing.level == "机密" and agreeing.evidence[:3] == words.evidence[:3]


def test_policies_of_other_levels_and_models_without_a_publication_head_are_left_to_the_cascade():
    """The head-led combination was chosen under the default five levels: a workspace policy of 内部/秘密/机密 (whose
    lowest level is not a published one) is combined by the cascade, and never shown as published by the head."""
    import dataclasses

    base = _rules()
    names = ("内部", "秘密", "机密")
    rules = dataclasses.replace(base, level_names=names, level_max_years=(0, 10, 20), categories=tuple(
        dataclasses.replace(c, level_rank=max(0, min(c.level_rank - 1, 2))) for c in base.categories))
    text = "关于调整考勤时间的通知\n各部门：自下周起上班时间调整为八点半。"
    by_rules = suggest_by_rules((TextBlock("para", text),), rules)
    head = Prediction((0.6, 0.3, 0.1), names, {}, published=0.5, publication_reasons=(("x", "", -0.5),))
    combined = combine(by_rules, head, rules, text)
    assert combined == combine(by_rules, head, rules, text, head_leads=False)
    assert combined.publication != "published"


def test_a_text_that_is_not_mostly_chinese_is_shown_at_the_heads_level_and_always_goes_to_a_person():
    """An English business plan the rules cannot read: the head-led combination shows the head's level (not the rules'
    default 内部), always as a review with the rules' reason first, never above 0.5, with the reason when no rule
    evidence backs a secret level; a text with too little to read stays the rules' review whatever the head says."""
    rules = _rules()
    plan = ("Business Plan 2026\nExecutive summary: we will raise USD 2 million in a seed round for 15% equity.\n"
            "Market analysis, competitors, pricing strategy and a five-year financial forecast follow. "
            "Use of funds: product 60%, marketing 40%. Exit through acquisition within five years.\n商业计划")
    by_rules = suggest_by_rules((TextBlock("para", plan),), rules)
    assert by_rules.needs_review and by_rules.review_reasons[0].startswith("不是以中文为主")
    head = Prediction((0.05, 0.1, 0.05, 0.15, 0.65), rules.level_names, {}, published=0.2)
    shown = combine(by_rules, head, rules, plan)
    assert shown.level == "绝密" and shown.needs_review and shown.confidence <= 0.5
    assert shown.review_reasons[0] == by_rules.review_reasons[0]
    assert any(reason.startswith("只有模型判断为涉密") for reason in shown.review_reasons)
    assert combine(by_rules, head, rules, plan, head_leads=False).level == "内部"  # the cascade: the rules' review
    page = Prediction((0.8, 0.1, 0.05, 0.03, 0.02), rules.level_names, {}, published=0.9)
    public = combine(by_rules, page, rules, plan)
    assert public.level == "公开" and public.needs_review  # a person still decides
    short = "Q3 plan\n商业计划"
    too_little = suggest_by_rules((TextBlock("para", short),), rules)
    assert any(r.startswith(("文字太少", "没有文字")) for r in too_little.review_reasons)
    assert combine(too_little, head, rules, short) == combine(too_little, head, rules, short, head_leads=False)


DESIGN_WITH_PASSWORD = ("# 酒店预订平台部署文档\n## 1 系统架构\n"
                        "前端采用 Vue3，后端 Spring Boot，数据库 MySQL 8.0，缓存 Redis。\n"
                        "## 2 模块设计\n订单模块负责预订、取消与退款；房态模块按日维护可售房量。\n"
                        "## 3 部署步骤\n1. 安装 JDK 17 与 MySQL。\n2. 修改 application.yml 中的数据源：\n"
                        "spring.datasource.username=hotel\nspring.datasource.password=Ht@2024#db\n"
                        "3. 执行 mvn package 后启动服务，访问 8080 端口。\n")
ACCOUNT_LIST = ("系统账号清单\n账号\t密码\t使用人\n"
                "admin\tAdm#2024x\t张伟\nfinance\tFin@8823q\t李娜\nhr01\tHr!5521zz\t王强\n")


def test_a_password_in_a_design_document_does_not_make_it_top_secret_when_the_model_is_sure_of_confidential():
    """DESIGN rule 5: credential lists are 绝密, design and deployment documents 机密. A database password inside a
    deployment document is suggested 机密, for a person to confirm; an account list stays 绝密."""
    rules = _rules()
    design = suggest_by_rules((TextBlock("para", DESIGN_WITH_PASSWORD),), rules)
    assert hard_floor(design, rules) == 4  # the password is found: the rules alone say 绝密
    sure_confidential = Prediction((0.01, 0.02, 0.01, 0.86, 0.10), rules.level_names, {}, published=0.05)
    shown = combine(design, sure_confidential, rules, DESIGN_WITH_PASSWORD)
    assert shown.level == "机密" and shown.needs_review
    assert any(reason.startswith("文中含口令") for reason in shown.review_reasons)
    unsure = Prediction((0.05, 0.05, 0.05, 0.5, 0.35), rules.level_names, {}, published=0.05)
    assert combine(design, unsure, rules, DESIGN_WITH_PASSWORD).level == "绝密"
    accounts = suggest_by_rules((TextBlock("table", ACCOUNT_LIST),), rules)
    assert hard_floor(accounts, rules) == 4
    assert combine(accounts, sure_confidential, rules, ACCOUNT_LIST).level == "绝密"
