"""Small quiz and tag files for the tests of kit/quizzes and kit/discover."""

from __future__ import annotations

from pathlib import Path

from conftest import write

QUIZ_SLUG = "do-vui"
QUIZ_YAML = """\
title: {vi: "Đố vui ASEAN", en: "ASEAN quiz"}
intro: {vi: "Ba câu hỏi ngắn.", en: "Three short questions."}
questions:
  - question: {vi: "Việt Nam gia nhập ASEAN năm nào?", en: "When did Vietnam join ASEAN?"}
    choices: ["1967", "1995", "1999"]
    answer: 2
    explanation: {vi: "Năm 1995, là thành viên thứ bảy.", en: "In 1995, as the seventh member."}
    learn_more: about/
  - question: {vi: "Cờ ASEAN có màu nền gì?", en: "What colour is the ASEAN flag's background?"}
    choices:
      - {vi: "Xanh lam", en: "Blue"}
      - {vi: "Đỏ", en: "Red"}
    answer: 1
    explanation: {vi: "Nền xanh lam, bó lúa mười nhánh.", en: "Blue, with ten rice stalks."}
    learn_more: about/
  - question: {vi: "Thủ đô của Lào là gì?", en: "What is the capital of Laos?"}
    choices: ["Viêng Chăn", "Phnôm Pênh"]
    answer: 1
    explanation: {vi: "Thủ đô của Lào là Viêng Chăn.", en: "The capital of Laos is Vientiane."}
    learn_more: index.md
"""

TAGS_YAML = """\
themes:
  - id: di-san
    name: {vi: "Di sản thế giới", en: "World Heritage"}
  - id: le-hoi
    name: {vi: "Lễ hội", en: "Festivals"}
"""


def write_quiz(project: Path, text: str = QUIZ_YAML, slug: str = QUIZ_SLUG) -> Path:
    return write(project / "docs" / "_data" / "quizzes" / f"{slug}.yml", text)


def write_tags(project: Path, text: str = TAGS_YAML) -> Path:
    return write(project / "docs" / "_data" / "tags.yml", text)
