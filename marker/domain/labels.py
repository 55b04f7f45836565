"""Chinese labels for the stable ids users meet: categories (the policy's own labels), publication
states, where evidence was found, pattern detectors, re-marking actions and refused actions.

Why one table: the ids stay stable in `--json`, ledgers and files (scripts rely on them), while every
table, card and register a person reads shows the Chinese word; keeping the mapping here means the
CLI, the review reports and the registers say the same thing.
"""

from __future__ import annotations

from typing import Any

from marker.domain.policy import Policy

PUBLICATION_ZH = {"published": "已发布", "internal": "内部", "draft": "草稿"}
WHERE_ZH = {"title": "标题", "first_lines": "开头", "body": "正文", "table": "表格"}
DETECTOR_ZH = {"cn_resident_id": "身份证号", "bank_card": "银行卡号", "credential": "口令/密码",
               "money": "金额"}
REMARK_ACTION_ZH = {"declassify": "解密", "relevel": "变更密级", "mark": "标密", "keep": "保留", "error": "错误"}
REFUSED_ACTION_ZH = {"issue": "发放", "reproduce": "复制", "print": "印制", "recall": "清退", "destroy": "销毁",
                     "approve": "审批", "revoke": "撤销审批", "handover": "移交", "mark": "标密",
                     "review_accept": "确认密级", "review_reject": "退回", "remark": "改标", "preflight": "印前检查",
                     "witness": "监销", "passwd": "修改口令", "roster": "人员管理", "policy_install": "安装策略",
                     "download": "下载"}


def category_label(policy: Policy, name: str | None) -> str | None:
    """The policy's Chinese label for a category id (the id itself if the policy has no label)."""
    if name is None:
        return None
    category = policy.category(name)
    return category.label if category is not None else name


def publication_label(state: str | None) -> str | None:
    return PUBLICATION_ZH.get(state, state) if state else None


def remark_action_label(action: str) -> str:
    return REMARK_ACTION_ZH.get(action, action)


def refused_action_label(action: str) -> str:
    """`issue` → `发放被拒`: what a register shows for a refused attempt."""
    return f"{REFUSED_ACTION_ZH.get(action, action)}被拒"


def term_label(term: str) -> str:
    """Evidence terms as a reader knows them: detector ids in Chinese, `发布状态:draft` → `发布状态:草稿`."""
    if term in DETECTOR_ZH:
        return DETECTOR_ZH[term]
    head, sep, tail = term.partition(":")
    if sep and head == "发布状态":
        return f"{head}:{PUBLICATION_ZH.get(tail, tail)}"
    return term


def suggestion_labels(policy: Policy, suggestion: Any) -> dict[str, Any]:
    """The labels added beside a suggestion's ids in `--json` and the review report."""
    return {"category_label": category_label(policy, suggestion.category),
            "publication_label": publication_label(suggestion.publication)}
