"""The wording of the translation checker, in English and Vietnamese.

Kept apart from the checks so that editors can improve a sentence without reading the logic.
Every finding is written in both languages: the command line prints the English (or, with
``--language vi``, the Vietnamese) text, and the status page shows each language its own.
Placeholders in braces are filled by ``kit.translations.check``; ``{{`` and ``}}`` are literal
braces.
"""

from __future__ import annotations

from collections.abc import Mapping

# Languages the wording exists in (not the languages the site is published in).
TEXT_LANGUAGES = ("en", "vi")

# key -> language -> (what is wrong, how to fix it)
MESSAGES: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "page.missing": {
        "en": (
            "this page does not exist yet: {twin} has no {lang} version",
            "create {file} and write the {lang} version of {twin} in it",
        ),
        "vi": (
            "chưa có trang này: {twin} chưa có bản {lang}",
            "tạo tệp {file} và viết bản {lang} của {twin} vào đó",
        ),
    },
    "page.no-suffix": {
        "en": (
            "the file name does not say which language the page is in (it should end in {endings})",
            "rename it to {expected}, and create the other language's file if it is missing",
        ),
        "vi": (
            "tên tệp không cho biết trang viết bằng ngôn ngữ nào "
            "(tên tệp phải kết thúc bằng {endings})",
            "đổi tên tệp thành {expected} và tạo thêm tệp cho ngôn ngữ còn lại nếu chưa có",
        ),
    },
    "page.unknown-suffix": {
        "en": (
            "the ending '.{code}.md' is not a language of this site ({codes}), "
            "so this page would not be published correctly",
            "rename it to {expected}",
        ),
        "vi": (
            "phần đuôi '.{code}.md' không phải ngôn ngữ của trang web này ({codes}) "
            "nên trang sẽ không được đăng đúng",
            "đổi tên tệp thành {expected}",
        ),
    },
    "file.unreadable": {
        "en": (
            "this file cannot be read, so its translations were not checked{at}: {reason}",
            "correct the file: indent with spaces (not tabs) and put text that contains "
            "':' or '#' in double quotes",
        ),
        "vi": (
            "không đọc được tệp này nên chưa kiểm tra được bản dịch{at}: {reason}",
            "sửa lại tệp: thụt lề bằng dấu cách (không dùng tab) và đặt văn bản có dấu ':' "
            "hoặc '#' trong ngoặc kép",
        ),
    },
    "file.refused": {
        "en": ("this file cannot be used{at}: {reason}", "{fix}"),
        "vi": (
            "không dùng được tệp này{at}: {reason}",
            "{fix}",
        ),
    },
    "file.syntax": {
        "en": ("{reason}{at}", "{fix}"),
        "vi": ("{reason}{at}", "{fix}"),
    },
    "file.not-mapping": {
        "en": (
            "this file should be made of 'key: value' lines, so its translations were not checked",
            "start again from the template file and fill in the values",
        ),
        "vi": (
            "tệp này phải gồm các dòng 'khóa: giá trị' nên chưa kiểm tra được bản dịch",
            "làm lại từ tệp mẫu rồi điền các giá trị",
        ),
    },
    "field.missing": {
        "en": (
            "{what} is missing{owner}{typo}",
            "add '{key}:' with the text in every language, for example {key}: {example}",
        ),
        "vi": (
            "thiếu {what}{owner}{typo}",
            "thêm '{key}:' với nội dung bằng mọi ngôn ngữ, ví dụ {key}: {example}",
        ),
    },
    "field.one-language": {
        "en": (
            "{what}{at} is a single text, but it needs a version in {langs}",
            "write it as {key}: {example}",
        ),
        "vi": (
            "{what}{at} chỉ có một nội dung, nhưng cần có bản {langs}",
            "viết lại thành {key}: {example}",
        ),
    },
    "field.missing-language": {
        "en": (
            "{path} has no {lang} text{at}",
            'add {code}: "…" with the {lang} text, next to the other language\'s text',
        ),
        "vi": (
            "{path} chưa có nội dung {lang}{at}",
            'thêm dòng {code}: "…" ghi nội dung {lang}, cạnh dòng của ngôn ngữ kia',
        ),
    },
    "field.empty": {
        "en": ("{path} is empty{at}", "write the {lang} text between the double quotes"),
        "vi": ("{path} đang để trống{at}", "viết nội dung {lang} vào giữa hai dấu ngoặc kép"),
    },
    "field.not-text": {
        "en": (
            "{path} should be one piece of text{at}",
            "write the {lang} text on the same line, in double quotes",
        ),
        "vi": (
            "{path} phải là một đoạn văn bản{at}",
            "viết nội dung {lang} trên cùng dòng, đặt trong ngoặc kép",
        ),
    },
    "field.unknown-language": {
        "en": (
            "{path} is in '{code}', a language this site does not publish{at}",
            "remove it: the site is published in {langs} only",
        ),
        "vi": (
            "{path} viết bằng ngôn ngữ '{code}', là ngôn ngữ trang web không đăng{at}",
            "xóa dòng này: trang web chỉ đăng bằng {langs}",
        ),
    },
    "text.copied": {
        "en": (
            "{subject} is exactly the same as {twin}: it has not been translated",
            "translate it into {lang}",
        ),
        "vi": ("{subject} giống hệt {twin}: chưa được dịch", "dịch sang {lang}"),
    },
    "text.mostly-vietnamese": {
        "en": (
            "{subject} is still mostly in Vietnamese ({share}% of its words)",
            "translate the remaining Vietnamese text into English",
        ),
        "vi": (
            "{subject} phần lớn vẫn là tiếng Việt ({share}% số từ)",
            "dịch nốt phần tiếng Việt còn lại sang tiếng Anh",
        ),
    },
    "text.no-diacritics": {
        "en": (
            "{subject} has no Vietnamese accents at all: it may be in English, or typed "
            "without accents",
            "write it in Vietnamese, with all the accents",
        ),
        "vi": (
            "{subject} hoàn toàn không có dấu tiếng Việt: có thể đang là tiếng Anh, "
            "hoặc gõ thiếu dấu",
            "viết lại bằng tiếng Việt có dấu đầy đủ",
        ),
    },
    "text.todo": {
        "en": (
            "an unfinished-work note '{marker}' is left {where}: “{excerpt}”",
            "finish the text, then delete '{marker}'",
        ),
        "vi": (
            "còn sót ghi chú chưa hoàn thành '{marker}' {where}: “{excerpt}”",
            "hoàn thiện nội dung rồi xóa '{marker}'",
        ),
    },
    "text.placeholder": {
        "en": (
            "the template text “{text}” is still {where} (copied from {template})",
            "write the real text in its place, or delete the line if the field is optional",
        ),
        "vi": (
            "chữ mẫu “{text}” vẫn còn {where} (chép từ {template})",
            "viết nội dung thật thay vào, hoặc xóa dòng đó nếu mục này không bắt buộc",
        ),
    },
    "contact.example": {
        "en": (
            "the {what} “{value}” {where} is an example, not a real contact",
            'write the agency\'s real {what}, or leave it empty ("") so it is not shown',
        ),
        "vi": (
            "{what} “{value}” {where} là ví dụ, không phải liên hệ thật",
            'ghi {what} thật của cơ quan, hoặc để trống ("") để không hiển thị',
        ),
    },
    "nav.missing": {
        "en": (
            "the menu title “{title}”{at} has no {lang} translation, so the {lang} menu "
            "shows it in {source}",
            "add the line '{title}: …' with the {lang} title under 'nav_translations:' of "
            "the '{code}' language in mkdocs.yml",
        ),
        "vi": (
            "tiêu đề menu “{title}”{at} chưa có bản dịch {lang}, nên menu {lang} vẫn hiện "
            "bằng {source}",
            "thêm dòng '{title}: …' với tiêu đề {lang} vào dưới 'nav_translations:' của ngôn "
            "ngữ '{code}' trong mkdocs.yml",
        ),
    },
    "nav.empty": {
        "en": (
            "the {lang} translation of the menu title “{title}” is empty{at}",
            "write the {lang} title after '{title}:' under 'nav_translations:' in mkdocs.yml",
        ),
        "vi": (
            "bản dịch {lang} của tiêu đề menu “{title}” đang để trống{at}",
            "viết tiêu đề {lang} sau '{title}:' trong phần 'nav_translations:' của mkdocs.yml",
        ),
    },
    "nav.no-language": {
        "en": (
            "the 'i18n' plugin in mkdocs.yml has no '{code}' language, so the menu titles "
            "cannot be translated into {lang}",
            "add the '{code}' language, with its 'nav_translations:', under "
            "'plugins: - i18n: languages:' (copy it from the kit's mkdocs.yml)",
        ),
        "vi": (
            "plugin 'i18n' trong mkdocs.yml chưa có ngôn ngữ '{code}', nên không dịch được "
            "tiêu đề menu sang {lang}",
            "thêm ngôn ngữ '{code}' cùng phần 'nav_translations:' vào dưới "
            "'plugins: - i18n: languages:' (chép từ mkdocs.yml của bộ công cụ)",
        ),
    },
    "brand.missing": {
        "en": (
            "the 'extra: brand:' block (site name, description, agency and address in every "
            "language) is missing",
            "copy the 'extra: brand:' block from the kit's mkdocs.yml and fill it in",
        ),
        "vi": (
            "thiếu khối 'extra: brand:' (tên trang web, mô tả, cơ quan và địa chỉ bằng mọi "
            "ngôn ngữ)",
            "chép khối 'extra: brand:' từ mkdocs.yml của bộ công cụ rồi điền thông tin",
        ),
    },
    "structure.headings": {
        "en": (
            "the headings{where} do not match {twin} ({count}); first difference: {first}",
            "give both languages the same headings, at the same levels (the same number of #) "
            "and in the same order",
        ),
        "vi": (
            "các đề mục{where} không khớp với {twin} ({count}); chỗ khác đầu tiên: {first}",
            "để hai ngôn ngữ có cùng các đề mục, cùng cấp (cùng số dấu #) và cùng thứ tự",
        ),
    },
    "structure.images": {
        "en": ("the images{where} differ from {twin}: {diff}", "use the same images in both"),
        "vi": ("hình ảnh{where} khác với {twin}: {diff}", "dùng cùng các hình ảnh ở cả hai bản"),
    },
    "structure.links": {
        "en": (
            "the links{where} differ from {twin}: {diff}",
            "link to the same pages and web addresses in both (unless the other language "
            "really needs a different address)",
        ),
        "vi": (
            "các liên kết{where} khác với {twin}: {diff}",
            "liên kết tới cùng các trang và địa chỉ web ở cả hai bản (trừ khi ngôn ngữ kia "
            "thật sự cần địa chỉ khác)",
        ),
    },
    "structure.numbers": {
        "en": (
            "the years and figures{where} differ from {twin}: {diff}",
            "check that both give the same years and figures",
        ),
        "vi": (
            "năm và số liệu{where} khác với {twin}: {diff}",
            "kiểm tra để hai bản có cùng năm và số liệu",
        ),
    },
    "git.stale": {
        "en": (
            "{source_code} changed on {source_date}, {code} last changed on {date}: "
            "{source_file} was edited after this {lang} page, which may now be out of date",
            "compare the two pages and bring this one up to date; the warning goes away once "
            "this page is committed after the {source} change",
        ),
        "vi": (
            "{source_code} sửa ngày {source_date}, {code} sửa lần cuối ngày {date}: "
            "{source_file} đã được sửa sau trang {lang} này, nên trang này có thể đã lỗi thời",
            "so sánh hai trang và cập nhật trang này; cảnh báo sẽ hết khi trang này được "
            "commit sau lần sửa bản {source}",
        ),
    },
}

LANGUAGE_NAMES: Mapping[str, Mapping[str, str]] = {
    "vi": {"en": "Vietnamese", "vi": "tiếng Việt"},
    "en": {"en": "English", "vi": "tiếng Anh"},
}

# What a required field is, for "the caption is missing".
FIELD_NAMES: Mapping[str, Mapping[str, str]] = {
    "title": {"en": "the title", "vi": "tiêu đề"},
    "intro": {"en": "the introduction", "vi": "lời giới thiệu"},
    "caption": {"en": "the caption", "vi": "chú thích"},
    "alt": {
        "en": "the description of the image for blind visitors (alt text)",
        "vi": "phần mô tả ảnh cho người khiếm thị (alt)",
    },
    "site_name": {"en": "the site name", "vi": "tên trang web"},
    "description": {"en": "the site description", "vi": "mô tả trang web"},
    "agency": {"en": "the agency name", "vi": "tên cơ quan"},
    "address": {"en": "the address", "vi": "địa chỉ"},
    "question": {"en": "the question", "vi": "câu hỏi"},
    "explanation": {"en": "the explanation", "vi": "lời giải thích"},
    "name": {"en": "the name", "vi": "tên"},
}

# Contacts, for "the phone number “+84 24 0000 0000” is an example".
CONTACT_NAMES: Mapping[str, Mapping[str, str]] = {
    "phone": {"en": "phone number", "vi": "số điện thoại"},
    "email": {"en": "email address", "vi": "địa chỉ thư điện tử"},
    "website": {"en": "website", "vi": "trang web"},
}

SECTION_NAMES: Mapping[str, Mapping[str, str]] = {
    "pages": {"en": "Pages", "vi": "Trang nội dung"},
    "exhibitions": {"en": "Exhibitions", "vi": "Triển lãm"},
    "infographics": {"en": "Infographics", "vi": "Đồ họa thông tin"},
    "provinces": {"en": "Provinces", "vi": "Địa phương"},
    "quizzes": {"en": "Quizzes", "vi": "Bài thi tìm hiểu"},
    "tags": {"en": "Discover ASEAN culture: themes", "vi": "Khám phá văn hóa ASEAN: chủ đề"},
    "config": {"en": "Site settings (mkdocs.yml)", "vi": "Cài đặt trang web (mkdocs.yml)"},
}

# Words of the command-line report and of the status page.
UI: Mapping[str, Mapping[str, str]] = {
    "en": {
        "title": "Translation status",
        "description": "Pages and texts that still need translating or checking, "
        "for the editorial team.",
        "intro": "This page is made automatically each time the site is built. It lists what "
        "is still missing in one of the languages (gaps, to fill in) and what should be "
        "checked (warnings). It is not shown in the menu or in search results.",
        "summary": "{gaps} to fill in, {warnings} to check, {files} checked.",
        "complete": "Everything is available in every language.",
        "section": "Part of the site",
        "files": "Files checked",
        "gaps": "Gaps",
        "warnings": "Warnings",
        "gaps_heading": "Gaps (to fill in)",
        "warnings_heading": "Warnings (to check)",
        "how": "How to fix",
        "line": "line",
        "gap_label": "GAP",
        "error_label": "ERROR",
        "warning_label": "WARNING",
        "checking": "Translation check of {project} ({languages})",
        "result_complete": "Result: complete, nothing is missing.",
        "result_warnings": "Result: nothing is missing, but please check the warnings.",
        "result_gaps": "Result: some texts are missing in a language or not finished "
        "(see the gaps above).",
        "result_unreadable": "Result: some files cannot be read (see above); correct them "
        "first, then run the check again.",
        "summary_heading": "Summary",
        "one_gap": "1 gap",
        "many_gaps": "{n} gaps",
        "one_warning": "1 warning",
        "many_warnings": "{n} warnings",
        "one_file": "1 file",
        "many_files": "{n} files",
        "and": "and",
    },
    "vi": {
        "title": "Tình trạng bản dịch",
        "description": "Những trang và nội dung còn thiếu bản dịch hoặc cần kiểm tra lại, "
        "dành cho ban biên tập.",
        "intro": "Trang này được tạo tự động mỗi khi xây dựng trang web. Trang liệt kê những "
        "nội dung còn thiếu ở một trong các ngôn ngữ (thiếu sót, cần bổ sung) và những điểm "
        "cần kiểm tra lại (cảnh báo). Trang không hiện trong menu và kết quả tìm kiếm.",
        "summary": "{gaps} cần bổ sung, {warnings} cần kiểm tra, đã kiểm tra {files}.",
        "complete": "Mọi nội dung đã có đủ bằng tất cả các ngôn ngữ.",
        "section": "Phần",
        "files": "Số tệp đã kiểm tra",
        "gaps": "Thiếu sót",
        "warnings": "Cảnh báo",
        "gaps_heading": "Thiếu sót (cần bổ sung)",
        "warnings_heading": "Cảnh báo (cần kiểm tra lại)",
        "how": "Cách sửa",
        "line": "dòng",
        "gap_label": "THIẾU",
        "error_label": "LỖI",
        "warning_label": "CẢNH BÁO",
        "checking": "Kiểm tra bản dịch của {project} ({languages})",
        "result_complete": "Kết quả: đầy đủ, không thiếu nội dung nào.",
        "result_warnings": "Kết quả: không thiếu nội dung nào, nhưng hãy xem lại các cảnh báo.",
        "result_gaps": "Kết quả: còn nội dung thiếu ở một ngôn ngữ hoặc chưa viết xong "
        "(xem các thiếu sót ở trên).",
        "result_unreadable": "Kết quả: có tệp không đọc được (xem ở trên); hãy sửa các tệp "
        "đó trước rồi kiểm tra lại.",
        "summary_heading": "Tổng hợp",
        "one_gap": "1 thiếu sót",
        "many_gaps": "{n} thiếu sót",
        "one_warning": "1 cảnh báo",
        "many_warnings": "{n} cảnh báo",
        "one_file": "1 tệp",
        "many_files": "{n} tệp",
        "and": "và",
    },
}


def count(n: int, noun: str, language: str) -> str:
    """``"1 gap"``, ``"3 gaps"``, ``"3 thiếu sót"`` (``noun`` is gap, warning or file)."""
    words = UI.get(language, UI["en"])
    return words[f"one_{noun}"] if n == 1 else words[f"many_{noun}s"].format(n=n)
