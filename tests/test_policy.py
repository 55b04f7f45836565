from __future__ import annotations

from pathlib import Path

from marker.domain.policy import default_policy, default_policy_text
from marker.errors import ExitCode

BAD_POLICY = """
name = "坏策略"
owner = "某某公司"
secrets = "commercial"
scheme = "state"
colour = "red"

[[levels]]
name = "秘密"
max_years = 10
approver_role = "部门经理"

[roles]
"部门经理" = 1

[categories.financial]
level = "机密"
terms = []
"""


def test_default_policy_encodes_the_regulations():
    policy = default_policy()
    assert [rule.name for rule in policy.levels] == ["公开", "内部", "秘密", "机密", "绝密"]
    assert {r.name: r.max_years for r in policy.levels}["绝密"] == 30
    assert policy.level("机密").max_years == 20 and policy.level("秘密").max_years == 10
    assert policy.scheme == "enterprise" and policy.secrets == "commercial"
    assert policy.level("绝密").approver_role == "副总经理"
    assert not policy.level("绝密").electronic_copies


def test_roles_cover_levels_as_regulation_6_says():
    policy = default_policy()
    assert policy.role_covers("副总经理", "绝密") and policy.role_covers("总经理", "绝密")
    assert not policy.role_covers("部门经理", "绝密")
    assert policy.role_covers("部门经理", "机密") and policy.role_covers("部门经理", "秘密")
    assert not policy.role_covers("员工", "秘密")
    assert policy.role_covers("员工", "内部")


def test_every_category_has_dozens_of_terms():
    for category in default_policy().categories:
        assert len(category.terms) >= 20, category.name


def test_policy_check_reports_each_problem_with_its_key_path(cli, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_POLICY, encoding="utf-8")
    code, _out, err = cli("policy", "check", bad)
    assert code == ExitCode.POLICY_INVALID
    assert "colour: 未知的键" in err
    assert "categories.financial.level" in err and "'机密'" in err
    assert "scheme:" in err and "★" in err
    assert "categories.financial.terms" in err


def test_policy_check_accepts_the_default_policy(cli, tmp_path: Path):
    good = tmp_path / "good.toml"
    good.write_text(default_policy_text(), encoding="utf-8")
    code, out, _ = cli("policy", "check", good)
    assert code == 0 and "策略有效" in out


def test_policy_check_on_broken_toml_and_missing_file(cli, tmp_path: Path):
    broken = tmp_path / "broken.toml"
    broken.write_text("name = [", encoding="utf-8")
    code, _, err = cli("policy", "check", broken)
    assert code == ExitCode.POLICY_INVALID and "TOML" in err
    code, _, err = cli("policy", "check", tmp_path / "none.toml")
    assert code == ExitCode.POLICY_INVALID and "不存在" in err


def test_policy_show_prints_levels_and_categories(cli):
    code, out, _ = cli("policy", "show")
    assert code == 0
    assert "绝密" in out and "副总经理" in out and "financial" in out
    code, out, _ = cli("policy", "show", "--toml")
    assert code == 0 and "[categories.financial]" in out


def test_an_invalid_policy_stops_classify_with_its_code(cli, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD_POLICY, encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("通知", encoding="utf-8")
    code, _, err = cli("classify", doc, "--policy", bad)
    assert code == ExitCode.POLICY_INVALID and "bad.toml" in err
