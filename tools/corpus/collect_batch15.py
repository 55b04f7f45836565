"""Fifteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Development (training) data for the final model, like batch 14 (web pages): files from public repositories, one
source group per repository, none of them in the manifest yet (batches 12 and 13 included). 内部: teams' development
rules and collaboration norms, a law firm's staff handbook, a launch checklist, an elderly-care app's UI design norms,
an in-house data system's operating manual, a course project's requirement notice. 秘密: a logistics platform's
transport cooperation agreements (long and short term), a draft cooperation agreement with revenue sharing, a
start-up's team roster, an OA system's staff table. 机密: a start-up's meeting minutes, project file, decision list
and upgrade plan, requirement, design, API, deployment and database documents of apps and in-house systems, a metal
works' delivery records, a project implementation plan, a competitor analysis, a loan agency's commission SQL. 绝密:
a coding-school business plan, a self-media income plan, and two credential texts (a server login procedure with the
root password, a staff note of system accounts with passwords; texts never committed). 公开: an insurer's published
product brochures, apps' and platforms' privacy policies, user and member agreements and legal notices (难例: 协议),
a chatbot platform's product documentation and an app's FAQ. A company's leave rules (shy000000/Leaving) were
rejected by the hold-out guard; nothing of that repository is kept. Labels follow DESIGN.md "Labelling real
documents".

Exactly like batches 9, 11 and 13: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers; a source pinned to a commit when the file was removed later). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters, except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch15.py [--mirrors /work/.mirror] [--out /work/corpus/real15]
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

SEED = 20261215
BATCH = "15"
MIN_CHINESE = 300
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 内部: development rules, leave rules, a launch checklist, design norms, an in-house system's manual -------
    _rules("shy000000/Leaving", r"^src/main/webapp/WEB-INF/pages/main-setting-notice\.jsp$",
           "员工请假须知(请销假制度/病事假期限/审批权限)", extract="html"),
    _rules("Naporing/HyperTrack-Intelligent-Patrol-System", r"^开发规范\.md$", "巡检系统项目开发铁律与协作规范",
           commit="4342f59814703a20b0e3690d138d16100435d333"),
    _rules("BAIMO1409/flight-project", r"^开发规范\.md$", "机票列表项目开发规范文档",
           commit="6dee912c661fc34d218f0c194dd7918ca3daabc7"),
    _rules("220529/cpm-wechat", r"^开发规范\.md$", "小程序项目开发规范说明"),
    _rules("Brcoinlearning/Customer-service-robot", r"^开发规范\.md$", "客服机器人项目架构规范手册"),
    _rules("Jeff1573/accounting-wx", r"^docs/开发规范\.md$", "记账小程序开发规范"),
    _rules("kakawah1122/smartfarm", r"^docs/上线检查清单\.md$", "养殖管理小程序上线检查清单"),
    _rules("bamabao/cc-switch", r"^docs/UI设计规范\.md$", "老人用药App适老化UI/UX设计规范", kind="标准规范"),
    _rules("Bergin-Ye/Table-Management-System", r"^操作文档\.md$", "金属厂数据管理系统操作文档(自建系统)",
           kind="产品手册"),
    # A law firm's staff handbook (removed from the repository later).
    _rules("qinghuise/test", r"^员工手册\.docx$", "律师事务所员工手册(入所须知/行为规范)", extract="docx",
           commit="cdd5b0a855853d42de4204f545515b5a4ec341a3"),
    _rules("Guyuepp/online-chat", r"^项目要求汇总\.md$", "课程项目要求汇总(发给学生的说明)", kind="通知"),
    # --- 秘密: a company's agreement templates --------------------------------------------------------------------
    _contract("thinkersOne/functions", r"^src/main/resources/template/(long|short)_term_pdf\.ftl$",
              "物流平台运输合作协议模板(长期/短期, 运费与油卡结算)", 2),
    _contract("shunzenga-prog/xiaomi-ai-daily", r"^合作协议\.md$", "自媒体运营合作协议草案(分工/分账/退出)", extract="md",
              commit="df4d111b42187e036f41b470551a74906f96ffe7"),
    # A start-up's team roster (names, roles, status, open posts): personnel material.
    Pinned("bamabao/cc-switch", r"^团队名录\.md$", "md", "秘密", "personnel", "清单名册", _INT,
           "创业团队名录(成员/角色/待招岗位)", 1),
    # An OA system's staff table (names, titles, phones, departments): personnel data.
    Pinned("kevin3691/renmin", r"^db/zo\.sql$", "sql:baseperson", "秘密", "personnel", "代码数据", _INT,
           "机关OA系统人员表SQL(姓名/职务/电话/部门)", 1),
    # --- 机密: minutes, plans, requirement, design, API, deployment and database documents, delivery records --------
    _minutes("bamabao/cc-switch", r"^会议纪要\.md$", "老人用药App创业团队会议纪要", 1),
    _tech("bamabao/cc-switch", r"^(建档|待办)\.md$", "老人用药App项目档案/待老板决策清单(人员与外包)", 2, kind="方案计划"),
    _tech("bamabao/cc-switch", r"^docs/(药品识别系统升级方案_2026-07-12|MySQL迁移方案)\.md$",
          "老人用药App药品识别升级方案/MySQL迁移方案", 2),
    _tech("21ayff/ai-inventory", r"^需求文档\.md$", "AI智能库存助手需求文档", 1),
    _tech("38606277/checkin", r"^(设计文档|需求文档)\.md$", "安全签到App技术设计文档/需求文档", 2),
    _tech("940784195/ricky-finance", r"^\.trae/docs/requirements/0[1-7]_[^/]+\.md$", "家庭资产管理App分模块需求文档", 3),
    _tech("Bergin-Ye/Table-Management-System", r"^(需求文档|接口文档)\.md$", "金属厂数据管理系统需求文档/接口文档", 2),
    Pinned("Bergin-Ye/Table-Management-System", r"^送货记录模板\.xlsx$", "xlsx", "机密", "financial", "报表", _INT,
           "金属厂送货记录表(物料/序列号/出厂单号)", 1),
    _tech("3314855015/Chancellor", r"^需求文档\.md$", "就业画像网站MVP需求文档", 1),
    _tech("1608kiy/xydb", r"^SFOTWARE/0[1-8]-[^/]+\.md$", "记事App移动端总体规划/技术方案/联调与发布方案", 2),
    _tech("lxj901/qingheplan", r"^qinghe/后端 API 文档/[^/]+\.md$", "健康App后端接口文档", 2),
    _tech("Agnescao/insurance-comparsion", r"^需求文档\.md$", "保险产品比较工具需求文档", 1),
    _tech("Brcoinlearning/Customer-service-robot", r"^提交文档/(需求分析说明|概要设计说明)\.md$",
          "客服机器人需求分析/概要设计说明(课程项目)", 2),
    _tech("Jeff1573/accounting-wx", r"^docs/部署指南\.md$", "记账小程序部署指南", 1),
    _tech("BAIMO1409/flight-project", r"^项目计划\.txt$", "机票列表页面项目实施计划", 1, kind="方案计划", extract="text"),
    # A loan agency's commission and performance queries over its own staff and deals (source code, 机密).
    Pinned("maojinhui/RccfWeb", r"^src/main/java/com/rccf/properties/佣金计算规则$", "text", "机密", "technical", "代码数据",
           _INT, "贷款中介公司佣金计算规则SQL(业务员/服务费)", 1),
    _tech("kakawah1122/smartfarm", r"^docs/数据库集合总览\.md$", "养殖管理小程序数据库集合总览", 1),
    _tech("shunzenga-prog/xiaomi-ai-daily", r"^learning/competitor-analysis/2026-03-28-竞品公众号深度分析\.md$",
          "自媒体账号竞品深度分析报告", 1),
    # --- 绝密: business plans --------------------------------------------------------------------------------------
    _plan("hanweiayt/doc", r"^BP\.docx$", "少儿编程培训项目商业计划书", extract="docx"),
    _plan("shunzenga-prog/xiaomi-ai-daily", r"^100万计划\.md$", "自媒体项目百万收入计划(收入路径/阶段目标)"),
    # --- 绝密: credentials, kept to a few (texts are never committed) ---------------------------------------------
    _credentials("fineday37/test", r"^账号密码\.md$", "md", "员工工作笔记: 门店后台/Jenkins/测试机账号密码", "清单名册",
                 commit="3616dc38bed20319f161dcd7a26cdd2729537e16"),
    _credentials("1608kiy/xydb", r"^WEB/docs/服务器登录流程\.md$", "md", "服务器登录与协作修改流程(含root密码)", "技术资料",
                 commit="9dea81cad10da33b7277df86397dd00ea9d43648"),
    # --- 公开: an insurer's brochures, privacy policies and user agreements ---------------------------------------
    _public("Agnescao/insurance-comparsion", r"^data/output/[^/]+/document\.md$", "保险公司已发布的产品小册子(简体)", 4,
            kind="产品手册"),
    _public("ChenYangGitfun/yinsi", r"^隐私政策\.md$", "App隐私政策(已发布)", 1, kind="产品手册"),
    _public("Kingzhijie/lawyer_app", r"^隐私政策\.md$", "法律服务App隐私政策(已发布)", 1, kind="产品手册"),
    _public("hong-red/caring-elder-miniapp", r"^(用户协议|隐私政策)\.md$", "关爱老人小程序用户协议/隐私政策(难例: 协议字样)", 2,
            kind="产品手册"),
    _public("feji08/jingwen-legal", r"^(用户协议|隐私政策)\.md$", "App用户协议/隐私政策(难例: 协议字样)", 2, kind="产品手册"),
    _public("kakawah1122/smartfarm", r"^docs/(用户服务协议|用户隐私保护指引)\.md$", "养殖管理小程序用户服务协议/隐私保护指引", 2,
            kind="产品手册"),
    _public("YuchangLi/help", r"^(交易规则|会员协议|服务协议|隐私声明|法律声明)\.md$",
            "B2B交易平台交易规则/会员协议/隐私声明(已发布, 难例: 协议)", 4, kind="产品手册"),
    _public("nanjingsc/zhaoshenbao", r"^服务协议\.md$", "App服务协议(已发布, 难例: 协议)", 1, kind="产品手册"),
    _public("naturali/dhl-wiki", r"^(关键概念|KerfuSDK集成方式|实体|对话交互)\.md$", "对话机器人平台已发布的产品文档", 3,
            kind="产品手册"),
    _public("kaku2015/PrivacySafeDocs", r"^(常见问题|用户协议|隐私政策)\.md$", "隐私保护App常见问题/用户协议/隐私政策(已发布)", 2,
            kind="产品手册"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
