"""Thirty-first batch of the real corpus: documents kept in public repositories that no earlier batch used.

New sources for training and the next blind split (with batch 32, web pages): nothing was run on these texts and
no classifier may be. Files from public repositories, one source group per repository, none of them in the manifest
yet (batches 1-29 are all sources). 公开: apps', bots' and an API service's privacy policies, terms of service,
user and source-code agreements, a bot's usage rules and how-to pages. 内部: teams' code, naming, state-management, build and storage
conventions (one of them the team's extract of a published Java manual), an SVN how-to written for a company's
designers, iOS review notes and a college's blank leave form. 秘密: an options-investment platform's limited
partnership agreement and supplementary agreement forms, engineers' and students' CVs (phone, e-mail, employers).
机密: a research group's weekly reports, student and start-up teams' project plans, an outline design, a detailed
design, a network design note, a product's principles design, a deployment guide and a competitor analysis written
for the team's own pricing. 绝密: commercialisation plans and business models of small products (customers, pricing,
finance) and one service list with passwords (its text is never committed).
Left out: three other apps' documents of the developer batch 15 used (near copies of its policies and FAQs), a
software development contract form (near copy of an earlier batch's), a fork of batch 24's `midi_music`, and three
apps' boilerplate privacy policies whose files earlier audits dropped (`label_audit.tsv`: 本应用尊重并保护…), and a
CV that gives its demo site's admin login (rule 5 would make a CV 绝密).
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 27 and 29: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch31.py [--mirrors /work/.mirror] [--out /work/corpus/real31]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _contract,
    _credentials,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261231
BATCH = "31"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_LDL = "jlty258/LDL"
_PAPER = "AAA-Geeker/student-paper-assistant"
_PAPER_AT = "8ec52a57f4ce2b3952444cf885c3a65218970142"


def _cv(repo: str, pattern: str, note: str, extract: str = "md", commit: str = "") -> Pinned:
    """A person's CV (phone, e-mail, history, employers): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: privacy policies, user agreements, FAQs and usage rules that apps and bots publish ----------------------------------------
    _public("Ruixues/RuixueLicense", r"^(隐私政策|瑞雪源码协议|瑞雪国际协议)\.md$", "日记App隐私政策/源码协议/用户协议(已发布)", 3,
            kind="产品手册"),
    _public("natsuwiki/docs-demo", r"^(隐私政策|使用须知|如何使用Bot|功能介绍)\.md$",
            "群服互联机器人隐私政策/使用须知/使用说明(已发布)", 4, kind="产品手册"),
    _public("aurorae114514/docs", r"^docs/隐私政策\.md$", "开发团队网站隐私政策(已发布)", 1, kind="产品手册"),
    _public("Dice-Developer-Team/Dice", r"^用户协议\.md$", "骰子机器人用户协议(已发布)", 1, kind="产品手册",
            commit="4afff45667aee5c700e82f4c3c2a496f87df7303"),
    _public("Rio-UI/Rio-API", r"^(隐私政策|服务条款|开始使用)\.md$", "API中转服务隐私政策/服务条款/使用说明(已发布)", 3,
            kind="产品手册",
            commit="7649d739ee5598d2b45cd5526c5cee9a627dbaf1"),
    _public("PLFJY/neo-bpsys-wpf", r"^隐私政策\.md$", "赛事导播软件隐私政策(已发布)", 1, kind="产品手册",
            commit="6b55c357c24caf62f2b86b929088f6c862f4ce77"),
    # --- 内部: teams' code, naming and storage conventions; a college's blank leave form ---------------------------------------------------
    _rules("Ray-56/Style-Guide", r"^命名规范\.md$", "前端团队命名规范"),
    _rules("Ray-56/Style-Guide", r"^svn如何使用？\.md$", "写给设计/产品同事的SVN使用说明(内部)", kind="产品手册"),
    _rules("KittyPigeon/xingtong-vi-pc", r"^(代码规范|pinia使用规范|vite规范)\.md$", "Vue3项目代码/状态管理/构建规范", 3),
    _rules("WangQingye/caijia", r"^代码规范\.md$", "前端开发规范(目录/命名/注释)"),
    _rules("Liqianui/b2b", r"^代码规范\.md$", "B2B项目Vue.js代码规范"),
    _rules("hangpuyan/CKYSTemplate", r"^(代码规范|关于项目中存储方案选项及规范|iOS提交审核注意事项)\.md$",
           "iOS项目代码规范/存储方案规范/提审注意事项", 3),
    # A team's extract of the published Alibaba Java manual, with its own MySQL, server and security rules.
    _rules("crazygiser/crazydog-examinc", r"^代码规范\.md$", "考试系统团队代码规范(摘自阿里巴巴Java开发手册)"),
    _rules("irvingming11/WeChair", r"^代码规范\.md$", "小程序项目前后端代码规范"),
    _rules("TurkeyC/HUST_SFTBME_Courses_Resource", r"请假条样例/.+课堂请假条-一天以内\.docx$", "学院课堂请假条(空白)",
           kind="模板空白表", extract="docx"),
    # --- 秘密: an investment firm's partnership agreement forms; CVs ---------------------------------------------------------------------
    _contract("yangfei2018/qiquan", r"^src/main/webapp/WEB-INF/web/agreement/(hhxybc|youxianhehuo)\.jsp$",
              "期权投资平台有限合伙协议/补充协议(系统模板)", 2),
    _cv("muxiafeng/hongzhiResume", r"^个人简历\.md$", "测试工程师个人简历(手机/邮箱/工作经历)"),
    _cv("neChaos/MY-CV", r"^个人简历\.md$", "前端程序员个人简历(手机/QQ)"),
    _cv("JoinTiger/MyResume", r"^简历\.md$", "应届生求职简历(手机/邮箱/期望薪资)"),
    _cv("njcx/aboutme", r"^个人简历\.md$", "工程师个人简历(手机/微信)"),
    _cv("Du9uay/personal_resume_IT", r"^简历\.md$", "大专生求职简历"),
    _cv("LivWei/myself", r"^简历\.md$", "高级前端工程师简历(电话/雇主/项目)"),
    # --- 机密: weekly reports, project plans, designs, a deployment guide ------------------------------------------------------------------
    _tech("ZYJ-Group/HYJ", r"^(周报|2026/4\.(1|8|15|29))\.md$", "科研课题组周报(方法/实验进展)", 2, kind="工作报告"),
    _tech("hhhhh5/stock", r"^概要设计说明书\.md$", "股票查询系统概要设计说明书", 1),
    # Its first project plans and members' task plans give local database passwords: left out, to keep credential
    # documents few.
    _tech("Waiy2222/AiReport", r"^Phase3_(Agent功能_计划书|组员1_跨日趋势侦探_计划书)\.md$",
          "AI资讯智能体团队阶段计划书(分工/设计)", 2, kind="方案计划"),
    _tech("Yueming-Y/ContractMaster", r"^项目计划书\.md$", "微信小游戏项目计划书(玩法/数值)", 1, kind="方案计划"),
    _tech("Henrywangbo/ems-docs", r"^(项目计划书|项目摘要)\.md$", "农民工管理系统项目计划书/摘要", 1, kind="方案计划"),
    _tech(_LDL, r"^logical_dl/docs/(详细设计文档|架构文档)\.md$", "数仓解耦迁移详细设计/架构文档", 1),
    _tech("Wlc-user/p2p-email-system", r"^P2P网络工作原理说明\.md$", "P2P邮件系统网络设计说明", 1),
    _tech("Everett-Leon/Amadeus", r"^AI原则与情感反应系统设计\.md$", "AI陪伴应用原则与情感系统设计", 1),
    _tech(_PAPER, r"^DEPLOY\.md$", "论文助手腾讯云部署指南", 1),
    # A competitor analysis written for the team's own pricing: like batch 24's 竞品深度分析报告, 机密.
    _tech(_PAPER, r"^竞品分析报告\.md$", "论文助手竞品分析报告(定价借鉴)", 1, kind="方案计划"),
    # --- 绝密: commercialisation plans, business models, a strategic roadmap; one service list with passwords (text never committed) -------
    _plan("farrz901-art/Zephyr-dev", r"^docs/商业模式\.md$", "数据处理软件商业模式(付费版/订阅定价)",
          commit="edf5936b00a9850d305bd95b41f84aab5e273697"),
    _plan("Everett-Leon/Amadeus", r"^商业化方案\.md$", "AI陪伴应用商业化方案(市场/财务规划)"),
    _plan("Wlc-user/p2p-email-system", r"^商业化方案\.md$", "P2P加密邮件商业化方案"),
    _plan(_LDL, r"^docs/商业化方案\.md$", "数仓迁移产品商业化方案(客户/定价)"),
    _plan("JianFeiGan/agent-collab", r"^docs/business-plan\.md$", "多Agent编排引擎商业化方案(市场/定价)"),
    _plan(_PAPER, r"^商业化方案\.md$", "论文助手商业化方案(收费模式/定价)", commit=_PAPER_AT),
    _plan("yigenfeng0707-netizen/fitai", r"^商业化方案\.md$", "健身管理SaaS商用部署与收费方案",
          commit="856764f2a8d869604fb490ae6a10c63169e94886"),
    _credentials(_LDL, r"^docker-services-config/README\.md$", "md", "数据平台服务配置说明(各服务账号密码)", "清单名册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
