"""Hundred-and-fifth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh104` (with batches 104 and 106): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling). Every source is read at a pinned commit (the commit that last added or
changed the file). Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-105 section
written for classifiers/corpus/README.md): 公开 for READMEs and user manuals written for users and readers, a vendor's
manual, a course's teaching document and a list of published office-space listings; 内部 for a team's tool set-up
guide, news-agent rules, a delivered system's operating manual, course schedules and task requirements, a homework
report, a progress log and table, personal study notes and a course project schedule; 秘密 for a CV, a transcript and
a student list with personal data; 机密 for a logistics company's PRDs, a brewery's meeting minutes and data dictionary,
a course team's minutes, requirement and design specifications, a status note with the system's own code positions, a
vendor's deployment note for a client and a design concept; 绝密 for a README that lists built-in accounts with their
passwords.

Exactly like batches 9, 11, ..., 102: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch105.py [--mirrors /work/.mirror] [--out /work/corpus/real105]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _credentials,
    _minutes,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261105
BATCH = "105"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: READMEs and manuals written for users, a vendor's SDK manual, a course document, published listings ---
    _public("luoxce/kaifa_wenjian-25-1217", _p("docs/guides/交易平台使用说明.md"), "量化交易平台Web界面使用说明(访问/回测/模拟盘, 写给用户, 难例: 交易)", 1,
            kind="产品手册", commit="8465af2550cdc6dc2e12ed7d65e6846f656e20a8"),
    _public("bao111231/guobuziliaoguanli", _p("README.md"), "国补资料管理系统说明(下载/安装准备/使用, 写给用户)", 1,
            kind="产品手册", commit="19409d311c17d9a03400307952258c28399f7f1a"),
    _public("cheese-shredded-ice/diansai-ziliao", _p("README.md"), "电赛车载平衡滚球系统工程库开源说明(简介/目录结构, 写给读者)", 1,
            kind="产品手册", commit="f5767756a7970c359f66c56f0491e94549bfaaaa"),
    _public("Left007/trswendang", _p("trswang-mai-qian-ma-shuo-ming-v2-0/di-1-zhang-wang-mai-yun-fu-wu-xi-tong-gai-shu.md"),
            "拓尔思网脉云服务嵌码说明第1章系统概述(厂商手册)", 1,
            kind="产品手册", commit="05116110d82f57aa855b0732f5242028c4cd76b1"),
    _public("huiMiluMilu/jiaoxuewendang", _p("simple-demo/微信小程序课程前30分钟/前30分钟-完整教学文档-v2.md"),
            "微信小程序课程前30分钟教学文档(注册/认证/后台菜单, 写给学员)", 1,
            kind="技术资料", commit="733def1d5ff12dc0e24aa3848673bbe3bb27dc62"),
    _public("chenchen1010/chuangyepeipao", _p("杭州创业办公空间_102个.xlsx"), "杭州创业办公空间清单(名称/地址/联系人/租金, 公开挂牌信息, 难例: 租金/联系电话)", 1,
            kind="清单名册", extract="xlsx", commit="bf3f83cbad365f9a81cbd1818150b98adab00e36"),
    _public("Cherrion-Chen/ATQB", _p("atqb/说明书.docx"), "ATQB学生信息工具使用说明(增广学号/规范文件协议, 写给用户)", 1,
            kind="产品手册", extract="docx", commit="1f4189b8e488a3d3d5a05dac23fcc96a9c9fbcbe"),
    _public("Elixk/auto-send-for-tech", _p("README.md"), "成绩自动发送RPA工作流开源说明(简介/搭建思路/使用, 写给读者)", 1,
            kind="产品手册", commit="c338b31acfbe301672d3fb65a8bfeed9c9c71300"),
    _public("hkustenterprize/RM2024-MainControlBoard", _p("README.md"), "RoboMaster战队G4主控板硬件开源说明(设计/接口, 写给读者)", 1,
            kind="产品手册", commit="4f1f84e996433a57e8f4f52ec9fecaa13cbc8061"),
    _public("lxtyin/Visual-Vers", _p("README.md"), "可视化版本控制软件Visual-Vers开源说明(简介/功能/使用, 写给读者)", 1,
            kind="产品手册", commit="8e8a37ffeafdffdb9f84328afd326ba027d053b2"),
    _public("Cy2s1ne/Intelligent-PE-test", _p("用户手册.docx"), "智云体育APP用户手册(功能/操作步骤, 写给用户)", 1,
            kind="产品手册", extract="docx", commit="3f74f7bc1f12ed5812fadc32a7fa2667200db374"),
    # --- 内部: a team's set-up guide, agent rules, a course schedule, reports and notes (rule 3, rulings) -------------
    _rules("huiMiluMilu/jiaoxuewendang", _p("TEAM_SETUP.md"), "教学文档Skill同事使用说明(环境准备/发布飞书, 团队内部)", 1,
           kind="技术资料", commit="0436eeefdd2ee6d0e58a64b401d21c417f67799a"),
    _rules("chenasir/zhoubao-v2", _p("docs/1_抓取新闻的要求与原则.txt"), "CICC周报Agent新闻抓取要求与原则(范围/来源/过滤)", 1,
           kind="标准规范", extract="text", commit="5076d6e542ad1459d63c2dfb070a1e5ea573333a"),
    _rules("chenasir/zhoubao-v2", _p("docs/3_生成DOCX时的LLM_Prompt与原则.txt"), "CICC周报Agent生成DOCX的Prompt与原则(结构/措辞)", 1,
           kind="标准规范", extract="text", commit="5076d6e542ad1459d63c2dfb070a1e5ea573333a"),
    _rules("jjbudy84/QQqunwendang", _p("uploads/uploaded_file.docx"), "英语专业课程安排与考核方式说明(课表/考核比例/学习资源)", 1,
           kind="制度办法", extract="docx", commit="6c562a2fe04bc902ca9cf105ac3809c81f79fe58"),
    _rules("GaoRuikai123/ChuangXinChuangYe", _p("readme.docx"), "密码学课程作业汇报(成员/项目清单/完成情况, 只记进度)", 1,
           kind="工作报告", extract="docx", commit="8eacb53efff802f46e0774346a15f91af76a6449"),
    _rules("dahaibushen/wendang", _p("iOSProject0.0.03.docx"), "个人iOS工程技术笔记(多工程联编/组件化, 学习记录)", 1,
           kind="技术资料", extract="docx", commit="4658e8b1d4418542dc35ce8dec2960868ac07874"),
    _rules("Chenqianwu/ziliao", _p("texun/Aid-Day01/Linux01.txt"), "培训班Linux第一天学习笔记(目录结构/常用命令, 学习记录)", 1,
           kind="技术资料", extract="text", commit="856f742bf7fc3f76de013e020691997084c3622b"),
    _rules("ChenYX24/Qstar", _p("项目计划书.md"), "问卷APP课程项目计划书(四阶段安排, 无自身设计, 难例: 项目计划书)", 1,
           kind="工作报告", commit="8ec176253ca06ce357b3368cb9942e2a83f42a44"),
    _rules("Milittle/0131124848", _p("操作手册.docx"), "法院录制测评系统操作手册(登录/测评/打印成绩单, 交付系统用)", 1,
           kind="产品手册", extract="docx", commit="c9f8538f466a0c8cb6791b4fbb6822126038a15c"),
    _rules("istepping/visual", _p("README.md"), "航班数据可视化项目开发记录(按日期记进度/HTML学习笔记)", 1,
           kind="工作报告", commit="391236248ef7f124d775c999f77bd34e4f8077fe"),
    _rules("ctyj588/lesson_python", _p("副本用户明细.xlsx"), "供电公司负荷摸排线上填报进度统计表(各县调研户数/录入完成率, 只记进度)", 1,
           kind="工作报告", extract="xlsx", commit="8fff9487472b1ed6749dc9fe3ccbf995f908ae92"),
    _rules("HarmonLiu05/Programming_Practice", _p("README.md"), "C++课程设计任务要求(课堂展示/报告内容/测试, 作业要求)", 1,
           kind="制度办法", commit="5ca5d5f498332d2b2bfabffe95695c5c7527a893"),
    # --- 秘密: a CV with personal data (rule 4, session 17 ruling) ------------------------------------------------
    _personal("huabinn/binn", "README.md", "md", "前端求职者个人简历(姓名/学校专业/毕业年份/技能/作品)",
              "441ca1184716e8569843078e815c2493c74da61d"),
    _personal("cherishingher/graduation-design", "成绩单.xlsx", "xlsx", "本科生个人成绩单(学号/姓名/课程/成绩/绩点)",
              "fe0ec2d7b8bc438dc38a93330c6858581ecb3256"),
    _personal("cao-qh/student_management", "students.xlsx", "xlsx", "学生信息表(班级/姓名/学号/出生日期/电话/住址, 演示数据)",
              "de7abc523d886ef840cf256a38a1f2ea97fafb55"),
    # --- 机密: PRDs, minutes, a data dictionary, requirement/design specifications, a client deployment note ---------
    _tech("dumaomin008/wendang", _p("docs/prd-ocr-pound-slip/PRD-OCR装卸货磅单识别.md"), "新能源大宗物流平台OCR装卸货磅单识别PRD(背景/流程/字段)", 1,
          commit="d8d6001b4f39979520114191fde964f562886596"),
    _tech("dumaomin008/wendang", _p("docs/prd-station-route-planning/场站路线规划PRD_第一期最终版.md"), "司机端充电场站路线规划PRD第一期(需求/字段/交互)", 1,
          commit="0dd6358e004b457755cf35394bdbde37e73cd040"),
    _tech("dumaomin008/wendang", _p("docs/prd-task-node-time/任务单节点时间修正PRD.md"), "物流任务单节点时间修正PRD(电子围栏同步/修订记录)", 1,
          commit="add7dad60e686c4be06352cc86db9dbf96e45c07"),
    _minutes("imenghu/wendang", _p("其他文件/水发-山航传媒 会议纪要.docx"), "啤酒公司与山航传媒合作宣传会议纪要(价格/合作方式/领导意见)", 1,
             extract="docx", commit="95bb5dd91564182f757edf5c826082d1f7144838"),
    _tech("imenghu/wendang", _p("字典/生产管理数据字典.xlsx"), "啤酒生产管理系统数据字典(质检/发酵表字段)", 1,
          kind="代码数据", extract="xlsx", commit="1fc5c0e9060f393ee365154fc38b3d8831e88672"),
    _tech("mp744449986/wendang", _p(".monkeycode/specs/online-manual-viewer/requirements.md"), "在线文档浏览网站需求文档(术语/用户故事/验收标准)", 1,
          commit="ea64320f4c73d446aecd0b981d20b0949e2cc871"),
    _tech("mp744449986/wendang", _p(".monkeycode/specs/online-manual-viewer/design.md"), "在线文档浏览网站设计文档(架构/数据模型/接口/部署)", 1,
          commit="9c04cd7125ebceae0b30d9d870b3fc168526cb92"),
    _tech("bao111231/guobuziliaoguanli", _p(".trae/specs/refine-temp-storage-and-ui/spec.md"), "国补资料管理系统功能调整与UI优化PRD(需求/验收)", 1,
          commit="42ba56d499a87fe50223dafe259436fbebd15c47"),
    _tech("Left007/trswendang", _p("qian-bao-3001-ge-cheng-shi-he-zhi-zhan-xin-wen-wang-de-wang-mai-qian-ma-wen-686328-64-ge-wang-7ad929.md"),
          "钱报及各城市新闻网网脉嵌码实施文档(客户站点嵌码要求)", 1,
          commit="6ad53c4e28e1190699eee9af5ef4a6bf4e3b1927"),
    _tech("baech0485-sketch/xiaoshoupeixunwendang", _p("ideas.md"), "外卖运营销售培训知识库网页设计理念(方案/色彩/布局)", 1,
          kind="方案计划", commit="01229c0eb337216a7d7f33aad13b43dc019b73b9"),
    _tech("ChenYX24/Qstar", _p("软件需求说明书.docx"), "MetaQ元问卷软件需求说明书(概述/用例/功能需求)", 1,
          extract="docx", commit="e8b62b6ba4ade755c701e83b1fd48ea24cbd3297"),
    _minutes("Cy2s1ne/Intelligent-PE-test", _p("会议纪要/10.15会议纪要.docx"), "智云体育项目组第三次会议纪要(作业分工/进度/决议)", 1,
             extract="docx", commit="3bf02d1b464b942962897f572ace8cbe3e516d58"),
    _minutes("Cy2s1ne/Intelligent-PE-test", _p("会议纪要/10.22会议纪要.docx"), "智云体育项目组第四次会议纪要(作业分工/进度/决议)", 1,
             extract="docx", commit="c032af1dd7929208a466cbdbd3d421b3fa0d0cb3"),
    _tech("luoxce/kaifa_wenjian-25-1217", _p("docs/guides/当前系统状态说明.md"), "量化交易系统当前状态说明(集成状态/代码位置/工作流程, 难例: 状态说明)", 1,
          kind="工作报告", commit="8465af2550cdc6dc2e12ed7d65e6846f656e20a8"),
    _tech("HarmonLiu05/Programming_Practice", _p("1111/GAME_DESIGN.md"), "终端回合制RPG重返崂山游戏设计文档(玩法/系统/类设计)", 1,
          commit="545a8933ceaca3b406c3192790fdee064d5381cc"),
    # --- 绝密: a README that lists the built-in accounts with their passwords (rule 5, password convention) ---------
    _credentials("linawang928/chuangye", _p("README.md"), "md", "双人创业记忆平台开源说明(功能/本地启动/两个内置账号及口令, 难例: 开源说明)",
                 "产品手册", commit="1aea7a110e60bd15f98da0d4ee527eb469bdfa3e"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
