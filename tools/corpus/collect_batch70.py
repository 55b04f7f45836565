"""Seventieth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh68` (with batches 68 and 69): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories, one source
group per repository, at most 3 documents from one, none of them in the manifest yet and no owner of a manifest
repository (no sibling). Some are read at a pinned commit: the file was removed or renamed after it, and the mirror
keeps the history. 公开: user manuals written for the users of course and hobby projects and small tools, apps'
published privacy policies and user agreements. 内部: work summaries and weekly reports that record progress or learning
only, teams' development and code-review conventions, a course design report and students' reflections. 秘密: job
seekers' CVs (phone, e-mail) and a training system's employee table with personal data (SQL). 机密: requirement
specifications, a system test report, an address-data design scheme, a competitor study of the team's own product,
work summaries that carry the project's architecture or results, a feature requirement, a website's test report, team
meeting records (rule 6) and a middleware account list whose passwords were blanked out (rule 5: an inventory without
passwords; 难例). 绝密: an open-source community's grant application (requested amount, budget, funding sources) and
operation plan, and a contest team's operation and promotion plans. Labels follow DESIGN.md "Labelling real documents"
and this batch's notes; sources tried and dropped are listed in the batch-70 section written for
classifiers/corpus/README.md.

Exactly like batches 9, 11, ..., 64 and 66: files are read from local git mirrors (`fetch` snapshots, `--mirrors`)
chosen by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources
and label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every
other batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to
OUT/rejected.tsv). A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and
SQL (`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch70.py [--mirrors /work/.mirror] [--out /work/corpus/real70]
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
    _minutes,
    _p,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261270
BATCH = "70"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


def _template(repo: str, pattern: str, note: str, level: str, category: str, extract: str = "docx",
              commit: str = "") -> Pinned:
    """A blank template, labelled as the document it is a template for (this batch's note; DESIGN rule 1)."""
    return Pinned(repo, pattern, extract, level, category, "模板空白表", _DRAFT, note, 1, commit)


def _draft(repo: str, pattern: str, note: str, kind: str = "工作报告", extract: str = "docx", commit: str = "") -> Pinned:
    """A draft (征求意见稿) of an internal document: 内部, publication draft."""
    return Pinned(repo, pattern, extract, "内部", "internal", kind, _DRAFT, note, 1, commit)


SOURCES = (
    # --- 公开: user manuals written for the users of course and hobby projects, apps' published privacy policies and
    # user agreements (rule 2)
    _public("heart-bank/yuanshan-health-website", _p("隐私政策.html"), "元膳健康平台隐私政策(已发布)", 1, kind="产品手册", extract="html"),
    _public("heart-bank/yuanshan-health-website", _p("用户协议.html"), "元膳健康平台用户服务协议(已发布)", 1, kind="产品手册", extract="html"),
    _public("FLLLIGHT/Tetris_PJ1", _p("用户手册.docx"), "俄罗斯方块课程项目用户手册(操作/规则)", 1, kind="产品手册", extract="docx"),
    _public("JakLiao/JavaGame", _p("用户手册.docx"), "数独游戏用户手册(难度/填数操作)", 1, kind="产品手册", extract="docx"),
    _public("agukl/tankWar", _p("用户手册.docx"), "坦克大战软工项目用户手册(登录/玩法)", 1, kind="产品手册", extract="docx"),
    _public("ILfengzi/TMSshopping", _p("使用说明书.docx"), "网上购物系统使用说明书(权限/运行环境, 难例: 管理员账号)", 1, kind="产品手册", extract="docx"),
    _public("xloveheineken/offlinebill-privacy", _p("隐私政策.html"), "离线记账本App隐私政策(已发布)", 1, kind="产品手册", extract="html",
        commit="be4b31117ee4f076fc0b84569a746f036bc010d6"),
    _public("lihb2025/QPE_GUI", _p("用户手册.docx"), "X波段天气雷达数据处理软件用户手册", 1, kind="产品手册", extract="docx"),
    _public("jojokjw/food_test_6", _p("用户手册.docx"), "菜品推荐系统用户手册(课程项目)", 1, kind="产品手册", extract="docx"),
    _public("houjianchun/miliinsurance", _p("附录-用户协议文案.html"), "保险推广平台App用户协议文案", 1, kind="产品手册", extract="html",
        commit="54060bc6224507902753300d34d9530cf7dbbafd"),
    _public("zyb088/2020-B18-Code-scanning-operation-and-maintenance-platform-for-power-equipment", _p("产品安装和使用说明.docx"), "码上运维App产品安装和使用说明书", 1, kind="产品手册", extract="docx"),
    _public("SchrdingerCAT123/oct", _p("用户手册.docx"), "OCT影像斑块识别系统用户使用手册", 1, kind="产品手册", extract="docx"),
    _public("Irrawa/godsFighting", _p("用户手册.docx"), "回合制对战游戏用户手册(课程作业)", 1, kind="产品手册", extract="docx",
        commit="f338218e0d13863b0855e217602b1e91b78df0da"),
    _public("moss-xxh/enershare", _p("隐私政策.html"), "家用储能App隐私政策", 1, kind="产品手册", extract="html"),
    _public("moss-xxh/enershare", _p("用户手册.html"), "家用储能系统设备手册(规格/安装/使用)", 1, kind="产品手册", extract="html"),
    _public("fenglbl/tlct", _p("用户协议.html"), "TLCT软件用户协议(授权查询/服务条款)", 1, kind="产品手册", extract="html"),
    # --- 内部: work summaries and weekly reports that record progress or learning only, teams' development conventions,
    # a course design report and a student's reflections
    _rules("7Nora7/xiaodianquan", _p("周报1.md"), "网络安全学习周报(CTF解题记录)", 1, kind="工作报告", extract="md",
        commit="a34e4e58d25b9745662f35b42d595de07828b1a6"),
    _rules("Ragnaroos/Pythonic", _p("实习报告.md"), "编译原理课程设计报告(绘图语言编译器, 难例: 实习报告/设计)", 1, kind="工作报告", extract="md",
        commit="05ed35bd8e490197b8c4b261c1d2a5b7c4c400ad"),
    _rules("deng-xp/UE4_learning", _p("工作总结.docx"), "UE4学习阶段工作总结(已完成/计划)", 1, kind="工作报告", extract="docx"),
    _rules("flemingpau/frontend-learning", _p("工作总结.docx"), "前端实习学习每日总结", 1, kind="工作报告", extract="docx"),
    _rules("legend666/DataMaskingProject", _p("工作总结.docx"), "地址数据获取入库工作总结(进度)", 1, kind="工作报告", extract="docx"),
    _rules("legend666/DataMaskingProject", _p("工作周报-许传崎-2018.xlsx"), "开发人员工作周报(每日工作/工时)", 1, kind="工作报告", extract="xlsx"),
    _rules("eoe-cdo/Project-Development-Standard", _p("开发规范.docx"), "项目开发标准(C/C++/Python编程规范)", 1, kind="制度办法", extract="docx"),
    _rules("hugoYe/Documents", _p("开发规范.docx"), "Android团队开发规范(命名/编码)", 1, kind="制度办法", extract="docx"),
    _rules("abcdddxy/GreanTravel", _p("开发规范.docx"), "Android App开发规范(课程团队)", 1, kind="制度办法", extract="docx"),
    _rules("bearliu1991/mixedFile", _p("开发规范.docx"), "开发流程规范(需求评审/禅道/提测)", 1, kind="制度办法", extract="docx"),
    _rules("slxxiyG06/G06", _p("代码走查规范.docx"), "Java代码走查规范(检查项)", 1, kind="制度办法", extract="docx"),
    _rules("cyj-fightman/CanTool", _p("Personal summary/成长.docx"), "软件工程课程个人成长总结", 1, kind="工作报告", extract="docx",
        commit="a1745e834917d9f61242531f25303167249d6985"),
    _rules("FLLLIGHT/Tetris_PJ1", _p("开发文档.docx"), "俄罗斯方块课程作业开发心得(难例: 开发文档)", 1, kind="工作报告", extract="docx"),
    _rules("houzhangxu/PASDoc", _p("开发规范.docx"), "Java项目团队开发规范(类/方法命名)", 1, kind="制度办法", extract="docx"),
    _rules("liupeng130/workflow", _p("开发规范.docx"), "React前端开发规范", 1, kind="制度办法", extract="docx",
        commit="64a2b3c126dc74fb623b8357a035d1d94a8123e9"),
    _rules("forrestk3/paper_summary_hubing", _p("工作总结.docx"), "研究生论文阅读工作总结(SDN)", 1, kind="工作报告", extract="docx"),
    _rules("weilaizhe666/shizu", _p("9、个人体会、经验教训.docx"), "CanTool测试小组成员个人体会与经验教训", 1, kind="工作报告", extract="docx"),
    # --- 秘密: job seekers' CVs (personal data) and an employee table with personal data
    _cv("catofmrlu/PERSON-RESUME", _p("简历.docx"), "Android开发求职简历(电话/生日)", extract="docx",
        commit="4a219840ff114bbe2d57a0dab52c15b5f3cefa55"),
    _cv("deansmile/resume", _p("简历.docx"), "计算机专业学生简历(电话/邮箱/实习经历)", extract="docx",
        commit="92cf9c610f1286aa46da19a3f9669d03dc02046e"),
    _cv("baochenxu1/bcx", _p("简历.docx"), "机械专业硕士求职简历(电话/邮箱/籍贯)", extract="docx",
        commit="ef38c01473c2a9f9438e72649154fe0fecba6b17"),
    _cv("RyuLee/My-CV", _p("个人简历.docx"), "数理专业学生中英文简历(手机/邮箱)", extract="docx",
        commit="d80d8d615a668394db34f21c22644cbaf82b725e"),
    _cv("ChenKai1024/GRES", _p("个人简历.docx"), "软件工程学生简历(出生年月/居住地)", extract="docx",
        commit="82cabdb5ed517ab8b378ee45da0a46e78075eb2f"),
    _cv("18344989116/Private-documents", _p("个人简历.txt"), "光电专业研究生简历(科研项目/专利, 无联系方式)", extract="text",
        commit="0720296517657aac4d289a607e0b1e5bae375a1e"),
    _cv("Carol1992/DBMS", _p("个人简历.md"), "PHP开发求职简历(电话/邮箱/住址)", extract="md",
        commit="58d301d7082084d26ced3989a9000757324684b0"),
    Pinned("HHASII/JTPYSYSTEM", _p("jtpsystem导出.sql"), "sql:employee", "秘密", "personnel", "代码数据", _INT, "员工培训系统员工表(姓名/电话/邮箱/学历)", 1, "a8fc514008e409d5bf2efef67c81972e405779f6"),
    # --- 机密: requirement, design and test documents, project plans with designs, a competitor study of the team's own
    # product, work summaries that carry the project's architecture or results, team meeting records (rules 5, 6)
    _tech("20182313/app", _p("需求规格说明书.md"), "游戏模拟工具App需求规格说明书(课程小组)", 1, kind="技术资料", extract="md",
        commit="5f46d034fd1656e01f802e81d64ca8826f828167"),
    _tech("hzy201314/Social-Network-Project", _p("需求规格说明书.md"), "社交网络平台需求规格说明书", 1, kind="技术资料", extract="md",
        commit="72e678aa6e03fc4154fe8aec40d87ebc8dadcfa4"),
    _tech("louiehuang/REWeb", _p("需求规格说明书.docx"), "房地产管理系统需求规格说明书", 1, kind="技术资料", extract="docx",
        commit="9efde9aca60642a57f6b5a86820b20a082a759b7"),
    _tech("drafish/remix-cc", _p("articles/国内竞品分析.md"), "智能合约IDE国内竞品分析(自家项目对比)", 1, kind="方案计划", extract="md",
        commit="e918592d7a08d775ffd5e457a5dc13844ca9fe71"),
    _tech("agukl/tankWar", _p("系统测试报告.docx"), "坦克大战系统测试报告", 1, kind="技术资料", extract="docx"),
    _tech("legend666/DataMaskingProject", _p("getdata/数据库设计/标准地址数据结构.docx"), "标准地址数据结构设计方案(封面标内部资料, 难例)", 1, kind="技术资料", extract="docx"),
    _tech("DHBOSE/QuestionOCR", _p("工作总结.docx"), "截图转题目Word项目工作总结(架构/交接, 难例: 工作总结)", 1, kind="工作报告", extract="docx"),
    _tech("jzhoujg/channel_simulator_python", _p("工作总结.docx"), "信道仿真算法工作总结(性能比较结果, 难例: 工作总结)", 1, kind="工作报告", extract="docx",
        commit="73bcf1676b736723e31b04d01c2de93675451324"),
    _tech("hugoYe/Documents", _p("淘口令二期功能.docx"), "淘口令App二期功能需求(流程/兑换)", 1, kind="技术资料", extract="docx",
        commit="10d8454ab938cbfcf459ed4f9b7e67b62ed78567"),
    _tech("heart-bank/yuanshan-health-website", _p("网站测试报告-完成.md"), "健康平台网站测试报告和完成清单", 1, kind="技术资料", extract="md"),
    _tech("hanguisheng/demo-Test1", _p("账号密码.txt"), "低代码平台及中间件账号清单(密码已隐去, 难例: 账号密码)", 1, kind="清单名册", extract="text"),
    _minutes("slxxiyG06/G06", _p("会议记录.docx"), "软件工程小组会议记录(选题/计划/分工)", 1, extract="docx"),
    _minutes("cyj-fightman/CanTool", _p("会议记录.docx"), "CanTool项目小组会议记录(分工/进度)", 1, extract="docx"),
    # --- 绝密: a community's grant (funding) application with its budget, operation and promotion plans
    _plan("drafish/remix-cc", _p("GCC grants 提案.md"), "Remix中文社区资助申请书(申请金额/预算/资金来源)", 1, extract="md",
        commit="d8e9a3bfbd57c6ff49976c59606a539298f24149"),
    _plan("drafish/remix-cc", _p("运营计划.md"), "Remix中文社区运营计划(自媒体/社群/视频)", 1, extract="md",
        commit="ccc1ab9aa9411b0836f3cdccfba24197a680393d"),
    _plan("zyb088/2020-B18-Code-scanning-operation-and-maintenance-platform-for-power-equipment", _p("运营规划书.docx"), "电力设备运维App运营规划书(目标市场/运营目标)", 1, extract="docx"),
    _plan("zyb088/2020-B18-Code-scanning-operation-and-maintenance-platform-for-power-equipment", _p("推广方案.docx"), "电力设备运维App推广方案(线上/线下渠道)", 1, extract="docx"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
