"""Ninth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Batch 8 (another collector) takes stored web pages for the blind split `fresh8`; this batch adds files from public
repositories, one source group per repository, none of them in the manifest yet: a freight forwarder's working
sheets and import procedure, a data-recovery firm's confidentiality agreement, a manufacturer's contract forms, a
land-exchange system's contract template, pay sheets and staff and class lists, bid and tender documents, business
plans and an investment memo, three credential documents, companies' handbooks and 制度, a university's notices to
students, teams' minutes, requirement, design and deployment documents, and published material kept in
repositories (a provincial government notice, a social-insurance centre's published list, a writing standard,
open-source manuals, a bot's user agreement, a privacy policy, published articles). Labels
follow DESIGN.md "Labelling real documents".

Exactly like batch 7: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by path
patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers, some pinned to the commit that still has the file). Every candidate goes through the hold-out guard
(GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest
and logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters, except
绝密 documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: the batch goes to a blind split.

Usage:  python tools/corpus/collect_batch9.py [--mirrors /work/.mirror] [--out /work/corpus/real]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import _INT, _PUB, Pinned, _contract, _minutes, _plan, _public, _rules, _tech, run_repository_batch

SEED = 20261209
BATCH = "9"
MIN_CHINESE = 300
SPARSE_KINDS = ("代码数据", "清单名册")


def _roster(repo: str, pattern: str, note: str, category: str = "personnel", commit: str = "") -> Pinned:
    """A staff or class list, a pay sheet kept as a spreadsheet: personnel / pay, 秘密."""
    return Pinned(repo, pattern, "xlsx", "秘密", category, "清单名册", _INT, note, 1, commit)


def _customers(repo: str, pattern: str, extract: str, note: str, kind: str = "清单名册") -> Pinned:
    """Customers' contacts, shipments and orders, SQL with tenants' records: 机密 (DESIGN rule 5, 客户名单)."""
    return Pinned(repo, pattern, extract, "机密", "customers", kind, _INT, note, 1)


def _bid(repo: str, pattern: str, note: str, commit: str = "") -> Pinned:
    """A bidder's own 投标/响应文件 (prices, its finances, staff): 绝密."""
    return Pinned(repo, pattern, "docx", "绝密", "bid", "标书", _INT, note, 1, commit)


SOURCES = (
    # --- a freight forwarder's working files: its import procedure (内部), customer and shipment sheets (机密) ---
    _rules("ColorfullyZhang/rang", r"^co-honour/进口流程\.docx$", "货代公司进口操作流程和注意事项", extract="docx"),
    _customers("ColorfullyZhang/rang", r"^yjc/拼箱部工作表\.xlsx$", "xlsx", "货代拼箱部客户联系表(客户/邮箱/群)"),
    _customers("ColorfullyZhang/rang", r"^co-honour/进口操作总览\.xlsx$", "xlsx", "货代进口业务总览(客户/提单/箱号)"),
    # --- 秘密: contracts and agreement forms, staff lists and pay sheets -------------------------------------
    _contract("TAIWAN123890/2028", r"^保密协议\.docx$", "数据恢复公司保密协议", extract="docx",
              commit="3502ef19feaa572d477b7635700afc121413f1cd"),
    _contract("yuqingyang3019-cyber/hetong",
              r"^agent/contract/templates/zhanweifu/(caigouhetong|labor-subcontract|professional-subcontract"
              r"|annual-framework|supplementary-agreement|simple-contract)\.docx$",
              "制造企业合同模板(采购/分包/框架/补充协议, 占位符)", 6, extract="docx"),
    _contract("wucangeo/SpringMVCExtjs", r"^src/cn/edu/bnu/land/common/zbjyht\.ftl$", "农村集体建设用地指标交易合同(系统模板)"),
    _contract("lrz0212/group-code", r"^软件开发合同\.docx$", "软件开发合作协议", extract="docx"),
    _roster("CharaDreemurr114514/smgfxyjq", r"^花名册\.xlsx$", "班级签到花名册(学号)"),
    _roster("Dream-Home-2021/Analysis", r"^通讯录\.xlsx$", "广告公司客服部门通讯录(工号/部门/姓名)",
            commit="afbd6262e963bcae9ad61ff1c82c9e2c4a6fed97"),
    _roster("bloodlad123/python_doc", r"^工资条\.xlsx$", "员工工资条(基本工资/五险一金/个税/实发)", category="compensation"),
    _roster("rogerchenfz/office-automation", r"^员工信息\.xlsx$", "培训机构员工信息表(姓名/邮箱/入职时间)"),
    # --- 绝密: business plans, an investment memo, an OKR, bid documents ----------------------------------------
    _plan("xiatao123/SmartRead", r"^商业计划书\.txt$", "资讯推荐产品商业计划书", extract="text"),
    # Deleted later by a commit titled "Delete Secrete": read at the commit that still has it.
    _plan("CloudTide4746/carbon-connect", r"^商业计划书\.txt$", "乡村碳汇平台商业计划书(运营模式)", extract="text",
          commit="01e5a199c5382a6639057d78b2ee701672e26642"),
    # The guard rejects one of these pages: the run logs it and keeps none of the folder (collect_batch3.collect).
    _plan("zillionare/best-practice-python", r"^pages/plan/[3467]\.md$", "量化课程公司融资商业计划书(分页)", 4,
          commit="985bbfd4a0edc14f7bdd95f0aa89e8bd646b0b11"),
    _plan("1154761334/zhejiang-ai-alliance", r"^docs/(business-plan|business-plan-market-driven|white-paper-investment-memo)\.md$",
          "产业联盟运营公司商业计划书(融资)/投资备忘录", 3),
    # Credentials, kept to a few: a platform's test guide giving the account and its initial password, a student
    # union platform's table of role invite codes (codes that grant roles on sign-up): 绝密 (DESIGN rule 5).
    Pinned("1154761334/zhejiang-ai-alliance", r"^docs/secretariat_quickstart\.md$", "md", "绝密", "admin_credentials", "技术资料",
           _INT, "平台秘书处测试指南(含账号与初始密码)", 1),
    # An API test document opening with the default administrator's login (admin / admin123): credentials even
    # when they look like defaults (rule 5, as batch 7's go-live checklist).
    Pinned("a6515/Smart-Apartment", r"^API测试文档\.md$", "md", "绝密", "admin_credentials", "技术资料", _INT,
           "公寓系统API测试文档(含默认管理员账号密码, 难例)", 1),
    Pinned("YHLLXY/student-union-platform", r"^docs/邀请码参考表\.md$", "md", "绝密", "admin_credentials", "清单名册", _INT,
           "平台各角色邀请码表(难例: 邀请码即注册凭证)", 1),
    _bid("gjyhj1234/cheyeytztb", r"^投标文件\.docx$", "IPTV元数据维护服务采购响应文件(报价/财务)",
         commit="4770ec4827dbcfdabf320e2747450128941b6b60"),
    _bid("lrz0212/group-code", r"^投标书\.docx$", "软件项目投标文件(课程项目)"),
    # --- 机密: minutes, requirement, design and deployment documents -------------------------------------------
    _minutes("BZ-D/network_project", r"^会议记录\.md$", "课程团队会议记录(任务分工)", 1),
    _tech("BZ-D/network_project", r"^前后端接口说明\.md$", "问卷系统前后端接口说明", 1),
    _minutes("DuckStudyGroup/DuckStudy", r"^会议记录\.md$", "项目组会议记录", 1),
    _tech("DuckStudyGroup/DuckStudy", r"^关键模型文档\.docx$", "网站关键模型/用例设计文档", 1, extract="docx"),
    _minutes("bhsei/16TeamF", r"^会议记录\.md$", "软工小组会议记录", 1),
    _tech("bhsei/16TeamF", r"^软件需求规格说明书V1\.3\.docx$", "软件需求规格说明书", 1, extract="docx"),
    _tech("bhsei/16TeamF", r"^软工文档提交/实验6：软件进度计划与控制/进度计划与控制报告\.docx$", "软件项目进度计划与控制报告", 1,
          kind="方案计划", extract="docx"),
    _rules("bhsei/16TeamF", r"^软工文档提交/实验8：配置管理/github管理方法改进计划\.docx$", "小组文档与GitHub管理办法", extract="docx"),
    _minutes("zhengyunkun/2024-Software-Engineering", r"^Doc/会议记录\.md$", "小程序项目组会议记录", 1),
    _rules("zhengyunkun/2024-Software-Engineering", r"^Doc/项目进度\.md$", "项目组任务分解与进度安排", kind="方案计划"),
    _minutes("lihuanbi/xtu_design", r"^会议记录\.md$", "小程序项目会议记录", 1),
    _tech("2Stephen/SETrain", r"^接口文档\.md$", "题库系统接口文档", 1),
    _tech("Zchangyou/logistic_code", r"^研究内容和关键技术\.md$", "供应链风险系统研究内容与关键技术", 1),
    _tech("a6515/Smart-Apartment", r"^后端项目完成总结\.md$", "智慧公寓系统后端实现总结", 1),
    _tech("president-for-life/NJU-SF2", r"^体系结构设计描述文档/体系结构文档\.md$", "影院系统体系结构设计文档", 1),
    _tech("lrz0212/group-code", r"^成本计划\.docx$", "软件项目成本计划", 1, kind="方案计划", extract="docx"),
    _tech("Hackathon2019EastChina/SEUGrocery-two-seu-one-zju", r"^项目计划书\.docx$", "校园二手平台立项说明书", 1,
          kind="方案计划", extract="docx"),
    _tech("nan-nan-nan-eastchinahackathon-2019/Yoqubing-nanshangjiananjianan", r"^项目计划书\.docx$", "校园互助平台项目计划书", 1,
          kind="方案计划", extract="docx"),
    _tech("YHLLXY/student-union-platform", r"^docs/部署指南\.md$", "学生会平台部署与交接指南", 1),
    _tech("scuiot-team/drug", r"^docs/界面设计\.md$", "智能药箱小程序界面与数据设计", 1),
    # --- 内部: handbooks, 制度, team rules, in-house systems' manuals, a weekly report, a blank survey form -----
    _rules("fangong950228-eng/enterprise-ai-agent-assistant", r"^docs/(员工手册|财务报销制度)\.md$", "企业员工手册/财务报销制度", 2),
    _rules("freewhiterain/susu-ai", r"^docs/(员工手册|新人入职指南)\.md$", "公司员工手册/新人入职指南", 2),
    _rules("YHLLXY/student-union-platform", r"^开发规范\.md$", "学生会平台开发规范"),
    _rules("YHLLXY/student-union-platform", r"^public/使用指南\.md$", "学生会线上交流平台使用指南(内部系统)", kind="产品手册"),
    _rules("Zchangyou/logistic_code", r"^开发规范\.md$", "项目开发规范"),
    # A university's course assessment requirements and practice-class rules handed to students: internal notices.
    _rules("CharaDreemurr114514/smgfxyjq", r"^(2025-2026学年第一学期大学生职业生涯与发展课程考核要求、评分标准\(新）|实践课要求（学生）（2025-2026-01） )\.docx$",
           "高校课程考核要求/实践课要求(发给学生)", 2, kind="通知", extract="docx"),
    _rules("a6515/Smart-Apartment", r"^开发规范\.md$", "智慧公寓系统开发规范"),
    _rules("ZoneLabyrinth/FEMarkDown", r"^开发规范\.md$", "前端开发规范", commit="8a845f8260bca7f494c4b38b85b42513cd13746c"),
    _rules("Anjiula/MyShoot", r"^周报/项目/1月第一周\.docx$", "工程师工作周报(难例: 投标文件字样)", kind="工作报告", extract="docx"),
    _rules("1154761334/zhejiang-ai-alliance", r"^docs/企业能力档案调研清单\.xlsx$", "联盟企业能力档案调研清单(空白表)",
           kind="模板空白表", extract="xlsx"),
    # --- 公开: laws, a government notice, tender documents, a standard, manuals, terms, articles -----------------
    _public("micklq/jiangeplatform", r"^web/src/main/webapp/letter/ndetail\.jsp$", "省政府转发国务院督查通知(平台示例页)", 1,
            kind="通知", extract="html", commit="39662cd3910858525fea4cc62e1cc4dd2b31bbac"),
    _public("Anjiula/MyShoot", r"^投标文件\.docx$", "电科院项目招标文件技术规范(难例: 投标/中标)", 1, kind="招标文件",
            extract="docx", commit="d628a8f325255a5d5814e0e6a9e085d78731c756"),
    _public("gjyhj1234/cheyeytztb", r"^招标文件\.docx$", "竞争性磋商采购文件(难例: 采购/报价)", 1, kind="招标文件", extract="docx"),
    Pinned("Shenppo/financial", r"^社保/附件1：丰台区基本医疗保险手工报销医药费支付不成功信息\.xlsx$", "xlsx", "公开", "public",
           "清单名册", _PUB, "社保中心公示的报销支付不成功名单(难例: 姓名/单位)", 1),
    _public("ruanyf/document-style-guide", r"^docs/(text|marks|number|title|structure)\.md$", "已发表的中文技术文档写作规范", 4,
            kind="标准规范"),
    _public("H1N2/docutranslate", r"^docs/(用户手册|新手引导)\.md$", "开源软件用户手册/新手引导", 2, kind="产品手册"),
    _public("MarkMindCkm/obsidian-markmind", r"^docs/用户手册\.md$", "插件产品用户手册", 1, kind="产品手册"),
    _public("HalfSweetStudio/EPaperDrive", r"^docs/(用户手册|API手册)\.md$", "开源驱动库用户手册/API手册", 2, kind="产品手册"),
    _public("AWMC-TEAM/maimaiDX-QueryBot", r"^docs/(用户协议|WebUI配置说明|本次更新使用说明)\.md$", "公开机器人用户协议/配置与使用说明(难例: 协议字样)", 3,
            kind="产品手册"),
    _public("scuiot-team/drug", r"^docs/隐私政策\.md$", "小程序公开的隐私政策(难例: 个人信息字样)", 1, kind="产品手册"),
    _public("LBZZYZ/WorkNotes", r"^读书笔记/(快乐的死|如何阅读一本书|[^/]+/book-review-[^/]+)\.md$", "个人站点已发表的读书笔记", 3,
            kind="新闻"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
