"""Bring the provinces' sites into this site: their profiles and exhibitions, with a link back.

Usage (from the site's folder, the one holding mkdocs.yml):
    python scripts/harvest.py                          every source listed in mkdocs.yml
    python scripts/harvest.py --only lao-cai           one of them
    python scripts/harvest.py --name lao-cai --from ../asean-laocai/site
                                                       a source not listed (a folder, a .zip
                                                       or an https:// address)

The sources are listed in mkdocs.yml:

    extra:
      kit:
        harvest:
          - name: lao-cai
            from: https://asean.laocai.gov.vn/data/campaign-v1.json

Each source's open data (data/campaign-v1.json of its site) is checked against the published
schema; texts with HTML or script links, template text and images that are not real photos are
refused or left out, each with the reason. What passes is written as ordinary folders:
docs/provinces/<province>/ and exhibitions/<name>-<exhibition>/. Look at them with `make serve`,
then commit them: the site is built from them, never from the other sites directly. Running the
command again replaces what came from the same source and nothing else.

Exit codes: 0 every source harvested; 1 at least one source refused (the others were
harvested); 2 wrong usage (no mkdocs.yml, a malformed list of sources, nothing to harvest).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kit import messages
from kit.core import languages as site_languages
from kit.core.config_file import YAMLError, read_config
from kit.messages import t
from kit.opendata.harvest import Refused, harvest, source, sources_from_config

CONFIG_FILE = "mkdocs.yml"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="harvest.py",
        description="Bring the open data of the provinces' sites into this site "
        "(docs/provinces/ and exhibitions/), checked and with a link back.",
        epilog="exit codes: 0 every source harvested; 1 a source was refused; 2 wrong usage",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="the site's folder")
    parser.add_argument("--only", default="", help="harvest only the listed source of this name")
    parser.add_argument("--name", default="", help="the short name of a source not listed")
    parser.add_argument(
        "--from",
        dest="location",
        default="",
        help="where that source is: an https:// address, a built site's folder or a .zip",
    )
    messages.add_option(parser)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and 2
    messages.set_language(args.language)
    project = args.project.resolve()
    config_file = project / CONFIG_FILE
    messages.use_setting(config_file)
    if not config_file.is_file():
        print(t("Error: no {file} in {folder}", file=CONFIG_FILE, folder=project), file=sys.stderr)
        return 2
    site_languages.use(site_languages.from_config_file(config_file))
    try:
        if args.name or args.location:
            sources = [source(args.name, args.location)]
        else:
            config = read_config(config_file.read_text(encoding="utf-8"))
            sources = sources_from_config(config)
            if args.only:
                sources = [s for s in sources if s.name == args.only]
    except (Refused, OSError, UnicodeDecodeError, YAMLError) as error:
        print(f"{t('Error')}: {error}", file=sys.stderr)
        return 2
    if not sources:
        print(
            t(
                "Nothing to harvest: list the sources under 'extra: kit: harvest:' in "
                "mkdocs.yml, or give --name and --from"
            ),
            file=sys.stderr,
        )
        return 2
    refused = 0
    for outcome in harvest(project, sources):
        print(outcome.summary(), file=sys.stderr if outcome.refused else sys.stdout)
        refused += bool(outcome.refused)
    if refused:
        print(t("{count} source(s) refused: nothing of them was written.", count=refused))
        return 1
    print(t("Done: look at the pages with 'make serve', then commit the new folders."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
