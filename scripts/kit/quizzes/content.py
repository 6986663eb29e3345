"""Quizzes: one YAML file per quiz, docs/_data/quizzes/<slug>.yml.

Each question has its choices, the number of the right one, a short explanation and the
address of the page of this site that teaches it (``learn_more: pillars/economic/``). This
module reads and validates the files: every problem names the file and line, says what is
wrong and how to fix it. A broken question is left out and the rest of the quiz is still
published; a strict build fails on the warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit import schemas
from kit.core import languages as site_languages
from kit.core import yamlfile
from kit.core.files import folder_state
from kit.core.problems import Problem
from kit.core.slugs import slugify
from kit.core.yamlfile import Located
from kit.messages import t

DATA_FOLDER = "_data/quizzes"  # inside docs/
QUIZ_KEYS = schemas.keys("quiz")
QUESTION_KEYS = schemas.keys("quiz", "#question")
MIN_CHOICES = schemas.node("quiz", "#question", "choices")["minItems"]
MAX_CHOICES = schemas.node("quiz", "#question", "choices")["maxItems"]
# Sections whose pages the build writes from other sources: their addresses are checked
# against those sources, not against files in docs/.
GENERATED_SECTIONS = ("exhibitions", "infographics", "provinces", "discover", "quiz")
_ADDRESS = re.compile(r"^[a-z0-9][a-z0-9/._-]*$")

Localized = dict[str, str]


@dataclass(frozen=True)
class Question:
    question: Localized
    choices: tuple[Localized, ...]
    answer: int  # the right choice, counting from 0
    explanation: Localized
    learn_more: str  # "pillars/economic/": from the root of the site, in any language


@dataclass
class Quiz:
    slug: str
    file: Path
    title: Localized
    intro: Localized
    order: int = 100
    questions: list[Question] = field(default_factory=list)


def load_quizzes(project: Path, docs_dir: Path) -> tuple[list[Quiz], list[Problem]]:
    """Every quiz in ``docs_dir/_data/quizzes`` ("_" files are templates)."""
    folder = docs_dir / DATA_FOLDER
    quizzes: list[Quiz] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return quizzes, problems
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("_", ".")) or path.suffix not in (".yml", ".yaml"):
            continue
        display = f"{docs_dir.name}/{DATA_FOLDER}/{path.name}"
        quiz, found = load_quiz(path, display, project, docs_dir)
        problems += found
        if quiz is not None:
            quizzes.append(quiz)
    quizzes.sort(key=lambda q: (q.order, q.slug))
    return quizzes, problems


def load_quiz(
    path: Path, display: str, project: Path, docs_dir: Path
) -> tuple[Quiz | None, list[Problem]]:
    reader = yamlfile.FieldReader(display)
    data = reader.named_file(
        path, t("the file must be 'key: value' lines (title:, intro:, questions:)")
    )
    if data is None:
        return None, reader.problems
    context = t("the quiz")
    reader.keys(data, QUIZ_KEYS, context)
    title = reader.text(data, "title", context, required=True)
    intro = reader.text(data, "intro", context, required=True)
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        reader.problem(data, "order", t("'order' must be a whole number, such as 1"))
        order = 100
    questions = _read_questions(reader, data, project, docs_dir)
    if title is None or intro is None or not questions:
        return None, reader.problems
    return Quiz(path.stem, path, title, intro, order, questions), reader.problems


def _read_questions(
    reader: yamlfile.FieldReader, data: Located, project: Path, docs_dir: Path
) -> list[Question]:
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        reader.problem(
            data,
            "questions" if "questions" in data else None,
            t("the quiz needs 'questions:', a list of '- question: ...' entries"),
            t("copy a question from {template} and change its texts", template=TEMPLATE_HINT),
        )
        return []
    questions = []
    for number, entry in enumerate(raw, start=1):
        context = t("question {number}", number=number)
        if not isinstance(entry, dict):
            reader.problem(
                raw, None, t("{place} must be 'question:', 'choices:', ... lines", place=context)
            )
            continue
        question = _read_question(reader, entry, context, project, docs_dir)
        if question is not None:
            questions.append(question)
    return questions


TEMPLATE_HINT = f"docs/{DATA_FOLDER}/_template.yml"


def _read_question(
    reader: yamlfile.FieldReader,
    entry: Located,
    context: str,
    project: Path,
    docs_dir: Path,
) -> Question | None:
    before = len(reader.problems)
    reader.keys(entry, QUESTION_KEYS, context)
    text = reader.text(entry, "question", context, required=True)
    choices = _read_choices(reader, entry, context)
    answer = _read_answer(reader, entry, context, len(choices) if choices else None)
    explanation = reader.text(entry, "explanation", context, required=True)
    learn_more = _read_address(reader, entry, context, project, docs_dir)
    if (
        len(reader.problems) > before
        or text is None
        or choices is None
        or answer is None
        or explanation is None
        or learn_more is None
    ):
        return None
    return Question(text, choices, answer, explanation, learn_more)


def _read_choices(
    reader: yamlfile.FieldReader, entry: Located, context: str
) -> tuple[Localized, ...] | None:
    raw = entry.get("choices")
    example = '\n    choices:\n      - {vi: "...", en: "..."}\n      - {vi: "...", en: "..."}'
    if not isinstance(raw, list) or not MIN_CHOICES <= len(raw) <= MAX_CHOICES:
        reader.problem(
            entry,
            "choices" if "choices" in entry else None,
            t(
                "{place} needs 'choices:', a list of {least} to {most} answers",
                place=context,
                least=MIN_CHOICES,
                most=MAX_CHOICES,
            ),
            t("write them as {example}", example=example),
        )
        return None
    choices = []
    for number, value in enumerate(raw, start=1):
        place = t("choice {number} of {place}", number=number, place=context)
        # A name or a number ("1967", "Jakarta") may be written once for every language.
        line = value.line if isinstance(value, Located) else _line(entry, "choices") + number
        located = Located(choice=value)
        located.line, located.key_lines = line, {"choice": line}
        choice = reader.text(located, "choice", place, required=True, plain_ok=True)
        if choice is None:
            return None
        choices.append(choice)
    if len({tuple(sorted(c.items())) for c in choices}) != len(choices):
        reader.problem(entry, "choices", t("two choices of {place} are the same", place=context))
        return None
    return tuple(choices)


def _line(entry: Any, key: str) -> int:
    return entry.line_of(key) if isinstance(entry, Located) else 0


def _read_answer(
    reader: yamlfile.FieldReader, entry: Located, context: str, count: int | None
) -> int | None:
    value = entry.get("answer")
    if value is None:
        reader.problem(
            entry,
            None,
            t("{place} has no '{key}'", place=context, key="answer"),
            t("add 'answer: 2' with the number of the right choice, counting from 1"),
        )
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        reader.problem(
            entry,
            "answer",
            t(
                "'answer: {value}' of {place} is not the number of a choice",
                value=value,
                place=context,
            ),
            t("write the number of the right choice, counting from 1: 'answer: 2' for the second"),
        )
        return None
    if count is not None and value > count:
        reader.problem(
            entry,
            "answer",
            t(
                "'answer: {value}' of {place} points past the last of its {count} choices",
                value=value,
                place=context,
                count=count,
            ),
            t("write the number of the right choice, counting from 1: 'answer: 2' for the second"),
        )
        return None
    return value - 1


def _read_address(
    reader: yamlfile.FieldReader,
    entry: Located,
    context: str,
    project: Path,
    docs_dir: Path,
) -> str | None:
    raw = entry.get("learn_more")
    example = "learn_more: pillars/economic/"
    if not isinstance(raw, str) or not raw.strip():
        reader.problem(
            entry,
            "learn_more" if "learn_more" in entry else None,
            t("{place} has no '{key}'", place=context, key="learn_more"),
            t(
                "add the address of the page of this site that teaches the answer, "
                "e.g. '{example}'",
                example=example,
            ),
        )
        return None
    address = raw.strip().lstrip("/")
    first = address.split("/", 1)[0]
    if re.match(r"^[a-z][a-z0-9+.-]*:", raw.strip()) or "//" in raw:
        reader.problem(
            entry,
            "learn_more",
            t("'learn_more' of {place} must be a page of this site", place=context),
            t(
                "write its address without 'https://' and the site's name, e.g. '{example}'",
                example=example,
            ),
        )
        return None
    if first in site_languages.active().codes and not site_languages.active().get(first).default:
        reader.problem(
            entry,
            "learn_more",
            t(
                "'learn_more' of {place} starts with the language '{code}/'",
                place=context,
                code=first,
            ),
            t(
                "leave it out ('{address}'): each language's quiz links to the page in its "
                "language",
                address=address.split("/", 1)[1] if "/" in address else "",
            ),
        )
        return None
    if not _ADDRESS.match(address) or ".." in address.split("/"):
        reader.problem(
            entry,
            "learn_more",
            t("'{address}' in {place} is not a page address", address=raw, place=context),
            t(
                "write it as lower-case letters, digits, dashes and '/', e.g. '{example}'",
                example=example,
            ),
        )
        return None
    address = address.removesuffix("index.md").removesuffix(".md")
    if address and not address.endswith("/"):
        address += "/"
    if not page_exists(project, docs_dir, address):
        reader.problem(
            entry,
            "learn_more",
            t(
                "{place} links to '{address}', which is not a page of this site",
                place=context,
                address=address,
            ),
            t(
                "open the page in the browser and copy its address after the site's name, "
                "without the language, e.g. '{example}'",
                example=example,
            ),
        )
        return None
    return address


def page_exists(project: Path, docs_dir: Path, address: str) -> bool:
    """Whether ``address`` ("pillars/economic/", "exhibitions/x/item/") is a page the build
    publishes: a Markdown file in docs/, or a page made from an exhibition, infographic or
    province."""
    parts = [part for part in address.split("/") if part]
    if not parts:
        return True  # the home page
    base = docs_dir.joinpath(*parts)
    codes = site_languages.active().codes
    candidates = [base.with_name(base.name + ".md"), base / "index.md"]
    candidates += [base.with_name(f"{base.name}.{code}.md") for code in codes]
    candidates += [base / f"index.{code}.md" for code in codes]
    if any(path.is_file() for path in candidates):
        return True
    section, rest = parts[0], parts[1:]
    if section not in GENERATED_SECTIONS:
        return False
    if not rest or section in ("discover", "quiz"):
        return True  # a section's index, or pages made from tags and quizzes
    if section == "exhibitions":
        folder = project / "exhibitions" / rest[0]
        if not (folder / "exhibition.yml").is_file() or len(rest) > 2:
            return False
        return len(rest) == 1 or _exhibition_has_item(folder, rest[1])
    if section == "infographics":
        return len(rest) == 1 and (docs_dir / "_data" / "infographics" / f"{rest[0]}.yml").is_file()
    return len(rest) == 1 and (docs_dir / "provinces" / rest[0] / "province.yml").is_file()


def _exhibition_has_item(folder: Path, item: str) -> bool:
    """An item's page is named by its 'id:' or its file's name."""
    if any(slugify(path.stem) == item for path in folder.iterdir() if path.is_file()):
        return True
    text = (folder / "exhibition.yml").read_text(encoding="utf-8", errors="replace")
    return re.search(rf"^\s*-?\s*id:\s*['\"]?{re.escape(item)}['\"]?\s*$", text, re.M) is not None


class Library:
    """The quizzes as last loaded, reloaded only when a quiz file changed (or the pages their
    'learn_more:' addresses point at)."""

    def __init__(self) -> None:
        self.key: tuple | None = None
        self.quizzes: list[Quiz] = []
        self.problems: list[Problem] = []

    def refresh(self, project: Path, docs_dir: Path) -> bool:
        key: tuple[Any, ...] = (folder_state(docs_dir / DATA_FOLDER), _pages_state(docs_dir))
        if key == self.key:
            return False
        self.key = key
        self.quizzes, self.problems = load_quizzes(project, docs_dir)
        return True


def _pages_state(docs_dir: Path) -> tuple[str, ...]:
    """The names of the editors' Markdown files in docs/ (renaming one can break a
    'learn_more:'); the folders the build writes are left out."""
    return tuple(
        sorted(
            str(path.relative_to(docs_dir))
            for path in [*docs_dir.glob("*.md"), *docs_dir.glob("*/*.md")]
            if path.parent == docs_dir
            or (
                not (path.parent / ".generated").exists()
                and path.parent.name not in (*GENERATED_SECTIONS, "translation-status")
            )
        )
    )
