"""The dashboard in headless Chromium (Debian's package) driven by Playwright, against a live server.

Nothing is downloaded: Playwright is pointed at the system's Chromium, and
every request the page makes must go to the server itself (the dashboard
works offline).  A screenshot of each step is written under the test's
temporary folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronicle.serve.config import ServeConfig
from serve_support import build_store, live_server

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "") if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium executable (apt-get install chromium; .ci/run installs it)")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("dashboard") / "events.duckdb")
    with live_server(ServeConfig(db, read_only=True)) as url:
        yield url


@pytest.fixture
def browser(tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=ARGS, headless=True, viewport={"width": 1280, "height": 1000}
        )
        try:
            yield context
        finally:
            context.close()


def _ready(page) -> None:
    page.wait_for_selector("body[data-ready='true']", timeout=20_000)


def test_filter_to_a_dyad_open_an_event_and_share_the_view(site, browser, tmp_path):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)

    # 1. the first view: every event, the world drawn, each located place marked
    page.goto(site + "/")
    _ready(page)
    assert page.locator("#events tbody tr").count() == 8
    assert page.locator("#count").inner_text() == "8 matching"
    assert page.locator("#map path.country").count() > 150  # Natural Earth 110m: 177 countries
    assert page.locator("#map circle.place").count() == 4
    assert page.locator("#timeline rect.bar").count() > 0
    page.screenshot(path=str(tmp_path / "1-overview.png"), full_page=True)

    # 2. filter to the US-North Korea dyad: table, timeline and map follow
    page.fill("input[name=dyad]", "USA,PRK")
    page.check("input[name=either_way]")
    page.select_option("select[name=by]", "day")
    page.click("#filters button[type=submit]")
    _ready(page)
    assert "dyad=USA%2CPRK" in page.url and "either_way=true" in page.url and "by=day" in page.url
    assert page.locator("#events tbody tr").count() == 3
    bars = page.locator("#timeline rect.bar")
    assert sum(int(bars.nth(i).get_attribute("data-events")) for i in range(bars.count())) == 3
    assert page.locator("#timeline").get_attribute("data-periods") == "2"  # 27 and 28 February 2019
    assert page.locator("#timeline rect.q3").count() == 1  # the rejection, verbal conflict
    circles = page.locator("#map circle.place")
    assert circles.count() == 1 and circles.first.get_attribute("data-name") == "Hanoi"
    shared = page.url
    page.screenshot(path=str(tmp_path / "2-dyad.png"), full_page=True)

    # 3. open the rejection: the article, its sentence and trigger highlighted
    page.locator("#events tbody tr", has_text="REJECT").click()
    _ready(page)
    assert "event=" in page.url
    assert page.locator("#event mark.evidence").inner_text() == "Donald Trump rejected the proposal of Kim Jong-un in Hanoi."
    assert page.locator("#event mark.trigger").inner_text() == "rejected"
    assert "The summit ended early." in page.locator("#event .article .text").inner_text()
    page.screenshot(path=str(tmp_path / "3-event.png"), full_page=True)

    # back to the filtered view
    page.click("#back")
    _ready(page)
    assert page.locator("#events tbody tr").count() == 3

    # 4. the shared link, in a fresh page, gives the same view
    other = browser.new_page()
    other.on("request", lambda request: requested.append(request.url))
    other.goto(shared)
    _ready(other)
    assert other.input_value("input[name=dyad]") == "USA,PRK" and other.is_checked("input[name=either_way]")
    assert other.locator("#events tbody tr").count() == 3
    assert other.locator("#map circle.place").count() == 1
    other.screenshot(path=str(tmp_path / "4-shared-link.png"), full_page=True)

    assert all(url.startswith(site) or url.startswith("data:") for url in requested), [u for u in requested if not u.startswith(site)]
    assert not problems, problems
    assert all((tmp_path / name).stat().st_size > 10_000 for name in ("1-overview.png", "2-dyad.png", "3-event.png", "4-shared-link.png"))


def test_a_bad_filter_is_reported_on_the_page(site, browser, tmp_path):
    page = browser.new_page()
    page.goto(site + "/?type=MEETING")
    _ready(page)
    assert "not a PLOVER event type" in page.locator("#status").inner_text()
    page.screenshot(path=str(tmp_path / "bad-filter.png"))


def test_the_api_docs_render_offline(site, browser, tmp_path):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock-summary-path", has_text="/v1/events").count() >= 1
    page.screenshot(path=str(tmp_path / "docs.png"))
    assert all(url.startswith(site) or url.startswith("data:") for url in requested), [u for u in requested if not u.startswith(site)]
