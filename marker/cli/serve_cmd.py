"""`miji serve`: the web console on the workspace, beside the daemon, on the same ledger."""

from __future__ import annotations

import argparse
import ipaddress
from typing import Any

from marker.errors import ConfigError
from marker.settings import ConsoleOptions, Settings

HELP = """在工作区上启动网页控制台（默认只监听 127.0.0.1）。
Serve the web console for reviewers, approvers, archive and print-room clerks. It binds to
127.0.0.1 by default; [console] in miji.toml sets bind, port, TLS (tls_cert, tls_key) or
behind_tls_proxy = true. A non-loopback address without TLS is refused.
Needs `pip install 'miji[web]'`.

example:
  miji serve                          http://127.0.0.1:8640/
  miji serve --port 8081"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("serve", parents=[common], help="网页控制台 serve the web console",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bind", metavar="ADDR", help="监听地址 (default 127.0.0.1)")
    parser.add_argument("--port", type=int, metavar="N", help="端口 (default 8640)")
    parser.set_defaults(run=run)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(options: ConsoleOptions) -> None:
    """Secrets typed into the login form must not cross a network in clear text."""
    if not loopback(options.bind) and not options.serves_tls and not options.behind_tls_proxy:
        raise ConfigError(f"拒绝在 {options.bind} 上以明文 HTTP 提供控制台：请配置 [console] tls_cert/tls_key，"
                          "或在由反向代理终止 TLS 时设置 behind_tls_proxy = true "
                          "(refusing plain HTTP on a non-loopback address)")


def run(args: argparse.Namespace, settings: Settings) -> int:
    check_exposure(settings.console)
    try:
        import uvicorn

        from marker.console.app import create_app
    except ImportError as exc:
        raise ConfigError("网页控制台需要额外的依赖：pip install 'miji[web]' (the console needs miji[web])") from exc
    from marker.ledger.people import officer
    from marker.workspace import not_initialised

    options = settings.console
    app = create_app(settings)
    if officer(app.state.console.ledger) is None:  # nobody could log in: say how to start
        app.state.console.close()
        raise not_initialised(settings.workspace)
    scheme = "https" if options.serves_tls else "http"
    print(f"密级控制台 console: {scheme}://{options.bind}:{options.port}/  (Ctrl-C 停止 to stop)", flush=True)
    uvicorn.run(app, host=options.bind, port=options.port, log_level="warning", access_log=False,
                proxy_headers=options.behind_tls_proxy, forwarded_allow_ips="127.0.0.1",
                ssl_certfile=options.tls_cert or None, ssl_keyfile=options.tls_key or None, server_header=False)
    return 0
