"""The ASEAN member states: names in both languages, date of admission and flag file.

Reference data rather than editorial text, so it lives here once instead of being typed
into every infographic. Flags are simple SVG drawings in docs/assets/flags/<code>.svg.
"""

from __future__ import annotations

from dataclasses import dataclass

FLAG_FOLDER = "assets/flags"  # inside docs/ and the built site


@dataclass(frozen=True)
class Member:
    code: str  # ISO 3166-1 alpha-2, lower case: also the flag's file name
    name: dict[str, str]
    joined: str  # YYYY-MM-DD

    @property
    def flag(self) -> str:
        return f"{FLAG_FOLDER}/{self.code}.svg"


# ASEAN lists its members in English alphabetical order; so do we, in both languages.
MEMBERS: tuple[Member, ...] = (
    Member("bn", {"vi": "Bru-nây", "en": "Brunei"}, "1984-01-07"),
    Member("kh", {"vi": "Campuchia", "en": "Cambodia"}, "1999-04-30"),
    Member("id", {"vi": "In-đô-nê-xi-a", "en": "Indonesia"}, "1967-08-08"),
    Member("la", {"vi": "Lào", "en": "Laos"}, "1997-07-23"),
    Member("my", {"vi": "Ma-lai-xi-a", "en": "Malaysia"}, "1967-08-08"),
    Member("mm", {"vi": "Mi-an-ma", "en": "Myanmar"}, "1997-07-23"),
    Member("ph", {"vi": "Phi-líp-pin", "en": "Philippines"}, "1967-08-08"),
    Member("sg", {"vi": "Xin-ga-po", "en": "Singapore"}, "1967-08-08"),
    Member("th", {"vi": "Thái Lan", "en": "Thailand"}, "1967-08-08"),
    Member("tl", {"vi": "Đông Ti-mo", "en": "Timor-Leste"}, "2025-10-26"),
    Member("vn", {"vi": "Việt Nam", "en": "Vietnam"}, "1995-07-28"),
)

BY_CODE: dict[str, Member] = {member.code: member for member in MEMBERS}
