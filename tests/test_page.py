"""The interactive page in a real browser: headless Chromium, offline, no script from the report.

Chromium comes from Debian (`apt-get install -y chromium fonts-wqy-microhei`); Playwright drives
it through `executable_path`, so no browser is downloaded. Without Chromium these tests skip and
say how to install it.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from .conftest import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: apt-get install -y chromium fonts-wqy-microhei")

INJECTION = """2019年示范县政府工作报告

各位代表：

一、2018年工作回顾

一年来，建成<script>window.__pwned=1</script>黔龙公园，与中信集团合作开发建设"引号\\反斜杠'公园，
完成阳光花园至马石角道路改造<img src=x onerror="window.__pwned=2">。渝东南首家恒丰银行黔江支行开业，
地区生产总值增长7%，城镇登记失业率控制在3.2%以内。</script><script>window.__pwned=3</script>

二、2019年工作安排

加快建设<img src=x onerror=window.__pwned=4>水库，森林覆盖率达到68%。
"""

VISIBLE = "kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, path):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    log = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: log["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    page.on("dialog", lambda d: (log["dialogs"].append(d.message), d.dismiss()))

    def route(r):
        if not r.request.url.startswith("file:"):
            log["requests"].append(r.request.url)
            return r.abort()
        return r.continue_()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgReady === true", timeout=120_000)
    return page, log


def build(report, out):
    subprocess.run([sys.executable, "-m", "kg", "build", str(report), "-o", str(out)], check=True, capture_output=True)
    return out / (report.stem + ".html")


def test_sample_page_works_offline(browser, qianjiang, tmp_path):
    from kg.outputs.network import to_networkx

    page_path = build(SEEDS / "qianjiang-2019.txt", tmp_path)
    page, log = open_page(browser, page_path)
    assert log["errors"] == [] and log["requests"] == []
    net = to_networkx(qianjiang.rdf)
    counts = page.evaluate("window.kgCounts")
    assert counts == {"nodes": net.number_of_nodes(), "edges": net.number_of_edges()}
    assert page.evaluate("kgNetwork.body.data.nodes.length") == net.number_of_nodes()
    assert page.evaluate("kgNetwork.body.data.edges.length") == net.number_of_edges()
    # the physics settles, then stops so the picture stands still
    assert page.evaluate("kgNetwork.physics.options.enabled") is False


def test_search_selects_and_shows_sources(browser, tmp_path):
    page, _ = open_page(browser, build(SEEDS / "qianjiang-2019.txt", tmp_path))
    page.fill("#search", "黔江")  # an alias finds the place
    page.press("#search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["https://w3id.org/policy-kg/id/place/500114"]
    details = page.inner_text("#details")
    assert "黔江区" in details and "2018年工作回顾" in details
    # an indicator shows its observations
    page.fill("#search", "地区生产总值")
    page.press("#search", "Enter")
    details = page.inner_text("#details")
    assert "2019" in details and "target" in details and "actual" in details


def test_type_filter_and_degree_control(browser, tmp_path):
    page, _ = open_page(browser, build(SEEDS / "yixian-2019.txt", tmp_path))
    visible = "kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length"
    page.check("input[data-type='Indicator']")  # the page opens without them
    page.uncheck("#hide-isolated")
    total = page.evaluate(visible)
    assert total == page.evaluate("kgCounts.nodes")
    page.uncheck("input[data-type='Indicator']")
    without = page.evaluate(visible)
    indicators = page.evaluate("kgNetwork.body.data.nodes.get().length") - page.evaluate(
        "JSON.parse(document.getElementById('graph-data').textContent).nodes.filter(n => n.type !== 'Indicator').length")
    assert without == total - indicators and indicators > 0
    page.fill("#degree", "2")
    page.dispatch_event("#degree", "input")
    assert page.evaluate(visible) < without


ISOLATED_SHOWN = """(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
    const deg = {}; d.edges.forEach(e => { deg[e.from] = 1; deg[e.to] = 1; });
    return kgNetwork.body.data.nodes.get({filter: n => !n.hidden && !deg[n.id]}).length; })()"""
# the projects, places and organizations with a link to another of them, from the page's data
LINKED_STRUCTURE = """(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
    const type = {}; d.nodes.forEach(n => { type[n.id] = n.type; });
    const linked = {}; d.edges.forEach(e => { if (type[e.from] !== 'Indicator' && type[e.to] !== 'Indicator'
        && e.from !== e.to) { linked[e.from] = 1; linked[e.to] = 1; } });
    return Object.keys(linked).length; })()"""
LABELS_DRAWN = """kgNetwork.body.data.nodes.get({filter: n => !n.hidden && n.font.color !== 'rgba(0,0,0,0)'})
    .map(n => n.font.size * kgNetwork.getScale())"""


# the label boxes vis-network drew (its own measure of each label), and every pair that crosses;
# vis-network measures a label only when it draws it, so only the nodes in view count
LABELS_CROSSING = """(() => { kgNetwork.redraw();
    const el = document.getElementById('net'), inView = id => { const b = kgNetwork.body.nodes[id],
        p = kgNetwork.canvasToDOM({x: b.x, y: b.y}); return p.x >= 0 && p.y >= 0 && p.x <= el.clientWidth && p.y <= el.clientHeight; };
    const drawn = kgNetwork.body.data.nodes.get({filter: n => !n.hidden && n.font.color !== 'rgba(0,0,0,0)' && inView(n.id)});
    const boxes = drawn.map(n => { const s = kgNetwork.body.nodes[n.id].labelModule.size;
        return {label: n.label, x0: s.left, y0: s.top, x1: s.left + s.width, y1: s.top + s.height}; });
    const crossing = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
        if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) crossing.push([a.label, b.label]); }));
    return {drawn: boxes.length, crossing: crossing}; })()"""
# each edge label drawn, against the length of its edge between the two shapes
EDGE_LABELS_FIT = """(() => { const pos = kgNetwork.getPositions(), out = [];
    kgNetwork.body.data.edges.get({filter: e => e.label && e.font.color !== 'rgba(0,0,0,0)'}).forEach(e => {
        const a = kgNetwork.body.nodes[e.from], b = kgNetwork.body.nodes[e.to];
        if (a.options.hidden || b.options.hidden) return;
        const room = Math.hypot(pos[e.to].x - pos[e.from].x, pos[e.to].y - pos[e.from].y) - a.options.size - b.options.size;
        out.push([kgNetwork.body.edges[e.id].labelModule.size.width, room]); });
    return out; })()"""


def test_labels_never_run_into_each_other(browser, tmp_path):
    """The seed's page at the opening zoom, zoomed in, and with every node shown: no two labels
    drawn cross (vis-network's own boxes), the closer view draws more of them, and an edge's label is
    drawn only where it fits between the nodes it joins."""
    page, log = open_page(browser, build(SEEDS / "qianjiang-2019.txt", tmp_path))
    opening = page.evaluate(LABELS_CROSSING)
    assert opening["drawn"] >= 20 and opening["crossing"] == []
    fits = page.evaluate(EDGE_LABELS_FIT)
    assert len(fits) >= 10 and all(width <= room for width, room in fits)
    page.evaluate("kgNetwork.moveTo({scale: kgNetwork.getScale() * 2.5, animation: false}); kgDrawLabels()")
    closer = page.evaluate(LABELS_CROSSING)
    assert closer["crossing"] == []
    page.uncheck("#hide-isolated")
    page.check("input[data-type='Indicator']")
    page.evaluate("kgNetwork.fit({animation: false}); kgNetwork.moveTo({scale: 0.6, animation: false}); kgDrawLabels()")
    everything = page.evaluate(LABELS_CROSSING)
    assert everything["drawn"] >= 20 and everything["crossing"] == []
    assert log["errors"] == []


# every label drawn in view (vis-network's own box, widened by `pad` screen pixels on each side):
# the pairs that cross, and each label lying over another node's shape when that node is labelled
# itself or is larger than the label's own (a name may lie over small unnamed dots about it, as on a
# map; a name over a named or larger node reads as that node's)
LABELS_COVERING = """pad => { kgNetwork.redraw();
    const el = document.getElementById('net'), scale = kgNetwork.getScale(), p = pad / scale, body = kgNetwork.body.nodes;
    const inView = id => { const q = kgNetwork.canvasToDOM({x: body[id].x, y: body[id].y});
        return q.x >= 0 && q.y >= 0 && q.x <= el.clientWidth && q.y <= el.clientHeight; };
    const shown = kgNetwork.body.data.nodes.get({filter: n => !n.hidden && inView(n.id)});
    const drawn = shown.filter(n => n.font.color !== 'rgba(0,0,0,0)');
    const named = new Set(drawn.map(n => n.id));
    const boxes = drawn.map(n => { const s = body[n.id].labelModule.size;
        return {id: n.id, label: n.label, x0: s.left - p, y0: s.top - p, x1: s.left + s.width + p, y1: s.top + s.height + p}; });
    const cross = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const crossing = [], covering = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => { if (cross(a, b)) crossing.push([a.label, b.label]); }));
    boxes.forEach(a => shown.forEach(m => { const b = body[m.id], r = b.options.size;
        if (m.id === a.id || !(named.has(m.id) || r > body[a.id].options.size)) return;
        if (cross(a, {x0: b.x - r, y0: b.y - r, x1: b.x + r, y1: b.y + r})) covering.push([a.label, m.label]); }));
    return {drawn: boxes.length, labels: drawn.map(n => n.label), crossing: crossing, covering: covering}; }"""


@pytest.mark.parametrize("sample", ["guangdong-2026", "qianjiang-2019", "yixian-2019"])
def test_labels_at_the_opening_view_cover_no_named_node_and_keep_apart(browser, tmp_path, sample):
    """Issue 10: on guangdong-2026's page the label of 环北部湾广东水资源配置一期、二期 lay over
    湛江市's triangle, just above 湛江市's own label. At the opening view no label drawn lies over a
    labelled node or one larger than its own, two labels keep a gap of a few pixels, and a long name
    is drawn shortened on the canvas, whole in its tooltip."""
    page, log = open_page(browser, build(SEEDS / f"{sample}.txt", tmp_path))
    opening = page.evaluate(LABELS_COVERING, 1.5)
    assert opening["drawn"] >= 15
    assert opening["crossing"] == [] and opening["covering"] == []
    assert max(len(label) for label in opening["labels"]) <= 14
    long_names = page.evaluate("""kgNetwork.body.data.nodes.get({filter: n => n.label.includes('…')})
        .map(n => [n.label, n.title.querySelector('b').textContent])""")
    names = page.evaluate("JSON.parse(document.getElementById('graph-data').textContent).nodes.map(n => n.label)")
    assert len(long_names) == len([name for name in names if len(name) > 14])
    assert all(len(full) > 14 and full.startswith(short.split("…")[0]) and full.endswith(short.split("…")[1])
                              for short, full in long_names)
    # closer in, still none
    page.evaluate("kgNetwork.moveTo({scale: kgNetwork.getScale() * 2, animation: false}); kgDrawLabels()")
    closer = page.evaluate(LABELS_COVERING, 1.5)
    assert closer["crossing"] == [] and closer["covering"] == []
    assert log["errors"] == []


def test_single_report_page_opens_on_structure(browser, tmp_path):
    """One report's page opens as the merged page does: its linked projects, places and
    organizations, no isolated node, labels readable; the toggles say what they hide and bring it back."""
    page, log = open_page(browser, build(SEEDS / "qianjiang-2019.txt", tmp_path))
    assert log["errors"] == []
    total, shown = page.evaluate("kgCounts.nodes"), page.evaluate(VISIBLE)
    assert 50 < shown < total / 2
    assert page.evaluate(ISOLATED_SHOWN) == 0
    assert page.is_checked("#hide-isolated") and not page.is_checked("input[data-type='Indicator']")
    assert page.evaluate("kgNetwork.body.data.nodes.get({filter: n => !n.hidden && n.id.includes('/indicator/')}).length") == 0
    # what is hidden is counted beside its toggle, what is shown under the title
    hidden = int(re.search(r"\((\d+) hidden\)", page.inner_text("#isolated-count")).group(1))
    assert hidden > 50
    assert f"shown {shown}" in page.inner_text("#stats")
    # labels drawn at the opening zoom are at least 12 px on screen, and the opening zoom is on
    # what is shown (not on the hidden nodes around it)
    drawn = page.evaluate(LABELS_DRAWN)
    assert len(drawn) >= 20 and min(drawn) >= 11.9
    assert page.evaluate("kgNetwork.getScale()") > 0.4
    # the toggles bring back the isolated nodes (counted) and the indicators, placed by their area
    page.uncheck("#hide-isolated")
    assert page.evaluate(VISIBLE) == shown + hidden
    page.check("input[data-type='Indicator']")
    assert page.evaluate(VISIBLE) == total
    near = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        const area = d.nodes.filter(n => n.label === '黔江区')[0].id, pos = kgNetwork.getPositions();
        const ind = d.nodes.filter(n => n.type === 'Indicator').map(n => Math.hypot(pos[n.id].x - pos[area].x, pos[n.id].y - pos[area].y));
        const all = d.nodes.map(n => Math.hypot(pos[n.id].x - pos[area].x, pos[n.id].y - pos[area].y));
        return [Math.max(...ind), Math.max(...all)]; })()""")
    assert near[0] < near[1]  # the indicators gather round their area, inside the picture
    assert log["errors"] == []


def test_single_report_neighbourhood_and_themes(browser, tmp_path):
    page, _ = open_page(browser, build(SEEDS / "qianjiang-2019.txt", tmp_path))
    before = page.evaluate(VISIBLE)
    themes = page.evaluate("Array.from(document.querySelectorAll('input[data-theme]')).map(b => b.dataset.theme)")
    assert {"industry", "urban", "ecology", "livelihood"} <= set(themes)
    # following the area shows it with all its neighbours, the indicators measured in it too
    area = "https://w3id.org/policy-kg/id/place/500114"
    page.evaluate("id => kgFocus(id)", area)
    assert page.evaluate(VISIBLE) == page.evaluate("id => kgNetwork.getConnectedNodes(id).length", area) + 1
    assert page.evaluate("kgNetwork.body.data.nodes.get({filter: n => !n.hidden && n.id.includes('/indicator/')}).length") > 50
    assert "黔江区" in page.inner_text("#focus-label")
    page.click("#unfocus")
    assert page.evaluate(VISIBLE) == before
    page.click("#regroup")
    assert page.evaluate(VISIBLE) == before and page.inner_text("#regroup").startswith("取消分组")


def test_report_with_few_relations_opens_grouped_by_theme(browser, tmp_path):
    """The national report links one pair of its 127 entities: its page opens on every entity,
    grouped by the part of the report it comes from, with readable labels."""
    page, log = open_page(browser, build(SEEDS / "national-2017.txt", tmp_path))
    assert log["errors"] == []
    assert page.evaluate(VISIBLE) == page.evaluate("kgCounts.nodes")
    assert not page.is_checked("#hide-isolated") and page.inner_text("#regroup").startswith("取消分组")
    assert page.input_value("#colour-by") == "theme"
    drawn = page.evaluate(LABELS_DRAWN)
    assert len(drawn) >= 20 and min(drawn) >= 11.9
    # every theme's nodes lie in their own disc, apart from the others
    boxes = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        const pos = kgNetwork.getPositions(), by = {};
        d.nodes.forEach(n => { const p = pos[n.id]; const b = by[n.theme] = by[n.theme] || [1e9, 1e9, -1e9, -1e9];
            b[0] = Math.min(b[0], p.x); b[1] = Math.min(b[1], p.y); b[2] = Math.max(b[2], p.x); b[3] = Math.max(b[3], p.y); });
        return Object.values(by); })()""")
    assert len(boxes) >= 4
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    # the whole of it is on screen
    outside = page.evaluate("""(() => { const el = document.getElementById('net'), pos = kgNetwork.getPositions();
        return Object.values(pos).map(p => kgNetwork.canvasToDOM(p))
            .filter(p => p.x < 0 || p.y < 0 || p.x > el.clientWidth || p.y > el.clientHeight).length; })()""")
    assert outside == 0


def test_a_report_without_entities_opens_and_its_controls_work(browser, tmp_path):
    report = tmp_path / "empty-2019.txt"
    report.write_text("2019年空县政府工作报告\n\n各位代表：\n\n没有名字。\n", encoding="utf-8")
    page, log = open_page(browser, build(report, tmp_path / "out"))  # it is ready, not waiting for a layout
    assert page.evaluate("kgCounts.nodes") == 0
    page.click("#regroup")
    page.uncheck("#hide-isolated")
    page.fill("#search", "空县")
    page.press("#search", "Enter")
    assert log["errors"] == [] and log["requests"] == []


def test_report_text_never_runs_as_script(browser, tmp_path):
    report = tmp_path / "inject.txt"
    report.write_text(INJECTION, encoding="utf-8")
    page_path = build(report, tmp_path / "out")
    html = page_path.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    page, log = open_page(browser, page_path)
    for node_id in page.evaluate("kgNetwork.body.data.nodes.getIds()"):
        page.evaluate("id => kgNetwork.emit('click', {nodes: [id]})", node_id)
    page.evaluate("kgSearch('黔龙公园')")
    assert page.evaluate("window.__pwned") is None
    assert log["dialogs"] == [] and log["requests"] == []
    # the markup is shown as the text it is
    assert "<script>window.__pwned=1</script>" in page.inner_text("#details")


def test_merged_page_of_many_reports_degrades_gracefully(browser, tmp_path):
    """Seven reports merged: over a thousand nodes. The page opens on the connected entities,
    without indicators, and the controls bring everything back."""
    from .conftest import HAILAR

    reports = sorted(SEEDS.glob("*.txt")) + sorted(HAILAR.glob("*.txt"))
    if len(reports) < 7:
        pytest.skip("the Hailar corpus is not in ../shared")
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, reports), "-o", str(tmp_path), "--merge", "all",
                    "--no-page"], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, reports), "-o", str(tmp_path), "--merge", "all"],
                   check=True, capture_output=True)
    page, log = open_page(browser, tmp_path / "all.html")
    assert log["errors"] == [] and log["requests"] == []
    total = page.evaluate("kgCounts.nodes")
    assert total > 1000
    visible = "kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length"
    shown = page.evaluate(visible)
    assert 0 < shown < total / 2
    assert page.is_checked("input[data-type='Indicator']") is False
    assert page.is_checked("#hide-isolated") is True
    page.check("input[data-type='Indicator']")
    page.uncheck("#hide-isolated")
    page.fill("#degree", "0")
    page.dispatch_event("#degree", "input")
    assert page.evaluate(visible) == total
    assert "2016年海拉尔区政府工作报告" in page.inner_text("#title")


@pytest.fixture(scope="module")
def hailar_page(tmp_path_factory):
    from .conftest import HAILAR

    if not HAILAR.is_dir():
        pytest.skip("the Hailar corpus is not in ../shared")
    out = tmp_path_factory.mktemp("hailar-page")
    subprocess.run([sys.executable, "-m", "kg", "build", str(HAILAR), "-o", str(out), "--merge", "hailar"],
                   check=True, capture_output=True)
    return out / "hailar.html"



def test_merged_hailar_page_shows_promises_with_charts_offline(browser, hailar_page):
    page, log = open_page(browser, hailar_page)
    assert log["errors"] == [] and log["requests"] == []
    assert page.is_visible("#promises")
    charts = page.evaluate("document.querySelectorAll('#charts svg.kg-chart').length")
    assert charts >= 5
    # a chart per indicator: the GDP growth chart has a target and a result mark for its years
    gdp = page.evaluate("""Array.from(document.querySelectorAll('#charts svg.kg-chart'))
        .filter(s => s.querySelector('title').textContent.startsWith('地区生产总值 (change'))
        .map(s => [s.querySelectorAll('circle.target').length, s.querySelectorAll('circle.actual').length])""")
    assert gdp == [[4, 4]]
    rows = page.evaluate("document.querySelectorAll('#promises-table tr.row').length")
    data_rows = page.evaluate("JSON.parse(document.getElementById('graph-data').textContent).promises.length")
    assert rows == data_rows > 50
    # a row shows the target's and the result's sentences
    page.click("#promises-table tr.row >> nth=0")
    detail = page.inner_text("#promise-detail")
    assert "target" in detail and "result" in detail
    assert log["requests"] == []


def test_merged_page_opens_on_structure_with_readable_labels(browser, hailar_page):
    page, _ = open_page(browser, hailar_page)
    total, shown = page.evaluate("kgCounts.nodes"), page.evaluate(VISIBLE)
    # no ring of isolated dots: the page opens on exactly the projects, places and organizations
    # linked to one another (counted here from the page's data, apart from the page's own code), no
    # indicator and no isolated node. (It held "fewer than a third of all nodes" until session 40: a
    # proxy that fails as more projects get their place or organization, which issue 10 asks for —
    # 217 linked projects and their 132 places and organizations are 349 of 1,041 nodes.)
    structure = page.evaluate(LINKED_STRUCTURE)
    assert 0 < shown == structure < total / 2
    assert page.evaluate(ISOLATED_SHOWN) == 0
    # every label drawn at the opening zoom is at least 12 px on screen, and the hubs have one
    drawn = page.evaluate(LABELS_DRAWN)
    assert len(drawn) >= min(10, shown)
    assert min(drawn) >= 11.9
    page.uncheck("#hide-isolated")
    assert page.evaluate(VISIBLE) > shown


def test_grouping_by_theme_and_following_a_neighbourhood(browser, hailar_page):
    page, _ = open_page(browser, hailar_page)
    themes = page.evaluate("Array.from(document.querySelectorAll('input[data-theme]')).map(b => b.dataset.theme)")
    assert {"industry", "urban", "livelihood", "ecology"} <= set(themes)
    before = page.evaluate(VISIBLE)
    in_urban = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        const ids = new Set(d.nodes.filter(n => n.theme === 'urban').map(n => n.id));
        return kgNetwork.body.data.nodes.get({filter: n => !n.hidden && ids.has(n.id)}).length; })()""")
    assert in_urban > 0
    page.uncheck("input[data-theme='urban']")
    # the urban entities go, and with them those linked to nothing else (isolated nodes are hidden)
    assert page.evaluate(VISIBLE) <= before - in_urban
    alone = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        const shown = new Set(kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)), linked = new Set();
        d.edges.forEach(e => { if (shown.has(e.from) && shown.has(e.to)) { linked.add(e.from); linked.add(e.to); } });
        return [...shown].filter(id => !linked.has(id) || d.nodes.find(n => n.id === id).theme === 'urban').length; })()""")
    assert alone == 0
    page.check("input[data-theme='urban']")
    assert page.evaluate(VISIBLE) == before
    # colour by theme, then group: each theme's nodes gather around their own centre
    page.select_option("#colour-by", "theme")
    colours = page.evaluate("new Set(kgNetwork.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.color.background)).size")
    assert colours >= 4
    page.click("#regroup")
    spread = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        const pos = kgNetwork.getPositions(); const by = {};
        d.nodes.forEach(n => { if (pos[n.id] && !kgNetwork.body.data.nodes.get(n.id).hidden) (by[n.theme] = by[n.theme] || []).push(pos[n.id]); });
        const c = t => { const p = by[t]; return [p.reduce((s, q) => s + q.x, 0) / p.length, p.reduce((s, q) => s + q.y, 0) / p.length]; };
        const [a, b] = [c('industry'), c('urban')];
        const within = Math.max(...by.industry.map(q => Math.hypot(q.x - a[0], q.y - a[1])));
        return [Math.hypot(a[0] - b[0], a[1] - b[1]), within]; })()""")
    assert spread[0] > spread[1]  # the two groups' centres lie further apart than a group is wide
    # follow one entity: its neighbourhood alone, then everything back
    hub = page.evaluate("""(() => { const d = JSON.parse(document.getElementById('graph-data').textContent);
        return d.nodes.filter(n => n.label === '海拉尔区')[0].id; })()""")
    page.evaluate("id => kgFocus(id)", hub)
    focused = page.evaluate(VISIBLE)
    neighbours = page.evaluate("id => kgNetwork.getConnectedNodes(id).length", hub)
    assert focused == neighbours + 1
    page.click("#unfocus")
    assert page.evaluate(VISIBLE) == before


def test_merged_page_grouped_with_every_node_keeps_labels_and_titles_readable(browser, hailar_page):
    """Five years grouped by theme with the isolated nodes shown (~640 nodes): the view is far out,
    yet each disc's hub keeps a label of at least 12 px, and the theme titles are readable and
    do not run into each other."""
    page, log = open_page(browser, hailar_page)
    page.uncheck("#hide-isolated")
    page.click("#regroup")
    page.evaluate("kgNetwork.redraw()")
    assert page.evaluate("kgNetwork.getScale()") < 0.3  # too far out for the prominent labels' largest size
    titles = page.evaluate("kgThemeTitles()")
    drawn = page.evaluate(LABELS_DRAWN)
    assert len(drawn) >= len(titles) >= 6 and min(drawn) >= 11.9
    assert min(t["px"] for t in titles) >= 11.5
    for i, a in enumerate(titles):
        for b in titles[i + 1:]:
            assert a["x1"] <= b["x0"] or b["x1"] <= a["x0"] or a["y1"] <= b["y0"] or b["y1"] <= a["y0"], (a, b)
    assert log["errors"] == []
