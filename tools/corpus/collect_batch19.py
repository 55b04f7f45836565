"""Nineteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

For the blind split `fresh18` (with batch 18, web pages): files from public repositories, one source group per
repository, none of them in the manifest yet (batches 1-17 are all sources). 公开: apps' and a forum's user
agreements and privacy policies, an app's disclaimer, a test platform's user agreement and privacy page, the
published national standard GB 55001-2021 (工程结构通用规范). 内部: a sales company's 规章制度 (fines, attendance,
office discipline), a contest team's collaboration norms, student teams' coding and document-writing norms, an
in-house Java framework's guide, a supermarket system's operating manual and blank acceptance form, a team's
training plan, an app's user manual, a blank requirement-change form, a research institute's inspection and
acceptance form templates. 秘密: software development contracts of course projects (one in 政府采购 form, one blank;
a Changsha company's template and a second same-titled contract are dropped as duplicates), a team roster with
student numbers, phones and e-mails, a staff table dump. 机密: team and project minutes, an expert
interview transcript (pharma distribution), a security vendor's requirement meeting and market analysis,
requirement/design/deployment documents, a task division, a configuration plan, a cost table, an
unpublished tender, a server reinstall guide after a mining-virus incident, a PRD, a user-scenario study, a hospital
system's visit-record table. 绝密: an app's launch plan (Hong Kong first, then mainland; strategy, compliance and
budget) and a patient account table with plain passwords (its text is never committed). Labels follow
DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, 13, 15 and 17: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (120 here: a blank
acceptance form and a team's naming rules are short), except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: this batch is for a blind split.

Usage:  python tools/corpus/collect_batch19.py [--mirrors /work/.mirror] [--out /work/corpus/real19]
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

SEED = 20261219
BATCH = "19"
MIN_CHINESE = 120
SPARSE_KINDS = ("代码数据", "清单名册")

_BURENMING = "f72995f47dc6b2e686c67a87eacd46be131d65fa"  # li-sea/buming-app: its documents were removed later
_EMOTION = "31581d0be455467518f37dbe474aa12754057005"  # lcp5674/emotion-ai-assiant: likewise


SOURCES = (
    # --- 公开: published agreements, privacy policies, a disclaimer, a national standard ----------------------------
    _public("Kuari/technical_support", r"^隐私政策\.md$", "健康类App隐私政策(已发布)", 1, kind="产品手册"),
    _public("RMDCXY/CXYBBS", r"^(用户协议|隐私政策)\.md$", "程序员论坛用户协议/隐私政策(已发布, 难例: 协议)", 2, kind="产品手册"),
    _public("SerenaLiu06/Duoverse_APP", r"^(用户协议|隐私政策)\.md$", "社交App平台用户协议/隐私政策(已发布, 难例: 协议)", 2,
            kind="产品手册"),
    _public("a92582/ibox", r"^(用户协议|隐私政策)\.md$", "工具App用户协议/隐私政策(已发布, 难例: 协议)", 2, kind="产品手册"),
    _public("lcp5674/emotion-ai-assiant", r"^(用户协议|隐私政策)\.md$", "AI情感助手用户协议/隐私政策(已发布, 难例: 协议)", 2,
            kind="产品手册", commit=_EMOTION),
    _public("li-sea/buming-app", r"^(用户协议|隐私政策|免责声明)\.md$", "传统文化App用户协议/隐私政策/免责声明(已发布)", 3,
            kind="产品手册", commit=_BURENMING),
    _public("JinzeWang10/KnowYourself_website", r"^app/(terms|privacy)/page\.tsx$", "心理测评平台用户协议/隐私政策页(已发布)",
            2, kind="产品手册", extract="html"),
    _public("longyu8101/GB55001", r"^source/(gg|qy|2|3|4)\.rst$", "国家标准GB 55001-2021工程结构通用规范(公告/前言/条文)", 3,
            kind="标准规范", extract="html"),
    # --- 内部: a company's rules, teams' norms, in-house manuals, blank forms ----------------------------------------
    _rules("onSlaughtJIE/webapp-2018-6-13-", r"^规章制度\.docx$", "销售公司规章制度(考勤/纪律/罚款)", extract="docx",
           commit="dbeec026a9feac64159157a4ccfcd0a2322eca24"),
    _rules("XeriChen/MCM_Latex_Templete", r"^团队规范\.md$", "数学建模竞赛团队合作规范", kind="标准规范"),
    _rules("zhouyanghaha/CoderXiaoban", r"^《软件编码规范说明书》\.docx$", "超市会员积分系统团队软件编码规范说明书", kind="标准规范",
           extract="docx"),
    _rules("zhouyanghaha/CoderXiaoban", r"^项目验收意见表\.docx$", "超市会员积分系统项目验收意见表(空白)", kind="模板空白表",
           extract="docx"),
    _rules("zhouyanghaha/CoderXiaoban", r"^操作手册\.docx$", "超市会员积分系统操作手册(自建系统)", kind="产品手册",
           extract="docx"),
    _rules("zhouyanghaha/CoderXiaoban", r"^培训计划\.docx$", "软件团队开发人员培训/测试/保密计划", kind="方案计划",
           extract="docx"),
    _rules("moonroro/software_practice", r"^文档编写规范\.docx$", "软件实践小组文档编写规范", kind="标准规范", extract="docx"),
    _rules("sz2247796775/SoftwareProject", r"^社区用户有偿互助平台编码标准\.docx$", "互助平台小组编码标准", kind="标准规范",
           extract="docx"),
    _rules("AllSysAmalthea/AllSys", r"^命名及代码规范\.txt$", "项目组命名及代码规范", kind="标准规范", extract="text",
           commit="a949811887e79b04b71ed5b0eb998efe2392de19"),
    _rules("jm-team/dove-doc", r"^docs/Dove框架使用指南1\.6\+\.md$", "公司内部Java开发框架使用指南(自建框架)", kind="产品手册"),
    _rules("day9011/Document", r"^明星热点专属APP用户使用手册\.docx$", "学生团队App用户使用手册(自建系统)", kind="产品手册",
           extract="docx"),
    _rules("745534939/SoftwareProjectManagement", r"^项目需求变更申请表v2\.0\.docx$", "数据采集系统项目需求变更申请表(多为空白)",
           kind="模板空白表", extract="docx"),
    _rules("John-qzl/8ddp", r"^com\.cssrc\.ibms\.core\.resources/src/main/webapp/temp/(功能性能验收表模板|常规性检验表)\.xlsx$",
           "研究所综合管理系统验收/检验表模板(空白或测试数据)", 2, kind="模板空白表", extract="xlsx"),
    # --- 秘密: contracts, a roster with contact details, a staff table ----------------------------------------------
    _contract("zain-pages/deepalgo.cn", r"^files/软件开发合同\.docx$", "长沙科技公司软件开发合同模板(受托方已填)", extract="docx"),
    _contract("745534939/SoftwareProjectManagement", r"^项目开发合同\.docx$", "数据采集系统软件项目开发合同(课程项目)",
              extract="docx"),
    _contract("2764522003/RJXMGL", r"^1\.学生信息管理系统项目合同\.docx$", "学生信息管理系统项目合同(政府采购格式)", extract="docx"),
    _contract("TJKkking/SPM", r"^软件项目开发合同\.docx$", "省人社厅数据采集系统开发合同(课程项目, 含账号/联系人)",
              extract="docx"),
    _contract("matong0209/doge", r"^week1/软件开发合同\.md$", "在线小游戏软件开发合同(课程项目)", extract="md"),
    _contract("452831959/goodmanage", r"^项目合同\.docx$", "商品销售管理系统软件开发项目合同书", extract="docx"),
    _contract("yuanxiaotoulaoshi/library", r"^项目合同\.docx$", "图书馆管理系统软件开发合同(空白)", extract="docx"),
    Pinned("ly8961907/Software-Engineering-practical-training-2020", r"^TUP小组分工名单\.xlsx$", "xlsx", "秘密", "personnel",
           "清单名册", _INT, "实训小组分工名单(学号/电话/邮箱/考勤)", 1),
    Pinned("dawn119/repo", r"^repo/sql-file/employees\.sql$", "sql:employees", "秘密", "personnel", "代码数据", _INT,
           "员工表(姓名/性别/年龄/部门/学历)", 1),
    # --- 机密: minutes, reports, requirement/design/test/deployment documents, plans, SQL ------------------------------
    _minutes("Minakami-Yuuki/MT", r"^会议记录\.md$", "机器翻译科研小组指导会议记录", 1),
    _minutes("zhouyanghaha/CoderXiaoban", r"^会议纪要\.docx$", "软件团队项目会议纪要", 1, extract="docx"),
    _minutes("scdays/ndr", r"^会议记录\.md$", "安全厂商NDR 2.0需求会议记录", 1),
    _tech("scdays/ndr", r"^NDR市场加密流量检测深度分析报告V1\.0\.docx$", "NDR加密流量检测市场深度分析报告(产品方内部)", 1,
          kind="工作报告", extract="docx"),
    _minutes("cauchy221/ChatMeeting", r"^会议纪要\.docx$", "医药流通行业专家访谈会议纪要(转写)", 1, extract="docx",
             commit="cbd8b236db572b1c76d71b9e97582c7f5dea335f"),
    _minutes("AllSysAmalthea/AllSys", r"^会议记录\.docx$", "项目组任务分配会议记录", 1, extract="docx",
             commit="b3bed5fd4ac58f02d7152a9c5070f540f6ec7ed6"),
    _minutes("gaodashuang/Project", r"^估算会议记录\.docx$", "项目组故事点估算会议记录", 1, extract="docx",
             commit="e5ca70aec4d9e40bc029fa15fa071e1935c42188"),
    _minutes("ly8961907/Software-Engineering-practical-training-2020", r"^会议记录v2\.0\.docx$", "实训小组会议记录", 1,
             extract="docx", commit="ec57848cc9c0c15e5ec7c9fbd07a0875d64db18a"),
    _minutes("cherrylm/Advanced-Software-Engineering", r"^会议记录\.docx$", "火车订票系统小组会议记录", 1, extract="docx"),
    _minutes("moonroro/software_practice", r"^会议记录\.docx$", "网络攻击可视化系统课题会议记录", 1, extract="docx"),
    _tech("moonroro/software_practice", r"^经济决策方法及预算\.docx$", "网络攻击可视化系统经济决策方法及预算", 1, kind="方案计划",
          extract="docx"),
    _minutes("sz2247796775/SoftwareProject", r"^会议记录\.docx$", "互助平台小组会议记录", 1, extract="docx"),
    _tech("QianQiuMei01/SoftwareEngineering", r"^任务分配\.xlsx$", "广告平台项目任务分配表", 1, kind="方案计划", extract="xlsx"),
    _tech("LeaveSystem/Document", r"^(安装部署说明书|数据库设计说明书)\.docx$", "请假系统安装部署/数据库设计说明书", 1,
          extract="docx"),
    _tech("M-JLau/IonChromatograph", r"^(需求规格说明书|概要设计说明书)\.docx$", "离子色谱仪软件需求规格/概要设计说明书", 1,
          extract="docx"),
    _tech("TJKkking/SPM", r"^配置管理计划\.docx$", "数据采集系统配置管理计划", 1, kind="方案计划", extract="docx"),
    Pinned("2764522003/RJXMGL", r"^成本分析\.docx$", "docx", "机密", "financial", "报表", _INT,
           "学生信息管理系统资源与成本估算表", 1),
    _tech("F0urty-Tw0/Team_project_summary", r"^需求规格说明书\.docx$", "部门推荐系统需求规格说明书", 1, extract="docx"),
    _tech("shy2000/BIT-project-manage", r"^需求规格说明书\.docx$", "企业就业失业数据采集系统需求规格说明书", 1, extract="docx"),
    _tech("bookicle/Project_management", r"^项目范围\.docx$", "项目范围说明书", 1, extract="docx"),
    _tech("cppccp/YunNanDataSystem", r"^需求规格说明书v3\.0\.docx$", "云南省企业就业失业数据采集系统需求规格说明书", 1,
          extract="docx"),
    Pinned("matong0209/doge", r"^week1/招标书\.md$", "md", "机密", "bid", "招标文件", _INT, "在线小游戏项目招标文件(尚未发布)", 1),
    Pinned("Palpitate123/hospital", r"^数据库/xm_hospital_manager\.sql$", "sql:record", "机密", "customers", "代码数据", _INT,
           "医院管理系统就诊记录表(患者/医生/病情)", 1),
    _tech("JinzeWang10/KnowYourself_website", r"^SERVER-MIGRATION\.md$", "测评平台服务器重装迁移指南(清除挖矿病毒)", 1,
          commit="6d7ff112bffc682fe3e9c514497b1a98a04878b9"),
    _tech("lcp5674/emotion-ai-assiant", r"^AI情感助手PRD\.md$", "AI情感助手产品需求文档", 1, commit=_EMOTION),
    _tech("guoyu07/ticket", r"^WebRoot/upload/site/attachment/201602/20160222105021\.docx$", "机场App用户场景调研(乘机人物角色)",
          1, kind="工作报告", extract="docx"),
    # --- 绝密: a launch plan with strategy and budget; user tables with passwords (texts never committed) -----------
    _plan("li-sea/buming-app", r"^上线计划 - 香港先行\.md$", "传统文化App上线计划(香港先行/大陆合规/预算)", commit=_BURENMING),
    _credentials("Palpitate123/hospital", r"^数据库/xm_hospital_manager\.sql$", "sql:user", "医院管理系统患者账号表(明文密码)",
                 "代码数据"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
