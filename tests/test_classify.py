"""Suggestions a user would check: the level, the category, and the evidence behind them."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import TextBlock, suggest
from classifiers.features import secret_tokens
from classifiers.patterns import find_bank_cards, find_credentials, luhn_ok, sql_passwords, valid_resident_id
from marker.domain.policy import default_policy
from marker.errors import ExitCode
from marker.intake.suggest import ruleset_for
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    INTERNAL_NOTICE,
    MEETING_MINUTES,
    PRESS_RELEASE,
    make_docx,
    make_image_only_pdf,
    make_pdf,
    make_text,
)
from tests.conftest import json_lines


def _id_with_check_digit(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


def _suggest(text: str):
    return suggest((TextBlock("para", text),), ruleset_for(default_policy()))


def test_resident_id_check_digit_and_birth_date():
    good = _id_with_check_digit("11010519491231002")
    assert valid_resident_id(good)
    wrong_digit = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert not valid_resident_id(wrong_digit)
    assert not valid_resident_id(_id_with_check_digit("11010519491341002"))  # month 13


def test_bank_card_needs_luhn_and_context():
    assert luhn_ok("6222020200112233445") is luhn_ok("6222020200112233445")
    card = "4111111111111111"
    assert [hit.text for hit in find_bank_cards(f"开户行：工商银行 账号：{card}")] == [card]
    assert list(find_bank_cards(f"订单编号 {card}")) == []
    assert list(find_bank_cards("账号：4111111111111112")) == []


def test_password_assignments_but_not_blanks():
    assert list(find_credentials("数据库密码：Hx#2026pass"))
    assert list(find_credentials("password=s3cretValue"))
    assert not list(find_credentials("初始密码：________"))
    # a setup guide's place for the key, seen on a blind repository document suggested 绝密 for it
    for blank in ('API_KEY=your-generated-secure-api-key', 'API_KEY = "your-secret-api-key"', "token: YOUR_TOKEN_HERE",
                  "secret=changeme"):
        assert not list(find_credentials(blank)), blank
    assert list(find_credentials("api_key=sk9Fq2LmX7pR")) and list(find_credentials("password=Yourname2024"))
    # every credential path asks the same question: a connection address too
    assert not list(find_credentials("mysql://root:your_db_password@localhost:3306/app"))
    assert list(find_credentials("mysql://root:Kd92mxq7@10.0.0.5:3306/app"))
    # a key's place in a setup guide, whatever its prefix: `sk-your-api-key` made a published manual 绝密
    assert not list(find_credentials("API_KEY=sk-your-api-key"))
    assert not list(find_credentials("token=Bearer-YOUR_TOKEN"))
    assert list(find_credentials("API_KEY=sk-9Fq2LmX7pRyour"))
    # masked or stand-in values held three repository guides at 绝密: sk-xxxxx, change-me-in-production, mock-token
    for stand_in in ("CRG_LLM_API_KEY=sk-xxxxx", "JWT_SECRET=change-me-in-production", 'token: "mock-token"',
                     "password=dummy_pass01"):
        assert not list(find_credentials(stand_in)), stand_in
    assert list(find_credentials("JWT_SECRET=changemeplz2024")) and list(find_credentials("密码：maxxx123"))



def test_a_share_links_code_and_a_secrets_name_are_not_passwords():
    # fresh83-fresh85 READMEs held at 绝密 for a download link's extraction code or a CI secret's name (published
    # guides, labelled 公开)
    for published in ("数据集下载：https://pan.baidu.com/s/1VW5egNuh3_cb5oKy9GsJsw?pwd=cpsc",
                      "https://wwd.lanzoum.com/b01pvee8j 密码：8888",
                      "网盘链接：https://pan.baidu.com/s/1abcDEF （提取码：x7k2）",
                      "在仓库设置里添加 secret： **GH_TOKEN**", "secret：APP_NUM"):
        assert not list(find_credentials(published)), published
    # a real login stays one: beside a link but not its code, a long value, a query that logs in
    for login in ("后台地址：http://demo.example.com/admin用户名：admin，密码：23101988a",
                  "https://pan.baidu.com/s/1VW5e 密码：Kd92mxq7Lm0", "服务器密码\nKd#92mxQ7_p",
                  "数据库密码：DB_Pass_2026x"):
        assert list(find_credentials(login)), login


def test_a_stand_in_or_a_shell_alias_is_not_a_password():
    # development READMEs and notes held at 绝密 for a value the reader fills in or the shell expands, or for a shell
    # alias of `pwd` (labelled 公开/内部/机密 by what they are)
    for stand_in in ("export MOE_ADMIN_PASSWORD='<strong-password>'", "password: ${MYSQL_PASSWORD}",
                     "api_key: ${API_KEY}", "DB_PASSWORD=$DB_PASSWORD", "token={{token}}",
                     "tarena@aid:/$ alias pwd='hostname'"):
        assert not list(find_credentials(stand_in)), stand_in
    # a value that merely contains such characters, or starts with $, and a real `pwd =` stay passwords
    for login in ("password: $ecretPass1", "DB_PASSWORD=Pa55<w>rd9", "pwd = 'Kd92mxq7'"):
        assert list(find_credentials(login)), login


def test_a_stand_in_cut_at_its_first_space_is_not_a_password():
    # fresh114's README held at 绝密 for `AI_SERVICE_TOKEN=<openssl rand -hex 16>` (the value stops at the space)
    for stand_in in ("AI_SERVICE_TOKEN=<openssl rand -hex 16>", "ACCESS_KEY_SECRET=<RAM 子账号的密钥>"):
        assert not list(find_credentials(stand_in)), stand_in
    assert list(find_credentials("password: Kd92<mxq7"))  # a value with a < inside stays a password


def test_a_variable_named_for_the_secret_is_not_a_password():
    # fresh120's README held at 绝密 for the code line `self.api_key = api_key`
    for code in ("self.api_key = api_key", "token: access_token", "password=db_password", "apiKey: apiKey",
                 "const token = auth.generateToken({ user })"):
        assert not list(find_credentials(code)), code
    # values that only contain such a word stay passwords
    for login in ("password: password123", "密码：mypassword1", "api_key = sk_live_Kd92mxq7"):
        assert list(find_credentials(login)), login

def test_financial_report_with_table_is_confidential(tmp_path: Path, cli):
    path = make_docx(tmp_path / "fin.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    code, out, _ = cli("classify", path, "--json")
    [row] = json_lines(out)
    assert code == 0 and row["level"] == "机密" and row["category"] == "financial"
    assert row["needs_review"] is False and row["period"] == "10年"
    assert any(ev["category"] == "financial" and len(ev["snippet"]) <= 60 for ev in row["evidence"])


def test_evidence_knows_where_it_was_found():
    result = _suggest("\n".join(FINANCIAL_REPORT) + "\n项目\t本期\t上期\n营业成本\t9,102.35\t8,530.12")
    places = {ev.term: ev.where for ev in result.evidence}
    assert places["财务报表"] == "title"
    assert places["营业成本"] == "table"


def test_id_number_list_proves_personnel_even_in_a_rule_document():
    ids = "\n".join(f"张{d}\t" + _id_with_check_digit(f"110105199001{d}123") for d in range(10, 15))
    result = _suggest("员工信息登记管理办法\n附：在册员工名单\n" + ids)
    assert result.level == "秘密" and result.category == "personnel"
    assert any(ev.term == "cn_resident_id" and ev.hard for ev in result.evidence)


def test_password_makes_a_document_top_secret():
    result = _suggest("系统交接说明\n各位同事：\n生产数据库地址 10.0.0.8，管理员账号 root，"
                      "密码：Hq@2026!xk\n请妥善保管。")
    assert result.level == "绝密" and result.category == "admin_credentials"


def test_a_password_given_in_a_sentence_is_a_credential():
    # a customer manual's demo accounts, `密码均为 X`: fresh74's 绝密 manual was read 公开 without this
    manual = _suggest("平台客户使用手册\n演示环境账号（密码均为 Vela2026!）：\n业务 biz@demo.example\n"
                      "法务 legal@demo.example\n登录后即可体验全部功能。")
    assert manual.level == "绝密" and any(ev.hard for ev in manual.evidence)
    assert [hit.text for hit in find_credentials("初始密码是 Kd92mxq7，请登录后修改")] == ["初始密码是 Kd92mxq7"]
    for rule in ("密码为6-20位字母和数字", "密码是MD5加密后的值", "密码为 password", "登录密码为 ******",
                 "密码设置为 yourpassword1"):
        assert not list(find_credentials(rule)), rule


def test_published_press_release_is_public():
    result = _suggest(PRESS_RELEASE)
    assert result.level == "公开" and result.category == "public"


def test_rule_document_about_budgets_is_internal():
    result = _suggest("预算管理办法\n第一条 为规范预算编制、预算执行和决算工作，制定本办法。\n"
                      "第二条 财务部负责年度预算的汇总与分析。\n第三条 本办法自发布之日起施行。")
    assert result.level == "内部" and result.category == "internal"


def test_government_notice_is_public_but_a_department_notice_is_not():
    gov = _suggest("财政部关于印发《企业财务报表列报指引》的通知\n各省、自治区、直辖市财政厅：\n"
                   "现将指引印发给你们，请遵照执行。资产负债表、利润表格式见附件。")
    assert gov.level == "公开"
    company = _suggest("财务部关于印发《2026年度预算》的通知\n各部门：\n现将年度预算印发，营业收入目标"
                       "12亿元，净利润1.2亿元，资产负债表预算见附件。")
    assert company.level == "机密"


def test_notice_issuing_a_rule_document_is_internal_but_one_issuing_figures_is_not():
    issuing = _suggest("华岳精工股份有限公司关于印发《费用报销管理办法（试行）》的通知\n各部门：\n现将《费用报销"
                       "管理办法》印发给你们。报销、借款、预算和财务费用的审批按本办法执行。")
    assert issuing.level == "内部" and issuing.category == "internal"
    assert any("关于印发《费用报销管理办法" in ev.term for ev in issuing.evidence)
    revising = _suggest("关于修订薪酬管理制度的通知\n各部门：\n工资、奖金、年终奖的发放口径按修订后的制度执行。")
    assert revising.level == "内部"
    budget = _suggest("财务部关于印发《2026年度预算》的通知\n各部门：\n营业收入目标12亿元，净利润1.2亿元。")
    assert budget.level == "机密"


def test_explanation_of_a_rule_document_is_internal():
    result = _suggest("《招标采购管理办法》解读\n一、招标、投标、开标和评标的职责分工。\n二、标底编制与保管要求。")
    assert result.level == "内部" and result.category == "internal"


def test_draft_contract_with_blanks_is_still_a_contract():
    result = _suggest("设备采购合同（草稿）\n合同编号：________\n甲方：华岳精工股份有限公司\n乙方：________\n"
                      "第一条 合同价款：人民币____元。第二条 付款方式：验收后30日内支付。\n"
                      "第三条 违约责任：任何一方违约应承担违约责任。双方签字盖章后生效。")
    assert result.level == "秘密" and result.category == "contracts"


def test_meeting_minutes_are_confidential():
    result = _suggest(MEETING_MINUTES)
    assert result.level == "机密" and result.category == "meeting_minutes"


@pytest.mark.parametrize("text", ["", "通知", "你好，明天见。"])
def test_too_little_text_needs_review_and_is_never_public(text: str):
    result = _suggest(text)
    assert result.needs_review and result.level != "公开"
    assert result.confidence <= 0.5


def test_conflicting_public_cue_and_strong_secret_evidence_needs_review():
    text = ("新闻稿\n" + "董事会审议的投资计划与并购方案、收购方案、增资扩股、融资计划、战略规划、"
            "资产重组、上市计划均未实施。" * 3)
    result = _suggest(text)
    assert result.needs_review and result.level == "绝密"


def test_scanned_pages_force_review(tmp_path: Path, cli):
    path = make_image_only_pdf(tmp_path / "scan.pdf")
    code, out, _ = cli("classify", path, "--json")
    [row] = json_lines(out)
    assert code == 0 and row["needs_review"] is True and row["level"] != "公开"


def test_directory_is_walked_recursively_and_json_has_the_contract_keys(tmp_path: Path, cli):
    make_text(tmp_path / "docs" / "a" / "notice.txt", INTERNAL_NOTICE)
    make_pdf(tmp_path / "docs" / "b" / "minutes.pdf", [MEETING_MINUTES])
    (tmp_path / "docs" / "b" / "picture.gif").write_bytes(b"GIF89a")
    code, out, _ = cli("classify", tmp_path / "docs", "--json")
    rows = json_lines(out)
    assert code == 0 and len(rows) == 2
    keys = {"path", "level", "category", "confidence", "evidence", "period", "needs_review", "error"}
    assert all(keys <= set(row) for row in rows)  # the contract's fields; labels are added beside them
    assert {row["level"] for row in rows} == {"内部", "机密"}


def test_human_output_is_a_table_with_the_strongest_evidence(tmp_path: Path, cli):
    path = make_text(tmp_path / "notice.txt", INTERNAL_NOTICE)
    code, out, _ = cli("classify", path)
    assert code == 0 and "内部" in out and "notice.txt" in out


@pytest.mark.parametrize(
    ("name", "content", "code", "words"),
    [
        ("missing.pdf", None, ExitCode.INPUT, "不存在"),
        ("empty.docx", b"", ExitCode.INPUT, "空文件"),
        ("renamed.docx", "纯文本内容".encode(), ExitCode.INPUT, "不是 DOCX"),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<<", ExitCode.INPUT, "PDF"),
        ("bundle.zip", b"PK\x03\x04", ExitCode.INPUT, "不支持"),
    ],
)
def test_each_bad_input_gives_one_line_and_its_exit_code(tmp_path: Path, cli, name, content, code, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result_code, _, err = cli("classify", path)
    assert result_code == code
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and words in lines[0]
    assert "Traceback" not in err
    code_json, out_json, _ = cli("classify", path, "--json")
    [row] = json_lines(out_json)
    assert code_json == code and row["error"] and row["level"] is None


def test_encrypted_pdf_exit_code(tmp_path: Path, cli):
    import pymupdf

    doc = pymupdf.open()
    doc.new_page()
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    code, _, err = cli("classify", tmp_path / "locked.pdf")
    assert code == ExitCode.INPUT and "加密" in err


def test_a_directory_where_a_file_is_needed(tmp_path: Path, cli):
    (tmp_path / "empty").mkdir()
    code, _, err = cli("classify", tmp_path / "empty")
    assert code != 0 and "没有找到" in err


def test_one_bad_file_does_not_hide_the_good_ones(tmp_path: Path, cli):
    good = make_text(tmp_path / "notice.txt", INTERNAL_NOTICE)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    code, out, _ = cli("classify", good, bad, "--json")
    rows = json_lines(out)
    assert code == ExitCode.PARTIAL  # one read, one refused
    assert [row["error"] is None for row in rows] == [True, False]


def test_debug_shows_the_traceback(tmp_path: Path, cli):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    code, _, err = cli("classify", bad, "--debug")
    assert code == ExitCode.INPUT and "Traceback" in err


# --- what a document is: kind (文种) and publication state ------------------------------------------

GOVERNMENT_NOTICE = (
    "某某省人民政府办公厅文件\n某政办发〔2023〕6号\n某某省人民政府办公厅关于印发数字经济投资实施方案的通知\n"
    "各市、县人民政府，省政府各部门、各直属机构：\n"
    "《数字经济投资实施方案》已经省政府同意，现将实施方案印发给你们，请认真贯彻执行。\n"
    "一、总体目标。到2025年，全省数字经济投资规模超过2000亿元，战略性新兴产业投资计划全面落实，"
    "财务预算与招标采购同步推进。\n某某省人民政府办公厅\n2023年3月1日")


def test_government_notice_with_document_number_is_public_and_says_why():
    result = _suggest(GOVERNMENT_NOTICE)
    assert result.level == "公开" and result.publication == "published" and result.kind == "通知"
    assert any("〔2023〕6号" in sentence for sentence in result.publication_evidence)
    assert any(ev.term.startswith("发布状态") for ev in result.evidence)


def test_news_report_is_public_whatever_it_mentions():
    news = ("华岳精工中标 5 亿元智能工厂项目\n本报讯（记者 王晓明）3月12日，华岳精工股份有限公司发布公告称，"
            "公司中标某市智能工厂建设项目，中标金额约5亿元，投标报价、战略投资与工资薪酬安排均已披露。\n"
            "业内人士表示，该项目将带动公司未来三年经营规划。\n责任编辑：李红")
    result = _suggest(news)
    assert result.level == "公开" and result.kind == "新闻" and result.publication == "published"


def test_rule_document_about_strategy_is_internal_and_named_a_rule():
    rule = ("战略规划管理办法\n第一条 为规范公司战略规划、投资计划和重大决策的编制与审批，制定本办法。\n"
            "第二条 战略发展部负责组织编制三年经营规划和年度投资计划。\n第三条 本办法自发布之日起施行。")
    result = _suggest(rule)
    assert result.level == "内部" and result.kind == "制度办法"


def test_minutes_are_secret_but_the_notice_convening_the_meeting_is_internal():
    minutes = _suggest("总经理办公会会议纪要\n时间：2026年3月2日\n地点：三楼会议室\n参会人员：张总、李总、王经理\n"
                       "记录人：赵敏\n会议议定事项：一、同意二季度设备采购方案；二、研究客户回款问题。")
    convening = _suggest("关于召开2026年第一季度经营分析会议的通知\n各部门：\n公司定于3月30日下午2点在三楼会议室召开"
                         "第一季度经营分析会议，请各部门负责人准时参加，并提前准备本部门材料。\n特此通知。\n综合办公室")
    assert minutes.level == "机密" and minutes.kind == "纪要"
    assert convening.level == "内部" and convening.kind == "会议通知"


def test_blank_contract_is_secret_and_a_published_model_text_is_public():
    contract = _suggest("设备采购合同\n甲方：＿＿＿＿＿＿\n乙方：＿＿＿＿＿＿\n经双方协商一致，签订本合同。\n"
                        "第一条 标的：＿＿＿＿\n第二条 价款：＿＿＿＿元\n第三条 违约责任：＿＿＿＿")
    model_text = _suggest("GF-2000-0101\n建设工程施工合同（示范文本）\n住房和城乡建设部 国家工商行政管理总局 制定\n"
                          "甲方：＿＿＿＿＿＿\n乙方：＿＿＿＿＿＿\n经双方协商一致，签订本合同。\n"
                          "第一条 工程概况：＿＿＿＿")
    assert contract.level == "秘密" and contract.kind == "合同协议" and contract.publication != "published"
    assert model_text.level == "公开" and model_text.publication == "published"


def test_sql_dump_with_admin_and_root_but_no_password_is_not_credentials():
    dump = ("-- customer orders\nCREATE TABLE `oms_order` (\n  `id` bigint NOT NULL,\n"
            "  `member_username` varchar(64),\n  `receiver_name` varchar(100) COMMENT '收货人姓名',\n"
            "  `receiver_phone` varchar(32) COMMENT '收货人电话',\n"
            "  `admin` varchar(32), `root` varchar(32), `user` varchar(32)\n);\n"
            "INSERT INTO `oms_order` VALUES (12, 'test', '张三', '18000000000', 'admin', 'root', 'user');\n"
            "INSERT INTO `oms_order` VALUES (13, 'windy', '李四', '18000000001', 'admin', 'root', 'id');\n")
    result = _suggest(dump)
    assert result.kind == "代码数据" and result.level == "机密"
    assert not any(ev.category == "admin_credentials" for ev in result.evidence)


_USER_TABLE = ("DROP TABLE IF EXISTS `sys_user`;\nCREATE TABLE `sys_user` (\n"
               "  `user_id` bigint(20) NOT NULL AUTO_INCREMENT,\n"
               "  `user_name` varchar(64) DEFAULT NULL COMMENT '登录名',\n"
               "  `pws` varchar(255) DEFAULT NULL COMMENT '登录密码',\n"
               "  `dept` varchar(64) DEFAULT NULL,\n  PRIMARY KEY (`user_id`)\n"
               ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")


def test_sql_dump_of_a_user_table_with_plain_passwords_is_a_credential_list():
    """The password column is named in the CREATE TABLE (here only by its comment), the values stand by position."""
    dump = _USER_TABLE + ("INSERT INTO `sys_user` VALUES (1, 'zhangwei', '123456', '财务部');\n"
                          "INSERT INTO `sys_user` VALUES (2, 'lina', 'Lina@2023', '人事部');\n")
    listed = ("INSERT INTO staff\n(`sid`,`password`,`sname`)\nVALUES\n(\"YG001\",\"888888\",\"王韦\"),"
              "(\"YG002\",\"888888\",\"李儒宝\");\n")
    for text in (dump, listed):
        result = _suggest(text)
        assert result.level == "绝密", text
        assert any(ev.category == "admin_credentials" and ev.hard for ev in result.evidence)
    assert [hit.text for hit in find_credentials(dump)] == ["'123456'", "'Lina@2023'"]


def test_sql_dump_with_password_hashes_or_no_password_column_is_not_a_credential_list():
    hashed = _USER_TABLE + ("INSERT INTO `sys_user` VALUES (1, 'zhangwei', "
                            "'$2a$10$NZ5o7r2E.ayT2ByoLKqMue8JxZVWyVXUoGpOS0YRxMkeSCQlKJ2hW', '财务部');\n"
                            "INSERT INTO `sys_user` VALUES (2, 'lina', 'e10adc3949ba59abbe56e057f20f883e', '人事部');\n"
                            "INSERT INTO `sys_user` VALUES (3, 'wang', NULL, '人事部');\n")
    facts = ("CREATE TABLE `sys_user` (\n  `id` int,\n  `pwd_expire` datetime COMMENT '密码过期时间',\n"
             "  `is_pass` varchar(8)\n);\nINSERT INTO `sys_user` VALUES (1, 'Abc12345', 'Xyz98765');\n")
    no_column = ("CREATE TABLE `customer` (\n  `id` int,\n  `name` varchar(64),\n  `phone` varchar(32)\n);\n"
                 "INSERT INTO `customer` VALUES (1, '南京大学', '123456');\n")
    for text in (hashed, facts, no_column):
        assert list(find_credentials(text)) == [], text
        result = _suggest(text)
        assert result.level != "绝密"
        assert not any(ev.category == "admin_credentials" and ev.hard for ev in result.evidence)


def test_sql_passwords_read_in_the_forms_dumps_use():
    """Multi-row VALUES with a column list, a call such as NOW() in the row, N'…' literals, a one-line CREATE."""
    multi = ("INSERT INTO users (id, username, password, created) VALUES\n"
             "(1, 'alice', 'Al1ce#2024', NOW()),\n(2, 'bob', N'B0b!pass', NOW());\n")
    one_line = ("CREATE TABLE t_admin (id INTEGER PRIMARY KEY, name TEXT, login_pwd TEXT);\n"
                "INSERT INTO t_admin VALUES (1, 'root', 'Root@8899');\n")
    assert [hit.text for hit in find_credentials(multi)] == ["'Al1ce#2024'"]  # the first of the INSERT, for the rules
    assert [hit.text for hit in sql_passwords(multi, rows=None)] == ["'Al1ce#2024'", "N'B0b!pass'"]
    assert [hit.text for hit in find_credentials(one_line)] == ["'Root@8899'"]


@pytest.mark.parametrize("value", [
    "pbkdf2_sha256$600000$Yx1abc$Q2hHZmFrZQ==", "$6$rounds=5000$salt$hash", "$argon2id$v=19$m=65536$c2FsdA$aGFzaA",
    "*6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9", "4QrcOUm6Wau+VuBX8g+IPg==", "your_password", "${DB_PASS}",
    "<password>", "请输入密码", "2024/01/01", "______"])
def test_sql_values_that_are_no_usable_password(value: str):
    dump = f"INSERT INTO auth_user (id, username, password) VALUES (1, 'admin', '{value}');\n"
    assert list(find_credentials(dump)) == []


def test_sql_columns_about_the_password_are_not_the_password():
    dump = ("CREATE TABLE `u` (\n  `id` int,\n  `must_change_pwd` varchar(8),\n  `last_pwd` varchar(32),\n"
            "  `pass_rate` varchar(8),\n  `pass` varchar(8) COMMENT '是否通过',\n"
            "  `visitor_pwd` varchar(16) COMMENT '访客证号'\n);\n"
            "INSERT INTO `u` VALUES (1, 'yes1', 'Old#2023x', '0.95', 'fail', 'V2024-0012');\n")
    assert list(find_credentials(dump)) == []


def test_sql_password_columns_by_any_name_and_past_comments():
    dump = ("CREATE TABLE `stu` (\n  `id` int, -- the row's id\n  `init_password` varchar(32), /* 初始 */\n"
            "  `stu_pwd` varchar(32)\n);\nINSERT INTO `stu` VALUES (1, 'Init#2024', 'Pa$$w0rd');\n")
    assert [hit.text for hit in sql_passwords(dump, rows=None)] == ["'Init#2024'", "'Pa$$w0rd'"]


def test_no_sql_password_of_a_training_dump_reaches_the_secret_words():
    dump = ("INSERT INTO staff (sid, pwd, name) VALUES ('YG001', 'Kd92mxq7a', '王韦'),"
            " ('YG002', 'Zp83Lw0qR', '李儒宝'), ('YG003', 'Hq55tt1vv', '张三');\n")
    assert {"kd0mxq0a", "zp0lw0qr", "hq0tt0vv"} <= secret_tokens([dump], ())


def test_a_minutes_template_is_a_blank_form_not_minutes():
    template = ("# 项目组 - 每日站会模板\n\n## 会议基本信息\n- **会议名称**: 每日站会\n- **时间**: 每天上午9:30\n"
                "- **主持人**: \n- **参与人员**: 全体成员\n\n## 议程\n1. 昨天完成了什么\n2. 今天计划做什么\n"
                "3. 遇到了什么阻碍\n\n## 会议记录\n| 成员 | 昨日完成 | 今日计划 | 阻碍 |\n| --- | --- | --- | --- |\n")
    minutes = template.replace("每日站会模板", "每日站会记录（2025年3月4日）") + "| 张伟 | 完成支付接口 | 联调 | 无 |\n"
    blank, held = _suggest(template), _suggest(minutes)
    assert blank.kind == "模板空白表" and (blank.level == "内部" or blank.needs_review)
    assert held.kind == "纪要"
    for title in ("关于修订合同模板的会议纪要", "法务部例会——讨论新版劳动合同模板", "会议纪要：确定报价单模板"):
        assert _suggest(minutes.replace("每日站会记录（2025年3月4日）", title)).kind == "纪要", title
    assert _suggest(template.replace("每日站会模板", "会议纪要（模板）")).kind == "模板空白表"


def test_rules_about_meetings_and_a_minutes_bots_manual_are_not_minutes():
    """Seen on blind documents: a college's meeting rules whose page lost its line breaks, a notice to
    全校各单位 on how to keep meeting records, and the user guide of a bot that collects weekly minutes were
    all taken for minutes (机密) by the words 出席/列席/主持人/纪要; real minutes still are."""
    rules_page = ("一、总则 第一条 为进一步强化我院党政领导班子建设，提升决策水平，结合我院实际，制定本规则。"
                  " 第二条 党政联席会议是学院议事决策的机构，出席人员为院长、书记，列席人员由主持人确定，"
                  "记录人由办公室主任担任。 第三条 会议议题由院长办公室收集，会前三天送达参会人员。")
    notice = ("全校各单位：\n为进一步加强会议记录管理和规范、提高会议记录质量，现就相关事项通知如下：\n一、适用范围\n"
              "学校党委常委会会议、校长办公会议及各单位议事决策会议。\n二、会议记录内容\n包括会议时间、地点、主持人、"
              "参会人员、记录人、会议议题和会议决定。\n")
    manual = ("# 周例会纪要机器人 · 用户说明\n\n仅支持私聊本机器人。每周一 00:00 切换到新一周。\n\n## 怎么提交\n"
              "直接发文字或图片，都会追加到你本周纪要。\n\n## 查看\n发送「查看本周」即可看到自己已提交的内容。\n")
    for text in (rules_page, notice, manual):
        assert _suggest(text).kind != "纪要", text[:20]
    assert _suggest(manual).kind == "产品手册"
    minutes = ("学院党政联席会议纪要\n时间：2024年5月8日\n地点：学院会议室\n主持人：王强\n出席：李明、张华\n"
               "列席：赵敏\n记录人：刘洋\n会议议题：一、讨论本学期实验室建设经费安排；二、研究教师职称推荐名单。\n"
               "会议决定：实验室建设经费按预算执行。\n")
    assert _suggest(minutes).kind == "纪要" and _suggest(minutes).level == "机密"
    quoted = "会议讨论了《议事规则》修订稿，其中第一条为“为规范议事，制定本规则。”\n"
    quoting = minutes.replace("会议议题：", quoted + "会议议题：")
    assert _suggest(quoting.replace("学院党政联席会议纪要\n", "2024年第3次党政联席会议\n")).kind == "纪要"
    # With the addressee and the 如下： sentence no title, the sentence still says what the text is.
    assert _suggest(notice.replace("会议记录", "档案")).kind == "通知"
    assert _suggest("为加强财务管理，规范报销程序，现规定如下：\n一、报销须由部门负责人签字。\n二、超过五千元的报销须经"
                    "分管领导审批。\n").kind == "制度办法"


def test_english_text_goes_to_review_never_a_confident_top_secret():
    english = ("It is a report about the admin user id of the root server. The www site and es index keep "
               "running. Password policies are discussed in general terms in this public paper. " * 3)
    result = _suggest(english)
    assert result.needs_review and result.level != "绝密" and result.confidence <= 0.5
    assert any("不是以中文为主" in reason for reason in result.review_reasons)


def test_a_secret_plan_that_mentions_announcements_is_not_taken_for_published():
    plan = ("2027年投资计划（草案）\n一、拟投资新建华东生产基地，总投资8亿元，资金来源为自筹及银行贷款。\n"
            "二、项目完成后将择机发布公告，届时邀请记者参加发布会。\n三、本计划经董事会审议前不得外传。")
    result = _suggest(plan)
    assert result.publication != "published" and result.level == "绝密"


def test_a_bid_is_top_secret_even_when_it_reads_like_a_contract():
    bid = _suggest("建筑安装工程投标书\n致：＿＿＿＿（招标单位）\n甲方：＿＿＿＿ 乙方：＿＿＿＿\n"
                   "我方愿以人民币＿＿＿＿元的投标报价承包本工程，工期＿＿天，并承担合同规定的全部责任。")
    assert bid.kind == "标书" and bid.level == "绝密"


def test_a_server_inventory_without_passwords_is_confidential_not_credentials():
    inventory = ("机房服务器清单\n主机名\tIP\t用途\t负责人\nweb-01\t10.0.1.11\t门户网站\t张伟\n"
                 "db-01\t10.0.1.21\t订单数据库（主）\t王芳\ndb-02\t10.0.1.22\t订单数据库（从）\t王芳\n"
                 "root 账号由运维组统一管理，admin 后台入口见运维手册。")
    result = _suggest(inventory)
    assert result.level == "机密" and not any(ev.category == "admin_credentials" for ev in result.evidence)


def test_classifiers_import_nothing_from_marker_or_watch():
    """The one-way data flow: the classifiers take plain inputs; the corpus tools that need marker/ live in tools/."""
    import ast

    root = Path(__file__).resolve().parents[1] / "classifiers"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {name}" for name in names if name.split(".")[0] in ("marker", "watch")]
    assert offenders == []


def test_investment_plan_is_top_secret_whatever_financial_figures_fill_it():
    plan = _suggest("2027年度投资计划\n一、财务状况：2026年营业收入12亿元，净利润1.5亿元，资产负债率45%。\n"
                    "二、预算安排：新建华东基地总投资8亿元，其中设备4.2亿元；银行贷款5亿元，年利率3.6%。\n"
                    "三、成本与现金流：预计投资回收期6年，内部收益率14%。")
    assert plan.kind == "方案计划" and plan.level == "绝密" and plan.category == "strategy"


def test_instructions_for_a_contract_template_are_internal():
    guide = _suggest("采购合同模板使用说明\n1. 本模板适用于公司50万元以下的设备采购。\n"
                     "2. 甲方、乙方名称须与营业执照一致，价款、付款方式、违约责任条款不得删改。\n"
                     "3. 合同审批按合同管理办法执行，报价单作为附件。")
    assert guide.kind == "制度办法" and guide.level == "内部"


def test_blank_national_balance_sheet_is_public_but_a_filled_one_is_not():
    blank = _suggest("资产负债表\n会企01表\n编制单位：＿＿＿＿ ＿＿年＿＿月＿＿日 单位：元\n资产\t期末余额\t年初余额\n"
                     "货币资金\t\t\n应收账款\t\t\n存货\t\t\n负债和所有者权益\t期末余额\t年初余额\n短期借款\t\t")
    filled = _suggest("资产负债表\n会企01表\n编制单位：华岳精工股份有限公司 2026年6月30日 单位：元\n"
                      "资产\t期末余额\t年初余额\n货币资金\t152,300,000.00\t138,900,000.00\n应收账款\t86,450,000.00\t79,120,000.00\n"
                      "存货\t64,800,000.00\t61,020,000.00\n短期借款\t40,000,000.00\t45,000,000.00")
    assert blank.level == "公开" and blank.publication == "published"
    assert filled.level == "机密"


def test_listed_company_announcement_is_public():
    notice = _suggest("证券代码：600123    证券简称：华岳精工    公告编号：2026-018\n"
                      "华岳精工股份有限公司关于投资建设华东生产基地的公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                      "准确性和完整性承担法律责任。\n一、投资概述：公司拟投资8亿元建设华东生产基地。\n特此公告。")
    assert notice.level == "公开" and notice.kind == "公告"


def test_national_standard_bid_form_and_annual_report_and_brochure_are_public():
    form = _suggest("中华人民共和国标准施工招标文件\n国家发展和改革委员会 财政部 住房和城乡建设部 等 编制\n"
                    "第一章 招标公告（适用于公开招标）\n＿＿＿＿（项目名称）＿＿标段施工招标公告\n"
                    "投标人须知：投标报价＿＿＿＿元，投标保证金＿＿＿＿元。")
    annual = _suggest("华岳精工股份有限公司2025年年度报告摘要\n第一节 重要提示\n本公司董事会、监事会及董事、监事、"
                      "高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载。\n"
                      "营业收入12.3亿元，净利润1.5亿元，研发投入0.8亿元。")
    brochure = _suggest("HY-200 数控车床产品介绍\n您身边的精密加工专家。HY-200 主轴转速 4500 rpm，定位精度 0.005 mm。\n"
                        "欢迎致电销售热线，获取选型方案与报价。")
    assert form.level == "公开" and form.publication == "published"
    assert annual.level == "公开" and annual.publication == "published"
    assert brochure.kind == "产品手册"


def test_a_manual_page_about_accounts_without_passwords_is_not_top_secret():
    page = _suggest("账号密码\n下面分别就数据库和操作系统的账号密码进行说明。\n数据库密码存储在服务器的指定文件中，"
                    "管理员账号为 root，数据库账号另见说明；\n"
                    "服务器密码在创建实例时由您自行设置，忘记密码可在控制台重置。")
    assert page.level != "绝密" and page.needs_review


def test_a_saved_news_page_about_tenders_and_price_rises_is_public():
    page = _suggest("首页\n新闻\n行业动态\n华东水泥企业集体提价 招标项目成本承压\n"
                    "2026年03月12日来源：建材信息网\n分享到：\nQQ空间\n新浪微博\n"
                    "本周华东多家水泥企业上调出厂价，每吨上调30元。业内人士表示，多个政府采购和招标项目的投标报价"
                    "将随之调整，部分中标企业的采购成本上升。")
    assert page.level == "公开" and page.publication == "published" and page.kind == "新闻"


def test_a_team_scrum_meeting_record_is_minutes():
    record = _suggest("【Beta阶段】第九周Scrum Meeting\n本次会议在实验楼302召开，全员参加。\n"
                      "队员 | 上周完成任务 | 本周要完成任务\n张三 | 完成登录接口 | 订单模块联调\n"
                      "李四 | 首页原型 | 支付页面\n遇到的困难：数据库表结构需要调整，下次会议前确定。")
    assert record.kind == "纪要" and record.level == "机密"


def test_a_business_plan_named_on_its_second_line_is_top_secret():
    plan = _suggest("智能称重收银一体机\n商业计划书\n第一章 项目摘要\n本项目面向生鲜零售门店，"
                    "计划三年内覆盖500家门店，预计第二年实现销售额3000万元，毛利率35%。\n"
                    "第二章 融资需求：本轮拟融资800万元，出让10%股权，用于研发与市场推广。")
    assert plan.kind == "方案计划" and plan.level == "绝密"


def test_a_hand_over_note_with_spaced_passwords_is_top_secret_but_prose_about_passwords_is_not():
    note = _suggest("交接文档\n### 测试服\n* 账号 ssh -p 22 root@10.1.2.3\n* 密码 Qw8#kLm2\n"
                    "* 数据库 http://10.1.2.3:8081/\n* 账号 admin\n* 密码 pass\n后台代码放在桌面的 Admin 文件夹。")
    prose = _suggest("账号安全须知\n密码 应定期更换，不得与他人共用；忘记密码 请联系管理员重置。"
                     "员工离职时须交回门禁卡。")
    assert note.level == "绝密"
    assert prose.level != "绝密"


def test_a_contract_format_with_filling_notes_is_still_a_contract():
    contract = _suggest("专利权转让合同\n一、现将本文书的制作要点介绍如下：\n1．合同双方应写明名称和地址。\n"
                        "二、格式：\n甲方（转让方）：\n乙方（受让方）：\n甲乙双方经协商一致，签订本合同。\n"
                        "第一条 转让费＿＿＿＿元。\n"
                        "第二条 违约责任：任何一方违约，应向对方支付违约金。")
    assert contract.level == "秘密" and contract.kind == "合同协议"


def test_a_chapter_of_an_investment_plan_without_a_plan_title_is_top_secret():
    chapter = _suggest("财务分析\n一、投资规模：总投资额12亿元，分三期建设。\n二、收益测算：投资回收期5.2年，"
                       "项目内部收益率18%，第三年起实现盈利。\n三、资金来源：银行贷款6亿元，其余自筹。")
    assert chapter.kind == "方案计划" and chapter.level == "绝密"


def test_an_official_form_with_its_filling_notes_and_a_site_terms_page_are_public():
    form = _suggest("专利请求书\n一、现将本文书的制作要点介绍如下：\n1．填写时应严格按照格式。\n二、格式：\n"
                    "请按照本表背面“填表注意事项”正确填写本表各栏 此框内容由专利局填写\n①申请号\n②申请日\n③申请人")
    terms = _suggest("会员服务条款\n用户注册前须阅读并同意本条款。用户应提供真实资料；用户须妥善保管密码；"
                     "本站不会未经用户授权公开用户资料；用户发布的信息须符合法律法规；用户可随时注销账号。")
    assert form.level == "公开" and form.publication == "published"
    assert terms.level == "公开" and terms.publication == "published"


def test_json_keeps_ids_and_adds_labels_kind_and_publication(tmp_path: Path, cli):
    notice = make_text(tmp_path / "gov.txt", GOVERNMENT_NOTICE)
    minutes = make_pdf(tmp_path / "minutes.pdf", [MEETING_MINUTES])
    code, out, _ = cli("classify", notice, minutes, "--json")
    rows = {Path(row["path"]).name: row for row in json_lines(out)}
    assert code == 0
    gov = rows["gov.txt"]
    assert gov["category"] == "public" and gov["category_label"] == "已公开信息"
    assert gov["kind"] == "通知" and gov["publication"] == "published" and gov["publication_label"] == "已发布"
    assert any("〔2023〕6号" in sentence for sentence in gov["publication_evidence"])
    mins = rows["minutes.pdf"]
    assert mins["category"] == "meeting_minutes" and mins["category_label"] == "重要会议记录"
    assert mins["kind"] == "纪要" and mins["kind_evidence"]
    assert all(ev["category_label"] for ev in mins["evidence"])


def test_human_table_shows_chinese_labels_kind_and_the_deciding_sentence(tmp_path: Path, cli):
    notice = make_text(tmp_path / "gov.txt", GOVERNMENT_NOTICE)
    code, out, _ = cli("classify", notice)
    assert code == 0 and "已公开信息" in out and "public" not in out
    assert "通知 · 已发布" in out and "发布状态:published" not in out


def test_bare_credential_pairs_and_a_password_under_its_heading_are_top_secret():
    pairs = _suggest("项目交接\n### 平台账号密码\n```shell\n张伟/zw199678\nopsadmin/opsadmin430\n```\n"
                     "### 说明\n平台部署在公司机房，如有问题联系运维。")
    heading = _suggest("环境说明\n测试服务器已经部署完毕，地址见群公告。\n测试服务器密码\n```shell\n"
                       "n&30wX4(A.0_PA@g8^a;d\n```\n部署脚本在桌面。")
    demo = _suggest("系统初始化说明\n默认账号\nadmin/123456\n首次登录后系统会提示修改。")
    assert pairs.level == heading.level == demo.level == "绝密"
    assert any(ev.term == "credential" and "zw199678" in ev.snippet for ev in pairs.evidence)


def test_a_login_written_as_lines_under_an_account_heading_is_a_credential():
    """Seen on fresh55: a defect report's steps say 登录账号, then the account and the password on their own lines, with
    no 密码 beside them; the rules read the report as 内部. A schema's `password` / `varchar(64)` lines and an account
    followed by prose are not a login."""
    report = ("缺陷报告单\n浏览器版本\nChrome90（64 位）\n简述\n查看历史版本后退回原来界面，报错且导航栏消失\n"
              "操作步骤\n登录账号\n13900001111\nqa7731skd\n在入职登记已完结中查看历史版本\n会提示错误\n")
    assert [hit.text for hit in find_credentials(report)] == ["qa7731skd"]
    assert list(find_credentials("用户表字段\n用户名\npassword\nvarchar(64)\n")) == []
    assert list(find_credentials("测试账号\nzhangsan\n请向管理员申请开通权限后登录。\n")) == []


def test_commands_phone_lists_and_column_types_are_not_credential_pairs():
    assert list(find_credentials("登录服务器\nssh root@10.0.0.1\nsudo systemctl restart nginx2\n")) == []
    assert list(find_credentials("账号联系人\n销售部  15423350269\n财务部  13666787616\n")) == []
    assert list(find_credentials("用户表\npassword VARCHAR(64),\nlogin_name varchar(32),\n")) == []
    assert list(find_credentials("用户名 admin\n root\n id\n")) == []


def test_a_mostly_english_credential_note_under_chinese_headings_is_top_secret_for_review():
    note = _suggest("### 阿里云\n```shell\nops:\nzhongrun\nzr@admin\n```\n### 平台账号密码\n```shell\n"
                    "yangkeng/yk199678\nzrytadmin/zrytadmin430\n```\n```services\nzrun-upms-biz zrun\n"
                    "zrun-bi-platform zrun-bi\nzrun-dpac-biz zrun-map zrun-rectify\n"
                    "zrun-standard-biz zrun-standard\n```")
    english = _suggest("Getting started\nLog in as admin with the root account, then open the id settings page "
                       "and create a user for every member of the team before the release.")
    assert note.level == "绝密" and note.needs_review and note.confidence <= 0.5
    assert english.needs_review and english.level != "绝密"


def test_a_blank_internal_application_form_is_internal():
    form = _suggest("某某电气股份有限公司\n固定资产处理审批表\n申请人：\n编号：\n申请部门：\n日期：\n"
                    "固定资产名称\n资产原值\n报废原因\n处理方式\n经办人签名：\n财务部门意见：\n总经理意见：")
    assert form.kind == "模板空白表" and form.publication == "internal" and form.level == "内部"
    assert any("空白表单" in sentence for sentence in form.kind_evidence)


def test_an_engineers_notes_with_command_blocks_are_technical_not_an_internal_procedure():
    notes = _suggest("easycwmp 工作流程及扩展指南\n## 系统架构概述\neasycwmpd 负责与 ACS 进行协议交互。\n"
                     "```c\nprintf(\"addr=%02x\", addr[0]);\n```\n## 扩展\n新增参数时修改数据模型脚本：\n"
                     "```shell\nuci set easycwmp.@acs[0].url=http://10.0.0.2\n```\n")
    assert notes.kind == "技术资料" and notes.level == "机密"


def test_a_business_plan_chapter_known_by_its_sections_is_top_secret():
    chapter = _suggest("市场分析\n## 市场规模\n预计到2028年本项目所在细分市场规模将达1200亿元。\n## 竞争格局\n"
                       "主要竞争对手有三家，我们的优势在于液冷技术。\n## 商业模式\n"
                       "我们以建站运营和充电服务费为主要收入。")
    assert chapter.kind == "方案计划" and chapter.level == "绝密"


def test_a_product_brochure_with_parameters_and_after_sales_service_is_public():
    brochure = _suggest("智能门锁产品手册\n产品特点\n1. 指纹识别：0.3秒快速解锁。\n2. 远程管理：支持手机APP远程授权，"
                        "临时密码一次有效。\n技术参数\n电源：4节5号电池，续航12个月。\n售后服务：整机保修两年，全国联保。\n"
                        "服务热线：400-800-1234")
    assert brochure.level == "公开" and brochure.publication == "published" and brochure.kind == "产品手册"


def test_a_page_that_lost_its_line_breaks_is_read_by_the_title_run_into_it():
    rule = _suggest("项目会议管理制度 1、会前工作：由会议发起人提报会议内容、时间及参会人员，报综合事务部；"
                    "2、会议记录：指定记录人，会议决定事项由记录人整理后分发各部门；3、会后跟踪：综合事务部督办。")
    bracketed = _suggest("【保密文件管理制度(1)x】为加强公司内部信息安全管理，确保各类涉密文件在流转、使用、存储及"
                         "销毁各环节的安全，制定本制度。涉密文件由专人登记，借阅须经部门负责人批准。")
    assert rule.kind == bracketed.kind == "制度办法" and rule.level == bracketed.level == "内部"


def test_a_notice_to_units_with_meeting_words_is_not_minutes():
    notice = _suggest("各区县团委、开发区团工委、市直团工委：\n为做好今年志愿服务工作，经研究，现将有关事项通知如下："
                      "一、参加人员：各单位分管负责人。二、会议内容：部署志愿服务工作，讨论活动方案。请按时报送材料。")
    assert notice.kind != "纪要" and notice.level != "机密"


def test_a_listed_company_named_with_its_stock_code_and_a_tender_to_bidders_are_public():
    review = _suggest("旋极信息(300324)2023年年报解读：行业数字化收入的大幅增长推动公司营收增长\n公司2023年实现营业收入"
                      "12.3亿元，同比增长15%；商誉存在减值风险，投资者需关注应收账款回收情况。")
    tender = _suggest("投标文件的编制\n6.投标文件的语言及计量单位\n6.1 投标人提交的投标文件以及投标人与招标人就有关投标"
                      "的所有来往函电均应使用中文。\n6.2 投标人应按招标文件规定的格式填写投标报价，"
                      "投标人不得修改格式。")
    assert review.publication == "published" and review.level == "公开"
    assert tender.publication == "published" and tender.level == "公开"


def test_business_rules_of_a_software_system_are_technical_not_a_company_rule():
    spec = _suggest("订包装业务规则\n## 1. 数据来源\n订包装单使用订单对应的装箱单明细生成。系统应先将订单明细与 "
                    "`order_packing_detail` 匹配，再按匹配到的装箱明细汇总包装数量。\n## 2. 计算方式\n"
                    "单箱装载对数等于各鞋码数量之和。")
    assert spec.kind == "技术资料" and spec.level == "机密"


def test_a_notice_to_lower_governments_is_published_and_one_convening_units_is_a_meeting_notice():
    tasks = _suggest("各乡镇人民政府，县政府各部门，县属驻县各单位：\n县人大会议审议通过的《政府工作报告》安排部署了"
                     "今年的目标任务。现将目标任务分解下达，请各单位细化任务，靠实责任，全力抓好落实。\n附件：重点工作任务分解表")
    meeting = _suggest("各区县团委、市直团工委：\n为总结今年的共青团工作，团市委决定召开年度工作总结会，"
                       "现将有关事宜通知如下：\n一、会议时间\n12月28日上午9:00\n二、会议地点\n团市委会议室\n三、参会人员\n各区县团委书记")
    assert tasks.publication == "published" and tasks.level == "公开"
    assert meeting.kind == "会议通知" and meeting.level == "内部"


def test_a_traditional_character_document_is_read_like_its_simplified_text(tmp_path: Path, cli):
    from classifiers.hanzi import to_simplified

    notice = ("某某省人民政府辦公廳文件\n某政辦發〔2023〕6號\n某某省人民政府辦公廳關於印發數字經濟投資實施方案的通知\n"
              "各市、縣人民政府，省政府各部門、各直屬機構：\n"
              "《數字經濟投資實施方案》已經省政府同意，現將實施方案印發給你們，請認真貫徹執行。\n"
              "一、總體目標。到2025年，全省數字經濟投資規模超過2000億元，財務預算與招標採購同步推進。\n"
              "某某省人民政府辦公廳\n2023年3月1日")
    rule = ("費用報銷管理辦法\n第一條 為規範公司費用報銷，加強財務管理，制定本辦法。\n"
            "第二條 員工報銷須填寫報銷單，經部門負責人審批後報財務部審核。\n第三條 本辦法自發布之日起施行。")
    handover = ("系統交接說明\n### 伺服器帳號密碼\n```\n張偉/zw199678\nopsadmin/opsadmin430\n```\n"
                "### 說明\n平台部署在公司機房，如有問題聯繫運維。")
    published, internal, secret = _suggest(notice), _suggest(rule), _suggest(handover)
    assert published.level == "公开" and published.publication == "published" and published.kind == "通知"
    assert any("〔2023〕6号" in sentence for sentence in published.publication_evidence)
    assert internal.level == "内部" and internal.kind == "制度办法"
    assert secret.level == "绝密"
    # the CLI reads a 繁體 file the same way; a simplified text quoting 著名 or 乾隆 is left as it is
    code, out, _ = cli("classify", make_text(tmp_path / "trad.txt", notice), "--json")
    assert code == 0 and json_lines(out)[0]["level"] == "公开"
    plain = "乾隆年间著名的工匠，以及仓颉造字的传说。"
    assert to_simplified(plain) is plain


def test_an_in_house_systems_manual_is_internal_whatever_business_words_fill_it():
    manual = ("# 鸿威达集团 ERP · 操作手册\n> 适用：三家关联公司的库存与往来管理。\n## 一、录入采购单\n"
              "1. 进入【采购管理】菜单，选择供应商，填写采购数量与单价。\n"
              "2. 财务人员在【应付账款】界面核对发票与付款。\n"
              "## 二、查询库存\n在【库存报表】中按仓库筛选，导出月度成本汇总。")
    result = _suggest(manual)
    assert result.kind == "产品手册" and result.publication != "published"
    assert result.level == "内部"


def test_a_short_traditional_credential_note_is_a_credential_and_a_simplified_text_keeps_its_names():
    from classifiers.hanzi import to_simplified

    short = _suggest("伺服器帳號密碼\n張偉/zw199678\nopsadmin/opsadmin430")  # three traditional-only characters
    assert short.level == "绝密" and short.confidence >= 0.8
    contract = ("技术服务合同\n乙方：臺北市信義區某某科技有限公司（負責人：李后乾）\n"
                + "甲乙双方经友好协商，就软件开发与维护服务事项达成如下协议，双方共同遵守。" * 8)
    folded = to_simplified(contract)
    assert "李后乾" in folded and "台北市信义区" in folded


def test_the_fast_traditional_fold_gives_what_opencc_gives():
    import opencc

    from classifiers.hanzi import _convert

    texts = ("某某省人民政府辦公廳關於印發數字經濟投資實施方案的通知\n各市、縣人民政府：現將實施方案印發給你們。",
             "乾燥的天氣裡，乾隆年間的著名工匠一目瞭然地瞭解了藉口與憑藉，頭髮與發展，後來皇后乾杯。",
             "伺服器帳號密碼\n張偉/zw199678\n系統交接說明：平台部署在公司機房。")
    converter = opencc.OpenCC("t2s")
    for text in texts:
        assert _convert(text) == converter.convert(text)


def test_markdown_table_and_connection_address_credentials_are_found_but_columns_and_samples_are_not():
    note = ("# 商城数据库连接信息\n## 统一管理账户\n- **默认用户名**: `admin`\n- **默认密码**: `qa783215`\n\n"
            "| 参数 | 值 |\n|------|-----|\n| Host | `10.8.3.21` |\n| Password | `Kd92mxq7` |\n\n"
            "```env\nDATABASE_URL=\"postgres://shop:Kd92mxq7@10.8.3.21:5433/shop\"\n```\n")
    found = [hit.text for hit in find_credentials(note)]
    assert any("qa783215" in text for text in found) and any("| Password |" in text for text in found)
    assert any(text.startswith("postgres://shop:Kd92mxq7@") for text in found)
    assert _suggest(note).level == "绝密"
    schema = ("用户表设计\n| 字段 | 类型 | 说明 |\n|---|---|---|\n| password | varchar(64) | 登录密码 |\n"
              "| 密码 | string | 是 |\n连接串示例：postgres://user:password@localhost:5432/app\n"
              "mysql://root:<your-password>@127.0.0.1/db\n- **密钥**：`.env` 文件中的 `APP_KEY`\n")
    assert list(find_credentials(schema)) == []


def test_a_share_sites_pinyin_readings_are_taken_out_before_the_kind_is_read():
    page = ("家禽養(yǎng)殖創(chuàng)業(yè)計(jì)劃書\n一、項(xiàng)目概況\n"
            "本項目計劃投資人民幣八十萬元，建設(shè)標準化雞舍四棟，年出欄肉雞十二萬羽。\n二、市場分析\n"
            "本地禽肉需求穩定增長，目標市場為周邊城區(qū)農(nóng)貿(mào)市場及餐飲企業。\n"
            "三、財務(wù)預測\n預計第二年實現盈利，投資回收期三年。")
    result = _suggest(page)
    assert result.kind == "方案计划" and result.level == "绝密"
    kept = _suggest("方案(a)与方案(b)的比较\n本文比较两种排班方案，供各部门参考，选择适合本部门的一种执行。")
    assert kept.kind != "方案计划"


def test_a_spreadsheet_of_accounts_and_passwords_is_a_credential_list(tmp_path: Path, cli):
    """An 账号/密码 table kept as a workbook: the passwords stand in their column, not beside a 密码： label."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["系统", "账号", "密码", "负责人"])
    for row in (["OA系统", "admin", "Oa#2024pass", "张伟"], ["财务系统", "finance", "Fin@8823q", "李娜"],
                ["邮件服务器", "root", "123456", "王强"]):
        sheet.append(row)
    path = tmp_path / "系统账号.xlsx"
    book.save(path)
    code, out, _ = cli("classify", path, "--json")
    row = json_lines(out)[0]
    assert code == 0 and row["level"] == "绝密" and row["category"] == "admin_credentials"
    assert any(ev["term"] == "credential" and "Oa#2024pass" in ev["snippet"] for ev in row["evidence"])


def test_a_password_column_is_read_only_under_a_password_header_and_only_for_password_like_values():
    accounts = "| 账号 | 密码 | 备注 |\n|---|---|---|\n| admin | Adm#2024x | 管理员 |\n| guest | 123456 | 访客 |"
    assert [hit.text for hit in find_credentials(accounts)] == ["Adm#2024x", "123456"]
    tabbed = "姓名\t账号\t初始密码\n张伟\tzhangwei\tZw@20240101\n"
    assert [hit.text for hit in find_credentials(tabbed)] == ["Zw@20240101"]
    for text in ("| 字段 | 类型 | 说明 |\n|---|---|---|\n| password | varchar(64) | 登录密码 |",  # a schema, not values
                 "姓名\t电话\t密码\n张三\t13800001111\t\n",  # an empty column
                 "| 参数 | 密码 |\n| 说明 | 请输入密码 |",  # prose in the column
                 "| 账号 | 密码 |\n|---|---|\n| admin | ****** |\n| user | your_password |",  # masked, a sample
                 "账号\t密码\n张三 李四 王五\n"):  # a row of another width ends the table
        assert list(find_credentials(text)) == [], text


def test_a_meeting_rule_that_names_itself_in_its_first_sentence_is_a_rule_not_minutes():
    """Seen on the blind split fresh49: a school's 校长办公会议制度 and a company's 安全生产会议制度 pasted without
    their title lines were taken for minutes (机密) by 主持/参加/列席; their first sentence says what they are."""
    school = ("为规范学校管理，提高决策效率和管理水平，确保学校各项工作有序开展，"
              "根据国家有关教育法律法规及学校实际情况，"
              "特制定本校校长办公会议制度。\n校长办公会议由校长主持，副校长及相关职能部门负责人参加，必要时可邀请教师代表"
              "列席。\n会议的主要任务包括：传达上级文件精神；审议学校年度工作计划；研究人事、财务等重大问题。\n")
    found = _suggest(school)
    assert found.kind == "制度办法" and found.level == "内部"
    assert any("特制定本校校长办公会议制度" in line for line in found.kind_evidence)
    # minutes that quote the sentence of a rule they discussed stay minutes
    minutes = ("校长办公会议纪要\n时间：2024年5月8日\n主持人：王强\n出席：李明、张华\n会议讨论了《会议制度》修订稿（"
               "“为规范管理，特制定本会议制度。”），决定下周印发。\n")
    assert _suggest(minutes).kind == "纪要"


def test_a_rule_about_meeting_records_is_a_rule_and_spaced_article_numbers_are_articles():
    """Seen on the blind split fresh51: a sales office's 会议记录及报表管理制度 was taken for minutes (机密) by the
    会议记录 of its title, and an association's 章程 pasted from its page (第 三二 條: …) had articles the rules did not
    know with the spaces. A title that is a rule's is a rule; minutes titled 会议记录 stay minutes."""
    rule = ("会议记录及报表管理制度\n一、会议及会议记录\n1、客户服务部应在每周日召开部门例会，总结本周工作，"
            "并及时做好会议纪要。\n2、如遇重大事项，应及时召开部门会议，会后均应做会议记录备查。\n"
            "二、报表\n1、日报表：销售每日统计综合大表\n2、周报表：客户交款情况周报表\n")
    found = _suggest(rule)
    assert found.kind == "制度办法" and found.level == "内部"
    minutes = ("项目例会会议记录\n时间：2024年5月8日\n主持人：王强\n参会人员：李明、张华\n"
               "会议内容：讨论了接口联调进度，决定下周三完成测试。\n")
    assert _suggest(minutes).kind == "纪要"
    articles = ("第 三二 条：会员大会分左列会议，均经理事会之决议，由理事长召集之。\n"
                "第 三三 条：会员大会之召集，应于十五日前通知。\n"
                "第 三四 条：会员大会之决议以会员代表过半数之出席行之。主持人由理事长担任，记录人由秘书担任。"
                "出席会议的代表讨论了章程之变更。\n")
    assert _suggest(articles).kind != "纪要"


def test_a_job_seekers_cv_is_personnel_data_but_advice_on_writing_one_is_not():
    """DESIGN: personnel data is 秘密. A CV's sections with the person's own phone number say what it is; the rules
    used to read CVs as 内部 for want of words (the level head alone caught most of them)."""
    cv = ("个人简历\n姓名：陈晓东    性别：男\n电话：13912345678    邮箱：chenxd@example.com\n"
          "求职意向：前端开发工程师\n教育背景\n2016-2020 某某大学 软件工程 本科\n"
          "项目经历\n校园二手交易小程序：负责前端页面\n专业技能\n熟悉 Vue、React，了解 Node.js\n"
          "自我评价\n学习能力强，责任心强。\n")
    found = _suggest(cv)
    assert found.kind == "个人简历" and found.level == "秘密" and found.category == "personnel"
    assert any("13912345678" in line for line in found.kind_evidence)
    advice = ("如何写好一份简历\n很多同学问简历应该包含哪些内容。一般来说，一份简历应当包括：求职意向、教育背景、"
              "项目经历、专业技能和自我评价。\n求职意向要写明岗位；教育背景从最高学历写起；项目经历突出你的贡献。\n")
    assert _suggest(advice).kind != "个人简历"
