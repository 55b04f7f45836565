"""Sixty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh63` (with batch 63, web pages): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one
source group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). 公开: user manuals written for the users of course and hobby projects (a second-hand book shop,
a 3D fishing game, a souvenir trading platform, a smart parcel box, a news-network tool, an enterprise data platform's
front end, a campus game) and a deployment-and-use guide. 内部: weekly and daily reports, development summaries, a
schedule, a project retrospective, an internship report and a thesis literature review that record progress and
learning only. 秘密: job seekers' CVs (phone, e-mail) and an agreement to build a system for a fee (rule 4). 机密:
requirement specifications, a detailed design, test reports, a project plan, a team's meeting record (rule 6),
competitor analyses of the team's own products, a PRD and a monitoring server's installation document (rule 5). No 绝密
document: the business plan and canvas template found were in repositories batches 5 and 7 already use, and the
account lists found were too short, GBK-encoded or held real credentials. Labels follow DESIGN.md "Labelling real
documents" and this batch's notes; sources tried and dropped are listed in the batch-64 section written for
classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 60 and 62: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch64.py [--mirrors /work/.mirror] [--out /work/corpus/real64]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _contract,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261264
BATCH = "64"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: user manuals written for the users of course and hobby projects (rule 2, product manuals) --------------
    _public("denny1997/BookStore-Website", _p("用户手册.docx"), "旧书交易网站用户手册(课程项目)", 1, kind="产品手册",
            extract="docx"),
    _public("3d-fishing/3D-app", _p("用户手册.docx"), "3D仿真钓鱼游戏用户手册(课程项目)", 1, kind="产品手册",
            extract="docx"),
    _public("GrapefruitCat030/TradingPlatform", _p("用户手册.docx"), "冬奥纪念品交易平台用户手册", 1, kind="产品手册",
            extract="docx"),
    _public("echo2246/Intelligent-express-box", _p("用户手册.docx"), "智能快递箱用户手册(用户环境/烧写)", 1, kind="产品手册",
            extract="docx"),
    _public("Pyrrha-L/Network-Community-And-Market", _p("用户手册.docx"), "新闻人物关系网络工具用户手册(课程设计)", 1,
            kind="产品手册", extract="docx"),
    _public("mmaohuijun/graduation-project", _p("用户手册/用户手册.docx"), "企业智能数据管理系统前端用户手册(毕业设计)", 1,
            kind="产品手册", extract="docx"),
    _public("Raymond-Wong/Orbitum", _p("用户手册.docx"), "Orbitum课程设计游戏用户手册", 1, kind="产品手册", extract="docx"),
    # How to run the team's crawler tool (start, stop, get the cookie), written for the people who use it: a user guide,
    # 公开 (rule 2; 难例: 部署/cookie).
    _public("Leng-bingo/ZZ-project", _p("使用说明.docx"), "文本任务工具使用说明(运行/常见问题, 难例: 部署)", 1,
            kind="产品手册", extract="docx"),
    # --- 内部: weekly and daily reports, summaries, a schedule, a retrospective (progress and learning only) ----------
    _rules("denny1997/BookStore-Website", _p("开发体会和小结.docx"), "旧书交易网站开发体会和小结(学生)", 1, kind="工作报告",
           extract="docx"),
    _rules("taochun/project_ustc", _p("项目进度.docx"), "影评情感分析项目进度安排", 1, kind="工作报告", extract="docx"),
    # A course team's retrospective of its mini-program: what was built and learnt, no design details, test results or
    # figures, 内部 (this batch's note; 难例: 项目复盘).
    _rules("Rao-5/Group-1", _p("项目复盘.docx"), "组队小程序项目复盘(成果/收获, 难例)", 1, kind="工作报告", extract="docx"),
    _rules("xie-quyan/ABB-self-project", _p("8月25日日报.docx"), "软件工程营学员日报(学习内容)", 1, kind="工作报告",
           extract="docx"),
    # Daily reports of a product-manager camp: what was learnt each day (难例: 竞品/市场/产品设计).
    _rules("Ind0gO/huawei", _p("ABB班华为软件工程营日报.docx"), "软件工程营日报汇总(学习收获, 难例: 市场)", 1,
           kind="工作报告", extract="docx"),
    _rules("mmaohuijun/graduation-project", _p("实习日志/实习报告.docx"), "毕业实习报告(培训学习内容)", 1, kind="工作报告",
           extract="docx"),
    # A student's literature review for her graduation thesis on an enterprise data platform's front end: a student
    # report, 内部 (this batch's note; 难例: 企业/数据管理).
    _rules("mmaohuijun/graduation-project", _p("文献综述/文献综述.docx"), "毕业设计文献综述(企业数据管理系统前端, 难例)", 1,
           kind="工作报告", extract="docx"),
    # --- 秘密: CVs (personal data) and agreements (rule 4) ---------------------------------------------------------------
    _personnel("Thewindheir/newdome", _p("个人简历.docx"), "测控专业求职简历(电话/微信/邮箱)"),
    _personnel("woodheadi/helloworld2", _p("个人简历.docx"), "软件开发求职简历(姓名/电话/邮箱)"),
    _contract("Arvin333/OrderMeal", _p("协议书.docx"), "餐饮管理系统代开发协议书(价款/分期付款)", extract="docx"),
    # --- 机密: requirement, design, test, plan documents and minutes of team projects (rules 5, 6) ------------------------
    _tech("GoldenStain/QA_homework", _p("测试报告.docx"), "PaddleSOT测试报告(测试内容/结果)", 1, extract="docx"),
    _tech("LM4357/springboot-manage", _p("测试报告.docx"), "商品管理系统测试报告(环境/结果)", 1, extract="docx"),
    _tech("Ourobj-car-ad/car-ad-app-test", _p("测试报告.docx"), "车载广告投放App测试报告(用例/缺陷)", 1, extract="docx"),
    _tech("Rao-5/Group-1", _p("产品需求说明书.docx"), "课堂组队小程序产品需求说明书", 1, extract="docx"),
    _tech("Xilu-H/Online-alumni-book", _p("电子同学录-详细设计.docx"), "电子同学录详细设计(数据库设计)", 1, extract="docx"),
    _tech("shooterhex/Android_app", _p("智能睡眠助手需求报告_v1.5.docx"), "智能睡眠助手软件需求规格说明书", 1,
          extract="docx"),
    _tech("Arvin333/OrderMeal", _p("毕设需求.docx"), "餐饮管理系统毕设需求(模块/难点)", 1, extract="docx"),
    # An engineer's installation document for the Zabbix monitoring server he set up (packages, paths, configuration):
    # a deployment document, 机密 (rule 5).
    _tech("Jingup/ido", _p("Zabbix-3.4.6服务端安装文档.docx"), "Zabbix监控服务端安装部署文档", 1, extract="docx"),
    _tech("zxs1996/LabInfoManagement", _p("项目计划书.docx"), "实验室信息管理项目计划书(WBS/进度/风险)", 1,
          kind="方案计划", extract="docx"),
    _minutes("3d-fishing/3D-app", _p("第七次会议记录.docx"), "课程项目组第七次会议记录(设计分工)", 1, extract="docx"),
    # Competitor analyses written for the team's own product (its positioning and features): 机密 (this batch's note).
    _tech("Dany-Li/project1", _p("竞品分析.docx"), "穿搭App帮搭竞品分析(盈利模式/推广)", 1, kind="方案计划",
          extract="docx"),
    _tech("Dany-Li/project1", _p("帮搭PRD文档1.docx"), "穿搭App帮搭产品需求文档PRD", 1, extract="docx"),
    _tech("zlzhl1/IoT-Key-Cabinet", _p("竞品分析.docx"), "物联网钥匙箱竞品分析(定位/卖点)", 1, kind="方案计划",
          extract="docx"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
