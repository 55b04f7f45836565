"""Twenty-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

For the blind split `fresh21` (with batch 21, web pages): files from public repositories, one source group per
repository, none of them in the manifest yet (batches 1-20 are all sources). 公开: apps' and a game studio's user
agreements and privacy policies, two sections of a bridge-engineering textbook. 内部: companies' rules (attendance,
pay, reimbursement, information security; a group's ITSS emergency, recruitment, performance and security rules),
teams' development, naming and coding norms, a weekly report and a work log, a self-built app's user manual, an SAP
work-hour manual, a product team's compliance reference for minors. 秘密: a district bureau's construction contract
(contractor blank), a research-cooperation supervision contract, an offer letter, staff rosters (one with pay, ID and
bank fields), clock-in records, an org chart with heads' phones and IDs, a shop's staff form with ID numbers, a CV, a
work-hour summary by person and project. 机密: company and team minutes, requirement, design, deployment,
implementation and capacity documents, an inspection report and an incident ticket, a project management plan, a
launch checklist, a personal brand's content strategy. 绝密: business plans, a deployment note with server and
database passwords (its text is never committed).
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, 13, 15, 17 and 19: files are read from local git mirrors (`fetch` snapshots,
`--mirrors`) chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's
`Pinned` sources and label helpers; files removed after a commit are read at that commit). Every candidate goes
through the hold-out guard (GitHub blob address at the commit, and text); a rejected document drops every other
document of its folder (`collect_batch3.collect`, which also dedupes against every other batch and within this one,
writes the manifest and logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese
characters (100 here: a team's naming norms are short), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: this batch is for a blind split.

Usage:  python tools/corpus/collect_batch22.py [--mirrors /work/.mirror] [--out /work/corpus/real22]
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
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261222
BATCH = "22"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_MX_RULES = "defulat-coder/mx-agent"  # an HR agent's company rules, removed later: each read at its commit
_HZZ = "HZZ177/Archives"  # a knowledge-base team's documents, likewise
_RUIHR = "longsky21/ruihr"
_ZDF = "luoluoer/zhongdafeng"  # a group's ITSS operations document set
_TOOLKIT = "tangyingzhong/ToolKit_Windows"  # a shop's and an SAP user's files
_TOOLKIT_AT = "5413a8777be3a87502b5ad323fa8cdb53903b3ed"

SOURCES = (
    # --- 公开: published agreements and policies, an app's FAQ, a ministry's model contract, a textbook -------------
    _public("StoneOil/test_legal", r"^(隐私政策|欲仙工作室服务器附加条款)\.md$", "游戏工作室隐私政策/服务器附加条款(已发布)",
            2, kind="产品手册", commit="3b2ac946dbd480784e8de532777ed7613df713bb"),
    _public("xincheng6639/RentHouseArt", r"^用户协议\.md$", "租房App用户隐私协议(已发布, 难例: 协议)", 1, kind="产品手册",
            commit="9cb3a8b3134729e52ab77ec49cf698867b7c77ea"),
    _public("HouJunGang/XiangXue", r"^隐私协议\.md$", "培训App隐私协议(已发布)", 1, kind="产品手册"),
    _public("Zero-Cjh/Doc", r"^隐私协议\.md$", "App隐私协议(已发布)", 1, kind="产品手册",
            commit="acc8a1dc29ff33695516eee3da6a7142e64f69d9"),
    _public("he1105129835/Part-time-salary", r"^隐私协议\.md$", "兼职App隐私权政策(已发布, 难例: 薪)", 1, kind="产品手册"),
    _public("huangshoumin/yinsixiyi", r"^隐私协议\.md$", "公司产品隐私政策(已发布)", 1, kind="产品手册",
            commit="def7d257630d5b3774cd44e29e559875caae99dc"),
    _public("qinyuhao84-ship-it/BetweenUs", r"^(隐私政策|用户协议)\.md$", "冲突复盘App隐私政策/用户协议(发布样板, 难例: 协议)", 2,
            kind="产品手册"),
    _public("JiangWeize/uMateVision", r"^(隐私政策|用户协议)\.md$", "视野训练App隐私政策/用户协议(已发布, 难例: 协议)", 2,
            kind="产品手册"),
    _public("kaku2015/BlackHoleDocs", r"^(用户协议|常见问题)\.md$", "文件加密App用户协议/常见问题(已发布, 难例: 加密)", 2,
            kind="产品手册"),
    _public("ttummc/xueke", r"^用户协议\.md$", "学科模拟器用户协议(已发布, 难例: 协议)", 1, kind="产品手册"),
    _public("longyu8101/qlgc", r"^source/(1/1\.1|10/10\.1)\.rst$", "桥梁工程教材章节(已出版)", 2, kind="技术资料",
            extract="html"),
    # --- 内部: a company's rules, teams' norms, reports, a self-built app's manual, blank forms ------------------------
    _rules(_MX_RULES, r"^app/skills/hr/(attendance|salary)/references/policy\.md$", "公司考勤管理制度/薪酬福利制度(难例: 薪酬)",
           2, commit="6e2f60bde7e2678a586aa0ab530df4b5c6a0bc10"),
    _rules(_MX_RULES, r"^app/skills/finance/reimbursement-policy/references/policy\.md$", "公司报销管理制度",
           commit="e1d80891bad741fa84bcef486416f5a91b5ee0c4"),
    _rules(_MX_RULES, r"^app/skills/it/security/references/policy\.md$", "公司信息安全管理制度(难例: 密码策略)",
           commit="ba73da3207a2c3d0fa749db56986ad1e33a275c2"),
    _rules(_HZZ, r"^开发规范\.md$", "知识管理平台团队开发规范", kind="标准规范", commit="18fc908f579e65ebfeea9f89132268e5ab5556ac"),
    _rules("micro-coding/docsify", r"^团队规范\.md$", "开发团队命名约定规范", kind="标准规范"),
    _rules("Painnb/jiulongpo-slayer", r"^4\.2命名规范文档\.md$", "实训项目API命名与权限规范", kind="标准规范",
           commit="fb52e8662971b86b025d5b387f077f03ea77cb67"),
    _rules("Taylor-lagrange/BUPT-2019computer-program-practice", r"^11周周报\.docx$", "课程实践小组周报", kind="工作报告",
           extract="docx", commit="75279f21c99a273e1531b5e16dd9d9caa4383ab2"),
    _rules("danxinyuan1999/gxun_homework_manager_system", r"^工作记录\.docx$", "作业管理系统小组工作记录", kind="工作报告",
           extract="docx"),
    _rules("aminuos666/HarmonyMuseumApp", r"^相关文档/掌上博物馆_用户手册\.docx$", "掌上博物馆App用户手册(自建系统)",
           kind="产品手册", extract="docx"),
    _rules(_ZDF, r"^(10-应急管理/流程制度规范类文件/100101-应急管理制度|5\.人员管理/1\.流程制度规范类文件/050101-招聘管理制度|"
           r"5\.人员管理/1\.流程制度规范类文件/050104-绩效考评管理办法|6-过程管理/流程制度规范类文件/060111-信息安全管理程序)\.docx$",
           "集团ITSS运维体系制度(应急/招聘/绩效考评/信息安全)", 4, extract="docx"),
    _rules(_TOOLKIT, r"^工时填写及审批操作手册\.docx$", "SAP工时填报及审批操作手册(公司内部系统)", kind="产品手册", extract="docx",
           commit=_TOOLKIT_AT),
    _rules("rachel0201/airbotix", r"^docs/product/compliance/minors-compliance\.md$", "少儿AI教育产品未成年人服务合规参考(草稿)"),
    # --- 秘密: contracts and agreements, an offer letter, rosters, clock-in records, work hours, pay ---------------------
    Pinned("yumaocc/test", r"^录用通知书\.docx$", "docx", "秘密", "personnel", "合同协议", _INT,
           "员工录用通知书(姓名/岗位/录用条件)", 1, "2760e1ccab15962001e1366ee6a7df9716fc44ee"),
    _contract(_ZDF, r"^项目合同\.md$", "区发改局充电站建设项目合同(承建方空白)", extract="md"),
    _contract("liusai0820/PMP_AI_NEW", r"^项目合同\.md$", "区科技创新局科研合作项目监管合同", extract="md",
              commit="19a101c542c25b7c82d50d087b50f5f64d538c7f"),
    Pinned(_TOOLKIT, r"^员工信息表\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT,
           "商铺员工信息表(身份证/住址/行程)", 1, _TOOLKIT_AT),
    Pinned(_TOOLKIT, r"^唐新红简历\.docx$", "docx", "秘密", "personnel", "清单名册", _INT, "求职者简历(电话/经历/期望薪资)", 1,
           _TOOLKIT_AT),
    Pinned(_RUIHR, r"^组织架构\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT, "组织架构表(部门负责人手机号/证件号)", 1),
    Pinned("mnzhouguo/performance_tools_v2", r"^报工汇总\.xlsx$", "xlsx", "秘密", "personnel", "报表", _INT,
           "员工报工汇总(工号/姓名/项目/人月)", 1, "71420bee7878e21b1bfcdf26ffea85d7dd70cd29"),
    Pinned(_RUIHR, r"^(员工花名册|打卡记录)\.xlsx$", "xlsx", "秘密", "personnel", "清单名册", _INT,
           "人力系统员工花名册/打卡记录(证件/薪酬/手机号)", 2),
    # --- 机密: minutes, requirement/design/deployment/implementation documents, memos, plans ---------------------------
    _minutes("202401150550/kuajing", r"^会议纪要\.docx$", "跨境电商服务公司业务战略会议纪要", 1, extract="docx",
             commit="102455b995debecc459532622d4003b718202926"),
    _minutes("Merlity/ModuleManager", r"^会议纪要\.docx$", "物流平台公司全体会议纪要(计费/功能)", 1, extract="docx",
             commit="8792c8ab4f6ac62b46c442eb91cba76d4163de35"),
    _minutes("Taylor-lagrange/BUPT-2019computer-program-practice", r"^会议纪要\.docx$", "外卖派单系统小组会议纪要", 1,
             extract="docx", commit="75279f21c99a273e1531b5e16dd9d9caa4383ab2"),
    _tech("Taylor-lagrange/BUPT-2019computer-program-practice", r"^15班-03组-概要设计2\.0版\.docx$", "外卖派单系统概要设计",
          1, extract="docx", commit="75279f21c99a273e1531b5e16dd9d9caa4383ab2"),
    _minutes("aminuos666/HarmonyMuseumApp", r"^会议记录/第12周会议记录\.docx$", "掌上博物馆小组第12周会议纪要", 1,
             extract="docx"),
    _tech("aminuos666/HarmonyMuseumApp", r"^相关文档/项目管理计划\.docx$", "掌上博物馆项目管理计划(分工/验收标准)", 1,
          kind="方案计划", extract="docx"),
    _minutes("danxinyuan1999/gxun_homework_manager_system", r"^会议纪要\.docx$", "作业管理系统小组会议纪要", 1, extract="docx"),
    _tech("danxinyuan1999/gxun_homework_manager_system", r"^docs/作业管理系统需求规格说明书V1\.1\.2\.docx$",
          "作业管理系统需求规格说明书", 1, extract="docx"),
    _minutes("vividtutu/bigdog", r"^会议纪要\.docx$", "安防项目经理工作笔记(客户/决策链/部署)", 1, extract="docx",
             commit="08c398c72eaa29cbb8722761f078585abf905d1f"),
    _tech(_ZDF, r"^(9-交付管理/运行记录类文件/090201-盐都区新能源汽车充电站建设项目-交付实施方案|"
          r"6-过程管理/运行记录类文件/060205-盐都区新能源汽车充电站建设项目-扩容方案|"
          r"9-交付管理/运行记录类文件/090203-盐都区新能源汽车充电站建设项目-巡检报告)\.docx$",
          "充电站建设项目运维交付实施方案/扩容方案/巡检报告", 3, extract="docx"),
    _tech(_ZDF, r"^6-过程管理/运行记录类文件/事件单/事件单1\.md$", "充电站运维服务事件单", 1, kind="工作报告"),
    Pinned("qzw-alt/DAdemi", r"^memory/AI跨境人设打造规划\.md$", "md", "机密", "strategy", "方案计划", _INT,
           "跨境电商个人品牌内容策略规划(难例: 战略)", 1, "cfdc59086c60fa058de40878087338971eaba132"),
    _tech("1020855800-byte/AI_Assessment-Platform", r"^需求文档\.md$", "人工智能考评系统产品需求文档", 1,
          commit="7165ae62a9c55eedf88b387bd54fc6a6690b424b"),
    _tech(_HZZ, r"^缺陷管理重构实施方案\.md$", "知识管理平台缺陷管理重构实施方案", 1,
          commit="e3290ebcdcb71f66ab685da870b0e6abc8bd0525"),
    _tech(_HZZ, r"^AI功能集成方案讨论\.md$", "知识管理平台AI功能集成技术方案", 1, commit="9943b6cd1a03f027d1ac138b313a749cceebdbc6"),
    _tech(_HZZ, r"^资料管理系统工程文档\.md$", "企业内部资料管理系统工程文档", 1, commit="3a370a440ab0265fa90ea1689d04321b12c6461b"),
    _tech("canvas0607/django_ansible", r"^部署步骤\.md$", "运维平台服务器部署步骤", 1, commit="662a4765b3fea6021ab9d21132f59e9c544e2fbc"),
    _tech("01xiangcai/foodMenuProject", r"^AI功能集成实施方案\.md$", "家庭菜单系统AI功能集成实施方案", 1),
    _tech("Painnb/jiulongpo-slayer", r"^3\.31需求\.md$", "车云解析实训项目需求总结", 1, commit="e34e5b6ad349af66da7b7acb40518c906730a71f"),
    _tech("qinyuhao84-ship-it/BetweenUs", r"^真实服务接入与发布清单\.md$", "App上线服务接入与发布清单", 1, kind="方案计划"),
    # --- 绝密: business plans; a deployment note with passwords (its text is never committed) -----------------------
    _plan("iokcloud/ocean-canvas", r"^BP\.md$", "深海画室Web应用商业计划书", commit="1b4b2d80bec5c57cb5901ed4ed6c2bc46b68108d"),
    _plan("sawyerbutton/jarvis-triage", r"^BP\.md$", "开发者AI眼镜交互产品商业计划书", commit="ca8878ef6ec7ae44aee72c34ae34ce01376f9395"),
    _plan("zhelunSun/sheaf-ai", r"^BP\.md$", "信息收藏产品商业计划书(面向投资人)", commit="c0677ba4cb1ac680a5eb4e9ed97863e9e0b565f0"),
    _credentials("HAORANLiang/summer_term_2021", r"^部署文档\.md$", "md", "项目部署文档(云服务器root与数据库密码)", "技术资料",
                 commit="fea5ca079e1c594aba466f951e3eb8c3a2cbf974"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
