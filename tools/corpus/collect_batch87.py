"""Eighty-seventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh86` (with batches 86 and 88): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script. Every source is read at a
pinned commit (the commit that last added or changed the file). 公开: open projects' READMEs and user manuals written
for their users, a deployment guide on account security (难例: 账号/密钥), an AI platform's published user agreement and
privacy policy and about page, blog posts written for readers. 内部: student teams' division-of-work notes
and coding conventions, a travel group's rules, a site's workflow notes, an in-house tool's user guide and a team's
operations guide, a robotics learner's work record, a crawler run log and a course project's schedule plan (难例: 计划书).
秘密: class rosters with student numbers, scores, native places or employers, and job seekers' CVs. 机密: requirement and
design documents, planning documents and work summaries that carry their projects' own design, a course project's
development notes. 绝密: a development log that lists the system's preset administrator logins with their passwords
(rule 5, as audit 81 ruled for such a summary).
Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-87 section written for
classifiers/corpus/README.md).

Exactly like batches 9, 11, ..., 84: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch87.py [--mirrors /work/.mirror] [--out /work/corpus/real87]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261287
BATCH = "87"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs, manuals and guides written for their users, a published agreement and policy, blog posts (rule 2) ---
    _public("KeLuoJun/EmoVision", _p("README.md"), "EmoVision图像识别实验框架开源说明(功能/使用, 写给用户)", 1, kind="产品手册", extract="md",
            commit="91ba3d7a5514a726ebdaa59f875164b430ee0a52"),
    _public("hancccccccc2-blip/xinjiang-tour", _p("README.md"), "新疆自驾亲子游交互式规划看板说明(看板亮点/使用, 写给读者)", 1, kind="产品手册", extract="md",
            commit="ca85deac60542a9cfa72a0ea60129638c86d0ac8"),
    _public("Benjamindaoson/Financial_Asset_QA_System", _p("README.md"), "金融资产智能问答系统开源说明(功能/架构/部署, 写给用户, 难例: 金融/资产)", 1, kind="产品手册", extract="md",
            commit="91fe106bdf715984fd557d66a0535e95b4180d9f"),
    _public("chsocialcats-prog/jimengAI", _p("README.md"), "AI对话冒险平台开源说明(功能/启动, 写给用户)", 1, kind="产品手册", extract="md",
            commit="030069f6bc546dae96170ba46e92e301c17c8c7a"),
    _public("chsocialcats-prog/jimengAI", _p("docs/deployment-account-security.md"), "AI对话冒险平台账号安全部署与恢复指南(写给部署者, 不含真实密钥, 难例: 账号/密码/主密钥)", 1, kind="产品手册", extract="md",
            commit="f9efe83fa5a7bbda9cade4bdb046d8f73f75e710"),
    _public("approach404-hue/student-management-system", _p("README.md"), "学生管理系统开源说明(功能/技术栈/登录鉴权流程, 写给用户, 难例: 密码/鉴权)", 1, kind="产品手册", extract="md",
            commit="fbe75bfcd8fc7576c6a7b6f9b70f873696811535"),
    _public("byyxcyy/Italink-s-Undergraduate-Design", _p("README.md"), "音频可视化软件Spec作者的项目介绍(为什么制作/架构/心得, 写给读者)", 1, kind="新闻", extract="md",
            commit="59862fefbc2f0d3074b6e4a83aad8f757ccdb27d"),
    _public("mc-yzy15/Y-G-AI-DOCS", _p("用户协议.txt"), "瀛光AI用户协议(运营主体/权利义务, 已发布)", 1, kind="公告", extract="md",
            commit="637718db4026978710528d791e049e3fa657e4e7"),
    _public("mc-yzy15/Y-G-AI-DOCS", _p("隐私政策.txt"), "瀛光AI隐私政策(收集/使用/保护个人信息, 已发布)", 1, kind="公告", extract="md",
            commit="637718db4026978710528d791e049e3fa657e4e7"),
    _public("LiYuAsam/paddle", _p("用户手册.docx"), "检索结果排序系统用户手册(界面/操作说明, 写给用户)", 1, kind="产品手册", extract="docx",
            commit="ef8862963fbac2011ac1ad72a167748bb2fa0354"),
    _public("hongchuanfeng/img2excel", _p("blog.md"), "图片转Excel像素艺术在线工具推广博文(写给读者)", 1, kind="新闻", extract="md",
            commit="e073a3631e1004872d5a160084140e5bf33e7e5a"),
    _public("hongchuanfeng/img2excel", _p("readme.md"), "图片转Excel艺术工具说明(功能/使用, 写给用户)", 1, kind="产品手册", extract="md",
            commit="cec3a5c1c0ff7ad63ed96dc62e28a3f995b6ee81"),
    _public("LuLiang0307/blog-generator", _p("source/_posts/CSS的一般布局的实现.md"), "前端博客文章:CSS一般布局的实现(写给读者)", 1, kind="新闻", extract="md",
            commit="60ad10f8d70d2ee5d2ecc271974f544621d5dcf6"),
    _public("ivo-ou/checkInfo", _p("README.md"), "作业提交与花名册比对脚本开源说明(参数/使用, 写给用户, 难例: 花名册)", 1, kind="产品手册", extract="md",
            commit="4d32bd4686b29c388dd2d8875cfd5c78548d59bd"),
    _public("mc-yzy15/Y-G-AI-DOCS", _p("关于.html"), "瀛光AI平台关于页面(运营主体/平台定位/服务范围, 已发布)", 1, kind="新闻", extract="html",
            commit="4bbeda58b4a871f84fbc04a87476c49a49b055ad"),
    _public("LuLiang0307/blog-generator", _p("source/_posts/关于html的知识介绍.md"), "前端博客文章:关于HTML的知识介绍(写给读者)", 1, kind="新闻", extract="md",
            commit="16477d8533b885c1fa29950a6d003ecb7ad61b0a"),
    # --- 内部: teams' division of work and conventions, a group's rules, a workflow, a learning record, a course schedule (rule 3) ---
    _rules("KeLuoJun/EmoVision", _p("小组分工.md"), "图像分类课程项目小组分工(姓名与任务)", 1, kind="方案计划", extract="md",
           commit="72499ec7ba1f01014bfbdeb5913d8ea72fcdab3f"),
    _rules("KeLuoJun/EmoVision", _p("开发规范.md"), "图像识别项目小组开发规范(目录结构/命名/提交约定)", 1, kind="制度办法", extract="md",
           commit="72499ec7ba1f01014bfbdeb5913d8ea72fcdab3f"),
    _rules("GitHubsteven/asa-vwe-frontend-2.0", _p("开发规范.md"), "前端项目开发规范(文件命名/注释/编码约定)", 1, kind="制度办法", extract="md",
           commit="f0feb555114fbfb6c8a9f9f82b6f450766931ab0"),
    _rules("hancccccccc2-blip/xinjiang-tour", _p("规则.md"), "十人自驾亲子游红线与规则书(驾照/行李/抢票/安检)", 1, kind="制度办法", extract="md",
           commit="ca85deac60542a9cfa72a0ea60129638c86d0ac8"),
    _rules("Margarithuang/rnnoise", _p("小组分工.md"), "语音降噪课程项目六人小组分工(任务说明, 无个人信息)", 1, kind="方案计划", extract="md",
           commit="6b9d0299b1a10d0ba6cde659a8a88b31361ff971"),
    _rules("asd1588/TZL-ppt", _p("工作流.md"), "PPT定制网站项目工作流(初始化/目录约定/发布步骤)", 1, kind="制度办法", extract="md",
           commit="147de0a02439263b319d0e918ac0606728755966"),
    _rules("livento/Robot-learning", _p("工作总结.md"), "机器人仿真学习者四月上半月工作记录(软件安装与学习, 只记学习)", 1, kind="工作报告", extract="md",
           commit="13418b7d7a18c3a8e06fc254851bdc617eeccd32"),
    _rules("liuzhengdao/26-", _p("项目计划书.docx"), "STM32智能手表课程设计项目计划书(阶段日程/成员时间/分工, 难例: 计划书)", 1, kind="方案计划", extract="docx",
           commit="7443b545c9f0cf19d35efc9917cc515dcf4bfc54"),
    _rules("douhababa123/BPS_20251219", _p("COMPETENCY_USER_GUIDE.md"), "企业内部BPS能力画像模块使用指南(团队/个人视角, 内部系统手册)", 1, kind="产品手册", extract="md",
           commit="95cc6c769ccd429f1c479540a9d3b89c91f17f79"),
    _rules("A-Monkey-From-Alien/ssspider", _p("ProxyHome/myProxies/spiders/爬虫代理手动运行记录.md"), "爬虫开发者代理爬虫手动运行记录(个人运行日志)", 1, kind="工作报告", extract="md",
           commit="6a28f0164ec10d7d835399f71195ee723c791adc"),
    _rules("careleblue-dotcom/job-information-searching", _p("scripts/新增数据源指南.md"), "就业信息筛选工具新增数据源操作指南(团队内部操作手册)", 1, kind="产品手册", extract="md",
           commit="410f77286f97caeae401a236ca9eca92bd14c600"),
    # --- 秘密: rosters, score lists and CVs with personal data (rule 4, session 17 ruling) ---------------------------------
    _personal("BianShuyu/dvs-DavisLam", "学生信息.xlsx", "xlsx", "高校网络工程专业学生名单(年级/班级/学号/姓名)",
              "eb60b4f2cdc6a3fe923a8d58f4a5c06165687ef3"),
    _personal("BianShuyu/dvs-DavisLam", "期末考试.xlsx", "xlsx", "Java课程期末考试成绩表(学号/姓名/分数)",
              "eb60b4f2cdc6a3fe923a8d58f4a5c06165687ef3", kind="报表"),
    _personal("dcwhy/practicegit", "学生信息.xlsx", "xlsx", "培训学校班级学生信息(姓名/籍贯/性别/年龄/成绩/挂科次数)",
              "4b4a7a40f5206d14ee84afc18e777dc67a866bad"),
    _personal("approach404-hue/student-management-system", "学生信息.xlsx", "xlsx", "学生管理系统导入的学生信息(姓名/年龄/专业/头像)",
              "e99830342991982abed60cbdb9c55b808552b615"),
    _personal("cph999/studyProject", "学生信息.xlsx", "xlsx", "高校学生去向信息表(班级/姓名/学号/就业单位)",
              "cfc4bb86c96d857567ee8006e3d3ea57632394f7"),
    _personal("byyxcyy/Italink-s-Undergraduate-Design", "伏星豪的面试简历.docx", "docx", "图形开发求职者面试简历(姓名/学校/技能/项目经历)",
              "403ab6fc6e79d1a544018a6539403c1f3aca8dee"),
    _personal("ailiaowen/AI", "个人简历.docx", "docx", "电子专业毕业生个人简历(个人信息/在校经历/自我评价)",
              "da172ee921c0cd2e27d9325a9dceb1edf2ab1a9f"),
    _personal("LuLiang0307/blog-generator", "个人简历.docx", "docx", "前端实习求职简历(求职意向/邮箱/电话)",
              "2342168f4dce4b2728efccad7856efcf000941ce"),
    _personal("freedream520/devToolsSkill", "个人简历.docx", "docx", "前端工程师个人简历(项目经历/工作内容)",
              "6b2e8796a16f0833b364dcc00b5e9e3935e10b21"),
    # --- 机密: requirement, design and planning documents, work summaries with their own design (rule 5, session 17 ruling) ---
    _tech("hancccccccc2-blip/xinjiang-tour", _p("工作总结.md"), "自驾游看板开发工作总结(双端页面/技术实现, 难例: 总结)", 1, kind="工作报告", extract="md",
          commit="ca85deac60542a9cfa72a0ea60129638c86d0ac8"),
    _tech("careleblue-dotcom/job-information-searching", _p("就业信息筛选工具规划.md"), "学院就业信息筛选工具完整规划文档(背景/需求/功能/技术方案)", 1, kind="方案计划", extract="md",
          commit="f4ac4eb368c237b605ce170f9f4e581aa608de21"),
    _tech("careleblue-dotcom/job-information-searching", _p("工作总结.md"), "就业信息筛选工具第一阶段工作总结(爬虫与前端实现, 难例: 总结)", 1, kind="工作报告", extract="md",
          commit="f4ac4eb368c237b605ce170f9f4e581aa608de21"),
    _tech("Benjamindaoson/Financial_Asset_QA_System", _p("工作总结.md"), "金融问答系统多模型架构集成工作总结(路由/成本优化/测试)", 1, kind="工作报告", extract="md",
          commit="639425a1d890275de385f0b3cf9f7f5a34c65f2d"),
    _tech("chsocialcats-prog/jimengAI", _p("工作总结.md"), "AI对话冒险平台工作总结(工作流/完成状态/实现)", 1, kind="工作报告", extract="md",
          commit="708871fe5662e6f0295eb0b6f2efdb4d7ece3af5"),
    _tech("BianShuyu/dvs-DavisLam", _p("需求.docx"), "课程学习数据可视化系统需求说明(数据展示/分析功能)", 1, kind="技术资料", extract="docx",
          commit="eb60b4f2cdc6a3fe923a8d58f4a5c06165687ef3"),
    _tech("Limitless0425/wms-system", _p("需求分析文档.md"), "汽车零部件WMS仓储管理系统需求分析文档(业务/功能/非功能需求)", 1, kind="技术资料", extract="md",
          commit="a59151c40f9843f979b61fe2802f157fd18ddf38"),
    _tech("douhababa123/BPS_20251219", _p("COMPETENCY_MODULE_IMPLEMENTATION.md"), "企业BPS能力评估模块优化实施报告(需求理解/表结构/实现方案)", 1, kind="技术资料", extract="md",
          commit="95cc6c769ccd429f1c479540a9d3b89c91f17f79"),
    _tech("jrjjxg/ocm-backend", _p("开发.txt"), "在线课程管理系统课程项目开发笔记(题目要求与需求/数据表/接口对应)", 1, kind="技术资料", extract="text",
          commit="b8298415a7ae03a2775ee4b68129c3f4ab2f82e4"),
    _tech("A-Monkey-From-Alien/ssspider", _p("ProxyHome/代理抓取架构.md"), "爬虫代理池抓取架构设计(存储/校验/调度)", 1, kind="技术资料", extract="md",
          commit="6a28f0164ec10d7d835399f71195ee723c791adc"),
    _tech("asd1588/TZL-ppt", _p("工作总结.md"), "PPT定制品牌网站项目工作总结(模块/技术实现, 难例: 总结)", 1, kind="工作报告", extract="md",
          commit="d63c729dd06c4189455d9f47553316dd82698620"),
    _tech("luckyJXXX/chromeToolToby", _p("工作总结.md"), "Chrome标签管理扩展工作总结(拖拽重构方案/技术实现)", 1, kind="工作报告", extract="md",
          commit="f2352e4e4270bac200a4017845af68a4facfa318"),
    # --- 绝密: a development log that lists preset administrator logins with their passwords (rule 5) -------------------
    Pinned("Limitless0425/wms-system", _p("test.md"), "md", "绝密", "admin_credentials", "工作报告", _INT,
           "WMS仓储管理系统项目开发日志(含预置管理员账号与密码, 难例: 日志)", 1, "a59151c40f9843f979b61fe2802f157fd18ddf38"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
