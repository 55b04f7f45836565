"""Ninety-seventh batch of the real corpus: documents kept in public repositories that no earlier batch used.

Collected for the blind split `fresh95` (with batches 95 and 96): nothing was run on these texts and no classifier may
be; `train_real.py` is untouched and the split is cut by main, not here. Files from public repositories whose owner
names start with N-Z or a digit (batch 96 takes A-M), one source group per repository, at most 3 documents from one,
none of them in the manifest yet, no owner of a manifest repository (no sibling), none named by an earlier batch's
script. Every source is read at a pinned commit (the commit that last added or changed the file). Labels follow
DESIGN.md "Labelling real documents" and this batch's notes (see the batch-97 section written for
classifiers/corpus/README.md): 公开 for published privacy policies, user agreements, legal statements and disclaimers, a
personal-information consent notice, a site's help page and a vendor's demo usage guide written for customers; 内部 for
filled course forms (PSP time record, acceptance form), an acceptance-meeting procedure and progress-only work logs; 秘密
for a team list with student numbers and a health-care prototype's patient record pages (sample personal data); 机密 for
requirement, product-requirement, interface, deployment and finance-requirement documents and a project development
summary with figures; 绝密 for a SQL user table with plaintext passwords and a Web.config holding a database password
(rule 5, demo values).

Exactly like batches 9, 11, ..., 94: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen by
path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and label
helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a rejected
document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against every other
batch whose text is under OUT/texts and within this one, writes the manifest and logs rejections to OUT/rejected.tsv).
A document needs at least `MIN_CHINESE` Chinese characters (100), except 绝密 documents, lists and SQL
(`SPARSE_KINDS`).

Nothing here runs the classifier.

Usage:  python tools/corpus/collect_batch97.py [--mirrors /work/.mirror] [--out /work/corpus/real97]
"""


from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    Pinned,
    _credentials,
    _p,
    _personal,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261297
BATCH = "97"
MIN_CHINESE = 100
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: published privacy policies, terms and legal statements (rule 2) ---------------------------------------
    _public("nbayd/xiaoyuyu", _p("隐私政策.html"), "麻花影视平台隐私政策(个人信息收集/使用/共享, 已发布)", 1, kind="公告", extract="html",
            commit="66c2799d48a87bdb6cbf59b633132ef521797bb9"),
    _public("923770497-oss/goldsearch", _p("隐私政策.html"), "“金价闪查”应用隐私政策(科技公司运营, 已发布)", 1, kind="公告", extract="html",
            commit="aa93d9564f7b29f681e654ffc59c673f2eb5c5e3"),
    _public("xioayazi/test", _p("法律声明.html"), "医药集团官网法律声明(版权/免责/服务条款, 已发布, 难例: 法律责任)", 1, kind="公告", extract="html",
            commit="910da9270e1a72c6a55326810781fd8b3b3621fc"),
    _public("yangfuwei1988/house3", _p("用户条约.html"), "海外房产信息网站用户条约(注册/发布房源/责任, 原型中的已发布条款)", 1, kind="公告", extract="html",
            commit="0122413dcdbf55265ca83af50c2c7320d82cac4b"),
    _public("yangfuwei1988/house3", _p("展示规则.html"), "房产网站经纪人工作台使用帮助(注册登录/账号问题问答, 写给用户)", 1, kind="产品手册", extract="html",
            commit="42c49fe9f690d3b02cbe6e08cdefa0ff27b4d27c"),
    _public("wzh914888/PK", _p("法律声明.html"), "云服务生态平台法律声明及隐私权政策(已发布, 难例: 信息安全)", 1, kind="公告", extract="html",
            commit="ed785e17cc0bae15fac504b4060b0ee5efebe782"),
    _public("TKPGamesHub/TKPGamesHub.github.io", _p("用户协议.html"), "“微贴吧”网站用户注册协议(工作室运营, 已发布)", 1, kind="公告", extract="html",
            commit="f5ba89eda0477a90fc3a847ee19aa1ec9f647710"),
    _public("Silvermoon-2025/historyloverweb", _p("免责声明.html"), "历史爱好者服务网站免责声明(版权/责任限制, 已发布)", 1, kind="公告", extract="html",
            commit="69ddfd306ee9bc50c122a2a2dbc0889ed30e4ca7"),
    _public("webrenee7/crotc", _p("免责声明.html"), "医药企业医生学术平台个人信息披露与同意声明(收集/使用/第三方披露, 难例: 签署同意)", 1, kind="公告",
            extract="html", commit="870d9ebfd49bef7a783f38a0f6c7017ba2cc1987"),
    _public("XiaoErTongXue/md", _p("用户协议.html"), "“阅酷小说”应用用户服务协议(账号/未成年人/责任, 已发布)", 1, kind="公告", extract="html",
            commit="fd293f8bd8d8f97bb539200d5635ed562ffeba48"),
    _public("1AB76/swiftbirdtermsofuse", _p("index.html"), "“极速迅鸟加速器”软件用户协议(许可/知识产权/免责, 已发布)", 1, kind="公告", extract="html",
            commit="28aa1ab0e33171f864af4296bf488d7b86775505"),
    _public("zhengfuzhe2013/protocal", _p("userProtocal.html"), "招聘应用用户协议及隐私政策(会员注册/个人信息, 已发布)", 1, kind="公告", extract="html",
            commit="61d74605cc8455f9c12c826429c78c752f42ee35"),
    _public("yuxw2009/gw", _p("q_web/q_www/docroot/p2pvideo/webRTC视频客服Demo使用说明.docx"), "WebRTC视频客服Demo使用说明(坐席端/客户端接入方法, 写给客户)", 1,
            kind="产品手册", extract="docx", commit="258ced26e580a24c02bb3c3f4905c2592982b9ca"),
    # --- 内部: filled course forms, an acceptance procedure (rule 3) -------------------------------------------------
    _rules("SE-HHU/pair-coding-project-team_8", _p("PSP阶段时间花费.xlsx"), "结对编程项目PSP阶段时间花费记录表(估计与实际用时, 只记进度)", 1,
           kind="报表", extract="xlsx", commit="b4cb1241c157dae8d1abdbf466903533bc098225"),
    _rules("Tanya11010/designfile", _p("word/验收过程.docx"), "软件项目验收会议流程(参与人员分工/会议步骤, 难例: 验收)", 1,
           kind="制度办法", extract="docx", commit="cc1338b1559f7feb7f078e10d8476d0a2bc234f7"),
    _rules("Tanya11010/designfile", _p("table/《你们都是魔鬼吗》验收意见表.docx"), "课程项目互评验收意见表(已填写, 验收项与意见)", 1,
           kind="报表", extract="docx", commit="734fd670dee3aee731500014d35a84a3f1382d4d"),
    _rules("Wdeee/simulink_MMC", _p("工作日志.docx"), "MMC仿真课题个人工作日志(文献查找/建模问题记录, 只记进度与学习)", 1,
           kind="工作报告", extract="docx", commit="ff6d8d26ccaeb6434bb541fede2246be478ff5a9"),
    _rules("14ss505/Library", _p("过程日志.docx"), "图书馆系统需求分析小组过程日志(日期/活动/成果, 只记进度)", 1,
           kind="工作报告", extract="docx", commit="261b9c1616468d16a7f87f78fa6c4e56857e7f8e"),
    # --- 秘密: a list of team members with student numbers (session 17 ruling) ---------------------------------------
    _personal("wswgqsn/qian-dao-qiang-guo", "个人总结文档.docx", "docx", "课堂考勤助手项目组成员个人总结(姓名/学号/分工, 难例: 总结)",
              "5677c34929aeedc7ff46c5d500a4b08b8c1029ca"),
    _personal("Nothing-clan/Hy_family-doctor", "个人健康档案.html", "html", "家庭医生系统原型居民个人健康档案页(电话/出生日期/病种/地址, 示例数据)",
              "cf10cec81b2b7b45b8c96889f5cd97258e542ef2", kind="报表"),
    _personal("Nothing-clan/Hy_family-doctor", "病历详情.html", "html", "家庭医生系统原型病历详情页(姓名/身份证号/主诉, 示例数据)",
              "cf10cec81b2b7b45b8c96889f5cd97258e542ef2", kind="报表"),
    _personal("Nothing-clan/Hy_family-doctor", "糖尿病随访记录.html", "html", "家庭医生系统原型糖尿病随访记录页(姓名/身份证号/电话/管理级别, 示例数据)",
              "cf10cec81b2b7b45b8c96889f5cd97258e542ef2", kind="报表"),
    # --- 机密: requirement, product-requirement, interface and test documents (rule 5) -------------------------------
    _tech("wswgqsn/qian-dao-qiang-guo", _p("产品需求文档.docx"), "课堂考勤助手产品需求文档(角色/功能/数据库设计/页面逻辑)", 1, extract="docx",
          commit="5677c34929aeedc7ff46c5d500a4b08b8c1029ca"),
    _tech("Quison/jiubao", _p("需求文档.docx"), "珠宝公司官网需求文档(管理后台/PC端/移动端功能/服务器架构)", 1, extract="docx",
          commit="fbfdf3d610af7fe188974cda101607c53482e0ec"),
    _tech("XuanFM17266/ad", _p("需求文档.md"), "互联网广告平台需求文档(微服务架构/广告投放/财务管理)", 1, extract="md",
          commit="4e5afd059c12465f2217394eea8d67953ec8d1dd"),
    _tech("PCtanken/weiwei", _p("doc/需求文档.docx"), "网上商城“为为网”需求分析(前台功能/用户/商品/论坛管理)", 1, extract="docx",
          commit="351d2dca646df4843cf85bffc85a307ecdf0b857"),
    _tech("UPCInnovationTeam/CreditHourSystem", _p("需求文档.docx"), "学时管理系统重构需求文档(客户端功能/服务端表结构)", 1, extract="docx",
          commit="78f958a29740f1fa12e261f2c8817c4322e7b41a"),
    _tech("ZaynWong8/Sentaradar", _p("产品需求文档.docx"), "股票市场情绪雷达产品需求文档(功能地图/指标/预警)", 1, extract="docx",
          commit="aac44c0257ddfcb13d09d8618f1defb105cd8101"),
    _tech("Shenda05/CreationProject", _p("需求文档.docx"), "高校专利成果转化网站需求文档(页面/专利库/供需两端)", 1, extract="docx",
          commit="8876b5884a1858c2cb424128f276dc2e486d80cd"),
    _tech("Tanya11010/designfile", _p("word/项目开发总结报告.docx"), "酒店会员管理系统项目开发总结报告(功能/进度/生产效率评价, 难例: 总结)", 1,
          kind="工作报告", extract="docx", commit="cc1338b1559f7feb7f078e10d8476d0a2bc234f7"),
    _tech("Toywiki/toy-wiki-document", _p("前后台交互接口文档.md"), "维基百科类网站前后台交互接口文档(接口地址/参数/返回)", 1, extract="md",
          commit="b3b761dc5de9e23df0cf417835731d3ebcdf4fbf"),
    _tech("14ss505/Library", _p("沟通交流记录/财务要求需求.docx"), "图书馆管理系统财务需求列表(读书卡预付金/罚款规则, 难例: 财务)", 1, extract="docx",
          commit="2a466be94a9f8b9a9fe65df075f455ce460a678a"),
    _tech("yuxw2009/gw", _p("service/www/docroot/手机客户端接口说明.docx"), "通信公司手机客户端登录接口与SDK接入说明(接口地址/参数)", 1, extract="docx",
          commit="0eab413ffee218531f806309d911617c86889741"),
    _tech("OVERLORD799/student-system", _p("deploy/UBUNTU_MYSQL.txt"), "学生综测系统Ubuntu+MySQL部署说明(服务器准备/数据库/Nginx配置)", 1, extract="text",
          commit="8a354710bae47da71da75f45da89c2c0270a9ccb"),
    # --- 绝密: logins and configurations with passwords (rule 5, demo defaults) -----------------------------------------
    Pinned("17133851609/demo", _p("server/mysql.sql"), "sql:lx_user", "绝密", "admin_credentials", "代码数据", "internal",
           "旅游网站数据库用户表SQL(用户名/明文密码123456/邮箱/手机, 演示数据)", 1, "8927967c4c8b8f756c1083898df7aaef6a428af6"),
    _credentials("956159241/SimpleBankManage", _p("简单的银行管理系统/web/Web.config"), "text",
                 "银行管理系统Web.config(数据库连接串含sa口令)", "代码数据", commit="a144e29d65548a20b846a924a463919629c2d13d"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
