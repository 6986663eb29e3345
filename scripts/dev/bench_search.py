"""Compare site search engines on the demo site and on a large generated site.

Usage (from the project folder):
    python scripts/dev/bench_search.py                      demo site + 1,000 pages per language
    python scripts/dev/bench_search.py --pages 200          a smaller generated site (quicker)
    python scripts/dev/bench_search.py --engines own        only the kit's own search
    python scripts/dev/bench_search.py --json figures.json  also save the figures

For each site it builds a copy of the kit in a temporary folder and measures, per engine and
language: the size of the search index (as stored and gzipped), the build time the engine
adds, the time to open search (load the index, first query), query latency (median and 95th
percentile) in headless Chromium, and accuracy: the share of a labelled set of queries whose
expected page is among the first five results. Queries mix the ways people type Vietnamese:
with accents, without, in capitals, and in the decomposed Unicode form some keyboards send.

Engines:
    own       the kit's search (scripts/kit/search/index.py + docs/assets/javascripts/search.js)
    pagefind  Pagefind (pip install "pagefind[bin]==1.5.2"); run on the built site
    material  Material for MkDocs' lunr search plugin, as the kit used before

Needs Debian's Chromium (/usr/bin/chromium, or set CHROMIUM) and Playwright.
Exit codes: 0 done; 1 a build or an engine failed; 2 wrong usage or missing tools.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kit.core.slugs import fold

PROJECT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ENGINES = ("own", "pagefind", "material")
LANGUAGES = ("vi", "en")
TOP = 5


class BenchError(Exception):
    """A failure worth one line to the user."""


# ── labelled queries ───────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Query:
    text: str
    expected: str  # page address from the site root, e.g. "pillars/economic/"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


_ITEMS = "exhibitions/30-nam-viet-nam-asean/"
_IDENTITY = "exhibitions/ban-sac-asean/"
DEMO_QUERIES: dict[str, list[Query]] = {
    "vi": [
        Query("Hà Nội", _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("ha noi", _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("HA NOI", _ITEMS + "1998-cap-cao-ha-noi/"),
        Query(nfd("hội nghị cấp cao hà nội"), _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("le ket nap", _ITEMS + "1995-le-ket-nap/"),
        Query("Lễ kết nạp Việt Nam", _ITEMS + "1995-le-ket-nap/"),
        Query("vinh ha long", _IDENTITY + "vinh-ha-long/"),
        Query(nfd("Vịnh Hạ Long"), _IDENTITY + "vinh-ha-long/"),
        Query("cong dong kinh te", "pillars/economic/"),
        Query("Cộng đồng Văn hóa – Xã hội", "pillars/socio-cultural/"),
        Query("chinh tri an ninh", "pillars/political-security/"),
        Query("hien chuong asean", _ITEMS + "2007-hien-chuong/"),
        Query("RCEP", _ITEMS + "2020-rcep/"),
        Query("thanh duong bru nay", _IDENTITY + "omar-ali-saifuddien/"),
        Query("ruộng bậc thang", _IDENTITY + "ruong-bac-thang-cordillera/"),
        Query("le hoi nam moi", _IDENTITY + "songkran/"),
        Query("15 tháng 12 1998", _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("ANGKOR", _IDENTITY + "angkor-wat/"),
        Query("vai batik", _IDENTITY + "batik/"),
        Query("doi tac kinh te toan dien", _ITEMS + "2020-rcep/"),
    ],
    "en": [
        Query("Hanoi summit", "en/" + _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("hanoi plan of action", "en/" + _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("admission ceremony", "en/" + _ITEMS + "1995-le-ket-nap/"),
        Query("economic community", "en/pillars/economic/"),
        Query("Political-Security", "en/pillars/political-security/"),
        Query("ANGKOR", "en/" + _IDENTITY + "angkor-wat/"),
        Query("ha long bay", "en/" + _IDENTITY + "vinh-ha-long/"),
        Query("thai new year", "en/" + _IDENTITY + "songkran/"),
        Query("asean charter", "en/" + _ITEMS + "2007-hien-chuong/"),
        Query("rcep signing", "en/" + _ITEMS + "2020-rcep/"),
        Query("brunei mosque", "en/" + _IDENTITY + "omar-ali-saifuddien/"),
        Query("rice terraces", "en/" + _IDENTITY + "ruong-bac-thang-cordillera/"),
        Query("15 December 1998", "en/" + _ITEMS + "1998-cap-cao-ha-noi/"),
        Query("hawker", "en/" + _IDENTITY + "hawker/"),
        Query("defence ministers", "en/" + _ITEMS + "2010-admm-plus/"),
        Query("Kuala Lumpur declaration", "en/" + _ITEMS + "2015-tuyen-bo-kuala-lumpur/"),
    ],
}

# ── the generated site: one page per (theme, province) ──────────────────────────────────────

PROVINCES = [
    ("Hà Nội", "Hanoi"), ("Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
    ("Hải Phòng", "Hai Phong"), ("Đà Nẵng", "Da Nang"), ("Cần Thơ", "Can Tho"),
    ("An Giang", "An Giang"), ("Bà Rịa – Vũng Tàu", "Ba Ria – Vung Tau"),
    ("Bắc Giang", "Bac Giang"), ("Bắc Kạn", "Bac Kan"), ("Bạc Liêu", "Bac Lieu"),
    ("Bắc Ninh", "Bac Ninh"), ("Bến Tre", "Ben Tre"), ("Bình Định", "Binh Dinh"),
    ("Bình Dương", "Binh Duong"), ("Bình Phước", "Binh Phuoc"), ("Bình Thuận", "Binh Thuan"),
    ("Cà Mau", "Ca Mau"), ("Cao Bằng", "Cao Bang"), ("Đắk Lắk", "Dak Lak"),
    ("Đắk Nông", "Dak Nong"), ("Điện Biên", "Dien Bien"), ("Đồng Nai", "Dong Nai"),
    ("Đồng Tháp", "Dong Thap"), ("Gia Lai", "Gia Lai"), ("Hà Giang", "Ha Giang"),
    ("Hà Nam", "Ha Nam"), ("Hà Tĩnh", "Ha Tinh"), ("Hải Dương", "Hai Duong"),
    ("Hậu Giang", "Hau Giang"), ("Hòa Bình", "Hoa Binh"), ("Hưng Yên", "Hung Yen"),
    ("Khánh Hòa", "Khanh Hoa"), ("Kiên Giang", "Kien Giang"), ("Kon Tum", "Kon Tum"),
    ("Lai Châu", "Lai Chau"), ("Lâm Đồng", "Lam Dong"), ("Lạng Sơn", "Lang Son"),
    ("Lào Cai", "Lao Cai"), ("Long An", "Long An"), ("Nam Định", "Nam Dinh"),
    ("Nghệ An", "Nghe An"), ("Ninh Bình", "Ninh Binh"), ("Ninh Thuận", "Ninh Thuan"),
    ("Phú Thọ", "Phu Tho"), ("Phú Yên", "Phu Yen"), ("Quảng Bình", "Quang Binh"),
    ("Quảng Nam", "Quang Nam"), ("Quảng Ngãi", "Quang Ngai"), ("Quảng Ninh", "Quang Ninh"),
    ("Quảng Trị", "Quang Tri"), ("Sóc Trăng", "Soc Trang"), ("Sơn La", "Son La"),
    ("Tây Ninh", "Tay Ninh"), ("Thái Bình", "Thai Binh"), ("Thái Nguyên", "Thai Nguyen"),
    ("Thanh Hóa", "Thanh Hoa"), ("Thừa Thiên Huế", "Thua Thien Hue"),
    ("Tiền Giang", "Tien Giang"), ("Trà Vinh", "Tra Vinh"), ("Tuyên Quang", "Tuyen Quang"),
    ("Vĩnh Long", "Vinh Long"), ("Vĩnh Phúc", "Vinh Phuc"), ("Yên Bái", "Yen Bai"),
]  # fmt: skip

THEMES = [
    ("Đặc sản", "Specialities of"), ("Lễ hội", "Festivals of"),
    ("Làng nghề", "Craft villages of"), ("Di tích lịch sử", "Historic sites of"),
    ("Du lịch sinh thái", "Eco-tourism in"), ("Ẩm thực đường phố", "Street food of"),
    ("Chợ phiên", "Markets of"), ("Kiến trúc cổ", "Old architecture of"),
    ("Âm nhạc dân gian", "Folk music of"), ("Trang phục truyền thống", "Traditional dress of"),
    ("Nông sản", "Farm produce of"), ("Bảo tàng", "Museums of"),
    ("Hợp tác ASEAN", "ASEAN cooperation in"), ("Giáo dục", "Education in"),
    ("Thể thao", "Sport in"), ("Thủ công mỹ nghệ", "Handicrafts of"),
]  # fmt: skip

# Sentences are drawn from parts, so pages do not repeat each other word for word (a few
# repeated sentences would compress far better than real text and flatter every index).
# fmt: off
SENTENCE_PARTS = {
    "vi": [
        ["Người dân địa phương", "Các nghệ nhân", "Chính quyền tỉnh", "Nhiều doanh nghiệp",
         "Du khách quốc tế", "Thanh niên tình nguyện", "Các nhà nghiên cứu", "Hợp tác xã",
         "Các trường học", "Ngành du lịch", "Hội phụ nữ", "Những gia đình trẻ"],
        ["đã xây dựng", "đang gìn giữ", "tích cực quảng bá", "thường xuyên tổ chức",
         "vừa khôi phục", "cùng nhau phát triển", "muốn giới thiệu", "đã đầu tư vào",
         "chăm chút", "kiên trì bảo tồn", "mạnh dạn đổi mới", "góp phần nâng cao"],
        ["các sản phẩm truyền thống", "không gian văn hóa cộng đồng", "những lớp học nghề",
         "mô hình du lịch xanh", "các tuyến phố đi bộ", "thương hiệu nông sản", "hồ sơ di sản",
         "chuỗi sự kiện giao lưu", "các điểm tham quan mới", "thư viện cộng đồng",
         "hệ thống biển chỉ dẫn song ngữ", "phiên chợ cuối tuần"],
        ["vào dịp cuối năm", "suốt nhiều thập kỷ qua", "với sự hỗ trợ của bạn bè ASEAN",
         "theo hướng bền vững", "ở khắp các huyện", "ngay từ những ngày đầu",
         "trong khuôn khổ chương trình hợp tác", "nhằm thu hút du khách",
         "bằng nguồn vốn xã hội hóa", "cho thế hệ mai sau", "dọc hai bờ sông",
         "trên các nền tảng số"],
        ["từ năm {year}", "với hơn {count} người tham gia", "tại {count} xã", "sau {count} tháng",
         "từ tháng {month} năm {year}", ""],
    ],
    "en": [
        ["Local people", "Master craftspeople", "The provincial government", "Many businesses",
         "International visitors", "Young volunteers", "Researchers", "Cooperatives",
         "Schools", "The tourism sector", "The women's union", "Young families"],
        ["have built", "are preserving", "actively promote", "regularly organise",
         "have restored", "are developing", "want to showcase", "have invested in",
         "look after", "patiently conserve", "boldly renew", "help improve"],
        ["traditional products", "community cultural spaces", "vocational classes",
         "green tourism", "pedestrian streets", "farm produce brands", "heritage records",
         "exchange events", "new visitor attractions", "community libraries",
         "bilingual signposting", "weekend markets"],
        ["at the end of each year", "over several decades", "with support from ASEAN partners",
         "sustainably", "across every district", "from the very start",
         "under a cooperation programme", "to attract visitors", "with private funding",
         "for future generations", "along both river banks", "on digital platforms"],
        ["since {year}", "with more than {count} people", "in {count} communes",
         "after {count} months", "since {month_name} {year}", ""],
    ],
}
# fmt: on
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]  # fmt: skip


def sentence(language: str, rng: random.Random) -> str:
    parts = [rng.choice(options) for options in SENTENCE_PARTS[language]]
    month = rng.randrange(12)
    parts[-1] = parts[-1].format(
        year=rng.randrange(1990, 2026), count=rng.randrange(2, 900), month=month + 1,
        month_name=MONTHS[month],
    )  # fmt: skip
    return " ".join(p for p in parts if p) + "."


@dataclass(frozen=True)
class Topic:
    number: int
    theme: tuple[str, str]
    province: tuple[str, str]

    @property
    def slug(self) -> str:
        return f"trang-{self.number:04d}"

    def title(self, language: str) -> str:
        if language == "vi":
            return f"{self.theme[0]} {self.province[0]}"
        return f"{self.theme[1]} {self.province[1]}"


def topics(count: int) -> list[Topic]:
    pairs = [(t, p) for t in THEMES for p in PROVINCES]
    if count > len(pairs):
        raise BenchError(f"--pages can be at most {len(pairs)}")
    return [Topic(n, t, p) for n, (t, p) in enumerate(pairs[:count], start=1)]


def page_markdown(topic: Topic, language: str, rng: random.Random) -> str:
    """A page about one theme in one province that also names other provinces and themes,
    so that every query has near misses."""
    index = 0 if language == "vi" else 1
    others = rng.sample(PROVINCES, 2)
    other_theme = rng.choice(THEMES)
    title = topic.title(language)
    place = topic.province[index]
    if language == "vi":
        lead = (
            f"{title} là niềm tự hào của người dân {place}. Khác với "
            f"{other_theme[0].lower()} {others[0][0]} hay {others[1][0]}, nơi đây có nét riêng."
        )
        heading = f"{topic.theme[0]} tiêu biểu"
    else:
        lead = (
            f"{title} are a source of pride for the people of {place}. Unlike "
            f"{other_theme[1].lower()} {others[0][1]} or {others[1][1]}, they have their own style."
        )
        heading = f"Highlights of {place}"
    body = " ".join(sentence(language, rng) for _ in range(6))
    more = " ".join(sentence(language, rng) for _ in range(5))
    description = lead.split(". ")[0]
    return (
        f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n"
        f"description: {json.dumps(description, ensure_ascii=False)}\n---\n\n"
        f"# {title}\n\n{lead} {body}\n\n## {heading}\n\n{more}\n"
    )


def generated_queries(pages: list[Topic], count: int, seed: int) -> dict[str, list[Query]]:
    """A fixed sample of pages, each asked for in one of the ways people type."""
    rng = random.Random(seed)
    sample = rng.sample(pages, min(count, len(pages)))
    vi_forms = [
        lambda t: t.title("vi"),
        lambda t: fold(t.title("vi")),
        lambda t: fold(t.title("vi")).upper(),
        lambda t: nfd(t.title("vi").lower()),
        lambda t: f"{fold(t.province[0])} {fold(t.theme[0])}",
        lambda t: t.title("vi")[:-1],  # still typing the last word
    ]
    en_forms = [
        lambda t: t.title("en"),
        lambda t: t.title("en").lower(),
        lambda t: f"{t.province[1]} {t.theme[1].split()[0].lower()}",
        lambda t: t.title("en").upper(),
        lambda t: t.title("en")[:-1],
    ]
    return {
        "vi": [
            Query(vi_forms[i % len(vi_forms)](t), f"bench/{t.slug}/") for i, t in enumerate(sample)
        ],
        "en": [
            Query(en_forms[i % len(en_forms)](t), f"en/bench/{t.slug}/")
            for i, t in enumerate(sample)
        ],
    }


# ── projects and builds ─────────────────────────────────────────────────────────────────────


def make_project(destination: Path) -> Path:
    """A copy of the kit (as tests/conftest.py makes one); scripts/ is linked, not copied."""
    destination.mkdir(parents=True)
    shutil.copy2(PROJECT / "mkdocs.yml", destination / "mkdocs.yml")
    shutil.copytree(PROJECT / "overrides", destination / "overrides")
    (destination / "scripts").symlink_to(PROJECT / "scripts", target_is_directory=True)

    def generated(folder: str, names: list[str]) -> list[str]:
        return [n for n in names if (Path(folder) / n / ".generated").exists()]

    shutil.copytree(PROJECT / "docs", destination / "docs", ignore=generated)
    shutil.copytree(PROJECT / "exhibitions", destination / "exhibitions")
    return destination


def add_generated_pages(project: Path, pages: list[Topic], seed: int) -> None:
    rng = random.Random(seed)
    folder = project / "docs" / "bench"
    folder.mkdir()
    for topic in pages:
        for language in LANGUAGES:
            text = page_markdown(topic, language, rng)
            (folder / f"{topic.slug}.{language}.md").write_text(text, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("not_in_nav: |\n", "not_in_nav: |\n  /bench/\n"), "utf-8")


def with_material_search(config: Path) -> Path:
    """A second mkdocs.yml with Material's search plugin, as the kit had it before."""
    text = config.read_text(encoding="utf-8")
    text = text.replace("plugins:\n", "plugins:\n  - search\n", 1)
    text = text.replace(
        "      reconfigure_material: true\n",
        "      reconfigure_material: true\n      reconfigure_search: true\n",
        1,
    )
    target = config.with_name("mkdocs-material-search.yml")
    target.write_text(text, encoding="utf-8")
    return target


@dataclass
class Build:
    site: Path
    seconds: float
    search_seconds: float  # spent in the search engine's own build steps


_INDEX_LOG = re.compile(r"Search index \(\w+\): .* built in ([\d.]+) s")
_MATERIAL_LOG = re.compile(r"Material search: ([\d.]+) s")

# Runs `mkdocs build` with a stopwatch around Material's search plugin (and the i18n plugin's
# search index steps), so its cost is measured directly rather than as the difference of two
# whole builds, which vary from run to run by more than it.
MATERIAL_TIMER = """
import sys, time
from material.plugins.search.plugin import SearchPlugin
from mkdocs_static_i18n.reconfigure import ExtendedPlugin
spent = [0.0]
def timed(owner, name):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start
    setattr(owner, name, wrapper)
for name in ("on_config", "on_page_context", "on_post_build"):
    timed(SearchPlugin, name)
for name in ("extend_search_entries", "reconfigure_search_index"):
    timed(ExtendedPlugin, name)
from mkdocs.__main__ import cli
try:
    cli(sys.argv[1:])
finally:
    print(f"Material search: {spent[0]:.3f} s", file=sys.stderr)
"""


def build(project: Path, config: Path, site: Path, material: bool = False) -> Build:
    """Build ``config``; the time its search steps took comes from the build's log."""
    arguments = ["build", "-f", str(config), "-d", str(site)]  # not quiet: INFO lines needed
    runner = ["-c", MATERIAL_TIMER] if material else ["-m", "mkdocs"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, *runner, *arguments], cwd=project, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise BenchError(f"the build of {config} failed:\n{result.stderr[-2000:]}")
    log = _MATERIAL_LOG if material else _INDEX_LOG
    return Build(site, seconds, sum(float(m.group(1)) for m in log.finditer(result.stderr)))


def run_pagefind(site: Path) -> float:
    command = [
        sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind",
        "--root-selector", "article.md-content__inner",
        "--exclude-selectors", ".headerlink", "--quiet",
    ]  # fmt: skip
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(f"Pagefind failed:\n{result.stderr[-2000:] or result.stdout[-2000:]}")
    return time.perf_counter() - start


# ── index sizes ─────────────────────────────────────────────────────────────────────────────


def gzipped(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def own_index_files(site: Path, language: str) -> list[Path]:
    return [site / "search" / f"index.{language}.js", site / "assets/javascripts/search.js"]


def pagefind_index_files(site: Path, language: str) -> list[Path]:
    """Everything Pagefind stores for one language, plus its shared runtime."""
    folder = site / "pagefind"
    entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    info = entry["languages"].get(language)
    if info is None:
        return []
    files = [folder / "pagefind.js", folder / "pagefind-entry.json"]
    files += [folder / f"pagefind.{info['hash']}.pf_meta"]
    files += sorted(folder.glob(f"wasm.{language}.pagefind")) or sorted(folder.glob("wasm.*"))
    for sub in ("index", "fragment", "filter"):
        files += sorted((folder / sub).glob(f"{language}_*"))
    return [f for f in files if f.is_file()]


def material_index_files(site: Path) -> list[Path]:
    scripts = site / "assets" / "javascripts"
    files = [site / "search" / "search_index.json"]
    files += sorted((scripts / "workers").glob("search.*.min.js"))
    files += [scripts / "lunr" / "min" / f"lunr.{name}.min.js" for name in
              ("stemmer.support", "vi", "multi")]  # fmt: skip
    return [f for f in files if f.is_file()]


@dataclass
class Size:
    stored: int  # bytes as written (Pagefind's files are already compressed)
    gzipped: int  # what a server that compresses sends

    @classmethod
    def of(cls, files: list[Path]) -> Size:
        data = [f.read_bytes() for f in files]
        return cls(sum(map(len, data)), sum(map(gzipped, data)))


# ── measuring in the browser ────────────────────────────────────────────────────────────────


@contextmanager
def served(folder: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


# Each engine: JavaScript that prepares it (resolves when ready) and one that answers a query
# with the addresses of the first results, as a visitor would see them.
SETUP_JS = {
    "own": "async () => { await window.campaignSearch.load(); }",
    "pagefind": """async (root) => {
        window.__pf = await import(root + "pagefind/pagefind.js");
        await window.__pf.init();
    }""",
    "material": """async (root) => {
        const worker = new Worker(root + WORKER);
        const index = await (await fetch(root + "search/search_index.json")).json();
        window.__ask = (message) => new Promise(resolve => {
            worker.onmessage = event => resolve(event.data);
            worker.postMessage(message);
        });
        await window.__ask({type: 0, data: {config: index.config, docs: index.docs,
                                            options: {suggest: false}}});
    }""",
}
QUERY_JS = {
    "own": """async (query) => (await window.campaignSearch.search(query, TOP)).map(r => r.url)""",
    "pagefind": """async (query) => {
        const found = await window.__pf.search(query);
        const data = await Promise.all(found.results.slice(0, TOP).map(r => r.data()));
        return data.map(d => d.url);
    }""",
    "material": """async (query) => {
        const answer = await window.__ask({type: 2, data: query});
        return answer.data.items.slice(0, TOP).map(group => group[0].location);
    }""",
}
TIMED_JS = """async ([query, repeat]) => {
    const times = [];
    let urls = [];
    for (let i = 0; i < repeat; i++) {
        const start = performance.now();
        urls = await ASK(query);
        times.push(performance.now() - start);
    }
    return {times, urls};
}"""


def normalise(url: str, root: str) -> str:
    """A result address as a path from the site root, without anchor or index.html."""
    url = url.split("#")[0]
    if url.startswith(root):
        url = url[len(root) :]
    url = url.lstrip("/")
    return url[: -len("index.html")] if url.endswith("index.html") else url


@dataclass
class Measure:
    open_ms: float = 0.0  # load the index and answer the first query
    times: list[float] = field(default_factory=list)
    hits: int = 0
    asked: int = 0
    first_downloaded: int = 0  # bytes fetched (gzipped) to open search and answer one query
    downloaded: int = 0  # … and all the queries of the set
    misses: list[str] = field(default_factory=list)
    error: str = ""


def measure(
    browser, base_url: str, engine: str, language: str, queries: list[Query], repeat: int,
    worker: str,
) -> Measure:  # fmt: skip
    result = Measure()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sizes: list[int] = []

    def count(response) -> None:
        if response.url.startswith(base_url) and not response.url.endswith(".html"):
            # Redirects and failed requests have no body.
            with contextlib.suppress(Exception):
                sizes.append(gzipped(response.body()))

    try:
        page.goto(f"{base_url}/{home(language)}", wait_until="networkidle")
        page.on("response", count)
        root = f"{base_url}/"
        ask = QUERY_JS[engine].replace("TOP", str(TOP))
        page.evaluate(f"() => {{ window.__query = {ask}; }}")
        setup = SETUP_JS[engine].replace("WORKER", json.dumps(worker))
        # Timed in the page: fetching and preparing the index, then the first answer.
        opening = f"""async ([root, query]) => {{
            const start = performance.now();
            await ({setup})(root);
            await window.__query(query);
            return performance.now() - start;
        }}"""
        result.open_ms = page.evaluate(opening, [root, queries[0].text])
        page.wait_for_timeout(200)  # let the last response events arrive
        result.first_downloaded = sum(sizes)
        timed = TIMED_JS.replace("ASK", "window.__query")
        for query in queries:
            answer = page.evaluate(timed, [query.text, repeat])
            result.times += answer["times"]
            found = [normalise(url, root) for url in answer["urls"]]
            result.asked += 1
            if query.expected in found:
                result.hits += 1
            else:
                result.misses.append(query.text)
        page.wait_for_load_state("networkidle")
        result.downloaded = sum(sizes)
    except Exception as error:  # one engine failing must not stop the others
        result.error = str(error).splitlines()[0][:200]
    finally:
        context.close()
    return result


def home(language: str) -> str:
    return "" if language == "vi" else f"{language}/"


def works_from_disk(browser, site: Path, engine: str, language: str, worker: str) -> bool:
    """Does the engine answer a query on a page opened with file://?"""
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto((site / home(language) / "index.html").as_uri())
        root = site.as_uri() + "/"
        page.evaluate(f"() => {{ window.__query = {QUERY_JS[engine].replace('TOP', str(TOP))}; }}")
        page.evaluate(SETUP_JS[engine].replace("WORKER", json.dumps(worker)), root)
        return bool(page.evaluate("q => window.__query(q)", "asean"))
    except Exception:  # failing is the answer
        return False
    finally:
        context.close()


# ── the run ─────────────────────────────────────────────────────────────────────────────────


@dataclass
class Row:
    site: str
    engine: str
    language: str
    pages: int
    stored: int
    gzipped: int
    build_seconds: float
    open_ms: float
    median_ms: float
    p95_ms: float
    accuracy: float
    asked: int
    first_downloaded: int
    downloaded: int
    file_url: bool
    misses: list[str]
    error: str = ""


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_site(
    name: str, project: Path, queries: dict[str, list[Query]], args: argparse.Namespace
) -> list[Row]:
    from playwright.sync_api import sync_playwright

    engines = args.engines
    config = project / "mkdocs.yml"
    progress(f"[{name}] building with the kit's search …")
    own = build(project, config, project / "site")
    progress(f"[{name}] built in {own.seconds:.1f} s")
    builds = {"own": own.search_seconds}
    sites = {"own": own.site, "pagefind": own.site}
    if "pagefind" in engines:
        progress(f"[{name}] running Pagefind on the built site …")
        builds["pagefind"] = run_pagefind(own.site)
    if "material" in engines:
        progress(f"[{name}] building with Material's search plugin …")
        material = build(project, with_material_search(config), project / "site-mat", True)
        builds["material"] = material.search_seconds
        sites["material"] = material.site
    page_counts = {lang: count_pages(own.site, lang) for lang in LANGUAGES}
    rows: list[Row] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        for engine in engines:
            site = sites[engine]
            worker = material_worker(site) if engine == "material" else ""
            with served(site) as base_url:
                for language in LANGUAGES:
                    progress(f"[{name}] {engine} / {language}: {len(queries[language])} queries …")
                    found = measure(
                        browser, base_url, engine, language, queries[language], args.repeat,
                        worker,
                    )  # fmt: skip
                    offline = works_from_disk(browser, site, engine, language, worker)
                    rows.append(row(name, engine, language, site, page_counts[language],
                                    builds[engine], found, offline))  # fmt: skip
        browser.close()
    return rows


def material_worker(site: Path) -> str:
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not workers:
        raise BenchError("Material's search worker is missing from the build")
    return workers[0].relative_to(site).as_posix()


def count_pages(site: Path, language: str) -> int:
    script = (site / "search" / f"index.{language}.js").read_text(encoding="utf-8")
    return len(json.loads(script[script.index("={") + 1 :].rstrip().rstrip(";"))["pages"])


def row(
    name: str, engine: str, language: str, site: Path, pages: int, build_seconds: float,
    found: Measure, offline: bool,
) -> Row:  # fmt: skip
    if engine == "own":
        size = Size.of(own_index_files(site, language))
    elif engine == "pagefind":
        size = Size.of(pagefind_index_files(site, language))
    else:
        size = Size.of(material_index_files(site))  # one index for both languages
    return Row(
        site=name,
        engine=engine,
        language=language,
        pages=pages,
        stored=size.stored,
        gzipped=size.gzipped,
        build_seconds=build_seconds,
        open_ms=found.open_ms,
        median_ms=statistics.median(found.times) if found.times else float("nan"),
        p95_ms=percentile(found.times, 0.95),
        accuracy=found.hits / found.asked if found.asked else 0.0,
        asked=found.asked,
        first_downloaded=found.first_downloaded,
        downloaded=found.downloaded,
        file_url=offline,
        misses=found.misses,
        error=found.error,
    )


def kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size >= 10 * 1024 else f"{size / 1024:,.1f} KB"


def table(rows: list[Row]) -> str:
    lines = [
        "| site | engine | lang | pages | index stored | index gzipped | first search downloads "
        "| all queries download "
        "| build time added | open search | median query | p95 query | top-5 accuracy "
        "| file:// |",
        "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for r in rows:
        if r.error:
            lines.append(
                f"| {r.site} | {r.engine} | {r.language} | {r.pages} | {kb(r.stored)} | "
                f"{kb(r.gzipped)} | – | – | {r.build_seconds:.2f} s | failed: {r.error} | | | | "
                f"{'yes' if r.file_url else 'no'} |"
            )
            continue
        lines.append(
            f"| {r.site} | {r.engine} | {r.language} | {r.pages} | {kb(r.stored)} | "
            f"{kb(r.gzipped)} | {kb(r.first_downloaded)} | {kb(r.downloaded)} | "
            f"{r.build_seconds:.2f} s | "
            f"{r.open_ms:.0f} ms | {r.median_ms:.1f} ms | {r.p95_ms:.1f} ms | "
            f"{r.accuracy:.0%} ({round(r.accuracy * r.asked)}/{r.asked}) | "
            f"{'yes' if r.file_url else 'no'} |"
        )
    return "\n".join(lines)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench_search.py",
        description="Measure site search engines (index size, speed, accuracy) on the demo "
        "site and on a generated site with many pages.",
    )
    parser.add_argument(
        "--pages",
        type=int,
        default=1000,
        help="pages per language in the generated site (default 1000; 0 skips it)",
    )
    parser.add_argument(
        "--queries",
        type=int,
        default=100,
        help="labelled queries per language on the generated site (default 100)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="times each query is run for the latency figures (default 5)",
    )
    parser.add_argument(
        "--engines",
        default=",".join(ENGINES),
        help=f"comma-separated, from: {', '.join(ENGINES)} (default: all)",
    )
    parser.add_argument("--skip-demo", action="store_true", help="only the generated site")
    parser.add_argument("--seed", type=int, default=10, help="for the generated text and queries")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (default: "
                        "a temporary folder, removed at the end)")  # fmt: skip
    return parser.parse_args(argv)


def check_tools(engines: list[str]) -> None:
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        raise BenchError(f"unknown engine {unknown[0]!r}; choose from {', '.join(ENGINES)}")
    if not CHROMIUM.exists():
        raise BenchError(f"Chromium not found at {CHROMIUM} (install Debian's 'chromium')")
    if "pagefind" in engines:
        probe = subprocess.run([sys.executable, "-m", "pagefind", "--version"],
                               capture_output=True, text=True)  # fmt: skip
        if probe.returncode != 0:
            raise BenchError("Pagefind is not installed: pip install 'pagefind[bin]==1.5.2' "
                             "(or leave it out with --engines own,material)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.engines = engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    try:
        check_tools(engines)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    rows: list[Row] = []
    try:
        if not args.skip_demo:
            project = make_project(workdir / "demo")
            rows += bench_site("demo", project, DEMO_QUERIES, args)
        if args.pages:
            pages = topics(args.pages)
            project = make_project(workdir / "generated")
            add_generated_pages(project, pages, args.seed)
            queries = generated_queries(pages, args.queries, args.seed)
            rows += bench_site(f"{args.pages} pages", project, queries, args)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(rows))
    for r in rows:
        if r.misses:
            shown = ", ".join(repr(m) for m in r.misses[:8])
            print(f"\n{r.site} / {r.engine} / {r.language}: missed {len(r.misses)}: {shown}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False))
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
