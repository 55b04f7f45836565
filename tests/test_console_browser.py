"""The console as a person uses it, in a real headless Chromium (the system's, driven by Selenium
with the system's chromedriver; nothing is downloaded). One server and one browser for the module.

Set MIJI_CONSOLE_SHOTS=DIR to keep screenshots of the main pages (docs/console/*.png are made so)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("uvicorn", reason="the console needs pip install 'miji[web]'")
webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (pip install -e '.[test]')")

from selenium.webdriver.common.by import By  # noqa: E402

from marker.console.app import create_app  # noqa: E402
from marker.settings import build_settings  # noqa: E402
from marker.workspace import open_workspace_ledger  # noqa: E402
from tests.console_helpers import MINUTES, STRATEGY, workspace_with_drafts  # noqa: E402
from tests.daemon_helpers import wait_until  # noqa: E402
from tests.roster import SECRETS  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
    pytest.skip("Chromium and its driver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Clock]]:
    import uvicorn

    root = tmp_path_factory.mktemp("console")
    saved = os.getcwd()
    os.chdir(root)
    workspace = workspace_with_drafts(root)
    clock = Clock()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(build_settings({"workspace": workspace}), clock=clock),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    assert wait_until(lambda: server.started, timeout=10), "the console did not start"
    try:
        yield f"http://127.0.0.1:{port}", workspace, clock
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        os.chdir(saved)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--lang=zh-CN"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def shot(driver: Any, name: str) -> None:
    folder = os.environ.get("MIJI_CONSOLE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, max(700, min(int(height) + 40, 1800)))
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))
        driver.set_window_size(1280, 900)


def log_in(driver: Any, base: str, name: str, secret: str) -> None:
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "secret").send_keys(secret)
    submit(driver, driver.find_element(By.ID, "login"))


def submit(driver: Any, button: Any) -> None:
    """Click and wait for the next page (a click returns before the browser has navigated)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    button.click()

    def gone(_: Any) -> bool:
        try:
            page.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException:  # Chrome mid-navigation: "Node with given id does not belong to the document"
            return False  # asked again: once the new page is in, the old node is plainly stale
        return False

    WebDriverWait(driver, 60).until(gone)


def body(driver: Any) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def events(workspace: Path, kind: str) -> list:
    with open_workspace_ledger(build_settings({"workspace": workspace})) as ledger:
        return ledger.events("kind = ?", (kind,))


def test_log_in_accept_approve_issue_recall_and_see_the_register(served, browser):
    base, workspace, _ = served
    driver = browser
    driver.get(base + "/review")
    assert "/login" in driver.current_url  # nothing without a login
    shot(driver, "login")
    log_in(driver, base, "测试员", SECRETS["测试员"])
    assert driver.current_url.endswith("/review") and "测试员（总经理）" in body(driver)
    assert MINUTES in body(driver) and driver.find_elements(By.CSS_SELECTOR, "ul.evidence mark")
    assert "登记簿完整" in driver.find_element(By.ID, "chain").text
    shot(driver, "review")
    submit(driver, driver.find_element(By.LINK_TEXT, MINUTES))
    assert driver.find_elements(By.CSS_SELECTOR, "#excerpt mark"), "the evidence is marked in the excerpt"
    submit(driver, driver.find_element(By.CSS_SELECTOR, "button.accept"))
    assert "已标密" in body(driver)
    registry = events(workspace, "document_registered")[-1].registry
    assert registry in body(driver)

    driver.get(base + f"/approvals?q={registry}")
    row = driver.find_element(By.ID, f"doc-{registry}")
    row.find_element(By.NAME, "copies").clear()
    row.find_element(By.NAME, "copies").send_keys("2")
    row.find_element(By.NAME, "purpose").send_keys("季度审计")
    submit(driver, row.find_element(By.CSS_SELECTOR, "button.primary"))
    assert "批准" in body(driver) and registry in driver.current_url

    driver.find_element(By.ID, "recipients").send_keys("张三 李四")
    submit(driver, driver.find_element(By.ID, "issue"))
    assert "已发放" in body(driver)
    rows = driver.find_elements(By.CSS_SELECTOR, "#copies tbody tr")
    issued = [r for r in rows if "张三" in r.text or "李四" in r.text]
    assert len(issued) == 2 and all("已发放" in r.text for r in issued)
    submit(driver, issued[-1].find_element(By.CSS_SELECTOR, "button.recall"))
    assert "已清退" in body(driver)
    shot(driver, "copies")

    driver.get(base + "/approvals")
    shot(driver, "approvals")
    driver.get(base + "/registers?register=发放")
    table = driver.find_element(By.ID, "register").text
    assert registry in table and "已清退" in table and "已发放" in table
    shot(driver, "registers")
    driver.get(base + "/status")
    shot(driver, "status")
    assert {e.actor for e in events(workspace, "copy_recalled")} == {"测试员"}


def test_refusals_wrong_secret_wrong_role_missing_csrf_expired_session(served, browser):
    base, workspace, clock = served
    driver = browser
    log_in(driver, base, "王芳", "not-her-secret")
    assert "姓名或口令错误" in driver.find_element(By.ID, "login-error").text
    assert "/login" in driver.current_url
    assert any(e.actor == "王芳" for e in events(workspace, "login_failed"))

    log_in(driver, base, "王芳", SECRETS["王芳"])  # 部门经理: may not decide or approve 绝密
    assert "王芳（部门经理）" in body(driver)
    drafts = [s.text for s in driver.find_elements(By.CSS_SELECTOR, "section.draft")]
    top = next(t for t in drafts if STRATEGY in t)
    assert "无权查看依据或确认" in top

    driver.get(base + "/handover")
    driver.execute_script("document.querySelector('form.card input[name=csrf]').remove()")
    driver.find_element(By.NAME, "source").send_keys("张三")
    driver.find_element(By.NAME, "source_secret").send_keys(SECRETS["张三"])
    driver.find_element(By.NAME, "target").send_keys("李四")
    driver.find_element(By.NAME, "target_secret").send_keys(SECRETS["李四"])
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.card button.primary"))
    assert "CSRF" in driver.find_element(By.ID, "refused").text

    clock.offset = 8 * 3600 + 60  # past the session's lifetime
    try:
        driver.get(base + "/review")
        assert "/login" in driver.current_url and "会话已过期" in body(driver)
    finally:
        clock.offset = 0
