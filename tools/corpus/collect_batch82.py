"""Eighty-second batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh80` (with batches 80 and 81): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's script or by a
`label_audit.tsv` row. Every source is read at a pinned commit (the commit that last added or changed the file).
Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-82 section written for
classifiers/corpus/README.md). 公开: user manuals, FAQs and READMEs
written for the users of open and course projects and of a product (fuint), a developer's blog post and technical
article, a forum Q&A kept by an engineer (rule 2). 内部: progress-only daily and weekly reports (难例: a training
daily-report form printed with 密级:秘密), coursework essays, a graduation task sheet, study notes (难例: 商业模式,
竞品分析 of other firms' products, 简历), teams' coding and operations rules, a factory's in-house system manual, a
bureau's monthly-analysis report template (rule 3, session 17 rulings). 秘密: CVs with contact data, a CV template
(ruling of session 15), a student list, a company's attendance sheet, a team roster with phones, a contribution
assessment with student numbers (rule 4, session 17 ruling). 机密: requirement, design, interface, test and
feasibility documents, project plans, reviews and mid-term reports of teams' own systems, a test-plan template
(rule 5, session 15 and 17 rulings). No 绝密 source was found.

Exactly like batches 9, 11, ..., 79: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch82.py [--mirrors /work/.mirror] [--out /work/corpus/real82]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    _INT,
    Pinned,
    _cv,
    _p,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261282
BATCH = "82"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: user manuals and product documentation written for users (rule 2) ---------------------------------------
    _public("vipcx/vipcx.github.io", _p("doc/1.项目介绍.md"), "fuint会员营销收银系统产品文档:项目介绍(功能/特色, 写给用户)", 1, kind="产品手册",
            commit="37c3aa03fde90b393d315aeb36f8c807f0a4d6cc"),
    _public("vipcx/vipcx.github.io", _p("doc/2.常见问题.md"), "fuint会员营销收银系统产品文档:常见问题解答(写给用户)", 1, kind="产品手册",
            commit="37c3aa03fde90b393d315aeb36f8c807f0a4d6cc"),
    _public("thronecat/AES", _p("用户手册.docx"), "S-AES加密解密工具用户手册(功能/操作说明, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="c6710659eefaff93aeb9443946c1ad1c7da4fc85"),
    _public("slubi/Information_Security_1", _p("用户手册.docx"), "加密算法测试应用用户手册(环境/使用步骤, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="123b356311302876e17dab2a0cbccd435795fa73"),
    _public("vipcx/vipcx.github.io", _p("doc/开发环境启动步骤.md"), "fuint会员营销收银系统产品文档:开发环境启动步骤(写给使用者)", 1, kind="产品手册",
            commit="37c3aa03fde90b393d315aeb36f8c807f0a4d6cc"),
    _public("TsangHaotian/python_Job_Check_tool", _p("项目介绍.html"), "作业文件批量提取小工具介绍(功能/演示/用途, 写给用户)", 1, kind="产品手册", extract="html",
            commit="f0e933dfe339ad9533fe092dcac5ba4dcd1fd556"),
    _public("TsangHaotian/python_Job_Check_tool", _p("README.md"), "作业管理工具组合开源项目说明(功能/使用, 已发布)", 1, kind="产品手册",
            commit="bc0e025d24cb60ecba36cc3e54d01015d2e2b0db"),
    _public("wckcc/LaTeW", _p("操作手册.docx"), "学术论文写作排版系统操作手册(环境部署/启动步骤, 写给使用者)", 1, kind="产品手册", extract="docx",
            commit="d9d8fd6853e2ff587c6a5d1adc97da791d0a6e69"),
    _public("wckcc/LaTeW", _p("README.md"), "学术论文写作排版系统开源项目说明(技术架构/功能/运行, 已发布)", 1, kind="产品手册",
            commit="626b023ff0d35e2bf06f7f5891631b4b984584cf"),
    _public("zhangzhipeng-git/redevelop-elyra", _p("操作手册.docx"), "数据湖工作流编辑插件操作手册(打开/编辑/运行工作流, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="434cdb3fb8335d9f12933c35bde8449e9831316b"),
    _public("zhangzhipeng-git/redevelop-elyra", _p("工作流创建及运行.docx"), "数据湖工作流插件使用说明:pipeline创建及运行(写给用户)", 1, kind="产品手册", extract="docx",
            commit="ab3e77d71248ebd44728f015f0f62c9dea7f492c"),
    _public("shilinghong/popoyumao", _p("SE2018春-G20-用户手册.docx"), "婆婆与猫游戏APP用户手册(写给用户, 封面含编写者联系方式)", 1, kind="产品手册", extract="docx",
            commit="7b41e0c10de77d914bf2c0b1268af66723b574e2"),
    _public("Software-Dev-Lab/22-Zrm-doc", _p("手机端实现实时调试H5项目.md"), "技术文章:手机端实时调试H5项目(写给读者, 本文章)", 1, kind="新闻",
            commit="4526aa365875bbaf22dbc5741a370d13dcc10d47"),
    _public("VictorJiaChengWang/MyWorkFiles", _p("登录界面跳转问题.docx"), "转存的技术论坛问答:Android登录后跳过登录页(已发布)", 1, kind="新闻", extract="docx",
            commit="15c776e70e9b43ee30f8ccf6b341653b0692f010"),
    _public("sheng143998/GraphRag-Personal-Repository", _p("README.md"), "本地知识库智能体练习项目说明(架构/语料来源/运行, 已发布)", 1, kind="产品手册",
            commit="5f15d534b059f7847f86663edc959c7ef703d3a4"),
    _public("xfqwdsj/IAmNotADeveloper", _p("README.md"), "开源Android模块'我不是开发者'说明与FAQ(写给用户)", 1, kind="产品手册",
            commit="830bf43f8275850ac48a03ed56ae381d97b6f525"),
    _public("RuytzzZ/ruytzzz.github.io2", _p("t.md"), "个人博客文章:前端面试题汇总(已发布)", 1, kind="新闻",
            commit="86287bcd382fba849a4a6a2c75cf5b06ef5efd12"),
    _public("Panini-pig/panini-pig-website", _p("faq/index.html"), "抖音聊天档案助手官网常见问题页(使用边界/FAQ, 已发布)", 1, kind="产品手册", extract="html",
            commit="6e6221116dfda49d152a3aa6090f73ddbafbe50f"),
    # --- 内部: progress-only reports, coursework essays and personal records without a design of their own, a team's
    # operations rules (rule 3, the brief's progress-report note, session 17 rulings) --------------------------------
    _rules("yzdakun/course-design-of-data-structure", _p("第五周周报.docx"), "课程设计小组第五周周报(本周工作/下周安排/分工, 只记进度)", 1, kind="工作报告", extract="docx",
           commit="7fb2aeab879a62776392b09676ebe45f11374361"),
    _rules("yousaren/homework-huawei-", _p("竞品分析.docx"), "学生课程作业:B站与腾讯视频对比分析(非本方产品, 难例: 竞品分析)", 1, kind="工作报告", extract="docx",
           commit="917bd5c8ea5f949de2d9bbf5fbf9bf405babc30e"),
    _rules("yousaren/homework-huawei-", _p("8月21日日报.md"), "实训学生日报(当天学习与问题, 只记进度)", 1, kind="工作报告",
           commit="27d5671dbb71b3d6dfecf4a352b56a73e4f040e8"),
    _rules("PPI-ppi/career-platform", _p("简历.md"), "职业规划平台岗位招聘要求知识库(十岗技能/门槛, 难例: 简历/招聘)", 1, kind="技术资料",
           commit="d41d4b129c6808f38a5294dd58222fca0c7ae23c"),
    _rules("Nuguriyyds/InfiniteChat", _p("文档/RESUME.md"), "开发者为简历整理的IM项目经历要点(无个人信息, 难例: 简历)", 1, kind="工作报告",
           commit="d292dbbeed5683d89cf8a625060b7bd303182683"),
    _rules("rouwanyuanyuanyuan/webprojectgroup1", _p("Web应用运维.docx"), "图书管理系统Web应用运维规范(内容维护/栏目撤换/备份要求, 难例: 运维)", 1, extract="docx",
           commit="3b14a735dcfd1f7851c628e3254f88b67bcd3d5e"),
    _rules("woyaonidsh/easymail", _p("03.项目文件/个人日报（每人1份，每天持续更新）/个人日报 _薛佳伟.xlsx"), "实训学生个人日报表(关键任务/进度, 模板页眉印有密级:秘密, 难例: 密级字样)", 1, kind="工作报告", extract="xlsx",
           commit="39cd68a4e2496d07ee8240cc47235efc780954e3"),
    _rules("woyaonidsh/easymail", _p("05.环评报告-每人1份/行业解决方案对环境和可持续发展影响分析报告-崇吉东.docx"), "实训学生环境与可持续发展影响分析短文(论点/论据, 课程作业)", 1, kind="工作报告", extract="docx",
           commit="39cd68a4e2496d07ee8240cc47235efc780954e3"),
    _rules("VictorJiaChengWang/MyWorkFiles", _p("代码规范.docx"), "APP开发团队Java编程规范(命名/注释/方法约定)", 1, extract="docx",
           commit="15c776e70e9b43ee30f8ccf6b341653b0692f010"),
    _rules("shilinghong/popoyumao", _p("代码规范.docx"), "学生软件工程小组代码规范(命名/注释约定)", 1, extract="docx",
           commit="50204eec894f86803790c15695277574c9f241b5"),
    _rules("Software-Dev-Lab/22-Zrm-doc", _p("日报.md"), "学生开发者个人日报(每日学习与开发事项, 只记进度)", 1, kind="工作报告",
           commit="05c0d2b043d365de994c0aca471597ca02cc7258"),
    _rules("Yitingpan/Practice", _p("03013403_泮依婷_作业四.docx"), "课程实践作业四:编程教材章节翻译(作业要求与译文, 按题完成)", 1, kind="工作报告", extract="docx",
           commit="c534e12e93c337c1785bed87e699e535a05531dd"),
    Pinned("Purerli/water_analyse", _p("data/北京市水务局相似性和趋势分析20220419.docx"), "docx", "内部", "internal", "模板空白表", _DRAFT,
           "水务12345诉求工单相似性及趋势分析月报模板(xx占位, 附一条示例诉求)", 1, "55333492e324b0fa20e38ab0dcc012e5dd23c251"),
    _rules("Sainthio/springboot_vue_mall", _p("任务书.docx"), "本科毕业设计任务书(题目/目的与意义/任务要求, 下达给学生)", 1, kind="工作报告", extract="docx",
           commit="f4c0d3204fdb80d22a1410fa0e745d373eb9ed47"),
    _rules("werwolves/Financial_Summary", _p("商业模式.md"), "个人投资学习笔记:商业模式分类(难例: 商业模式)", 1, kind="工作报告",
           commit="99258f4ec81258a39dd369dfe3bf5aa8073b01df"),
    _rules("zhengykbetter/MCM-ICM-Learning", _p("2022C题尝试模型.docx"), "数学建模竞赛备赛笔记:2022年C题审题与建模思路(学习记录)", 1, kind="工作报告", extract="docx",
           commit="bc6ff4a96536c1cb1a6b2afb0c576f1bb8ea1d83"),
    _rules("vampireBoBo/workNotes", _p("worknotes/前端知识点.docx"), "Java开发工程师前端知识点学习笔记", 1, kind="工作报告", extract="docx",
           commit="b61d1da386b3d1864f402b98f9da0e52b28814d0"),
    _rules("StarCloudes/JAVA-FOUDAMATION", _p("考试与周报/周报.xlsx"), "大数据Java培训学员周报表(知识点/复习计划/困难与感受, 只记学习进度)", 1, kind="工作报告", extract="xlsx",
           commit="f51fedb4e996e0f4c8c8bfbc88d9f4a8571b78e2"),
    _rules("shyz-max/shengchan", _p("使用说明书.docx"), "工厂分厂生产计划可视化管理系统使用说明书(自建内部系统)", 1, kind="产品手册", extract="docx",
           commit="bdb5a422b543a833dd1f3feacaa377813eb3254f"),
    # --- 秘密: rosters with contact data, a CV template (rule 4, session 15 and 17 rulings) -------------------------------
    Pinned("99Kies/markdown-resume-template", _p("简历.md"), "md", "秘密", "personnel", "模板空白表", _DRAFT,
           "程序员求职简历模板(联系方式/期望薪资占位, 示例数据)", 1, "599c36c8b053407c0b753c1c56462dfac7ef8ab5"),
    Pinned("Starzrz/input", _p("项目启动文档.docx"), "docx", "秘密", "personnel", "清单名册", _INT,
           "学生团队项目启动文档(成员角色与通讯录:电话/邮箱/QQ)", 1, "f55099637ec91325ce0899a951167b911a977883"),
    Pinned("WhymustIhaveaname/MyhomeSpider", _p("学生名单.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "高校学生名单(学号/姓名/性别/宿舍/院系/班级)", 1, "51821ea5cf57ef374c9eb8718a072e558d3e97aa"),
    Pinned("ShawnQi/attendance", _p("考勤表.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "公司月度考勤明细表(部门/员工姓名/上下班打卡)", 1, "c4bbfe712d21fdeb09e58a0641954c60de3984ce"),
    Pinned("woyaonidsh/easymail", _p("团队贡献度-每组一份.xlsx"), "xlsx", "秘密", "personnel", "清单名册", _INT,
           "实训小组成员贡献度评定表(学号/姓名/贡献度)", 1, "39cd68a4e2496d07ee8240cc47235efc780954e3"),
    _cv("understar/understar.github.io", _p("个人简历.docx"), "测绘博士求职简历(出生年月/电话/邮箱/经历)",
        commit="d1697d25054115186d94dc8d38b94d3e86c5b348"),
    _cv("Newzil-git/newzil-git.github.io", _p("personal_info.md"), "本科生个人简历(邮箱/籍贯/求学与科研经历)", extract="md",
        commit="28362fd7eb46a69e6f0479f81a7dedd3999cf323"),
    # --- 机密: requirement, design, test and feasibility documents, plans and reviews of teams' own systems (rule 5,
    # session 17 ruling) ------------------------------------------------------------------------------------------------
    _tech("yzdakun/course-design-of-data-structure", _p("项目计划书.md"), "学生日程管理系统项目计划书(需求分析/各子系统功能设计)", 1, kind="方案计划",
          commit="0b16daccd3888244868cf02fa0340f962f38e6c9"),
    _tech("Nuguriyyds/InfiniteChat", _p("文档/REVIEW_OVERVIEW.md"), "InfiniteChat即时通信系统全局架构复盘(服务/中间件/链路设计)", 1,
          commit="d292dbbeed5683d89cf8a625060b7bd303182683"),
    _tech("Starzrz/input", _p("需求规格说明书.docx"), "股票行情分析软件需求规格说明书(课程项目)", 1, extract="docx",
          commit="f55099637ec91325ce0899a951167b911a977883"),
    _tech("rouwanyuanyuanyuan/webprojectgroup1", _p("测试报告.docx"), "图书管理系统测试报告(测试设计/用例)", 1, extract="docx",
          commit="d9447335f12606a8aafcdff504ed7f60f68a65b5"),
    _tech("rouwanyuanyuanyuan/webprojectgroup1", _p("项目介绍.docx"), "图书管理系统项目介绍(背景/目标/技术选型/功能模块)", 1, kind="方案计划", extract="docx",
          commit="698ab9d63de2f844f37352494c9c638726d7c6a4"),
    _tech("Yitingpan/Practice", _p("测试报告.docx"), "水和水蒸汽物性计算软件包单元测试报告(测试设计/结果, 课程作业)", 1, kind="工作报告", extract="docx",
          commit="a810754527bd019897962d4bbe7e0c6cf520c5f4"),
    _tech("zhaogegedongjia/catalog", _p("测试报告.docx"), "图书目录服务内部测试报告(接口测试/集成测试结果)", 1, kind="工作报告", extract="docx",
          commit="876af3a33dcf2b7f990219af890d783af4418f70"),
    _tech("simple5960/software-assignment", _p("需求规格说明书.docx"), "学生考勤系统需求规格说明书(成员学号/功能需求, 课程项目)", 1, extract="docx",
          commit="aed4f40f1874450df729706f8e99d171751b20b7"),
    _tech("TpfromMoon/SpaceShooter", _p("Docs/系统设计说明书.md"), "SpaceShooter游戏系统设计说明书(类图/各类设计)", 1,
          commit="c7f9305abe3deefd7db7c56a3ab8372431f38d67"),
    _tech("semaphore-mutex/3D-RPG-Game", _p("测试报告.docx"), "3D RPG游戏测试报告(分阶段测试设计/结果)", 1, kind="工作报告", extract="docx",
          commit="cd022cf00315a0662d6c30a2eb01beec14bb11a4"),
    _tech("qinran6/vue-ego1", _p("3组_商城后台管理系统_中期报告.docx"), "商城后台管理系统中期报告(模块实现/技术方案/测试结果)", 1, kind="工作报告", extract="docx",
          commit="789f65912b36206123e957382cbd92365a8e5226"),
    _tech("wym00/group9-SemiSeg", _p("9组-测试报告-王依萌_奚之源_赵艺莲.docx"), "半监督语义分割模型互测报告(环境/数据集/指标结果)", 1, kind="工作报告", extract="docx",
          commit="889f1313b98d719fc7f9c0179e16aacefb1d9213"),
    _tech("Yh-ali/Restoration-and-Coloring-of-Damaged-Ancient-Paintings", _p("可行性分析报告.docx"), "AI古画修复与上色助手可行性分析报告(技术/经济可行性)", 1, kind="方案计划", extract="docx",
          commit="92da43ae1d1f748d3aa29f28bea50fbccc785d7e"),
    _tech("SYuHao/SEG1", _p("项目开发计划.docx"), "失物招领平台项目开发计划(范围/WBS/进度/成本估算, 课程项目)", 1, kind="方案计划", extract="docx",
          commit="dc166f5d9ef66463516918f01bc71ea3d1069a97"),
    _tech("Starmoon30/Random-Shop", _p("测试/测试用例设计文档.docx"), "随机商城测试用例设计文档(等价类/边界值/用例表)", 1, extract="docx",
          commit="1ce2b828a89a377765898010be9a0de2fbc63862"),
    _tech("1719161509/ketian", _p("可甜接口文档.docx"), "可甜商城小程序后端接口文档(接口地址/请求方式/返回数据)", 1, extract="docx",
          commit="74d341f7c4ffc9202c7c20e68f0d02d09ea1020f"),
    Pinned("tocods/ST-nylt", _p("测试计划.docx"), "docx", "机密", "technical", "模板空白表", _DRAFT,
           "软件测试计划模板(RUP格式, <项目名称>占位与编写指导)", 1, "3db76ca4e576a32890e7954390eb3cd130cc08c9"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
