"""Reading mkdocs.yml as plain data, for the kit's tools that run before (or without) MkDocs."""

from __future__ import annotations

from typing import Any

import yaml


class ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!!python/name:, !ENV, !relative): they
    become None, which is all the kit's tools need of them."""


ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(text: str) -> dict[str, Any]:
    """The values of an mkdocs.yml text (yaml.YAMLError if it is not valid YAML)."""
    return yaml.load(text, Loader=ConfigLoader) or {}
