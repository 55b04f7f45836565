"""Eleventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

Batch 10 (another collector) takes stored web pages for a last blind split `fresh10`; this batch adds files from
public repositories, one source group per repository, none of them in the manifest yet: a software firm's internal
guide to copyright filing and its blank project-proposal form, a graduate class's charter changes and handbook
summary, a university's notice to its schools with a student team's meeting minutes, a game-jam team's minutes,
roadmap and onboarding guide, a supply-chain platform's three-party purchase agreement, a team knowledge base's
requirement record and user manual, an operations wiki (server inventories without passwords, a release procedure,
a developer contact list, an environment page giving the shared default password), an online shop's order SQL, a
data centre's equipment ledger and its device password table (SQL), a PR agency's offer letter and blank check-out
form, and published material kept in repositories (national laws, an e-invoice vendor's white paper and manual,
published CPA auditing standards and expert notes, a start-up's public website pages, an agricultural trade
platform's company profile, terms of service and news). Labels follow DESIGN.md "Labelling real documents".

Exactly like batch 9: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by path
patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs at least
`MIN_CHINESE` Chinese characters, except 绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: the batch goes to a blind split.

Usage:  python tools/corpus/collect_batch11.py [--mirrors /work/.mirror] [--out /work/corpus/real11]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    _INT,
    Pinned,
    _contract,
    _credentials,
    _minutes,
    _public,
    _rules,
    _servers,
    _tech,
    run_repository_batch,
)

SEED = 20261211
BATCH = "11"
MIN_CHINESE = 300
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 内部: a software firm's guide and blank form, class rules, notices, manuals, procedures ----------------
    _rules("LiCijun/DocTemplate", r"^软件著作权-材料要求\.docx$", "软件公司软件著作权登记申请材料要求(内部指南)", extract="docx"),
    _rules("LiCijun/DocTemplate", r"^立项报告空白页\.docx$", "公司立项报告空白模板", kind="方案计划", extract="docx"),  # audit: a filled plan
    _rules("Tisingdeng/2017TSINGHUA-MEM-2-Group1", r"^班级宪章修改记录20170914\.docx$", "研究生班级宪章修改记录(班级章程)",
           extract="docx"),
    _rules("Tisingdeng/2017TSINGHUA-MEM-2-Group1", r"^学员手册Summary\.docx$", "工程管理硕士入学导引学员手册摘要(发给新生)",
           kind="通知", extract="docx"),
    # A university's notice to its schools (内部 by rule 3/6: it arranges work, holds nothing sensitive).
    _rules("martinhamburger/Venturing-overseas", r"^关于2026年春季学期“强国之路”思政大课“悟”阶段工作安排的通知\.docx$",
           "高校思政大课阶段工作安排通知(发各院系)", kind="通知", extract="docx"),
    _rules("chemark/agi-devourer", r"^新手协作指南\.md$", "游戏团队新成员Git协作指南"),
    _rules("kumamonlove/WisdomLoong", r"^用户使用手册\.md$", "团队论文知识库用户使用手册(内部系统)", kind="产品手册"),
    _rules("fraser-in-school/2019-Primary-School-doc", r"^项目启动前言\.docx$", "项目组启动分工与任务通知", kind="通知",
           extract="docx"),
    _rules("mingjer/job", r"^wiki/Deploy/DeployRule\.md$", "运维Git仓库使用和发布流程规范"),
    _rules("lydr081453/YunQue", r"^SEPProjects/Portal/SEPAdmin/HR/Dimission/DimissionFormPrint\.aspx$", "公关公司员工离职清单(空白表)",
           kind="模板空白表", extract="html"),
    # --- 秘密: an agreement form, an offer letter, a developer contact list ------------------------------------
    _contract("puchunjie/taobuxiu-super", r"^src/views/contractManagement/draft/preview/index\.vue$",
              "供应链平台三方购销合作服务协议(系统模板)"),
    Pinned("lydr081453/YunQue", r"^SEPProjects/Portal/SEPAdmin/HR/Print/OfferLetterPrint\.aspx$", "html", "秘密", "personnel",
           "合同协议", _DRAFT, "公关公司聘用任职信模板(试用期/薪酬构成)", 1),
    Pinned("mingjer/job", r"^wiki/MachineList/user\.md$", "md", "秘密", "personnel", "清单名册", _INT,
           "开发人员模块分工与手机号表", 1),
    # --- 机密: minutes, a roadmap, a requirement record, server inventories, order and asset SQL ------------------
    _minutes("martinhamburger/Venturing-overseas", r"^(会议纪要|第三次会议纪要)\.docx$", "学生课题组讨论会议纪要(企业出海研究)", 2,
             extract="docx"),
    _minutes("chemark/agi-devourer", r"^会议纪要\.md$", "游戏开发团队赛前讨论纪要", 1),
    _tech("chemark/agi-devourer", r"^开发路线图\.md$", "游戏版本迭代与开发路线图", 1, kind="方案计划"),
    _tech("kumamonlove/WisdomLoong", r"^产品手册\.md$", "知识库产品需求记录(部署/权限/数据要求)", 1),
    _servers("mingjer/job", r"^wiki/MachineList/AzureMachineList\.md$", "md", "云服务器清单(内外网IP/配置/用途, 无密码)"),
    _servers("mingjer/job", r"^wiki/MachineList/lcdsAppMachineList\.rst$", "text", "电商线下服务器列表(IP/配置/用途, 无密码)"),
    _servers("tainyuhong/pyside_machine_system", r"^db/equipment_mg20231229\.sql$", "sql:machine_infos",
             "机房设备资产台账SQL(IP/序列号/责任人, 无密码)"),
    Pinned("ly005219/flask_vue", r"^Flask_Shop/db_sql/order\.sql$", "text", "机密", "customers", "代码数据", _INT,
           "电商订单与物流记录SQL", 1),
    # --- 绝密: credentials, kept to two (texts are never committed) -------------------------------------------
    _credentials("tainyuhong/pyside_machine_system", r"^db/equipment_mg20231229\.sql$", "sql:machine_password",
                 "机房设备带外管理账号密码表SQL", "代码数据"),
    _credentials("mingjer/job", r"^wiki/environment\.common/environment\.common\.md$", "md",
                 "公共组件环境信息(含统一默认密码, 难例)", "技术资料"),
    # --- 公开: laws, a vendor's documents, published standards, companies' public web pages ----------------------
    _public("zitzhen/Chinese-law", r"^law/[^/]+/README\.md$", "已公布的法律全文", 5),
    _public("LealLee/CloudDocumentCenter", r"^(产品白皮书|公司管理员)\.md$", "电子发票平台产品白皮书/管理员使用手册", 2, kind="产品手册"),
    _public("Chaaoo/docsify", r"^docs/2\.0/[0-9]+\.md$", "已发布的注册会计师审计准则/专家提示", 3, kind="标准规范",
            extract="html"),
    _public("huangyueranbbc/Spring_Study", r"/WEB-INF/jsp/(公司战略|行业分析及产品特点|产品介绍)\.jsp$",
            "初创公司官网页面(公司战略/行业分析/产品介绍, 难例: 战略字样)", 3, kind="产品手册", extract="html"),
    _public("qq316577877/portal-main-web", r"^src/main/webapp/WEB-INF/pages/docs/(about_us|service|rule)\.ftl$",
            "农产品贸易平台公司简介/服务条款/法律声明(难例: 协议字样)", 3, kind="产品手册", extract="html"),
    _public("qq316577877/portal-main-web", r"^src/main/webapp/WEB-INF/pages/news/news_show_2\.ftl$", "平台发布的行业新闻(带日期)", 1,
            kind="新闻", extract="html"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
