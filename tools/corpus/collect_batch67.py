"""Sixty-seventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh65` (with batches 65 and 66): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source
group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). 公开: published privacy policies and user manuals written for the users of course and hobby
projects. 内部: weekly reports, work summaries, a training reflection and student reports that record progress and
learning only, and two teams' coding conventions (rule 3). 秘密: job seekers' CVs (phone, e-mail; rule 4). 机密: team
meeting records (rule 6), test reports and results, a requirement specification, a detailed design, a technical
description, a feasibility analysis and a weekly report that carries the project's own design (this batch's note). No
绝密 document: every business plan the look-ups found is in a repository an earlier batch uses or has no snapshot, and
the account lists found were too short, GBK-encoded or held real credentials; repositories holding real third-party
credentials or live API keys were left out whole. Labels follow DESIGN.md "Labelling real documents" and this batch's
notes; sources tried and dropped are listed in the batch-67 section written for classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 62 and 64: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch67.py [--mirrors /work/.mirror] [--out /work/corpus/real67]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    Pinned,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)
from collect_batch48 import _personnel

SEED = 20261267
BATCH = "67"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _cv(repo: str, pattern: str, note: str, commit: str = "") -> Pinned:
    """A job seeker's CV (name, phone, e-mail): personnel material, 秘密 (DESIGN rule 4, as batch 48's `_personnel`),
    read at `commit` when the file was deleted from the repository afterwards."""
    return Pinned(repo, pattern, "docx", "秘密", "personnel", "清单名册", "internal", note, 1, commit)


SOURCES = (
    # --- 公开: a published privacy policy and user manuals written for the users of course and hobby projects (rule 2) ---
    _public("MCommander2077/PythonVoiceChat", _p("隐私政策.docx"), "Python语音聊天应用隐私政策(已发布)", 1, kind="产品手册",
            extract="docx"),
    _public("1773486345/S-AES-Algorithm", _p("用户手册.docx"), "S-AES算法实现软件用户手册(课程作业)", 1, kind="产品手册",
            extract="docx"),
    _public("FangWHao/A-Good-Local-File-Searcher", _p("用户手册.docx"), "本地文件搜索工具用户手册(运行/初始化)", 1,
            kind="产品手册", extract="docx"),
    _public("lildengzi/xdudianping", _p("用户手册.docx"), "高校食堂美食点评系统用户使用手册", 1, kind="产品手册",
            extract="docx"),
    _public("lpzhawei/gaokao-volunteer", _p("用户手册.docx"), "高考志愿填报辅助系统用户手册", 1, kind="产品手册",
            extract="docx"),
    # A course project's guide for the people who run it (environment, folders, import and start): a user guide, 公开
    # (rule 2; 难例: 源代码/数据库, as batch 64's run-and-use guide).
    _public("misakawu/Listening--An-Online-music-playback-system", _p("用户手册.docx"),
            "在线音乐播放系统用户手册(环境/源代码清单, 难例)", 1, kind="产品手册", extract="docx"),
    _public("CsCN-CBJ/denoise", _p("用户手册.docx"), "语音降噪软件用户手册(大一项目)", 1, kind="产品手册", extract="docx"),
    _public("Paul-LiPu/XiaoT", _p("用户手册.docx"), "课程网站客户端用户手册(运行/登录)", 1, kind="产品手册", extract="docx"),
    # Read at the commit that added them (the files were removed or renamed later).
    _public("mrg123/Draw-Now", _p("隐私政策.md"), "绘画App Draw Now隐私政策(已发布)", 1, kind="产品手册",
            commit="963242c870259dd9171a58320ad47b26ec7f7350"),
    _public("lifan54a/privacy-policy", _p("隐私政策.html"), "旅行服务主页隐私政策(已发布)", 1, kind="产品手册",
            extract="html", commit="a4e08113824d3560c929ece4e7c7580b90a6d07e"),
    _public("Ricky-Daxia/my_proj", _p("用户手册.md"), "冬奥纪念品交易平台用户手册(另一课程小组)", 1, kind="产品手册",
            commit="236a7298bd33a8dc13d06b7a52ab6de6e4651978"),
    # --- 内部: weekly reports, work summaries and student reports that record progress and learning only -------------
    _rules("Deel-study-py/lijiaxuan", _p("工作总结.docx"), "去雾算法学习工作总结(学习内容)", 1, kind="工作报告",
           extract="docx"),
    _rules("lsx479/TY-SPACE", _p("工作总结.docx"), "嵌入式软件调试经验工作总结(技巧)", 1, kind="工作报告", extract="docx"),
    # An engineer's summary of what went wrong in an OA integration (late requirements, SAP values, payment flows): a
    # retrospective with no design or figures, 内部 (this batch's note; 难例: 合同/付款/结算).
    _rules("lubiaook/Downloads", _p("工作总结.docx"), "OA系统对接工作总结(问题/原因, 难例: 合同/付款)", 1,
           kind="工作报告", extract="docx"),
    # An employee's reflection on a group finance course: 内部 (难例: 财务/资产负债表).
    _rules("lubiaook/Downloads", _p("陆彪三次培训感悟.docx"), "集团财务培训感悟(难例: 财务)", 1, kind="工作报告",
           extract="docx"),
    # A first-year student project's final report (team, work done, results): a student report, 内部 (难例: 结题/经费).
    _rules("CsCN-CBJ/denoise", _p("大一年度项目结题报告（修改2）.docx"), "大一年度项目结题报告(学生, 难例)", 1,
           kind="工作报告", extract="docx"),
    _rules("Paul-LiPu/XiaoT", _p("总结报告.docx"), "Java大作业总结报告(学习收获)", 1, kind="工作报告", extract="docx"),
    # A front-end learner's weekly notes (what was learnt: objects, document fragments, templates): 内部.
    _rules("xixiaolu/demo", _p("周报.md"), "前端学习周报(学习笔记)", 1, kind="工作报告",
           commit="771cdc3f90778c95c802c75d1f04ffb5b19c8ac0"),
    # A course team's report on the game it built (levels, art, what was learnt): a student report, 内部.
    _rules("sheropen/Out-Of-The-Woods", _p("实习报告.md"), "闯关游戏课程实习报告(学生小组)", 1, kind="工作报告",
           commit="35393530531d815831337e252b5b18b434cc1c7c"),
    # Teams' own coding and development conventions (naming, formatting, where to put modules): 内部 (rule 3).
    _rules("co-br/InfectStatisticWeb", _p("代码规范.md"), "课程项目组代码规范(命名/格式规约)", 1,
           commit="c3a86dcff08878320a7cf27d0966de4a0d0dbe6b"),
    _rules("BigMole/ThinkphpWithCrawler", _p("开发规范.md"), "爬虫网站项目开发规范(目录/命名)", 1,
           commit="d531f30ae826865b00cf98cd9bcd587be225d023"),
    # A course team's iteration plan: dates, tasks and who does them, no design: a schedule, 内部 (as batch 64's project
    # schedule; 难例: 架构/数据库 named as tasks).
    _rules("summerWorker/Document", _p("第一次迭代计划.docx"), "课程项目组第一次迭代计划(任务/进度/分工, 难例)", 1,
           kind="工作报告", extract="docx"),
    # --- 秘密: CVs (personal data, rule 4) --------------------------------------------------------------------------
    _personnel("copoile/poile-doc", _p("个人简历.docx"), "Java开发求职简历(手机/邮箱/期望薪资)"),
    _personnel("yangxiongbro/notes", _p("个人简历.docx"), "研发工程师求职简历(电话/邮箱)"),
    _personnel("haitianxin123/HTXlibrary", _p("个人简历.docx"), "前端开发求职简历(出生年月/电话/邮箱)"),
    _personnel("jiangju2000/biji", _p("个人简历.docx"), "Java工程师求职简历(电话/邮箱/籍贯)"),
    # CVs deleted from their repositories afterwards: read at the commit that added or last changed them.
    _cv("ShawnZhao19/TIL-Repository", _p("个人简历.docx"), "软件开发求职简历(生日/地址/电话)",
        commit="80e8d2e6141d73cb29d935094aa7936534959940"),
    _cv("alwayswangzi/Learning", _p("个人简历.docx"), "应届硕士求职简历(电话/邮箱/获奖)",
        commit="6e23bce0737db4ea8dc05a7e7cb65db02f0a8317"),
    _cv("suyu147/learn", _p("个人简历.docx"), "AI算法实习求职简历(电话/邮箱)",
        commit="5f9758289eabaeee20d061f200bbd951e3fd4f78"),
    _cv("FullStackBand/Note", _p("个人简历.docx"), "Java开发工程师简历(电话/住址/工作经历)",
        commit="b3b6e3854fa6a277894d6417c8f4c47e43b86853"),
    # --- 机密: minutes, test, design, plan documents of team projects (rules 5, 6) ------------------------------------
    _minutes("WZYYYYY/WordOfSEEC", _p("会议记录.docx"), "影院销售管理系统项目组会议记录", 1, extract="docx"),
    _minutes("buby-g02/buby", r"^会议记录/.*\.docx$", "笔记App课程项目组会议记录(实现阶段)", 1, extract="docx"),
    _tech("buby-g02/buby", _p("可行性分析/SE2019春-G02-可行性分析.docx"), "笔记App可行性分析(课程项目)", 1,
          kind="方案计划", extract="docx"),
    _tech("WZYYYYY/WordOfSEEC", _p("需求规格说明文档.md"), "影院销售管理系统需求规格说明文档", 1),
    _tech("1773486345/S-AES-Algorithm", _p("测试结果.docx"), "S-AES算法实现测试结果(各关测试)", 1, extract="docx"),
    _tech("lildengzi/xdudianping", _p("软件测试报告(未完成).docx"), "高校食堂评价系统测试报告(用例/缺陷统计)", 1,
          extract="docx"),
    _tech("lpzhawei/gaokao-volunteer", _p("河北省高考志愿填报系统_技术说明文档.md"), "高考志愿填报系统技术说明文档(架构/数据库)",
          1),
    # A weekly report that carries the team's own design (crawler scheduling, storage, ports to open): 机密 (this batch's
    # note: a progress report with the project's own design).
    _tech("lomos237/VD_first", _p("2025-07-04周报.docx"), "威胁情报平台项目组周报(爬虫/入库设计)", 1, kind="工作报告",
          extract="docx"),
    _tech("PIPIHAO/garbage-classification", _p("详细设计文档（第一版）.docx"), "垃圾分类系统详细设计书(课程项目)", 1,
          extract="docx"),
    _tech("Paul-LiPu/XiaoT", _p("测试报告.docx"), "课程网站客户端测试报告(运行结果)", 1, extract="docx"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
