"""kit.core.languages: the one module that knows the site's languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.core import languages
from kit.core.languages import KIT_LANGUAGES, Language, Languages

pytestmark = pytest.mark.unit

THREE = [
    {"locale": "vi", "name": "Tiếng Việt", "default": True},
    {"locale": "en", "name": "English"},
    {"locale": "ko", "name": "한국어"},
]


def test_the_kit_pair_is_vietnamese_first() -> None:
    assert KIT_LANGUAGES.codes == ("vi", "en")
    assert KIT_LANGUAGES.default == "vi"
    assert [KIT_LANGUAGES.prefix(code) for code in KIT_LANGUAGES.codes] == ["", "en/"]
    assert KIT_LANGUAGES.locale("vi") == "vi_VN"
    assert KIT_LANGUAGES.other("vi") == "en"
    assert KIT_LANGUAGES.other("en") == "vi"


def test_languages_come_from_the_i18n_settings_default_first() -> None:
    site = languages.from_settings([THREE[1], THREE[2], THREE[0]])
    assert site.codes == ("vi", "en", "ko")
    assert site.others("en") == ("vi", "ko")
    assert site.prefix("ko") == "ko/"
    assert site.locale("ko") == "ko_KR"
    assert site.get("ko").name == "한국어"
    assert "ko" in site and "fr" not in site


def test_a_language_not_built_is_left_out_and_none_means_the_kit_pair() -> None:
    assert languages.from_settings([*THREE[:2], {**THREE[2], "build": False}]).codes == (
        "vi",
        "en",
    )
    assert languages.from_settings(None) is KIT_LANGUAGES
    assert languages.from_settings([{"locale": "en", "name": "English"}]).default == "en"


def test_exactly_one_default() -> None:
    with pytest.raises(ValueError):
        Languages((Language("vi", "Tiếng Việt", True), Language("en", "English", True)))


def test_read_from_mkdocs_yml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: x\nplugins:\n  - i18n:\n      languages:\n"
        "        - {locale: vi, name: Tiếng Việt, default: true}\n"
        "        - {locale: en, name: English}\n        - {locale: ko, name: 한국어}\n",
        encoding="utf-8",
    )
    assert languages.from_config_file(config).codes == ("vi", "en", "ko")
    config.write_text("plugins: [\n", encoding="utf-8")
    assert languages.from_config_file(config) is KIT_LANGUAGES


def test_use_sets_the_active_languages() -> None:
    site = languages.from_settings(THREE)
    try:
        assert languages.use(site) is languages.active()
        assert languages.active().codes == ("vi", "en", "ko")
    finally:
        languages.use(KIT_LANGUAGES)


def test_the_translation_check_starts_without_the_build_packages() -> None:
    """scripts/check_translations.py reads sources only: it must run where Babel (a build
    package) is not installed, e.g. with the system's Python."""
    import subprocess
    import sys

    project = Path(__file__).resolve().parents[2]
    code = (
        "import sys, runpy; sys.modules['babel'] = None; "
        f"sys.argv = ['check_translations.py', '--help']; "
        f"runpy.run_path({str(project / 'scripts' / 'check_translations.py')!r}, "
        "run_name='__main__')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
