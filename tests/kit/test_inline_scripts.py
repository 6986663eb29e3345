"""Pages carry no inline script: Material's are a file, the lightbox's start is a file."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
from conftest import PROJECT
from kit.hosting.inline_scripts import external_lightbox_start

pytestmark = pytest.mark.unit

MATERIAL = Path(material.__file__).parent / "templates" / "partials" / "javascripts"


def _scripts(template: Path) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.S)


def test_page_setup_is_materials_inline_scripts_with_the_root_from_its_own_address() -> None:
    """Fails after a Material upgrade that changed these scripts: copy them again."""
    scope = _scripts(MATERIAL / "base.html")[0].replace(
        'new URL("{{ config.extra.scope | d(base_url) }}",location)',
        'new URL("../..",document.currentScript.src)',
    )
    anchor = _scripts(MATERIAL / "content.html")[-1]
    setup = PROJECT / "docs" / "assets" / "javascripts" / "page-setup.js"
    code = [line for line in setup.read_text(encoding="utf-8").splitlines() if line[:1] not in "/ "]
    assert code == [scope, anchor]


def test_lightbox_start_becomes_a_file_named_after_its_content() -> None:
    page = (
        '<head><script src="../../assets/javascripts/glightbox.min.js"></script></head><body>'
        '<script id="init-glightbox">const lightbox = GLightbox({});\n</script></body>'
    )
    html, script = external_lightbox_start(page)
    assert script is not None and script.content == b"const lightbox = GLightbox({});\n"
    assert re.fullmatch(r"assets/javascripts/lightbox-start\.[0-9a-f]{10}\.js", script.path)
    assert f'<script src="../../{script.path}"></script></body>' in html
    assert "<script>" not in html and "init-glightbox" not in html
    assert external_lightbox_start("<body>no lightbox</body>") == ("<body>no lightbox</body>", None)
