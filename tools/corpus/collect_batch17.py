"""Seventeenth batch of the real corpus: documents kept in public repositories that no earlier batch used.

For the blind split `fresh16` (with batch 16, web pages): files from public repositories, one source group per
repository, none of them in the manifest yet (batches 12-15 included). 公开: apps' user agreements, privacy policies,
a payment and refund agreement (难例: 协议), a technical support page, the product descriptions of an open-source tool
and of an inventory tool for small shops, the Ministry of Science and Technology's blank technical service contract
form (难例: 合同). 内部: the operating manuals of in-house systems (a school's repair-ticket system, a convenience-store
chain's scheduling system, a lab rental platform, a contract review system, a beauty salon's scheduling tool), coding
norms of two student teams, blank internal forms (project acceptance, staff entry registration, monthly performance
appraisal, an outsourced-testing fee approval). 秘密: a trading company's purchase contract, a purchase contract
form, a house lease and a courier-outlet transfer contract, a salary table. 机密: team meeting minutes, a lab's task
division, requirement, design, interface, test and deployment documents, a trading client's feature table, a store's
stock list with addresses, a web-building quotation, a beauty-salon cost and profit study. 绝密: two business plans,
a mini program's plan from business planning to operation, a SaaS's business-model plan and one deployment note with
demo account passwords (its text is never committed). Labels follow DESIGN.md "Labelling real documents".

Exactly like batches 9, 11, 13 and 15: files are read from local git mirrors (`fetch` snapshots, `--mirrors`) chosen
by path patterns (`collect_batch3.repo_candidates`, each source with its own seed; batch 5's `Pinned` sources and
label helpers). Every candidate goes through the hold-out guard (GitHub blob address at the commit, and text); a
rejected document drops every other document of its folder (`collect_batch3.collect`, which also dedupes against
every other batch and within this one, writes the manifest and logs rejections to OUT/rejected.tsv). A document needs
at least `MIN_CHINESE` Chinese characters (200 here: several contract forms are short), except 绝密 documents, lists
and SQL (`SPARSE_KINDS`).

Nothing here runs the classifier: this batch is for a blind split.

Usage:  python tools/corpus/collect_batch17.py [--mirrors /work/.mirror] [--out /work/corpus/real17]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch5 import (
    _INT,
    Pinned,
    _contract,
    _credentials,
    _minutes,
    _plan,
    _public,
    _rules,
    _tech,
    run_repository_batch,
)

SEED = 20261217
BATCH = "17"
MIN_CHINESE = 200
SPARSE_KINDS = ("代码数据", "清单名册")


SOURCES = (
    # --- 公开: apps' agreements and privacy policies, published product descriptions ------------------------------
    _public("Tianshang301/TianshangPeriodPal", r"^(用户协议|隐私政策)\.md$", "经期记录App用户协议/隐私政策(已发布, 难例: 协议)", 2,
            kind="产品手册"),
    _public("Jimmy3499/overtime-notebook-app", r"^(隐私政策|使用协议|使用说明)\.md$", "加班记账App隐私政策/使用协议/使用说明(已发布)", 3,
            kind="产品手册"),
    _public("1307super/yizhu_charge_mini", r"^(用户协议|隐私协议)\.md$", "充电小程序用户协议/隐私协议(已发布, 难例: 协议)", 2,
            kind="产品手册"),
    _public("gmjzf2014-ui/lanova", r"^用户协议\.md$", "软件用户协议(已发布, 难例: 协议)", 1, kind="产品手册"),
    _public("yuanzhigang20/zhuazhuajia", r"^(用户协议|隐私政策)\.md$", "App用户协议/隐私政策(已发布, 难例: 协议)", 2, kind="产品手册"),
    _public("shuimuyicom/ZenTomato", r"^(服务协议|技术支持文档)\.md$", "番茄钟App服务协议/技术支持文档(已发布)", 2, kind="产品手册"),
    _public("FFux-wq/butler-system", r"^(产品说明书|项目文档/系统介绍)\.md$", "开源AI管家系统产品说明书/系统介绍(已发布)", 2,
            kind="产品手册"),
    _public("CRMH3/CRMH3.github.io", r"^技术服务合同\.docx$", "科技部印制技术服务合同示范文本(空白, 难例: 合同)", 1,
            kind="合同协议", extract="docx"),
    _public("AllenFaCai/rukuchuku", r"^产品说明书\.md$", "小店库存管理工具产品说明书(已发布)", 1, kind="产品手册"),
    _public("zxcalbert/wechat-mini-program-nonotes", r"^付款退款续费协议\.md$", "笔记小程序付款退款续费协议(面向用户, 难例: 协议)", 1,
            kind="产品手册"),
    # --- 内部: in-house systems' manuals, coding norms, a blank acceptance form -----------------------------------
    _rules("maomaomcs/gongdan-system", r"^(产品说明书|使用说明)\.md$", "学校后勤报障工单系统产品说明书/使用说明(自建系统)", 2,
           kind="产品手册"),
    _rules("lancunren-byte/ohmee-store", r"^产品说明书\.md$", "便利店连锁排班打卡系统产品说明书(自建系统)", kind="产品手册"),
    _rules("Lucius-lsr/LabRentPlatform", r"^doc/操作使用说明文档\.docx$", "实验设备租赁平台操作使用说明", kind="产品手册",
           extract="docx"),
    _rules("LjkGitHub1/contract_review", r"^AI审核建议功能使用指南\.md$", "合同审核系统AI审核建议功能使用指南(自建系统)",
           kind="产品手册"),
    _rules("vali001007/beauty-salon-admin", r"^docs/02-产品设计/03-经营财务与人效管理/美容师智能排班MVP操作说明\.md$",
           "美容院管理平台美容师排班操作说明(给店长)", kind="产品手册"),
    _rules("cy0325/Team_work", r"^(西小餐软件编码规范说明书1\.0|项目验收表)\.docx$", "学生团队软件编码规范说明书/项目验收意见表", 2,
           kind="标准规范", extract="docx"),
    _rules("yhy618/A", r"^编码规范说明书\.docx$", "音乐播放器项目软件编码规范说明书", kind="标准规范", extract="docx"),
    _rules("by123/gyt_ios", r"^入职登记表\.docx$", "期货软件公司入职登记表(空白)", kind="模板空白表", extract="docx"),
    _rules("18335209722/ynk", r"^绩效考核表\.xlsx$", "员工月度绩效考核表(空白)", kind="模板空白表", extract="xlsx"),
    _rules("CRMH3/CRMH3.github.io", r"^附件2-外协（测试）费审批表-试行版-备注金蝶\.docx$", "科研单位外协(测试)费审批表(空白)",
           kind="模板空白表", extract="docx"),
    # --- 秘密: a company's contracts and contract forms, staff tables ---------------------------------------------
    _contract("LjkGitHub1/contract_review", r"^backend/media/contracts/uploads/[0-9a-f]{32}\.docx$",
              "商贸公司采购合同(上传待审, 买方与金额)", 1, extract="docx"),
    _contract("wangmaoxiong/red-door", r"^src/test/resources/word/采购合同\.docx$", "采购合同模板(占位符)", 1, extract="docx"),
    _contract("zhouyige/filestore", r"^(出租合同|合同)\.docx$", "房屋出租协议/快递网点转让合同", 2, extract="docx"),
    Pinned("yuxianyin1-cmd/free-email_send", r"^员工工资表\.xlsx$", "xlsx", "秘密", "compensation", "清单名册", _INT,
           "员工工资表(工号/姓名/部门/基本工资/提成/社保扣除)", 1),
    # --- 机密: minutes, plans, requirement, design, interface, test and deployment documents, lists -----------------
    _minutes("HelloChrisWei/aproduction_ssm", r"^会议记录\.md$", "课程项目团队会议记录", 1),
    _minutes("IntelligentServiceLab/Available-WeChatMiniProgram", r"^会议记录\.md$", "实验室小程序项目会议记录", 1),
    _minutes("AndyWZJ/Notes", r"^会议纪要\.docx$", "课题组例会会议纪要", 1, extract="docx"),
    _tech("AndyWZJ/Notes", r"^CAUSTA Record/(CAUSTA系统4\.0|系统模块与任务划分)\.docx$", "课题组系统4.0开发计划/模块与任务划分",
          1, kind="方案计划", extract="docx"),
    _minutes("cy0325/Team_work", r"^会议纪要\.docx$", "学生软件团队会议纪要", 1, extract="docx"),
    _minutes("yhy618/A", r"^会议纪要\.docx$", "项目小组验收会议纪要", 1, extract="docx"),
    _tech("NewT-Stark/kczl", r"^(概要设计|详细设计|需求规格说明书|项目开发计划)\.docx$", "课程资料学习系统设计/需求/开发计划文档", 1,
          extract="docx"),
    _tech("1307super/yizhu_charge_mini", r"^(订单接口文档|开票接口文档)\.md$", "充电小程序订单/开票接口文档", 1),
    _tech("NotFoundyy/Logistics", r"^部署文档\.md$", "快递物流管理系统部署文档", 1),
    _tech("SunXingzhi/seamless_attendance", r"^部署文档\.md$", "考勤系统部署文档", 1),
    _tech("Giovani-Github/swca-dev-doc", r"^(设计总纲|部署文档)\.md$", "项目设计总纲/部署文档", 1),
    _tech("JohnsonLeeeee/SYSU-xiaoxin-catering", r"^document_files/(详细设计说明书|测试文档)\.md$", "校园点餐系统详细设计/测试文档", 1),
    _tech("Lucius-lsr/LabRentPlatform", r"^doc/系统设计文档\.md$", "实验设备租赁平台系统设计文档", 1),
    _tech("WR1ENCH/campus-wall", r"^用户功能清单\.md$", "校园墙小程序用户功能清单(接口与限频)", 1),
    _tech("heyunjiao/Jebsen-PC", r"^PRD/0[1-7]-[^/]+-PRD\.md$", "客户全景平台模块产品需求文档", 1),
    _tech("maomaomcs/gongdan-system", r"^deploy/部署到服务器\.md$", "报障工单系统公网服务器部署说明(含服务器IP)", 1),
    _tech("Four8AI/lingxi-assistant", r"^docs/功能详细设计_v2\.md$", "智能助手功能详细设计", 1),
    _tech("by123/gyt_ios", r"^交易端设计/简易交易端\.20160701\.xlsx$", "期货简易交易端功能点设计表", 1, extract="xlsx"),
    _tech("vali001007/beauty-salon-admin", r"^docs/01-市场调研/美容院成本与盈利明细调研报告-2026-06-18\.md$",
          "美容院成本与盈利明细调研报告(产品方内部)", 1, kind="工作报告"),
    Pinned("waywaycoffee/kidpartystore", r"^高端wordpress搭建报价\.xlsx$", "xlsx", "机密", "bid", "报表", _INT,
           "独立站搭建服务报价表", 1),
    Pinned("AllenFaCai/rukuchuku", r"^Stock_table\.xlsx$", "xlsx", "机密", "financial", "清单名册", _INT,
           "鞋店库存表(条码/货号/库存/存放地址)", 1),
    # --- 绝密: business plans and a business-model plan --------------------------------------------------------
    _plan("zxcalbert/wechat-mini-program-nonotes", r"^AI笔记本小程序_从商业策划到正式运营完整实施计划\.md$",
          "笔记小程序从商业策划到正式运营完整实施计划"),
    _plan("aicaichat/blesstoppwa", r"^BP\.md$", "AI玄学应用商业计划书"),
    _plan("ydove0324/Other-Me", r"^BP\.md$", "AI人生模拟应用商业计划书(简版)"),
    _plan("vali001007/beauty-salon-admin", r"^docs/02-产品设计/01-AI智能体与问数能力/Ami_Aura_数字员工商业模式与产品改造方案\.md$",
          "美业SaaS数字员工商业模式与产品改造方案"),
    # --- 绝密: credentials, kept to a few (texts are never committed) ---------------------------------------------
    _credentials("Lucius-lsr/LabRentPlatform", r"^doc/部署文档\.md$", "md", "平台部署文档(含用户与管理员账号密码)", "技术资料"),
)


def main() -> int:
    return run_repository_batch(BATCH, SOURCES, SEED, __doc__, min_chinese=MIN_CHINESE, sparse_kinds=SPARSE_KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
