"""Headless Chromium (Debian's package) driven over the DevTools protocol, for the review page's tests.

Nothing is downloaded: the browser is the system's, the protocol client is websocket-client. Chromium
runs with a fresh profile and the flags this machine needs (no sandbox as root, no background
networking); every request the page makes is recorded from the Network domain.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0")
TIMEOUT = 60.0


class Browser:
    """One headless Chromium with one page; `open(url)`, then `js(expression)`."""

    def __init__(self, profile: Path) -> None:
        import websocket

        self.events: list[dict] = []
        self._next = 0
        self._proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port, path = _devtools_address(profile, self._proc)
        self._ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=TIMEOUT,
                                               suppress_origin=True)
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=None)["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                  session=None)["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict | None = None, session: str | None | bool = True) -> dict:
        """One protocol command; its result (events arriving meanwhile are kept in `events`)."""
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session is True:
            message["sessionId"] = self._session
        self._ws.send(json.dumps(message))
        while True:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def open(self, url: str) -> None:
        """Load `url` afresh (by way of about:blank: a new #fragment alone would not reload the page) and
        wait until the review script says it is ready."""
        for address in ("about:blank", url):
            self.events.clear()
            self.send("Page.navigate", {"url": address})
            self._wait_event("Page.loadEventFired")
        self.wait_for("document.documentElement.dataset.ready === 'true'")

    def _wait_event(self, method: str) -> None:
        while not any(event.get("method") == method for event in self.events):
            self.events.append(json.loads(self._ws.recv()))

    def js(self, expression: str):
        """The value of a JavaScript expression in the page (a JSON-able value)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not self.js(f"Boolean({expression})"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"still false after {timeout} s: {expression}")
            time.sleep(0.05)

    def requested(self) -> list[str]:
        """Every URL the page asked for since it was opened (the page itself included)."""
        return [event["params"]["request"]["url"] for event in self.events
                if event.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            self.send("Browser.close", session=None)
        except Exception:  # noqa: BLE001 - the browser may already be gone; it is killed below either way
            pass
        self._ws.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def _devtools_address(profile: Path, proc: subprocess.Popen) -> tuple[str, str]:
    """The port and browser path Chromium writes into DevToolsActivePort once it listens."""
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chromium exited with {proc.returncode} before it listened")
        lines = marker.read_text().split("\n") if marker.exists() else []
        if len(lines) >= 2 and lines[1]:
            return lines[0], lines[1]
        time.sleep(0.05)
    proc.kill()
    raise TimeoutError("chromium did not open its DevTools port")
