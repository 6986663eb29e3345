"""Content an honest editor never writes, which must fail the build fast and clearly."""

from __future__ import annotations


def alias_bomb(levels: int) -> str:
    """YAML 'billion laughs': each level is nine aliases of the level before (nine levels
    stand for 387 million copies of one word)."""
    lines = ['l0: &l0 ["cười", "cười", "cười", "cười", "cười", "cười", "cười", "cười", "cười"]']
    for level in range(1, levels):
        aliases = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def deep_list(levels: int, indent: str = "", step: str = "    ") -> str:
    """A Markdown list nested ``levels`` deep, each level indented by ``step`` more."""
    return "".join(f"{indent}{step * level}- mức {level + 1}\n" for level in range(levels))
