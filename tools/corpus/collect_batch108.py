"""Hundred-and-eighth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh107` (with batches 107 and 109): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with A-M (batch 109 takes N-Z and digits), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling). Every source is read at a pinned
commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling real documents" and this
batch's notes (see the batch-108 section written for classifiers/corpus/README.md): 公开 for READMEs, user manuals and
skill instructions written for users, blog and documentation-site articles, published user and registration
agreements and a public website page; 内部 for a team's development conventions and workflow, a project team's AI
prompts, work summaries and logs, a course syllabus and an exam sheet, a personal travel schedule and personal study
or reading notes; 秘密 for a CV and a student list with student numbers; 机密 for a company's requirement, design,
handover and analysis documents, a lending platform's blueprint, plan and open questions, prototype requirement pages,
course projects' own design and results, a test report and a restaurant's order-detail sheet; 绝密 for a list of
virtual-machine accounts with their passwords.

Exactly like batches 9, 11, ..., 105: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch108.py [--mirrors /work/.mirror] [--out /work/corpus/real108]
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

SEED = 20261108
BATCH = "108"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # SOURCES_BEGIN
    # --- 公开: open-source READMEs and skill manuals written for users ---------------------------------------------
    _public("LCbeijing/jiaojie", _p("skill/SKILL.md"), "Codex交接技能jiaojie使用说明(收尾/继续/重建交接, 开源技能, 写给使用者)", 1,
            kind="产品手册", commit="cba5d02f3432ebe1aa238ec488fb5781a700b0ad"),
    _public("crzwork2024/jixieshouce", _p("README.md"), "机械手册RAG系统开源说明(技术栈/目录/部署, 写给读者)", 1,
            kind="产品手册", commit="1205949e54f58d18a1763c4039b802b97f86c8b7"),
    # --- 内部: study notes ----------------------------------------------------------------------------------------
    _rules("AIZIJUAN/xiaoxiang_fengkong_peixun", _p("C_Scorecard/还款率预测模型介绍.txt"), "风控培训课还款率预测模型学习笔记(指标/建模步骤, 学习记录, 难例: 催收)", 1,
           kind="技术资料", extract="text", commit="1621e963bed9efb1387ab160392910311c0d4596"),
    # --- 机密: requirement/design documents, a handover document, development plans -------------------------------
    _tech("ll96victor/bangong", _p("aihelp效率提升/功能五：工单批量筛选和处理/工单筛选和批量处理需求2026-2-27 103231.md"),
          "游戏客服AIHelp工单批量筛选与处理油猴脚本需求(状态栏/功能模块/步骤)", 1, commit="ae873a7abc5b1865462b5be524fba3219477dd8f"),
    _tech("ll96victor/bangong", _p("aihelp效率提升/功能三：aihelp网址@客服信息提取2026-2-14/交接与维护文档.md"),
          "客诉助手脚本交接与维护文档(功能/入口函数/适用页面/版本)", 1, commit="d117acb6278bf741db38de9e580ffca5bbc8ec25"),
    _tech("ll96victor/bangong", _p("aihelp效率提升/功能五：工单批量筛选和处理/AIHelp工单批量筛选处理工具-优化分析报告.md"),
          "AIHelp工单批量筛选处理工具优化分析报告(问题/原因/改进方案)", 1, commit="ae873a7abc5b1865462b5be524fba3219477dd8f"),
    _tech("hellowordliurui/xuqiupingshen", _p("背景/prd.md"), "杠精评审团赛博辩论广场PRD(定位/用户画像/功能, 黑客松参赛)", 1,
          commit="cef9d4586bef19781bdd12e1d59155d8868bacd5"),
    _tech("hellowordliurui/xuqiupingshen", _p("背景/需求辩论-对话流程逻辑.md"), "需求辩论对话流程逻辑设计(准入/博弈/蓝图生成)", 1,
          commit="cef9d4586bef19781bdd12e1d59155d8868bacd5"),
    _tech("chuanheyuanyuan/p2p", _p("项目蓝图.md"), "P2P现金贷平台项目蓝图(业务目标/系统边界/服务划分/指标)", 1,
          commit="a58846c0a037ad89d5e12405542dc6cadd39f6da"),
    _tech("chuanheyuanyuan/p2p", _p("整体开发计划.md"), "P2P放贷平台整体开发计划(北极星指标/里程碑/分工)", 1,
          kind="方案计划", commit="68070c3eefc68aa10bfa3883084c675c7e7d2775"),
    _tech("chuanheyuanyuan/p2p", _p("开放问题与假设.md"), "P2P放贷平台开放问题与假设(监管/支付/KYC/审批待确认事项)", 1,
          commit="a58846c0a037ad89d5e12405542dc6cadd39f6da"),
    _tech("LiuGenius/Work-FanGenius", _p("需求/心理测评系统需求.md"), "心理测评系统管理端需求(组织/角色/量表/报告模块)", 1,
          commit="a507810497545916c532b1ff105984e6e16ec928"),
    _tech("LiuGenius/Work-FanGenius", _p("需求/团体生物反馈训练系统技术备案.md"), "团体生物反馈训练系统技术备案(实体设计/字段/接口)", 1,
          commit="980a81446292cd1661f4ba70d9204e00fbdb0a26"),
    _tech("LiuGenius/Work-FanGenius", _p("需求/工作台需求.md"), "公司工作台需求修改(授权项目报备/出差申请/新增表)", 1,
          commit="a507810497545916c532b1ff105984e6e16ec928"),
    _public("aglarevv/Stock-Tools", _p("README.md"), "股票工具箱StockToolbox开源说明(功能模块/安装/官网, 写给用户, 难例: 交易计划/复盘)", 1,
            kind="产品手册", commit="27bfdc621785e7e99608f10b1d536a54ee9b6cb4"),
    _rules("LinJT798/Hero-of-Dwarf", _p("开发规范.md"), "连连看塔防游戏团队开发规范(资源加载/命名/代码组织)", 1,
           kind="标准规范", commit="54964c65b82d9ea5f6e2665ff218c21b906ace5d"),
    _rules("LinJT798/Hero-of-Dwarf", _p("开发工作流文档.md"), "连连看塔防游戏开发工作流文档(环境/日常开发/测试/部署流程)", 1,
           kind="标准规范", commit="32092c6bc8e96944a58e65956201532a0c03dbe4"),
    _tech("LinJT798/Hero-of-Dwarf", _p("docs/资源经济系统需求.md"), "连连看塔防游戏资源经济系统需求(资源类型/掉落/消耗)", 1,
          commit="32092c6bc8e96944a58e65956201532a0c03dbe4"),
    _tech("IcedVodka/Amber", _p("流珀 同步模块开发文档 (Sync Feature).md"), "流珀时间记录App同步模块开发文档(WebDAV/ETag/冲突解决/UI)", 1,
          commit="c8ba764f748c958e1740171f832be57ad99f327e"),
    _tech("IcedVodka/Amber", _p("md/阶段2开发文档.md"), "流珀App第二阶段开发文档(UI布局/交互逻辑)", 1,
          commit="d743e98fa2e0b43ae5e1d939ad444d18153ce8f1"),
    _personal("HandsomeBrotherShuaiLi/python_mathematicsmodeling", "名单.xlsx", "xlsx", "同济大学课程学生名单(学号/姓名/性别/专业/签名栏)",
              "e4d7b2a6cc5f08801def7702bf5c10cb2c2ebcbf"),
    _public("dengfeng520/xiaoshiguangBlog", _p("OpenSource/如何参与到开源项目中.md"), "博客文章: 如何参与到开源项目中(Issues/Fork/PR流程, 写给读者)", 1,
            kind="技术资料", commit="b1415af03afe924efbc0e8fb2a7ad7615784b282"),
    _rules("dengfeng520/xiaoshiguangBlog", _p("年终总结.md"), "软件公司iOS开发员工年终总结(开发模块/完成情况/计划, 只记工作进度, 难例: 博客仓库)", 1,
           kind="工作报告", commit="b27ad7e6dfc6c413f17f1cb277bb6d16c5a5642e"),
    _public("MingJiangLong/mingjianglong.github.com", _p("originArticle/移动端低代码.md"), "个人博客文章: 移动端低代码设计构想(组件/拖拽/导出, 写给读者)", 1,
            kind="技术资料", commit="43077b4d0bd024373a1bf01bf607f46537112b28"),
    _rules("gengarneko/Notes", _p("年终总结.md"), "前端工程师2019年度工作回顾(按周报整理的项目时间轴/不足/方向, 只记工作, 难例: 年终总结)", 1,
           kind="工作报告", commit="df9af38e32c88674a3a020c435a70227570858d9"),
    _credentials("FengYuchenGuang/javaCloud", _p("密码.txt"), "text", "本地虚拟机账号密码记录(Ubuntu/CentOS用户名/root密码/内网IP)",
                 "清单名册", commit="5a1acc2c7bc8baa6f45179949a8cc9d673f5051a"),
    # --- batch of mirrors fetched in earlier sessions that no batch used, and more documents of this batch's repositories ---
    _public("guoguofang3-ai/Meow", _p("meow-bark-cron-部署说明.md"), "喵喵机Bark定时推送Worker部署说明(变量/测试地址/接口, 写给使用者, 占位符)", 1,
            kind="产品手册", commit="6c4c799d4c87c28e5bd077a8c6ea830343773472"),
    _public("dengfeng520/xiaoshiguangBlog", _p("RPChat/构建一个开源库.md"), "博客文章: 基于MVVM构建聊天App之构建自己的开源库(写给读者)", 1,
            kind="技术资料", commit="4f606e2e7f56274e4d33d3818ea400b3683e1b38"),
    _public("MingJiangLong/mingjianglong.github.com", _p("originArticle/阅读.md"), "个人博客转载文章: 从启用HTTP/2导致网站无法访问说起(写给读者)", 1,
            kind="技术资料", commit="43077b4d0bd024373a1bf01bf607f46537112b28"),
    _public("IcedVodka/Amber", _p("README.md"), "流珀时间记录App开源说明(功能/平台/构建, 写给用户)", 1,
            kind="产品手册", commit="9e077dde806f1b470b29c671641382f70f431eec"),
    _rules("AlucardSama/Notes", _p("自定义View.md"), "Android自定义View学习笔记(摘录/练习, 个人学习记录)", 1,
           kind="技术资料", commit="bb5d92411d9146b48bb8e79d81a52d665ba36b9e"),
    _rules("AlucardSama/Notes", _p("微擎学习.md"), "微擎框架目录结构与开发学习笔记(个人学习记录)", 1,
           kind="技术资料", commit="ae8a12a3437c499291723968e633d052f6deeb43"),
    _rules("Cooper1307/Organizational-Behavior-Course", _p("工作日志.md"), "组织行为学课程学习工作日志(按日期记工作区搭建/学习进度)", 1,
           kind="工作报告", commit="1125666285b7eca4679af3e7517772927f82df7d"),
    _rules("Cooper1307/Organizational-Behavior-Course", _p("归档/课程大纲核心内容-魏云巍.md"), "组织行为学课程大纲核心内容(各章内容/教学要求/重难点)", 1,
           kind="制度办法", commit="1125666285b7eca4679af3e7517772927f82df7d"),
    _rules("gengarneko/Notes", _p("#毕业设计/前后端分离之知乎/01-项目环境和用户表设计.md"), "毕业设计仿知乎项目环境与用户表学习笔记(按教程步骤, 难例: 毕业设计/表设计)", 1,
           kind="技术资料", commit="d94130803539094f3bdbcd99f79136b6439ca469"),
    _rules("kjlsastop-cyber/PM_Assistant", _p("prompts/药监局项目助手.md"), "药监局政务信息化项目组AI助手提示词(角色/职责/工作方式, 难例: 药监局/密码应用/零信任)", 1,
           kind="标准规范", commit="9b60afa3f9de68cb3bfefe754909edb36aadaacd"),
    _rules("kjlsastop-cyber/PM_Assistant", _p("prompts/产品经理助手.md"), "产品经理助手提示词(工作风格/输出要求, 团队内部工具)", 1,
           kind="标准规范", commit="9b60afa3f9de68cb3bfefe754909edb36aadaacd"),
    _rules("FengYuchenGuang/javaCloud", _p("指令/docker/docker常见命令.md"), "微服务课程Docker常见命令学习笔记(个人学习记录)", 1,
           kind="技术资料", commit="2808300dbb285db8018ac6676256acd90a8d1190"),
    _rules("fgvjpp/zongjie", _p("插件使用/Gsap动画库.md"), "前端GSAP动画库使用笔记(安装/示例, 个人学习记录)", 1,
           kind="技术资料", commit="d00e2a2e59ac432af0b5d5e30bf06f5dd6531786"),
    _rules("HandsomeBrotherShuaiLi/python_mathematicsmodeling", _p("python数学建模期末大作业.docx"), "同济大学Python数学建模期末大作业(题目要求/学生作答代码, 难例: 期末)", 1,
           kind="制度办法", extract="docx", commit="e4d7b2a6cc5f08801def7702bf5c10cb2c2ebcbf"),
    _tech("ConnieHan2019/Huffman-Compress-and-DeCompress", _p("开发手册.docx"), "哈夫曼压缩解压课程项目开发手册(设计构思/压缩性能测试结果/问题)", 1,
          extract="docx", commit="533d3c22877cdfca51a398023c74f249bf060998"),
    _tech("FDME/AlgorithmEvaluationOpenCV", _p("测试报告.docx"), "OpenCV面板识别算法测试报告(光照/角度/测试结果/改进建议)", 1,
          kind="工作报告", extract="docx", commit="728f7938c14492b92db949bc3bc127a447522c0d"),
    _public("Lmy0401/xunfeiVideo", _p("README.md"), "输入法皮肤展示视频自动化系统原型说明(演示App能力/运行方式/脚本格式, 写给使用者)", 1,
            kind="产品手册", commit="f18f2523cc81d0911a5e5693b4787f15234affeb"),
    _public("liuchenxu125/AMP_mjlab", _p("README_zh.md"), "人形机器人AMP拟人行走训练框架中文说明(安装/训练/部署, 写给读者)", 1,
            kind="产品手册", commit="97e277f9fbf9a15587ed4b82eda9bc1774c2f9bb"),
    _public("Jackvideo/LabSystem", _p("README.md"), "科研管理系统课程项目开源说明(简介/技术栈/运行, 写给读者)", 1,
            kind="产品手册", commit="1c39b3e2a2c461c0b257863035b942e180d8f27d"),
    _public("baggins37/arcade", _p("private.txt"), "网页及软件服务用户协议(注册/使用规范/免责, 面向用户发布)", 1,
            kind="产品手册", extract="text", commit="46131396d5a82c48aa8700b7077ec87b278f849c"),
    _public("liuxindeku/gongsi", _p("page/zc_protocol.html"), "金刚金服理财平台注册协议(平台运营方/用户保证/风险提示/免责, 面向用户发布, 难例: 理财/风险)", 1,
            kind="产品手册", extract="html", commit="1bd7193fac8811ffd7541a73c717cdbf761b6e64"),
    _personal("BigabilityLiu/MyWikis", "简历.md", "md", "iOS开发工程师个人简历(姓名/电话/邮箱/学历/工作经历/项目)",
              "860542713061f6cc030da5f9f2fedd62b566e4c1"),
    _rules("BigabilityLiu/MyWikis", _p("读书笔记/OKR工作法.md"), "《OKR工作法》个人读书笔记(目标/关键结果/团队聚焦, 学习记录, 难例: OKR)", 1,
           kind="技术资料", commit="c82922a2c9b9f9e795879dc3c32d9eb571e998bd"),
    _rules("Alexzjt/notes", _p("Java/jvm.md"), "Java虚拟机内存结构与垃圾回收学习笔记(个人学习记录)", 1,
           kind="技术资料", commit="ef43ccaff9cf711b020caaf17bf82aae52370f55"),
    _public("deagman/DBTester", _p("用户手册.docx"), "国产数据库与文件系统测试原型软件用户手册(功能/界面/测试项配置, 写给用户)", 1,
            kind="产品手册", extract="docx", commit="076389b823cb1644d3791c50e574645a66ba950a"),
    _public("miracle-wave/shop_system", _p("README.md"), "百佳超市购物系统开源说明(项目描述/功能, 写给读者)", 1,
            kind="产品手册", commit="05ab4ede7abd250bf5970478c36cbf11d80c8ce1"),
    _public("cchangcs/trash-classification", _p("README.md"), "智能垃圾分类系统开源说明(安装/训练/预测, 软件杯参赛, 写给读者)", 1,
            kind="产品手册", commit="7172e2b0716af57805f532716d092a8f68331b40"),
    _public("BclCraft/BclCraft-official-website", _p("function.html"), "BCLcraft服务器官方网站功能与指令说明页(公开网站)", 1,
            kind="产品手册", extract="html", commit="78adc47bfd60801f826ed62216ecc06c5c815c34"),
    _public("GUOMIANRUI/qiuzhiquan", _p("DjangoUeditor/readme.txt"), "DjangoUeditor模块说明(安装/配置/使用, 第三方开源模块文档)", 1,
            kind="产品手册", extract="text", commit="a83031328a02db1191a6a7a1a2a16994d83116b9"),
    _public("dongzongao/hutuwendang", _p("README.md"), "Java后端技术文档站说明(目录/在线阅读, 写给读者)", 1,
            kind="技术资料", commit="4436d689394875516789f82789ea74ce2bc94cea"),
    _public("dongzongao/hutuwendang", _p("docs/methodology/开发方法论.md"), "技术文档站文章: 开发方法论(需求分析/设计/评审, 写给读者, 难例: 需求分析)", 1,
            kind="技术资料", commit="08e48e8a7185224a1358cfbb94efd9ed5c49a80e"),
    _public("lastyrc/bianbao", _p("服务协议.html"), "变宝网再生资源交易平台用户服务协议(注册/商机发布/封禁, 面向用户)", 1,
            kind="产品手册", extract="html", commit="4e46585035aeb4fe7c47c3e78b31f4682916c9a7"),
    _rules("mgno32/trip_planning", _p("巴黎行程表.xlsx"), "个人巴黎旅行逐日行程表(景点/门票/交通/开放时间, 个人日程)", 1,
           kind="工作报告", extract="xlsx", commit="62176e842b9bdc596d0a5743d7c20c8107f537d8"),
    _tech("kexuegroup/CarShopkeeper", _p("登录-验证码.html"), "一点车门店端登录页原型需求说明(页面描述/输入项/流程图)", 1,
          extract="html", commit="31693b06e87a2bd447d87588e26e167fe58bf602"),
    _tech("kexuegroup/CarShopkeeper", _p("录入.html"), "一点车门店录入页原型需求说明(店铺信息字段/必填规则)", 1,
          extract="html", commit="31693b06e87a2bd447d87588e26e167fe58bf602"),
    _tech("data-science-in-action/project-rockets", _p("项目计划书/Proposal.html"), "数据科学课程项目研究计划书(疫情迁徙/研究问题/数据来源/方法)", 1,
          kind="方案计划", extract="html", commit="1458807ea10162c37c2ce9a61e1766071f9b2cec"),
    _tech("data-science-in-action/project-rockets", _p("最终报告/part3/最终报告part3.html"), "数据科学课程项目最终报告第三部分(互相关分析/模型结果)", 1,
          kind="工作报告", extract="html", commit="37324a37a10422f9eb4a300d623c0fb52d757c42"),
    _tech("gtsolo/wendang", _p("data_excel.xlsx"), "餐厅订单明细数据表(订单号/菜品/数量/金额/下单时间/员工号, 难例: 教学样例数据)", 1,
          kind="清单名册", extract="xlsx", commit="41cb2c0b9ca5540239616ee0f158787d95a1e16d"),
    # SOURCES_END
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
