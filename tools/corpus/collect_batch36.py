"""Thirty-sixth batch of the real corpus: documents kept in public repositories that no earlier batch used.

New sources for training and the next blind split: nothing was run on these texts and no classifier may be. Files
from public repositories, one source group per repository, none of them in the manifest yet (batches 1-32 are all
sources; batches 33 and 34, collected at the same time, were checked and each repository used here was claimed in
/work/corpus/claimed_repos.txt before it was fetched). 公开: apps' and tools' user agreements and privacy policies, a
GPU-cloud vendor's, a cloud instance product's and an app store's user manuals and FAQs. 内部: a company R&D
department's release and development process rules and performance review rules, a team's performance rules, a
back-end team's development rule set, teams' Git rules, a job's KPI sheet and a mini-program's release review
checklist. 秘密: CVs (phone, e-mail, school, expected salary), an overseas project department's staff roster (ID,
passport numbers, family contacts) and a volunteer register (ID numbers, phones). 机密: student and start-up teams'
project plans, a contest team's pre-match meeting document, a research group's weekly report, requirement,
architecture, test-design and deployment documents of the teams' own systems, a garment maker's season development
plan, and product plans, competitor and marketing analyses written for the teams' own products. 绝密: business plans, commercialisation and
monetisation plans (pricing, customers, revenue targets) and business models.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 29 and 31: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch36.py [--mirrors /work/.mirror] [--out /work/corpus/real36]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261236
BATCH = "36"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_ESS_AT = "bfb71770ed9d0b2019b089b130129fb22e687c5b"


def _cv(repo: str, pattern: str, note: str, extract: str = "md", commit: str = "") -> Pinned:
    """A person's CV (phone, e-mail, history, employers): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


def _analysis(repo: str, pattern: str, note: str, count: int = 1) -> Pinned:
    """A competitor analysis or product plan written for the team's own product: 机密 (like batch 31's)."""
    return _tech(repo, pattern, note, count, kind="方案计划")


SOURCES = (
    # --- 公开: user agreements, privacy policies, vendors' manuals and FAQs -------------------------------------------------------------
    _public("PythonSmall-Q/CDN", r"^用户协议\.md$", "OJ论坛用户协议(已发布)", 1, kind="产品手册"),
    _public("buyaodaohao/bazi-reading-skill", r"^用户协议\.md$", "排盘工具用户协议与免责声明(已发布)", 1, kind="产品手册"),
    _public("gytxtx/OmniTools", r"^用户协议\.md$", "工具软件用户协议(已发布)", 1, kind="产品手册"),
    _public("ivyhaizi/keshiji", r"^docs/(隐私政策|用户协议|使用说明)\.md$", "课时管理小程序隐私政策/用户协议/使用说明(已发布)", 3,
            kind="产品手册"),
    _public("junfeng-lv/jisu-lian-dian-qi", r"^docs/(隐私政策|应用简介文案)\.md$", "连点器App隐私政策/应用简介(已发布)", 2,
            kind="产品手册"),
    _public("JesperGGSD/AladdinEdu_UserManual", r"^(快速开始|充值与计费|常见问题)\.md$", "算力平台用户手册(快速开始/计费/FAQ)", 3,
            kind="产品手册"),
    _public("TencentCloudBase/pai-instance-document", r"^(产品介绍|使用指南|常见问题)\.md$", "小程序云服务器产品介绍/指南/FAQ", 3,
            kind="产品手册"),
    _public("appleku-official/docs", r"^(AppleKu是什么|常见问题|付款前你需要知道什么)\.md$", "应用商店产品介绍/FAQ/付款须知", 3,
            kind="产品手册"),
    # --- 内部: a company's and teams' own process, release and performance rules; a release checklist --------------------------------------
    _rules("johnnyeven/link-development-specification",
           r"^(开发流程规范/发布流程/(日常发布|重大项目发布)|开发流程规范/分支管理/金融产品事业部项目开发流程|绩效考核)\.md$",
           "研发部发布流程/开发流程/绩效考核规范", 4),
    _rules("chuanjiabao1981/DailyReport", r"^绩效考核\.md$", "开发团队绩效考核规则(扣款标准)"),
    _rules("qwerasdf659/tiangonghouduan", r"^\.cursor/rules/(00-开发规范总则|06-编码Git管理规范)\.mdc$", "后端团队开发规范总则/Git管理规范", 2),
    _rules("ivyhaizi/keshiji", r"^docs/发布审核清单\.md$", "小程序发布审核清单(内部)", kind="模板空白表"),
    _rules("bici-fed/bici-standards", r"^Git(分支|提交)规范\.md$", "前端团队Git分支/提交规范", 2),
    _rules("sunstone17/GitMgmt", r"^Git(工作流程|提交规范)\.md$", "团队Git工作流程/提交规范", 2),
    _rules("rudolphzhang-maker/aparso-b2b", r"^岗位\.docx$", "服装企业技术岗位KPI指标(内部)", extract="docx"),
    # --- 秘密: CVs, a staff roster ---------------------------------------------------------------------------------------------------------
    _cv("L-20021213/resume", r"^简历\.docx$", "前端求职简历(学历/技能/项目)", extract="docx"),
    _cv("QuanjiangLee/myResume", r"^李全江-简历\.docx$", "应届生简历(电话/邮箱/住址)", extract="docx"),
    _cv("asiareal/my-resume", r"^我的简历\.md$", "前端工程师简历(手机/QQ/期望薪资/雇主)"),
    _cv("SuperGitlab/Resume.io", r"^我的简历\.md$", "后端工程师简历(电话/邮箱/雇主)"),
    _cv("guanwwjian/MyBio", r"^GuanJian_Chinese\.md$", "算法工程师简历(手机/邮箱/雇主)"),
    _cv("ZzzczczzZ/my-resume", r"^简历\.docx$", "研究生求职简历", extract="docx"),
    _cv("Duuuuuke/resume", r"^简历\.docx$", "前端工程师简历", extract="docx"),
    _cv("hygge666/resume.hylove", r"^简历\.docx$", "研究生简历(学历/技能)", extract="docx"),
    _cv("sagibrant/resume", r"^简历\.docx$", "软件工程师简历(出生日期/电话/雇主)", extract="docx"),
    Pinned("qzh1991/ZhiYuanZhe", r"^名单\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT,
           "志愿者注册名单(姓名/身份证号/手机)", 1),
    Pinned("karma-taylor/work_calendar", r"^人员名单\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT,
           "海外项目部人员名单(身份证号/护照号/家属电话)", 1),
    # --- 机密: project plans, a meeting document, a weekly report, requirements, designs, competitor analyses ----------------------------------
    _tech("CGz4526/TRAE_FindHeritage", r"^项目计划书\.md$", "AI非遗游戏项目计划书", 1, kind="方案计划"),
    _tech("Capri770101/flora_diy_agent", r"^项目计划书\.md$", "花卉DIY智能体项目计划书", 1, kind="方案计划"),
    _tech("JerryZhi/geo-insight", r"^(项目计划书|mpv/deployment-guide)\.md$", "GEO监测产品项目书/部署准备清单", 2),
    _tech("Suaiii/policy-town", r"^docs/产品文档_精简版\.md$", "产业投资推演系统产品文档", 1),
    _tech("Wu-Chenjie/Annual-Project", r"^next_project/docs/GNN分层双模式架构设计\.md$", "无人机编队规划架构设计", 1),
    _tech("SPM-PSP/SPM26-2", r"^Docs/07-测试设计文档\.md$", "编程练习平台测试设计文档", 1),
    _tech("OrigamiShido/Location", r"^周报\.md$", "课题组周报(仿真任务/进展)", 1, kind="工作报告"),
    Pinned("houy99466-sketch/emotender_release", r"^docs/2026-07-25-EmoTend小米黑客松赛前会议文档\.md$", "md", "机密",
           "meeting_minutes", "纪要", _INT, "黑客松团队赛前会议文档(结论/分工)", 1),
    _tech("wangjiaxin7/fitness-ai-docs", r"^docs/竞品分析\.md$", "健身AI产品竞品分析", 1, kind="方案计划"),
    _analysis("haidi0/desktop-pet", r"^产品方案\.md$", "桌面宠物产品方案"),
    _analysis("morainmeng/memo-app", r"^竞品分析\.md$", "语音记事本竞品分析(定价)"),
    Pinned("rudolphzhang-maker/aparso-b2b", r"^SS27户外运动服设计及原辅料开发实施方案：强制性规范\.docx$", "docx", "机密",
           "technical", "方案计划", _INT, "服装企业新季设计及原辅料开发实施方案(供应商/节点)", 1),
    _analysis("MorooCCCC/yaoying", r"^同类型产品营销策略分析报告\.md$", "占卜应用同类产品营销策略分析"),
    _tech("zhuco/DanChi", r"^DanChi商业完整版交付规格书\.md$", "背单词App商业版交付规格书", 1),
    _tech("jihongxing/HiddenShield", r"^\.kiro/specs/hidden-shield-mvp/requirements\.md$", "多媒体版权保护工具需求文档", 1),
    # --- 绝密: business plans, commercialisation and monetisation plans, business models -------------------------------------------------
    _plan("JinzeWang10/lovever", r"^docs/business-plan\.md$", "恋爱登记平台商业计划书(市场/收入/融资)"),
    _plan("jameswang168/AI_OS_DEMO", r"^商业化\.md$", "AI系统资产打包出售策略(商业化)"),
    _plan("limin6661/edu-tools-kit", r"^变现方案\.md$", "教育工具变现方案(收入路径/预期)"),
    _plan("lonelysyp123/ESS", r"^商业化\.md$", "储能仿真软件商业化说明(授权/报价/客户)", commit=_ESS_AT),
    _plan("MorooCCCC/yaoying", r"^商业模式画布_标准版\.md$", "AI占卜应用商业模式画布(收入/成本)"),
    _plan("fangwayne/typora", r"^商业模式\.md$", "智能家居商业模式(套餐定价/盈利点)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
