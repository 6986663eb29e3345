"""Say clearly which program `make test` needs and is missing, and how to install it.

Usage (the Makefile runs it before the tests, with the system's python3):
    python3 scripts/check_tools.py npm java

Only the Python standard library is used: it runs before the virtual environment exists.

Exit codes: 0 every program was found; 1 something is missing (the message names it and the
install command for Debian/Ubuntu); 2 wrong usage.
"""

from __future__ import annotations

import shutil
import sys

# program -> (what it is for, in Vietnamese; in English; the Debian/Ubuntu packages)
TOOLS = {
    "npm": (
        "Node.js và npm, để cài các công cụ kiểm tra (axe-core, vnu-jar, Lighthouse)",
        "Node.js and npm, to install the checkers (axe-core, vnu-jar, Lighthouse)",
        "nodejs npm",
    ),
    "java": (
        "Java, để chạy trình kiểm tra HTML (vnu-jar)",
        "Java, to run the HTML checker (vnu-jar)",
        "default-jre-headless",
    ),
}


def missing_message(missing: list[str]) -> str:
    """The bilingual message naming the missing programs and the one install command."""
    packages = " ".join(TOOLS[name][2] for name in missing)
    command = f"sudo apt-get install -y {packages}"
    vi = "\n".join(f"  - {name}: {TOOLS[name][0]}" for name in missing)
    en = "\n".join(f"  - {name}: {TOOLS[name][1]}" for name in missing)
    return (
        f"Thiếu chương trình mà `make test` cần:\n{vi}\n"
        f"Cài trên Debian/Ubuntu bằng lệnh:\n  {command}\n"
        "rồi chạy lại `make test`. (`make site` không cần các chương trình này.)\n\n"
        f"`make test` needs programs that are not installed:\n{en}\n"
        f"Install them on Debian/Ubuntu with:\n  {command}\n"
        "then run `make test` again. (`make site` does not need them.)\n"
        "README.md, 'The two commands', lists everything the tests need."
    )


def main(argv: list[str] | None = None) -> int:
    names = sys.argv[1:] if argv is None else argv
    unknown = [name for name in names if name not in TOOLS]
    if not names or unknown:
        print(f"usage: check_tools.py {' '.join(TOOLS)}", file=sys.stderr)
        return 2
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
