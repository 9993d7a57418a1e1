"""A PNG of a built page, taken in headless Chromium once the network has settled.

Uses Debian's Chromium (or any on PATH) through Playwright; nothing is downloaded."""
from __future__ import annotations

import shutil
from pathlib import Path

from kg.errors import KgError
from kg.files import write_atomic

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def write_screenshot(html: Path, png: Path, width: int = 1400, height: int = 900) -> Path:
    exe = chromium_path()
    if exe is None:
        raise KgError("--screenshot needs Chromium: apt-get install -y chromium fonts-wqy-microhei")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise KgError("--screenshot needs Playwright: pip install playwright")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(html.resolve().as_uri())
            page.wait_for_function("() => window.kgReady === true", timeout=120_000)
            # show the report's main place selected, with its sources in the side panel, close up;
            # a page that opens grouped by theme keeps its opening view of the groups
            page.evaluate("""() => {
                const nodes = kgNetwork.body.data.nodes.get({filter: n => !n.hidden});
                const graph = JSON.parse(document.getElementById('graph-data').textContent), data = graph.nodes;
                const places = data.filter(n => n.type === 'Place').sort((a, b) => b.mentions - a.mentions);
                const opening = {position: kgNetwork.getViewPosition(), scale: kgNetwork.getScale()};
                if (places.length) {
                    kgSearch(places[0].label);
                    kgNetwork.moveTo(graph.grouped ? opening : {scale: 0.9});
                    kgDrawLabels();
                }
                else if (nodes.length) { kgNetwork.fit(); }
            }""")
            data = page.screenshot()
        finally:
            browser.close()
    return write_atomic(png, data)
