"""Messages in the editor's language: the catalogue, the choice of language, plain YAML syntax
errors, MkDocs' own lines, and what `make site` prints (tests/kit/test_messages.py)."""

from __future__ import annotations

import ast
import functools
import logging
import string
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import build_site
import pytest
from check_translations import format_report
from conftest import SCRIPTS, make_kit_project, write
from exhibition_fixtures import good_exhibition
from kit import messages
from kit.build import mkdocs_log
from kit.core import field_paths, yamlfile
from kit.core.problems import Problem
from kit.exhibitions.content import load_exhibitions
from kit.messages import t
from kit.messages.vi import VI
from kit.translations.findings import Finding, TranslationReport

pytestmark = pytest.mark.unit

VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


@pytest.fixture(autouse=True)
def language_state() -> Iterator[None]:
    """Each test starts from the environment's language (English in tests) and leaves it so."""
    messages.set_language(None)
    messages.use_setting_value(None)
    yield
    messages.set_language(None)
    messages.use_setting_value(None)


# --------------------------------------------------------------------------- the catalogue


@functools.cache
def message_keys() -> dict[str, str]:
    """Every key given as text to t() or N_() anywhere under scripts/, with its file."""
    keys: dict[str, str] = {}
    for path in sorted(SCRIPTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            function = node.func
            name = getattr(function, "id", None) or getattr(function, "attr", None)
            argument = node.args[0]
            if name in ("t", "N_") and isinstance(argument, ast.Constant):
                keys.setdefault(argument.value, path.relative_to(SCRIPTS).as_posix())
    return keys


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_a_vietnamese_wording() -> None:
    keys = message_keys()
    assert len(keys) > 100
    missing = {key: file for key, file in keys.items() if key not in VI}
    assert missing == {}


def test_the_catalogue_holds_no_unused_message() -> None:
    assert sorted(set(VI) - set(message_keys())) == []


def test_each_wording_keeps_the_values_of_its_message() -> None:
    different = {key: text for key, text in VI.items() if fields(key) != fields(text)}
    assert different == {}


def test_vietnamese_wording_is_composed_unicode_with_diacritics() -> None:
    assert [text for text in VI.values() if unicodedata.normalize("NFC", text) != text] == []
    # A sentence of three words or more without a single Vietnamese letter was not translated.
    plain = [
        text
        for text in VI.values()
        if len(text.split()) >= 3 and not VIETNAMESE_LETTERS & set(text.lower())
    ]
    assert plain == []


# --------------------------------------------------------------------------- the language


def test_vietnamese_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(messages.ENVIRONMENT)
    assert messages.language() == "vi"
    assert t("Fix") == "Cách sửa"


def test_the_environment_chooses_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    assert t("Fix") == "Cách sửa"
    monkeypatch.setenv(messages.ENVIRONMENT, "en")
    assert t("Fix") == "Fix"


def test_mkdocs_yml_setting_chooses_the_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(messages.ENVIRONMENT)
    config = write(tmp_path / "mkdocs.yml", "site_name: x\nextra:\n  kit:\n    messages: en\n")
    assert messages.read_setting(config) == "en"
    messages.use_setting(config)
    assert messages.language() == "en"
    # The environment (tests, CI) wins over the file, and the --language option over both.
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    assert messages.language() == "vi"
    messages.set_language("en")
    assert messages.language() == "en"


def test_a_missing_or_broken_mkdocs_yml_says_nothing(tmp_path: Path) -> None:
    assert messages.read_setting(tmp_path / "absent.yml") is None
    assert messages.read_setting(write(tmp_path / "mkdocs.yml", "extra: [\n")) is None
    assert (
        messages.read_setting(write(tmp_path / "other.yml", "extra: {kit: {messages: fr}}")) is None
    )


def test_a_problem_is_shown_in_either_language() -> None:
    problem = Problem(
        "exhibitions/x/exhibition.yml:12",
        t(
            "the date '{date}' of {place} is not understood",
            date="28/7",
            place=t("item {number}", number=3),
        ),
        t("write it as 1995, 1995-07 or 1995-07-28 (year-month-day)"),
    )
    assert problem.render("vi") == (
        "exhibitions/x/exhibition.yml:12: ngày '28/7' của mục thứ 3 không đúng dạng. "
        "Cách sửa: viết theo dạng 1995, 1995-07 hoặc 1995-07-28 (năm-tháng-ngày)"
    )
    assert problem.render("en") == (
        "exhibitions/x/exhibition.yml:12: the date '28/7' of item 3 is not understood. "
        "Fix: write it as 1995, 1995-07 or 1995-07-28 (year-month-day)"
    )
    assert str(problem) == problem.render("en")  # the tests' environment


# --------------------------------------------------------------------------- items counted from 1


def test_a_field_is_named_by_its_item_counted_from_one() -> None:
    shown = field_paths.shown("items[16].caption.en", {"items[16]": "anh-le-ky.jpg"})
    assert shown == {
        "vi": "mục thứ 17 (anh-le-ky.jpg), chú thích tiếng Anh",
        "en": "item 17 (anh-le-ky.jpg), English caption",
    }
    assert field_paths.shown("sections[0].title.vi")["vi"] == "phần thứ 1, tiêu đề tiếng Việt"


def test_the_exhibition_loader_names_items_by_number_and_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exhibition_fixtures import GOOD_YAML

    folder = good_exhibition(
        tmp_path / "exhibitions" / "thu",
        GOOD_YAML.replace('caption: {vi: "Ảnh ba", en: "Photo three"}', 'caption: {vi: "Ảnh ba"}'),
    )
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    _, problems = load_exhibitions(folder.parent)
    assert [p.message for p in problems] == [
        "chú thích tiếng Anh của mục thứ 3 (anh-3.jpg) bị thiếu hoặc để trống"
    ]
    assert problems[0].render("en") == (
        f"{problems[0].file}: the English caption of item 3 (anh-3.jpg) is missing or empty. "
        "Fix: write the English text after 'en:' under 'caption:'"
    )


# --------------------------------------------------------------------------- the report's lines


def test_the_report_never_breaks_a_file_name_at_a_hyphen(tmp_path: Path) -> None:
    # A long first word puts the file name across the end of the second line of the report.
    message = "chưa có trang này: " + "x" * 74 + " docs/dac-san.vi.md chưa có bản tiếng Anh"
    fix = "tạo tệp docs/dac-san.en.md"
    finding = Finding(
        "docs/dac-san.vi.md",
        "missing-page",
        "gap",
        message,
        fix,
        "pages",
        texts={"vi": (message, fix)},
    )
    report = TranslationReport(tmp_path, ("vi", "en"), [finding], {"pages": ["docs/dac-san.vi.md"]})
    lines = format_report(report, "vi").splitlines()
    assert not [line for line in lines if line.rstrip().endswith("-")]
    assert any("docs/dac-san.vi.md chưa có bản tiếng Anh" in line for line in lines), lines


# --------------------------------------------------------------------------- YAML syntax errors


def syntax_problem(text: str, language: str) -> Problem:
    messages.set_language(language)
    with pytest.raises(yamlfile.YamlError) as raised:
        yamlfile.parse(text, "exhibitions/thu/exhibition.yml")
    return raised.value.problem


def test_a_tab_is_shown_with_its_line_and_a_marker() -> None:
    problem = syntax_problem('title:\n  vi: "Tựa"\n\ten: "Title"\n', "vi")
    assert problem.file == "exhibitions/thu/exhibition.yml:3"
    assert problem.message == "không đọc được tệp: dòng này có ký tự tab"
    assert problem.context.splitlines() == ['    3 |  en: "Title"', "      | ^"]
    assert problem.fix == "thay ký tự tab bằng dấu cách, thẳng hàng với các dòng cùng cấp"


def test_an_unquoted_colon_is_marked_where_it_is() -> None:
    problem = syntax_problem("title:\n  vi: Hà Nội: 30 năm\n  en: Hanoi\n", "vi")
    assert problem.file == "exhibitions/thu/exhibition.yml:2"
    assert "đoạn chữ có dấu ':' nhưng không nằm trong ngoặc kép" in problem.message
    line, marker = problem.context.splitlines()
    assert line == "    2 |   vi: Hà Nội: 30 năm"
    assert marker.index("^") == line.index(": 30")
    assert problem.fix.startswith("đặt chữ có dấu ':' trong ngoặc kép")
    assert 'vi: "Hà Nội: 30 năm"' in problem.fix


def test_word_curly_quotes_are_named() -> None:
    problem = syntax_problem("title:\n  vi: “Hà Nội: 30 năm”\n", "vi")
    assert "ngoặc kép cong “ ” (chép từ Word)" in problem.message
    assert problem.fix == 'thay “ và ” bằng ngoặc kép thẳng ", ví dụ: vi: "Hà Nội: 30 năm"'


@pytest.mark.parametrize(
    "text",
    [
        'title:\n  vi: "Tựa"\n   en: "Title"\n',  # deeper than its neighbour
        'items:\n  - file: a.jpg\n   caption: "x"\n',  # less deep than its neighbour
    ],
)
def test_bad_indentation_is_explained(text: str) -> None:
    problem = syntax_problem(text, "vi")
    assert problem.file == "exhibitions/thu/exhibition.yml:3"
    assert problem.message == (
        "không đọc được tệp: dòng này không thẳng hàng với các dòng cùng cấp"
    )
    assert problem.fix == "các dòng cùng cấp phải thẳng hàng, lùi vào bằng dấu cách"
    line, marker = problem.context.splitlines()
    assert marker.index("^") == len(line) - len(line.split("| ", 1)[1].lstrip())


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        ('title: "abc\n', "a text in quotes is never closed"),
        ("title: *bold* text\n", "a text starts with '*'"),
        ("nav: [\n", "a list opened with '[' or '{' is never closed"),
        ('title: "abc" more\n', "there is more text after the closing quote mark"),
        ("title:\n  vi: a\n  en\nnext: b\n", "a line has no ':' after its name"),
    ],
)
def test_other_common_mistakes_have_a_plain_explanation(text: str, wording: str) -> None:
    problem = syntax_problem(text, "en")
    assert problem.message == f"the file cannot be read: {wording}" or wording in problem.message
    assert "^" in problem.context
    assert "YAML" not in str(problem) and "scalar" not in str(problem)


# --------------------------------------------------------------------------- refusals


def test_a_symbolic_link_is_refused_in_vietnamese(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kit.quality.source_links import find_links

    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "secret.md").symlink_to(write(tmp_path / "outside.txt", "x"))
    [problem] = find_links(tmp_path, [docs])
    assert str(problem) == (
        "docs/secret.md: tệp này là một lối tắt (shortcut) tới chỗ khác; trang web không bao "
        "giờ đăng lối tắt. Cách sửa: xóa lối tắt và chép tệp (hoặc thư mục) thật vào đây"
    )
    assert "this file is a link (shortcut)" in problem.render("en")


def test_an_unsafe_link_is_refused_in_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    from kit.quality.safe_content import check_page, check_yaml_markdown

    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    [problem] = check_page("# Tin\n\n[bấm](javascript:alert(1))\n", "docs/tin.vi.md")
    shown = str(problem)
    assert shown.startswith(
        "docs/tin.vi.md:3: liên kết 'javascript:alert(1)' bắt đầu bằng 'javascript:'"
    )
    assert "Cách sửa: hãy xóa nó" in shown
    assert "starts with 'javascript:', which runs a script" in problem.render("en")
    # A text of a YAML file: a link is fixed by writing an address, HTML by removing it,
    # whichever the language the message was made in.
    [link] = check_yaml_markdown("[tệp](ftp://a.example/x.zip)", "provinces/x.yml", 4)
    [element] = check_yaml_markdown("<script>x</script>", "provinces/x.yml", 5)
    assert link.file == "provinces/x.yml:4" and "ghi một địa chỉ web" in str(link)
    assert element.file == "provinces/x.yml:5" and "xóa mã HTML" in str(element)
    assert "<script>" in str(element) and "thẻ HTML" in str(element)


# --------------------------------------------------------------------------- MkDocs' own lines


MKDOCS_OUTPUT = """\
INFO    -  Cleaning site directory
INFO    -  Building documentation to directory: /tmp/x/site.tmp
WARNING -  Doc file 'about.vi.md' contains a link 'lien-he.md', but the target 'lien-he.md' is \
not found among documentation files.
INFO    -  Template skipped: '404.html' generated empty output.
WARNING -  exhibitions/x/exhibition.yml:5: the date '28/7' of item 3 is not understood. Fix: ...
INFO    -  Documentation built in 1.23 seconds

Aborted with 2 warnings in strict mode!
"""


def test_mkdocs_output_is_translated_and_routine_lines_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    assert mkdocs_log.translate_output(MKDOCS_OUTPUT) == [
        "Cảnh báo: trang docs/about.vi.md có liên kết tới 'lien-he.md' nhưng không có tệp đó",
        "Cảnh báo: exhibitions/x/exhibition.yml:5: the date '28/7' of item 3 is not "
        "understood. Fix: ...",
        "Trang web chưa được dựng: cần sửa 2 cảnh báo ở trên trước.",
    ]
    verbose = mkdocs_log.translate_output(MKDOCS_OUTPUT, verbose=True)
    assert "Documentation built in 1.23 seconds" in verbose


def test_a_traceback_is_reduced_to_one_plain_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    output = (
        'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n'
        "    boom()\nValueError: boom\n"
    )
    assert mkdocs_log.translate_output(output) == [
        "MkDocs dừng lại vì một lỗi không lường trước: ValueError: boom"
    ]


def test_make_serve_lines_are_translated_and_noise_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "vi")
    editor = mkdocs_log.EditorFilter()

    def record(level: int, text: str, *args: object) -> logging.LogRecord:
        return logging.LogRecord("mkdocs.livereload", level, __file__, 1, text, args, None)

    serving = record(logging.INFO, "Serving on %s", "http://127.0.0.1:8000/")
    assert editor.filter(serving)
    assert serving.getMessage().startswith("Xem trước tại http://127.0.0.1:8000/ ")
    assert not editor.filter(record(logging.INFO, "Browser connected: http://127.0.0.1:8000/"))
    assert not editor.filter(record(logging.INFO, "Photos and videos ready in 0.17 s"))
    changed = record(logging.INFO, "[05:19:13] Detected file changes")  # as livereload logs it
    assert editor.filter(changed) and changed.getMessage().startswith("Có tệp vừa được sửa")
    assert editor.filter(record(logging.WARNING, "exhibitions/x/exhibition.yml:5: ..."))
    assert mkdocs_log.EditorFilter(verbose=True).filter(record(logging.INFO, "Cleaning"))


# --------------------------------------------------------------------------- make site

# These sources are refused by the checks `make site` runs before MkDocs, so build_site.main()
# is called here in this process: MkDocs never starts. A whole build's output is checked in
# tests/kit/test_build_output.py.

SYNTAX_ERROR = "exhibitions/trien-lam-thu/exhibition.yml"


def make_site(
    project: Path, capsys: pytest.CaptureFixture[str], *arguments: str
) -> tuple[int, str]:
    """(exit code, what it printed to stderr) of `make site` on ``project``, with no language
    chosen in the environment (the default is Vietnamese)."""
    code = build_site.main(["--config", str(project / "mkdocs.yml"), *arguments])
    return code, capsys.readouterr().err


@pytest.fixture
def broken_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site whose exhibition.yml has an unquoted ':' in a caption, and a published site."""
    from exhibition_fixtures import GOOD_YAML

    monkeypatch.setenv(messages.ENVIRONMENT, "")
    project = make_kit_project(tmp_path / "project")
    good_exhibition(
        project / "exhibitions" / "trien-lam-thu",
        GOOD_YAML.replace('caption: {vi: "Ảnh ba", en: "Photo three"}', "caption: Ảnh ba: 2010"),
    )
    write(project / "site" / "index.html", "the published site")
    return project


def test_make_site_reports_a_syntax_error_as_one(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = make_site(broken_project, capsys)
    assert code == 1
    line = next(
        number
        for number, text in enumerate(
            (broken_project / SYNTAX_ERROR).read_text("utf-8").splitlines(), 1
        )
        if "Ảnh ba: 2010" in text
    )
    assert f"{SYNTAX_ERROR}\n  LỖI " in err
    assert (
        f"không đọc được tệp: đoạn chữ có dấu ':' nhưng không nằm trong ngoặc kép (dòng {line})"
        in err
    )
    assert f"{line} |     caption: Ảnh ba: 2010" in err
    marked = err.splitlines()[
        err.splitlines().index(next(x for x in err.splitlines() if f"{line} |" in x)) + 1
    ]
    assert marked.rstrip().endswith("^")
    assert "đặt chữ có dấu ':' trong ngoặc kép" in err
    assert "Trang web chưa được dựng: có tệp ở trên không đọc được" in err
    assert "viết nốt các nội dung còn thiếu" not in err and "còn nội dung thiếu" not in err
    assert "write the missing or unfinished texts" not in err and "GAP" not in err
    assert "Traceback" not in err
    assert sorted(p.name for p in (broken_project / "site").iterdir()) == ["index.html"]


def test_make_site_in_english_on_request(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = make_site(broken_project, capsys, "--language", "en")
    assert code == 1
    assert "the file cannot be read: a text holds ':' but is not in quotes" in err
    assert "The site was not built: a file listed above cannot be read." in err
    assert "Cách sửa" not in err


def test_make_site_language_from_mkdocs_yml(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = broken_project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "\n  kit:\n    messages: vi\n" in text  # the kit's mkdocs.yml names the setting
    text = text.replace("\n  kit:\n    messages: vi\n", "\n  kit:\n    messages: en\n")
    config.write_text(text, "utf-8")
    code, err = make_site(broken_project, capsys)
    assert code == 1
    assert "the file cannot be read: a text holds ':'" in err


def test_a_page_without_language_in_its_name_is_not_called_a_missing_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "")
    project = make_kit_project(tmp_path / "project")
    write(project / "docs" / "lien-he.md", "# Liên hệ\n")
    code, err = make_site(project, capsys)
    assert code == 1
    assert "đổi tên tệp thành 'lien-he.vi.md' hoặc 'lien-he.en.md'" in err
    assert "Trang web chưa được dựng: hãy đổi tên các tệp ở trên" in err
    assert "viết nốt các nội dung còn thiếu" not in err


def test_an_unfinished_todo_is_not_called_a_missing_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(messages.ENVIRONMENT, "")
    project = make_kit_project(tmp_path / "project")
    write(project / "docs" / "lien-he.vi.md", "# Liên hệ\n\nTODO: số điện thoại\n")
    write(project / "docs" / "lien-he.en.md", "# Contact\n\nPhone: 024 0000 0000\n")
    code, err = make_site(project, capsys)
    assert code == 1
    assert "Trang web chưa được dựng: hãy viết nốt các nội dung còn thiếu hoặc chưa xong" in err
    assert "còn chữ TODO cần thay" in err
    assert "Kết quả: còn nội dung thiếu ở một ngôn ngữ hoặc chưa viết xong" in err
    assert "bản dịch còn thiếu" not in err and "còn thiếu bản dịch" not in err


def test_a_photo_in_the_wrong_folder_is_named_where_it_lies(tmp_path: Path) -> None:
    folder = good_exhibition(tmp_path / "exhibitions" / "thu")
    (folder / "anh-3.jpg").rename(tmp_path / "exhibitions" / "anh-3.jpg")
    _, problems = load_exhibitions(folder.parent)
    [problem] = [p for p in problems if "anh-3.jpg" in p.message]
    assert problem.render("en").endswith(
        "Fix: the file is in exhibitions/anh-3.jpg: move it into exhibitions/thu/"
    )
    assert "tệp đang nằm ở exhibitions/anh-3.jpg: hãy chuyển tệp vào exhibitions/thu/" in (
        problem.render("vi")
    )


def test_a_misspelt_key_is_pointed_out_by_the_translation_check(tmp_path: Path) -> None:
    from exhibition_fixtures import GOOD_YAML
    from kit.translations.yaml_fields import check_yaml_file

    folder = good_exhibition(
        tmp_path / "exhibitions" / "thu",
        GOOD_YAML.replace('    caption: {vi: "Ảnh ba"', '    captoin: {vi: "Ảnh ba"'),
    )
    findings = check_yaml_file(folder / "exhibition.yml", "x.yml", "exhibitions", ("vi", "en"))
    [missing] = [f for f in findings if f.kind == "missing-field"]
    line = next(
        number
        for number, text in enumerate(GOOD_YAML.splitlines(), 1)
        if 'caption: {vi: "Ảnh ba"' in text
    )
    assert missing.text("en")[0].endswith(
        f"; is 'captoin' on line {line} a misspelling of 'caption'?"
    )
    assert f"có phải 'captoin' ở dòng {line} là 'caption' bị gõ sai?" in missing.text("vi")[0]
