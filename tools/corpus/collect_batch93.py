"""Ninety-third batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh92` (with batches 92 and 94): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script, README section or brief. Every
source is read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling
real documents" and this batch's notes (see the batch-93 section written for classifiers/corpus/README.md): 公开 for
open projects' READMEs and user manuals written for their users and a framework's published usage conventions; 内部 for
teams' coding conventions, a course's task brief, interview preparation notes and study notes; 秘密 for CVs and student
rosters with student numbers and scores; 机密 for a project proposal, requirement documents, a PRD, database designs,
a deployment resource list and a research report that carry the projects' own design; 绝密 for a front-end's mock
account list with passwords (demo defaults count, rule 5).

Exactly like batches 9, 11, ..., 90: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch93.py [--mirrors /work/.mirror] [--out /work/corpus/real93]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _credentials,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261293
BATCH = "93"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs and user manuals written for their users (rule 2, session 17 ruling) -------------
    _public("Hirolovesmushroom/personal-resume-ai-chat", _p("README.md"), "个人简历AI对话网站开源说明(功能/部署/使用, 写给用户)", 1,
            kind="产品手册", commit="eec9423e3608bb46c9be70c3fa750bbec13d08c8"),
    _public("KauHY/auctionSystem", _p("README.md"), "在线拍卖系统开源说明(功能/安装运行/默认账号, 写给用户, 难例: 账号)", 1,
            kind="产品手册", commit="0b05a431788e01c9db30969dc0368a488cc0ea3b"),
    _public("HeyEmily-ovo/W-Test", _p("README.md"), "心理测试集合网站开源说明(已集成测试/使用方式, 写给用户)", 1,
            kind="产品手册", commit="f9698ab277584b0ce66b9e770749dec38ba75e17"),
    _public("MaybeLL/Fin-Analysis", _p("用户手册.md"), "股票新闻情感分析工具用户手册(安装/配置/使用, 写给用户)", 1,
            kind="产品手册", commit="27293a910d4710ca8564d364dbdc5b6193c29b64"),
    _public("MaybeLL/Fin-Analysis", _p("README.md"), "股票新闻分析工具开源说明(功能/安装依赖/配置, 写给用户)", 1,
            kind="产品手册", commit="27293a910d4710ca8564d364dbdc5b6193c29b64"),
    _public("Chenyuda123456/xiaoChenXu", _p("开发规范.md"), "uniapp开源开发框架的开发规范及说明(组件库/目录用法, 写给框架使用者, 难例: 规范)", 1,
            kind="产品手册", commit="b6ca88c1ad5e8c5ef0a015daaaab379e3d3ddba8"),
    _public("AIden-QiU1/VoxFlame-Agent", _p("README.md"), "构音障碍AI语音助手开源项目说明(愿景/架构/快速开始, 写给用户)", 1,
            kind="产品手册", commit="e43846b47d74ac41234d44ab5da086a179fba20b"),
    _public("Chenyuda123456/xiaoChenXu", _p("common/js/http/request.md"), "uniapp开源框架HTTP请求封装使用说明(接口/示例, 写给框架使用者)", 1,
            kind="产品手册", commit="b6ca88c1ad5e8c5ef0a015daaaab379e3d3ddba8"),
    _public("Chenyuda123456/xiaoChenXu", _p("store/Readme.md"), "uniapp开源框架Vuex状态管理使用约定(写给框架使用者)", 1,
            kind="产品手册", commit="b6ca88c1ad5e8c5ef0a015daaaab379e3d3ddba8"),
    _public("MaybeLL/Fin-Analysis", _p("FINBERT_GUIDE.md"), "股票新闻分析工具FinBERT集成指南(安装/回退机制/使用, 写给用户)", 1,
            kind="产品手册", commit="27293a910d4710ca8564d364dbdc5b6193c29b64"),
    # --- 内部: teams' coding conventions, a course task brief, personal records (rule 3, session 17 rulings) ----------
    _rules("MakoFeng/Lost-Found", _p("Android编码规范.md"), "失物招领App团队Android编码规范(命名/格式约定, 团队协作)", 1,
           kind="标准规范", commit="70e69ed76537ef30c94acbe44eeaec5c57d7a30d"),
    _rules("HeyEmily-ovo/W-Test", _p("开发规范.md"), "心理测试网站新增测试开发规范(检查清单/目录与代码约定)", 1,
           kind="标准规范", commit="e86eebef0cb158c8b8451cc7193d393da8856e5b"),
    _rules("Hirolovesmushroom/personal-resume-ai-chat", _p("面试问答准备.md"), "求职者面试问答准备(基于本人简历的问题与答案, 个人记录)", 1,
           kind="工作报告", commit="130e018f94906e1738fa4af722b7a43d92d4dc1f"),
    _rules("duzie0/md", _p("Python基础回顾.md"), "Python基础知识回顾学习笔记(个人笔记, 不写给读者)", 1,
           kind="技术资料", commit="1b5a338306f915a113365726f6c5037cc1a07ca6"),
    _rules("h-lu/stat2025", _p("_book/综合实践项目启动指南_五一假期.html"), "统计学与R语言课程综合实践项目启动指南(发给学生的任务说明)", 1,
           kind="通知", extract="html", commit="f346b1032c26604e1a1a7f31090b00c02f8a1ea6"),
    _rules("AIden-QiU1/VoxFlame-Agent", _p(".tasks/current.md"), "语音助手项目当前任务状态记录(已完成/功能状态/待办, 只记进度)", 1,
           kind="工作报告", commit="e43846b47d74ac41234d44ab5da086a179fba20b"),
    _rules("duzie0/md", _p("Celery(芹菜).md"), "Celery异步任务队列学习笔记(个人笔记, 不写给读者)", 1,
           kind="技术资料", commit="d7aff8db46981dd1d096eeee6e6d8f3959de3442"),
    _rules("h-lu/stat2025", _p("_book/统计学与R语言期末复习指南.html"), "统计学与R语言课程期末复习指南(发给学生的讲义)", 1,
           kind="通知", extract="html", commit="f346b1032c26604e1a1a7f31090b00c02f8a1ea6"),
    # --- 秘密: CVs and rosters with personal data (rule 4, session 17 ruling) -------------------------------------------
    _personal("Hirolovesmushroom/personal-resume-ai-chat", "个人简历.md", "md", "基金销售公司产品副总监个人简历(工作经历/成果/教育)",
              "130e018f94906e1738fa4af722b7a43d92d4dc1f"),
    _personal("duzie0/md", "简历.docx", "docx", "Python工程师求职简历(姓名/电话/邮箱/教育/项目经验)",
              "24bad5d48267a6e0978be430cbbe354fa7b99b9f"),
    _personal("hzqhaqhgs/homework", "名单.xlsx", "xlsx", "高校数据库课程学生考勤考核表(学号/姓名/班级/成绩)",
              "c02b8e686e1c198a8d7fedf16f9e92bde6048eb6"),
    _personal("h-lu/stat2025", "名单.xlsx", "xlsx", "统计学课程学生名单(学号/姓名/性别/大作业汇报分)",
              "a72c3e1c1a63389b1f16660128ff3cc342d8f30c"),
    # --- 机密: proposals, requirement and design documents, a deployment list, a research report (rule 5) ---------------
    _tech("KauHY/auctionSystem", _p("项目企划书.md"), "在线拍卖系统项目企划书(角色职责/业务流程/防狙击机制设计, 难例: 企划书)", 1,
          kind="方案计划", commit="12f9c274070765709688c9a04c7138d5450e00f9"),
    _tech("LyuShawn/CourierManageSystem", _p("系统设计.md"), "快递驿站管理系统数据库设计(表结构/字段约定)", 1,
          commit="55f5fa1804f37cebc7c52babbd3382514fafc727"),
    _tech("Casuor/logistics-admin", _p("数据库设计.md"), "物流后台管理系统数据库设计(建表SQL: 菜单/角色/用户/产品/订单)", 1,
          commit="00f31d7b30e29714642c4738f6c08c46b1925b17"),
    _tech("Angel-pursue/iVolley", _p("智慧排球训练系统.md"), "智慧排球训练系统需求分析(角色/功能性需求)", 1,
          commit="0642ebe742211b9bd439ae102601c6376425e9d3"),
    _tech("Coldarra/RawFishSheep", _p("需求分析.md"), "网上生鲜超市项目需求分析文档(功能/性能/界面需求)", 1,
          commit="7e52688ddd3fd6f20dd0895a2b4329a1b33a88e2"),
    _tech("Leiche1202/voice-hall-manager", _p("需求文档.txt"), "语音厅连线嘉宾排档系统需求文档(业务规则/功能需求)", 1,
          extract="text", commit="49c283e9dd24f3bf8093357589f85bc07ae71709"),
    _tech("Leiche1202/voice-hall-manager", _p("腾讯云部署清单.md"), "语音厅管理系统腾讯云部署资源清单(服务器/数据库规格/费用估算)", 1,
          kind="方案计划", commit="49c283e9dd24f3bf8093357589f85bc07ae71709"),
    _tech("AIden-QiU1/VoxFlame-Agent", _p("dataset/语料库构建深度研究报告.md"), "构音障碍语音语料库构建研究报告(语料获取方案/文本设计)", 1,
          kind="方案计划", commit="4d5d6dd39f3b40110f27c943c17a34d315ca4a02"),
    _tech("Mingfree/EarRove1", _p("PRD.md"), "视障辅助App产品需求文档(PRD草稿: 功能/交互/技术方案)", 1,
          commit="7502cdbbeca141b3eb67e3946d484ee7a7347461"),
    # --- 绝密: an account list with passwords (rule 5: demo defaults count) ---------------------------------------------
    _credentials("LyuShawn/CourierManageSystem", _p("courier_admin/src/mock/data.json"), "text",
                 "快递驿站管理后台模拟数据中的注册账号与网点账号密码(演示数据)", "清单名册",
                 commit="9d78ae642ebc8f4f913fb2c7fc3fcec4a88198de"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
