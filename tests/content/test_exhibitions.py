"""This site's own exhibitions (exhibitions/30-nam-viet-nam-asean and ban-sac-asean)."""

from __future__ import annotations

import pytest
from conftest import PROJECT
from kit.exhibitions.content import load_exhibitions

pytestmark = pytest.mark.unit


def test_demo_exhibitions_are_complete() -> None:
    exhibitions, problems = load_exhibitions(PROJECT / "exhibitions")
    assert problems == []
    assert {e.slug: e.layout for e in exhibitions} == {
        "30-nam-viet-nam-asean": "timeline",
        "ban-sac-asean": "themes",
    }
    assert all(len(e.items) >= 12 for e in exhibitions)
    assert any(item.kind == "video" for item in exhibitions[0].items)
