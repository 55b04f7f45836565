"""Batch 119 of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh117` (with batches 117 and 118): nothing was run on these texts and no classifier
may be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 118 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by another batch's script,
a README section or a brief's ban list. Almost all of them come from old `fetch` mirrors in /work/.mirror that no
manifest row used. Every source is read at a pinned commit (the commit that last added or changed the file).
Labels follow DESIGN.md "Labelling real documents" and this batch's notes (see the batch-119 section written for
classifiers/corpus/README.md): 公开 for published user agreements, open-source projects' user manuals, READMEs and
bundled guides, a college's web pages, blog posts and articles written for readers; 内部 for a team's code-review
standard, a company's Java coding rules, a platform project's compliance rules, routine work summaries, a personal work
plan and study notes; 秘密 for three CV templates (placeholders only, labelled as the CVs they are templates for; every
roster, score list and attendance sheet found was under the collector's 120-character floor or held real personal
data); 机密 for teams' own requirement, design and test documents, PRD field definitions and business rules, a course
design report and a price-comparison table; 绝密 for an events platform's membership pricing design and its pricing-and-
packaging draft (pricing plans). No credential list could be used (see the section). Left out (never use them): the
repositories in LEFT_OUT below (real credentials or personal data).

Exactly like batches 9, 11, ..., 116: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch119.py [--mirrors /work/.mirror] [--out /work/corpus/real119]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    _template,
    run_repository_batch,
)

SEED = 20261119
BATCH = "119"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")

# Repositories looked at for this batch and left out: real personal or company credentials, live API keys or real
# personal data (names only; never their values).
LEFT_OUT = (
    "sakuar43/ershou",  # a real QQ mailbox with its SMTP authorisation code in settings.py
    "Nikki0402/YuanGongGuanLiXiTong",  # SQL employee rows with real-looking phone numbers and QQ e-mail addresses
    "XiaocaiKun1/hospital",  # SQL patient registrations with ID-number-like values
    "QuestStory/XiaoXianSystem",  # SQL rows with a real-looking phone number and student numbers
    "Piercely/HIMS_master",  # a test account given as an ID-number-like value
    "TAMCHINGLOL/newSpaperSystem",  # an account given as a real-looking phone number
    "zkhaoo/r106",  # a Wi-Fi password
    "SongJgit/web-app",  # a root password that looks personal
    "xiaoxiaovv/sgShop",  # CodePush deployment keys in its SDK documents
    "StormMapleleaf/Nvidia4090",  # real students' names and classes
    "StarlitSKy88/jianli",  # a real QQ mailbox with its production login password in a bug note
    "TQHYES/Test-1",  # files of credit-card and mobile numbers (data-leak test material)
    "1620428040/GDDocument",  # a WeChat app id and secret in a controller
    "SYSU-yizhu/yizhu",  # a generated Jenkins initial admin password in its deployment document
    "xiyouweiyin/gtHeTong",  # a remote database account with its password in jdbc-config.properties
    "simple-jbx/summary-of-test",  # a real person's CV (name, phone, e-mail, address) named 简历模板
)


SOURCES = (
    # --- 公开 ----------------------------------------------------------------------------------------------------
    _public('wodx521/testPic', _p('用户协议.html'), 'App用户注册使用协议(已发布网页, 难例: 协议)', 1, kind='产品手册', extract='html', commit='c4a64442942109a94f01030d8aaf7afafb0f1f68'),
    _public('qiufeng1990/fomt360-app', _p('用户协议.html'), '欧特智造网站用户协议(面向用户, 难例: 合约/知识产权)', 1, kind='产品手册', extract='html', commit='c10e3a796676ab40f30d092d36d5bd5a63430233'),
    _public('1catmint1/Muti_Agent_Debug_System', _p('用户手册.md'), '多智能体代码调试系统用户手册(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='e0c973e130b932fdfadb4ea94c97a00f7f7f0e5b'),
    _public('qisumi/fanqie-qimao-downloader', _p('README.md'), '小说下载书库工具说明(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='307236476a02a0bd81bcbb9b035689558626111e'),
    _public('1422792458/HTML-hefeicaijinzhiyejishuxueyuan', _p('web/学院简介.html'), '合肥财经-讯飞人工智能学院简介(学院网站公布)', 1, kind='公告', extract='html', commit='ae5df377291ed588ec6466a227589b734ffbc397'),
    _public('sunlightrain/sunlightrain.github.io', _p('Oracle 集群概念和原理.md'), 'Oracle高可用集群方案技术文章(个人站点公布)', 1, kind='技术资料', extract='md', commit='6ba39e795a19c0fe22cfdf324119fcc1610cbd57'),
    _public('zua0226/zua0226.github.io', _p('blogs/web.md'), '个人主页建站完全指南(博客, 写给读者)', 1, kind='技术资料', extract='md', commit='e540ad68f47a925dc355d0872252a2f06eda0fce'),
    _public('shiyudesu/interview-guide', _p('README.md'), 'InterviewGuide自托管AI面试平台说明(开源项目, 难例: 简历分析)', 1, kind='产品手册', extract='md', commit='9112484b63d2f01edc397fae7ec62e7c88668786'),
    _public('zxcvbnmkj/pyqt_bioactivity', _p('readme.md'), '药物分子活性预测程序使用手册(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='a31817f4113793c555bc599e717c0215375cf6cf'),
    _public('XAUAT-Aoki/Document', _p('04行业规范/阅读资料/规范、标准及规程区别与联系.docx'), '标准/规范/规程区别与联系(公开资料)', 1, kind='技术资料', extract='docx', commit='de6ce11046bec8b67a2f28413e3610a7559d5a91'),
    _public('1422792458/HTML-hefeicaijinzhiyejishuxueyuan', _p('web/专业介绍.html'), '合肥财经-讯飞人工智能学院专业介绍(学院网站公布)', 1, kind='公告', extract='html', commit='ae5df377291ed588ec6466a227589b734ffbc397'),
    _public('yb345678/toubiao', _p('README.md'), 'AI招投标多智能体系统项目说明(开源项目, 难例: 招投标/资质打分)', 1, kind='产品手册', extract='md', commit='a8f24ba6e09af03183322977eaffb5609be2f4ff'),
    _public('Yizhou147/qbittorrent-android', _p('README.md'), '安卓qBittorrent客户端说明(开源项目, 面向用户)', 1, kind='产品手册', extract='md', commit='2ef9c6e518a37943f0883cdcaa4cc7ed9b388cf0'),
    _public('WindyGrin/opennovel', _p('.opencode/genres/rules-mystery/revelation-design.md'), 'AI小说创作工具内置本格推理真相揭示写作指南(开源项目)', 1, kind='技术资料', extract='md', commit='c9bb5da025b87a17f7bfbc547cacc6737dae94a7'),
    _public('v10456/LuaGo', _p('2020/05/28/文章Butterfly/Butterfly-安裝文檔-一-快速開始/index.html'), 'Butterfly主题安装文档:快速开始(博客公布, 繁体)', 1, kind='产品手册', extract='html', commit='fb4e960a4a3085480afe70d7860ee524f5ac75b7'),
    _public('Panzhongsheng/autumn-calling-diary', _p('秋招日记.md'), '个人秋招经历总结(写给读者, 难例: offer/面试)', 1, kind='技术资料', extract='md', commit='b75c1bb41f88666159052344b332f723f381138b'),
    # --- 内部 ----------------------------------------------------------------------------------------------------
    _rules('351642983/gcgltest1', _p('代码评审标准.docx'), '团队代码评审标准(好代码与坏代码, 难例: 老板考察)', 1, kind='制度办法', extract='docx', commit='e7d5f6310c38478dc5bb666f3e66095bebc8b923'),
    _rules('XAUAT-Aoki/Document', _p('04行业规范/阅读资料/华为java编程军规.docx'), 'IT产品线Java编程军规(企业内部规范, 难例: 军规/事故)', 1, kind='制度办法', extract='docx', commit='de6ce11046bec8b67a2f28413e3610a7559d5a91'),
    _rules('Wanjin5508/fs', _p('文献综述写作技巧.md'), '个人文献综述写作技巧笔记', 1, kind='技术资料', extract='md', commit='892bbe730939ca648d15420fc17338e8f17d9e95'),
    _rules('YTIANYE/F-MADDPG', _p('工作计划/工作计划.md'), '联邦学习网络个人研究工作计划', 1, kind='方案计划', extract='md', commit='d451ad116e5ffbec8084c84051c246f29c73a0c8'),
    _rules('sunlightrain/sunlightrain.github.io', _p('tasks_summary.md'), '运维任务汇总与事件分类统计(个人工作记录)', 1, kind='工作报告', extract='md', commit='8431c0484c340fe7825a08ea7c6055be7ca1ab58'),
    _rules('yx-long/xiangmuzongjie', _p('总结/总结概念.md'), '个人后端概念总结笔记(幂等/分布式)', 1, kind='技术资料', extract='md', commit='f63ded11ff877c4173f43afdf0731bcb30ac5b58'),
    _rules('1767058165/file', _p('codeIgniter.txt'), '个人CodeIgniter框架学习笔记', 1, kind='技术资料', extract='text', commit='f4c0faa53ad0f07869b49dc6b291b00820f2a47e'),
    _rules('shishijia1120/typora', _p('牛客网刷题整理.md'), '个人牛客网刷题知识点整理', 1, kind='技术资料', extract='md', commit='f0f71857a6dab5c9a194e1e1d01a913b0ca900a6'),
    _rules('sunlightrain/sunlightrain.github.io', _p('monthly_summary.md'), '运维工作月度汇总(10-12月要点/未完成事项)', 1, kind='工作报告', extract='md', commit='8431c0484c340fe7825a08ea7c6055be7ca1ab58'),
    _rules('17637067893/note', _p('面试.md'), '个人前端面试知识笔记', 1, kind='技术资料', extract='md', commit='743f7be50914a6d53d7bd3697756d42728b163a0'),
    _rules('stdout-zhou/Flink', _p('Notes/1.md'), '个人Flink入门课程学习笔记', 1, kind='技术资料', extract='md', commit='4daf16b4c87ea0f5f798884a7834d9f38694b21a'),
    _rules('0xRyanlee/party.com.tw', _p('docs/business/compliance/COMPLIANCE_SPEC.md'), '活动平台项目合规与业务逻辑规范(交易/收入/平台规则, 难例: 合规/税务)', 1, kind='制度办法', extract='md', commit='6dbea978021b31b0d5601817f23a8799bfe165e3'),
    # --- 秘密 (templates) ----------------------------------------------------------------------------------------------------
    _template('Panzhongsheng/autumn-calling-diary', '简历模板.docx', 'docx', '秘密', 'personnel', '嵌入式工程师求职简历模板(基本信息/教育/项目/实习, 占位符)', 'b75c1bb41f88666159052344b332f723f381138b'),
    _template('SJHNJU/paper_list', '简历模板.docx', 'docx', '秘密', 'personnel', '研究生求职简历模板(教育/科研/实习, 占位符)', '38eb4cdbfc2de1a34fddef01d462d75300fa2343'),
    _template('youngyangyang04/Markdown-Resume-Template', 'README.md', 'md', '秘密', 'personnel', 'Markdown程序员简历模板(个人信息/经历/项目, 占位符)', '3010ff78129a8f39eeabe01e303a129c791f9af3'),
    # --- 机密 ----------------------------------------------------------------------------------------------------
    _tech('qmuen/TAIJIE_PRODUCT-700e-portal', _p('个人中心数据字段要求及边界值.html'), '企业门户个人中心数据字段要求及边界值(PRD)', 1, kind='技术资料', extract='html', commit='e11a4cf2f53554e08a742d5b7c5b825e4e179c57'),
    _tech('shangshanruoshuigp/chenmin', _p('业务数据.html'), '代理记账服务平台业务数据字段定义(PRD)', 1, kind='技术资料', extract='html', commit='9733d8be0a5482e3155a79a057d3983fd951c06b'),
    _tech('sherier/dache', _p('派单规则.html'), '打车小程序拼车派单规则(产品原型说明)', 1, kind='技术资料', extract='html', commit='95206198d47f7dd5fd56d7b8c0587d38831eb868'),
    _tech('WAW689/Medal-Todo-MiniProgram', _p('docs/prd.md'), '勋章待办小程序需求文档(PRD)', 1, kind='技术资料', extract='md', commit='0819aea24c81c341e7387e20cf713a96bf742a94'),
    _tech('NevermeChu/AgentMesh', _p('Multi-Agent Bridge MVP 实现需求.md'), '多Agent桥接MVP实现需求', 1, kind='技术资料', extract='md', commit='f0dff188568222dd22ad5cfcf592dfd6c2eab976'),
    _tech('NevermeChu/AgentMesh', _p('PROBLEMS.md'), 'AgentMesh开发问题/根因/解决记录', 1, kind='技术资料', extract='md', commit='f0dff188568222dd22ad5cfcf592dfd6c2eab976'),
    _tech('4332001876/ustc_schedule', _p('需求文档.docx'), '蜗壳时光日程App产品需求文档', 1, kind='技术资料', extract='docx', commit='7a5926ce3c041089b4677bbce001ecc5cce31d4d'),
    _tech('wshvs/order', _p('概要设计.docx'), '医院在线预约挂号系统概要设计', 1, kind='技术资料', extract='docx', commit='d16a3f587e00e0aec1e383c46f10c2bd5afd601f'),
    _tech('XAUAT-Aoki/Document', _p('开发文档/需求说明书V2.0-西建大图书馆座位预定系统.docx'), '图书馆座位预定系统需求说明书(难例: 页眉密级写内部公开)', 1, kind='技术资料', extract='docx', commit='5caf1c8fa38d0aae3cea9085be263cf6e8b81621'),
    _tech('RaydeRais/wineisall', _p('提取字段pro.xlsx'), '进口威士忌报关单价与市场价比对表(经营单位/单价)', 1, kind='报表', extract='xlsx', commit='153ad23ddb452f74b73ccc49651785b939183c1e'),
    _tech('ZeroBooster/pk', _p('测试文档.docx'), '图书管理系统测试文档(用例/结果)', 1, kind='技术资料', extract='docx', commit='9c809c1a1c790035374de15a2f4d7dd711786329'),
    _tech('prm10/spark_java_program', _p('协同过滤算法文档.docx'), '热点用户打压协同过滤算法设计文档', 1, kind='技术资料', extract='docx', commit='58521e56544b68122bffa55c18b808c42f3b825b'),
    _tech('z-flower/c-addressList', _p('通讯录.docx'), '通讯录管理程序课程设计报告(自有功能设计, 难例: 通讯录)', 1, kind='工作报告', extract='docx', commit='00b09233f1fb5b12a0dcf4138b141943c7a1ba10'),
    # --- 绝密 ----------------------------------------------------------------------------------------------------
    _plan('0xRyanlee/party.com.tw', _p('docs/business/monetization/membership-design.md'), 'Party活动平台会员订阅层级与定价设计(各Tier月价/权限边界)', extract='md', commit='6dbea978021b31b0d5601817f23a8799bfe165e3'),
    Pinned('0xRyanlee/party.com.tw', _p('.agent/docs/04-Monetization/Pricing-Packaging.md'), 'md', '绝密', 'strategy', '方案计划', _DRAFT, 'Party订阅方案与定价策略草案(方案/折扣/升级转化率目标, 难例: 价格占位)', 1, '864d0b413a8c5f4be1b6c51e63c39a00d12e4d0b'),  # marked 草案: a draft
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
