"""The ASEAN member states: code, date of admission and flag file; their names in each
language are in the interface label catalogues (``countries:`` in scripts/kit/labels/).

Reference data rather than editorial text, so it lives here once instead of being typed
into every infographic. Flags are simple SVG drawings in docs/assets/flags/<code>.svg.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit.core.labels import Names

FLAG_FOLDER = "assets/flags"  # inside docs/ and the built site


@dataclass(frozen=True)
class Member:
    code: str  # ISO 3166-1 alpha-2, lower case: also the flag's file name
    joined: str  # YYYY-MM-DD

    @property
    def name(self) -> Names:
        """``member.name["vi"]``: the name in any language that has a label catalogue."""
        return Names("countries", self.code)

    @property
    def flag(self) -> str:
        return f"{FLAG_FOLDER}/{self.code}.svg"


# ASEAN lists its members in English alphabetical order; so do we, in both languages.
MEMBERS: tuple[Member, ...] = (
    Member("bn", "1984-01-07"),
    Member("kh", "1999-04-30"),
    Member("id", "1967-08-08"),
    Member("la", "1997-07-23"),
    Member("my", "1967-08-08"),
    Member("mm", "1997-07-23"),
    Member("ph", "1967-08-08"),
    Member("sg", "1967-08-08"),
    Member("th", "1967-08-08"),
    Member("tl", "2025-10-26"),
    Member("vn", "1995-07-28"),
)

BY_CODE: dict[str, Member] = {member.code: member for member in MEMBERS}
