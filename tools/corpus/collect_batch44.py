"""Forty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Training data (session 11): nothing was run on these texts and no classifier may be; `train_real.py` is untouched.
Files from public repositories, one source group per repository, none of them in the manifest yet (batches 1-40 are all
sources; each repository used here was claimed in /work/corpus/claimed_repos.txt; some were read from mirrors earlier
sessions fetched and left unused, the rest were fetched for this batch). 公开: apps' and a browser extension's
privacy policies and terms of service, an app's setup guide, an open-source trading framework's user and API manuals,
a deployment guide for users, a machine vendor's operating manual (excerpt), published government tender documents,
a Ministry of Finance order and an excerpt of the Labour Contract Law. 内部: a company's attendance rules, a
development team's technical agreement and coding rules, a project team's coding standard, teams' weekly reports,
work logs and task lists, an in-house reporting tool's tutorial, a studio's rules, a blank employee-import sheet.
秘密: software-development contract forms, a draft shareholder agreement and a draft co-operation agreement, a small
company's staff list with salaries, CVs (phone, address, birth year, expected salary). 机密: teams' design
documents, feasibility reports, requirement specifications, a milestone plan and quotation, project weekly reports
with own results, meeting records, competitor and market analyses, an operations manual, development logs, an
engineer's notes on his company's project, a small company's financial statement analysis and trial balance. 绝密:
start-ups' business plans (financing, valuation, financial forecast), a plan for setting up a joint company with a
partner, a company's development plan, a project brief with its financing need, a product line's market strategy and a
governance and equity design. Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 36 and 40: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs
at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch44.py [--mirrors /work/.mirror] [--out /work/corpus/real44]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _contract,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261244
BATCH = "44"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _personnel(repo: str, pattern: str, note: str, extract: str = "xlsx", count: int = 1,
               category: str = "personnel") -> Pinned:
    """Rosters, name lists, CVs, performance sheets: personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, extract, "秘密", category, "清单名册", _INT, note, count)


def _analysis(repo: str, pattern: str, note: str, count: int = 1, extract: str = "md") -> Pinned:
    """A competitor analysis, feasibility report or project plan for the team's own product: 机密 (as batch 36)."""
    return _tech(repo, pattern, note, count, kind="方案计划", extract=extract)


SOURCES = (
    # --- 公开: privacy policies and terms, product manuals, tender documents, laws -----------------------------------------------------
    _public("Fater666/QingBrother", r"^docs/隐私政策\.md$", "战国题材游戏隐私政策(已发布)", 1, kind="产品手册"),
    _public("JASON-QWeb/DevLite", r"^docs/隐私政策\.md$", "前端诊断浏览器扩展隐私政策(已发布)", 1, kind="产品手册"),
    _public("raywaords/PhotoTimeGrouper", r"^docs/隐私政策\.md$", "照片分组App隐私政策(已发布)", 1, kind="产品手册"),
    _public("52622/hello-world", r"^劳动合同法\.md$", "劳动合同法解除条款摘录(第三十六条起)", 1,
            commit="f61ee5c3ced9c16fcd19026a2accf0ef39926fb6"),
    _public("Reggie-sun/obs", r"^XX牌机器人操作手册节选\.md$", "六轴工业机器人厂商操作手册节选(官方技术文档译本)", 1, kind="产品手册"),
    _public("kaku2015/BlackHoleDocs", r"^设备管理员 （免 ROOT）模式设置\.md$", "文件隐藏App设备管理员模式设置说明(已发布)", 1,
            kind="产品手册"),
    _public("jonurcelay/measure_tape_support", r"^(服务条款|隐私政策)\.md$", "测距App服务条款/隐私政策(已发布)", 2, kind="产品手册"),
    _public("GJW0603/ssquant", r"^(用户手册|API参考手册)\.md$", "开源量化交易框架用户手册/API参考手册(已发布)", 2, kind="产品手册"),
    _public("andclear/project-echo", r"^workers/小白也看得懂的workers部署指南\.md$", "开源应用的Workers部署指南(面向用户发布)", 1,
            kind="产品手册"),
    _public("charlotty2026/bid-toolkit", r"^rfp/samples/real_bids/服务类/[^/]*招标文件[^/]*\.docx$",
            "已发布的政府采购/服务外包招标文件(难例: 投标/报价/合同条款)", 3, kind="招标文件", extract="docx"),
    _public("charlotty2026/bid-toolkit", r"^rfp/laws/财政部87号令\.txt$", "财政部令第87号 政府采购货物和服务招标投标管理办法", 1,
            extract="text"),
    # --- 内部: rules, a team's technical agreement, weekly/progress reports, task lists, blank forms --------------------------------------
    _rules("joeyos/Spider", r"^规章制度\.docx$", "学生创新工作室规章制度(汇报/编码/工具统一)", extract="docx"),
    _rules("Saysomething2022/Text", r"^week_04/编码规范\.md$", "论坛网站项目组编码规范(命名/注释/提交)"),
    _rules("FYR0309/shunheng-financial-reports", r"^使用教程\.md$", "公司自用财务报表生成工具使用教程(内部)", kind="产品手册"),
    _rules("zky-em/huawei_project", r"^日志/日志8\.19\.md$", "实训项目组成员工作日志(作业验收/学习成果)", 1, kind="工作报告"),
    _rules("Reggie-sun/obs", r"^员工考勤管理制度\.md$", "公司员工考勤管理制度(文件编号/生效日期)"),
    _rules("a19ba14d/edu-group-platform-docs", r"^附件/01-三橙智星开发团队技术协议与开发规范\.md$",
           "开发团队技术协议与开发规范(合作开发者须遵守)"),
    _rules("booniebears/CPUDesign_nwpu", r"^周报\.md$", "CPU设计竞赛小组周报(分工/学习进度)", kind="工作报告"),
    _rules("craze-sheep/software", r"^任务\.md$", "软件项目组任务清单与汇报提纲(分工/进度)", kind="工作报告"),
    _rules("DeltaHao/Lost-Found-Platform", r"^项目周报\.md$", "失物招领平台项目组周报(进度/与甲方沟通)", kind="工作报告"),
    _rules("yangjie4011/oa-parent", r"^oaAdmin/src/main/webapp/template/初始化员工信息\.xlsx$", "OA系统员工信息导入空白模板(仅示例行)",
           kind="模板空白表", extract="xlsx"),
    # --- 秘密: contracts, a staff list, CVs----------------------------------------------------------------------------------------------------
    _personnel("56185918/resume", r"^我的简历\.docx$", "软件工程师求职简历(出生年月/手机/期望月薪)", extract="docx"),
    _personnel("guancyxx/docs.xiwu.tech", r"^personnel/employee_list\.md$", "科技公司人员名单(部门/职位/入职时间/薪资)", extract="md",
               category="compensation"),
    _contract("guancyxx/docs.xiwu.tech", r"^partners/(股东协议草案|合作框架协议草案)\.md$", "拟设新公司股东协议草案/乡村振兴合作框架协议草案",
              count=2, extract="md"),
    _personnel("JD31-pm/portfolio", r"^简历\.md$", "产品经理求职简历(电话/邮箱/任职经历)", extract="md"),
    Pinned("Marroh/Marroh.github.io", r"^简历\.md$", "md", "秘密", "personnel", "清单名册", _INT, "本科生简历(邮箱/住址)", 1,
           "888adef4cd030acb4854a9635786a94ea262420b"),
    Pinned("DannieSheng/DannieSheng.github.io", r"^简历\.md$", "md", "秘密", "personnel", "清单名册", _INT,
           "求职简历(手机/出生年/期望薪资)", 1, "92930fa4b3a538d7f7d3d3c6ae7c34a752f237af"),
    _contract("a19ba14d/edu-group-platform-docs", r"^软件开发合同\.md$", "软件开发外包服务合同(委托开发;条款/付款/知识产权)",
              extract="md"),
    _contract("Saysomething2022/Text", r"^第一周文档/软件开发合同\.md$", "论坛网站建设软件开发合同(课程项目)", extract="md"),
    _contract("mo404/Text", r"^第一周文档/软件开发合同\.md$", "软件开发合同模板(甲乙双方/验收/付款)", extract="md"),
    _personnel("2524278238/2524278238.github.io", r"^个人简历\.md$", "求职简历(出生年月/住址/电话)", extract="md"),
    # --- 机密: designs, feasibility reports, requirements, a quotation, weekly report, minutes, analyses, manuals ----------------------------
    Pinned("FYR0309/shunheng-financial-reports", r"^2026年1-5月财务报表分析说明\.md$", "md", "机密",
           "financial", "报表", _INT, "废旧汽车回收公司1-5月财务报表分析说明(收入/成本/利润)", 1),
    Pinned("FYR0309/shunheng-financial-reports", r"^顺恒2025年12月_余额表\.xlsx$", "xlsx", "机密", "financial", "报表", _INT,
           "废旧汽车回收公司月度科目余额表(银行存款/往来)", 1),
    _tech("41xu/user-behavior-analysis", r"^开发日志/function\.md$", "用户行为分析系统开发日志(漏斗/事件分析功能设计)", 1),
    _analysis("rainbow-loong/OneMind", r"^doc/市场竞争情况\.md$", "AI共育项目市场环境与竞争格局研究报告"),
    _tech("yingningzexi-star/hotel-system", r"^作业文件夹/(概要设计文档|详细设计文档)\.docx$", "酒店预订平台概要/详细设计文档", 2,
          extract="docx"),
    _tech("botonwa83-byte/mathtree", r"^(APEX数学制高点_完整设计方案|MathTree_设计方案)\.md$", "数学学习App完整产品设计方案", 2),
    _tech("Reggie-sun/obs", r"^周报\.md$", "企业级RAG系统项目周报(检索指标/待解决问题)", 1, kind="工作报告",
          commit="4c16aacbd2105097a0d5bc82bb84a691171f24dd"),
    _tech("611226-Zeng/store-sales", r"^项目周报\.md$", "销量预测项目周报(实验结果/最佳方案)", 1, kind="工作报告"),
    _tech("a19ba14d/edu-group-platform-docs", r"^附件/附件1-需求规格说明书\.md$", "集团化数字教育管理系统需求规格说明书(合同附件)", 1),
    Pinned("a19ba14d/edu-group-platform-docs", r"^附件/附件2-里程碑计划与报价单\.md$", "md", "机密", "bid", "报表", _INT,
           "数字教育管理系统里程碑计划与报价单(合同总价/分期)", 1),
    _tech("Serein120658/WorkJourney", r"^Work_nwbt/00\.Android开发/01\.熟悉TestUHFAPI项目对接文档\.md$",
          "实习工程师的公司RFID项目对接文档笔记", 1),
    _tech("acao123/warehouse_manage_web2", r"^运维手册\.md$", "地震滑坡评估系统运维手册(环境/依赖/部署)", 1),
    _minutes("CalibrePortable/CalibrePortable", r"^会议记录\.md$", "图书管理系统项目组会议记录(角色职责)", 1),
    _analysis("Saysomething2022/Text", r"^第二周文档/可行性分析报告\.md$", "论坛网站建设可行性分析报告"),
    _analysis("islwct/SE", r"^可行性分析报告\.md$", "跑酷游戏项目可行性报告(组员/选题)"),
    _analysis("Villager119/sdu-cs-human-resource-management-system-project", r"^docs/可行性分析报告\.md$",
              "人事管理系统可行性分析报告(成本效益/技术风险)"),
    _analysis("starsalwaysineyes/trustee", r"^assets/doc/可行性分析报告\.md$", "系统托管助手可行性分析报告"),
    _tech("starsalwaysineyes/trustee", r"^assets/doc/系统设计报告\.md$", "系统托管助手系统设计报告", 1),
    _analysis("wwwqqqzzz/digital-workspace-os", r"^doc/竞品分析报告\.md$", "多账号浏览器工作台竞品分析报告"),
    _tech("wwwqqqzzz/digital-workspace-os", r"^doc/技术架构设计文档\.md$", "多账号浏览器工作台技术架构设计文档", 1),
    _tech("rainbow-loong/OneMind", r"^doc/MVP/1_MVP_产品需求文档\.md$", "心智成长App MVP产品需求文档", 1),
    _analysis("LoryTENG/portfolio", r"^竞品分析\.md$", "个人作品集网站竞品分析报告"),
    # --- 绝密: business plans, a market strategy, a governance and equity design -----------------------------------------------------------
    _plan("guancyxx/docs.xiwu.tech", r"^partners/(乡村振兴合作商业计划书|新公司合伙计划书)\.md$", "与合作方合伙设立新公司的商业计划书/合伙计划书(股权/出资)",
          count=2),
    _plan("guancyxx/docs.xiwu.tech", r"^company_info/company_development_plan\.md$", "科技公司发展规划(愿景/战略/营收目标)"),
    _plan("MathsionYang/offerAgent", r"^项目商业计划书\.md$", "AI招聘面试助手商业计划书(盈利模式/三年财务预测)",
          commit="64913ebd4f2c31610bd79c9c73287acd5c9401ad"),
    _plan("rainbow-loong/OneMind", r"^doc/“齐家”项目情况说明\.md$", "AI共育项目情况说明(产品/困难/融资需求)"),
    _plan("rainbow-loong/OneMind", r"^doc/商业计划书\.md$", "AI共育App商业计划书(种子轮融资/财务预测)"),
    _plan("rainbow-loong/OneMind", r"^doc/“心一”市场与战略\.md$", "心智成长产品线市场与战略(目标用户/竞争/护城河)"),
    _plan("rainbow-loong/OneMind", r"^doc/治理架构与顶层设计\.md$", "项目治理架构与股权顶层设计(激励/控制权)"),
    _plan("wwwqqqzzz/digital-workspace-os", r"^doc/商业计划书\.md$", "多账号浏览器工作台商业计划书(商业模式/收入预测)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
