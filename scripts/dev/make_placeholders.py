"""Draw placeholder photos for the demo exhibitions, clearly marked as placeholders.

Usage:
    python scripts/dev/make_placeholders.py            create the missing placeholder images
    python scripts/dev/make_placeholders.py --force    redraw every placeholder image

For every item of every exhibition whose photo (or video poster) is a .jpg that does not
exist yet, this draws a 1400 x 933 image showing the caption in both languages and the words
"ẢNH MINH HỌA · PLACEHOLDER". A local video item gets a short silent MP4 when ffmpeg is
installed. Real photos are never overwritten unless --force is given, and --force only
redraws files whose credit says they are generated placeholders.

The placeholders are released under CC0 1.0 (public domain dedication).
Exit codes: 0 done; 1 a file could not be written; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kit.core import yamlfile
from kit.media.drawing import font, wrap
from PIL import Image, ImageDraw

PROJECT = Path(__file__).resolve().parents[2]
SIZE = (1400, 933)
PALETTE = [(11, 58, 117), (20, 94, 110), (122, 36, 48), (52, 78, 33), (84, 50, 110), (30, 70, 140)]
MARK = "ẢNH MINH HỌA · PLACEHOLDER"
FOOTER = "Ảnh minh họa tạo tự động · Generated placeholder · CC0 1.0"


def draw_placeholder(caption_vi: str, caption_en: str, label: str, seed: str) -> Image.Image:
    """One placeholder picture; the same texts always give the same pixels."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    base = PALETTE[digest[0] % len(PALETTE)]
    image = Image.new("RGB", SIZE, base)
    draw = ImageDraw.Draw(image)
    # Soft diagonal bands so the picture is not a flat block (and compresses like one).
    for band in range(0, SIZE[0] + SIZE[1], 90):
        shade = tuple(min(255, c + 12 + (band // 90 % 2) * 10) for c in base)
        draw.polygon(
            [(band, 0), (band + 45, 0), (band + 45 - SIZE[1], SIZE[1]), (band - SIZE[1], SIZE[1])],
            fill=shade,
        )
    draw.text(
        (60, 40), label, font=font(220, bold=True), fill=tuple(min(255, c + 45) for c in base)
    )
    draw.rectangle([0, 330, SIZE[0], 400], fill=(242, 194, 0))
    draw.text((60, 340), MARK, font=font(44, bold=True), fill=(20, 20, 20))
    y = 450
    for text, face in ((caption_vi, font(46, bold=True)), (caption_en, font(38))):
        for line in wrap(draw, text, face, SIZE[0] - 120)[:3]:
            draw.text((60, y), line, font=face, fill=(255, 255, 255))
            y += int(face.size * 1.35)
        y += 24
    draw.text((60, SIZE[1] - 70), FOOTER, font=font(28), fill=(230, 230, 230))
    return image


def save_jpeg(image: Image.Image, path: Path) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".jpg", delete=False) as handle:
        image.save(handle, "JPEG", quality=60, optimize=True, progressive=True)
    temporary = Path(handle.name)
    temporary.chmod(0o644)  # NamedTemporaryFile creates private files
    temporary.replace(path)


def make_video(poster: Image.Image, path: Path) -> bool:
    """A 4-second silent MP4 made from the poster with a moving bar; needs ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        print(f"skipped {path.name}: install ffmpeg to create the placeholder video")
        return False
    with tempfile.TemporaryDirectory() as work:
        small = poster.resize((640, 426))
        for frame in range(48):
            picture = small.copy()
            ImageDraw.Draw(picture).rectangle(
                [0, 410, int(640 * (frame + 1) / 48), 426], fill=(242, 194, 0)
            )
            picture.save(Path(work) / f"f{frame:03d}.png")
        command = [
            ffmpeg,
            "-loglevel",
            "error",
            "-y",
            "-framerate",
            "12",
            "-i",
            str(Path(work) / "f%03d.png"),
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            "-preset",
            "veryslow",
            "-crf",
            "30",
            "-map_metadata",
            "-1",
            "-fflags",
            "+bitexact",
            str(path),
        ]
        subprocess.run(command, check=True)
    return True


def is_placeholder(item: dict) -> bool:
    credit = item.get("credit")
    text = " ".join(credit.values()) if isinstance(credit, dict) else str(credit or "")
    return "tạo tự động" in text or "generated" in text.lower()


def read_metadata(path: Path, project: Path) -> dict:
    """The values of a content YAML file, or nothing (the problem printed) if it is unusable."""
    try:
        data = yamlfile.load(path, path.relative_to(project).as_posix())
    except yamlfile.YamlError as error:
        print(f"skipped: {error.problem}", file=sys.stderr)
        return {}
    return data if isinstance(data, dict) else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_placeholders.py",
        description="Create clearly marked placeholder photos for the demo exhibitions.",
    )
    parser.add_argument("--force", action="store_true", help="redraw existing placeholders")
    parser.add_argument("--project", type=Path, default=PROJECT, help="project folder")
    args = parser.parse_args(argv)
    root = args.project / "exhibitions"
    if not root.is_dir():
        print(f"error: {root} does not exist", file=sys.stderr)
        return 2
    made = 0
    for metadata in sorted(root.glob("[!_]*/exhibition.yml")):
        data = read_metadata(metadata, args.project)
        for item in data.get("items") or []:
            if not is_placeholder(item):
                continue
            caption = item.get("caption") or {}
            label = str(item.get("date") or "ASEAN")[:4]
            picture = draw_placeholder(
                caption.get("vi", ""),
                caption.get("en", ""),
                label,
                f"{metadata.parent.name}/{item.get('file')}",
            )
            for key in ("file", "poster"):
                name = str(item.get(key) or "")
                target = metadata.parent / name
                if not name or (target.exists() and not args.force):
                    continue
                if name.lower().endswith(".jpg"):
                    save_jpeg(picture, target)
                elif name.lower().endswith(".mp4") and not make_video(picture, target):
                    continue
                else:
                    continue
                made += 1
                print(f"wrote {target.relative_to(args.project)}")
    print(f"{made} placeholder file(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
