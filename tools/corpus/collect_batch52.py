"""Fifty-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh51` (with batch 51): nothing was run on these texts and no classifier may be;
`train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source group
per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest repository
(no sibling); all were fetched for this batch. 公开: apps' and games' privacy policies, user agreements, licence terms
and a mini-program's service agreement, an app's subscription notice (难例: prices), course projects' user manuals and a
game's run guide written for every user (one for a government-procurement award scraper, 难例: 中标). 内部: weekly
reports, development logs and work or stage summaries (students, engineers, a new employee), course teams' development
plans with scope, roles and schedule but no design, a tool site's implementation timeline, a half-filled user-manual
template, notes of a study session titled 会议纪要 (难例). 秘密: job seekers' CVs (phone, e-mail, birth date), a course
team's list with student numbers, an employee's probation-end application (personnel). 机密: a team's meeting record,
requirement, database, outline-design, deployment and test documents, a system analysis, a contest startup's SWOT
analysis, a property system's residents table (SQL), a server configuration note without passwords, a software
registration's test-environment table, a customer-service team's sales export, a rate card quoted to advertisers.
绝密: a demo property system's account and password list (rule 5), a contest project's business model, a tool site's
business plan (market, monetisation, funds) and a startup's marketing strategy. Labels follow DESIGN.md "Labelling real
documents"; the sources that were tried and dropped are not listed (see classifiers/corpus/README.md, batch 52).

Exactly like batches 9, 11, ..., 48 and 50: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch52.py [--mirrors /work/.mirror] [--out /work/corpus/real52]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261252
BATCH = "52"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: privacy policies, user agreements and licence terms of apps and games; user manuals ----------------------------------
    _public("13015933009/CarPrivacy", r"^使用协议\.txt$", "驻车App安装许可使用协议(已发布)", 1, kind="产品手册", extract="text"),
    # An App Store subscription notice with the monthly price: published to every buyer, 公开 (rules 2 and 7).
    _public("simplismvip/Privacy-Policy", r"^使用说明\.txt$", "App订阅使用说明(难例: 含订阅价格, 已发布)", 1, kind="产品手册",
            extract="text"),
    _public("NasserGo-zz/helloWordsUseAgreement", r"^隐私政策\.txt$", "英语学习App隐私政策(已发布)", 1, kind="产品手册",
            extract="text"),
    _public("FunnySaltyFish/FunnyTranslationDownload", r"^隐私政策\.txt$", "翻译App隐私政策(已发布)", 1, kind="产品手册",
            extract="text"),
    _public("liu673cn/tingshu", r"^隐私政策\.txt$", "听书App隐私政策(已发布)", 1, kind="产品手册", extract="text"),
    _public("liu673cn/tingshu", r"^用户协议\.html$", "听书App用户许可协议(已发布)", 1, kind="产品手册", extract="html"),
    _public("CreatorPixar/github.io", r"^用户协议\.txt$", "游戏公司用户协议(已发布)", 1, kind="产品手册", extract="text"),
    _public("CreatorPixar/github.io", r"^隐私政策\.txt$", "手机游戏隐私政策(已发布)", 1, kind="产品手册", extract="text"),
    _public("Kenneth-cs/love_alipay", r"^隐私政策\.txt$", "支付宝小程序隐私政策(已发布)", 1, kind="产品手册", extract="text"),
    _public("Kenneth-cs/love_alipay", r"^用户服务协议\.txt$", "支付宝小程序用户服务协议(已发布)", 1, kind="产品手册", extract="text"),
    _public("XLYX123/XLYX", r"^用户协议\.txt$", "科技公司产品用户许可协议(已发布)", 1, kind="产品手册", extract="text"),
    _public("KapokPassion/xiangmuzu", r"^用户手册\.docx$", "气象预测网站用户手册(课程项目, 面向全体用户)", 1, kind="产品手册",
            extract="docx"),
    _public("erlang-yao/team_Software_Engineering_project", r"^PokemonMUD-Guide\.docx$", "文字冒险游戏Docker运行指南(面向玩家)", 1,
            kind="产品手册", extract="docx"),
    # A user manual of a scraper for a government procurement site's award notices, full of 中标 words: written for every
    # user, 公开 (rules 2 and 7).
    _public("jungledg/NUAA-bidinfo", r"^用户手册\.docx$", "政府采购中标数据采集工具用户手册(难例: 满是中标字样)", 1,
            kind="产品手册", extract="docx"),
    # --- 内部: weekly reports, development logs, work summaries, plans without design, a template, coding rules ------------------
    _rules("NightmareYMX/course-achievement", r"^文档/团队发开日志\.docx$", "课程项目团队开发日志(进度)", 1, kind="工作报告",
           extract="docx"),
    _rules("NightmareYMX/course-achievement", r"^文档/项目开发计划\.docx$", "课程目标评价系统项目开发计划(分工/进度)", 1,
           kind="方案计划", extract="docx"),
    _rules("cool199909/book-system", r"^周报\.docx$", "课程项目小组周报", 1, kind="工作报告", extract="docx"),
    _rules("cool199909/book-system", r"^软件项目开发计划书 \.docx$", "图书推荐系统项目开发计划书(范围/分工/进度/风险)", 1,
           kind="方案计划", extract="docx"),
    _rules("chenzhaonan/test", r"^周报\.docx$", "设备软件工程师工作周报", 1, kind="工作报告", extract="docx"),
    _rules("DRahab/WorkSummary", r"^工作总结\.docx$", "C#开发者月度工作与学习记录", 1, kind="工作报告", extract="docx"),
    _rules("baifan7574/background_remover_tool", r"^project_stage_summary\.md$", "图片工具站阶段工作总结(修复进展)", 1,
           kind="工作报告"),
    _rules("TamakoP/vdSimilar", r"^2025-05-09周报\.docx$", "漏洞情报课题组学生周报(进度/待解决)", 1, kind="工作报告",
           extract="docx"),
    _rules("dingpeng29/toolbox-pro", r"^实施计划\.md$", "在线工具箱实施计划(时间线/任务清单)", 1, kind="方案计划"),
    # Notes of a study session titled 会议纪要 (a talk on blockchain basics, no decisions or business): a learning record,
    # 内部, not minutes (rules 6 and 7).
    _rules("hodge-ge/html_css_js_ajax", r"^会议纪要\.md$", "技术分享会学习笔记(难例: 题为会议纪要)", 1, kind="工作报告"),
    _rules("KapokPassion/xiangmuzu", r"^项目开发总结报告\.docx$", "小学期项目开发总结报告(工时/进度/经验)", 1, kind="工作报告",
           extract="docx"),
    _rules("DigitalLifeYZQiu/MeetingManagerDemo", r"^documents/项目总结\.docx$", "会议室预约系统课程项目总结", 1,
           kind="工作报告", extract="docx"),
    _rules("fredwo/min_document", r"/工作总结_刘晓敏\.docx（定稿）_201912\.docx$", "制药企业新员工年度工作总结(车间实习/客服)", 1,
           kind="工作报告", extract="docx"),
    # A user-manual template with its 【】 blanks still open (a contest team's): a blank form, 内部.
    _rules("legen618/Documents", r"^用户手册\.docx$", "竞赛项目用户手册模板(半填, 【】待填)", 1, kind="模板空白表", extract="docx"),
    # --- 秘密: CVs, a member list with student numbers, a probation-end application ---------------------------------------------
    _personnel("spikespiegel5112/resume", r"^个人简历\.docx$", "前端工程师求职简历(出生日期/工作经历)"),
    _personnel("shannuo/resume", r"^index\.html$", "应届生个人简历网页(姓名/电话/邮箱)", extract="html"),
    _personnel("banliangyi/0513-zhangzihan", r"^张子涵\.html$", "全栈开发求职简历(姓名/学校/项目, 电话打码)", extract="html"),
    _personnel("lwy276701865/teamwork", r"^团队简介及操作说明\.docx$", "课程团队成员名单(学号)及运行说明"),
    _personnel("Amber823/Amber000", r"^个人简历\.docx$", "数据分析求职简历(出生日期/籍贯/电话/邮箱)"),
    _personnel("JannieShao/ziyan", r"^简历-2017\.docx$", "前端求职简历(出生年月/户口/电话/期望月薪)"),
    _personnel("ikeee/A1Q2", r"^尹创强-简历-HR\.md$", "运维开发求职简历(电话/邮箱/工作经历)", extract="md"),
    _personnel("saopigqwq233/internet-competition", r"^个人简历\.docx$", "在校生竞赛简历(电话/邮箱/年龄/绩点排名)"),
    # An employee's probation-end application with her own performance figures: personnel material, 秘密 (rule 4).
    Pinned("fredwo/min_document", r"/定稿/转正申请_刘晓敏\.docx$", "docx", "秘密", "personnel", "工作报告", _INT,
           "制药企业客服转正申请(个人业绩)", 1),
    # --- 机密: minutes, requirement, database, design, deployment and test documents, a sales export, a rate card -----------------
    _minutes("SE2017-G3/xmzy", r"^5\.24-会议记录\.docx$", "课程项目组详细设计分工会议记录", 1, extract="docx"),
    _tech("SEbuaa/Team_10", r"^需求规格说明书2\.0\.docx$", "图书管理系统需求规格说明书", 1, extract="docx"),
    _tech("lwy276701865/teamwork", r"^数据库设计说明书\.docx$", "英语学习App数据库设计说明书", 1, extract="docx"),
    _tech("erlang-yao/team_Software_Engineering_project", r"^需求规格说明书\.docx$", "文字冒险游戏需求规格说明书(用例/数据流)", 1,
          extract="docx"),
    _tech("Mrigtal/Software-engineering-practice", r"^doc/安装部署说明书\.docx$", "服装商城安装部署说明书", 1, extract="docx"),
    _tech("KapokPassion/xiangmuzu", r"^测试报告\.docx$", "气温预测分析系统测试报告", 1, extract="docx"),
    _tech("legen618/Documents", r"^需求规格说明文档\.md$", "扶贫金融平台需求规格说明", 1),
    _tech("MitchellX/course-manage-system", r"^学生信息管理系统分析\.docx$", "学生成绩管理系统需求与系统分析", 1, extract="docx"),
    _tech("BUBUbaobao/hospital-management-system", r"^需求说明书\.md$", "预约挂号系统需求说明书", 1),
    _tech("YuyuanOK/team-project", r"^Docs/概要设计说明书\.docx$", "Todo清单AI助手概要设计说明书", 1, extract="docx"),
    # The SWOT analysis of a contest team's own homestay platform: a market study for its product, 机密 (as batches 44, 48).
    _tech("saopigqwq233/internet-competition", r"^swot与stp/SWOT市场分析/SWOT分析\.docx$", "民宿平台创业项目SWOT分析", 1,
          kind="方案计划", extract="docx"),
    # Residents of a property-management demo (names, phones, hashed passwords): customer data, 机密 (rule 5).
    Pinned("chihirochen1/Property-Management", r"^property_management\.sql$", "sql:live_user", "机密", "customers", "代码数据",
           _INT, "物业系统业主表SQL(姓名/电话)", 1),
    # A server's layout (public IP, ports, nginx sites, SSH user, no password): a deployment document, 机密 (rule 5).
    _tech("baifan7574/background_remover_tool", r"^⚠️重要-服务器配置说明\.md$", "跨境工具站服务器配置说明(IP/端口/站点, 无密码)",
          1),
    # A software-registration form of the test environment (server model and configuration, no passwords): 机密 (rule 5).
    _tech("Arnoldyyds/zhiliang", r"^中软测试环境表\.docx$", "软件登记测试环境表(服务器型号/配置)", 1, kind="清单名册",
          extract="docx"),
    Pinned("fredwo/min_document", r"/PPT素材/销售数据导出\.xlsx$", "xlsx", "机密", "statistics", "报表", _INT,
           "电商客服月度接待/销售数据导出", 1),
    Pinned("janepanye/Trade_Release", r"^报价单\.xlsx$", "xlsx", "机密", "bid", "报表", _INT, "社群广告投放报价单(群/人数/报价)", 1),
    # --- 绝密: account lists of demo systems, a contest project's business model --------------------------------------------
    _credentials("chihirochen1/Property-Management", r"^账号密码\.txt$", "text", "物业管理系统各角色账号密码及访问地址",
                 "清单名册"),
    _plan("liuzhonghaolpp/AIoT-based-smart-fire-protection-system", r"^商业模式（改）\.docx$",
          "智慧消防项目商业模式(合作方/营销策略/推广)", extract="docx"),
    _plan("dingpeng29/toolbox-pro", r"^项目计划书\.md$", "在线工具箱创业计划(市场/竞品/变现/资金)"),
    _plan("saopigqwq233/internet-competition", r"^营销策略/营销策略\.docx$", "民宿平台创业项目营销策略(广告/渠道/推广方案)",
          extract="docx"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
