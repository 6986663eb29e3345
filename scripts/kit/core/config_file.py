"""Reading mkdocs.yml as plain data, for the kit's tools that run before (or without) MkDocs."""

from __future__ import annotations

from typing import Any

import yaml


class ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!!python/name:, !ENV, !relative): they
    become None, which is all the kit's tools need of them."""


ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)

# What the readers below raise on a text that is not valid YAML (the command-line scripts
# catch it by this name, so that they import no library before the kit).
YAMLError = yaml.YAMLError


def read_config(text: str) -> dict[str, Any]:
    """The values of an mkdocs.yml text (YAMLError if it is not valid YAML)."""
    return yaml.load(text, Loader=ConfigLoader) or {}


def read_record(text: str) -> Any:
    """The plain values of a YAML file the kit's tools wrote themselves (YAMLError if it is not
    valid YAML); content files written by editors go through kit.core.yamlfile instead."""
    return yaml.safe_load(text)
