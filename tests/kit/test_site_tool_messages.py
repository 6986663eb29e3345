"""The province IT staff's tools speak one language per run: Vietnamese unless asked for English.

new_site.py (a province's own copy of the kit) and update_site.py (`make update-kit`) print
every line and every error through the message catalogue (kit.messages): no line in English
only, no "English / Tiếng Việt" doubles. The update's steps that need a real kit are replaced
here by stand-ins, so that only what the commands print is tested; tests/kit/test_new_site.py
runs them for real.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import new_site
import pytest
import update_site
from kit import messages
from kit.sites import sitekit, siterepo
from kit.sites.siterepo import MergeResult

pytestmark = pytest.mark.unit

ANSWERS = sitekit.Answers(
    name_vi="Lào Cai – ASEAN", name_en="Lào Cai and ASEAN", site_url="https://x.example.vn/"
)
# Words that only an English (or doubled) line has; none may be left in a Vietnamese run.
ENGLISH = (
    "Next",
    "Then",
    "Created",
    "files",
    "installs",
    "builds",
    "preview",
    "check the",
    "sample",
    "improvements",
    "Already",
    "Updated",
    "Now run",
    "Rendering",
    "Error",
    "error:",
    "does not",
    "the kit",
    " / ",
)


@pytest.fixture(autouse=True)
def language_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test chooses its language through KIT_LANGUAGE, as a user would."""
    monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    messages.set_language(None)
    messages.use_setting_value(None)
    yield
    messages.set_language(None)
    messages.use_setting_value(None)


def in_language(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if language == "en":
        monkeypatch.setenv(messages.ENVIRONMENT, "en")
    else:
        monkeypatch.delenv(messages.ENVIRONMENT, raising=False)  # the default


def assert_vietnamese(text: str) -> None:
    found = [word for word in ENGLISH if word in text]
    assert found == [], text


def assert_each_line_translated(vietnamese: str, english: str, same: tuple[str, ...] = ()) -> None:
    """Line by line, the two runs differ, except lines that are only commands or names."""
    pairs = list(zip(vietnamese.splitlines(), english.splitlines(), strict=True))
    untranslated = [vi for vi, en in pairs if vi == en and vi.strip() not in same]
    assert untranslated == []


# ── new_site.py ─────────────────────────────────────────────────────────────────────────


def next_steps(language: str, monkeypatch: pytest.MonkeyPatch, no_git: bool) -> str:
    in_language(language, monkeypatch)
    return "\n".join(new_site.next_steps(Path("../asean-laocai"), ANSWERS, no_git))


@pytest.mark.parametrize("no_git", [False, True])
def test_next_steps_are_in_vietnamese_by_default(
    monkeypatch: pytest.MonkeyPatch, no_git: bool
) -> None:
    vietnamese = next_steps("vi", monkeypatch, no_git)
    english = next_steps("en", monkeypatch, no_git)

    assert vietnamese.startswith("Tiếp theo:\n  cd ../asean-laocai\n")
    assert "make test   # lần đầu sẽ cài công cụ" in vietnamese
    assert "exhibitions/trien-lam-mau/ chỉ là triển lãm mẫu" in vietnamese
    assert ".venv/bin/python scripts/new_province.py" in vietnamese
    assert ("không có kho git" in vietnamese) == no_git
    assert_vietnamese(vietnamese)
    assert english.startswith("Next:\n  cd ../asean-laocai\n")
    assert "make test   # installs the tools the first time" in english
    assert ("no git repository was created" in english) == no_git
    assert "Tiếp theo" not in english and "xem trước" not in english
    assert_each_line_translated(vietnamese, english, same=("cd ../asean-laocai",))


def test_a_new_site_is_announced_in_one_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--name-vi", ANSWERS.name_vi, "--name-en", ANSWERS.name_en]
    options += ["--site-url", ANSWERS.site_url, "--no-git", "--sections", "none"]
    monkeypatch.setattr(new_site, "render", lambda *args: sitekit.Tree())  # no kit copied

    assert new_site.main([str(tmp_path / "vi"), *options]) == 0
    vietnamese = capsys.readouterr().out
    in_language("en", monkeypatch)
    assert new_site.main([str(tmp_path / "en"), *options]) == 0
    english = capsys.readouterr().out

    assert vietnamese.startswith(f"Đã tạo {tmp_path / 'vi'} (0 tệp) cho Lào Cai – ASEAN.\n")
    assert_vietnamese(vietnamese)
    assert english.startswith(f"Created {tmp_path / 'en'} (0 files) for Lào Cai – ASEAN.\n")


def test_a_bad_option_is_refused_in_the_language_of_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    options = [str(tmp_path / "new"), "--name-vi", "Lào Cai", "--name-en", "Lào Cai"]
    options += ["--site-url", ANSWERS.site_url, "--primary-colour", "#ffcc00"]

    assert new_site.main(options) == 2
    vietnamese = capsys.readouterr().err
    in_language("en", monkeypatch)
    assert new_site.main(options) == 2
    english = capsys.readouterr().err

    assert vietnamese.startswith("Lỗi: --primary-colour #ffcc00 quá nhạt")
    assert "Hãy chọn màu đậm hơn, ví dụ #" in vietnamese
    assert_vietnamese(vietnamese)
    assert english.startswith("Error: --primary-colour #ffcc00 is too light")
    assert not (tmp_path / "new").exists()


def test_a_site_kit_error_can_be_shown_in_the_other_language() -> None:
    with pytest.raises(sitekit.SiteKitError) as raised:
        sitekit.check_answers(sitekit.Answers("Lào Cai", "Lào Cai", "https://x.vn/", email="x"))
    message = raised.value.args[0]
    assert (
        str(raised.value)
        == "--email 'x' không phải là địa chỉ thư điện tử (dạng ten@example.gov.vn)"
    )
    assert message.render("en") == "--email 'x' is not an email address (name@example.gov.vn)"


def test_a_taken_folder_is_refused_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    options = ["--name-vi", "Lào Cai", "--name-en", "Lào Cai", "--site-url", ANSWERS.site_url]

    assert new_site.main([str(tmp_path), *options]) == 1

    error = capsys.readouterr().err
    assert (
        error == f"Lỗi: {tmp_path} không trống; chưa có gì bị thay đổi. Hãy chọn tên thư mục mới\n"
    )


@pytest.mark.parametrize(
    ("argv", "vietnamese", "english"),
    [
        ([], "Lỗi: còn thiếu: destination", "Error: missing: destination"),
        (["x", "--name-vi"], "Lỗi: --name-vi cần có giá trị", "Error: --name-vi needs a value"),
        (["x", "--colour", "red"], "Lỗi: tùy chọn hoặc giá trị không hợp lệ", "Error: unknown"),
        (["x", "--language", "fr"], "'fr' không nằm trong", "'fr' is not one of"),
    ],
)
def test_wrong_usage_is_explained_in_the_language_of_the_run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    vietnamese: str,
    english: str,
) -> None:
    assert new_site.main(argv) == 2
    shown = capsys.readouterr().err
    assert shown.startswith("cách dùng: new_site.py")
    assert vietnamese in shown and "new_site.py --help" in shown
    assert "error:" not in shown and "arguments are required" not in shown
    in_language("en", monkeypatch)
    assert new_site.main(argv) == 2
    assert english in capsys.readouterr().err


def test_update_site_explains_wrong_usage_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    assert update_site.main(["--unknown"]) == 2
    shown = capsys.readouterr().err
    assert shown.startswith("cách dùng: update_site.py")
    assert "Lỗi: tùy chọn hoặc giá trị không hợp lệ: --unknown" in shown


# ── update_site.py ──────────────────────────────────────────────────────────────────────


@pytest.fixture
def stand_ins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """update_site's steps that need a kit and a site, replaced; ``state`` sets the outcome."""
    state: dict[str, object] = {"old": "a", "new": "a", "merge": MergeResult(True)}
    kit = tmp_path / "kit"
    kit.mkdir()
    monkeypatch.setattr(update_site, "check_site", lambda site: {"kit": {"source": str(kit)}})
    monkeypatch.setattr(update_site, "fetch_kit", lambda source, scratch: kit)
    monkeypatch.setattr(update_site, "check_direction", lambda *args: None)
    monkeypatch.setattr(update_site, "render_new_kit", lambda *args: None)
    monkeypatch.setattr(
        update_site, "record_on_kit_branch", lambda *args: (state["old"], state["new"])
    )
    monkeypatch.setattr(update_site, "kit_merged", lambda site: True)
    monkeypatch.setattr(update_site, "migrate_to_plugin", lambda site: False)
    monkeypatch.setattr(update_site, "merge_kit", lambda site, message: state["merge"])
    return state


def run_update(
    language: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    site: Path,
    code: int,
) -> tuple[str, str]:
    in_language(language, monkeypatch)
    assert update_site.main(["--site", str(site)]) == code
    captured = capsys.readouterr()
    # The folder's name is the test's ("test_updated_files..."): not a word to check.
    return captured.out.replace(str(site), "SITE"), captured.err.replace(str(site), "SITE")


def test_already_up_to_date_in_either_language(
    stand_ins: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vietnamese, _ = run_update("vi", monkeypatch, capsys, tmp_path, 0)
    english, _ = run_update("en", monkeypatch, capsys, tmp_path, 0)

    assert vietnamese.splitlines() == [
        "Đang tạo lại các tệp của trang bằng bộ công cụ trong SITE/kit ...",
        "Không có gì mới: trang này đã có mọi cải tiến của bộ công cụ.",
    ]
    assert_vietnamese(vietnamese)
    assert english.splitlines()[-1] == "Already up to date: the kit has nothing new for this site."
    assert_each_line_translated(vietnamese, english)


def test_updated_files_are_listed_in_either_language(
    stand_ins: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    changed = [f"overrides/partials/part-{number:02}.html" for number in range(23)]
    stand_ins.update(new="b", merge=MergeResult(True, changed=changed))

    vietnamese, _ = run_update("vi", monkeypatch, capsys, tmp_path, 0)
    english, _ = run_update("en", monkeypatch, capsys, tmp_path, 0)

    lines = vietnamese.splitlines()
    assert lines[1] == "Đã cập nhật: bộ công cụ đã thay đổi 23 tệp của trang này."
    assert lines[2:22] == [f"    {name}" for name in changed[:20]]
    assert lines[22:] == [
        "    ... và 3 tệp khác (git show --stat)",
        "Hãy chạy `make test`, rồi `make site`.",
    ]
    assert_vietnamese(vietnamese)
    assert "Updated: the kit changed 23 file(s) in this site." in english
    assert english.endswith("Now run `make test`, then `make site`.\n")
    assert_each_line_translated(vietnamese, english, same=tuple(changed[:20]))


def test_conflicts_are_explained_in_either_language(
    stand_ins: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    footer = "overrides/partials/copyright.html"
    stand_ins.update(new="b", merge=MergeResult(False, conflicts=[footer]))

    _, vietnamese = run_update("vi", monkeypatch, capsys, tmp_path, 1)
    _, english = run_update("en", monkeypatch, capsys, tmp_path, 1)

    assert "XUNG ĐỘT: bạn và bộ công cụ cùng sửa những dòng giống nhau trong 1 tệp:" in vietnamese
    assert f"    {footer}\n" in vietnamese and "    git merge --abort" in vietnamese
    assert "CONFLICTS" not in vietnamese and "Open each file" not in vietnamese
    assert "CONFLICTS: you and the kit changed the same lines in 1 file(s):" in english
    assert "XUNG ĐỘT" not in english


def test_a_folder_that_is_not_a_site_is_refused_in_either_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    record = f"SITE/{sitekit.RECORD_FILE}"

    out, vietnamese = run_update("vi", monkeypatch, capsys, tmp_path, 2)
    _, english = run_update("en", monkeypatch, capsys, tmp_path, 2)

    assert out == ""
    assert vietnamese == (
        f"Lỗi: không có tệp {record}: thư mục này không được tạo bằng new_site.py nên không có gì "
        "để cập nhật\n"
    )
    assert english.startswith(f"Error: {record} does not exist: this folder was not made by")


def test_uncommitted_changes_are_named_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / sitekit.RECORD_FILE).write_text("answers: {}\n", encoding="utf-8")
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)

    _, vietnamese = run_update("vi", monkeypatch, capsys, tmp_path, 2)

    assert vietnamese.startswith("Lỗi: còn thay đổi chưa commit:\n    site-kit.yml\n  Hãy commit")
    assert_vietnamese(vietnamese)


@pytest.mark.parametrize(
    ("direction", "vietnamese", "english"),
    [
        ("older", "CŨ HƠN bộ công cụ mà trang này đang dùng", "is OLDER than the kit"),
        ("unknown", "không phải là bản git của bộ công cụ", "is not a git copy of the kit"),
        ("missing", "không có commit 0123456789", "does not have commit 0123456789"),
        ("unrelated", "có lịch sử tách rời nhau", "have separate histories"),
    ],
)
def test_a_kit_that_is_not_newer_is_refused_in_either_language(
    monkeypatch: pytest.MonkeyPatch, direction: str, vietnamese: str, english: str
) -> None:
    monkeypatch.setattr(update_site, "kit_commit", lambda kit: "fedcba9876543210")
    monkeypatch.setattr(update_site, "compare_commits", lambda *args: direction)
    record = {"kit": {"commit": "0123456789abcdef"}}

    for language, expected, other in (("vi", vietnamese, english), ("en", english, vietnamese)):
        in_language(language, monkeypatch)
        with pytest.raises(update_site.UpdateError) as raised:
            update_site.check_direction(Path("kit"), "../kit", record, force=False)
        assert expected in str(raised.value) and other not in str(raised.value)
        if language == "vi":
            assert_vietnamese(str(raised.value))


def test_a_git_failure_is_reported_in_vietnamese(tmp_path: Path) -> None:
    with pytest.raises(siterepo.RepoError) as raised:
        siterepo.git(tmp_path, "rev-parse", "--verify", "refs/heads/kit")
    assert str(raised.value).startswith("lệnh 'git rev-parse --verify refs/heads/kit' bị lỗi: ")


@pytest.mark.parametrize(
    ("tool", "vietnamese"), [(new_site, "Tạo trang web"), (update_site, "Lấy")]
)
def test_help_is_vietnamese_first_with_its_headings(
    capsys: pytest.CaptureFixture[str], tool: object, vietnamese: str
) -> None:
    assert tool.main(["--help"]) == 0  # type: ignore[attr-defined]
    shown = capsys.readouterr().out
    assert shown.startswith("cách dùng / usage: ")
    assert f"\n\n{vietnamese}" in shown and "mã thoát / exit codes:" in shown
    assert "\ntùy chọn / options:\n" in shown and "\noptions:\n" not in shown
    assert "hiện hướng dẫn này rồi thoát / show this help message and exit" in " ".join(
        shown.split()
    )
