"""What templates get for a picture, with links relative to the page that shows it: shared by
every kind of content (one picture format for the whole site)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from kit.media.pipeline import ProcessedImage

MEDIA_FOLDER = "media"  # inside the built site


@dataclass(frozen=True)
class Links:
    """Turns site-root paths into links relative to the page being rendered."""

    page_url: str

    def __call__(self, target: str) -> str:
        base = self.page_url.strip("/") or "."
        relative = posixpath.relpath(target.rstrip("/") or ".", base)
        return (
            relative + "/"
            if target.endswith("/") and relative != "."
            else ("./" if relative == "." else relative)
        )


def image_view(
    image: ProcessedImage | None, links: Links, alt: str, sizes: str
) -> dict[str, object] | None:
    if image is None:
        return None
    media = lambda variant: links(f"{MEDIA_FOLDER}/{variant.path}")  # noqa: E731
    thumb = image.fit(480)
    return {
        "src": media(thumb),
        "srcset": ", ".join(f"{media(v)} {v.width}w" for v in image.variants),
        "sizes": sizes,
        "width": thumb.width,
        "height": thumb.height,
        "large": media(image.largest),
        "share": media(image.share),
        "share_path": f"{MEDIA_FOLDER}/{image.share.path}",  # from the site root, for og:image
        "alt": alt,
    }
