#!/usr/bin/env python3
"""Generate the Miji training corpus: classifiers/corpus/train.jsonl.

Every document is composed from hand-written fragments (sentences, clause variants, names,
figures) by several templates per category, with a per-document random generator derived from
one seed, so the output is deterministic: running this script rewrites train.jsonl byte for byte.

All companies, people, products, ID numbers, bank accounts and passwords are fictional and
generated here. Resident ID numbers carry valid GB 11643 check digits; bank card numbers pass
Luhn; neither belongs to anyone.

Labels follow what a document IS, not the words it mentions: published material is 公开, a
制度/办法 about a sensitive topic is 内部, a company's own draft contract is 秘密, and so on.

Usage:  python make_train.py [--out PATH] [--per-category N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random

SEED = 20240917
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "train.jsonl"

LEVEL_OF = {
    "strategy": "绝密", "bid": "绝密", "admin_credentials": "绝密", "price_change": "绝密",
    "financial": "机密", "statistics": "机密", "meeting_minutes": "机密", "technical": "机密",
    "customers": "机密", "suppliers": "机密",
    "personnel": "秘密", "compensation": "秘密", "contracts": "秘密",
    "internal": "内部", "public": "公开",
}

# ---------------------------------------------------------------------------------------------
# Pools of fictional names and things
# ---------------------------------------------------------------------------------------------

COMPANIES = [
    "华岳精工股份有限公司", "东澜物流有限公司", "青禾食品科技有限公司", "远川新材料股份有限公司",
    "澄江电子科技有限公司", "北辰智能装备有限公司", "苏岭纺织集团有限公司", "嘉沐医疗器械有限公司",
    "恒拓建设工程有限公司", "云栖软件技术有限公司", "鹭岛海洋生物科技有限公司", "金穗农业发展有限公司",
    "明湖化工有限公司", "汇通万联供应链管理有限公司", "西岑汽车零部件有限公司", "安澜环保科技股份有限公司",
    "星野文化传媒有限公司", "松石家居用品有限公司", "铂川能源装备股份有限公司", "临风光电科技有限公司",
    "昱成制药股份有限公司", "荣晟包装材料有限公司", "越秀堂餐饮管理有限公司", "启衡检测技术有限公司",
    "南屿冷链物流有限公司", "岚山机电设备有限公司", "和光半导体有限公司", "青川水务工程有限公司",
    "宏骏钢构有限公司", "沐阳日化股份有限公司", "天衢数据服务有限公司", "磐石建材有限公司",
]
# short name used in running text
def short_name(full: str) -> str:
    for suffix in ("股份有限公司", "集团有限公司", "有限公司"):
        if full.endswith(suffix):
            full = full[: -len(suffix)]
            break
    for tail in ("科技", "技术", "智能装备", "新材料", "供应链管理", "发展", "管理", "工程", "设备"):
        if full.endswith(tail) and len(full) - len(tail) >= 2:
            return full[: -len(tail)]
    return full

CLIENT_ORGS = [
    "瀚海市第二人民医院", "江岸区城市建设投资有限公司", "宁川港务集团有限公司", "南沙湾开发区管委会",
    "丰禾连锁超市有限公司", "新梧桐实业有限公司", "华茂置业有限公司", "金岭电力有限公司",
    "白鹭湾酒店管理有限公司", "广陵轨道交通有限公司", "千禧商业管理有限公司", "北江水泥有限公司",
    "东坡区教育局", "云岭大学", "海曙区人民政府办公室", "绿洲乳业有限公司", "长河石化有限公司",
    "瑞丰汽车销售服务有限公司", "博远医药连锁有限公司", "三江口物业服务有限公司",
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "上官"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁欣悦琳雪晨阳颖倩婷思睿泽涵子轩梓萱一诺嘉铭佳怡晓峰志远海波建国春梅秋菊冬青文博雨桐若曦")

DEPTS = ["财务部", "人力资源部", "市场部", "销售部", "采购部", "生产部", "技术研发中心", "质量管理部",
         "信息中心", "行政部", "综合办公室", "法务部", "审计部", "战略发展部", "供应链管理部", "工程部",
         "客户服务部", "证券事务部", "安全环保部", "物流部"]

CITIES = ["杭州", "苏州", "南京", "合肥", "宁波", "无锡", "嘉兴", "常州", "南通", "绍兴", "成都", "武汉",
          "长沙", "郑州", "西安", "济南", "青岛", "厦门", "福州", "东莞", "佛山", "天津", "沈阳", "昆明"]
DISTRICTS = ["高新区", "经开区", "滨江区", "工业园区", "新城区", "临港片区", "西湖区", "江北新区", "保税区"]
ROADS = ["长兴路", "文汇路", "学院路", "科技大道", "望江路", "梧桐街", "建设北路", "民生路", "解放东路",
         "金桥路", "江南大道", "纬二路", "翠柏路", "创业路", "湖滨路"]

PRODUCT_LINES = [
    ("精密轴承", ["HY-6204", "HY-6306", "HY-7008C", "HY-NU210", "HY-32212"]),
    ("伺服电机", ["BC-SM80", "BC-SM110", "BC-SM130", "BC-SM180"]),
    ("冷冻水饺", ["三鲜1kg", "猪肉白菜1kg", "韭菜鸡蛋500g", "玉米猪肉2.5kg"]),
    ("改性塑料粒子", ["PA66-GF30", "PP-T20", "PC/ABS-FR", "PBT-GF15"]),
    ("工业相机", ["LF-C500", "LF-C1200", "LF-C2000M", "LF-LS4K"]),
    ("净水设备", ["AL-RO400", "AL-RO800", "AL-UF1000", "AL-CW30"]),
    ("家用床垫", ["云眠M1", "云眠M3", "松石Pro", "松石Lite"]),
    ("输液器", ["JM-IV20", "JM-IV20P", "JM-PR50", "JM-EX10"]),
    ("锂电池模组", ["BC-48V100", "BC-51V200", "BC-12V50", "BC-96V150"]),
    ("洗衣凝珠", ["沐阳清香30颗", "沐阳薰衣草52颗", "沐阳母婴20颗", "沐阳强效40颗"]),
    ("瓦楞纸箱", ["三层A楞", "五层BC楞", "七层AAB楞", "彩印五层"]),
    ("车用线束", ["XC-H01", "XC-H07", "XC-BMS2", "XC-D12"]),
]

SYSTEMS = ["ERP（用友U8）", "OA办公系统", "CRM客户管理系统", "MES制造执行系统", "WMS仓储系统",
           "企业邮箱管理后台", "官网CMS后台", "财务共享平台", "HR人事系统", "SRM供应商门户",
           "监控平台Zabbix", "GitLab代码库", "Jenkins构建平台", "堡垒机JumpServer", "阿里云控制台",
           "门禁管理系统", "视频监控NVR", "钉钉管理后台", "企业微信管理后台", "数据仓库Hive"]

AREA_CODES = ["110101", "110105", "120103", "130102", "140105", "210202", "220104", "310104", "310115",
              "320102", "320506", "320583", "330106", "330203", "330402", "340104", "350203", "360102",
              "370202", "370102", "410105", "420106", "430104", "440106", "440305", "441900", "450103",
              "500103", "510107", "520102", "530102", "610113", "620102", "640104"]
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行", "浦发银行",
         "兴业银行", "中信银行", "宁波银行", "杭州银行", "江苏银行"]
CARD_PREFIX = ["622202", "621700", "622848", "621661", "622588", "622262", "621792", "622908", "622690"]

EDU = ["本科", "硕士研究生", "大专", "博士研究生", "中专", "本科"]
POLITICAL = ["中共党员", "群众", "共青团员", "群众", "民盟盟员"]
POSITIONS = ["工程师", "高级工程师", "销售经理", "会计", "出纳", "采购专员", "人事专员", "行政助理",
             "生产主管", "质检员", "仓库管理员", "软件工程师", "产品经理", "区域经理", "设备维修工",
             "项目经理", "法务专员", "司机", "操作工", "技术员"]


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

def person(r: random.Random) -> str:
    s = r.choice(SURNAMES)
    g = r.choice(GIVEN) if r.random() < 0.35 else r.choice(GIVEN) + r.choice(GIVEN)
    return s + g


def people(r: random.Random, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        p = person(r)
        if p not in seen:
            seen.append(p)
    return seen


def cdate(r: random.Random, y0: int = 2022, y1: int = 2025) -> str:
    return f"{r.randint(y0, y1)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def ymd(r: random.Random, year: int | None = None) -> tuple[int, int, int]:
    return (year or r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))


def fmt_date(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


def dash_date(t: tuple[int, int, int]) -> str:
    return f"{t[0]}-{t[1]:02d}-{t[2]:02d}"


def money(r: random.Random, lo: float, hi: float, dec: bool = True) -> str:
    v = r.uniform(lo, hi)
    return f"{v:,.2f}" if dec else f"{int(v):,}"


def wan(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):.{r.choice([0, 1, 2])}f}"


def pct(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):.1f}%"


def phone(r: random.Random) -> str:
    return f"1{r.choice('3456789')}{r.randint(0, 9)}{r.randint(0, 9999):04d}{r.randint(0, 9999):04d}"


def landline(r: random.Random) -> str:
    return f"0{r.choice(['571', '512', '25', '551', '574', '510', '28', '27', '731', '21'])}-{r.randint(60000000, 89999999)}"


def address(r: random.Random) -> str:
    return f"{r.choice(CITIES)}市{r.choice(DISTRICTS)}{r.choice(ROADS)}{r.randint(1, 899)}号"


def resident_id(r: random.Random, y0: int = 1965, y1: int = 2003) -> str:
    body = (r.choice(AREA_CODES) + f"{r.randint(y0, y1)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + f"{r.randint(0, 999):03d}")
    total = sum(int(d) * w for d, w in zip(body, ID_WEIGHTS))
    return body + ID_CHECK[total % 11]


def luhn_card(r: random.Random, length: int = 19) -> str:
    digits = r.choice(CARD_PREFIX) + "".join(str(r.randint(0, 9)) for _ in range(length - 7))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:  # positions that get doubled once the check digit is appended
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return digits + str((10 - total % 10) % 10)


def corp_account(r: random.Random) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(r.choice([15, 17, 20, 21])))


def password(r: random.Random) -> str:
    words = ["Hy", "Dl", "Sky", "Qh", "Ops", "Adm", "Yc", "Bj", "Tk", "Zx", "Mj", "Lf", "Ws", "Kp"]
    syms = "!@#$%&*_."
    style = r.randint(0, 3)
    if style == 0:
        return r.choice(words) + r.choice(syms) + str(r.randint(1000, 99999)) + r.choice(words).lower()
    if style == 1:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(r.randint(10, 16)))
    if style == 2:
        return f"{r.choice(words)}{r.randint(2019, 2025)}{r.choice(syms)}{r.choice(words)}{r.randint(10, 99)}"
    return "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(4)) + r.choice(syms) + \
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def ip(r: random.Random) -> str:
    net = r.choice(["10.0", "10.10", "10.20", "172.16", "172.20", "192.168"])
    return f"{net}.{r.randint(0, 60)}.{r.randint(2, 250)}"


def table(rows: list[list[str]], style: str) -> str:
    """Render rows: 'tab', 'pipe', 'md' (markdown), 'space' or 'csv'."""
    if style == "tab":
        return "\n".join("\t".join(row) for row in rows)
    if style == "csv":
        return "\n".join(",".join(row) for row in rows)
    if style == "space":
        return "\n".join("  ".join(row) for row in rows)
    if style == "md":
        head = "| " + " | ".join(rows[0]) + " |"
        sep = "|" + "|".join(["---"] * len(rows[0])) + "|"
        return "\n".join([head, sep] + ["| " + " | ".join(row) + " |" for row in rows[1:]])
    return "\n".join(" | ".join(row) for row in rows)


def cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else ("十" + "一二三四五六七八九"[n - 11] if n <= 19 else str(n))


def pick(r: random.Random, seq, k: int) -> list:
    return r.sample(list(seq), min(k, len(seq)))


def fill(s: str, c: dict) -> str:
    return s.format(**c)


class Doc:
    """A document being built: head lines, body chunks, tail lines, and a padding source."""

    def __init__(self, style: str):
        self.style = style
        self.head: list[str] = []
        self.body: list[str] = []
        self.tail: list[str] = []
        self.more = None  # callable returning one more body chunk, or None

    def text(self) -> str:
        parts = [p for p in ("\n".join(self.head), "\n".join(self.body), "\n".join(self.tail)) if p]
        return "\n".join(parts)

    def grow(self, target: int, limit: int = 5000) -> None:
        tries = 0
        while self.more and len(self.text()) < target and tries < 200:
            tries += 1
            chunk = self.more()
            if chunk is None:
                break
            if len(self.text()) + len(chunk) + 1 > limit:
                break
            self.body.append(chunk)


def ctx(r: random.Random) -> dict:
    """A bag of names and figures that fragments can refer to."""
    co = r.choice(COMPANIES)
    co2 = r.choice([c for c in COMPANIES if c != co])
    line, models = r.choice(PRODUCT_LINES)
    names = people(r, 8)
    y = r.randint(2022, 2025)
    return {
        "co": co, "cos": short_name(co), "co2": co2, "co2s": short_name(co2), "client": r.choice(CLIENT_ORGS),
        "line": line, "model": r.choice(models), "models": models, "p1": names[0], "p2": names[1],
        "p3": names[2], "p4": names[3], "p5": names[4], "p6": names[5], "p7": names[6], "p8": names[7],
        "dept": r.choice(DEPTS), "dept2": r.choice(DEPTS), "city": r.choice(CITIES), "city2": r.choice(CITIES),
        "y": y, "ny": y + 1, "py": y - 1, "m": r.randint(1, 12), "d": r.randint(1, 28),
        "date": fmt_date(ymd(r, y)), "date2": fmt_date(ymd(r, y)),
        "n1": r.randint(2, 9), "n2": r.randint(10, 60), "n3": r.randint(100, 900),
        "w1": wan(r, 50, 900), "w2": wan(r, 1000, 9000), "w3": wan(r, 5, 60),
        "pc1": pct(r, 1, 12), "pc2": pct(r, 3, 30), "pc3": pct(r, -15, 25),
        "q": r.randint(1, 4), "addr": address(r), "tel": phone(r), "tel2": landline(r),
    }


def wrap_formal(r: random.Random, c: dict, title: str, paras: list[str], issuer: str | None = None,
                number: str | None = None, to: str | None = None) -> Doc:
    """A 公文-style document: 文号, title, 主送, body, signature and 成文日期 at the end."""
    d = Doc("formal")
    if number:
        d.head.append(number)
    d.head.append(title)
    if to:
        d.head.append(to + "：")
    d.body.extend(paras)
    d.tail.append(issuer or c["co"])
    d.tail.append(c["date"])
    return d


def wrap_email(r: random.Random, c: dict, subject: str, paras: list[str], to: str | None = None) -> Doc:
    d = Doc("email")
    d.head.append(f"发件人：{c['p1']} <{pinyinish(r)}@{r.choice(['huayue', 'donglan', 'qinghe', 'yuanchuan', 'beichen', 'yunqi', 'mingchem', 'xicen'])}.com.cn>")
    d.head.append(f"收件人：{to or c['p2']}")
    if r.random() < 0.5:
        d.head.append(f"抄送：{c['p3']}；{c['p4']}")
    d.head.append(f"发送时间：{c['y']}年{c['m']}月{c['d']}日 {r.randint(8, 21)}:{r.randint(0, 59):02d}")
    d.head.append(f"主题：{subject}")
    d.head.append("")
    d.head.append(r.choice([f"{c['p2']}：", f"{c['p2']}，你好：", "各位好，", f"{c['p2'][0]}总好，", "Hi，"]))
    d.body.extend(paras)
    d.tail.append(r.choice(["谢谢！", "请知悉。", "有问题随时找我。", "辛苦了。", "以上，请审阅。", "祝好"]))
    d.tail.append(f"{c['p1']}\n{c['dept']}  {c['tel']}")
    return d


def pinyinish(r: random.Random) -> str:
    syl = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
           "ma", "zhu", "hu", "guo", "he", "lin", "luo", "zheng", "xie", "song", "tang", "han"]
    return r.choice(syl) + "." + r.choice(syl) + r.choice(["", str(r.randint(1, 99))])


def chat(r: random.Random, c: dict, lines: list[tuple[str, str]], app: str | None = None) -> Doc:
    """钉钉/微信 style messages: [(speaker, text)]."""
    d = Doc("chat")
    app = app or r.choice(["微信", "钉钉", "企业微信"])
    group = r.choice([f"{c['dept']}工作群", f"{c['cos']}项目沟通群", "（私聊）", f"{c['cos']}-{c['dept2']}对接", "临时小群"])
    d.head.append(f"【{app}聊天记录】{group}")
    h, mi = r.randint(8, 20), r.randint(0, 50)
    for who, msg in lines:
        mi += r.randint(0, 6)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        if r.random() < 0.5:
            d.body.append(f"{who} {h:02d}:{mi:02d}\n{msg}")
        else:
            d.body.append(f"[{c['m']}/{c['d']} {h:02d}:{mi:02d}] {who}：{msg}")
    return d


# ---------------------------------------------------------------------------------------------
# strategy (绝密)
# ---------------------------------------------------------------------------------------------

STRAT_BACKGROUND = [
    "近两年{line}行业集中度持续提升，前五家企业合计份额已由{py}年的{pc2}上升到目前水平，中小厂商的生存空间被进一步压缩。",
    "公司现有产能利用率连续{n1}个季度超过{pc2}，{city}本部厂区已无扩建用地，交付周期被拉长到{n2}天左右。",
    "主要客户正在推行“就近配套”，要求核心供方在其总装基地{n3}公里范围内设立仓储或生产点。",
    "原材料成本占比仍在高位，单靠内部降本已难以对冲，需要在上游或下游寻找新的利润来源。",
    "海外订单占比由{pc1}升至{pc2}，但汇率波动和贸易摩擦带来的不确定性明显增大。",
    "{co2s}近期出现资金链紧张的迹象，其{city2}工厂设备较新、熟练工人稳定，存在低成本整合的窗口期。",
    "我们在{line}中高端市场的品牌认知度不足，价格带长期卡在行业中位以下。",
    "现有{dept}和销售体系按产品线分散设置，跨区域大客户需要对接多个部门，响应慢、重复报价的情况时有发生。",
]
STRAT_GOALS = [
    "到{ny}年底，营业收入达到{w2}万元，其中新业务贡献不低于{pc2}；",
    "三年内在华东、西南各形成一个区域制造中心，单厂年产能不低于{n3}万件；",
    "{ny}年完成对{co2s}的控股，持股比例不低于{n2}%，并保留其原管理团队{n1}年；",
    "高端型号销售占比由目前的{pc1}提高到{pc2}以上；",
    "{ny}年下半年启动上市辅导，争取在{ny}年后两年内向交易所递交申报材料；",
    "引入一家产业投资方，以增资方式募集{w1}万元，投后估值不低于{w2}万元；",
    "关停{city2}老厂区两条亏损产线，人员和设备向新基地转移；",
    "用两年时间把经销商数量压缩{pc2}，重点扶持年提货额{w3}百万元以上的核心经销商。",
]
STRAT_STEPS = [
    "第一阶段（{ny}年一季度）：完成选址比选，与{city}、{city2}两地政府就土地价格、税收返还进行非正式接触，不对外披露意向。",
    "第二阶段：聘请外部机构开展尽职调查，重点核查标的公司的或有负债、环保合规和核心客户集中度。",
    "由{p2}牵头成立专项小组，成员限定{n1}人，所有材料编号登记，会后收回。",
    "新基地首期投资约{w2}万元，其中设备{w1}万元，厂房采用租赁加回购方式以减轻一次性资金压力。",
    "谈判底线：收购价格不高于净资产的{n1}.{n1}倍，对赌期{n1}年，业绩承诺未完成部分以现金补足。",
    "资金来源：自有资金{pc2}，其余通过并购贷款解决，已与{bank}做了初步沟通。",
    "对内口径统一为“产能优化调研”，在方案经董事会审议通过前，不向中层以下人员传达。",
    "同步启动组织架构调整，拟将{dept}与{dept2}合并为事业部制，由分管副总直接负责。",
    "{ny}年{m}月前完成工商变更和人员接收，过渡期内原有客户订单由双方共同交付。",
    "如{co2s}方面坚持整体出售，可考虑分两步走，先收购其{city2}工厂资产包，再视情况收购股权。",
]
STRAT_RISKS = [
    "一是行业需求若出现下滑，新增产能可能闲置，折旧压力将直接侵蚀利润；",
    "二是标的公司的劳动用工历史遗留问题较多，需在交易文件中设置专门的赔偿条款；",
    "三是消息提前泄露可能导致对方抬价或竞争对手抢先介入；",
    "四是新基地管理人员储备不足，需要提前半年开始内部选拔和外部招聘；",
    "五是地方政策兑现存在不确定性，补贴条款应写入正式投资协议；",
    "六是跨区域经营会增加税务筹划和资金调度的复杂度。",
]


def strat_formal(r, c, target):
    c["bank"] = r.choice(BANKS)
    title = r.choice([f"关于{c['ny']}—{c['ny']+2}年发展规划的汇报（讨论稿）", f"关于收购{c['co2s']}部分股权的方案（提交董事会审议稿）",
                      f"关于在{c['city']}新建生产基地的可行性研究报告（初稿）", f"{c['cos']}中长期经营规划纲要（征求意见稿）",
                      f"关于{c['line']}业务转型的实施方案（未定稿）"])
    paras = ["一、背景"] + [fill(s, c) for s in pick(r, STRAT_BACKGROUND, r.randint(2, 4))]
    paras += ["二、目标"] + [f"（{cn_num(i+1)}）" + fill(s, c) for i, s in enumerate(pick(r, STRAT_GOALS, r.randint(2, 4)))]
    paras += ["三、实施路径"] + [f"{i+1}. " + fill(s, c) for i, s in enumerate(pick(r, STRAT_STEPS, r.randint(3, 5)))]
    if r.random() < 0.7:
        paras += ["四、主要风险"] + pick(r, STRAT_RISKS, r.randint(2, 4))
    paras.append(r.choice(["以上方案妥否，请董事会审议。", "本稿仅供董事会成员及高管层讨论，请勿复印、外传。",
                           "请各位董事于下周会议前提出修改意见，会后统一收回。"]))
    d = wrap_formal(r, c, title, paras, to=r.choice(["董事会", "公司董事会、总经理办公会", None]),
                    issuer=f"{c['co']}{r.choice(['战略发展部', '总经理办公室', '投资管理部'])}")
    rest = [s for s in STRAT_STEPS + STRAT_BACKGROUND]
    r.shuffle(rest)
    def more():
        if rest:
            return fill(rest.pop(), c)
        yr = r.randint(c["ny"], c["ny"] + 4)
        return f"{yr}年预计投入{wan(r, 300, 5000)}万元，新增产值{wan(r, 1000, 20000)}万元，内部收益率约{pct(r, 8, 22)}。"
    d.more = more
    return d


def strat_no_keyword(r, c, target):
    # a plant plan in plain words, no 战略/规划 vocabulary
    city = r.choice(["嘉兴", "南通", "滁州", "湖州", "宿迁", "芜湖", "盐城"])
    c["nc"] = city
    lines = [
        f"明年我们打算在华东设厂，地点倾向{city}，老板上周已经去看过两块地。",
        f"{city}那边给的条件：工业用地每亩{r.randint(12, 45)}万，前三年地方留成部分全额返还，厂房可以先租后买。",
        f"初步想法是一期{r.randint(40, 120)}亩，两栋标准厂房加一栋仓库，{c['ny']}年{r.randint(6, 10)}月能出第一批货。",
        f"人手按{r.randint(150, 400)}人配，管理层从{c['city']}这边抽{r.randint(8, 20)}个过去，一线工人当地招。",
        f"{c['model']}这条线整体搬过去，{c['city']}这边腾出来的位置做新品试制。",
        "这件事在正式定下来之前只限这个邮件里的几个人知道，跟当地谈的时候用朋友公司的名义。",
        f"钱的方面，自己拿{wan(r, 3000, 9000)}万，剩下的找银行，{c['p3']}在跟两家谈，利率大概{r.choice(['3.2', '3.45', '3.6', '3.85'])}%。",
        f"另外{c['co2s']}的{r.choice(['张', '王', '刘', '陈'])}总私下透露过想把他们在{c['city2']}的厂卖掉，价钱合适的话可以一起考虑。",
        f"请{c['p2']}下周前把两个地方的运费测算出来，按年出货{r.randint(20, 90)}万件算。",
        f"客户那边暂时不要提，等明年{r.randint(3, 5)}月签了土地协议再说。",
        f"如果顺利，后年把{c['line']}的产量翻一倍，单件成本能降{r.randint(6, 15)}%左右。",
    ]
    paras = pick(r, lines, r.randint(5, 9))
    if r.random() < 0.5:
        d = wrap_email(r, c, r.choice([f"{city}的事", "明年新厂的几点想法", "关于选址（仅限本邮件收件人）", "下周去看地之前"]), paras)
    else:
        d = chat(r, c, [(r.choice([c["p1"], c["p2"], c["p3"]]), p) for p in paras])
    extra = [f"{r.choice([c['p2'], c['p3'], c['p4']])}补充：{city}周边{r.randint(30, 80)}公里内有{r.randint(3, 12)}家同类配套厂，招工不难，但熟练工工资要比这边高{r.randint(5, 15)}%。",
             f"物流测算：到主要客户仓的平均运距从{r.randint(300, 900)}公里降到{r.randint(50, 200)}公里，每年省运费约{wan(r, 100, 800)}万。",
             f"地块二离高速口{r.randint(2, 9)}公里，但要等{c['ny']}年底才能摘牌，时间上偏紧。"]
    d.more = lambda: extra.pop() if extra else None
    return d


def strat_markdown(r, c, target):
    d = Doc("markdown")
    d.head.append(f"# {c['cos']} {c['ny']}—{c['ny']+2}年三年规划（草案 v{r.randint(1, 4)}.{r.randint(0, 9)}）")
    d.head.append(f"> 起草：{c['p1']}（{r.choice(['战略发展部', '总经办', '投资部'])}）｜范围：董事会、经营班子｜{c['date']}")
    d.body.append("## 1. 现状判断")
    d.body += ["- " + fill(s, c) for s in pick(r, STRAT_BACKGROUND, 3)]
    d.body.append("## 2. 战略目标")
    d.body += ["- " + fill(s, c) for s in pick(r, STRAT_GOALS, 3)]
    d.body.append("## 3. 分年度投资计划（万元）")
    rows = [["年度", "新基地", "技改", "研发", "并购", "合计"]]
    for k in range(3):
        v = [r.randint(200, 6000) for _ in range(4)]
        rows.append([str(c["ny"] + k)] + [f"{x:,}" for x in v] + [f"{sum(v):,}"])
    d.body.append(table(rows, "md"))
    d.body.append("## 4. 关键举措")
    d.body += [f"{i+1}. " + fill(s, c) for i, s in enumerate(pick(r, STRAT_STEPS, 4))]
    d.tail.append("---\n*本草案未经董事会审议，不得向外部机构提供。*")
    pool = pick(r, STRAT_RISKS + STRAT_STEPS, 12)
    d.more = lambda: ("- " + fill(pool.pop(), c)) if pool else None
    return d


def strat_ma_memo(r, c, target):
    d = Doc(r.choice(["plain", "form"]))
    d.head.append(f"项目代号：{r.choice(['青松', '北斗', '远帆', '磐石', '晨曦', '沧浪', '长风'])}{r.randint(1, 9)}号")
    d.head.append(f"标的公司：{c['co2']}    交易类型：{r.choice(['股权收购', '资产收购', '增资入股', '吸收合并'])}")
    d.head.append(f"报送：{c['p1']}（董事长）  {c['p2']}（总经理）   编写：{c['p3']}")
    vals = [("标的净资产（审计前）", wan(r, 3000, 20000) + "万元"), ("近一年营业收入", wan(r, 8000, 60000) + "万元"),
            ("近一年净利润", wan(r, -500, 3000) + "万元"), ("对方报价", wan(r, 5000, 40000) + "万元"),
            ("我方估值区间", f"{wan(r, 4000, 15000)}—{wan(r, 15000, 30000)}万元"), ("拟收购比例", f"{r.randint(30, 100)}%"),
            ("核心客户集中度", pct(r, 30, 80)), ("员工人数", f"{r.randint(80, 900)}人")]
    d.body += [f"{k}：{v}" for k, v in pick(r, vals, r.randint(5, 8))]
    notes = ["尽职调查发现对方有{n1}笔对外担保未披露，合计约{w1}万元，须在交割前解除。",
             "对方实控人希望保留{n2}%股份并继续担任总经理三年，可以接受，但需签竞业限制。",
             "土地为划拨性质，变更为出让需补缴出让金，估算{w3}百万元，应在价格中扣除。",
             "谈判节奏：先签排他意向，给对方{n2}天排他期，期间完成财务和法律尽调。",
             "估值采用收益法和市场法交叉验证，可比交易市盈率在{n1}到{n2}倍之间。",
             "交易完成后，我们在{line}领域的国内份额将由{pc1}提升至约{pc2}。",
             "此事目前仅限项目组知悉，对外一律称作“行业调研”。"]
    d.body.append("要点：")
    d.body += [f"{i+1}）" + fill(s, c) for i, s in enumerate(pick(r, notes, r.randint(3, 6)))]
    d.tail.append(c["date"])
    extra = pick(r, STRAT_RISKS, 6)
    d.more = lambda: extra.pop() if extra else None
    return d


def strat_short(r, c, target):
    msgs = [f"{c['co2s']}那边松口了，{wan(r, 2, 9)}亿可以谈，周五前别跟任何人提",
            f"董事会下周议{c['city']}建厂的事，材料只印{r.randint(5, 9)}份，会后收回",
            f"明年把{c['line']}业务剥离出去单独融资，方案先在小范围里过一遍",
            f"老板定了，{c['ny']}年不再接低端订单，{c['city2']}老厂分两批关"]
    d = chat(r, c, [(c["p1"], r.choice(msgs)), (c["p2"], r.choice(["收到，保密", "明白，我先准备测算", "好的，只发你我两人"]))])
    return d


STRAT_T = [strat_formal, strat_no_keyword, strat_markdown, strat_ma_memo]


# ---------------------------------------------------------------------------------------------
# bid (绝密)
# ---------------------------------------------------------------------------------------------

BID_ITEMS = ["设备购置", "安装调试", "运输及保险", "技术培训", "备品备件", "三年维保", "软件许可", "系统集成",
             "土建配套", "监理配合", "驻场服务", "数据迁移", "管理费", "税金", "不可预见费"]
PROJECTS = ["智慧园区一期信息化建设项目", "污水处理厂提标改造工程", "物流中心自动化立体库项目",
            "门诊楼医疗设备采购项目", "年度办公家具集中采购项目", "城市道路照明节能改造项目",
            "冷链配送中心建设项目", "生产线自动化升级项目", "校园安防系统采购项目", "供水管网更新改造工程",
            "光伏屋顶EPC项目", "档案数字化加工服务项目"]


def bid_quote_table(r, c, target):
    proj = r.choice(PROJECTS)
    sty = r.choice(["tab", "pipe", "md"])
    d = Doc("table")
    d.head.append(r.choice([f"{proj} 投标报价明细（内部定稿，开标前封存）", f"{proj}——分项报价汇总表",
                            f"{c['client']}{proj} 商务标报价（第{r.randint(2, 5)}版）"]))
    d.head.append(f"投标人：{c['co']}    招标编号：{r.choice(['ZB', 'GK', 'CG', 'HT'])}{c['y']}-{r.randint(100, 999)}    报价有效期：{r.choice([60, 90, 120])}天")
    rows = [["序号", "项目", "数量", "单价（元）", "合价（元）", "备注"]]
    total = 0.0
    for i, item in enumerate(pick(r, BID_ITEMS, r.randint(5, 9))):
        q = r.randint(1, 40)
        u = r.uniform(2000, 300000)
        total += q * u
        rows.append([str(i + 1), item, str(q), f"{u:,.2f}", f"{q*u:,.2f}", r.choice(["", "含税", "按实结算", "暂估", "优惠后"])])
    rows.append(["", "合计", "", "", f"{total:,.2f}", ""])
    d.body.append(table(rows, sty))
    notes = [f"最终报价较招标控制价下浮{pct(r, 3, 12)}，预计综合毛利{pct(r, 8, 25)}。",
             f"竞争对手{c['co2s']}上次同类项目下浮约{pct(r, 5, 15)}，我们的报价要压在其下面{r.randint(1, 3)}个点。",
             f"投标保证金{wan(r, 5, 80)}万元已于{c['date']}从基本户转出。",
             "报价由商务经理和分管副总两人封存，开标前不得发送电子版。",
             f"若进入第二轮谈判，可再让利{pct(r, 1, 4)}，底线为总价{total*0.93:,.0f}元。"]
    d.tail += pick(r, notes, r.randint(2, 4))
    d.tail.append(f"编制：{c['p1']}  审核：{c['p2']}  {c['date']}")
    def more():
        q = r.randint(1, 60)
        u = r.uniform(500, 90000)
        return (" | " if sty != "tab" else "\t").join([f"附{r.randint(1, 99)}", r.choice(["电缆敷设", "机柜", "UPS电源", "交换机", "服务器", "监控摄像机", "传感器", "阀门", "水泵", "桥架", "配电箱", "标识标牌"]) + f"（{r.choice(['A', 'B', 'C'])}型）", str(q), f"{u:,.2f}", f"{q*u:,.2f}", ""])
    d.more = more
    return d


def bid_response_doc(r, c, target):
    # avoids 投标/标书: uses 响应文件 / 价格部分
    proj = r.choice(PROJECTS)
    d = Doc(r.choice(["formal", "template"]))
    d.head.append(f"{proj}")
    d.head.append(f"响应文件（价格部分）")
    d.head.append(f"供应商全称：{c['co']}（盖章）")
    paras = [f"致：{c['client']}",
             f"我方收到贵方的采购需求后，经认真研究，愿以下列价格承接{proj}的全部内容：",
             f"一、总价（大写）：人民币{r.choice(['壹', '贰', '叁', '肆', '伍', '陆'])}佰{r.choice(['壹', '贰', '柒', '捌', '玖'])}拾{r.choice(['万', '萬'])}元整；（小写）¥{money(r, 1000000, 6000000)}。",
             f"二、工期：合同签订后{r.randint(30, 180)}日历天。",
             f"三、质保：整体质保{r.randint(1, 5)}年，质保期内免费上门，{r.choice([2, 4, 8, 24])}小时内响应。",
             f"四、付款：合同签订后付{r.randint(10, 30)}%，到货验收后付至{r.randint(60, 80)}%，余款质保期满后付清。",
             "五、本价格在提交截止时间后的九十天内有效。"]
    d.body += paras
    d.body.append("分项价格明细：")
    rows = [["名称", "规格", "数量", "单价", "小计"]]
    for it in pick(r, BID_ITEMS, r.randint(4, 7)):
        q, u = r.randint(1, 20), r.uniform(3000, 200000)
        rows.append([it, r.choice(["标准", "定制", "按需求书", "见技术部分"]), str(q), f"{u:,.0f}", f"{q*u:,.0f}"])
    d.body.append(table(rows, r.choice(["tab", "pipe"])))
    d.tail.append(f"法定代表人或授权代表：{c['p1']}（签字）")
    d.tail.append(c["date"])
    extra = [f"说明{k}：" + s for k, s in enumerate(pick(r, [
        "价格已包含运杂费、安装费及各项税费。", "如采购人需增加同类设备，按本次单价执行。",
        "可选件价格单列，不计入总价。", f"现场踏勘时发现的{r.randint(2, 6)}处改造点已一并计入。",
        "驻场人员费用按人月计取，已含差旅。", "软件后续升级在质保期内不另收费。"], 6), 1)]
    d.more = lambda: extra.pop() if extra else None
    return d


def bid_strategy_email(r, c, target):
    proj = r.choice(PROJECTS)
    paras = [f"{proj}下周{r.choice(['二', '三', '四'])}上午开标，我把目前掌握的情况汇总一下。",
             f"这次一共{r.randint(4, 9)}家报名，真正有竞争力的是{c['co2s']}和{r.choice(COMPANIES)[:4]}。",
             f"控制价{wan(r, 500, 5000)}万元，评分办法是综合评分，价格分占{r.choice([30, 40, 50, 60])}分，技术分占大头。",
             f"我的建议是报价下浮{pct(r, 4, 10)}，技术部分把{c['line']}的案例多放几个，争取技术分拉开。",
             f"{c['p3']}那边打听到{c['co2s']}这次会报得比较狠，可能下浮到{pct(r, 10, 16)}。",
             f"商务条款上我们可以接受延长质保到{r.randint(3, 5)}年，付款比例可以让一点。",
             "报价最终数字等周一碰头后再定，定下来之后只用纸质版，不走邮件。",
             f"另外，{c['client']}的{r.choice(['王', '李', '周', '孙'])}处长比较看重售后响应，方案里要突出本地服务网点。",
             f"投标保证金{wan(r, 10, 80)}万元，财务说周五前能出。"]
    return wrap_email(r, c, r.choice([f"{proj}投标策略", "下周开标准备", f"关于{c['client']}项目的报价思路"]),
                      pick(r, paras, r.randint(5, 9)))


def bid_chat_nokw(r, c, target):
    lines = [(c["p1"], f"下周二开的那个{r.choice(['医院', '园区', '水厂', '学校', '物流中心'])}的项目，我们的数定在{wan(r, 300, 3000)}万"),
             (c["p2"], f"比上回低了{r.randint(2, 5)}个点？"),
             (c["p1"], f"对，{r.choice(['老板', '周总', '李总'])}拍的板，第{r.randint(2, 4)}册里的数字今晚改完"),
             (c["p3"], "盖章页我明天一早去办公室弄"),
             (c["p2"], f"{c['co2s']}那边听说也来了，他们大概在{wan(r, 300, 3000)}左右"),
             (c["p1"], "这个数谁都别外传，打印的时候自己守着打印机"),
             (c["p3"], f"保证金回单已拍照发{c['p4']}了"),
             (c["p4"], "收到，密封袋我准备了三个，正本一副本二")]
    k = r.randint(4, 8)
    return chat(r, c, lines[:k])


def bid_form(r, c, target):
    d = Doc("form")
    proj = r.choice(PROJECTS)
    d.head.append("开标一览表")
    fields = [("项目名称", proj), ("招标编号", f"{r.choice(['JSZB', 'ZJCG', 'AHGC'])}-{c['y']}-{r.randint(1000, 9999)}"),
              ("投标人名称", c["co"]), ("投标总价（元）", money(r, 800000, 9000000)),
              ("工期/交货期", f"{r.randint(20, 200)}天"), ("质量标准", r.choice(["合格", "优良", "符合国家及行业标准"])),
              ("投标保证金", money(r, 20000, 400000) + "元"), ("项目负责人", c["p2"]), ("备注", r.choice(["无", "含三年免费维保", "报价已含税"]))]
    d.body += [f"{k}：{v}" for k, v in fields]
    d.tail.append(f"投标人（盖章）：{c['co']}    法定代表人（签字）：{c['p1']}")
    d.tail.append(f"日期：{c['date']}")
    extra = [f"附：{it}单价 {money(r, 1000, 90000)} 元 × {r.randint(1, 30)}" for it in pick(r, BID_ITEMS, 10)]
    d.more = lambda: extra.pop() if extra else None
    return d


def bid_short(r, c, target):
    return chat(r, c, [(c["p1"], f"{r.choice(PROJECTS)}报价最后定{money(r, 1e6, 9e6)}元，比控制价下浮{pct(r, 4, 9)}"),
                       (c["p2"], "收到，明早封标，电子版我删了")])


BID_T = [bid_quote_table, bid_response_doc, bid_strategy_email, bid_chat_nokw, bid_form]
