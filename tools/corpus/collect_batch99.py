"""Ninety-ninth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh98` (with batches 98 and 100): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M, one source group per repository, at most 3 documents from one, none of them in the manifest yet,
no owner of a manifest repository (no sibling), none named by an earlier batch's script, README section or brief. Every
source is read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling
real documents" and this batch's notes (see the batch-99 section written for classifiers/corpus/README.md): 公开 for
open projects' READMEs, user manuals and API references written for their users; 内部 for teams' development
conventions (开发规范), a developer's plan of next steps, a training deck, personal interview and study notes; 秘密
for CVs and score lists with personal data and a start-up's founders' agreement; 机密 for project plans with designs,
a requirement specification, API and deployment documents, a steganography design, a start-up's brand-name shortlist
and a SQL dump of hotel orders; 绝密 for a test account list with passwords (demo data counts, rule 5).

Exactly like batches 9, 11, ..., 96: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch99.py [--mirrors /work/.mirror] [--out /work/corpus/real99]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _contract,
    _credentials,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261099
BATCH = "99"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: open projects' READMEs, user manuals and API references written for their users (rule 2) -------------
    _public("ManifoldsHu/FourDExplorer", _p("README_zh.md"), "4D-STEM数据处理软件4D-Explorer中文说明(功能/安装/测试数据, 写给用户)", 1,
            kind="产品手册", commit="5de4ceedcd098ec7ff48173cd57bce69dbfad246"),
    _public("CSneko/toNeko", _p("docs/API.md"), "我的世界模组toNeko联动API规范(面向第三方模组作者的接入手册)", 1,
            kind="产品手册", commit="095f0fafaeedac8a88619e5d58d8d947c26b9c05"),
    _public("CSneko/toNeko", _p("docs/AI.md"), "我的世界模组toNeko的AI设置用户文档(服务商/配置项, 写给用户)", 1,
            kind="产品手册", commit="0ac45d36c6c49567bda22cc3dd3fb867a5b8142e"),
    _public("ASUKA481/TUST", _p("使用说明.docx"), "机械寿命预测系统使用手册(运行/数据目录/下载地址, 写给用户)", 1,
            kind="产品手册", extract="docx", commit="943a84513909cd2bb889c37e9710843b599f0935"),
    _public("lijinchang-shazhu/Graduation-Project-Yichun-Tourism-System-", _p("运行说明.docx"),
            "宜春旅游系统毕业设计运行说明(环境/导入数据库/启动步骤, 写给使用者)", 1,
            kind="产品手册", extract="docx", commit="f90f2467aa745665c1e11951f60cffac085475ae"),
    _public("CSneko/toNeko", _p("docs/CUSTOM_LANGUAGE.md"), "我的世界模组toNeko自定义语言文件说明(目录/格式/示例, 写给用户)", 1,
            kind="产品手册", commit="a46262f4ad6ec3acc8c181428ac00850efe22123"),
    _public("bokong8119/AutoGrade_Select", _p("README.md"), "高考选考成绩自动赋分程序使用说明(表格要求/运行注意事项, 写给用户)", 1,
            kind="产品手册", commit="8ff26910521e0fc1e49289f716ac61cab04c79a0"),
    _public("Moerj/vant-ui", _p("README.md"), "Vant移动端组件库扩展vant-ui开源说明(特性/安装/使用, 写给用户)", 1,
            kind="产品手册", commit="39589c9d6f2ddcaf1617b1d03e09f690610d982d"),
    _public("bd-js/wcui", _p("Readme.md"), "WCUI网页组件库开源说明(开发环境/进度与计划, 写给用户)", 1,
            kind="产品手册", commit="bcda5e6b8da263d4c4d927d6661124f6a037844b"),
    _public("FykjFE/bot-vue2", _p("README.md"), "Vue2快速开发模版开源说明(安装/提交规范/目录, 写给用户)", 1,
            kind="产品手册", commit="d82fb26018b36eaa574cb1abbe732eb2140f3bb1"),
    # --- 内部: teams' development conventions, a plan of next steps, personal notes (rule 3, session 17 rulings) ------
    _rules("Moerj/vant-ui", _p("开发规范.md"), "移动端组件项目开发规范(文件/全局变量/样式/页面结构约定)", 1,
           kind="标准规范", commit="1821dbf51d2a04bc9b549f39786ef29daa9bdd26"),
    _rules("ManifoldsHu/FourDExplorer", _p("开发规范.md"), "4D-STEM软件开发规范(编码/命名/注释/版本管理约定)", 1,
           kind="标准规范", commit="b677871d80feb03dea784db828cc314a5688e2f2"),
    _rules("ManifoldsHu/FourDExplorer", _p("doc/plan_20240314.txt"), "4D-STEM软件后续开发安排记录(已完成/往后放/优先事项, 只记进度)", 1,
           kind="工作报告", extract="text", commit="f7661ec078b1041873a7c9c4dc632fb454b62879"),
    _rules("bd-js/wcui", _p("开发规范.md"), "Web组件库开发规范(主题/配色/尺寸/防抖约定)", 1,
           kind="标准规范", commit="7581c746b283e22e39177e4e9b08cb9b15d410db"),
    _rules("baipengyan/ddd-single", _p("开发规范.md"), "DDD单体应用开发规范(分层命名/用途对照表)", 1,
           kind="标准规范", commit="595c0aedd1f1ba13c081dd45b94673d5ee40ea15"),
    _rules("LingEr-web/js-", _p("开发规范.md"), "前端开发命名规范(文件资源/变量/函数命名约定)", 1,
           kind="标准规范", commit="b190af31786e7e79d94f7ef2fb60b08733ebaeee"),
    _rules("iiZhangJun/Interview", _p("面经.docx"), "Java后端求职面试经验整理(个人笔记, 不写给读者)", 1,
           kind="技术资料", extract="docx", commit="52107486c130e41e0b6d5dc3daa2ac8586c65bf0"),
    _rules("luoqiufen/stage4", _p("day01/note01.txt"), "Vue课程学习笔记(指令/数据绑定, 个人笔记)", 1,
           kind="技术资料", extract="text", commit="3ee9ca905fb484da4e5993c10e6d6d0da347a8f1"),
    _rules("fgx3077FGX/springboot_family_service_platform", _p("多线程高并发笔记.md"), "Java多线程与高并发学习笔记(个人笔记, 不写给读者)", 1,
           kind="技术资料", commit="e2e0c7a8cf37121e60b89b26ef57565d2fe16bf3"),
    _rules("buWenXin/note", _p("前端/01.JavaScript/js浏览器特性/02.异步与事件循环.md"), "JavaScript异步与事件循环学习笔记(个人笔记)", 1,
           kind="技术资料", commit="918cd4539852a8e3ae9c9c159945444f78450aa2"),
    _rules("KennethLoop4/Slidev", _p("开课.md"), "VBA培训课程开课幻灯片(课程介绍/编程环境, 培训材料)", 1,
           kind="技术资料", commit="7cc5d17c9995b65fe081a078b879353217df3bd9"),
    # --- 秘密: CVs with personal data; founders' agreement (rule 4, session 17 ruling) ---------------------------------
    _personal("iiZhangJun/Interview", "简历.docx", "docx", "Java开发求职简历(姓名/电话/邮箱/学校/获奖/项目)",
              "52107486c130e41e0b6d5dc3daa2ac8586c65bf0"),
    _personal("limujing/note", "简历.docx", "docx", "网页设计求职简历(姓名/年龄/电话/邮箱/工作经历)",
              "b957c9798d16b1b013c7fcfc6d5d661f1711d049"),
    _personal("fgx3077FGX/springboot_family_service_platform", "简历.docx", "docx",
              "Java工程师求职简历(姓名/年龄/电话/微信/技能/项目)", "6f14e9db9f864533fcaca515f5f82ab7c21fc763"),
    _personal("luoqiufen/stage4", "16 .docx", "docx", "Web前端求职简历(年龄/电话/地址/邮箱/教育与工作经历)",
              "37d98a7b409a6f24f538be09ac41efcccecf8736"),
    _contract("alpena1986/bloodnetdoc", _p("家族百科项目约定.docx"),
              "家谱网站创业项目五位创始人合作约定(出资/股权比例/分工/退出, 难例: 股权)", 1, extract="docx",
              commit="e68b9e6613e52add8b209101de6168c5d27f9a87"),
    _personal("guobingchen/excelWork", "成绩表.xlsx", "xlsx", "学生成绩查询导出表(学号/姓名/课程/成绩/绩点)",
              "9fc5150107f7167fcfb5a77b9785f1f8a5d33087"),
    _personal("KennethLoop4/Slidev", "成绩表.xlsx", "xlsx", "班级学生各科成绩表(姓名/各科分数/总分)",
              "2ba41c580de8c8fec11a8a260c931c84c3e995f4"),
    # --- 机密: project plans with designs, a requirement specification, API/deployment/design documents (rules 5, 6) --
    _tech("HYM740/toaru-shima", _p("开发规范.md"), "网站项目开发文档(技术栈/命名/接口约定与请求响应格式, 难例: 规范)", 1,
          commit="f48a2ed1d0a66427a7e611c5e4de08d96ea49292"),
    _tech("alpena1986/bloodnetdoc", _p("网站名和域名推荐.xlsx"), "家谱网站创业项目网站名与域名候选表(域名价格/商标/推荐理由)", 1,
          kind="方案计划", extract="xlsx", commit="9d69c3f521cd03fa4f9a4e73c4cfce3be4ca55eb"),
    _tech("chayedan1/resume", _p("项目方案.md"), "简历制作与查看网站项目方案(目标/技术选型/模块/数据模型, 难例: 简历)", 1,
          kind="方案计划", commit="c12bd31010db2ba63cb39a58bfe758d363ed8f82"),
    _tech("chayedan1/resume", _p("项目方案-细化.md"), "简历网站细化方案(选型/目录结构/数据表/路由/里程碑)", 1,
          kind="方案计划", commit="c12bd31010db2ba63cb39a58bfe758d363ed8f82"),
    _tech("KenLoong/demo-for-agile-develop", _p("项目方案.md"), "校园技能交换平台课程小组项目方案(功能模块/数据模型/分工)", 1,
          kind="方案计划", commit="9931d20ea2abe54c3cc48473c0303497bcbfe032"),
    _tech("mimawowangle/and-", _p("需求规格说明书.docx"), "软件项目需求规格说明书(功能需求/用例/界面与数据要求)", 1,
          extract="docx", commit="06da56de78a9f625166458ad51c925ec7ac20905"),
    _tech("jareb1278515513/EasyChat", _p("信息隐藏实现方法.md"), "聊天应用图片隐写功能实现方法(LSB嵌入/提取流程设计)", 1,
          commit="e8a5a05a188ef58c5334306d5bd6cecf781545f4"),
    _tech("jareb1278515513/EasyChat", _p("前后端部署指南.md"), "聊天应用全栈部署指南(Nginx/Gunicorn/部署步骤)", 1,
          commit="6331d493492b955c10d82eef63bd128ce34176a4"),
    _tech("lijinchang-shazhu/Graduation-Project-Yichun-Tourism-System-", _p("travel.sql"), "旅游系统数据库酒店订单表(建表与订单数据)", 1,
          kind="代码数据", extract="sql:sys_hotel_order", commit="f90f2467aa745665c1e11951f60cffac085475ae"),
    # --- 绝密: a test account list with passwords (rule 5) ----------------------------------------------------
    _credentials("jareb1278515513/EasyChat", _p("用户名密码.txt"), "text", "聊天应用测试用户名与密码备忘(演示数据)", "清单名册",
                 commit="e3db4755f0a61286c6ffac661d786bc06e016479"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
