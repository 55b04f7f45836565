"""Eighty-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh83` (with batches 83 and 85): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script. Every source is read at a
pinned commit (the commit that last added or changed the file). 公开: open projects' READMEs
written for their users (office automation, a WeChat operations workbench, a counselling platform, a quotation system, a paper-reading agent,
a class-seating tool, a C/C++ tutoring platform, a photo gallery, an API-renewal tool), a published academic homepage
(难例: 简历), a developer's portfolio page (难例: 系统/成绩数据), a student's translation of a published paper, a computer
club's guide, published disclaimers (难例: 声明/责任/员工信息) and a community FAQ. 内部: an AI-agent company's rules and
organisation chart, a research group's knowledge-base rules and weekly task plan, a company's training plan for new
staff, a school's defence schedule, assignment sheets and a task brief, work logs, study notes and a party member's
self-criticism (难例: 党员/政治). 秘密: class rosters with student numbers or genders, a job seeker's CV, a thesis
reviewer's score sheet and expert review opinions (难例: 评审). 机密: a customer's requirement list, a product version
plan, development logs and a summary with their own design, an interface specification, a PRD, a course project's
design document, thesis proposals and a graduation thesis that set out their own design. 绝密: an AI-agent group's
subsidiary plan with pricing, and a project clean-up summary that lists its default test and admin logins with
their passwords (rule 5, as audit 81 ruled for such a summary). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-84 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 81: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch84.py [--mirrors /work/.mirror] [--out /work/corpus/real84]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261284
BATCH = "84"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs and guides written for their users, published disclaimers and FAQs (rule 2) --------
    _public("honghaier250/office_automation", _p("README.md"), "办公自动化工具集开源说明(Excel处理/生成图片/钉钉发送, 写给用户)", 1, kind="产品手册", extract="md",
            commit="dad20c0e4a774fb7d63b7d840e08e12ccdb83c6d"),
    _public("jwsang/WeChatOfficialAccount", _p("README.md"), "微信公众号智能运营工作台开源说明(功能/部署/API, 写给用户, 难例: 运营)", 1, kind="产品手册", extract="md",
            commit="8beffbbac052dbd618395e65f3d49e20de436df4"),
    _public("Eric-Ruan-jingwei/wiki-sync", _p("README.md"), "wiki-sync开源工具说明(把AI对话沉淀为项目知识, 写给用户)", 1, kind="产品手册", extract="md",
            commit="8ff95333b858a8a1b0c34ef8d48adc9e0c4334e1"),
    _public("leileigwl/YCTool", _p("README.md"), "YCTool报价单管理系统开源说明(多公司/双语PDF导出, 写给用户, 难例: 报价单)", 1, kind="产品手册", extract="md",
            commit="7bcc733bc8b0f295d89dc0f92c29b4f219aabbed"),
    _public("dahongx/read-agent", _p("README.md"), "文献阅读Agent开源说明(上传PDF生成PPT与讲稿, 写给用户)", 1, kind="产品手册", extract="md",
            commit="3018cf4e6158402765d7967f4694b919b8689aeb"),
    _public("DavidLam-oss/wechat-writing-team", _p("README.md"), "Obsidian微信公众号发布插件与写作Skill说明(写给用户)", 1, kind="产品手册", extract="md",
            commit="95292790edc4755d10482dee3f584435299ecd19"),
    _public("GoodbyeMyself/Class-Seating", _p("README.md"), "小学生班级排座系统开源说明(Excel导入/智能排座, 写给用户)", 1, kind="产品手册", extract="md",
            commit="3bac384db0c433f1fd6dd9782ef7f8427a8121d6"),
    _public("Areufm/MallocMentor", _p("README.md"), "MallocMentor C/C++智能助教平台开源说明(功能/技术栈/部署)", 1, kind="产品手册", extract="md",
            commit="6445846f8878782543999f6d6864ecf2d8648c4c"),
    _public("JiaoYueZhuCi/QingDai-Photo", _p("README.md"), "青黛影像摄影作品展示系统开源说明(功能/部署, 写给用户)", 1, kind="产品手册", extract="md",
            commit="e622191b15f1e2eb1ce5c8e6159cd8eb78dabd1f"),
    _public("a9loook/AutoApi", _p("README.md"), "AutoApi开源工具使用教程(E5开发者API调用续期, 写给用户, 难例: 账号/密码)", 1, kind="产品手册", extract="md",
            commit="0a2991d1e0ca8cb06a2225ff17d0cbdfd7adbbc1"),
    _public("JiXiaBuYi/Me", _p("README.md"), "前端开发者求职作品集页面:开放平台系统项目介绍(写给招聘方, 难例: 系统/成绩数据)", 1, kind="新闻", extract="md",
            commit="6664dee536ca6c9782b4d15f7a26c0652c5f3c17"),
    _public("feitengyugan-netizen/SoulStation", _p("README.md"), "SoulStation心理咨询服务平台开源说明(功能/技术栈/部署, 写给用户)", 1, kind="产品手册", extract="md",
            commit="2fc74bbbea550f6ce51346cf72ddef5399b54291"),
    _public("Chong-THU/LiuChong", _p("中文版.md"), "高校助理教授个人主页简介(已发布的教育经历/研究/论文, 难例: 简历)", 1, kind="新闻", extract="md",
            commit="2f56b7c67b01d8f04746035516f4f97f9f90fce6"),
    _public("ChangerNI/data-mining-visualization-doc", _p("英文文献翻译——数据可视化方法在大数据应用中的分析评述.docx"), "毕业设计附带的已发表英文论文中文翻译(数据可视化方法评述)", 1, kind="新闻", extract="docx",
            commit="4c717be304e7561772c07344d5193c877c4e4ddc"),
    _public("AsukaIIV/SHNU_CYBER_LIFE_GUIDE", _p("2 - 初来乍到/运营商选择.md"), "高校计算机协会新生网络指南:校园宽带运营商选择(已发布指南)", 1, kind="产品手册", extract="md",
            commit="5da82c282fc52d92ff41a2ad4dd9662879fae033"),
    _public("harayyy/CNIC-guide", _p("免责声明.md"), "考研报考公益指南免责声明(已发布, 难例: 声明/责任)", 1, kind="公告", extract="md",
            commit="9f0284d8d3342eb93d87bb25ed36481ec5843eec"),
    _public("CrackMiDrAi/docs", _p("docs/免责声明.md"), "学习机爱好者群文档免责声明(已发布, 难例: 破解/责任)", 1, kind="公告", extract="md",
            commit="fe7525b0b27f19613659410ebdd687302ea826b8"),
    _public("CrackMiDrAi/docs", _p("docs/互助文档/常见问题.md"), "学习机刷机互助文档常见问题解答(写给群成员与读者)", 1, kind="产品手册", extract="md",
            commit="8d01686389d0ac6b1ae8b2362968ae9f94dc2532"),
    _public("chanhoozhang-alt/attendance_sheet", _p("免责声明.md"), "工地考勤与工资计算App免责声明(数据存储/责任, 已发布, 难例: 员工信息/工资)", 1, kind="公告", extract="md",
            commit="090e2064df5905713259ae78bdf0f62c42ee9022"),
    # --- 内部: a company's and teams' rules and training plans, schedules, assignment sheets, work logs and notes (rule 3) ---
    _rules("ling900/agent-company-test", _p("公司制度.md"), "AI Agent公司内部管理制度(总则/考勤/协作/奖惩, 难例: 制度)", 1, kind="制度办法", extract="md",
           commit="c36385dc42aa1b2434025d311b0066614f48cc4f"),
    _rules("ling900/agent-company-test", _p("组织架构.md"), "AI Agent公司组织架构说明(部门与岗位职责, 规划中)", 1, kind="制度办法", extract="md",
           commit="c36385dc42aa1b2434025d311b0066614f48cc4f"),
    _rules("MagicCube/mba-paper-2016", _p("商学院/2014级论文答辩进度表.docx"), "商学院MBA论文开题与答辩进度安排(发给学生的日程)", 1, kind="通知", extract="docx",
           commit="51303608099a0706eee73d2c07748754093f6014"),
    _rules("JinGo1020/ChineseStudyApp", _p("课题.md"), "毕业设计课题任务说明(小学生语文学习辅助app, 任务书)", 1, kind="方案计划", extract="md",
           commit="41fa740b3fce9c23911f2d1db8bb7591e216dc86"),
    _rules("JinGo1020/ChineseStudyApp", _p("文献综述.docx"), "毕业设计文献综述(语文学习app相关研究, 无自有设计)", 1, kind="工作报告", extract="docx",
           commit="7917375bf13de2d54a5e337ac4da90826ae5c96c"),
    _rules("cocoper/Rossmann-Store-Sales", _p("项目提交要求.docx"), "机器学习纳米学位毕业项目提交要求(作业要求)", 1, kind="通知", extract="docx",
           commit="c3c28fe9a09918c9c244f5a40d2ad1fa1f95631d"),
    _rules("Leo-Ma-1994/note", _p("党员材料.md"), "党员批评与自我批评个人材料(政治学习/工作标准, 难例: 党员/政治)", 1, kind="工作报告", extract="md",
           commit="c114ec34d5d8cfc03b100eeedafe59cc6e40c605"),
    _rules("Leo-Ma-1994/note", _p("编译产物.md"), "Android开发者关于编译系统与产物的学习笔记", 1, kind="工作报告", extract="md",
           commit="3b41304fd83c7fc018d6e020254b0a9d9248fd56"),
    _rules("jasonslyvia/Ali_learning", _p("README.md"), "前端新人分阶段培训计划(git/chrome插件/图表, 学习记录)", 1, kind="方案计划", extract="md",
           commit="f966afa23941e7179723df30f99e441aba709f90"),
    _rules("JamessenLiu/python_training_202302", _p("培训计划.md"), "软件公司产品部门后端新同事学习计划(培训安排, 难例: 培训计划)", 1, kind="方案计划", extract="md",
           commit="e4cb0050a4e3d4201f8d6fed8509d126810e92a4"),
    _rules("AndreliaJUN/work-blog", _p("2021工作日志.md"), "前端工程师2021年工作日志(问题与解决记录, 只记学习与进度)", 1, kind="工作报告", extract="md",
           commit="74493878e385560bb9d4bd40dea336b18a0081a3"),
    _rules("bryce-tan/ZNS-Group", _p("README.md"), "ZNS SSD研究小组知识库使用规范(任务规划/文献记录/工作日志约定)", 1, kind="制度办法", extract="md",
           commit="2513d7b97b65df95cbb600a6261ff71a0eeb0ead"),
    _rules("bryce-tan/ZNS-Group", _p("plan/任务规划.md"), "ZNS SSD研究小组每周任务规划(论文阅读任务)", 1, kind="方案计划", extract="md",
           commit="1c61d09808e6bbcbfc7d3fb0a19e77f876e075e3"),
    _rules("geminglu/hongpeibang", _p("工作日志.md"), "学生前端项目组工作日志(成员分工/每日进度)", 1, kind="工作报告", extract="md",
           commit="600451cc701ac74e429118b315939c49d741821b"),
    _rules("DavidLam-oss/wechat-writing-team", _p("skills/wechat-writer/knowledge/素材库.md"), "公众号作者写作素材库(摘录的AI新闻要点, 个人记录)", 1, kind="工作报告", extract="md",
           commit="1ff3b8be1e76f1791ae882301b8c58941232086c"),
    _rules("bigtall/myNote", _p("学习记录.md"), "前端开发者个人学习记录(CSS/JS知识点)", 1, kind="工作报告", extract="md",
           commit="8c981cfb783a6e24be0c01d9375d0522003c73c3"),
    # --- 秘密: rosters with personal data, a CV, assessments of a student's thesis (rule 4, session 17 ruling) -----------
    Pinned("GoodbyeMyself/Class-Seating", _p("学生名单.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "小学班级学生名单(姓名/性别)", 1, "ef7b5a952106eea58b97ca396d214795ae52ea43"),
    Pinned("meicx/test", _p("学生名单.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "高校班级学生名单(姓名/学号/班级)", 1, "742d60b0b6dca9859a5e1fc6ba78d23f94b35344"),
    Pinned("lai123456789/Resume", _p("求职简历.docx"), "docx", "秘密", "personnel", "清单名册", _INT,
           "前端开发求职简历(姓名/年龄/籍贯/学校/工作经历)", 1, "f5121f5562c0d74491bf9c9b247bbf85c9401ca1"),
    Pinned("ChangerNI/data-mining-visualization-doc", _p("倪畅 电子版材料/word材料/交叉评阅表.docx"), "docx", "秘密", "personnel", "报表", _INT,
           "本科毕业论文评阅教师评阅表(学生姓名/学号/各项评分/评语)", 1, "0e3ffb09632cd6b124f71e437b0189c7d8fe969a"),
    Pinned("KryptonToT/oil-gas-folder", _p("script/评审意见.docx"), "docx", "秘密", "personnel", "工作报告", _INT,
           "硕士学位论文专家评审意见(问题与评价, 难例: 评审)", 1, "6066d073dc740f3627891858012e097bcb71967d"),
    # --- 机密: requirement, design and interface documents, development logs, thesis proposals with their own design (rule 5, session 17 ruling) ---
    _tech("leileigwl/YCTool", _p("需求清单分析.md"), "太阳能项目客户需求清单分析(产品/数量/现有产品匹配)", 1, kind="技术资料", extract="md",
          commit="b218c411bdcc2a584f88debe865ae9bea9d810cf"),
    _tech("dahongx/read-agent", _p("版本规划.md"), "文献阅读Agent版本规划(当前能力/迭代路线/功能设计)", 1, kind="方案计划", extract="md",
          commit="3018cf4e6158402765d7967f4694b919b8689aeb"),
    _tech("liubanghaha/fund-estimator", _p("开发日志.md"), "基金估算小程序开发日志(性能问题/优化方案/实现细节)", 1, kind="工作报告", extract="md",
          commit="2ef7bcb603353316bda195120c921ff11219d08c"),
    _tech("liubanghaha/fund-estimator", _p("devlog/开发总结-2026-05-17.md"), "基金估算小程序开发总结(项目概况/功能/技术实现, 难例: 总结)", 1, kind="工作报告", extract="md",
          commit="5befeba74d8a44bfc7b634b6cb8809d0dfbd31af"),
    _tech("AdvancedX/COMP5568", _p("接口.md"), "稳定币抵押借贷协议前后端接口对齐规范(合约接口/事件, 初稿)", 1, kind="技术资料", extract="md",
          commit="ac75921913ab57a87f685303d8fa4689ef68465c"),
    _tech("Ljj-user/community-service", _p("docs/产品与技术资料/PRD.md"), "社区公益服务对接管理平台PRD v1.0(角色/功能/流程)", 1, kind="技术资料", extract="md",
          commit="8ec675a007b4a942493daad8d84e69f8216f3a00"),
    _tech("MagicCube/mba-paper-2016", _p("开题报告.docx"), "MBA学位论文开题报告(SAP设计思维软件产品管理研究设计)", 1, kind="方案计划", extract="docx",
          commit="51303608099a0706eee73d2c07748754093f6014"),
    _tech("KryptonToT/oil-gas-folder", _p("开题报告.docx"), "硕士研究生选题报告(矿井直流电法油型气涌出危险性判识研究方案)", 1, kind="方案计划", extract="docx",
          commit="552d685af80119d042a74636d0194c05861621ea"),
    _tech("bbsjz/ElectrocarManager", _p("开题报告.docx"), "电动车管理系统需求分析与概要设计(课程项目开题)", 1, kind="技术资料", extract="docx",
          commit="ea331a7fe2a28ef9acfcc5574b6f6e4a95c72ba3"),
    _tech("JiaoYueZhuCi/QingDai-Photo", _p("开题报告.md"), "摄影作品展示与管理系统毕业设计开题报告(功能与技术方案)", 1, kind="方案计划", extract="md",
          commit="e622191b15f1e2eb1ce5c8e6159cd8eb78dabd1f"),
    _tech("CMathmo/software-engineering", _p("第一次迭代/设计文档.docx"), "软件工程课程实践记账本App设计文档(架构/模块/数据库设计)", 1, kind="技术资料", extract="docx",
          commit="cc221f34b783cc522f357b107e644e36021de67e"),
    _tech("MicroDrones/Hardware-Design", _p("开题报告.docx"), "微型四轴飞行器设计开题报告(背景/方案/分工)", 1, kind="方案计划", extract="docx",
          commit="2165d55fd4ac25116825617e52a9e0b0340496d2"),
    _tech("DLYDLY/XiYiProject", _p("毕业论文.docx"), "新易新闻小程序毕业作品论文(需求/设计/实现)", 1, kind="技术资料", extract="docx",
          commit="c49dcffab1397142577bb8fe8bdcce652fdc3355"),
    _tech("LiMou003/codewiki", _p("开题报告.docx"), "基于RAG检索的智能代码问答系统毕业设计开题报告(研究内容/技术方案)", 1, kind="方案计划", extract="docx",
          commit="e83fd9d08da444c4fcfae1f33ead6ef858eaf65f"),
    _tech("cocoper/Rossmann-Store-Sales", _p("开题报告-宣扬.docx"), "Rossmann销售预测机器学习毕业项目开题报告(数据/方法/评估指标)", 1, kind="方案计划", extract="docx",
          commit="d5e758caf069f4704335edca59df475b756a3922"),
    # --- 绝密: credential lists (even demo ones) and a company's group strategy with pricing (rules 1, 5) ----------------
    Pinned("feitengyugan-netizen/SoulStation", _p("PROJECT_CLEANUP_SUMMARY.md"), "md", "绝密", "admin_credentials", "工作报告", _INT,
           "心理咨询平台项目整理总结(模型整合/初始化脚本/默认测试与管理员账号密码, 难例: 总结)", 1, "d4a180b0f517d0ab19b340b122ed2363557f89b4"),
    Pinned("ling900/agent-company-test", _p("下属公司规划.md"), "md", "绝密", "strategy", "方案计划", _INT,
           "AI Agent集团下属公司规划(定位/业务矩阵/定价/发展阶段, 规划中)", 1, "c36385dc42aa1b2434025d311b0066614f48cc4f"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
