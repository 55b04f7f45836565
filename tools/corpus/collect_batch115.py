"""Hundred-and-fifteenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh114` (with batches 114 and 116): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M (batch 116 takes N-Z and digits), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling). Every source is read at a pinned
commit (the commit that last added or changed the file; a handover note deleted later is read at that commit). Labels
follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-115 section written for
classifiers/corpus/README.md): 公开 for a studio's user agreement, privacy policy and development white paper, user
manuals and READMEs written for users and readers, a published national indicator set, a translated published paper,
chapters of a published e-book and articles written for readers; 内部 for work logs that record progress only,
personal plans and notes, in-house systems' READMEs, start guides and operation manuals, a team's naming convention, a
workflow, a graduation-project task statement and a course outline; 秘密 for a CV (a test sample with a name, phone and
e-mail); 机密 for handover documents, requirement specifications and briefs, design and scheme documents of companies',
teams' and course projects, a game's numeric design and a progress log with its own design. No 绝密 document was
found.

Exactly like batches 9, 11, ..., 113: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch115.py [--mirrors /work/.mirror] [--out /work/corpus/real115]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261115
BATCH = "115"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # SOURCES_BEGIN
    # --- 机密: handover documents, requirement specifications, scheme and design documents
    _tech("HuaJie-Git/SANY", _p("交接文档.md"), "SanVIST设备管理APP首页原型交接文档(0716版本任务/审核事件/信息流模块与进度, 项目内部)", 1,
        kind="技术资料", commit="bc8f6617de776a4aebe3e84f64be0fbfe56fd1e4"),
    _tech("Layayaa/maochao-rpa", _p("交接文档.md"), "猫超补货RPA/Web系统交接文档(业务范围/代码结构/部署/账号安全/排错, 公司内部)", 1,
        kind="技术资料", commit="0562fa8ae203b41c40d057d31514c8f5cbb09c59"),
    _tech("KK456701/wiki-project", _p("tmp/pdfs/requirements_spec.txt"), "医院医务核心制度指标AI Agent平台需求规格说明书(功能/数据/接口需求)", 1,
        kind="技术资料", extract="text", commit="d5d1990b73965ff2275cfeeecee4c17123b6ede0"),
    _tech("Le0LeoLeo/career-guidance-system", _p("交接文档.md"), "职业指导系统交接文档(架构/接口/部署/待办, 项目内部)", 1,
        kind="技术资料", commit="c360ae34c7e7f6f5cf5df3b2a9c493f95d641950"),
    _tech("GISWLH/Glacier", _p("项目进展判断与下一步方案.md"), "全球冰川补给湖泊研究项目进展判断与下一步方案(已完成工作/驱动耦合/机制分析计划)", 1,
        kind="方案计划", commit="cff4880187050465e14869243f1a9b9d7158d999"),
    _tech("AYJk/docs", _p("配方与数值设计_v0.1.md"), "独立游戏《回收站怪才》配方表与数值设计v0.1(售价/成本/产出)", 1,
        kind="技术资料", commit="8171b264e8128e52afdf21f8a2e3d15328c56231"),
    _tech("HeGaYo/Automatic-deployment", _p("自动部署.md"), "私有云自动化部署平台需求与方案调研(目标用户/目标功能/部署工具对比)", 1,
        kind="技术资料", commit="66d1d5a67ad2a803120f13902b9cc240cb9495b3"),
    _tech("eyja42/javaAdvanced_Project", _p("项目进展.md"), "Java高级程序设计大作业开发进展(画面/地图生成思路与实现, 自己的设计)", 1,
        kind="工作报告", commit="99f9c9fbdc35acb6472d166cb6e97a2e5dc41988"),
    _tech("lmxchyy/monitor", _p("项目方案.md"), "5000家北京企业融资与招聘监控项目方案(数据源/架构/实施, 难例: 融资)", 1,
        kind="方案计划", commit="4decc59a8748e30be438bb1e3ec091f4cfbe800f"),
    _tech("butterbeerpyy/Sys", _p("答辩讲稿-小白版.md"), "PicoRV32矩阵加速器课程项目答辩讲稿(架构/DMA/性能结果)", 1,
        kind="技术资料", commit="123d354410e05441c23c9198bde9a7e3be8ce6ce"),
    _tech("Akihi11/DRIA", _p("docs/实验报表生成项目方案设计.docx"), "DHDAS实验报表生成模块方案设计(需求/架构/报表计算方案)", 1,
        kind="方案计划", extract="docx", commit="c1e750da677f97a14b83cac0341b67d22fc9bfda"),
    _tech("Innate-Labs/AI-dress-up", _p("交接文档.md"), "美搭穿搭App团队开发交接文档(架构/模块/开发约定, 项目内部)", 1,
        kind="技术资料", commit="9c6479943c311b0a8ec998843f286a234d689f3d"),
    _tech("hihilll/ur5-bin-picking", _p("方案设计.md"), "UR5无序抓取项目方案设计(ROS2架构/感知/规划/硬件)", 1,
        kind="方案计划", commit="cc603cb2ae7b75ab57904334bfc760c812742a6c"),
    # --- 内部: work logs that record progress only, personal plans and study notes, a team's convention and start guide
    _rules("Centaur-ZJU/RL_Gait_Generation", _p("工作日志.md"), "强化学习步态生成研究工作日志(环境安装/训练尝试, 只记进度)", 1,
        kind="工作报告", commit="f3a511240dbe135d1aa0bbcc29389920e453f2f3"),
    _rules("fafa1412/25GP-zyf", _p("docs/工作日志.md"), "本科毕设(rust异步函数跟踪)工作日志(只记进度)", 1,
        kind="工作报告", commit="7eb097a89a2a8072a14a0bf1b0500b25b7c066df"),
    _rules("forgrabbit/Summer2024", _p("工作日志.md"), "暑期智能小车实验小组工作日志(组员/每日进度, 只记进度)", 1,
        kind="工作报告", commit="133b192e453204482eb7316fb8223759f255af54"),
    _rules("AYJk/docs", _p("快速启动指南.md"), "《回收站怪才》白盒原型快速启动指南(团队内部上手步骤)", 1,
        kind="技术资料", commit="8171b264e8128e52afdf21f8a2e3d15328c56231"),
    _rules("Ionicliquid/Joeeeee", _p("2024计划/6月计划.md"), "个人6月学习计划(英语/技术学习清单, 个人计划)", 1,
        kind="方案计划", commit="e0f5ffe6a73af3c9b4cbccfd2ed436d0df42f89a"),
    _rules("mian8/github", _p("业务知识记录.txt"), "测试工程师证券业务知识记录(证券品种/交易规则, 个人学习记录)", 1,
        kind="技术资料", extract="text", commit="dd15684288d287f406852756395c627abaf1caf9"),
    _rules("dongyangyu1999/BlockchainNotes", _p("Vuejs学习笔记/19-Vuex详解.md"), "Vue.js学习笔记: Vuex详解(个人学习笔记)", 1,
        kind="技术资料", commit="61749ecb220724a2e6d520ef049c61dc975ba99f"),
    _rules("Innate-Labs/AI-dress-up", _p("素材命名规范.md"), "美搭团队衣服素材命名规范(命名规则/目录, 团队规范)", 1,
        kind="制度办法", commit="fdba1ca2ee69cd41c35b568ec548b238900a9df7"),
    _rules("hihilll/ur5-bin-picking", _p("docs/11_调研记录_发论文创新点与就业方向.md"), "机械臂抓取项目调研记录(论文创新点/就业方向/简历建议, 个人记录)", 1,
        kind="工作报告", commit="411605315e7abf251bec04e99627b8988301c557"),
    # --- 公开: a studio's published agreement, policy and white paper, a user manual, a national indicator set, articles
    _public("calcitem/Sanmill-WiKi", _p("EULA_zh.md"), "Calcitem直棋App最终用户协议(已发布)", 1,
        kind="产品手册", commit="8e49c1c81de98dfb148b7f21720a0930fa19d11b"),
    _public("calcitem/Sanmill-WiKi", _p("privacy_policy_zh.md"), "方解石工作室隐私政策(已发布, 非通用模板)", 1,
        kind="产品手册", commit="8e49c1c81de98dfb148b7f21720a0930fa19d11b"),
    _public("calcitem/Sanmill-WiKi", _p("开发白皮书.md"), "Sanmill直棋开源应用开发白皮书(已发布)", 1,
        kind="技术资料", commit="e1615253a42bc78b1b69c60b6e4014ec212f9692"),
    _public("KK456701/wiki-project", _p("core-rules-wiki/raw/national/medical_quality_core_system_indicators_2025_dify_cleaned.md"), "国家医疗质量安全核心制度要点指标(2025年版)整理稿(已发布文件, 难例: 核心制度/指标)", 1,
        kind="法规规章", commit="bfb10296b054b88679f0816052ef31f84ea5ee95"),
    _public("Akihi11/DRIA", _p("docs/用户使用手册.md"), "DRIA AI报表生成与对话助手用户使用手册(写给使用者)", 1,
        kind="产品手册", commit="e26ce2dba3ea74f1ce6c0f0c04b752a2a5d743fa"),
    _public("CheserEri/EmotionAgent", _p("docs/README.md"), "EmotionAgent本机AI角色原型说明(写给使用者)", 1,
        kind="产品手册", commit="226eb728aafcda970ca8e7119f454097600b2561"),
    _public("dongyangyu1999/BlockchainNotes", _p("论文笔记/Bitcoin A Peer-to-Peer Electronic Cash System.md"), "比特币白皮书中文导读(写给读者)", 1,
        kind="技术资料", commit="c1dfbdeb791a32de0a092750e4d6e62596f76de5"),
    _public("HeGaYo/Automatic-deployment", _p("kolla-ubuntu下验证.md"), "技术文章: kolla-ansible在ubuntu下部署OpenStack实战(写给读者)", 1,
        kind="技术资料", commit="d7682612c6babb17d5903383021e5aa07aac5f4f"),
    # --- second round: more repositories and more documents of this batch's repositories
    _tech("D-BugMaker/Markdown", _p("技术文档/功能设计/碰撞问题整理/1. 碰撞问题整理.md"), "游戏项目碰撞问题整理(碰撞通道/问题清单/处理方案, 项目内部设计)", 1,
        kind="技术资料", commit="daadddc337a7b996dc6ca7fe91776dea620faca5"),
    _rules("D-BugMaker/Markdown", _p("工作日志.md"), "游戏客户端开发者工作日志(性能优化/Gameplay任务清单, 只记进度)", 1,
        kind="工作报告", commit="222347d09f63d50f66bb377c6d1ca219be2d11bf"),
    _rules("BIT-CWH/Postgraduate-Study-Repo", _p("个人介绍及未来工作计划.md"), "研究生个人已有工作与未来工作计划(个人计划)", 1,
        kind="方案计划", commit="506fa713fa8e3e018e19668d8d8f683ff3e40446"),
    _public("hello-zhao/blog", _p("docs/v3/guide/index.md"), "Vue.js 3.x源码解析先导(已发布电子书, 写给读者)", 1,
        kind="技术资料", commit="e3ff5ff7b3e2a74336ba316d5ec799fe34c3080a"),
    _public("luzhipeng728/jianli", _p("README.md"), "智能简历解析与流式问答助手开源说明(功能/安装/使用, 写给使用者, 难例: 简历)", 1,
        kind="产品手册", commit="db34b47fb1196d709932ca6001b9ab605679af94"),
    _tech("luzhipeng728/jianli", _p("docs/plans/2026-01-07-ai-interview-system-design.md"), "AI线上面试系统设计文档(双智能体/笔试/语音面试/评估报告)", 1,
        kind="技术资料", commit="d9a4a8f819a22d2e845bc87ba79b0bf1390fcbcd"),
    _personal("luzhipeng728/jianli", "tests/samples/resume_sample.txt", "text", "测试样例个人简历(姓名/年龄/电话/邮箱/教育/工作经历, 示例数据)", "4bef84bb068f330b670de90ea41294d0f215d206", kind="清单名册"),
    _public("Azee177/jianli", _p("CHAT_FEATURE_GUIDE.md"), "简历助手智能对话功能使用指南(写给使用者)", 1,
        kind="产品手册", commit="84410c0f3f666bcf84ab44fc72a824f596fd6765"),
    _tech("Azee177/jianli", _p("docs/brief.md"), "简历优化产品流程需求说明(上传/OCR/岗位与JD共性/模板, 产品需求)", 1,
        kind="技术资料", commit="ebe5421eb478c221c01c1022b369526ced3674c0"),
    _tech("CodeExplorer-dev/healthy-assistant", _p("项目设计文档.md"), "智能健康饮食助手项目设计文档(功能/架构/数据库/接口)", 1,
        kind="技术资料", commit="5c70b88f1ddf17ae2ac08d35581c4417004cdd77"),
    _public("LEO0417/AI_Curriculum_2025", _p("README.md"), "AI课程体系2025项目简介(课程结构/学习路径, 写给学习者)", 1,
        kind="产品手册", commit="9f82667b866e5dad8ba97a420eff2e699d461d68"),
    _rules("LEO0417/AI_Curriculum_2025", _p("课程4_化境：企业级AI应用与商业化/4.0_化境：企业级AI应用与商业化.md"), "AI课程大纲: 企业级AI应用与商业化(课程简介/目录, 课程材料, 难例: 商业化)", 1,
        kind="制度办法", commit="f255c535b0f3826c7bcff1efa17520b87c63d5a5"),
    _rules("KK456701/wiki-project", _p("README.md"), "医院核心制度指标智能体说明(面向医院实施人员, 功能/启动, 内部系统手册)", 1,
        kind="产品手册", commit="f0c9429537b6aeaef293180ad60b2e32e663b51d"),
    _rules("hihilll/ur5-bin-picking", _p("docs/06_操作手册.md"), "UR5无序抓取项目操作手册(编译到整机跑通命令速查, 项目内部)", 1,
        kind="产品手册", commit="929fdb8379145786b766a51385de06dffd63091e"),
    _rules("lmxchyy/monitor", _p("README.md"), "企业融资与招聘监控系统说明(目标/规模/运行方式, 内部系统说明, 难例: 融资)", 1,
        kind="产品手册", commit="4decc59a8748e30be438bb1e3ec091f4cfbe800f"),
    _rules("HuaJie-Git/SANY", _p("README.md"), "SanVIST设备管理APP首页原型说明(项目简介/运行, 项目内部)", 1,
        kind="产品手册", commit="0c7e18556812a850af830a0ce7be30d6add4eb09"),
    # --- third round: more documents of this batch's mirrors (no fetch left)
    _public("ititrica/hozumi-portfolio", _p("README.md"), "HOZUMI个人摄影作品集网站说明(简介/交互/部署, 写给读者)", 1,
        kind="产品手册", commit="cd124d1be6d18f23fe646306d2143c0e9b83b41b"),
    _rules("ititrica/hozumi-portfolio", _p("新建项目工作流.md"), "摄影作品集网站新建项目工作流(命名规则/资料整理步骤, 内部流程)", 1,
        kind="制度办法", commit="f425b2d3d3c5dd99c24f73c2e96ad47e2e2c5f37"),
    _public("Centaur-ZJU/RL_Gait_Generation", _p("相关论文/最优多准则仿人机器人步态合成——一种进化方法.md"), "已发表论文中译: 最优多准则仿人机器人步态合成——一种进化方法(已发表)", 1,
        kind="技术资料", commit="4085e3952b64096abb4cb2c7fa6f2b1da83a0f38"),
    _public("hello-zhao/blog", _p("docs/v2/prepare/flow.md"), "Vue.js技术揭秘电子书: 认识Flow(已发布, 写给读者)", 1,
        kind="技术资料", commit="e3ff5ff7b3e2a74336ba316d5ec799fe34c3080a"),
    _public("hello-zhao/blog", _p("docs/v2/reactive/next-tick.md"), "Vue.js技术揭秘电子书: nextTick(已发布, 写给读者)", 1,
        kind="技术资料", commit="e3ff5ff7b3e2a74336ba316d5ec799fe34c3080a"),
    _rules("Azee177/jianli", _p("apps/api/启动说明.md"), "简历助手后端启动说明(启动方式/环境/常见问题, 内部开发说明)", 1,
        kind="技术资料", commit="366b8a31def70ef9bd76af030b8a5b64adf42052"),
    _rules("fafa1412/25GP-zyf", _p("README.md"), "本科毕设任务说明: rust操作系统异步函数跟踪(目标/工作内容, 任务书)", 1,
        kind="制度办法", commit="3f1491bdfe343a1c384425bcf8d9b0b277741475"),
    _rules("Ionicliquid/Joeeeee", _p("读书笔记/置身事内.md"), "读书笔记: 置身事内摘抄与感想(个人笔记, 难例: 政府投融资)", 1,
        kind="技术资料", commit="e0f5ffe6a73af3c9b4cbccfd2ed436d0df42f89a"),
    # SOURCES_END
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
