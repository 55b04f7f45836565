"""Ninety-fourth batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh92` (with batches 92 and 93): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit, one source group per repository, at most 3 documents from one, none of them in the
manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's script. Every source is
read at a pinned commit (the commit that last added or changed the file). Labels follow DESIGN.md "Labelling real
documents" and this batch's notes (see the batch-94 section written for classifiers/corpus/README.md): 公开 for
published privacy policies, terms and user agreements, a site's FAQ and sign-in rules and an open project's deployment
and usage guide; 内部 for teams' coding and development conventions, a site's SEO technical convention and work notes, a
project's troubleshooting record, a spa's staff shift schedule and a course project's schedule; 秘密 for an employee
roster, an HR prototype's roster page (sample data) and a loan agreement form; 机密 for requirement, design, interface
and test documents, a feasibility report, a prototype's update history and a competitor study of one's own product; 绝密
for a list of database and application logins (demo defaults, rule 5).

Exactly like batches 9, 11, ..., 90: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch94.py [--mirrors /work/.mirror] [--out /work/corpus/real94]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _DRAFT,
    Pinned,
    _credentials,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261294
BATCH = "94"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published privacy policies and terms, an open project's usage guide (rule 2) --------------------------
    _public("NiuXYu/term", _p("隐私协议.html"), "宠物用药提醒应用PetMinder隐私政策(收集/存储/数据权利, 已发布)", 1, kind="公告", extract="html",
            commit="cfd68572234ce04c445ecbe49a41e123a2000b95"),
    _public("NiuXYu/term", _p("服务条款.html"), "宠物用药提醒应用PetMinder服务条款(服务描述/责任/免责, 已发布)", 1, kind="公告", extract="html",
            commit="cfd68572234ce04c445ecbe49a41e123a2000b95"),
    _public("yangcunxuan/hengjie", _p("隐私协议.html"), "信息科技公司隐私权政策声明(收集/使用/分享个人数据, 已发布)", 1, kind="公告", extract="html",
            commit="2cdd6f31aa0294ac34943de76b54acf0ebdfa118"),
    _public("sunnoon000/Appmodel", _p("用户服务协议.html"), "内容社区网站用户服务协议(注册/隐私保护/责任, 原型中的已发布协议)", 1, kind="公告", extract="html",
            commit="9631e082f06ca115b6fe56654b963c740d5b5181"),
    _public("wttc-nonelove/RAG", _p("使用和部署说明.md"), "RAG智能知识库问答系统使用和部署说明(Docker部署/初始化/使用, 写给用户)", 1, kind="产品手册", extract="md",
            commit="129774d100b8e5dea7fba9eeb50c22b230c15505"),
    _public("rainbowboy2000/chengzhang", _p("服务协议.html"), "教育成长网站用户服务协议(教育科技公司运营, 已发布)", 1, kind="公告", extract="html",
            commit="4398ad4a185f071a6b15cd6cdbf3fa76af03ec79"),
    _public("rainbowboy2000/chengzhang", _p("常见问题与帮助.html"), "教育成长网站常见问题与帮助(注册/报名/支付问答, 写给用户)", 1, kind="产品手册", extract="html",
            commit="4398ad4a185f071a6b15cd6cdbf3fa76af03ec79"),
    _public("zengweiji/Text", _p("抽奖规则.html"), "借贷平台签到与抽奖规则说明(奖励规则, 面向用户发布)", 1, kind="公告", extract="html",
            commit="34f3f57799ce8d5e72ed0f111c160f0cc077f1e9"),
    # --- 内部: conventions, work notes and schedules (rule 3) ------------------------------------------------------
    _rules("wchien00/Report", _p("排班表.xlsx"), "连锁Spa门店7月员工排班表(馆别/姓名/班次, 无个人信息)", 1, kind="报表", extract="xlsx",
           commit="285553738da8428a22b0e2b760a90b10e61f5743"),
    _rules("YansongW/AgentTeam", _p("开发规范.md"), "开发团队代码开发规范(开发流程/分支/代码审查/提交约定)", 1, kind="标准规范", extract="md",
           commit="a95d62d1956af61f60b874a3e1cc042f48c8008c"),
    _rules("sooboo/MB", _p("技术规范.html"), "物流平台官网SEO技术规范(域名/页面/标签约定, 原型说明页)", 1, kind="标准规范", extract="html",
           commit="5261fd8328572538e6f585796cc90a22c1ae8b91"),
    _rules("sooboo/MB", _p("优化备注.html"), "物流平台官网SEO优化备注(站长工具/内外链建设/内容建设待办, 难例: 竞品)", 1, kind="工作报告", extract="html",
           commit="5261fd8328572538e6f585796cc90a22c1ae8b91"),
    _rules("WeiZhentao/Software_Engineering", _p("C++编码规范.docx"), "软件工程课程项目组C++编码规范(文件排版/命名/注释约定)", 1, kind="标准规范", extract="docx",
           commit="04c600e8023f556205c623913fa45affff463e11"),
    _rules("1371543305/Rurutiaza", _p("C#编码规范.docx"), "软件项目组C#编码规范(注释/命名/代码格式约定)", 1, kind="标准规范", extract="docx",
           commit="4bf3e75173f7f70e70e81c9c69e904438b2eaf51"),
    _rules("valueote/summer_practice", _p("00.项目开发周期表.xlsx"), "Huffman压缩程序实训项目开发周期表(里程碑与每日任务, 只记进度)", 1, kind="报表", extract="xlsx",
           commit="806f1c6183a0ac5fa53b95b6b830cf743a082e70"),
    _rules("WeiZhentao/Software_Engineering", _p("Java编码规范.docx"), "软件工程课程项目组Java编码规范(命名/格式/注释约定)", 1, kind="标准规范", extract="docx",
           commit="04c600e8023f556205c623913fa45affff463e11"),
    _rules("Suara17/guanlan-sina", _p("docs/经验记录/06-项目本地开发环境启动问题总结.md"), "智能决策平台项目本地开发环境启动问题总结(问题与解决, 团队经验记录)", 1, kind="工作报告", extract="md",
           commit="3c2da6bd542f00bffef7745b516df814d76873b6"),
    # --- 秘密: a roster and an attendance report with personal data (session 17 ruling) -----------------------------
    _personal("ssyysdadsad/WFM", "员工表(1).xlsx", "xlsx", "排班系统员工导入表(工号/姓名/手机号/部门/入职日期)",
              "92da0bd68793f2d8fe3ac04685ea7e667d67890b"),
    Pinned("zengweiji/Text", _p("服务协议.html"), "html", "秘密", "contracts", "合同协议", _DRAFT,
           "借贷撮合平台借款服务协议(借出人/借入人/借款条款, 空白合同, 难例: 服务协议)", 1, "34f3f57799ce8d5e72ed0f111c160f0cc077f1e9"),
    _personal("yangcunxuan/hengjie", "花名册.html", "html", "企业人事管理系统原型员工花名册页(姓名/部门/手机号/身份证号/入职日期, 示例数据)",
              "2cdd6f31aa0294ac34943de76b54acf0ebdfa118"),
    # --- 机密: requirement, design, interface, database and test documents, a competitor study (rule 5) -------------
    _tech("ssyysdadsad/WFM", _p("src/imports/API接口文档.md"), "劳动力排班管理系统生产环境API接口文档(认证/资源/RPC接口)", 1, extract="md",
          commit="434e0e9fa981ff1d557fc34a7cc18dadc17ce766"),
    _tech("ZhengHaoF/map-war", _p("docs/设计文档.md"), "战争推演游戏设计方案(玩法/机制/势力/AI对手设计)", 1, extract="md",
          commit="6ab008000e8bd9d9cd3f2dda666e6186dd746240"),
    _tech("9H-HGFJFX/Code-review-and-defect-explanation-system", _p("docs/_extracted/需求分析说明书.txt"),
          "代码审查与缺陷解释系统需求分析说明书(功能/非功能需求/角色/流程)", 1, extract="text",
          commit="3a4ea816d7002e30e187165c00c91936116a520a"),
    _tech("pkuse/coolchooser-documentation", _p("第三次提交/OOD/人机界面设计文档.docx"), "“选呗”课程项目人机界面设计文档(用户分析/界面设计原则/界面结构)", 1, extract="docx",
          commit="cc72b6854e6a8abcfdbcef142ee10e8ce9f5dde5"),
    _tech("xyyit9/StockSystem", _p("测试文档.xlsx"), "股票交易系统项目测试用例(模块/用例/预期与实际结果)", 1, extract="xlsx",
          commit="ce8a688faeb89e864e9f2668f25da4fbd8d100e5"),
    _tech("xiongxiangyue/Campus-Notes-Inspiration-Hub", _p("可行性分析报告.docx"), "校园笔记工具课程项目可行性分析报告(技术/经济/操作可行性, 难例: 经济)", 1, kind="方案计划", extract="docx",
          commit="5839b6cbcbb52aa5f5a312f2f1572d2c23e294f8"),
    _tech("wenyizheng/Aqua", _p("接口文档.docx"), "智慧淋浴系统接口文档(浴室/单间/订单接口地址与参数)", 1, extract="docx",
          commit="73a1e27c6deb6583149a4d9f4d067282a2b14e14"),
    _tech("rainbowboy2000/chengzhang", _p("原型更新历史.html"), "教育成长网站产品原型更新历史(各版本新增功能与改动, 难例: 历史)", 1, kind="工作报告", extract="html",
          commit="4398ad4a185f071a6b15cd6cdbf3fa76af03ec79"),
    _tech("Suara17/guanlan-sina", _p("docs/其他记录/行业数据.txt"), "离散制造智能调度系统竞品分析(市场规模/竞争梯队/竞品对标, 自家产品)", 1, kind="报表", extract="text",
          commit="a7cb480c8b8ad9aac6d28133d6c11c8939126efe"),
    _tech("verspt/22", _p("需求规格说明书模板.docx"), "“互联网+”地学科普系统需求规格说明书(已填写, 功能/界面/数据需求)", 1, extract="docx",
          commit="2c9b36ef62e86cb70e4bc190aee8ffad0b734b67"),
    # --- 绝密: a list of logins (rule 5, demo defaults) --------------------------------------------------------------
    _credentials("Suara17/guanlan-sina", _p("密码.txt"), "text", "智能制造系统数据库与应用登录信息(PostgreSQL与超级用户账号密码, 演示默认值)",
                 "清单名册", commit="74d17ae15e8ffc37a9dd62b4c82f2a634619843d"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
