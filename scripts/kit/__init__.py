"""The campaign-site kit: see ARCHITECTURE.md for its packages."""

from kit.core import missing_library

missing_library.install()
