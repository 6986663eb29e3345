"""The media pipeline on awkward photos, all generated into tmp_path (no binary fixtures)."""

from __future__ import annotations

import io
import os
import struct
import unicodedata
import warnings
import zlib
from pathlib import Path

import pytest
import resize_media
from kit.media import pipeline as media
from kit.media.pipeline import MediaConfig, ProcessedImage, media_slug, process_images
from PIL import Image, ImageCms, ImageDraw, ImageOps

pytestmark = pytest.mark.unit

SMALL = MediaConfig(widths=(120, 240), thumb_width=120, lightbox_width=240, share_size=(200, 100))
ARTIST = "Nguyễn Văn A"
COPYRIGHT = "© 2026 Bộ Ngoại giao"
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
RED, GREEN, BLUE, GREY = (220, 30, 30), (30, 200, 30), (30, 30, 220), (128, 128, 128)


# --------------------------------------------------------------------------- helpers


def upright(size: tuple[int, int] = (300, 200)) -> Image.Image:
    """Grey picture with red top-left, green top-right, blue bottom-left corners."""
    im = Image.new("RGB", size, GREY)
    w, h = size[0] // 3, size[1] // 3
    im.paste(RED, (0, 0, w, h))
    im.paste(GREEN, (size[0] - w, 0, size[0], h))
    im.paste(BLUE, (0, size[1] - h, w, size[1]))
    return im


def assert_upright(im: Image.Image) -> None:
    rgb = im.convert("RGB")
    w, h = rgb.size
    for (x, y), colour in {(0.1, 0.1): RED, (0.9, 0.1): GREEN, (0.1, 0.9): BLUE}.items():
        assert_close(rgb.getpixel((int(w * x), int(h * y))), colour)
    assert_close(rgb.getpixel((int(w * 0.9), int(h * 0.9))), GREY)


def assert_close(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> None:
    assert all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=False)), (
        actual,
        expected,
    )


def full_exif(orientation: int = 1) -> Image.Exif:
    """Orientation, credit, GPS and the usual camera chatter that must not leak."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = ARTIST.encode()  # UTF-8, as phones and Lightroom write it
    exif[0x8298] = COPYRIGHT.encode()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "EOS R6"  # Model
    exif[0x0131] = "Lightroom"  # Software
    exif[0x0132] = "2026:05:01 10:00:00"  # DateTime
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)})
    exif.get_ifd(EXIF_IFD)[0x9003] = "2026:05:01 10:00:00"  # DateTimeOriginal
    return exif


def decoded_text(value: str) -> str:
    """EXIF text as Pillow returns it (Latin-1) back to the UTF-8 that was written."""
    return value.encode("latin-1").decode("utf-8")


def outputs(out: Path, image: ProcessedImage) -> list[Path]:
    return [out / v.path for v in image.variants] + [out / image.share.path]


def run(
    sources: list[Path], out: Path, config: MediaConfig = SMALL, jobs: int = 1, **kw: object
) -> media.MediaReport:
    """Resize ``sources``. Without ``kw`` it goes through :func:`media.start_images`, and
    checks that what was planned from the headers is exactly what decoding gave."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. a DecompressionBombWarning must not leak
        if kw:
            return process_images(sources, out, config, jobs=jobs, **kw)
        job = media.start_images(sources, out, config, jobs=jobs)
        planned, refused = job.images, job.failures
        report = job.finish()
    for source, image in report.images.items():
        assert planned[source] == image
    assert all(failure in report.failures for failure in refused)
    assert set(planned) >= set(report.images)
    return report


def noisy(size: tuple[int, int]) -> Image.Image:
    return Image.merge("RGB", [Image.effect_noise(size, 60) for _ in range(3)])


def adobe_rgb_icc() -> bytes:
    """A minimal ICC v2 matrix/TRC profile with Adobe RGB (1998) primaries and gamma 2.2."""

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + s15(x) + s15(y) + s15(z)

    name = b"Test Adobe RGB (1998)\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(name)) + name + b"\0" * 79
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, 563) + b"\0\0"  # u8Fixed8 2.2
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.60974, 0.31111, 0.01947)),
        (b"gXYZ", xyz(0.20528, 0.62567, 0.06087)),
        (b"bXYZ", xyz(0.14919, 0.06322, 0.74457)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text\0\0\0\0none\0\0\0\0"),
    ]
    offset, table, data = 128 + 4 + 12 * len(tags), b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    header = struct.pack(
        ">I4sI4s4s4s", offset + len(data), b"none", 0x02100000, b"mntr", b"RGB ", b"XYZ "
    )
    header += struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 24
    header += b"\0" * 4 + s15(0.9642) + s15(1.0) + s15(0.8249)
    return header.ljust(128, b"\0") + struct.pack(">I", len(tags)) + table + data


def png_rgb48(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    """A 16-bit-per-channel RGB PNG (Pillow cannot write one, so build it by hand)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    row = b"\0" + struct.pack(">HHH", *colour) * size[0]
    header = struct.pack(">IIBBBBB", *size, 16, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size[1]))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_slug_of_vietnamese_file_name(form: str) -> None:
    name = unicodedata.normalize(form, "Ảnh đẹp 1.JPG")
    assert media_slug(Path("exhibitions/hue", name)) == "anh-dep-1"


def test_slug_never_empty() -> None:
    assert media_slug(Path("---.jpg")) == "image"


def test_nfc_and_nfd_files_get_the_same_output_names(tmp_path: Path) -> None:
    sources = []
    for form in ("NFC", "NFD"):
        folder = tmp_path / form
        folder.mkdir()
        sources.append(folder / unicodedata.normalize(form, "Ảnh đẹp 1.JPG"))
        upright().save(sources[-1], "JPEG")
    report = run(sources, tmp_path / "out")
    assert not report.failures
    first, second = (report.images[str(s)] for s in sources)
    assert first.slug == second.slug == "anh-dep-1"
    assert first.largest.path == second.largest.path  # same content, same name
    assert first.largest.path.startswith("anh-dep-1-")


# --------------------------------------------------------------------------- orientation, metadata

# Inverse of the rotation each EXIF orientation asks for: stored pixels that display upright.
STORED = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def test_every_orientation_is_applied_and_only_credit_metadata_is_kept(tmp_path: Path) -> None:
    sources = []
    for orientation, transpose in STORED.items():
        picture = upright() if transpose is None else upright().transpose(transpose)
        path = tmp_path / f"orientation-{orientation}.jpg"
        picture.save(path, "JPEG", quality=95, exif=full_exif(orientation), comment=b"Canon")
        with Image.open(path) as source:  # the fixture itself: Pillow's view is upright
            assert source.getexif().get_ifd(GPS_IFD)
            assert_upright(ImageOps.exif_transpose(source))
        sources.append(path)

    report = run(sources, tmp_path / "out", jobs=2)

    assert not report.failures
    for path in sources:
        image = report.images[str(path)]
        assert (image.width, image.height) == (300, 200)
        assert [(v.width, v.height) for v in image.variants] == [(120, 80), (240, 160)]
        for file in outputs(tmp_path / "out", image):
            with Image.open(file) as result:
                assert_upright(result)
                exif = result.getexif()
                assert set(exif) == {0x013B, 0x8298}, (file.name, dict(exif))
                assert decoded_text(exif[0x013B]) == ARTIST
                assert decoded_text(exif[0x8298]) == COPYRIGHT
                assert not exif.get_ifd(GPS_IFD)
                assert not exif.get_ifd(EXIF_IFD)
                assert not {"icc_profile", "xmp", "comment"} & set(result.info)
            assert b"Canon" not in file.read_bytes()


def test_photo_without_metadata_gets_no_exif(tmp_path: Path) -> None:
    source = tmp_path / "plain.png"
    upright().save(source)
    image = run([source], tmp_path / "out").images[str(source)]
    for file in outputs(tmp_path / "out", image):
        with Image.open(file) as result:
            assert not result.getexif()


# --------------------------------------------------------------------------- colour modes


def test_cmyk_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (300, 200), (255, 0, 0, 0)).save(source, "JPEG")
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert result.mode == "RGB"
        assert_close(result.getpixel((150, 100)), (0, 255, 255))


def test_16_bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    source = tmp_path / "grey16.png"
    Image.new("I;16", (300, 200), 32896).save(source)  # half of 65535
    assert Image.open(source).mode.startswith("I")
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert_close(result.getpixel((150, 100)), (128, 128, 128), tolerance=3)


def test_48_bit_rgb_png(tmp_path: Path) -> None:
    source = tmp_path / "rgb48.png"
    source.write_bytes(png_rgb48((300, 200), (65535, 32896, 0)))
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert_close(result.getpixel((150, 100)), (255, 128, 0), tolerance=6)


def test_palette_transparency_is_kept_in_webp_and_white_in_share(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    logo = Image.new("P", (300, 200), 0)
    logo.putpalette([0, 0, 0, 200, 30, 30] + [0] * 762)
    logo.paste(1, (150, 0, 300, 200))  # right half red, left half transparent
    logo.save(source, transparency=0)
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as webp:
        assert webp.mode == "RGBA"
        assert webp.getpixel((20, 80))[3] == 0
        assert webp.getpixel((220, 80))[3] == 255
    with Image.open(tmp_path / "out" / image.share.path) as share:
        assert share.mode == "RGB"
        assert_close(share.getpixel((5, 50)), (255, 255, 255))


@pytest.mark.parametrize(("mode", "colour"), [("LA", (90, 128)), ("L", 90), ("1", 1)])
def test_grey_modes(tmp_path: Path, mode: str, colour: object) -> None:
    source = tmp_path / f"grey-{mode}.png"
    Image.new(mode, (300, 200), colour).save(source)
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert result.mode == ("RGBA" if mode == "LA" else "RGB")
        expected = {"LA": (90, 90, 90, 128), "L": (90, 90, 90), "1": (255, 255, 255)}[mode]
        assert_close(result.getpixel((150, 100)), expected, tolerance=4)


def test_animated_gif_uses_the_first_frame(tmp_path: Path) -> None:
    source = tmp_path / "animation.gif"
    frames = [Image.new("RGB", (300, 200), colour) for colour in (RED, GREEN, BLUE)]
    frames[0].save(source, save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert getattr(result, "n_frames", 1) == 1
        assert_close(result.convert("RGB").getpixel((150, 100)), RED)


def test_heic_from_a_phone(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    source = tmp_path / "IMG_0001.HEIC"
    pillow_heif.from_pillow(upright((320, 240))).save(source, quality=90)
    image = run([source], tmp_path / "out").images[str(source)]
    assert (image.width, image.height) == (320, 240)
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert_upright(result)


def test_non_srgb_profile_is_converted_and_not_embedded(tmp_path: Path) -> None:
    icc = adobe_rgb_icc()
    colour = (200, 80, 60)
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(icc)),
        ImageCms.createProfile("sRGB"),
    ).getpixel((0, 0))
    assert abs(expected[0] - colour[0]) > 20  # the profile really changes this colour
    source = tmp_path / "adobe.png"
    Image.new("RGB", (300, 200), colour).save(source, icc_profile=icc)

    image = run([source], tmp_path / "out").images[str(source)]

    for file in outputs(tmp_path / "out", image):
        with Image.open(file) as result:
            assert "icc_profile" not in result.info
            assert_close(result.getpixel((100, 50)), expected, tolerance=5)


def test_srgb_profile_is_left_alone(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = tmp_path / "srgb.png"
    Image.new("RGB", (300, 200), (200, 80, 60)).save(source, icc_profile=srgb)
    image = run([source], tmp_path / "out").images[str(source)]
    with Image.open(tmp_path / "out" / image.largest.path) as result:
        assert "icc_profile" not in result.info
        assert_close(result.getpixel((150, 100)), (200, 80, 60), tolerance=5)


# --------------------------------------------------------------------------- sizes


def test_never_upscaled(tmp_path: Path) -> None:
    medium, tiny = tmp_path / "medium.jpg", tmp_path / "tiny.png"
    upright((700, 500)).save(medium)
    upright((100, 50)).save(tiny)
    report = run([medium, tiny], tmp_path / "out", MediaConfig())
    assert [v.width for v in report.images[str(medium)].variants] == [480, 700]
    assert [v.width for v in report.images[str(tiny)].variants] == [100]
    for source in (medium, tiny):
        image = report.images[str(source)]
        for variant in [*image.variants, image.share]:
            with Image.open(tmp_path / "out" / variant.path) as result:
                assert result.size == (variant.width, variant.height)
                assert result.width <= image.width
    # The share card is cropped to 1200:630 but not enlarged.
    assert (report.images[str(medium)].share.width, report.images[str(medium)].share.height) == (
        700,
        367,
    )


def test_share_card_is_a_centred_cover_crop(tmp_path: Path) -> None:
    source = tmp_path / "portrait.jpg"
    picture = Image.new("RGB", (2000, 3000), BLUE)
    picture.paste(RED, (0, 1200, 2000, 1800))  # a red band across the middle
    picture.save(source)
    image = run([source], tmp_path / "out", MediaConfig()).images[str(source)]
    assert (image.share.width, image.share.height) == (1200, 630)
    with Image.open(tmp_path / "out" / image.share.path) as share:
        assert_close(share.getpixel((600, 315)), RED)
        assert_close(share.getpixel((600, 10)), BLUE)


def test_srcset_and_helpers(tmp_path: Path) -> None:
    source = tmp_path / "Ảnh 1.JPG"
    upright((1000, 500)).save(source, "JPEG")
    image = run([source], tmp_path / "out", MediaConfig()).images[str(source)]
    f = image.fingerprint
    assert len(f) == 12 and int(f, 16) >= 0
    assert image.srcset() == f"anh-1-{f}-480.webp 480w, anh-1-{f}-960.webp 960w, " + (
        f"anh-1-{f}-1000.webp 1000w"
    )
    assert image.srcset("/media/").startswith(f"/media/anh-1-{f}-480.webp 480w")
    assert (image.smallest.width, image.largest.width) == (480, 1000)
    assert image.share.path == f"anh-1-{f}-share.jpg" and image.share.format == "jpeg"
    assert image.fit(960).width == 960 and image.fit(100).width == 480


def test_started_job_plans_from_headers_and_finds_damage_only_when_decoding(
    tmp_path: Path,
) -> None:
    good, text, truncated = tmp_path / "good.jpg", tmp_path / "notes.jpg", tmp_path / "cut.jpg"
    upright((600, 400)).save(good)
    text.write_text("không phải ảnh\n", encoding="utf-8")
    buffer = io.BytesIO()
    noisy((600, 400)).save(buffer, "JPEG", quality=90)
    truncated.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 6 // 10])
    out = tmp_path / "out"

    job = media.start_images([good, text, truncated], out, SMALL, jobs=2)

    # Before any decoding: both JPEG headers are fine, the text file is refused already.
    assert list(job.images) == [str(good), str(truncated)]
    assert [Path(f.source).name for f in job.failures] == ["notes.jpg"]
    planned = job.images[str(good)]
    assert [v.width for v in planned.variants] == [120, 240] and planned.share.width == 200
    report = job.finish()
    assert report.images == {str(good): planned}
    assert all((out / v.path).is_file() for v in (*planned.variants, planned.share))
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == {"notes.jpg", "cut.jpg"}
    assert "incomplete or damaged" in reasons["cut.jpg"]
    assert job.finish() is report


def test_a_photo_replaced_after_planning_is_refused_not_published_wrong(tmp_path: Path) -> None:
    first, other = tmp_path / "a.jpg", tmp_path / "b.jpg"
    upright((300, 200)).save(first)
    upright((200, 300)).save(other)

    # jobs=1: the photos are read again only in finish(), after the change below (worker
    # processes could read the file before or after it).
    job = media.start_images([first, other], tmp_path / "out", SMALL, jobs=1)
    upright((400, 100)).save(tmp_path / "new.jpg")
    (tmp_path / "new.jpg").replace(first)  # copied again while the site was being built
    report = job.finish()

    assert list(report.images) == [str(other)]
    assert [Path(f.source).name for f in report.failures] == ["a.jpg"]
    assert "changed while the site was being built" in report.failures[0].reason
    again = run([first, other], tmp_path / "out")
    assert again.images[str(first)].width == 400 and not again.failures


def test_a_cancelled_job_keeps_what_was_done_for_next_time(tmp_path: Path) -> None:
    sources = []
    for number in range(6):
        sources.append(tmp_path / f"p{number}.jpg")
        noisy((400, 300)).save(sources[-1])
    out = tmp_path / "out"

    job = media.start_images(sources, out, SMALL, jobs=2)
    job.cancel()
    job.cancel()  # a second call changes nothing

    report = run(sources, out)
    assert len(report.images) == 6 and not report.failures
    assert report.processed + report.skipped == 6


def test_config_must_name_its_thumb_width() -> None:
    with pytest.raises(ValueError, match="thumb_width"):
        MediaConfig(widths=(300, 600), thumb_width=480, lightbox_width=600)


# --------------------------------------------------------------------------- broken files


def test_broken_files_fail_with_clear_reasons_and_do_not_stop_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.jpg"
    upright().save(good)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("Ảnh này ở Google Drive\n", encoding="utf-8")
    html = tmp_path / "download.jpg"
    html.write_text("<!DOCTYPE html><html><body>Sign in</body></html>")
    truncated = tmp_path / "truncated.jpg"
    buffer = io.BytesIO()
    noisy((600, 400)).save(buffer, "JPEG", quality=90)
    truncated.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 6 // 10])
    missing = tmp_path / "missing.jpg"

    report = run([empty, text, good, html, truncated, missing], tmp_path / "out", jobs=2)

    assert list(report.images) == [str(good)]
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == {
        "empty.jpg",
        "notes.jpg",
        "download.jpg",
        "truncated.jpg",
        "missing.jpg",
    }
    assert "empty (0 bytes)" in reasons["empty.jpg"]
    assert "text file, not a photo" in reasons["notes.jpg"] and ".jpg" in reasons["notes.jpg"]
    assert "web page" in reasons["download.jpg"]
    assert "incomplete or damaged" in reasons["truncated.jpg"]
    assert "could not be read" in reasons["missing.jpg"]
    assert all(reason.count(";") >= 1 for reason in reasons.values())  # says how to fix it


@pytest.mark.parametrize("size", [(500, 300), (1000, 1000)])
def test_too_many_pixels(tmp_path: Path, size: tuple[int, int]) -> None:
    # 150,000 px: our own check; 1,000,000 px: Pillow's DecompressionBombError, translated.
    source = tmp_path / "huge.png"
    Image.new("L", size).save(source)
    config = MediaConfig(max_pixels=100_000)
    report = run([source], tmp_path / "out", config)
    assert not report.images
    (failure,) = report.failures
    megapixels = f"{size[0] * size[1] / 1e6:.1f}".removesuffix(".0")
    assert f"is {megapixels} megapixels" in failure.reason
    assert "more than the 0.1 megapixel limit; resize it below 0.1 megapixels" in failure.reason
    assert failure.reason.endswith("before adding it")
    assert Image.MAX_IMAGE_PIXELS != 100_000  # Pillow's global limit is restored


# --------------------------------------------------------------------------- cache, determinism


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    sources = []
    for name, picture in {"a.jpg": noisy((900, 600)), "b.png": upright()}.items():
        picture.save(tmp_path / name, exif=full_exif(6))
        sources.append(tmp_path / name)
    first = run(sources, tmp_path / "one", MediaConfig())
    second = run(sources, tmp_path / "two", MediaConfig(), jobs=2)
    names = sorted(p.name for p in (tmp_path / "one").iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir() if p.name[0] != ".")
    assert names == sorted(
        f.name for image in first.images.values() for f in outputs(tmp_path, image)
    )
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert first.images == second.images


def test_unchanged_photos_are_not_decoded_again(tmp_path: Path, monkeypatch) -> None:
    sources = []
    for index in range(3):
        sources.append(tmp_path / f"photo-{index}.jpg")
        upright().rotate(index * 90, expand=True).save(sources[-1])
    cache = tmp_path / "cache"
    first = run(sources, tmp_path / "out", cache_dir=cache, jobs=2)
    assert (first.processed, first.skipped) == (3, 0)
    assert (cache / media.MANIFEST_NAME).is_file()

    def no_decoding(*args: object) -> None:
        raise AssertionError("an unchanged photo was decoded again")

    monkeypatch.setattr(media, "_render", no_decoding)
    progress: list[tuple[int, int, str]] = []
    second = run(sources, tmp_path / "out", cache_dir=cache, progress=lambda *a: progress.append(a))
    assert (second.processed, second.skipped, second.failures) == (0, 3, [])
    assert second.images == first.images
    assert [p[:2] for p in progress] == [(1, 3), (2, 3), (3, 3)]

    os.utime(sources[0], ns=(1, 1))  # touched (e.g. a fresh git checkout), same bytes
    third = run(sources, tmp_path / "out", cache_dir=cache)
    assert (third.processed, third.skipped) == (0, 3)


def test_missing_output_or_new_settings_are_rebuilt(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    upright().save(source)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run([source], out, cache_dir=cache).images[str(source)]
    (out / first.largest.path).unlink()
    again = run([source], out, cache_dir=cache)
    assert again.processed == 1 and (out / first.largest.path).is_file()

    other = MediaConfig(widths=(120, 240), thumb_width=120, lightbox_width=240, webp_quality=60)
    changed = run([source], out, other, cache_dir=cache).images[str(source)]
    assert changed.fingerprint != first.fingerprint  # new settings, new names: no stale caches


def test_failing_rerun_keeps_the_previous_good_outputs(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    upright().save(source)
    out, cache = tmp_path / "out", tmp_path / "cache"
    good = run([source], out, cache_dir=cache).images[str(source)]
    before = {p: p.read_bytes() for p in outputs(out, good)}

    source.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    report = run([source], out, cache_dir=cache)

    assert not report.images and len(report.failures) == 1
    assert {p: p.read_bytes() for p in outputs(out, good)} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    upright().save(source)  # fixed again: same bytes as before, found by content
    assert run([source], out, cache_dir=cache).skipped == 1


# --------------------------------------------------------------------------- command line


def make_project(root: Path) -> Path:
    hue = root / "exhibitions" / "hue"
    for folder in (
        hue / "_drafts",
        root / "docs" / "_generated",
        root / "docs" / "assets" / "fonts",
    ):
        folder.mkdir(parents=True)
    upright().save(hue / "Cầu Trường Tiền.JPG")
    upright().save(hue / "_drafts" / "draft.jpg")  # drafts are not published
    upright().save(hue / ".hidden.jpg")
    upright().save(root / "docs" / "_generated" / "generated.png")
    upright().save(root / "docs" / "assets" / "fonts" / "specimen.png")
    upright().save(root / "docs" / "logo.png")
    (hue / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42")  # not an image: silently ignored
    (hue / "exhibition.yml").write_text("title: Huế\n", encoding="utf-8")
    return root


def test_cli_project_mode(tmp_path: Path, capsys) -> None:
    project = make_project(tmp_path / "project")
    assert resize_media.main(["--project", str(project)]) == 0
    out = capsys.readouterr()
    assert "Resized 2 photo(s), skipped 0 unchanged, 0 failed" in out.out
    assert "[" in out.err and "2/2" in out.err  # plain progress lines (not a terminal)
    produced = sorted(p.name for p in (project / ".cache" / "media" / "out").iterdir())
    assert len(produced) == 2 * 2  # 300 px wide: one WebP (never enlarged) + share card
    assert {name.split("-")[0] for name in produced} == {"cau", "logo"}
    assert (project / ".cache" / "media" / media.MANIFEST_NAME).is_file()

    assert resize_media.main(["--project", str(project), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")


def test_cli_standalone_mode_reports_failures(tmp_path: Path, capsys) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    upright().save(photos / "a.jpg")
    (photos / "broken.jpg").write_text("not a photo")
    code = resize_media.main(["--input", str(photos), "--output", str(tmp_path / "web")])
    out = capsys.readouterr().out
    assert code == 1
    assert "Resized 1 photo(s), skipped 0 unchanged, 1 failed" in out
    assert "broken.jpg: this file is a text file, not a photo" in out

    (photos / "broken.jpg").unlink()
    assert resize_media.main(["--input", str(photos), "--output", str(tmp_path / "web")]) == 0
    assert "Resized 0 photo(s), skipped 1 unchanged, 0 failed" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--input", "{tmp}/nowhere", "--output", "{tmp}/web"], "there is no folder"),
        (["--input", "{tmp}"], "--input and --output go together"),
        (["--project", "{tmp}", "--widths", "480,big"], "--widths '480,big' is not a list"),
        (["--project", "{tmp}", "--jobs", "0"], "--jobs must be 1 or more"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_cli_usage_errors(tmp_path: Path, capsys, arguments: list[str], message: str) -> None:
    argv = [a.format(tmp=tmp_path) for a in arguments]
    assert resize_media.main(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_help_is_for_people(capsys) -> None:
    assert resize_media.main(["--help"]) == 0
    text = capsys.readouterr().out
    assert "python scripts/resize_media.py --input" in text
    assert "exit status" in text and "GPS" in text


def test_damaged_manifest_is_rebuilt(tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    upright().save(source)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run([source], out, cache_dir=cache)
    manifest = cache / media.MANIFEST_NAME
    for damage in ('{"version": 1, "sources": {"x": {"slug": 3}}}', "{not json"):
        manifest.write_text(damage)
        report = run([source], out, cache_dir=cache)
        assert (report.processed, report.failures) == (1, [])
        assert report.images == first.images
    assert run([source], out, cache_dir=cache).skipped == 1


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_redraws_on_a_terminal_and_prints_tenths_otherwise() -> None:
    terminal = FakeTerminal()
    bar = resize_media.ProgressBar(terminal)
    for done in range(1, 41):
        bar(done, 40, f"exhibitions/hue/photo-{done}.jpg")
    bar.finish()
    text = terminal.getvalue()
    assert text.count("\r") == 40 and text.endswith("\n")
    assert "] 40/40 photo-40.jpg" in text

    log = io.StringIO()
    bar = resize_media.ProgressBar(log)
    for done in range(1, 41):
        bar(done, 40, f"photo-{done}.jpg")
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and 10 <= len(lines) <= 11
    assert lines[-1] == "[" + "#" * 30 + "] 40/40 photo-40.jpg"


# --------------------------------------------------------------------------- hostile files


def _tiff_fields(data: bytes) -> dict[int, tuple[int, int]]:
    """Tag -> (offset of the IFD entry, value) of a little-endian TIFF's first directory."""
    ifd = struct.unpack_from("<I", data, 4)[0]
    count = struct.unpack_from("<H", data, ifd)[0]
    entries = {}
    for offset in range(ifd + 2, ifd + 2 + 12 * count, 12):
        tag, _, _, value = struct.unpack_from("<HHII", data, offset)
        entries[tag] = (offset, value)
    return entries


def tiff_with_compression(code: int) -> bytes:
    """An RGB TIFF whose Compression tag names ``code`` (its strip is really LZW)."""
    buffer = io.BytesIO()
    upright((60, 40)).save(buffer, "TIFF", compression="tiff_lzw")
    data = bytearray(buffer.getvalue())
    offset, _ = _tiff_fields(data)[259]
    struct.pack_into("<H", data, offset + 8, code)
    return bytes(data)


def damaged_fax_tiff(compression: str) -> bytes:
    """A black-and-white fax TIFF with a few bytes of its strip overwritten."""
    drawing = Image.new("1", (400, 300), 1)
    ImageDraw.Draw(drawing).ellipse((50, 50, 350, 250), fill=0)
    buffer = io.BytesIO()
    drawing.save(buffer, "TIFF", compression=compression)
    data = bytearray(buffer.getvalue())
    fields = _tiff_fields(data)
    start, length = fields[273][1], fields[279][1]
    for position in range(start + length // 3, start + length // 3 + 8):
        data[position] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("compression", ["raw", "tiff_lzw", "tiff_adobe_deflate", "jpeg"])
def test_tiff_orientation_is_applied_once_like_jpeg(tmp_path: Path, compression: str) -> None:
    sources = []
    for orientation in (3, 5, 6, 7, 8):
        stored = upright().transpose(STORED[orientation])
        formats = {"jpg": {"quality": 95}, "tif": {"compression": compression}}
        for suffix, options in formats.items():
            path = tmp_path / f"turned-{orientation}.{suffix}"
            exif = Image.Exif()
            exif[0x0112] = orientation
            stored.save(path, exif=exif, **options)
            sources.append(path)
    report = run(sources, tmp_path / "out")
    assert not report.failures
    for path in sources:
        image = report.images[str(path)]
        assert (image.width, image.height) == (300, 200), path.name
        assert [(v.width, v.height) for v in image.variants] == [(120, 80), (240, 160)]
        for file in outputs(tmp_path / "out", image):
            with Image.open(file) as result:
                assert_upright(result)


def test_very_tall_image_is_fitted_within_webp_limits(tmp_path: Path) -> None:
    source = tmp_path / "long-screenshot.jpg"
    poster = Image.new("RGB", (1080, 20000), GREY)
    poster.paste(RED, (0, 0, 1080, 400))  # the title, at the top
    poster.save(source, quality=80)
    report = run([source], tmp_path / "out", MediaConfig())
    assert not report.failures
    image = report.images[str(source)]
    assert (image.width, image.height) == (1080, 20000)
    assert [v.width for v in image.variants] == [480, 884]  # 884 x 16370: as large as WebP goes
    for variant in image.variants:
        assert max(variant.width, variant.height) <= 16383
        assert abs(variant.height - variant.width * 20000 / 1080) <= 1  # aspect kept
        with Image.open(tmp_path / "out" / variant.path) as result:
            assert result.size == (variant.width, variant.height)
    assert (image.share.width, image.share.height) == (1080, 567)
    with Image.open(tmp_path / "out" / image.share.path) as share:
        assert_close(share.getpixel((540, 100)), RED)  # the top of the poster, not its middle
        assert_close(share.getpixel((540, 500)), GREY)


def fli_header() -> bytes:
    """An Autodesk FLI animation header with one empty frame."""
    header = struct.pack("<IHHHHHH", 144, 0xAF11, 1, 32, 32, 8, 0).ljust(128, b"\0")
    return header + struct.pack("<IHH", 16, 0xF1FA, 0).ljust(16, b"\0")


def foreign_files(folder: Path) -> dict[str, str]:
    """Files named like photos whose content is another format -> the format's name."""
    eps = folder / "holiday-photo.jpg"
    eps.write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")
    Image.new("RGB", (32, 32), RED).save(folder / "texture.jpg", "DDS")
    Image.new("P", (32, 32), 1).save(folder / "game.jpg", "BLP")
    (folder / "cartoon.jpg").write_bytes(fli_header())
    Image.new("RGB", (32, 32), RED).save(folder / "icon.png", "ICO")
    return {
        "holiday-photo.jpg": "EPS",
        "texture.jpg": "DDS",
        "game.jpg": "BLP",
        "cartoon.jpg": "FLI",
        "icon.png": "ICO",
    }


def test_only_photo_formats_are_decoded(tmp_path: Path, monkeypatch) -> None:
    from PIL import EpsImagePlugin

    def no_ghostscript(*args: object, **kwargs: object) -> None:
        raise AssertionError("Ghostscript must never run on a content file")

    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", no_ghostscript)
    expected = foreign_files(tmp_path)
    report = run(sorted(tmp_path.iterdir()), tmp_path / "out")
    assert not report.images
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert set(reasons) == set(expected)
    for name, format_id in expected.items():
        assert f"({format_id}) format, which is not a photo format" in reasons[name], reasons
        assert reasons[name].endswith("export it as JPEG or PNG")
    assert "Encapsulated Postscript" in reasons["holiday-photo.jpg"]


def test_decompression_bomb_in_png_text_is_explained(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    upright((40, 30)).save(buffer, "PNG")
    png = buffer.getvalue()
    body = b"Comment\0\0" + zlib.compress(b"A" * (20 << 20), 9)  # 20 MB of text in 20 kB
    chunk = struct.pack(">I", len(body)) + b"zTXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"zTXt" + body) & 0xFFFFFFFF)
    source = tmp_path / "bomb.png"
    source.write_bytes(png[:33] + chunk + png[33:])  # right after the IHDR chunk
    (failure,) = run([source], tmp_path / "out").failures
    assert "decompression bomb" in failure.reason
    assert "MAX_TEXT_CHUNK" not in failure.reason and "Decompressed" not in failure.reason


def test_damaged_fax_tiff_is_refused_quietly(tmp_path: Path, capfd) -> None:
    source, good = tmp_path / "scan.tif", tmp_path / "good.tif"
    source.write_bytes(damaged_fax_tiff("group4"))
    upright().save(good, compression="tiff_lzw")
    report = run([source, good], tmp_path / "out", jobs=2)  # in worker processes too
    assert list(report.images) == [str(good)]
    (failure,) = report.failures
    assert "incomplete or damaged" in failure.reason and "Bad code word" in failure.reason
    assert capfd.readouterr().err == ""  # libtiff's own lines stay out of the terminal


@pytest.mark.parametrize("code", [50001, 34712])  # WebP, JPEG 2000 inside TIFF
def test_tiff_with_unreadable_compression_says_so(tmp_path: Path, capfd, code: int) -> None:
    source = tmp_path / "export.tif"
    source.write_bytes(tiff_with_compression(code))
    (failure,) = run([source], tmp_path / "out").failures
    assert "TIFF file is stored with a compression" in failure.reason
    assert failure.reason.endswith("as a TIFF without compression or with LZW compression")
    assert "damaged" not in failure.reason
    assert capfd.readouterr().err == ""


def test_libtiff_warnings_are_not_errors() -> None:
    lines = [
        "TIFFReadDirectory: Warning, Unknown field with tag 50341 (0xc4a5) encountered.",
        "Fax4Decode: Bad code word at line 90 of strip 0 (x 0).",
    ]
    assert media._library_errors(lines) == lines[1:]


def test_bmp_screenshot_is_a_photo(tmp_path: Path) -> None:
    from kit.exhibitions import content as exhibitions
    from kit.provinces import content as provinces

    source = tmp_path / "Screenshot.BMP"
    upright().save(source)
    assert media.is_image_path(source) and exhibitions.is_media(source)
    assert ".bmp" in provinces.IMAGE_EXTENSIONS
    image = run([source], tmp_path / "out").images[str(source)]
    for file in outputs(tmp_path / "out", image):
        with Image.open(file) as result:
            assert_upright(result)


def test_cli_lists_the_files_it_leaves_out(tmp_path: Path, capsys) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    upright().save(photos / "screen.bmp")
    upright().save(photos / "photo.jpg")
    Image.new("RGB", (32, 32)).save(photos / "poster.jp2", "JPEG2000")
    Image.new("RGB", (32, 32)).save(photos / "favicon.ico", "ICO")
    (photos / "layers.psd").write_bytes(b"8BPS\0\1")
    (photos / ".DS_Store").write_bytes(b"\0")  # hidden: not worth a line
    code = resize_media.main(["--input", str(photos), "--output", str(tmp_path / "web")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Resized 2 photo(s), skipped 0 unchanged, 0 failed" in out
    assert "Left out 3 file(s) that are not photos this tool resizes:" in out
    for name, kind in {"poster.jp2": ".jp2", "favicon.ico": ".ico", "layers.psd": ".psd"}.items():
        assert f"  {name}: not a photo type this tool resizes ({kind}); " in out
    assert "export it as JPEG or PNG" in out and ".DS_Store" not in out


# --------------------------------------------------------------------------- encoder effort


def test_copies_larger_than_the_thumbnail_are_encoded_with_less_effort(
    tmp_path: Path, monkeypatch
) -> None:
    used: dict[int, int] = {}
    encode = media._encode_webp

    def recording(im: Image.Image, exif: object, config: MediaConfig, method: int) -> bytes:
        used[im.width] = method
        return encode(im, exif, config, method)

    monkeypatch.setattr(media, "_encode_webp", recording)
    three = MediaConfig(widths=(120, 240, 360), thumb_width=120, lightbox_width=360)
    upright((600, 400)).save(tmp_path / "big.jpg")
    upright((100, 80)).save(tmp_path / "small.jpg")  # one copy only: it is the thumbnail
    run([tmp_path / "big.jpg"], tmp_path / "out", three)
    larger = media.WEBP_METHOD_LARGER
    assert used == {360: larger, 240: larger, 120: media.WEBP_METHOD}
    assert media.WEBP_METHOD_LARGER < media.WEBP_METHOD
    used.clear()
    run([tmp_path / "small.jpg"], tmp_path / "out", three)
    assert used == {100: media.WEBP_METHOD}


def test_encoder_effort_is_part_of_the_file_names(monkeypatch) -> None:
    before = media._fingerprint("0" * 64, SMALL)
    media._settings_text.cache_clear()
    monkeypatch.setattr(media, "WEBP_METHOD_LARGER", media.WEBP_METHOD_LARGER + 1)
    try:
        assert media._fingerprint("0" * 64, SMALL) != before
    finally:
        media._settings_text.cache_clear()
