"""Thirteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

For a new blind split `fresh12`: files from public repositories, one source group per repository, none of them in
the manifest yet. 内部: a team's Git and coding rules, an internship handover note, a new hire's set-up checklist, a
company's HR data specification, the handbook pages a company hosts openly (难例), an in-house system's user manual,
blank forms (an incident-review template, an employee import sheet, a change request, a promotion approval form).
秘密: a software-development and a hardware purchase contract form, a tax-software cooperation agreement, a lending
platform's intermediary agreement and credit-check authorisations, an OA system's address book of outside contacts.
机密: students' and interns' minutes, requirement, design, API, deployment and test documents, a project plan, a
tax-filing incident report, a company's budget execution table, client companies' bank statements. 绝密: a tax-agency
start-up's financing plan and its outline, a game studio's business plan, an AI platform's financing plan, and three
credential lists (a crawler team's server page with root passwords, two staff tables with login passwords; texts
never committed). 公开: transport regulations, apps' privacy policies and a user agreement, a vendor's help pages and
changelog, a platform's user manual, an angel investor's published articles (难例). An HR system's employee and salary
tables were rejected by the hold-out guard; nothing of that repository is kept. Labels follow DESIGN.md "Labelling
real documents".

Exactly like batches 9 and 11: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by path
patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers; a source pinned to a commit when the file was removed later). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters, except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: the batch goes to a blind split.

Usage:  python tools/corpus/collect_batch13.py [--mirrors /work/.mirror] [--out /work/corpus/real13]
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

SEED = 20261213
BATCH = "13"
MIN_CHINESE = 300
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 内部: team rules, a handover note, a set-up checklist, blank forms, an in-house system's manual ---------
    _rules("Mfuns-cn/mfunsPlayer", r"^开发规范\.md$", "开源播放器团队Git分支与前端开发规范"),
    _rules("Zazzle516/PLCT-P120", r"^实习交接\.md$", "实习岗位交接说明(周报/月报/例会安排)"),
    _rules("devil1989/personalFile", r"^入职指南\.md$", "前端新人入职准备清单(环境/代码管理/调试工具)",
           commit="4db0f5bb3a6acfbfdbd86f2b52ec1ffca65ed330"),
    # A company's handbook pages it hosts openly (rule 1: its standing is a company rule, 难例).
    _rules("avancevl/avancevl.github.io",
           r"^_pages/zh-cn/people/(workplace_policy|general_performance_review|engineering_level|learning_training)\.md$",
           "公司员工手册页(工作场所/绩效考核/职级制度, 难例: 公开托管)", 3),
    _rules("quanttide/quanttide-specification-of-human-resources",
           r"^(recruitment/applicants/applicant|organizations/ranks/rank_level)\.md$", "公司人力资源数据规范(申请者/职级)", 2),
    _rules("Cpaulyz/CO-IN", r"^用户手册\.md$", "知识图谱协作系统用户手册(团队自建系统)", kind="产品手册"),
    _rules("CGITJ/Atlas", r"^4-故障复盘\.md$", "故障复盘报告模板(示例填写)", kind="模板空白表"),
    _rules("quai313/baocuo", r"^员工信息_[^/]*\.xlsx$", "客服系统员工信息导入空白表(填写说明)", kind="模板空白表",
           extract="xlsx"),
    _rules("chennxL/SoftwareProjectManagement", r"^变更(申请表|审批单)1\.xlsx$", "项目变更申请表/审批单(课程项目)", 2,
           kind="模板空白表", extract="xlsx"),
    _rules("zhangweixing00/BPM", r"^Pkurg\.PWorldBPM\.Web/Workflow/ViewPage/V_HR_EmployeeRegular\.aspx$",
           "集团员工转正审批单(流程表单)", kind="模板空白表", extract="html"),
    # --- 秘密: contract and agreement forms, personnel tables --------------------------------------------------
    _contract("oldfeel/datakeep", r"^合同\.md$", "软件开发合同(个人承接, 付款与维护条款)", extract="md",
              commit="057ba512e47c6fe8e53ec7aa1fc7db02f081cb6e"),
    _contract("tans/molt.win", r"^合同\.md$", "小主机产品购买合同模板", extract="md",
              commit="c057e5637e798188025c27cd46cc9f6510535578"),
    _contract("loslian/dexdeer-doc", r"^合作协议\.docx$", "财税软件项目合作协议(出资/股权/分工)", extract="docx"),
    _contract("soldiers1989/peak", r"^peak-guest/peak-guest-client/src/main/resources/ftl/(contract|controllerCredit|etpAuth)\.ftl$",
              "网贷平台居间服务协议/征信查询授权书(系统模板)", 3),
    # The guard rejects one of these two tables: the run logs it and keeps none of the folder (collect_batch3.collect),
    # and nothing else of this repository is used.
    Pinned("luoyong0922/chat", r"^project_one/vhr_sql/employee\.sql$", "sql:employee", "秘密", "personnel", "代码数据", _INT,
           "人事系统员工档案表SQL(身份证号/电话/住址)", 1),
    Pinned("luoyong0922/chat", r"^project_one/vhr_sql/salary\.sql$", "text", "秘密", "compensation", "代码数据", _INT,
           "人事系统各部门工资账套SQL", 1),
    # An OA system's address book of outside contacts (names, mobiles, companies): personnel data, 秘密.
    Pinned("misstt123/oasys", r"^oasys\.sql$", "sql:aoa_director", "秘密", "personnel", "清单名册", _INT,
           "OA系统外部联系人通讯录表SQL(姓名/手机/单位)", 1),
    # --- 机密: minutes, requirement, design, deployment and test documents, an incident report ------------------
    _minutes("LCCCCCCCCCCCCCCCCCCCCC/A02-HealTHU", r"^会议记录\.md$", "学生软件项目组会议记录", 1),
    _tech("LCCCCCCCCCCCCCCCCCCCCC/A02-HealTHU", r"^(需求规格说明书|测试报告|API文档)\.md$", "健康助手小程序需求规格说明书/测试报告/接口文档", 3),
    _minutes("azusa-li/Summer-Intern", r"^会议记录\.md$", "实验室暑期实习组会记录", 1),
    _tech("Daoling/X-Waste-Container-", r"^XTrash/statics/doc/x智能垃圾桶\.docx$", "智能垃圾桶交互与接口场景设计", 1,
          extract="docx"),
    _tech("Shiqiyan330/photo-monitor", r"^PROJECT_TODO\.md$", "监控拍照系统项目待办与功能需求", 1),
    _tech("2014shijina2014/flyray-base", r"^(可持续集成|平台接口文档)\.md$", "支付平台持续集成手册/接口文档", 2),
    _tech("2020SoftwareEngineering/Documents", r"^(需求文档|系统设计/系统设计)\.md$", "课程项目需求文档/系统设计", 2),
    _tech("GaryyGitHub/BUAA_SSAD_2024", r"^部署文档\.md$", "学术成果分享平台部署文档", 1),
    _tech("Cpaulyz/CO-IN", r"^部署文档\.md$", "知识图谱系统部署文档", 1),
    _tech("loslian/dexdeer-doc", r"^(事故报告|DOC/关于企业报税基本信息的数据采集需求文档)\.docx$",
          "财税软件申报事故分析报告/数据采集需求文档", 2, extract="docx"),
    _tech("chennxL/SoftwareProjectManagement", r"^项目计划书\.docx$", "软件项目计划书(课程项目)", 1, kind="方案计划",
          extract="docx"),
    _tech("lengjie994/A06-WeChat-mini-program-for-elderly-patients-with-dementia", r"^API文档\.md$",
          "小程序后端API接口文档(含服务器地址)", 1),
    Pinned("loslian/dexdeer-doc", r"^DOC/税云测试用银行流水/工商银行/[^/]+\.xlsx$", "xlsx", "机密", "financial", "报表", _INT,
           "代账客户企业银行流水(真实户名/账号, 开发测试用)", 1),
    Pinned("13560159735/project", r"^20251213/工作簿1\.xlsx$", "xlsx", "机密", "financial", "报表", _INT,
           "公司项目预算量化执行表(预算/实际/去年同期)", 1),
    # --- 绝密: business and financing plans; credentials, kept to two (texts are never committed) --------------
    _plan("loslian/dexdeer-doc", r"^BP/(提纲|灵鹿财税 - 商业融资计划书)\.docx$", "财税SaaS初创公司商业融资计划书/提纲", 2,
          extract="docx"),
    _plan("raccoonBK/peep-island", r"^BP\.md$", "AI陪伴游戏商业计划书"),
    _plan("vrboyzero/star-sanctuary", r"^融资计划\.md$", "AI平台两年期融资计划(资金分配/团队薪资)",
          commit="8a20e21537258c84f23c55b6ac3eec7243cb16e9"),
    _credentials("sunshowsway/eagle", r"^eagle-front/src/pages/doc_helper/md/server-overview\.md$", "md",
                 "爬虫服务器列表(含root密码)", "清单名册"),
    _credentials("misstt123/oasys", r"^oasys\.sql$", "sql:aoa_user", "OA系统员工账号表SQL(含密码/身份证号/银行卡号)",
                 "代码数据"),
    _credentials("weimingtom/dictims", r"^dictims/data\.sql$", "text", "职员表SQL(含登录密码与身份证号)", "代码数据"),
    # --- 公开: regulations, privacy policies and agreements, a vendor's help, published articles -------------------
    _public("DLCNCC/laws", r"^addlaws/行政执法/交通运输/.+/[^_/][^/]*\.md$", "已公布的交通运输部门规章", 5),
    _public("CHENJUNREN/app-privacy-policy", r"^隐私政策\.md$", "App隐私政策(已发布)", 1, kind="产品手册"),
    _public("RedrockMobile/CyxbsMobile_Win", r"^PrivacyPolicy\.md$", "校园App隐私政策(已发布)", 1, kind="产品手册"),
    _public("heruoxin/FilterBox-Doc", r"^(隐私政策|购买说明|帮助|更新记录|高级过滤规则指南)\.md$",
            "通知过滤App隐私政策/帮助/更新记录(已发布)", 3, kind="产品手册"),
    _public("ValerieHu1995/qunaer-agreement", r"^(用户协议|隐私政策2025)\.md$", "充电App用户协议/隐私政策(难例: 协议字样)", 2,
            kind="产品手册"),
    _public("hushenghao/AndroidEasterEggs", r"^CHANGELOG_zh\.md$", "开源App中文更新日志", 1, kind="产品手册"),
    _public("PreAngel/pre-angel.com", r"^docs/_posts/[^/]+\.md$", "天使投资机构已发表文章(难例: 融资/投资字样)", 3,
            kind="新闻"),
    _public("vrboyzero/star-sanctuary", r"^Star Sanctuary使用手册\.md$", "智能体平台已发布的使用手册", 1, kind="产品手册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
