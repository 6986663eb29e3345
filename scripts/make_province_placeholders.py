"""Draw placeholder photos for the demo provinces, clearly marked as placeholders.

Usage:
    python scripts/make_province_placeholders.py            create the missing placeholders
    python scripts/make_province_placeholders.py --force    redraw every placeholder

For every destination (and cover) in docs/provinces/*/province.yml whose credit says it is a
generated placeholder ("Ảnh minh họa tạo tự động" / "Generated placeholder"), this draws a
1200 x 800 JPEG showing the destination's name in both languages and the words
"ẢNH MINH HỌA · PLACEHOLDER", in the same style as the exhibition placeholders. Real photos
(any other credit) are never touched. Replace a placeholder by copying a real photo over it
and writing the photographer's name in 'credit:'.

The placeholders are released under CC0 1.0 (public domain dedication).
Exit codes: 0 done; 1 a file could not be written; 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from make_placeholders import draw_placeholder, is_placeholder, read_metadata, save_jpeg

PROJECT = Path(__file__).resolve().parent.parent
SIZE = (1200, 800)  # enough for the 960 px page width; keeps each file well under 80 KB


def label_for(name: str) -> str:
    """The big background word: "Huế" stays, "Quảng Ninh" becomes "QN" (the picture is 1200
    pixels wide and the word is drawn 220 pixels high)."""
    words = name.removeprefix("Thành phố ").removeprefix("Tỉnh ").split()
    short = " ".join(words)
    return short.upper() if len(short) <= 6 else "".join(w[0] for w in words).upper()


def placeholder_entries(data: dict) -> list[dict]:
    """Destinations of one province whose photo is a generated placeholder."""
    entries = [d for d in data.get("destinations") or [] if isinstance(d, dict)]
    return [d for d in entries if d.get("image") and is_placeholder(d)]


def draw(entry: dict, label: str, seed: str, target: Path) -> None:
    name = entry.get("name") or {}
    picture = draw_placeholder(name.get("vi", ""), name.get("en", ""), label, seed)
    save_jpeg(picture.resize(SIZE), target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_province_placeholders.py",
        description="Create clearly marked placeholder photos for the demo provinces.",
    )
    parser.add_argument("--force", action="store_true", help="redraw existing placeholders")
    parser.add_argument("--project", type=Path, default=PROJECT, help="project folder")
    args = parser.parse_args(argv)
    root = args.project / "docs" / "provinces"
    if not root.is_dir():
        print(f"error: {root} does not exist", file=sys.stderr)
        return 2
    made = failed = 0
    for metadata in sorted(root.glob("[!_]*/province.yml")):
        data = read_metadata(metadata, args.project)
        label = label_for(str((data.get("name") or {}).get("vi") or metadata.parent.name))
        for entry in placeholder_entries(data):
            target = metadata.parent / str(entry["image"])
            if target.exists() and not args.force:
                continue
            try:
                draw(entry, label, f"{metadata.parent.name}/{target.name}", target)
            except OSError as error:
                print(f"could not write {target}: {error}", file=sys.stderr)
                failed += 1
                continue
            made += 1
            print(f"wrote {target.relative_to(args.project)} ({target.stat().st_size // 1024} KB)")
    print(f"{made} placeholder file(s) written" + (f", {failed} failed" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
