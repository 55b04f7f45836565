#!/usr/bin/env python3
"""Generate extra, more varied training documents: classifiers/corpus/train_extra.jsonl.

Written in a separate session from make_train.py (and without reading it or the held-out set), to
widen what the model sees: other fictional companies and people, other sentence pools, and each
document's content *bundle* (title, sentences, table, fields, chat lines) rendered in one of several
real-world styles — e-mail, chat log, 字段：值 form, flattened table (PDF extraction), Markdown, 公文,
meeting minutes, plain memo. Many documents avoid the policy's obvious keywords, and near-misses are
labelled by what the document is: published 公告/新闻/政府通知/示范文本/空白表格 are 公开; 制度 and the
notices that issue them are 内部; pay lists without the word 工资 are 秘密/compensation; technical and
customer notes in everyday words are 机密.

Deterministic: `python make_train_extra.py` rewrites the file byte for byte (seed 20250311, one
`random.Random` per document). Validation split for tuning: documents whose id number is a multiple
of 5 (`extra-0005`, `extra-0010`, …) — see classifiers/corpus/README.md.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

SEED = 20250311
OUT = pathlib.Path(__file__).resolve().parents[2] / "classifiers" / "corpus" / "train_extra.jsonl"

LEVEL_OF = {
    "strategy": "绝密", "bid": "绝密", "admin_credentials": "绝密", "price_change": "绝密",
    "financial": "机密", "statistics": "机密", "meeting_minutes": "机密", "technical": "机密",
    "customers": "机密", "suppliers": "机密",
    "personnel": "秘密", "compensation": "秘密", "contracts": "秘密",
    "internal": "内部", "public": "公开",
}

COMPANIES = ["立信达精密制造有限公司", "钧和新能源科技有限公司", "澜溪生物医药股份有限公司", "汇鼎物产集团有限公司",
             "栖霞智造装备有限公司", "晟华食品股份有限公司", "北岸云数科技有限公司", "湘江纸业有限公司",
             "博越化学工业有限公司", "银杉医疗科技有限公司", "宁远光伏材料有限公司", "泰合建筑设计院有限公司",
             "舜禾农牧发展有限公司", "中溪电缆股份有限公司", "凌峰汽车电子有限公司", "锦程跨境贸易有限公司"]
SHORT = {c: re.sub(r"(股份|集团)?有限公司$", "", c)[:4] for c in COMPANIES}
CLIENTS = ["江城第二人民医院", "盛世百货连锁", "蓝湾地产集团", "海川重工", "滨海港务集团", "万家乐超市",
           "新桥汽车制造厂", "天府燃气", "瑞丰电器", "南陵县教育局", "星河商业管理", "东岳水泥",
           "远景风电", "和泰药业", "福临门店连锁", "顺安货运"]
VENDORS = ["昌盛五金机电", "德普化工原料", "宏达包装印务", "利民钢材贸易", "嘉信电子元器件", "安捷物流",
           "恒源塑胶", "华测仪器", "永泰劳保用品", "鑫源铝业"]
FAMILY = list("郑冯褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳")
NAMES = ["子涵", "一鸣", "思远", "佳琪", "浩然", "雨萱", "文静", "志强", "晓东", "美玲", "国栋", "海燕", "立新",
         "春华", "振宇", "婉清", "家豪", "梦瑶", "建平", "秀兰", "俊杰", "若楠", "天宇", "晓梅"]
DEPTS = ["财务中心", "人力行政部", "营销中心", "供应链部", "制造一部", "研发二部", "品质部", "信息中心",
         "法务合规部", "总经办", "海外事业部", "工程技术部", "客服中心", "审计室"]
CITIES = ["长沙", "郑州", "昆明", "南昌", "贵阳", "太原", "兰州", "福州", "厦门", "济南", "青岛", "佛山", "东莞", "泉州"]
PRODUCTS = ["LX-300 伺服电机", "储能柜 ES-215", "益生菌冻干粉", "铝塑复合膜", "车规级 MCU 模组", "医用导管",
            "光伏背板", "高压电缆 YJV", "智能门锁 K7", "工业相机 GC-5M", "冷鲜调理肉", "纸浆模塑餐盒"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "兴业银行", "中信银行"]
AREA = ["430102", "410105", "530102", "360102", "520102", "140105", "620102", "350102", "350203", "370102",
        "370202", "440604", "441900", "350502"]
CARD_PREFIX = ["622202", "621700", "622848", "622588", "622908", "621483"]


def person(r: random.Random) -> str:
    return r.choice(FAMILY) + r.choice(NAMES)


def num(r: random.Random, lo: int, hi: int) -> str:
    return str(r.randint(lo, hi))


def amount(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):,.2f}"


def pct(r: random.Random, lo: float = -15, hi: float = 35) -> str:
    return f"{r.uniform(lo, hi):.1f}%"


def date(r: random.Random) -> str:
    return f"{r.choice([2024, 2025, 2026])}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def resident_id(r: random.Random) -> str:
    body = f"{r.choice(AREA)}{r.randint(1968, 2002)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def card(r: random.Random) -> str:
    digits = r.choice(CARD_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(12))
    total = 0
    for i, d in enumerate(reversed(digits)):
        k = int(d) * (2 if i % 2 == 0 else 1)
        total += k - 9 if k > 9 else k
    return digits + str((10 - total % 10) % 10)


def secret(r: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(r.choice(alphabet) for _ in range(r.randint(8, 12))) + r.choice("!@#$%&*")


def ip(r: random.Random) -> str:
    return f"{r.choice(['10', '172.16', '192.168'])}.{r.randint(0, 254)}.{r.randint(1, 254)}"


FILLERS: dict[str, Callable[[random.Random], str]] = {
    "co": lambda r: r.choice(COMPANIES), "short": lambda r: SHORT[r.choice(COMPANIES)],
    "p": person, "dept": lambda r: r.choice(DEPTS), "city": lambda r: r.choice(CITIES),
    "prod": lambda r: r.choice(PRODUCTS), "client": lambda r: r.choice(CLIENTS), "vendor": lambda r: r.choice(VENDORS),
    "n": lambda r: num(r, 2, 60), "big": lambda r: num(r, 120, 9800), "amt": lambda r: amount(r, 800, 98000),
    "wan": lambda r: f"{r.uniform(12, 4800):.1f}", "pct": pct, "date": date, "bank": lambda r: r.choice(BANKS),
    "m": lambda r: str(r.randint(1, 12)), "d": lambda r: str(r.randint(1, 28)), "ip": ip, "pw": secret,
    "id": resident_id, "card": card, "tel": lambda r: "1" + r.choice("3589") + "".join(str(r.randint(0, 9)) for _ in range(9)),
    "yr": lambda r: str(r.choice([2025, 2026, 2027])), "q": lambda r: r.choice(["一", "二", "三", "四"]),
}


def fill(template: str, r: random.Random) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: FILLERS[m.group(1)](r), template)


@dataclass
class Bundle:
    """What a document says, before a style decides how it looks."""

    title: str
    sentences: list[str]
    header: list[str] = field(default_factory=list)
    row: Callable[[random.Random, int], list[str]] | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    chat: list[str] = field(default_factory=list)
    styles: tuple[str, ...] = ("email", "chat", "form", "flat", "markdown", "gongwen", "memo")


# ---------------------------------------------------------------------------------------------
# Topics: each returns a bundle. Sentences are templates filled per use.
# ---------------------------------------------------------------------------------------------

def _rows(*cells: str) -> Callable[[random.Random, int], list[str]]:
    return lambda r, i: [str(i)] + [fill(c, r) for c in cells]


TOPICS: dict[str, list[Callable[[random.Random], Bundle]]] = {}


def topic(category: str):
    def register(func: Callable[[random.Random], Bundle]):
        TOPICS.setdefault(category, []).append(func)
        return func
    return register


# --- strategy (绝密) -----------------------------------------------------------------------

@topic("strategy")
def _strategy_expansion(r):
    return Bundle(fill("{short}{yr}—{yr}年业务布局设想（讨论稿）", r), [
        "拟在{city}新建第二生产基地，一期投入约{wan}万元，{yr}年底前投产。",
        "东南亚市场先以越南为切入点，通过合资方式进入，我方持股不低于51%。",
        "对{client}所在细分行业的渗透率目标从{pct}提高到{pct}。",
        "{prod}产线将整体迁移，原厂区土地后续考虑处置，现阶段不对外透露。",
        "此事仅限经营班子知悉，未经总经理同意不得转发。",
        "如进展顺利，拟于{yr}年启动 Pre-IPO 轮次引入外部投资者，目标估值{big}百万元。",
        "对标企业近三年毛利在{pct}左右，我们要靠规模把成本打下来。",
        "人员方面需要从总部抽调约{n}名骨干，具体名单另议。",
    ], ["事项", "目标", "时间", "投入（万元）"], _rows("新基地建设", "{yr}年投产", "{wan}"),
        chat=["关于明年去{city}设厂的事，老板倾向于买地自建", "对方园区给的条件是前三年税收返还", "这个先别在大群里说",
              "合资那边我们要控股，{pct}的股份底线不能让", "下周一碰一下，把测算表带上"])


@topic("strategy")
def _strategy_acquisition(r):
    return Bundle(fill("关于拟受让{vendor}股权的内部研判意见", r), [
        "对方实控人有意出让{n}%股份，报价折合约{wan}万元。",
        "我方尽调小组已完成现场访谈，主要风险在于对方的环保手续和应收款质量。",
        "建议分两步走：先签排他性意向，再视审计结果决定是否全资控股。",
        "交易完成后原品牌保留三年，管理层给予业绩对赌。",
        "谈判底价不超过{wan}万元，超出部分需报董事长决定。",
        "请参与人员严格控制知悉范围，所有材料编号回收。",
        "对方目前年营收约{wan}万元，净利率{pct}，与我方渠道高度互补。",
    ], ["阶段", "工作内容", "负责人", "完成时间"], _rows("{p}", "{date}", "{date}"),
        chat=["收购那个事对方松口了，愿意出让{n}%", "价格还在拉锯，我们最多到{wan}万", "尽调报告周五出",
              "千万别让对方知道我们另外还在看一家"])


@topic("strategy")
def _strategy_plan(r):
    return Bundle(fill("{short}未来三年发展路径（董事会务虚会材料）", r), [
        "总体思路：收缩低毛利贸易业务，资源集中到{prod}和海外渠道。",
        "营收目标：{yr}年达到{wan}万元，年复合增长{pct}。",
        "退出亏损的{city}子公司，人员分流方案由人力行政部另拟。",
        "考虑与{client}成立合资平台，锁定其未来五年的采购份额。",
        "研发投入占比提高到{pct}，重点突破下一代平台。",
        "上述内容尚未形成决议，任何人不得对外提及。",
    ], ["方向", "{yr}年", "{yr}年", "备注"], _rows("{wan}", "{wan}", "待议"),
        chat=["务虚会的材料你再看一下，三年路径那页要改", "亏损的子公司关停的口径先不要写进纪要", "海外那块老板很看重"])


# --- bid (绝密) ----------------------------------------------------------------------------

@topic("bid")
def _bid_pricing(r):
    return Bundle(fill("{client}{prod}采购项目——我方报价测算（内部）", r), [
        "本项目预计{m}月{d}日上午九点开，我们最终报{wan}万元。",
        "对手去年同类项目报得比我们低{pct}，这次让两个点也要拿下。",
        "综合单价按{amt}元/台测算，运费和安装摊进去。",
        "技术部分评分我们有把握，商务部分靠价格拉开差距。",
        "最后的数由{p}在开标前一小时确认，不得提前发给任何人。",
        "保证金{wan}万元已由财务中心汇出，回执在我这里。",
        "如果对方压价到{wan}万以下，我们就放弃，不做亏本单。",
    ], ["分项", "数量", "单价（元）", "小计（元）"], _rows("{n}", "{amt}", "{amt}"),
        chat=["下周二开的那个，数定了没", "定在{wan}万，比上次低一点", "{p}说对面可能报得更狠",
              "那就再让半个点，最多了", "响应文件明早封装"])


@topic("bid")
def _bid_strategy(r):
    return Bundle(fill("关于参与{client}年度框架采购的应对思路", r), [
        "本次评审价格分占{n}分，技术分和服务分我们不占优，只能靠价格。",
        "已了解到有三家参与，其中两家与我们存在长期竞争关系。",
        "拟联合{vendor}组成联合体，分工和利润分成另签协议。",
        "控制价约{wan}万元，我方建议按控制价下浮{pct}。",
        "澄清环节由{p}负责答复，口径统一，不得私下联系评审专家。",
        "结果出来前，所有底稿只存放在投标专用电脑。",
    ], ["竞争对手", "预计报价（万元）", "优势", "弱点"], _rows("{vendor}", "{wan}", "渠道", "交期"),
        chat=["框架采购那个联合体的事谈妥了吗", "{vendor}同意了，利润三七开", "控制价我们估在{wan}万左右"])


# --- admin_credentials (绝密) --------------------------------------------------------------

@topic("admin_credentials")
def _cred_handover(r):
    return Bundle(fill("{dept}运维交接清单", r), [
        "生产库主机 {ip}，登录用户 dbadmin，密码：{pw}",
        "跳板机地址 {ip}:22，运维用户 opsuser，口令：{pw}",
        "NAS 管理页面 https://{ip}:5001 ，账号 admin 密码 {pw}",
        "交接完成后请立即修改上述所有口令，并在群里回复已改。",
        "邮件系统超级管理员 postmaster，初始口令：{pw}",
        "监控平台 grafana 的 admin 密码：{pw}，不要截图外发。",
    ], ["系统", "地址", "用户", "密码"], _rows("业务系统", "{ip}", "root", "{pw}"),
        chat=["交接给你的服务器信息我私发了", "数据库那台 {ip} 用户 root 密码：{pw}", "用完记得改",
              "路由器后台 admin 密码：{pw}"])


@topic("admin_credentials")
def _cred_accounts(r):
    return Bundle(fill("新员工系统开通登记（信息中心）", r), [
        "财务系统账号 {p}，初始密码：{pw}，首次登录需修改。",
        "VPN 接入账号已开通，密码：{pw}",
        "公有云控制台子账号已创建，AccessKey Secret：{pw}{pw}",
        "Wi-Fi 办公网 SSID 为 office-5G，密码：{pw}",
        "以上信息请勿转发，遗失请立即联系信息中心重置。",
    ], ["系统", "账号", "初始密码", "开通人"], _rows("OA", "{p}", "{pw}", "{p}"),
        fields=[("申请人", "{p}"), ("部门", "{dept}"), ("系统", "ERP 生产环境"), ("账号", "u{big}"), ("密码", "{pw}")])


# --- price_change (绝密) -------------------------------------------------------------------

@topic("price_change")
def _price_raise(r):
    return Bundle(fill("关于{prod}供价调整的内部安排", r), [
        "自{m}月{d}日起，{prod}出厂每件由{big}元改为{big}元，对经销商先不通知。",
        "华东片区执行新单价，华南片区延后一个月。",
        "老订单按原单价发完为止，新订单一律按新价签。",
        "对外口径统一为原材料上涨，具体幅度不得在朋友圈和客户群讨论。",
        "{client}等重点客户由销售总监单独沟通，可给{pct}的缓冲。",
        "新价目在系统中{m}月{d}日零点切换，切换前仅财务和销售管理知晓。",
    ], ["品规", "现价（元）", "新价（元）", "变动"], _rows("{prod}", "{amt}", "{amt}", "{pct}"),
        chat=["下个月起每箱从{big}改{big}，先别跟客户讲", "那在途的订单呢", "在途按老的走",
              "华南晚一个月执行"])


@topic("price_change")
def _price_cut(r):
    return Bundle(fill("{short}季末促销让利方案（未发布）", r), [
        "季末对渠道让利{pct}，仅限{m}月{d}日至{m}月{d}日下单。",
        "电商平台到手价由{big}元降到{big}元，活动开始前不得上架页面。",
        "竞品预计下月也会下探，我们要先一步。",
        "让利部分由市场费用承担，预计影响毛利约{wan}万元。",
        "方案经总经理批准后执行，任何人不得提前向经销商透露。",
    ], ["渠道", "原到手价", "活动到手价", "预计销量"], _rows("{client}", "{amt}", "{amt}", "{big}"),
        chat=["促销价定了，到手{big}", "页面先别上", "经销商那边等通知"])


# --- financial (机密) ----------------------------------------------------------------------

@topic("financial")
def _fin_monthly(r):
    return Bundle(fill("{yr}年{m}月经营结果（财务口径）", r), [
        "本月收入{wan}万元，毛利{wan}万元，毛利率{pct}。",
        "期间费用合计{wan}万元，其中利息支出{wan}万元。",
        "应收账款余额{wan}万元，账龄一年以上的占{pct}。",
        "存货周转天数{n}天，较上月增加{n}天。",
        "经营活动现金净流出{wan}万元，主要因集中付款。",
        "附：科目余额表、往来明细，仅供管理层参阅。",
    ], ["科目", "本月", "本年累计", "上年同期"], _rows("{amt}", "{amt}", "{amt}"),
        chat=["这个月的账出了，毛利掉了", "费用超了{wan}万", "应收那块老板肯定要问"])


@topic("financial")
def _fin_voucher(r):
    return Bundle(fill("记账凭证汇总 {yr}-{m}", r), [
        "摘要：支付{vendor}货款 借：应付账款 {amt} 贷：银行存款 {amt}",
        "摘要：计提本月折旧 借：制造费用 {amt} 贷：累计折旧 {amt}",
        "摘要：收到{client}回款 借：银行存款 {amt} 贷：应收账款 {amt}",
        "摘要：结转成本 借：主营业务成本 {amt} 贷：库存商品 {amt}",
        "对公账户：{bank}{city}分行，账号 {card}",
    ], ["凭证号", "摘要", "借方", "贷方"], _rows("记-{big}", "{amt}", "{amt}"),
        chat=["本月的凭证我导出来了", "往来对不上，差{amt}", "明天找出纳核一下流水"])


@topic("financial")
def _fin_cash(r):
    return Bundle(fill("下季度资金安排（{dept}）", r), [
        "预计流入{wan}万元，流出{wan}万元，缺口{wan}万元。",
        "拟向{bank}申请流动资金贷款{wan}万元，利率不高于{pct}。",
        "{vendor}的货款争取延后{n}天支付。",
        "银行承兑汇票到期{wan}万元需提前备款。",
        "请各部门按月上报用款计划，超出部分不予安排。",
    ], ["月份", "流入（万元）", "流出（万元）", "余额（万元）"], _rows("{wan}", "{wan}", "{wan}"))


# --- statistics (机密) ---------------------------------------------------------------------

@topic("statistics")
def _stat_sales(r):
    return Bundle(fill("{m}月各片区出货与达成", r), [
        "全月出货{big}吨，达成率{pct}，华中片区最好。",
        "{city}办事处连续两个月未达标，差距{big}台。",
        "线上渠道占比升至{pct}，客单价{amt}元。",
        "门店日均客流{big}人次，转化率{pct}。",
        "下月目标上调{pct}，请各片区负责人确认。",
    ], ["片区", "目标", "实际", "达成"], _rows("{city}", "{big}", "{big}", "{pct}"),
        chat=["上个月出货数出来了，{big}吨", "华中超了，西南拉胯", "老板要看分渠道的", "我晚上发你"])


@topic("statistics")
def _stat_ops(r):
    return Bundle(fill("{short}周度运营看板", r), [
        "本周产出{big}件，一次合格率{pct}，设备综合效率{pct}。",
        "订单交付准时率{pct}，延误{n}单。",
        "仓内周转{n}天，呆滞品金额{wan}万元。",
        "人均产出较去年同期提高{pct}。",
        "数据仅供经营层使用，请勿外传。",
    ], ["指标", "本周", "上周", "变化"], _rows("{big}", "{big}", "{pct}"))


# --- meeting_minutes (机密) ----------------------------------------------------------------

@topic("meeting_minutes")
def _minutes_exec(r):
    return Bundle(fill("第{n}次经营班子碰头会议定事项", r), [
        "{p}汇报了{city}项目进展，与会同志一致同意追加预算{wan}万元。",
        "关于{prod}质量投诉，由品质部牵头{n}日内拿出整改报告。",
        "同意对{dept}负责人进行调整，具体人选会后再议。",
        "{client}的欠款问题，由法务合规部发函催收，必要时起诉。",
        "会议要求，所议事项在正式发文前不得外传。",
    ], ["序号", "事项", "责任人", "完成时限"], _rows("{p}", "{date}"),
        styles=("minutes", "email", "markdown", "memo", "gongwen"))


@topic("meeting_minutes")
def _minutes_project(r):
    return Bundle(fill("{prod}项目周例会记录", r), [
        "参加：{p}、{p}、{p}、{p}；记录：{p}。",
        "结论一：样件评审推迟到{m}月{d}日，原因是供方模具未到。",
        "结论二：客户要求的降本{pct}暂不答复，等成本核算后再谈。",
        "遗留问题：测试台架不够，需协调{dept}借用。",
        "下次例会{m}月{d}日下午两点，地点三楼小会议室。",
    ], ["事项", "负责人", "状态"], _rows("{p}", "进行中"), styles=("minutes", "markdown", "email", "chat", "memo"),
        chat=["今天例会的结论我整理一下", "样件评审推到{m}月{d}日", "降本的事先不回客户", "台架找{dept}借"])


# --- technical (机密) ----------------------------------------------------------------------

@topic("technical")
def _tech_process(r):
    return Bundle(fill("{prod}关键工序作业要点", r), [
        "固化温度控制在{big}±5℃，保温{n}分钟，升温速率不超过3℃/min。",
        "A 胶与 B 胶按 100:{n} 配比，搅拌后{n}分钟内用完。",
        "焊接电流{big}A，电压{n}V，送丝速度{n}m/min。",
        "关键尺寸公差±0.0{n}mm，超出需隔离并通知品质部。",
        "烧录固件版本 V{n}.{n}.{n}，校验码写入第二扇区。",
        "此参数来自多轮试制，只在车间现场使用，不得拍照外传。",
    ], ["工步", "设定值", "允许范围", "检测方法"], _rows("{big}", "±{n}", "首件检测"),
        chat=["焊那批件的参数我发你：电流{big}A", "电压{n}V 别动", "送丝速度调到{n}", "今天试了三次才稳定"])


@topic("technical")
def _tech_design(r):
    return Bundle(fill("{prod}下一代方案评审意见", r), [
        "主控由单核改为双核，算力提升{pct}，功耗控制在{n}W以内。",
        "结构件从压铸改为型材加工，减重{pct}。",
        "通信协议沿用自研私有协议，帧格式见附件二。",
        "关键器件国产替代清单已确认，样机{m}月{d}日前完成。",
        "仿真结果显示温升{n}K，需要增加散热鳍片。",
        "本评审材料含核心设计，仅限项目组查阅。",
    ], ["模块", "现方案", "新方案", "风险"], _rows("{n}W", "{n}W", "中"),
        chat=["新板子的温升还是高", "仿真{n}K，得加鳍片", "协议还用我们自己那套"])


# --- customers (机密) ----------------------------------------------------------------------

@topic("customers")
def _cust_list(r):
    return Bundle(fill("{city}片区重点单位对接表", r), [
        "{client}：对接人{p}，手机{tel}，年采购约{wan}万元，关注交期。",
        "{client}：采购负责人{p}，电话{tel}，明年有扩产需求。",
        "{client}：决策人是副总{p}，喜欢面谈，不要发太多资料。",
        "各片区负责人请每周更新一次，离职交接时必须移交。",
        "此表不得发给代理商。",
    ], ["单位", "对接人", "电话", "年采购额（万元）"], _rows("{client}", "{p}", "{tel}", "{wan}"),
        chat=["{client}的采购换人了，新的是{p}", "电话{tel}", "他们明年要扩产，得抓紧"])


@topic("customers")
def _cust_visit(r):
    return Bundle(fill("拜访小结：{client}", r), [
        "{date}拜访了{client}，见到设备科{p}和采购{p}。",
        "对方现用竞品，价格{amt}元，但售后不满意。",
        "意向采购{big}台，预算约{wan}万元，{m}月前定。",
        "对方希望账期{n}天，我们可以考虑。",
        "后续由{p}跟进，下周送样。",
    ], ["日期", "对象", "内容", "下一步"], _rows("{date}", "{p}", "送样"),
        fields=[("单位", "{client}"), ("拜访人", "{p}"), ("对方人员", "{p}"), ("意向数量", "{big}台"),
                ("预算", "{wan}万元"), ("电话", "{tel}")])


# --- suppliers (机密) ----------------------------------------------------------------------

@topic("suppliers")
def _sup_quotes(r):
    return Bundle(fill("主要物料最新来价对比", r), [
        "{vendor}这次给的数是{amt}元/吨，比上月低{pct}。",
        "{vendor}含税到厂{amt}元，账期{n}天，起订量{big}公斤。",
        "年度框架量{big}吨，对方同意阶梯返点。",
        "备选厂家{vendor}样品已通过，质量略差但便宜{pct}。",
        "以上来价仅用于内部比选，不得透露给其他厂家。",
    ], ["厂家", "物料", "来价", "交期"], _rows("{vendor}", "{prod}", "{amt}", "{n}天"),
        chat=["{vendor}最新给的数{amt}", "比{vendor}便宜", "账期能到{n}天", "先别告诉另一家"])


@topic("suppliers")
def _sup_review(r):
    return Bundle(fill("{yr}年度外协厂家考评结果", r), [
        "{vendor}：交付及时率{pct}，来料不良{n}批，评为 B 级。",
        "{vendor}：价格有优势，但两次断供，下年度降低份额。",
        "{vendor}：新引入，试用期{n}个月。",
        "考评结果用于下年度份额分配，不对外公布。",
    ], ["厂家", "交付", "质量", "等级"], _rows("{vendor}", "{pct}", "{n}批", "B"))


# --- personnel (秘密) ----------------------------------------------------------------------

@topic("personnel")
def _pers_roster(r):
    return Bundle(fill("{dept}在职人员信息表", r), [
        "{p}，身份证 {id}，{yr}年入司，住{city}市。",
        "{p}，证件号 {id}，试用期至{date}。",
        "{p}，身份证 {id}，已婚，紧急联系人{p} {tel}。",
        "请核对后返回人力行政部，不得外传。",
    ], ["姓名", "证件号码", "岗位", "入司时间"], _rows("{p}", "{id}", "工程师", "{date}"))


@topic("personnel")
def _pers_review(r):
    return Bundle(fill("关于{p}同志试用期表现的意见", r), [
        "该同志{date}入职，岗位为{dept}主管。",
        "试用期内两次延误项目节点，沟通能力有待提高。",
        "部门建议延长试用期{n}个月，期满再评。",
        "背景核实时前单位反馈其存在离职纠纷。",
        "本意见仅供人力行政部存档。",
    ], ["项目", "评分", "说明"], _rows("{n}", "部门评价"),
        fields=[("姓名", "{p}"), ("部门", "{dept}"), ("入职时间", "{date}"), ("评价", "延长试用"),
                ("身份证", "{id}")],
        chat=["{p}的试用期怎么说", "部门意思延{n}个月", "前单位那边反馈不太好", "先别跟本人讲"])


@topic("personnel")
def _pers_move(r):
    return Bundle(fill("{m}月人员变动情况", r), [
        "{p}由{dept}调往{dept}，职级不变。",
        "{p}因个人原因申请离开，{date}办结交接。",
        "{p}拟提拔为{dept}副经理，公示前保密。",
        "{p}因违反考勤纪律给予书面警告。",
    ], ["姓名", "原部门", "变动", "日期"], _rows("{p}", "{dept}", "调岗", "{date}"))


# --- compensation (秘密) -------------------------------------------------------------------

@topic("compensation")
def _comp_pay(r):
    return Bundle(fill("{yr}年{m}月发放明细（{dept}）", r), [
        "{p}：固定部分{amt}，浮动部分{amt}，扣减{amt}，到手{amt}。",
        "{p}：月度绩效系数1.{n}，本月到手{amt}元。",
        "代发行：{bank}，{m}月{d}日到账。",
        "明细仅发给本人，请勿互相打听。",
    ], ["姓名", "固定部分", "浮动部分", "代扣", "到手"], _rows("{p}", "{amt}", "{amt}", "{amt}", "{amt}"),
        chat=["这个月的到手数我核了一遍", "{p}少了{amt}，是扣了社保差额", "明天让银行代发"])


@topic("compensation")
def _comp_bonus(r):
    return Bundle(fill("{yr}年度年终奖代发清单", r), [
        "本次共{big}人，合计{wan}万元，由{bank}代发。",
        "{p}：年终奖{amt}元，卡号{card}。",
        "{p}：{amt}元，{n}月{d}日发放。",
        "超过部门包干额的部分已由总经理审批。",
    ], ["姓名", "部门", "金额（元）", "收款账号"], _rows("{p}", "{dept}", "{amt}", "{card}"))


@topic("compensation")
def _comp_adjust(r):
    return Bundle(fill("{dept}定级定档调整建议", r), [
        "{p}：由{n}档调至{n}档，月度标准增加{amt}元。",
        "{p}：维持原档，考虑明年再调。",
        "整体人工成本增加{pct}，在预算范围内。",
        "新标准{m}月起执行，到手变化请部门负责人当面告知。",
    ], ["姓名", "原档", "新档", "月增（元）"], _rows("{p}", "{n}", "{n}", "{amt}"),
        chat=["今年的定档建议出来了", "{p}升两档", "人工成本多了{pct}", "当面跟本人说，别发群里"])


# --- contracts (秘密) ----------------------------------------------------------------------

@topic("contracts")
def _contract_main(r):
    return Bundle(fill("{prod}购销协议（{short}与{client}）", r), [
        "甲方：{client}  乙方：{co}",
        "一、标的：{prod}共{big}套，单价{amt}元，总额{wan}万元。",
        "二、交付：乙方于{date}前送达甲方指定地点。",
        "三、付款：到货验收后{n}日内付清，质保金{pct}。",
        "四、违约：逾期交付每日按合同总额的千分之{n}计付违约金。",
        "五、本协议一式两份，双方盖章后生效。",
    ], ["条款", "内容"], _rows("按双方约定"), styles=("gongwen", "memo", "email", "markdown", "form"))


@topic("contracts")
def _contract_supplement(r):
    return Bundle(fill("补充约定（编号 BC-{big}）", r), [
        "经友好协商，双方就原合同付款节点变更达成一致。",
        "原约定的预付款{pct}调整为{pct}，其余条款不变。",
        "乙方同意延长质保{n}个月。",
        "本补充约定与原合同具有同等效力。",
        "甲方（盖章）：{co}  乙方（盖章）：{client}",
    ], ["项目", "原约定", "变更后"], _rows("{pct}", "{pct}"),
        chat=["补充约定改好了，付款比例改成{pct}", "法务看过了吗", "看过了，明天走用印"])


# --- internal (内部) -----------------------------------------------------------------------

@topic("internal")
def _int_notice(r):
    return Bundle(fill("关于{m}月{d}日园区停水的温馨提示", r), [
        "因市政管网检修，{m}月{d}日8:00至18:00园区停水。",
        "食堂当天中午改供盒饭，请提前在小程序报餐。",
        "卫生间请使用二号楼，给大家带来不便敬请谅解。",
        "如有疑问请联系物业{p}，分机{big}。",
    ], chat=["明天园区停水一天", "食堂中午改盒饭", "报餐截止今晚八点"])


@topic("internal")
def _int_event(r):
    return Bundle(fill("{yr}年秋季团建报名", r), [
        "时间：{m}月{d}日（周六），地点：{city}近郊。",
        "每人限带一名家属，费用由工会承担。",
        "报名截止{m}月{d}日，请各部门汇总后发给人力行政部。",
        "当天早上七点半在公司门口集合，统一乘车。",
    ], ["部门", "报名人数", "联系人"], _rows("{dept}", "{n}", "{p}"),
        chat=["团建报名啦", "可以带家属吗", "可以，限一位", "集合时间七点半"])


@topic("internal")
def _int_issue_rules(r):
    rule = r.choice(["差旅费用报销管理办法", "印章使用管理规定", "合同审批流程", "客户信息保管细则",
                     "信息系统账号管理规范", "薪酬福利管理制度", "供应商准入管理办法", "投标工作管理规定",
                     "价格审批管理办法", "研发项目管理规程"])
    return Bundle(fill(f"{{short}}关于印发《{rule}》的通知", r), [
        f"各部门、各子公司：现将《{rule}》印发给你们，请认真组织学习并遵照执行。",
        f"原《{rule}（{{yr}}版）》同时废止。",
        "执行中遇到的问题，请及时反馈至总经办。",
        "附件：" + rule,
    ], styles=("gongwen", "email", "memo"))


@topic("internal")
def _int_rule_text(r):
    rule = r.choice(["员工费用报销规定", "出差住宿标准规定", "涉密载体管理办法", "采购比价管理细则",
                     "设备点检操作规程", "新员工入职须知", "数据备份管理规范", "客户接待工作指引"])
    return Bundle(rule, [
        "第一条 为规范相关工作，结合公司实际，制定本规定。",
        "第二条 本规定适用于公司各部门及全资子公司。",
        "第三条 责任部门负责本规定的解释、培训和监督检查。",
        "第四条 单笔金额超过{big}元的事项须经分管领导审批。",
        "第五条 违反本规定的，视情节给予通报批评。",
        "第六条 本规定自{date}起施行。",
    ], styles=("gongwen", "markdown", "memo"))


@topic("internal")
def _int_training(r):
    return Bundle(fill("{m}月新员工培训日程", r), [
        "第一天上午：公司介绍和企业文化，地点一楼报告厅。",
        "第一天下午：安全生产和消防常识，由{p}讲授。",
        "第二天：信息安全意识、办公系统使用。",
        "请学员自带笔记本，按时签到。",
    ], ["时间", "内容", "讲师"], _rows("{date}", "{p}"),
        chat=["下周新人培训的日程发群里了", "报告厅投影坏了", "我找行政修"])


# --- public (公开) -------------------------------------------------------------------------

@topic("public")
def _pub_news(r):
    return Bundle(fill("{short}{prod}项目落地{city}", r), [
        "本报讯 {date}，{co}{prod}项目在{city}正式签约，总投资{wan}万元。",
        "据介绍，项目投产后预计年产值{wan}万元，带动就业{big}人。",
        "该公司负责人在接受采访时表示，将继续加大研发投入。",
        "当地政府相关负责人出席签约仪式。",
        "（来源：{city}日报 编辑：{p}）",
    ], styles=("news", "markdown", "memo"))


@topic("public")
def _pub_announcement(r):
    return Bundle(fill("{co}关于获得政府补助的公告", r), [
        "股票代码：60{big}  股票简称：{short}  公告编号：{yr}-0{n}",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
        "公司于近日收到政府补助资金{wan}万元，占最近一期经审计净利润的{pct}。",
        "上述补助将计入当期损益，具体会计处理以审计结果为准。",
        "敬请广大投资者注意投资风险。特此公告。",
    ], styles=("news", "gongwen", "memo"))


@topic("public")
def _pub_gov(r):
    return Bundle(fill("{city}市人民政府办公室关于印发{city}市促进制造业高质量发展若干措施的通知", r), [
        "各区（县）人民政府，市政府各部门：",
        "经市政府同意，现将若干措施印发给你们，请结合实际认真贯彻执行。",
        "对新建智能工厂按设备投资额的{pct}给予补助，最高不超过{wan}万元。",
        "本措施自印发之日起施行，有效期三年。",
        "（此件公开发布）",
    ], styles=("gongwen", "news", "markdown"))


@topic("public")
def _pub_template(r):
    return Bundle(fill("{prod}买卖合同（示范文本）", r), [
        "出卖人：________  买受人：________",
        "第一条 标的物名称、规格、数量：________",
        "第二条 价款：人民币________元（大写：________）。",
        "第三条 交付时间、地点：________",
        "第四条 本合同自双方签字盖章之日起生效。",
        "本示范文本由市场监督管理部门制定，供当事人参照使用。",
    ], styles=("gongwen", "memo", "form"))


@topic("public")
def _pub_blank_form(r):
    return Bundle("个人所得税专项附加扣除信息表（空白）", [
        "纳税人姓名：________  纳税人识别号：________",
        "扣除项目：□子女教育 □继续教育 □住房贷款利息 □赡养老人",
        "填报日期：____年__月__日",
        "本表由国家税务总局统一制定，可从官方网站下载。",
    ], fields=[("姓名", "________"), ("身份证件号码", "________"), ("联系电话", "________"),
               ("填表说明", "请如实填写")], styles=("form", "memo"))


@topic("public")
def _pub_recruit(r):
    return Bundle(fill("{short}{yr}届校园招聘简章", r), [
        "{co}成立于{yr}年，是一家专注于{prod}的高新技术企业。",
        "招聘岗位：研发工程师、工艺工程师、销售管培生，共{big}人。",
        "薪酬待遇：具有市场竞争力，五险一金，带薪年假。",
        "简历投递：公司官网“加入我们”栏目。",
        "欢迎广大毕业生踊跃报名！",
    ], styles=("news", "markdown", "memo"))


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------

def _sentences(b: Bundle, r: random.Random, count: int) -> list[str]:
    picked = r.sample(b.sentences, min(count, len(b.sentences)))
    while len(picked) < count:
        picked.append(r.choice(b.sentences))
    return [fill(s, r) for s in picked]


def _table_rows(b: Bundle, r: random.Random, count: int) -> list[list[str]]:
    return [b.row(r, i + 1) for i in range(count)] if b.row else []


def _header(b: Bundle, r: random.Random) -> list[str]:
    return ["序号"] + [fill(h, r) for h in b.header] if b.row else []


def style_email(b: Bundle, r: random.Random, size: int) -> str:
    lines = [f"发件人：{person(r)} <{r.choice(['zhang', 'li', 'wang', 'chen', 'liu'])}{r.randint(1, 99)}@corp.example>",
             f"收件人：{person(r)}；{person(r)}", f"时间：{date(r)} {r.randint(8, 21)}:{r.randint(0, 59):02d}",
             f"主题：{'回复：' if r.random() < 0.3 else ''}{b.title}", "", f"{person(r)[1:]}，你好："]
    lines += _sentences(b, r, size)
    if b.row and r.random() < 0.6:
        lines += ["", "明细如下：", "\t".join(_header(b, r))] + ["\t".join(row) for row in _table_rows(b, r, size)]
    lines += ["", r.choice(["谢谢！", "辛苦！", "请查收。", "有问题随时找我。"]), person(r), r.choice(DEPTS)]
    return "\n".join(lines)


def style_chat(b: Bundle, r: random.Random, size: int) -> str:
    speakers = [person(r) for _ in range(3)]
    pool = [fill(c, r) for c in b.chat] or _sentences(b, r, size)
    lines = [r.choice([f"【{b.title}】群聊记录", f"{r.choice(DEPTS)}工作群", "聊天记录导出"])]
    hour, minute = r.randint(8, 20), r.randint(0, 50)
    for i in range(max(size, len(pool))):
        minute += r.randint(0, 4)
        text = pool[i % len(pool)] if i < len(pool) else fill(r.choice(b.sentences), r)
        lines.append(f"{speakers[i % 3]} {hour + minute // 60}:{minute % 60:02d}\n{text}")
    return "\n".join(lines)


def style_form(b: Bundle, r: random.Random, size: int) -> str:
    lines = [b.title, f"编号：{r.choice('ABCDEFG')}{r.randint(1000, 9999)}    填表日期：{date(r)}"]
    fields = [(k, fill(v, r)) for k, v in b.fields] or [(f"事项{i + 1}", s) for i, s in enumerate(_sentences(b, r, size))]
    lines += [f"{k}：{v}" for k, v in fields]
    if b.fields:
        lines += [f"说明：{s}" for s in _sentences(b, r, max(1, size // 2))]
    lines += ["经办人签字：________", "审核：________"]
    return "\n".join(lines)


def style_flat(b: Bundle, r: random.Random, size: int) -> str:
    """A table as a PDF extractor flattens it: cells run together with spaces, rows sometimes merged."""
    if not b.row:
        return style_memo(b, r, size)
    rows = _table_rows(b, r, size + 2)
    lines = [b.title, " ".join(_header(b, r))]
    for row in rows:
        lines.append(" ".join(row) if r.random() < 0.7 else "  ".join(row) + " " + " ".join(r.choice(rows)))
    lines += ["注：" + s for s in _sentences(b, r, 2)]
    lines.append(f"制表：{person(r)}  {date(r)}  第 1 页 共 1 页")
    return "\n".join(lines)


def style_markdown(b: Bundle, r: random.Random, size: int) -> str:
    lines = [f"# {b.title}", "", f"> 更新：{date(r)}  负责人：{person(r)}", "", "## 要点", ""]
    lines += [f"- {s}" for s in _sentences(b, r, size)]
    if b.row:
        header = _header(b, r)
        lines += ["", "## 明细", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in _table_rows(b, r, size)]
    return "\n".join(lines)


def style_gongwen(b: Bundle, r: random.Random, size: int) -> str:
    org = r.choice(COMPANIES)
    lines = [b.title, f"{SHORT[org]}〔{r.choice([2024, 2025, 2026])}〕{r.randint(1, 90)}号", ""]
    numerals = "一二三四五六七八九十"
    for i, s in enumerate(_sentences(b, r, size)):
        lines.append(f"{numerals[i % 10]}、{s}")
    if b.row and r.random() < 0.5:
        lines += ["附表：", "  ".join(_header(b, r))] + ["  ".join(row) for row in _table_rows(b, r, size // 2 + 1)]
    lines += ["", org, date(r)]
    return "\n".join(lines)


def style_minutes(b: Bundle, r: random.Random, size: int) -> str:
    lines = [b.title, f"时间：{date(r)} 下午", f"地点：{r.choice(['三楼会议室', '总部 808', '线上腾讯会议'])}",
             f"主持：{person(r)}", f"参加：{'、'.join(person(r) for _ in range(r.randint(3, 7)))}", f"记录：{person(r)}", ""]
    lines += [f"{i + 1}. {s}" for i, s in enumerate(_sentences(b, r, size))]
    if b.row:
        lines += ["", "待办："] + ["；".join(row) for row in _table_rows(b, r, 3)]
    return "\n".join(lines)


def style_memo(b: Bundle, r: random.Random, size: int) -> str:
    lines = [b.title, *_sentences(b, r, size)]
    if r.random() < 0.5:
        lines.append(f"—— {person(r)} {date(r)}")
    return "\n".join(lines)


def style_news(b: Bundle, r: random.Random, size: int) -> str:
    lines = [b.title, f"发布时间：{date(r)}  来源：{r.choice(['本网', '新华财经', '证券时报网', '政府门户网站'])}", ""]
    lines += _sentences(b, r, size)
    lines.append(r.choice(["【打印】【关闭】", "责任编辑：" + person(r), "分享到：微博 微信"]))
    return "\n".join(lines)


STYLES: dict[str, Callable[[Bundle, random.Random, int], str]] = {
    "email": style_email, "chat": style_chat, "form": style_form, "flat": style_flat, "markdown": style_markdown,
    "gongwen": style_gongwen, "minutes": style_minutes, "memo": style_memo, "news": style_news,
}

COUNTS = {"public": 34, "internal": 34}  # the rest: 20 each


def make(seed: int) -> list[dict[str, str]]:
    docs: list[dict[str, str]] = []
    serial = 0
    for category in LEVEL_OF:
        for index in range(COUNTS.get(category, 20)):
            r = random.Random(f"{seed}/{category}/{index}")
            bundle = TOPICS[category][index % len(TOPICS[category])](r)
            style = r.choice(bundle.styles)
            size = r.choice([2, 3, 4, 5, 6, 8, 10, 14, 20, 30])
            text = STYLES[style](bundle, r, size)
            serial += 1
            docs.append({"id": f"extra-{serial:04d}", "level": LEVEL_OF[category], "category": category,
                         "style": style, "text": text})
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    docs = make(args.seed)
    args.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"wrote {len(docs)} documents to {args.out}")


if __name__ == "__main__":
    main()
