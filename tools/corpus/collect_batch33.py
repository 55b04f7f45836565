"""Thirty-third batch of the real corpus: documents kept in public repositories that no earlier batch used.

New sources for training and the next blind split (with batch 34, collected at the same time from other
repositories): nothing was run on these texts and no classifier may be. Files from public repositories, one source
group per repository, none of them in the manifest yet (batches 1-32 are all sources) nor claimed by batch 34.
公开: apps' and sites' privacy policies, user service agreements and how-to pages, a trading platform's published
white paper, a SaaS product's user manual, two tools' published wikis (FAQ, installation, glossary) and a law
knowledge base's module description. 内部: teams' PHP, C++, Android and front-end development conventions, a
code-submission procedure, a company's Odoo expense and leave procedures, an architecture discipline note, a Git
branching rule, a UI design rule, a health-content compliance checklist, a release checklist, a brand guide, a
developer handbook and a founder's launch checklist (ICP filing, compliance). 秘密: engineers' and students' CVs
(phone, e-mail, employers, expected salary). 机密: an education company engineer's notes on the in-house systems he
builds (requirement and interface links, schedules, test IDs), student teams' weekly meeting minutes, a project
management plan, a requirement analysis, start-ups' development plans, a requirement document, a cloud deployment
guide, a competitor analysis, a day's work summary, an industry-fit design plan and a dormitory check-in system's
SQL with students' IDs, rooms and password hashes (hashes, not passwords: 机密 like earlier batches' user tables).
绝密: small products' commercialisation plans, pricing strategies (costs, margins, packages), a promotion plan and a
contract SaaS's product restructuring plan with its pricing and competitors' prices.
Left out: three student teams' requirement specifications, a project proposal and a fix report (to keep 机密 near
the brief's share), a Tongda OA snapshot (its law library is GBK-encoded PHP, which no extractor reads), a CV full
of base64 image data, an app's privacy policy that repeats an earlier batch's (same title), a law knowledge base's JSON article files, and ruoyi boilerplate SQL of a financing demo.
Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, ..., 29 and 31: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers; files removed after a commit are read at that commit). Every candidate goes through the hold-out
guard (GitHub blob address at the commit, and text); a rejected document drops every other document of its folder
(`collect_batch3.collect`, which also dedupes against every other batch and within this one, writes the manifest and
logs rejections to OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密
documents, lists and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch33.py [--mirrors /work/.mirror] [--out /work/corpus/real33]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261233
BATCH = "33"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

_STRATO = "GPlanbrand/stratomind"
_HETONG = "quanyimin/e-hetong"
_SIDEKICK = "jweicai/Sidekick"
_NEXUS = "XuQizhe1021/NexusMind"


def _cv(repo: str, pattern: str, note: str, commit: str = "") -> Pinned:
    """A person's CV (phone, e-mail, history, employers): personnel material, 秘密 (DESIGN rule 4)."""
    return Pinned(repo, pattern, "md", "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: privacy policies, user agreements and how-to pages that apps publish; a white paper; a user manual ---------
    _public("MaiyaT/Words", r"^隐私协议\.md$", "背单词App隐私协议(已发布)", 1, kind="产品手册"),
    _public("Zhuzhen6/ss-fly", r"^隐私协议\.md$", "App隐私协议(已发布)", 1, kind="产品手册"),
    _public("lmk1010/GallarySecret", r"^(隐私协议|使用说明)\.md$", "私密相册App隐私协议/使用说明(已发布)", 2,
            kind="产品手册"),
    _public("TarNIMAWA/tarnimawa.github.io", r"^用户服务协议\.md$", "网站用户服务协议(已发布)", 1, kind="产品手册"),
    _public("pancheeplay/taowangnanfang", r"^隐私协议\.md$", "游戏隐私协议(已发布)", 1, kind="产品手册",
            commit="1939d7fd893e8c866ccff68cd597e549a45010d6"),
    _public("whale3070/chenchen-lib", r"^(用户服务协议|隐私政策)\.md$", "阅读站用户服务协议/隐私政策(已发布)", 2,
            kind="产品手册", commit="2f9f17c7e8066c69545168be9a5512c75f1181e9"),
    _public("cxy2002-sss/loveBook", r"^(用户服务协议|隐私权政策)\.md$", "小程序用户服务协议/隐私权政策(已发布)", 2,
            kind="产品手册", commit="5dad72b549ca68eae7053a677243a2911e4fb389"),
    # A trading platform's white paper, published for users and investors: 公开 whatever it says of revenue (rule 2).
    _public("HopperDex/HopperDex-WP", r"^zhong-wen/(zhi-xing-zhai-yao|shang-ye-mo-shi)\.md$",
            "交易平台白皮书执行摘要/商业模式(已发布)", 2, kind="产品手册"),
    _public(_STRATO, r"^docs/用户操作手册\.md$", "广告公司SaaS用户操作手册(已发布)", 1, kind="产品手册"),
    _public("78778443/QingScanWiki", r"^(Docker安装|使用教程/自定义工具)\.md$", "代码审计平台安装/使用文档(已发布)", 2, kind="产品手册"),
    _public("NAStool/nas-tools-wiki", r"^(常见问题|名词解释)\.md$", "NAS媒体管理工具Wiki(已发布)", 2, kind="产品手册"),
    _public("vickywu97/verified-chinese-law-kb", r"^modules/M2_criminal_law/README\.md$",
            "法条知识库刑法模块说明(已发布)", 1, kind="产品手册"),
    # --- 内部: teams' conventions and procedures, checklists, a company's Odoo procedures -----------------------------------
    _rules("sangongchi/biji", r"^PHP/编写规范\.md$", "PHP编写规范(团队)"),
    _rules("GEOVIS5/SDK", r"^(C\+\+代码规范文档|代码提交流程)\.md$", "数字地球SDK团队C++代码规范/代码提交流程", 2),
    _rules("TianGuisen/tLib", r"^文档/开发规范和笔记\.md$", "Android开发规范和笔记(团队)"),
    _rules("besfro/Writer-Data", r"^开发规范\.md$", "前端开发规范(命名/目录/注释)"),
    _rules("sujinzhu/odoo_manual", r"^HR/(expense|holiday)\.md$", "公司Odoo费用报销/请假操作规程(内部)", 2,
           kind="产品手册"),
    _rules("dongsheng123132/Open365", r"^docs/架构约定\.md$", "电脑维护工具架构约定(开发纪律)"),
    _rules("xiaofang142/spider-proxy", r"^docs/Git 分支管理\.md$", "Git分支管理规范"),
    _rules("xiaofang142/spider-proxy", r"^design/设计规范\.md$", "UI设计规范(团队)"),
    _rules("AIPMAndy/IPClawForHealth", r"^docs/健康内容合规清单\.md$", "健康类内容合规清单(团队规范)"),
    _rules("CHENJIAMIAN/yuexu-lunar-almanac", r"^docs/发布清单\.md$", "桌面日历发布清单(流程)"),
    _rules(_SIDEKICK, r"^docs/品牌指南\.md$", "数据工具品牌指南(内部)"),
    _rules(_NEXUS, r"^docs/developer-handbook\.md$", "浏览器插件开发人员手册(约束/流程)"),
    _rules(_HETONG, r"^上线准备任务清单\.md$", "合同SaaS上线准备任务清单(备案/合规)", kind="清单名册"),
    # --- 秘密: CVs (phone, e-mail, employers, expected salary) ------------------------------------------------------------------
    _cv("CheneyDu0129/cheney-du.github.io", r"^个人简历\.md$", "工程师个人简历(手机/微信/邮箱)"),
    _cv("asunquan/asunquan.github.io", r"^_posts/2001-01-01-个人简历\.md$", "iOS工程师个人简历(邮箱/雇主)"),
    _cv("ignoranceman/shiyao.github.io", r"^个人简历\.md$", "程序员个人简历(手机/邮箱)"),
    _cv("myyppp/myyppp.github.io", r"^个人简历\.md$", "应届生个人简历(手机/邮箱)"),
    _cv("hxl9654/doc_public", r"^个人简历\.md$", "学生个人简历(电话/QQ/邮箱)"),
    _cv("Zeyu-Xie/Myosotis-Profile", r"^个人简历\.md$", "学生个人简历", commit="2262e627a5803e96b5a854ad12e684c57b3abb90"),
    _cv("coolbreezeqf/coolbreezeqf.github.io", r"^个人简历\.md$", "工程师个人简历",
        commit="f67cbecb848a1f2a23c4cd757916c7d80347a8b4"),
    _cv("mengzhishanghun/mengzhishanghun.github.io", r"^个人简历\.md$", "游戏开发工程师个人简历",
        commit="726c0540dd7d6209d92c6d00a51e732738df6ecb"),
    _cv("dogeByte/dogebyte.github.io", r"^_posts/2017-03-05-resume\.md$", "硕士生求职简历(手机/邮箱/期望薪资)"),
    _cv("casiphia/casiphia.github.io", r"^about\.md$", "Go工程师简历(QQ/微信/期望职位)"),
    # --- 机密: minutes, plans, requirement specifications, designs, deployment, an SQL dump with students --------------------
    # An education company engineer's notes on in-house systems: requirement/interface links, schedules, test IDs.
    _tech("sangongchi/biji", r"^md/(业务系统-产品树|业务系统-发发票部分\.md|学科测评\.md|权限剥离\.md)$",
          "教育公司业务系统开发笔记(需求/接口/排期)", 3),
    _minutes("WengerW/BUCTCS2004Software", r"^WeeklyMeeting/.+(会议纪要|会议记录|团会记录)\.md$", "软件工程项目组周会纪要", 2),
    _tech("WengerW/BUCTCS2004Software", r"^项目管理计划书\.md$", "掌上博物馆项目管理计划书", 1, kind="方案计划"),
    _minutes("BUCT-CS2201/DOCS", r"^Meetings/.+会议纪要\.md$", "软件工程项目组团会纪要", 2),
    _tech("aaronlinv/juice-timetable", r"^Docs/需求分析文档/.+需求分析书\.md$", "课表App软件需求分析书", 1),
    _tech("wozore/InfoCatcher", r"^开发计划\.md$", "资讯采集工具开发计划(任务/验收)", 1, kind="方案计划"),
    Pinned("Hongchenglong/CQCQ", r"^CQCQ\.sql$", "sql:cq_student", "机密", "customers", "代码数据", _INT,
           "宿舍查寝系统SQL(学生学号/宿舍/口令散列)", 1),
    _minutes("JerrySilver/FileProcessing", r"^会议记录\.md$", "项目组会议记录", 1),
    _minutes("Xenorian/mirror_v2", r"^会议记录\.md$", "项目组会议记录", 1),
    _tech(_SIDEKICK, r"^docs/开发计划\.md$", "数据工具开发计划", 1, kind="方案计划"),
    _tech(_NEXUS, r"^需求文档\.md$", "浏览器插件需求文档", 1),
    _tech("streamneil/lingjing", r"^DEPLOY-ALIYUN\.md$", "数字人平台阿里云部署指南", 1),
    _tech(_STRATO, r"^docs/竞品分析-扣子2\.5\.md$", "广告SaaS竞品分析", 1, kind="方案计划"),
    _tech(_STRATO, r"^docs/今晚工作总结\.md$", "开发团队当日工作总结", 1, kind="工作报告"),
    _tech(_HETONG, r"^行业适配度与三层用户架构方案\.md$", "合同SaaS行业适配与用户架构方案", 1, kind="方案计划"),
    # --- 绝密: commercialisation plans, pricing strategies, a promotion plan --------------------------------------------------
    _plan("AIPMAndy/IPClawForHealth", r"^docs/商业化方案\.md$", "健康IP内容工具商业化方案(变现/定价)"),
    _plan("CHENJIAMIAN/yuexu-lunar-almanac", r"^docs/商业化方案\.md$", "桌面日历商业化方案(版本定价)"),
    _plan("Robot-PZY/LaborAid", r"^docs/商业化方案\.md$", "劳动维权助手商业化方案(收入/定价)"),
    _plan(_SIDEKICK, r"^docs/archived/商业化方案\.md$", "数据工具商业化方案(版本定价)"),
    _plan(_NEXUS, r"^定价策略\.md$", "浏览器插件收费方案(订阅定价)"),
    _plan("streamneil/lingjing", r"^docs/定价策略\.md$", "数字人平台定价策略手册(成本/利润测算)"),
    _plan(_STRATO, r"^docs/定价策略\.md$", "广告SaaS定价策略"),
    _plan(_STRATO, r"^docs/推广方案\.md$", "广告SaaS推广方案(渠道/预算)"),
    _plan(_HETONG, r"^产品架构重构方案-v2\.md$", "合同SaaS产品架构重构方案(竞品定价/插件定价)"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
