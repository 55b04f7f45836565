"""Eighty-fifth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh83` (with batches 83 and 84): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's script, none a copy of a
manifest repository. Every source is read at a pinned commit (the commit that last added or changed the file).
公开: apps' privacy policies and a user agreement, tools' and a device's manuals written for users, open projects'
READMEs and a vendor's bundled README, a Bible-study site's articles, a translated book preface and a school's copy of
published poem translations. 内部: developers' and trainees' weekly reports and work logs that record progress only,
internship reports, a teacher's thesis-defence instructions, a project's development conventions, a course project's
schedule, study notes and plans, interview and lecture notes titled 会议记录 (难例), a league roster with names and
classes only. 秘密: job seekers' CVs with contact data, a course grade sheet with student numbers and phones. 机密: a
course team's minutes, a project charter, plans and feasibility studies, requirement, design, test and algorithm
documents of teams' own systems, a test team's log with bug counts (难例: 工作日志), a project's economic analysis
(难例). 绝密: a forum's SQL user table with demo passwords. Labels follow DESIGN.md "Labelling real documents" and
this batch's notes (see the batch-85 section written for classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 81: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch85.py [--mirrors /work/.mirror] [--out /work/corpus/real85]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _credentials,
    _cv,
    _minutes,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261285
BATCH = "85"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _roster(repo: str, pattern: str, note: str, extract: str = "xlsx", commit: str = "") -> Pinned:
    """A list of people with personal data (student numbers, phones, scores): personnel material, 秘密 (session 17)."""
    return Pinned(repo, pattern, extract, "秘密", "personnel", "清单名册", _INT, note, 1, commit)


SOURCES = (
    # --- 公开: apps' policies and agreement, manuals written for users, open projects' READMEs, published articles (rule 2) ---
    _public("YuntianShi/Intelligent-Logistics-Tracking-Car", _p("README.md"), "智能物流循迹小车课程设计项目说明(摘要/已发布README)", 1, kind="产品手册", commit="2ab0caac234dba577a9c945056c5cbba664bbcf0"),
    _public("wua520/fitness-app-docs", _p("隐私政策.txt"), "健录健身App隐私政策(已发布)", 1, kind="产品手册", extract="text", commit="c0c524cffe189e4d1ac9cc92827db8ec7705f1a0"),
    _public("wua520/fitness-app-docs", _p("用户协议.txt"), "健录健身App用户协议(已发布)", 1, kind="产品手册", extract="text", commit="c0c524cffe189e4d1ac9cc92827db8ec7705f1a0"),
    _public("yaozheng600/VisTool", _p("隐私政策.txt"), "VisTool网站隐私政策(已发布)", 1, kind="产品手册", extract="text", commit="d1de4bd1a7143ff5f22db3e2f588b4a9e832725e"),
    _public("NevilleYeung/DataSelector", _p("使用说明.docx"), "DataSelector数据过滤工具使用说明(写给用户)", 1, kind="产品手册", extract="docx", commit="15e7a7799776ae9b3f4ef7eaf1e004c50d7f1a6b"),
    _public("NoRomantic/PaperSearchSystem", _p("使用说明.docx"), "岗位推荐系统使用说明(环境搭建/使用步骤, 写给用户)", 1, kind="产品手册", extract="docx", commit="a3414fc678c58aa4cf94052f8994c2485cec35a6"),
    _public("123REN-HJ/Posture-Detector-RTOS", _p("姿态检测仪器使用说明书.docx"), "姿态检测仪器使用说明书(指示灯/采样/充电, 写给用户)", 1, kind="产品手册", extract="docx", commit="1c647517dff1c16de1134480df6bb8147d0f9c35"),
    _public("zaylora/taking-you-on-a-journey", _p("backend/README.md"), "对话式AI旅游规划App后端开源说明(能力范围/接口/运行, 写给使用者)", 1, kind="产品手册", commit="204b97503a8dfa819081148ff7fe627e82c2b465"),
    _public("54jayus/Easy-Exam-Release", _p("README.md"), "Easy Exam考试客户端公开发布仓库说明(更新元数据/下载地址)", 1, kind="产品手册", commit="1758bd161b0652fca108749bc552e432b6bdee90"),
    _public("thomaszhang2661/bibleThought", _p("1. 创世记/创11/创1to11.md"), "圣经研读站点文章:创世记1-11章破坏-修复循环分析(写给读者)", 1, kind="新闻", commit="b1db6d8e54eb6b8d22782ca8bc26fdadae2b223c"),
    _public("thomaszhang2661/bibleThought", _p("102. 阅读/危险的呼召.md"), "已出版书籍《危险的呼召》前言中文译稿(转载已发布文本)", 1, kind="新闻", commit="09487abe7a0750486ad274aabb46f9378ce5aac3"),
    _public("ygxiuming/QN-big-study", _p("README.md"), "江西青年大学习批量处理工具开源说明(功能/使用, 写给用户)", 1, kind="产品手册", commit="6bffd16b75fd6505f91778fc0a23fa7c0b8ad896"),
    _public("thomaszhang2661/bibleThought", _p("1. 创世记/创22/创世记22章的预表与应验-从摩利亚山到各各他.md"), "圣经研读站点文章:创世记22章的预表与应验(写给读者)", 1, kind="新闻", commit="bd53b3f23319d7363bf2f08f81726cf6e91dbd4a"),
    _public("RainWhite/mydata", _p("诗词翻译.docx"), "小学五年级古诗词译文与思想感情整理(转录已发布教材内容)", 1, kind="新闻", extract="docx", commit="d95c9c7bce81acd4d936d970dc71915d30070342"),
    _public("123REN-HJ/Posture-Detector-RTOS", _p("code_rtt/project_405/rt-thread/README_zh.md"), "RT-Thread物联网操作系统中文说明(随源码附带的已发布文档)", 1, kind="产品手册", commit="1c647517dff1c16de1134480df6bb8147d0f9c35"),
    _public("steinsxin/GraduationProject", _p("ECG_AF_CNN/readme.md"), "房颤检测CNN模型项目使用说明(下载/数据集/环境, 写给使用者)", 1, kind="产品手册", commit="b4cb9738d445fab47078f1cab6384e142a8a1441"),
    # --- 内部: progress-only reports and logs, internship reports, instructions to a class, notes, conventions, a roster of names (rules 3, 7) ---
    _rules("smrsmr/VueNode", _p("周报.md"), "拍卖交易后台前端开发者周报(模块完成进度, 只记进度)", 1, kind="工作报告", commit="c6709909bf8d449bc03e9fad888919849110a8fd"),
    _rules("wangyipeng0819/Notes", _p("会议记录.md"), "C++/Qt求职面试复盘记录(题为会议记录, 难例: 会议记录)", 1, kind="工作报告", commit="7db9b8fe3d005f1422052189fdbab0489a1b0034"),
    _rules("yy94088/paper", _p("会议记录.md"), "研究生参加学术报告会的听讲笔记(雷达/机器人, 难例: 会议记录)", 1, kind="工作报告", commit="0c58df6a3a4bbee57dd188250ae2aa7d69cf06ec"),
    _rules("taoyige/Internship_Report", _p("实习报告.docx"), "软件公司实习报告(实习目的/单位介绍/实习内容与体会)", 1, kind="工作报告", extract="docx", commit="10f410e182bb465310974f5edc7c710e59241624"),
    _rules("sunkevina/Graduate-Material", _p("实习报告.docx"), "软件工程专业外企软件开发实习报告(实习过程与收获)", 1, kind="工作报告", extract="docx", commit="b1205c3a4a16f92f0ebbdd36bd329ca42c4e4974"),
    _rules("superman-xie/manage", _p("工作日志.docx"), "前端开发者工作日志(问题与解决/功能进度/上线记录)", 1, kind="工作报告", extract="docx", commit="61d0b01432f06a69137944d5c7789b98c60b6d35"),
    _rules("yangyili/knowledgeManage", _p("工作日志.docx"), "旅游网站前端新员工工作日志(每日任务/问题/解决方案)", 1, kind="工作报告", extract="docx", commit="f6f072e55d56e939e22c7fb290059f1fd558c083"),
    _rules("yangyili/knowledgeManage", _p("论文答辩流程.docx"), "指导教师发给毕业班的论文审核与答辩流程要求(难例: 审核/答辩)", 1, kind="制度办法", extract="docx", commit="8aba9f4585f9b67be5b86fe7dafebceb395f3204"),
    _rules("woniuboss-project/woniuboss-sh-jtt", _p("luting-program/LtLog3-26.docx"), "培训机构测试项目组成员工作日志(进度/次日计划, 只记进度)", 1, kind="工作报告", extract="docx", commit="0f7ff6d0a2878321df62dc277512ea4b98784514"),
    _rules("YuntianShi/Intelligent-Logistics-Tracking-Car", _p("个人总结.docx"), "项目制课程小组成员个人总结(学习与合作体会)", 1, kind="工作报告", extract="docx", commit="a469178cfca4293a77836961d1184128c3970cf2"),
    _rules("ygxiuming/QN-big-study", _p("名单.xlsx"), "青年大学习班级团员名单(组织代码/姓名/班级, 无联系方式)", 1, kind="清单名册", extract="xlsx", commit="d2f7c2d8b9c9b0310e21a9d3c2a53af643d68c9b"),
    _rules("123REN-HJ/Posture-Detector-RTOS", _p("rtt-usb读卡器调试笔记.docx"), "RT-Thread USB读卡器调试笔记(个人开发记录)", 1, kind="工作报告", extract="docx", commit="1c647517dff1c16de1134480df6bb8147d0f9c35"),
    _rules("zhengxiaolei/tools", _p("工作日志.docx"), "Linux调度器学习笔记(题为工作日志, 难例: 工作日志)", 1, kind="工作报告", extract="docx", commit="6c82aeb82d2ca9427c0b5308f92a83a9d5d5555e"),
    _rules("ppedmo/Typora", _p("计划.md"), "计算机专业学生求职学习计划(课程/刷题/投简历安排)", 1, kind="工作报告", commit="2440da2e12e16aaba198228d0208c6ad951d56fe"),
    _rules("Patrick-Star125/summary", _p("ML＆DL/数据挖掘.md"), "数据挖掘竞赛学习笔记(赛题理解/特征工程, 个人笔记)", 1, kind="工作报告", commit="e6e3c83c227d4aee79cf5b54e2ad9843449658af"),
    _rules("zaylora/taking-you-on-a-journey", _p("AGENTS.md"), "AI旅游规划App开发约定(技术栈/目录结构/编码与提交规则)", 1, kind="制度办法", commit="b875228684ea08cf1c12d3e900870fd267274511"),
    _rules("ToryXu0407/YQHP_SOS", _p("计划的记录.docx"), "人脸门禁课程项目组进度安排记录(各阶段日期/文档计划)", 1, kind="工作报告", extract="docx", commit="ba417fdf009c8130a2fff485266274e6a20a4297"),
    # --- 秘密: CVs and a grade sheet with personal data (rule 4; session 17 ruling) ---
    _cv("nickwilling/MyLearning", _p("个人简历.md"), "Java开发求职简历(姓名/手机号/邮箱/现在地)", extract="md",
        commit="3b78616b3222fd61e60f94ff8a21eda0a0d16d5b"),
    _cv("ppedmo/Typora", _p("个人简历.md"), "软件测试求职简历(出生日期/电话/邮箱/籍贯)", extract="md",
        commit="2440da2e12e16aaba198228d0208c6ad951d56fe"),
    _cv("UnKn0Wez/java-study", _p("个人简历.md"), "Web前端求职简历(姓名/电话/学校, 经历部分未填)", extract="md",
        commit="5a8fb1856fd8dbda3727e1d544f2c49e19dbf2a5"),
    _roster("nickwilling/MyLearning", _p("机器学习/贝叶斯/grade_output.xlsx"), "研究生课程作业成绩表(学号/姓名/学生电话/各次作业成绩)", extract="xlsx",
        commit="14b51b4e63356218fbb54d40fbde75cefaa2ef48"),
    # --- 机密: minutes, charters, plans, feasibility studies, requirement/design/test/algorithm documents (rules 5, 6) ---
    _tech("1342231932/WordCount", _p("详细设计说明书.docx"), "易学英语学习通系统详细设计说明书(课程团队, 模块/类与接口设计)", 1, extract="docx", commit="9362f516c066e235d7f595473b85bfa9ab3e8d73"),
    _tech("RainWhite/mydata", _p("数据库设计.md"), "家居建材商城数据库设计(商家/分类/商品表)", 1, commit="f604cc27579cbc0376d915b1e5327e55c2f3371e"),
    _minutes("PRD2017G23/PRD2017G23", _p("会议纪录/23号小组会议纪录2017_9_28.docx"), "软件工程课程项目组例会会议纪录(议程/分工/例会时间)", 1, extract="docx", commit="657ca53524ea1082c257a00ec4dfdbb6c91d4b8f"),
    _tech("PRD2017G23/PRD2017G23", _p("个人空间/史晨鑫/项目章程.docx"), "教学辅助网站项目章程(项目经理联系方式/里程碑/干系人)", 1, kind="方案计划", extract="docx", commit="940a391f533a3e870390ccf1d9fadcc08b20ae15"),
    _tech("xiangu152/BIT-Software-project-management", _p("项目计划.docx"), "云南省企业就业失业数据采集系统项目计划(背景/范围/进度/风险)", 1, kind="方案计划", extract="docx", commit="e207a5b7dd5fbc04d32b8837e2bbbac011536071"),
    _tech("sennying/work", _p("可行性研究报告.docx"), "校园食堂送餐项目可行性研究报告(客户需求/战略与经济可行性)", 1, kind="方案计划", extract="docx", commit="ebbc65405035ca972b97026c1f6d860254dbb11f"),
    _tech("woniuboss-project/woniuboss-sh-jtt", _p("Woniuboss测试计划1组.docx"), "蜗牛学院Boss系统测试计划(范围/组织/任务安排/工作量)", 1, extract="docx", commit="17bd6bdaef840c8990cea11eab2a95b9d568fd5d"),
    _tech("woniuboss-project/woniuboss-sh-jtt", _p("3-20工作日志.docx"), "测试项目组工作日志(发现75个bug/用例执行与探索性测试结果, 难例: 工作日志)", 1, kind="工作报告", extract="docx", commit="9e0330a15e789d45a002cb169f06a18292d291a0"),
    _tech("ToryXu0407/YQHP_SOS", _p("YQHP可行性分析报告0.1.docx"), "AI智慧人脸门禁系统可行性分析报告(项目组/技术与经济可行性)", 1, kind="方案计划", extract="docx", commit="e1d3dd47070d1fde20dd0764b0d01a43818f307a"),
    _tech("Neptune153/HUST_DataStructure_Project", _p("程序设计综合课程设计报告.docx"), "基于SAT的对角线数独求解程序课程设计报告(需求/数据结构/DPLL算法设计)", 1, extract="docx", commit="89ef8807912a17264b5a72e37dde4a035b0e940a"),
    _tech("YuntianShi/Intelligent-Logistics-Tracking-Car", _p("课程报告7/课程报告7.docx"), "智能派送小车项目经济分析(财务模型/净现值/敏感性分析, 难例: 经济分析)", 1, kind="方案计划", extract="docx", commit="a469178cfca4293a77836961d1184128c3970cf2"),
    _tech("zaylora/taking-you-on-a-journey", _p("docs/20260626_sse_event_status_registry/README.md"), "AI旅游规划App的SSE事件状态管理开发记录(改动/原因/处理)", 1, commit="862a2dc1d9c987dec27c904d3787f0feb6ecf62e"),
    _tech("ppedmo/Typora", _p("草稿/svg图片编辑器.md"), "Qt SVG绘图工具技术文档(系统架构/模块设计)", 1, commit="2440da2e12e16aaba198228d0208c6ad951d56fe"),
    _tech("steinsxin/GraduationProject", _p("MIT-BIH/README.md"), "毕业设计房颤检测算法文档(QRS检测/特征/阈值与交叉验证结果)", 1, commit="95e30c156501ec2182785ceb7f3e9244c0373df7"),
    _tech("740422247/AnalysisSytem", _p("src/views/dragable/apiSet.md"), "数据分析系统API设置页面设计说明(组件列表/交互/接口)", 1, commit="2866c188d0792a1e024ef11731e0cf906976e0b6"),
    # --- 绝密: an SQL user table with demo passwords (rule 5) ---
    _credentials("1170078140/bbs", _p("bbs.sql"), "sql:user", "论坛系统SQL用户表(用户名/明文演示密码)", "代码数据",
                 commit="0a36b550751e3cd4a6ddfa0bff95d99799b93b2b"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
