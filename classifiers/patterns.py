"""Recognisers for things words cannot show: ID numbers, bank cards, passwords, money.

Each checks what a typo or a random number would fail (ID check digit and birth date, the
Luhn sum), so a phone number or an order number is not taken for personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_CARD_CANDIDATE = re.compile(r"(?<![\d-])((?:\d[ -]?){15,18}\d)(?![\d-])")
_CARD_CONTEXT = re.compile(r"(账号|帐号|卡号|银行|开户|账户|帐户|card)", re.IGNORECASE)
# The value must look like a password: on the same line, no Chinese (prose such as 密钥：一个密钥是…), not
# itself a key (`password:` followed by `student_id:` on the next line of an API description).
# Markdown writes the key bold (`- **默认密码**: \`xx123654\``): the emphasis around the key and the value's
# back-ticks are layout, not part of either.
_CREDENTIAL = re.compile(
    r"(?<!alias )"  # a shell alias of `pwd` is a command, not a password
    r"(?:管理员密码|登录密码|初始密码|数据库密码|默认密码|密码|口令|密钥|password|passwd|pwd|secret|api[_-]?key|token)"
    r"(?:\*\*|__)?[ \t]*(?:为|是)?[ \t]*[:：=][ \t]*[\"'`]?"
    r"([^\s\"'`，。；;,:：（）()\u3000-\u9fff]{4,64})`?(?![:：\w])",
    re.IGNORECASE,
)
# A Markdown table row `| Password | xx123654 |` (a key cell, then the value cell).
_CREDENTIAL_CELL = re.compile(
    r"(?im)^[ \t]*\|[ \t]*(?:\*\*)?(?:管理员密码|登录密码|初始密码|数据库密码|默认密码|密码|口令|password|passwd)"
    r"(?:\*\*)?[ \t]*\|[ \t]*`?([^\s|`\u3000-\u9fff]{4,64})`?[ \t]*\|")
# A connection address with its password: postgres://user:secret@host, mysql://root:secret@10.0.0.1:3306/db.
_CREDENTIAL_URL = re.compile(r"(?i)\b[a-z][a-z0-9+.\-]{1,20}://([^\s:/@`'\"]{1,64}):([^\s@/`'\"]{4,64})@[\w.\-]+")
# A file that holds the secret (`密钥**：\`.env\``), not the secret.
_FILE_NAME = re.compile(r"^`?\.|\.[A-Za-z]{2,5}`?$")
# What documentation puts where a password goes: a word for it, a variable, a placeholder in brackets.
_SAMPLE_VALUE = re.compile(r"(?i)^(?:password|passwd|pass|pwd|secret|yourpassword|your_password|your-password|"
                           r"changeme|example|xxxx+|\*+)$|[<>{}$\[\]]")
_MONEY = re.compile(
    r"(?:[¥￥]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:元|万元|亿元|万|美元|人民币))"
)
_PLACEHOLDER = re.compile(r"^[_＿*＊xX.…\-]+$")
# A value the reader is told to replace (API_KEY=your-secret-api-key, sk-your-api-key, token: YOUR_TOKEN_HERE,
# secret=changeme, JWT_SECRET=change-me-in-production, API_KEY=sk-xxxxx) or a stand-in (token: "mock-token"): the
# key's place in a setup guide or a test, not a key.
_FILL_IN = re.compile(r"(?i)(?:^|[-_])your[-_]|^your(?:password|passwd|secret|token|key|apikey)|"
                      r"[-_](?:here|placeholder)$|(?:^|[-_])x{3,}(?:[-_]|$)|"
                      r"^(?:replace|change)[-_]?me(?:[-_]|$)|^(?:example|mock|dummy|fake)[-_]")


# The name of a secret, not the secret: a CI or environment variable (`secret：**GH_TOKEN`, `secret：APP_NUM`).
_SECRET_NAME = re.compile(r"^\**[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\**$")
# A stand-in the reader fills or the shell expands: `<strong-password>`, `<openssl rand -hex 16>` (cut at its first
# space), `${DB_PASSWORD}`, `$TOKEN`, `{{ secret }}`.
_STAND_IN = re.compile(r"^(?:<[^<>]+>?|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Z_][A-Z0-9_]*|\{\{?[^{}]+\}?\})$")


# Code that assigns a variable named for the secret, not the secret: `self.api_key = api_key`, `token: access_token`,
# `password=db_password`, `apiKey: apiKey`.
_SECRET_VARIABLE = re.compile(r"^(?:[a-z_][a-z0-9_]*\.)*(?:"
                              r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:key|token|secret|password|passwd|pwd)|"
                              r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*(?:Key|Token|Secret|Password))$")


def _blank(value: str) -> bool:
    """A blank to fill in (____, ***), a value the reader is told to replace or a variable's name: every credential
    path asks this."""
    return bool(_PLACEHOLDER.match(value) or _FILL_IN.search(value) or _SECRET_NAME.match(value)
                or _STAND_IN.match(value) or _SECRET_VARIABLE.match(value))


# A share link's extraction code, published with the link for every reader: `pan.baidu.com/s/1VW5e…?pwd=cpsc`, or a
# link then `密码：8888` / `提取码：ab12` on its line. Four to eight letters or figures, only right after the link.
_SHARE_CODE = re.compile(r"^[A-Za-z0-9]{4,8}$")
_LINK_BEFORE = re.compile(r"https?://[!-~]+[ \t]*[（(,，]?[ \t]*(?:提取码|访问码)?[ \t]*$")


_LINK_CHARS = 400  # how far back on its line a share code's link may start (keeps a crafted long line linear)


def _share_code(text: str, start: int, value: str) -> bool:
    """The credential at `start` is a download link's extraction code (see _SHARE_CODE), not a login."""
    if not _SHARE_CODE.match(value):
        return False
    if start > 0 and text[start - 1] in "?&":
        return True
    line_start = max(text.rfind("\n", max(0, start - _LINK_CHARS), start) + 1, start - _LINK_CHARS, 0)
    return bool(_LINK_BEFORE.search(text, line_start, start))


@dataclass(frozen=True, slots=True)
class PatternHit:
    detector: str
    start: int
    end: int
    text: str


def valid_resident_id(number: str) -> bool:
    """GB 11643 check digit plus a plausible birth date."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != number[17].upper():
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def find_resident_ids(text: str) -> Iterator[PatternHit]:
    for match in _ID_CANDIDATE.finditer(text):
        if valid_resident_id(match.group(1)):
            yield PatternHit("cn_resident_id", match.start(1), match.end(1), match.group(1))


def find_bank_cards(text: str) -> Iterator[PatternHit]:
    """Card-like numbers that pass Luhn; a context word nearby is required for 16-digit runs,
    because many order and serial numbers are 16 digits."""
    for match in _CARD_CANDIDATE.finditer(text):
        digits = re.sub(r"[ -]", "", match.group(1))
        if not 16 <= len(digits) <= 19 or not luhn_ok(digits):
            continue
        if len(digits) == 18 and valid_resident_id(digits):
            continue
        context = text[max(0, match.start() - 20):match.start()]
        if _CARD_CONTEXT.search(context):
            yield PatternHit("bank_card", match.start(1), match.end(1), match.group(1))


# A hand-over list writes `* 密码 Legle@#23` without a colon: only a Chinese key, and only a value that looks
# like a password (6+ characters with a digit and a letter or symbol), so prose after 密码 never counts.
# A password after a space (`密码 Kd92mxq7`) or given in a sentence (`密码均为 Demo1234!`, `初始密码是 Kd92mxq7`): no
# colon, so it must look like a password (letters and figures) to count; `密码为 6-20 位`, `密码是 MD5 加密` do not.
_CREDENTIAL_SPACED = re.compile(
    r"(?:管理员密码|登录密码|初始密码|数据库密码|默认密码|密码|口令)"
    r"(?:[ \t]+|(?:均|都|统一|一律)?(?:为|是|设为|设置为)[ \t]*)[\"'`“]?"
    r"([^\s\"'`”，。；;,:：（）()\u3000-\u9fff]{6,64})(?![:：\w])")


def _password_like(value: str) -> bool:
    return bool(re.search(r"\d", value)) and bool(re.search(r"[A-Za-z!@#$%^&*_\-+.]", value))


# A credential list written as bare pairs under an 账号/密码 heading: `杨铿/yk199678`, `admin 123456`. Only
# a whole line of exactly two tokens, only below a credential word (within a few lines), and only when the
# second token looks like a password (or is a 6–8 digit default such as 123456; a phone number has 11), so
# paths, dates, commands (`ssh root@host`) and column types (`varchar(64),`) never count.
_PAIR_LINE = re.compile(
    r"(?m)^[ \t]*([\w.@\-\u4e00-\u9fff]{2,32})[ \t]*(?:/|[ \t])[ \t]*([^\s/\u3000-\u9fff]{5,64})[ \t]*$")
_PAIR_CONTEXT = re.compile(r"账号|帐号|账户|用户名|密码|口令|登录|password|passwd|login|credential", re.IGNORECASE)
# A password alone on its line under a heading that ends in 密码/口令 (`服务器密码` then `_UG,462;kQB2P>`).
_PASSWORD_HEADING = re.compile(r"(?m)^[^\n]{0,24}(?:密码|口令|password)[ \t]*[：:]?[ \t]*$", re.IGNORECASE)
_CONTEXT_CHARS = 160
# A login written as a block under an account heading (登录账号, then the account, then the password, each on its own
# line, no 密码 beside them): seen on fresh55, a defect report's phone-number account and password (绝密, read as 内部).
# Only an account-looking line followed by a password-like one; in the 3842 real texts it finds that one login and no
# schema line (`password` then `varchar(64)`).
_ACCOUNT_HEADING = re.compile(r"(?m)^[^\n]{0,12}(?:账号|帐号|账户|用户名)[ \t]*[：:]?[ \t]*$")
_ACCOUNT_LINE = re.compile(r"^[\w.@\-]{3,40}$")
_COMMANDS = frozenset(("ssh", "sudo", "cd", "git", "docker", "mysql", "scp", "ping", "curl", "wget", "cat", "vi", "vim",
                       "kill", "yum", "apt", "npm", "pip", "ls", "rm", "cp", "mv", "chmod", "chown", "su", "python",
                       "java", "node", "systemctl", "service", "telnet", "ftp", "redis-cli", "psql", "export", "echo"))
_USER_AT_HOST = re.compile(r"@[\w-]+(?:\.[\w-]+)+$")
_TYPE_DECL = re.compile(r"^[A-Za-z]+\(\d+(?:,\s*\d+)?\)[,;]?$")  # varchar(64), in a CREATE TABLE


def _strong_password(value: str) -> bool:
    """8+ characters from at least three classes (lower, upper, digit, symbol): a generated secret."""
    classes = sum(bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    return len(value) >= 8 and classes >= 3 and not re.search(r"^[a-z]+://|^/|\.\w{2,4}$", value)


# A list item giving an account and its password in code spans: `> - 管理员：\`admin\` / \`123456\`` (fresh104's manual
# with two built-in accounts, 绝密, read as 公开). Under a credential word, as the bare pairs above.
_PAIR_ITEM = re.compile(r"(?m)^[ \t>]*(?:[-*+]|\d{1,2}[.、])?[ \t]*(?:[^\n：:`]{1,16}[：:][ \t]*)?"
                        r"`([^`\s]{2,32})`[ \t]*/[ \t]*`([^`\s]{4,64})`[ \t]*$")


def _listed_secret(value: str) -> bool:
    """A value in an account list's password place: password-like and 6+ characters, or a 6-8 digit default such as
    123456 (a phone number has 11)."""
    return (_password_like(value) and len(value) >= 6) or bool(re.fullmatch(r"\d{6,8}", value))


def _under_credential_word(text: str, start: int) -> bool:
    """A credential word (账号, 密码, login …) stands in the few lines before `start`."""
    return bool(_PAIR_CONTEXT.search(text, max(0, start - _CONTEXT_CHARS), start))


def _pair_credentials(text: str) -> Iterator[PatternHit]:
    for match in _PAIR_ITEM.finditer(text):
        secret = match.group(2)
        if (_under_credential_word(text, match.start()) and _listed_secret(secret)
                and not (_blank(secret) or _SAMPLE_VALUE.search(secret))):
            yield PatternHit("credential", match.start(1), match.end(2), match.group(0).strip())
    for match in _PAIR_LINE.finditer(text):
        user, secret = match.group(1), match.group(2)
        if not _under_credential_word(text, match.start()):
            continue
        if (user.lower() in _COMMANDS or user.lower() in ("http", "https") or re.match(r"^[a-z]+:", secret)
                or _USER_AT_HOST.search(secret) or _TYPE_DECL.match(secret) or _blank(secret)):
            continue
        if _listed_secret(secret):
            yield PatternHit("credential", match.start(1), match.end(2), match.group(0).strip())
    for heading in _ACCOUNT_HEADING.finditer(text):
        after = text[heading.end():heading.end() + _CONTEXT_CHARS]
        lines = [line.strip() for line in after.split("\n")[1:6] if line.strip()]
        if len(lines) < 2 or not _ACCOUNT_LINE.match(lines[0]):
            continue
        value = lines[1]
        if (6 <= len(value) <= 64 and " " not in value and not re.search(r"[\u3000-\u9fff]", value)
                and _password_like(value) and not (_blank(value) or _SAMPLE_VALUE.search(value)
                                                   or _TYPE_DECL.match(value) or re.match(r"^[a-z]+://|^/", value))):
            start = heading.end() + after.find(value)
            yield PatternHit("credential", start, start + len(value), value)
    for heading in _PASSWORD_HEADING.finditer(text):
        after = text[heading.end():heading.end() + _CONTEXT_CHARS]
        for line in after.split("\n")[1:5]:
            value = line.strip()
            if not value or value.startswith("`"):
                continue
            if (" " not in value and not re.search(r"[\u4e00-\u9fff/]", value) and _strong_password(value)
                    and not _TYPE_DECL.match(value)):  # a schema's `password` line, then `varchar(64)`
                start = heading.end() + after.find(value)
                yield PatternHit("credential", start, start + len(value), value)
            break


# An SQL dump's user table: the password column is named in its CREATE TABLE (or the INSERT's column list), the values
# stand by position in the INSERT rows (`INSERT INTO user VALUES (1, 'sky', '123456', 'ADMIN')`). A plain value there
# is a credential list; a stored hash (bcrypt, crypt, PBKDF2, hex or base64 digests) is not a password a reader could
# use, and a dump of customers or orders without such a column never counts. Lists are split by a linear scan (quotes,
# doubled quotes, backslashes, nested calls such as NOW()), within a budget of characters, so no input is slow.
_SQL_NAME = r"(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?(\w+)[`\"\]]?"  # `db`.`table`, [dbo].[table], "table"
_SQL_CREATE = re.compile(r"(?i)create\s+table\s+(?:if\s+not\s+exists\s+)?" + _SQL_NAME + r"\s*+\(")
_SQL_INSERT = re.compile(r"(?i)insert\s+into\s+" + _SQL_NAME + r"\s*+(\()?")
_SQL_VALUES = re.compile(r"(?i)\s*+values\s*+\(")
_SQL_NEXT_ROW = re.compile(r"\s*+,\s*+\(")
_SQL_COLUMN = re.compile(r"[`\"\[]?(\w+)[`\"\]]?(?:\s|$)")
_SQL_NOT_COLUMN = re.compile(r"(?i)(?:primary|key|unique|constraint|index|foreign|fulltext|check)\b")
# The column holds the password itself (password, init_password, stu_pwd, 密码), not a fact about it
# (must_change_pwd, last_pwd, pwd_expire, password_hint) nor a pass/fail flag (a bare `pass`).
_SQL_PASSWORD_COLUMN = re.compile(r"(?i)(?:\w*_)?(?:password|passwd|pwd|pws|userpwd|userpass|loginpwd|adminpwd)")
_SQL_ABOUT_PASSWORD = re.compile(r"(?i)(?:is|must|need|needs|reset|last|old|force|check|confirm|has|change)_|"
                                 r"_(?:expire\w*|expiry|time|date|at|hint|salt|rate|question|answer|level|strength|"
                                 r"policy|count|times|flag|status|changed|updated|len|length)$")
_SQL_COMMENT_START = re.compile(r"--|#|/\*")
_SQL_COMMENT = re.compile(r"(?i)comment\s++'([^']{0,200})'")
# The comment names the password itself (COMMENT '登录密码'), not a fact about it ('密码过期时间', '是否修改密码').
_SQL_PASSWORD_COMMENT = re.compile(r"(?i)comment\s++'\s*+(?:用户|登录|登陆|初始|账号|帐号|管理员)?(?:密码|口令)\s*+"
                                   r"(?:[（(][^'）)]{0,20}[）)])?\s*+'")
_SQL_LITERAL = re.compile(r"(?s)[NnEe]?'(.*)'|\"(.*)\"")
_SQL_NOT_PASSWORD = re.compile(
    r"(?i)null|none|true|false|yes|no|password|changeme|secret|example|\d{2,4}[-/.]\d\d?[-/.]\d\d?.*|\{\w+\}.*|"
    r"\$(?:1|2[abxy]?|5|6|y|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt|sha\d*)\$\S{8,}|[a-z0-9_]+\$\d+\$\S+\$\S+|"
    r"\*[0-9a-f]{40}|[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|(?=\S*[+/=])[A-Za-z0-9+/]{20,}={0,2}|[A-Za-z0-9]{28,}")
# What a script or a manual puts where a password goes (`${DB_PASS}`, `<password>`, `your_password`); a `$` inside a
# password (Pa$$w0rd) is not one.
_SQL_SAMPLE = re.compile(r"(?i)^(?:your[_-]?password|pass|pwd|xxxx+|\*+)$|\$\{|\{\{|<[^<>]+>|^\[.*\]$")
_SQL_SCAN_CHARS = 2_000_000  # characters the list splitting may read in one text
_SQL_ROWS_READ = 20  # rows of each INSERT the rules read (secret_tokens reads every row)
_SQL_LIST_CHARS = 20_000  # a column list or a row longer than this is not read
_SQL_LIST_COST = 32  # what reading one list costs beyond its characters (a dump of a million `(0),` rows)


class _Budget:
    """Characters the list splitting may still read in one text (keeps a crafted text linear)."""

    def __init__(self, chars: int = _SQL_SCAN_CHARS) -> None:
        self.left = chars


def _sql_list(text: str, pos: int, budget: _Budget) -> tuple[list[tuple[int, int]], int] | None:
    """The top-level items of a parenthesised list whose `(` ends at `pos` (spans, stripped) and the index after its
    `)`; None when it does not close within _SQL_LIST_CHARS or the budget is spent."""
    end = min(len(text), pos + _SQL_LIST_CHARS, pos + max(0, budget.left))
    items: list[tuple[int, int]] = []
    depth, quote, start, i = 0, "", pos, pos
    while i < end:
        char = text[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                if i + 1 < end and text[i + 1] == quote:
                    i += 1
                else:
                    quote = ""
        elif char in "'\"`":
            quote = char
        elif (char == "-" and text.startswith("--", i)) or char == "#":
            newline = text.find("\n", i, end)  # a comment to the end of the line (`id int, -- the row's id`)
            i = end if newline < 0 else newline
            continue
        elif char == "/" and text.startswith("/*", i):
            close = text.find("*/", i + 2, end)
            i = end if close < 0 else close + 2
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                items.append(_stripped(text, start, i))
                budget.left -= i + 1 - pos + _SQL_LIST_COST
                return items, i + 1
            depth -= 1
        elif char == "," and depth == 0:
            items.append(_stripped(text, start, i))
            start = i + 1
        i += 1
    budget.left -= end - pos + _SQL_LIST_COST
    return None


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sql_columns(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Column names of a CREATE TABLE body or an INSERT's column list, each with whether it holds the password (its name
    or its COMMENT '密码' says so, and a comment about something else does not); constraints are not columns."""
    columns = []
    for start, end in spans:
        item = _uncommented(text[start:end]).strip()
        name = _SQL_COLUMN.match(item)
        if name and not _SQL_NOT_COLUMN.match(item):
            comment = _SQL_COMMENT.search(item)
            named = bool(_SQL_PASSWORD_COLUMN.fullmatch(name.group(1))) and not _SQL_ABOUT_PASSWORD.search(
                name.group(1)) and not (comment and not re.search("密码|口令", comment.group(1)))
            columns.append((name.group(1), named or bool(_SQL_PASSWORD_COMMENT.search(item))))
    return columns


def _uncommented(item: str) -> str:
    """A list item without its SQL comments (`-- 主键` before a column), in one pass."""
    parts, pos = [], 0
    while (found := _SQL_COMMENT_START.search(item, pos)) is not None:
        parts.append(item[pos:found.start()])
        closing = "*/" if found.group() == "/*" else "\n"
        end = item.find(closing, found.end())
        pos = len(item) if end < 0 else end + len(closing)
    parts.append(item[pos:])
    return "".join(parts)


def _sql_password(value: str) -> str | None:
    """The password a quoted value holds, or None (not quoted, a hash, a date, a flag, a placeholder)."""
    literal = _SQL_LITERAL.fullmatch(value)
    if not literal:
        return None
    inner = literal.group(1) if literal.group(1) is not None else literal.group(2)
    if (len(inner) < 4 or len(inner) > 64 or not inner.isprintable() or re.search(r"\s|[\u3000-\u9fff]", inner)
            or _SQL_NOT_PASSWORD.fullmatch(inner) or _blank(inner) or _SQL_SAMPLE.search(inner)):
        return None
    return inner


def sql_passwords(text: str, rows: int | None = _SQL_ROWS_READ) -> Iterator[PatternHit]:
    """Plain passwords in the rows of INSERTs into a table with a password column: the first of each INSERT for the
    rules (`rows` = _SQL_ROWS_READ rows read), every one for `features.secret_tokens` (`rows` None)."""
    if "insert" not in text.lower():
        return
    budget = _Budget(_SQL_SCAN_CHARS if rows is not None else max(_SQL_SCAN_CHARS, 2 * len(text)))
    tables: dict[str, list[tuple[str, bool]]] = {}
    for create in _SQL_CREATE.finditer(text):
        if budget.left <= 0:
            break
        body = _sql_list(text, create.end(), budget)
        if body:
            tables[create.group(1).lower()] = _sql_columns(text, body[0])
    for insert in _SQL_INSERT.finditer(text):
        if budget.left <= 0:
            return
        pos = insert.end()
        if insert.group(2):
            listed = _sql_list(text, pos, budget)
            if not listed:
                continue
            columns, pos = _sql_columns(text, listed[0]), listed[1]
        else:
            columns = tables.get(insert.group(1).lower(), [])
        wanted = [i for i, (_, is_password) in enumerate(columns) if is_password]
        values = _SQL_VALUES.match(text, pos) if wanted else None
        if not values:
            continue
        pos, read = values.end(), 0
        while rows is None or read < rows:
            row = _sql_list(text, pos, budget)
            if not row or len(row[0]) != len(columns):
                break
            read += 1
            found = [span for span in (row[0][i] for i in wanted) if _sql_password(text[span[0]:span[1]])]
            for start, end in found if rows is None else found[:1]:
                yield PatternHit("credential", start, end, text[start:end])
            if found and rows is not None:
                break
            following = _SQL_NEXT_ROW.match(text, row[1])
            if not following:
                break
            pos = following.end()


# A credential table written in columns (a spreadsheet or a Word table read as tab-separated cells, or a Markdown
# table): a header row with a 密码/口令/password cell, the passwords below it in that column (`admin<TAB>Adm#2024x`).
_PASSWORD_HEADER = re.compile(r"(?i)^(?:\*\*)?(?:管理员|登录|登陆|初始|数据库|默认|用户|账号|帐号|系统)?(?:密码|口令)"
                              r"(?:\*\*)?$|^(?:\*\*)?(?:password|passwd|pwd)(?:\*\*)?$")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")  # a Markdown table's |---|---| line
_COLUMN_ROWS = 50  # rows below a header the column is read in
_TABLE_CHARS = 400  # a longer line is not a table row


def _cells(line: str) -> list[str] | None:
    """The cells of a tab-separated or Markdown table row (None for any other line)."""
    if len(line) > _TABLE_CHARS:
        return None
    if "\t" in line:
        return [cell.strip() for cell in line.strip("\r").split("\t")]
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [cell.strip() for cell in stripped.strip("|").split("|")]
    return None


def _column_credentials(text: str) -> Iterator[PatternHit]:
    """Passwords in the 密码 column of a credential table: only under a header cell that names the password itself,
    only in rows of the header's width, only values that look like a password (or a 6-8 digit default such as
    123456), so a schema table (`| password | varchar(64) |`, header 字段/类型) or prose never counts."""
    lowered = text.lower()
    if "密码" not in text and "口令" not in text and "pass" not in lowered and "pwd" not in lowered:
        return
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    index = 0
    while index < len(lines):
        header = _cells(lines[index]) if ("密码" in lines[index] or "口令" in lines[index]
                                         or "pass" in lines[index].lower() or "pwd" in lines[index].lower()) else None
        columns = [at for at, cell in enumerate(header or ()) if _PASSWORD_HEADER.match(cell)]
        if not header or not columns or len(header) < 2:
            index += 1
            continue
        row = index + 1
        while row < len(lines) and row <= index + _COLUMN_ROWS:
            if _TABLE_RULE.match(lines[row]) and lines[row].strip():
                row += 1
                continue
            cells = _cells(lines[row])
            if cells is None or len(cells) != len(header):
                break
            for column in columns:
                value = cells[column].strip("`")
                if (_listed_secret(value) and not _TYPE_DECL.match(value)  # a 6-8 digit value is never a type
                        and not _blank(value) and not _SAMPLE_VALUE.search(value)
                        and " " not in value and not re.search(r"[\u3000-\u9fff]", value)):
                    start = starts[row] + lines[row].find(value)
                    yield PatternHit("credential", start, start + len(value), value)
            row += 1
        index = row


def find_credentials(text: str) -> Iterator[PatternHit]:
    """`密码：xxxx` / `password=xxxx` assignments with a real value, not a blank to fill in."""
    for match in _CREDENTIAL.finditer(text):
        value = match.group(1)
        if (_blank(value) or value in ("******", "已修改", "见附件") or _FILE_NAME.search(value)
                or _share_code(text, match.start(), value)):
            continue
        yield PatternHit("credential", match.start(), match.end(), match.group(0))
    for match in _CREDENTIAL_SPACED.finditer(text):
        value = match.group(1)
        if _password_like(value) and not (_blank(value) or _SAMPLE_VALUE.search(value)
                                          or _share_code(text, match.start(), value)):
            yield PatternHit("credential", match.start(), match.end(), match.group(0))
    for match in _CREDENTIAL_CELL.finditer(text):
        value = match.group(1)
        # a schema table's `| password | varchar(64) |` is a column, not a value: the cell must look like a password
        if ((_password_like(value) and not _TYPE_DECL.match(value)) or re.fullmatch(r"\d{6,8}", value)) and not (
                _blank(value) or _SAMPLE_VALUE.search(value)):
            yield PatternHit("credential", match.start(1), match.end(1), match.group(0).strip())
    for match in _CREDENTIAL_URL.finditer(text):
        value = match.group(2)
        if not _blank(value) and not _SAMPLE_VALUE.search(value):
            yield PatternHit("credential", match.start(), match.end(), match.group(0))
    yield from _pair_credentials(text)
    yield from _column_credentials(text)
    yield from sql_passwords(text)


# The logins a product ships with and its guide prints (admin/admin123, demo/123456, root/root, user0001/123456):
# known to anyone who installs it, so they prove no secret by themselves.
_DEFAULT_LOGIN = re.compile(r"(?i)^(?:(?:admin|root|test|demo|guest|user)\d{0,6}|123456(?:7(?:8(?:9)?)?)?"
                            r"|(\d)\1{5,7})$")
_HIT_VALUE = re.compile(r"[^\s:：=/|`'\"，,（）()]+$")


def default_logins_only(text: str, most: int = 1) -> bool:
    """Every credential the text holds is a well-known default value, and at most `most` lines hold one (a README's
    demo login, not an account table: three accounts sharing 123456 are three lines, not one value). One, as the
    labels have it: of the development texts with two default-login lines all eight are labelled 绝密 (two built-in
    accounts are an account list)."""
    lines: set[int] = set()
    for hit in find_credentials(text):
        value = _HIT_VALUE.search(hit.text.strip().rstrip("|` ").strip())
        if value is None or not _DEFAULT_LOGIN.match(value.group(0)):
            return False
        lines.add(text.count("\n", 0, hit.start))
    return 0 < len(lines) <= most


def find_money(text: str) -> Iterator[PatternHit]:
    for match in _MONEY.finditer(text):
        yield PatternHit("money", match.start(), match.end(), match.group(0))


DETECTOR_FUNCTIONS = {
    "cn_resident_id": find_resident_ids,
    "bank_card": find_bank_cards,
    "credential": find_credentials,
    "money": find_money,
}
