"""Share cards: named while pages render, drawn together afterwards (on every core when many)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kit.build import page_context
from kit.media import share_cards
from kit.media.share_cards import Card, ShareCardError, draw_cards
from PIL import Image

pytestmark = pytest.mark.unit

COLOURS = {"primary": "#0b3a75", "accent": "#c8102e"}


def cards(count: int, colours: dict[str, str] = COLOURS) -> dict[str, Card]:
    titles = [f"Bài viết số {number}: Hội nhập ASEAN" for number in range(count)]
    made = [Card.of(title, "Chiến dịch", colours) for title in titles]
    return {card.name: card for card in made}


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_cards_drawn_on_one_or_two_workers_are_identical(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)  # the pool even for a few cards
    wanted = cards(6)
    assert draw_cards(tmp_path / "one", wanted, jobs=1) == 6
    assert draw_cards(tmp_path / "two", wanted, jobs=2) == 6
    one = folder_bytes(tmp_path / "one")
    assert sorted(one) == sorted(wanted)
    assert one == folder_bytes(tmp_path / "two")
    with Image.open(tmp_path / "one" / next(iter(wanted))) as picture:
        assert (picture.format, picture.size) == ("JPEG", share_cards.SIZE)


def test_existing_cards_are_not_drawn_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)
    wanted = cards(4)
    assert draw_cards(tmp_path, wanted, jobs=2) == 4
    stamps = {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()}
    more = {**wanted, **cards(1, {**COLOURS, "primary": "#123456"})}
    assert draw_cards(tmp_path, more, jobs=2) == 1
    assert all(tmp_path.joinpath(name).stat().st_mtime_ns == ns for name, ns in stamps.items())


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_card_is_reported_with_its_file_and_page(
    tmp_path: Path, monkeypatch, jobs: int
) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)
    good = cards(5)
    # Not a colour: drawing this one fails (in a worker process when jobs=2).
    bad = Card.of("Trang hỏng", "Chiến dịch", {**COLOURS, "accent": "#zzzzzz"})
    with pytest.raises(ShareCardError) as caught:
        draw_cards(tmp_path, {**good, bad.name: bad}, jobs=jobs)
    message = str(caught.value)
    assert bad.name in message and "Trang hỏng" in message
    assert "ValueError" in message
    # The other cards were still drawn.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(good)


def test_the_first_failure_in_name_order_is_raised(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)
    broken = {**COLOURS, "accent": "#zzzzzz"}
    bad = [Card.of(title, "Chiến dịch", broken) for title in ("b trang", "a trang", "c trang")]
    wanted = {**cards(3), **{card.name: card for card in bad}}
    with pytest.raises(ShareCardError) as caught:
        draw_cards(tmp_path, wanted, jobs=2)
    assert caught.value.args[1] == min(card.name for card in bad)
    assert caught.value.args[1].startswith("a-trang-")


def test_pages_name_their_card_without_drawing_it() -> None:
    site = page_context.SiteFacts("https://example.org/", "Chiến dịch", {"colors": COLOURS})
    path, card = page_context.share_image("Giới thiệu", site, None)
    assert card is not None and path == f"{page_context.SHARE_FOLDER}/{card.name}"
    assert card.name == share_cards.card_name("Giới thiệu", "Chiến dịch", COLOURS)
    photo = {"item": {"image": {"share_path": "media/anh-1-abc-share.jpg"}}}
    assert page_context.share_image("Ảnh 1", site, photo) == ("media/anh-1-abc-share.jpg", None)


def test_the_drawer_draws_in_the_background_while_pages_are_added(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)
    wanted = cards(7)
    drawer = share_cards.CardDrawer(tmp_path / "drawer", jobs=1, batch=3)
    for card in wanted.values():
        drawer.add(card)
        drawer.add(card)  # a card named by two pages is drawn once
    assert drawer.pool is not None and drawer.sent == 6  # two batches already sent
    assert drawer.finish() == 7
    assert drawer.pool is None
    draw_cards(tmp_path / "here", wanted, jobs=1)
    assert folder_bytes(tmp_path / "drawer") == folder_bytes(tmp_path / "here")


def test_a_few_cards_are_drawn_without_workers(tmp_path: Path) -> None:
    drawer = share_cards.CardDrawer(tmp_path, jobs=2)
    for card in cards(3).values():
        drawer.add(card)
    assert drawer.finish() == 3
    assert drawer.pool is None and len(list(tmp_path.iterdir())) == 3


def test_a_failing_card_in_the_background_names_its_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(share_cards, "POOL_FROM", 2)
    bad = Card.of("Trang hỏng", "Chiến dịch", {**COLOURS, "primary": "not a colour"})
    drawer = share_cards.CardDrawer(tmp_path, jobs=1, batch=2)
    for card in [bad, *cards(4).values()]:
        drawer.add(card)
    with pytest.raises(ShareCardError, match="Trang hỏng") as caught:
        drawer.finish()
    assert caught.value.args[1] == bad.name and str(tmp_path / bad.name) in str(caught.value)
    assert drawer.pool is None
    assert len(list(tmp_path.iterdir())) == 4
