"""Vietnamese wording of the kit's messages, keyed by their English text (see kit.messages).

To improve a sentence, change the text on the right; keep every {name} in braces as it is.
"""

from __future__ import annotations

VI: dict[str, str] = {
    # make site: the build's own lines
    "Building the site: checking the pages and translations...": (
        "Đang dựng trang web: kiểm tra các trang và bản dịch..."
    ),
    "Building the pages...": "Đang tạo các trang...",
    "Done: the site is ready in {folder}": "Xong: trang web đã sẵn sàng trong {folder}",
    "Nothing has changed since the last build: the site in {folder} is up to date.": (
        "Không có gì thay đổi từ lần dựng trước: trang web trong {folder} đã là bản mới nhất."
    ),
    "The previous site in {folder} was kept unchanged.": (
        "Trang web cũ trong {folder} được giữ nguyên."
    ),
    "No site was created in {folder}.": "Chưa có trang web nào được tạo trong {folder}.",
    "The site was not built: a file listed above cannot be read. Correct it as explained and "
    "run the command again.": (
        "Trang web chưa được dựng: có tệp ở trên không đọc được. Hãy sửa tệp đó theo hướng dẫn "
        "rồi chạy lại lệnh."
    ),
    "The site was not built: write the missing or unfinished texts listed above (a language "
    "left out, or a TODO still to replace), or run 'make serve' to preview the site with them "
    "marked.": (
        "Trang web chưa được dựng: hãy viết nốt các nội dung còn thiếu hoặc chưa xong ở trên "
        "(thiếu một ngôn ngữ, hoặc còn chữ TODO cần thay), hoặc chạy 'make serve' để xem trước "
        "trang web với các chỗ đó được đánh dấu."
    ),
    "The site was not built: rename the files listed above as explained and run the command "
    "again.": (
        "Trang web chưa được dựng: hãy đổi tên các tệp ở trên theo hướng dẫn rồi chạy lại lệnh."
    ),
    "The site was not built: fix the pages listed above.": (
        "Trang web chưa được dựng: hãy sửa các trang ở trên."
    ),
    "The build failed: fix the problems listed above and run it again.": (
        "Dựng trang web không thành công: hãy sửa các lỗi ở trên rồi chạy lại."
    ),
    "{file} does not exist; run this from the project folder": (
        "không có tệp {file}; hãy chạy lệnh này trong thư mục của dự án"
    ),
    "another build of {folder} is running; wait for it to finish (or close the other window) "
    "and run this again.": (
        "một lần dựng khác của {folder} đang chạy; hãy đợi nó xong (hoặc đóng cửa sổ kia) rồi "
        "chạy lại."
    ),
    "Error": "Lỗi",
    "Warning": "Cảnh báo",
    "Fix": "Cách sửa",
    "or": "hoặc",
    "{count} problem(s) in the site sources:": "{count} lỗi trong nội dung trang web:",
    # MkDocs' own lines (make site, make serve)
    "The site was not built: {count} warning(s) above must be fixed first.": (
        "Trang web chưa được dựng: cần sửa {count} cảnh báo ở trên trước."
    ),
    "The site was not built because of the error above.": (
        "Trang web chưa được dựng vì lỗi ở trên."
    ),
    "Preview at {address} (open it in a web browser; press Ctrl+C here to stop)": (
        "Xem trước tại {address} (mở địa chỉ này trong trình duyệt; bấm Ctrl+C ở đây để dừng)"
    ),
    "Preparing the preview...": "Đang chuẩn bị bản xem trước...",
    "A file was changed: updating the preview...": (
        "Có tệp vừa được sửa: đang cập nhật bản xem trước..."
    ),
    "the page docs/{page} links to '{link}', but there is no such file": (
        "trang docs/{page} có liên kết tới '{link}' nhưng không có tệp đó"
    ),
    "the page docs/{page} has a link '{link}' that does not lead to a page of the site": (
        "trang docs/{page} có liên kết '{link}' không dẫn tới trang nào của trang web"
    ),
    "the page docs/{page} links to '{link}', but that heading does not exist": (
        "trang docs/{page} có liên kết tới '{link}' nhưng không có đề mục đó"
    ),
    "MkDocs stopped with an unexpected error: {reason}": (
        "MkDocs dừng lại vì một lỗi không lường trước: {reason}"
    ),
    # Where a value is, in words (kit.core.field_paths)
    "item {number} ({label})": "mục thứ {number} ({label})",
    "item {number}": "mục thứ {number}",
    "section {number}": "phần thứ {number}",
    "entry {number} of '{key}'": "mục thứ {number} của '{key}'",
    "{language} {field}": "{field} {language}",
    "'{key}'": "'{key}'",
    "Vietnamese": "tiếng Việt",
    "English": "tiếng Anh",
    "caption": "chú thích",
    "image description (alt)": "mô tả ảnh (alt)",
    "title": "tiêu đề",
    "introduction": "lời giới thiệu",
    "description": "mô tả",
    "place": "địa điểm",
    "credit": "nguồn",
    "name": "tên",
    "summary": "tóm tắt",
    "site name": "tên trang web",
    "agency name": "tên cơ quan",
    "address": "địa chỉ",
    # Exhibitions
    "{place} needs either 'file:' (a photo or video) or 'youtube:'": (
        "{place} cần có 'file:' (ảnh hoặc video) hoặc 'youtube:'"
    ),
    "add 'file: photo-name.jpg' with the name of the file in this folder": (
        "thêm dòng 'file: ten-anh.jpg' với tên tệp có trong thư mục này"
    ),
    "'{key}' of {place} must be a file name": "'{key}' của {place} phải là tên một tệp",
    "'{key}: {name}' of {place} must be a file in the same folder": (
        "'{key}: {name}' của {place} phải là một tệp nằm trong cùng thư mục"
    ),
    "put the file in {folder} and write only its name": ("đặt tệp vào {folder} và chỉ ghi tên tệp"),
    "did you mean '{key}'?": "có phải ý bạn là '{key}'?",
    "the file is in {found}: move it into {folder}": (
        "tệp đang nằm ở {found}: hãy chuyển tệp vào {folder}"
    ),
    "copy the file into {folder} or fix the name": "chép tệp vào {folder} hoặc sửa lại tên",
    "{place} points at '{name}', which does not exist": (
        "{place} ghi tệp '{name}' nhưng không có tệp này"
    ),
    "'{name}' of {place} is not a supported file type": (
        "'{name}' của {place} không phải loại tệp được hỗ trợ"
    ),
    "use one of: {choices}": "dùng một trong các loại: {choices}",
    "the video {place} has no 'poster:'": "video {place} chưa có 'poster:' (ảnh đại diện)",
    "add 'poster: name.jpg' with a still image from the video, shown before it plays": (
        "thêm dòng 'poster: ten-anh.jpg' với một ảnh chụp từ video, hiện trước khi video chạy"
    ),
    "none defined": "chưa có phần nào",
    "{place} is in section '{section}', which is not defined": (
        "{place} thuộc phần '{section}' nhưng phần này chưa được khai báo"
    ),
    "use one of the section ids ({known}) or add the section under 'sections:'": (
        "dùng một trong các mã phần ({known}) hoặc thêm phần đó vào dưới 'sections:'"
    ),
    "the date '{date}' of {place} is not understood": ("ngày '{date}' của {place} không đúng dạng"),
    "write it as 1995, 1995-07 or 1995-07-28 (year-month-day)": (
        "viết theo dạng 1995, 1995-07 hoặc 1995-07-28 (năm-tháng-ngày)"
    ),
    "'{name}' is in the folder but has no entry in {file}, so it is not shown": (
        "'{name}' có trong thư mục nhưng chưa có mục trong {file} nên chưa được đăng"
    ),
    "run:  {command}  (it adds an entry for every new photo), then replace the TODO texts "
    "with the real ones. Or add these lines at the end of 'items:' yourself:{lines}": (
        "chạy:  {command}  (lệnh này thêm mục cho mọi ảnh mới), rồi thay các chữ TODO bằng chú "
        "thích thật. Hoặc tự thêm các dòng này ở cuối 'items:':{lines}"
    ),
    "this exhibition folder has no {file}": "thư mục triển lãm này chưa có {file}",
    "copy {template} into it and fill it in": "chép {template} vào đó rồi điền nội dung",
    "the folder name '{name}' is not a web address": (
        "tên thư mục '{name}' không dùng được làm địa chỉ trang web"
    ),
    "rename the folder to '{slug}' (lower-case letters, digits and dashes)": (
        "đổi tên thư mục thành '{slug}' (chữ thường không dấu, chữ số và dấu gạch ngang)"
    ),
    "the file must be 'key: value' lines (title:, intro:, items:)": (
        "tệp phải gồm các dòng 'khóa: giá trị' (title:, intro:, items:)"
    ),
    "the exhibition": "triển lãm",
    "unknown layout '{layout}'": "không có kiểu trình bày '{layout}'",
    "'order' must be a whole number, such as 1": "'order' phải là một số nguyên, ví dụ 1",
    "'sections' must be a list of '- id: ...' entries": (
        "'sections' phải là danh sách các mục '- id: ...'"
    ),
    "{place} must be 'id:' and 'title:' lines": "{place} phải gồm các dòng 'id:' và 'title:'",
    "add 'id: 1995' or 'id: culture'": "thêm 'id: 1995' hoặc 'id: van-hoa'",
    "section '{id}'": "phần '{id}'",
    "two sections have the id '{id}'": "có hai phần cùng mã '{id}'",
    "give each a different id": "đặt cho mỗi phần một mã khác nhau",
    "{place} must be 'file:', 'caption:', ... lines": (
        "{place} phải gồm các dòng 'file:', 'caption:', ..."
    ),
    "item id '{id}' is used twice (first on line {line})": (
        "mã mục '{id}' bị dùng hai lần (lần đầu ở dòng {line})"
    ),
    "{place} needs an 'id:'": "{place} cần có 'id:'",
    "add 'id: a-short-name'": "thêm 'id: ten-ngan'",
    "the id '{id}' is not a web address": "mã '{id}' không dùng được làm địa chỉ trang web",
    "use '{slug}' (lower-case letters, digits and dashes)": (
        "dùng '{slug}' (chữ thường không dấu, chữ số và dấu gạch ngang)"
    ),
    "give this item its own 'id:' or remove the duplicate entry": (
        "đặt cho mục này một 'id:' riêng hoặc xóa mục bị lặp"
    ),
    "'{id}' is not a YouTube video id": "'{id}' không phải mã video YouTube",
    "copy the 11 characters after 'v=' in the video's address": (
        "chép 11 ký tự sau 'v=' trong địa chỉ của video"
    ),
    # Provinces
    "put the photo in {folder} and write only its name": "đặt ảnh vào {folder} và chỉ ghi tên tệp",
    "copy the photo into {folder}": "chép ảnh vào {folder}",
    "'{name}' of {place} is not a supported photo type": (
        "'{name}' của {place} không phải loại ảnh được hỗ trợ"
    ),
    "the file must be 'key: value' lines (name:, region:, ...)": (
        "tệp phải gồm các dòng 'khóa: giá trị' (name:, region:, ...)"
    ),
    "the province": "địa phương",
    "destination {number}": "điểm đến thứ {number}",
    "destination {number} ({name})": "điểm đến thứ {number} ({name})",
    "this province folder has no {file}": "thư mục địa phương này chưa có {file}",
    "create one with: {command}": "tạo tệp đó bằng lệnh: {command}",
    "'{key}' must be a list of '- name: ...' entries": (
        "'{key}' phải là danh sách các mục '- name: ...'"
    ),
    "{place} under '{key}' must be 'key: value' lines": (
        "{place} dưới '{key}' phải gồm các dòng 'khóa: giá trị'"
    ),
    "a whole number, such as 1250000": "một số nguyên, ví dụ 1250000",
    "a number, such as 4947.11": "một số, ví dụ 4947.11",
    "{place} needs '{key}' as {kind}": "{place} cần có '{key}' là {kind}",
    "write digits only: no spaces, no thousands separators, a dot for decimals": (
        "chỉ ghi chữ số: không có dấu cách, không có dấu phân cách hàng nghìn, dùng dấu chấm "
        "cho phần thập phân"
    ),
    "'{key}: {value}' of {place} must be {kind}": "'{key}: {value}' của {place} phải là {kind}",
    "'{key}: {value}' is not understood": "'{key}: {value}' không đúng dạng",
    "add '{key}:' with one of: {choices}": "thêm '{key}:' với một trong các giá trị: {choices}",
    "did you mean '{key}'? use one of: {choices}": (
        "có phải ý bạn là '{key}'? dùng một trong các giá trị: {choices}"
    ),
    "unknown {key} '{value}'": "'{key}: {value}' không có trong các giá trị được dùng",
    "the province needs 'population:' with 'value:', 'year:' and 'source:' under it": (
        "địa phương cần có 'population:' (dân số) với 'value:', 'year:' và 'source:' ở dưới"
    ),
    "'about' must be true (a rounded figure) or false": (
        "'about' phải là true (số đã làm tròn) hoặc false"
    ),
    "'sectors' must be a list of '- {{vi: ..., en: ...}}' lines": (
        "'sectors' phải là danh sách các dòng '- {{vi: ..., en: ...}}'"
    ),
    "sector {number}": "ngành thứ {number}",
    "write it as +84 234 3822 355 or 0234 3822 355 (digits and spaces)": (
        "viết theo dạng +84 234 3822 355 hoặc 0234 3822 355 (chữ số và dấu cách)"
    ),
    "write it as name@example.gov.vn": "viết theo dạng ten@example.gov.vn",
    "write the full address, starting with https://": ("ghi đầy đủ địa chỉ, bắt đầu bằng https://"),
    "{place} has no way to reach it": "{place} chưa có cách nào để liên hệ",
    "add at least one of 'phone:', 'email:' or 'website:'": (
        "thêm ít nhất một trong các dòng 'phone:', 'email:' hoặc 'website:'"
    ),
    "contact {number}": "đầu mối liên hệ thứ {number}",
    "project {number}": "dự án thứ {number}",
    "project '{name}'": "dự án '{name}'",
    "every project needs someone to call: add 'contact:' with 'name:' and 'phone:' or "
    "'email:', or the 'id' of an entry under 'contacts:'": (
        "mỗi dự án cần có người để liên hệ: thêm 'contact:' với 'name:' và 'phone:' hoặc "
        "'email:', hoặc ghi 'id' của một mục trong 'contacts:'"
    ),
    "the contact of {place}": "đầu mối liên hệ của {place}",
    "none: give the entries under 'contacts:' an 'id:'": (
        "chưa có: hãy đặt 'id:' cho các mục trong 'contacts:'"
    ),
    "use one of the contact ids ({known})": "dùng một trong các mã liên hệ ({known})",
    "{place} names the contact '{name}', which is not defined": (
        "{place} ghi đầu mối liên hệ '{name}' nhưng mục này chưa được khai báo"
    ),
    "'unesco' of {place} must be a year, such as 1993": (
        "'unesco' của {place} phải là một năm, ví dụ 1993"
    ),
    "heritage item {number}": "di sản thứ {number}",
    "heritage item '{name}'": "di sản '{name}'",
    "specialty {number}": "đặc sản thứ {number}",
    "specialty '{name}'": "đặc sản '{name}'",
    "source {number}": "nguồn thứ {number}",
    "key sector": "ngành chủ lực",
    "official contact": "đầu mối liên hệ chính thức",
    "source for the figures": "nguồn của các số liệu",
    "the province has no {what} ('{key}:')": "địa phương chưa có {what} ('{key}:')",
    "add at least one, for example{example}": "thêm ít nhất một mục, ví dụ:{example}",
    "the province has no Vietnamese page, so it is not published": (
        "địa phương chưa có trang tiếng Việt nên chưa được đăng"
    ),
    "create the file with a few paragraphs introducing the province": (
        "tạo tệp này với vài đoạn giới thiệu về địa phương"
    ),
    "MkDocs reads the first line ('{line}') as a page setting and hides it": (
        "MkDocs hiểu dòng đầu tiên ('{line}') là phần cài đặt của trang và ẩn nó đi"
    ),
    "start the page with another sentence, or put two lines with only '---' above it": (
        "bắt đầu trang bằng một câu khác, hoặc thêm ở trên nó hai dòng chỉ có '---'"
    ),
    "the page has its own '# ' title, so it would show two titles": (
        "trang có dòng tiêu đề '# ' riêng nên sẽ hiện hai tiêu đề"
    ),
    "remove that line (the title is 'name:' in province.yml) or start it with '## ' for a "
    "sub-heading": (
        "xóa dòng đó (tiêu đề là 'name:' trong province.yml) hoặc bắt đầu dòng bằng '## ' để "
        "làm tiêu đề phụ"
    ),
    # Infographics
    "the file must be 'key: value' lines (title:, blocks:, ...)": (
        "tệp phải gồm các dòng 'khóa: giá trị' (title:, blocks:, ...)"
    ),
    "the infographic": "đồ họa thông tin",
    "block {number} ({kind})": "khối thứ {number} ({kind})",
    "the file name '{name}' is not a web address": (
        "tên tệp '{name}' không dùng được làm địa chỉ trang web"
    ),
    "rename it to '{name}' (lower-case letters, digits and dashes)": (
        "đổi tên tệp thành '{name}' (chữ thường không dấu, chữ số và dấu gạch ngang)"
    ),
    "the infographic needs 'blocks:', a list of '- type: ...' entries": (
        "đồ họa thông tin cần có 'blocks:', một danh sách các mục '- type: ...'"
    ),
    "start each block with '- type:' and one of: {choices}": (
        "bắt đầu mỗi khối bằng '- type:' và một trong các loại: {choices}"
    ),
    "block {number} must be 'type:', 'title:', ... lines": (
        "khối thứ {number} phải gồm các dòng 'type:', 'title:', ..."
    ),
    "unknown block type '{kind}' in block {number}": (
        "khối thứ {number} có loại '{kind}' không tồn tại"
    ),
    "block {number} has no 'type'": "khối thứ {number} chưa có 'type' (loại khối)",
    "did you mean '{key}'? (the types are: {choices})": (
        "có phải ý bạn là '{key}'? (các loại khối: {choices})"
    ),
    "{place} needs 'items:', a list of '- {example}' entries": (
        "{place} cần có 'items:', một danh sách các mục '- {example}'"
    ),
    "item {number} ('{label}') of {place}": "mục thứ {number} ('{label}') của {place}",
    "item {number} of {place}": "mục thứ {number} của {place}",
    "item {number} of {place} must be 'label:' lines": (
        "mục thứ {number} của {place} phải gồm các dòng 'label:', ..."
    ),
    "item {number} of {place} must be 'date:' lines": (
        "mục thứ {number} của {place} phải gồm các dòng 'date:', ..."
    ),
    "{place}: a {kind} chart shows 0 or more": (
        "{place}: biểu đồ loại {kind} chỉ hiện số từ 0 trở lên"
    ),
    "series {number} of {place}": "chuỗi số liệu thứ {number} của {place}",
    "{place} needs 'series:', the names of the two things compared": (
        "{place} cần có 'series:', tên của hai đối tượng được so sánh"
    ),
    "write {example}": "viết: {example}",
    "{place} needs 'values:' with two numbers, one for each series": (
        "{place} cần có 'values:' với hai số, mỗi chuỗi số liệu một số"
    ),
    "the value for '{series}' in {place}": "giá trị của '{series}' trong {place}",
    "{place}: the second value must be above 0 for a share": (
        "{place}: giá trị thứ hai phải lớn hơn 0 để tính tỉ lệ"
    ),
    "'members' of {place} must be a list of codes": (
        "'members' của {place} phải là danh sách các mã nước"
    ),
    "'{code}' in '{key}' of {place} is not an ASEAN member code": (
        "'{code}' trong '{key}' của {place} không phải mã của một nước thành viên ASEAN"
    ),
    "add '{key}: 1234.5'": "thêm '{key}: 1234.5'",
    "the {key} '{value}' of {place} is not a number": (
        "'{key}: {value}' của {place} không phải là một số"
    ),
    "write digits only, with a dot before the decimals and no thousands separator or unit, "
    "e.g. '{key}: 1234.5' (the unit goes under 'unit:')": (
        "chỉ ghi chữ số, dùng dấu chấm trước phần thập phân, không có dấu phân cách hàng nghìn "
        "hay đơn vị, ví dụ '{key}: 1234.5' (đơn vị ghi ở 'unit:')"
    ),
    "'{key}' of {place} must be true or false": "'{key}' của {place} phải là true hoặc false",
    "'decimals' of {place} must be a whole number from 0 to {most}": (
        "'decimals' của {place} phải là một số nguyên từ 0 đến {most}"
    ),
    "write '{key}:' as 2024, 2024-07 or 2024-07-28": (
        "viết '{key}:' theo dạng 2024, 2024-07 hoặc 2024-07-28"
    ),
    "{place} has no source": "{place} chưa có nguồn",
    "add '{example}' to the item, or once to its block for all items": (
        "thêm '{example}' vào mục này, hoặc thêm một lần vào khối của nó cho mọi mục"
    ),
    "'source' of {place} must have 'name:', 'url:' and 'date:'": (
        "'source' của {place} phải có 'name:', 'url:' và 'date:'"
    ),
    "the source of {place}": "nguồn của {place}",
    "the source of {place} needs the web address of the figure ('{url}' is not one)": (
        "nguồn của {place} cần có địa chỉ web của số liệu ('{url}' không phải địa chỉ web)"
    ),
    "the source of {place} needs the web address of the figure": (
        "nguồn của {place} cần có địa chỉ web của số liệu"
    ),
    "add 'url: https://...' (copy it from the browser's address bar)": (
        "thêm 'url: https://...' (chép từ thanh địa chỉ của trình duyệt)"
    ),
    # Pages
    "the front matter that starts on line 1 with '---' is never closed": (
        "phần thông tin đầu trang mở bằng '---' ở dòng 1 nhưng chưa được đóng lại"
    ),
    "add a line with only '---' after the last 'key: value' line": (
        "thêm một dòng chỉ có '---' ngay sau dòng 'khóa: giá trị' cuối cùng"
    ),
    "the front matter must be 'key: value' lines, not a list or plain text": (
        "phần thông tin đầu trang phải gồm các dòng 'khóa: giá trị', không phải danh sách "
        "hay văn bản thường"
    ),
    "write it as, for example, 'title: My page'": "viết lại, ví dụ: 'title: Trang của tôi'",
    "the file name does not say which language the page is in, so the page would be "
    "published in one language only": (
        "tên tệp không cho biết trang viết bằng ngôn ngữ nào nên trang sẽ chỉ được đăng bằng "
        "một ngôn ngữ"
    ),
    "rename it to {expected} and add the other language's file": (
        "đổi tên tệp thành {expected} và thêm tệp cho ngôn ngữ còn lại"
    ),
    "unknown language ending '.{code}.md'; this site is built in {codes} only": (
        "phần đuôi '.{code}.md' không phải ngôn ngữ của trang web này (chỉ có {codes})"
    ),
    "rename it to {expected}": "đổi tên tệp thành {expected}",
    # Reading files (kit.core.textfile)
    "open it in a text editor and save it again as UTF-8 (Notepad: File > Save as > "
    "Encoding: UTF-8)": (
        "mở tệp bằng trình soạn thảo văn bản rồi lưu lại dạng UTF-8 (Notepad: File > Save as "
        "> Encoding: UTF-8)"
    ),
    "the file is {size}; a content file may be at most {limit}": (
        "tệp nặng {size}; một tệp nội dung chỉ được tối đa {limit}"
    ),
    "remove text pasted by mistake, or split the content into several pages or files": (
        "xóa phần chữ dán nhầm, hoặc chia nội dung thành nhiều trang hay nhiều tệp"
    ),
    "the file is not UTF-8 text (it is saved as UTF-16)": (
        "tệp không được lưu dạng UTF-8 (tệp đang lưu dạng UTF-16)"
    ),
    "the file is not UTF-8 text (it looks saved in an old Windows or Vietnamese encoding "
    "such as Windows-1258, Windows-1252 or VNI)": (
        "tệp không được lưu dạng UTF-8 (có vẻ tệp được lưu bằng bảng mã cũ như Windows-1258, "
        "Windows-1252 hoặc VNI)"
    ),
    "this line is nested more than {levels} levels deep (lists, quotes '>' or indented "
    "blocks inside one another)": (
        "dòng này lồng nhau quá {levels} cấp (danh sách, trích dẫn '>' hoặc đoạn thụt lề nằm "
        "trong nhau)"
    ),
    "use fewer levels: a reader on a phone cannot follow more than three or four": (
        "dùng ít cấp hơn: người đọc trên điện thoại khó theo dõi quá ba, bốn cấp"
    ),
    "the page has more than {count} HTML blocks with a 'markdown' attribute (they may be "
    "nested inside one another)": (
        "trang có hơn {count} khối HTML mang thuộc tính 'markdown' (có thể lồng vào nhau)"
    ),
    "write the content as plain Markdown, or split it into several pages": (
        "viết nội dung bằng Markdown thường, hoặc chia thành nhiều trang"
    ),
    "the file cannot be read ({reason})": "không đọc được tệp ({reason})",
    "check that it is a file": "kiểm tra xem đó có đúng là một tệp không",
    # YAML syntax (kit.core.yaml_syntax)
    "the file cannot be read: {explanation}": "không đọc được tệp: {explanation}",
    "{subject} cannot be read: {explanation}": "không đọc được {subject}: {explanation}",
    "the front matter between the '---' lines": "phần thông tin đầu trang giữa hai dòng '---'",
    "the file is not written in the expected form, so it cannot be read": (
        "tệp không được viết đúng dạng nên không đọc được"
    ),
    "check the indentation (spaces, not tabs) and put text containing ':' or '#' in double "
    "quotes": (
        "kiểm tra việc thụt lề (dùng dấu cách, không dùng tab) và đặt chữ có dấu ':' hoặc '#' "
        "trong ngoặc kép"
    ),
    "a list opened with '[' or '{{' is never closed": (
        "một danh sách mở bằng '[' hoặc '{{' nhưng chưa được đóng lại"
    ),
    "add the closing ']' or '}}' at its end, or write the list one '- ' line per entry": (
        "thêm dấu ']' hoặc '}}' ở cuối, hoặc viết danh sách thành từng dòng '- '"
    ),
    "the line holds a tab character": "dòng này có ký tự tab",
    "replace the tab character with spaces": (
        "thay ký tự tab bằng dấu cách, thẳng hàng với các dòng cùng cấp"
    ),
    "a text in quotes is never closed": "một đoạn chữ mở ngoặc kép nhưng chưa đóng lại",
    'add the closing quote mark " at the end of the text': (
        'thêm dấu ngoặc kép đóng " ở cuối đoạn chữ'
    ),
    "a text holds ':' but is not in quotes": "đoạn chữ có dấu ':' nhưng không nằm trong ngoặc kép",
    "put the text that holds ':' in double quotes, for example: {example}": (
        "đặt chữ có dấu ':' trong ngoặc kép, ví dụ: {example}"
    ),
    "a text starts with '{sign}', which has a special meaning in this file": (
        "đoạn chữ bắt đầu bằng '{sign}', là ký tự có ý nghĩa đặc biệt trong tệp này"
    ),
    "put the whole text in double quotes": "đặt cả đoạn chữ trong ngoặc kép",
    "the text is in curly quotes “ ” (from Word), which do not count as quotes here": (
        "đoạn chữ nằm trong ngoặc kép cong “ ” (chép từ Word), loại ngoặc không được tính ở đây"
    ),
    'replace “ and ” with straight double quotes ", for example: {example}': (
        'thay “ và ” bằng ngoặc kép thẳng ", ví dụ: {example}'
    ),
    "there is more text after the closing quote mark": "còn chữ nằm sau dấu ngoặc kép đóng",
    "put the whole text inside the quotes": "đặt toàn bộ đoạn chữ vào trong ngoặc kép",
    "a line has no ':' after its name": "một dòng thiếu dấu ':' sau tên mục",
    "write 'name: value' on one line; a text that goes on to the next line must be indented "
    "further than its name": (
        "viết 'tên: nội dung' trên cùng một dòng; đoạn chữ xuống dòng phải lùi vào sâu hơn "
        "tên của nó"
    ),
    "this line is not lined up with the lines at the same level": (
        "dòng này không thẳng hàng với các dòng cùng cấp"
    ),
    "lines at the same level must start in the same column, indented with spaces": (
        "các dòng cùng cấp phải thẳng hàng, lùi vào bằng dấu cách"
    ),
    # Content files (kit.core.yamlfile)
    "this file uses '&' anchors or '*' aliases to repeat a value": (
        "tệp này dùng '&' hoặc '*' để lặp lại một giá trị"
    ),
    "write the text out in full in each place and remove the '&name' and '*name'": (
        "viết đầy đủ nội dung ở mỗi chỗ và xóa các '&ten' và '*ten'"
    ),
    "the values here are nested more than {levels} levels deep": (
        "các giá trị ở đây lồng nhau quá {levels} cấp"
    ),
    "start again from the template file: no field needs that many levels": (
        "làm lại từ tệp mẫu: không trường nào cần nhiều cấp như vậy"
    ),
    "this text is {length} characters long; a field may hold at most {limit}": (
        "đoạn chữ này dài {length} ký tự; một trường chỉ được tối đa {limit}"
    ),
    "shorten it, or write the long text as a page of its own": (
        "rút gọn lại, hoặc viết đoạn dài thành một trang riêng"
    ),
    "on lines {first} and {second}": "ở dòng {first} và dòng {second}",
    "on line {line}": "ở dòng {line}",
    "key '{key}' appears twice, {lines}": "tên mục '{key}' xuất hiện hai lần, {lines}",
    "keep one of them (the build would silently use only the last one)": (
        "chỉ giữ một (nếu không, chỉ dòng sau cùng được dùng mà không báo)"
    ),
    "allowed keys: {keys}": "các tên mục được dùng: {keys}",
    "unknown key '{key}' in {place}": "'{key}' trong {place} không phải tên mục hợp lệ",
    "'{key}' of {place}": "'{key}' của {place}",
    "{place} has no '{key}'": "{place} chưa có '{key}'",
    "add '{key}:' with a 'vi:' and an 'en:' line under it": (
        "thêm '{key}:' với một dòng 'vi:' và một dòng 'en:' ở dưới"
    ),
    "'{key}' of {place} must have a 'vi:' and an 'en:' line": (
        "'{key}' của {place} phải có một dòng 'vi:' và một dòng 'en:'"
    ),
    "write it as {example}": "viết lại như sau: {example}",
    "the {language} {field} of {place} is missing or empty": (
        "{field} {language} của {place} bị thiếu hoặc để trống"
    ),
    "write the {language} text after '{code}:' under '{key}:'": (
        "viết nội dung {language} sau '{code}:' ở dưới '{key}:'"
    ),
    # new_province.py
    "'{name}' does not look like a place name; write only the name": (
        "'{name}' có vẻ không phải tên địa danh; chỉ ghi tên"
    ),
    "'{name}' does not look like a place name": "'{name}' có vẻ không phải tên địa danh",
    "{name} is no longer a provincial-level unit: since 2025 it is part of {merged_into}. "
    "Create that one instead: {command}": (
        "{name} không còn là đơn vị cấp tỉnh: từ năm 2025 đã thuộc {merged_into}. Hãy tạo "
        "trang cho đơn vị đó: {command}"
    ),
    "Did you mean {region}?": "Có phải ý bạn là {region}?",
    "unknown region '{wanted}'.{hint} Choose one of: {regions}": (
        "không có vùng '{wanted}'.{hint} Chọn một trong các vùng: {regions}"
    ),
    "give the short name for the web address with --slug": (
        "hãy ghi tên ngắn dùng trong địa chỉ trang web bằng --slug"
    ),
    "Note: '{name}' is not one of the 34 provinces and cities in place since 1 July 2025; "
    "check the spelling.": (
        "Lưu ý: '{name}' không thuộc 34 tỉnh, thành phố từ ngày 1 tháng 7 năm 2025; hãy kiểm "
        "tra lại chính tả."
    ),
    "{folder} exists already; nothing was changed. Edit its files, or choose another short "
    "name with --slug.": (
        "{folder} đã có; không có gì bị thay đổi. Hãy sửa các tệp trong đó, hoặc chọn tên ngắn "
        "khác bằng --slug."
    ),
    "could not write {folder}: {reason}": "không ghi được {folder}: {reason}",
    "Created {folder}/ with {files}.\nNext:\n  1. Replace every TODO in {folder}/province.yml "
    "and in the two index.*.md files.\n  2. Copy photos of the places into {folder}/ and name "
    "them under 'destinations:'.\n  3. Preview with `make serve` (the page shows what is still "
    "TODO) and check with\n     `.venv/bin/python scripts/check_translations.py`.": (
        "Đã tạo {folder}/ với {files}.\nViệc tiếp theo:\n  1. Thay mọi chữ TODO trong "
        "{folder}/province.yml và trong hai tệp index.*.md.\n  2. Chép ảnh các địa điểm vào "
        "{folder}/ và ghi tên ảnh dưới 'destinations:'.\n  3. Xem trước bằng `make serve` "
        "(trang hiện những chỗ còn TODO) và kiểm tra bằng\n     "
        "`.venv/bin/python scripts/check_translations.py`."
    ),
    # Photos and videos (kit.media.pipeline)
    " ({width}x{height} pixels)": " ({width}x{height} điểm ảnh)",
    "the image is {pixels} megapixels{dims}, more than the {limit} megapixel limit; resize it "
    "below {limit} megapixels (for example to at most {longest} pixels on the long side) "
    "before adding it": (
        "ảnh có {pixels} megapixel{dims}, vượt giới hạn {limit} megapixel; hãy thu nhỏ ảnh "
        "xuống dưới {limit} megapixel (ví dụ cạnh dài tối đa {longest} điểm ảnh) rồi mới thêm vào"
    ),
    "an image extension": "đuôi tệp ảnh",
    "this file is in the {format} format, which is not a photo format the site publishes, "
    "although its name ends in {suffix}; open it in an image editor and export it as JPEG or "
    "PNG": (
        "tệp này có định dạng {format}, không phải định dạng ảnh mà trang web đăng được, dù "
        "tên tệp có đuôi {suffix}; hãy mở bằng phần mềm chỉnh ảnh rồi xuất lại dạng JPEG hoặc PNG"
    ),
    "a web page (HTML), not a photo": "một trang web (HTML), không phải ảnh",
    "a text file, not a photo": "một tệp văn bản, không phải ảnh",
    "not in an image format that can be read": "không ở định dạng ảnh đọc được",
    "this file is {kind}, although its name ends in {suffix}; download or export the "
    "original photo again (as JPEG, PNG, WebP or HEIC)": (
        "tệp này là {kind}, dù tên tệp có đuôi {suffix}; hãy tải về hoặc xuất lại ảnh gốc "
        "(dạng JPEG, PNG, WebP hoặc HEIC)"
    ),
    "the image data is incomplete or damaged (the file may have been cut off while copying "
    "or downloading); copy or export the photo again{detail}": (
        "dữ liệu ảnh bị thiếu hoặc hỏng (có thể tệp bị cắt ngang khi chép hoặc tải về); hãy "
        "chép hoặc xuất lại ảnh{detail}"
    ),
    "this TIFF file is stored with a compression{kind} or layout that cannot be read here; "
    "export it again as JPEG, or as a TIFF without compression or with LZW compression": (
        "tệp TIFF này được lưu với kiểu nén{kind} hoặc cách sắp xếp không đọc được ở đây; hãy "
        "xuất lại dạng JPEG, hoặc TIFF không nén hay nén LZW"
    ),
    "the file holds a hidden block of data that would unpack to far more than a photo needs "
    "(a 'decompression bomb'), so it was not opened; export the photo again as JPEG or PNG "
    "from a photo editor": (
        "tệp chứa một khối dữ liệu ẩn, khi mở ra sẽ lớn hơn rất nhiều so với một bức ảnh "
        "('bom giải nén') nên không được mở; hãy xuất lại ảnh dạng JPEG hoặc PNG từ phần mềm "
        "chỉnh ảnh"
    ),
    "the file could not be read ({reason}); check that it still exists and that you have "
    "permission to open it": (
        "không đọc được tệp ({reason}); hãy kiểm tra tệp còn đó và bạn có quyền mở tệp"
    ),
    "the image could not be processed ({reason}); open it in a photo editor and export it "
    "again as JPEG": (
        "không xử lý được ảnh ({reason}); hãy mở bằng phần mềm chỉnh ảnh rồi xuất lại dạng JPEG"
    ),
    # add_photos.py (make photos)
    "{file}: added {count} entry(ies): {names}": "{file}: đã thêm {count} mục: {names}",
    "Next: open {file} and replace every TODO with the real caption, description and author.": (
        "Tiếp theo: mở {file}, thay mọi chữ TODO bằng chú thích, mô tả và tác giả thật."
    ),
    "there is no folder '{folder}'; give an exhibition folder, e.g. "
    "exhibitions/30-nam-viet-nam-asean": (
        "không có thư mục '{folder}'; ghi tên một thư mục triển lãm, ví dụ "
        "exhibitions/30-nam-viet-nam-asean"
    ),
    "{file}: the file could not be written: {reason}": "{file}: không ghi được tệp: {reason}",
    "No new photo or video to add.": "Không có ảnh hay video mới cần thêm.",
    "{count} file(s) could not be edited, see above": "{count} tệp chưa sửa được, xem lỗi ở trên",
    # resize_media.py
    "No photos found in {folder}.": "Không tìm thấy ảnh nào trong {folder}.",
    "Left out {count} file(s) that are not photos this tool resizes:": (
        "Bỏ qua {count} tệp không phải loại ảnh mà công cụ này thu nhỏ:"
    ),
    "no extension": "không có đuôi tệp",
    "not a photo type this tool resizes ({kind}); if it is a picture, export it as JPEG or "
    "PNG (photo types: {kinds})": (
        "không phải loại ảnh mà công cụ này thu nhỏ ({kind}); nếu đó là ảnh, hãy xuất lại dạng "
        "JPEG hoặc PNG (các loại ảnh: {kinds})"
    ),
    "Resized {done} photo(s), skipped {skipped} unchanged, {failed} failed ({seconds} s).": (
        "Đã thu nhỏ {done} ảnh, bỏ qua {skipped} ảnh không đổi, {failed} ảnh lỗi ({seconds} giây)."
    ),
    "Copies are in {folder}": "Các bản sao nằm trong {folder}",
    "Could not use {count} file(s):": "Không dùng được {count} tệp:",
    "--jobs must be 1 or more": "--jobs phải từ 1 trở lên",
    "--input and --output go together; give both folders": (
        "--input và --output phải đi cùng nhau; hãy ghi cả hai thư mục"
    ),
    "--output {path} is a file, not a folder": "--output {path} là một tệp, không phải thư mục",
    "{option} {path}: there is no folder with that name": (
        "{option} {path}: không có thư mục nào tên như vậy"
    ),
    # Symbolic links in content folders (kit.quality.source_links)
    "this folder is a link (shortcut) to another place; the build never publishes links": (
        "thư mục này là một lối tắt (shortcut) tới chỗ khác; trang web không bao giờ đăng lối tắt"
    ),
    "this file is a link (shortcut) to another place; the build never publishes links": (
        "tệp này là một lối tắt (shortcut) tới chỗ khác; trang web không bao giờ đăng lối tắt"
    ),
    "delete the link and copy the real file (or folder) here instead": (
        "xóa lối tắt và chép tệp (hoặc thư mục) thật vào đây"
    ),
    # Links and HTML that could run a script (kit.quality.safe_content)
    "the HTML element <{tag}> is not allowed in pages (it can run scripts)": (
        "thẻ HTML <{tag}> không được dùng trong trang (nó có thể chạy mã lệnh)"
    ),
    "the link <{tag}> runs a script": "liên kết <{tag}> chạy một đoạn mã",
    "the attribute '{name}' of <{tag}> runs a script": (
        "thuộc tính '{name}' của thẻ <{tag}> chạy một đoạn mã"
    ),
    "the link '{link}' in <{tag} {name}> runs a script": (
        "liên kết '{link}' trong <{tag} {name}> chạy một đoạn mã"
    ),
    "the attribute '{name}' in '{{{attributes}}}' runs a script": (
        "thuộc tính '{name}' trong '{{{attributes}}}' chạy một đoạn mã"
    ),
    "the link '{link}' starts with '{scheme}:', which runs a script": (
        "liên kết '{link}' bắt đầu bằng '{scheme}:', loại liên kết chạy một đoạn mã"
    ),
    "the link '{link}' starts with '{scheme}:', which is not allowed here": (
        "liên kết '{link}' bắt đầu bằng '{scheme}:', loại liên kết không được dùng ở đây"
    ),
    "{problem} (in the page as built)": "{problem} (trong trang đã dựng)",
    "remove it: link to a web address (https://...), an e-mail (mailto:), a phone number "
    "(tel:) or another page of the site; photos and videos go in an exhibition": (
        "hãy xóa nó: chỉ liên kết tới một địa chỉ web (https://...), một địa chỉ e-mail "
        "(mailto:), một số điện thoại (tel:) hoặc một trang khác của trang web; ảnh và video "
        "thì đưa vào một triển lãm"
    ),
    "write a web address starting with https:// (or http://), an e-mail address starting "
    "with mailto:, a phone number starting with tel:, or a link to a page of the site": (
        "ghi một địa chỉ web bắt đầu bằng https:// (hoặc http://), một địa chỉ e-mail bắt đầu "
        "bằng mailto:, một số điện thoại bắt đầu bằng tel:, hoặc liên kết tới một trang của "
        "trang web"
    ),
    "remove the HTML code: write the text with Markdown only (**bold**, *italic*, "
    "[a link](https://...))": (
        "xóa mã HTML: chỉ viết chữ bằng Markdown (**đậm**, *nghiêng*, [một liên kết](https://...))"
    ),
    # mkdocs.yml: the published address and the brand block (kit.build.siteconfig)
    "'site_url' is not set; search engines need the full address of every page": (
        "chưa có 'site_url'; công cụ tìm kiếm cần địa chỉ đầy đủ của mỗi trang"
    ),
    "set 'site_url' to the address where the site is published, for example "
    "'site_url: https://asean.example.gov.vn/'": (
        "ghi vào 'site_url' địa chỉ nơi trang web được đăng, ví dụ "
        "'site_url: https://asean.example.gov.vn/'"
    ),
    "'site_url: {address}' is not a full web address": (
        "'site_url: {address}' không phải một địa chỉ web đầy đủ"
    ),
    "write it with https:// and the domain, for example 'https://asean.example.gov.vn/'": (
        "ghi cả https:// và tên miền, ví dụ 'https://asean.example.gov.vn/'"
    ),
    "the 'extra: brand:' block is missing": "thiếu phần 'extra: brand:' (thông tin cơ quan)",
    "copy the 'extra: brand:' block from the kit's mkdocs.yml and fill it in": (
        "chép phần 'extra: brand:' từ tệp mkdocs.yml của bộ công cụ rồi điền thông tin"
    ),
    "'extra: brand: {key}' is missing": "thiếu 'extra: brand: {key}'",
    "add '{key}:' to the brand block": "thêm '{key}:' vào phần brand",
    "'extra: brand: {key}: {code}' is empty or missing": (
        "'extra: brand: {key}: {code}' bị thiếu hoặc để trống"
    ),
    "write the {field} in '{code}' under 'brand: {key}:'": (
        "viết {field} ở dòng '{code}' dưới 'brand: {key}:'"
    ),
    "'extra: brand: website: {address}' is not a web address": (
        "'extra: brand: website: {address}' không phải một địa chỉ web"
    ),
    'write the full address, starting with https://, or leave it empty ("")': (
        'ghi đầy đủ địa chỉ, bắt đầu bằng https://, hoặc để trống ("")'
    ),
    # The translation check: the project itself (kit.translations.check, .yaml_fields)
    "the project folder {folder} does not exist": "không có thư mục dự án {folder}",
    "there is no {file} in {folder}: give the folder of the site (the one that holds mkdocs.yml)": (
        "không có tệp {file} trong {folder}: hãy ghi thư mục của trang web (thư mục chứa "
        "mkdocs.yml)"
    ),
    "{file} should be made of 'key: value' lines": "{file} phải gồm các dòng 'khóa: giá trị'",
    "the pages folder '{name}' does not exist in {folder} (mkdocs.yml says "
    "'docs_dir: {setting}')": (
        "không có thư mục trang '{name}' trong {folder} (mkdocs.yml ghi 'docs_dir: {setting}')"
    ),
    # Photos and videos: writing the copies (kit.media.pipeline)
    "the file is empty (0 bytes); export or copy the photo again": (
        "tệp trống (0 byte); hãy xuất hoặc chép lại ảnh"
    ),
    "the file changed while the site was being built; wait until it is completely copied, "
    "then build again": (
        "tệp đã thay đổi trong lúc dựng trang web; hãy đợi chép xong hẳn rồi dựng lại"
    ),
    "the resized copy could not be saved as {path} ({reason}); check there is free disk space "
    "and that the folder can be written to": (
        "không lưu được bản thu nhỏ thành {path} ({reason}); hãy kiểm tra ổ đĩa còn chỗ trống "
        "và thư mục cho phép ghi"
    ),
    # make site: share pictures drawn for pages (kit.media.share_cards)
    "the share picture {file} for the page '{title}' could not be made ({reason}); check there "
    "is free disk space and that the folder can be written to, then build again": (
        "không tạo được ảnh chia sẻ {file} cho trang '{title}' ({reason}); hãy kiểm tra ổ đĩa "
        "còn chỗ trống và thư mục cho phép ghi, rồi dựng lại trang web"
    ),
    # make site: a merge left unfinished (kit.quality.conflict_markers)
    "git conflict marker '{marker}' left by an unfinished merge": (
        "còn dấu xung đột của git '{marker}' (hợp nhất chưa xong)"
    ),
    "finish the merge as the update message explained: keep the right version, delete the "
    "<<<<<<<, ======= and >>>>>>> lines, then run `git add -A` and `git commit --no-edit`; "
    "or give the update up with `git merge --abort`": (
        "hoàn tất việc hợp nhất như thông báo của `make update-kit` đã hướng dẫn: giữ phần "
        "đúng, xóa các dòng <<<<<<<, ======= và >>>>>>>, rồi chạy `git add -A` và "
        "`git commit --no-edit`; hoặc hủy bản cập nhật bằng `git merge --abort`"
    ),
    "The site was not built: a merge (make update-kit) is unfinished and these files still "
    "hold git conflict markers.": (
        "Trang web chưa được dựng: một lần hợp nhất (make update-kit) chưa xong và các tệp sau "
        "còn dấu xung đột của git."
    ),
    "Translations checked in {seconds} s": "Đã kiểm tra bản dịch trong {seconds} giây",
    "{file} does not list the kit's plugin: under 'plugins:', add the line '  - {plugin}' "
    "after the other plugins, and remove 'hooks:' with its line '- {hooks}' (older kits used "
    "it). 'make update-kit' does this by itself.": (
        "{file} chưa khai báo plugin của bộ công cụ: trong mục 'plugins:', thêm dòng "
        "'  - {plugin}' sau các plugin khác, và xóa 'hooks:' cùng dòng '- {hooks}' của nó (các "
        "bộ công cụ cũ dùng dòng này). 'make update-kit' tự làm việc này."
    ),
    "Precompressed {files} text files ({reused} unchanged, reused): {before} KB -> {after} KB "
    "in {seconds} s": (
        "Đã nén sẵn {files} tệp văn bản ({reused} tệp không đổi, dùng lại): {before} KB -> "
        "{after} KB trong {seconds} giây"
    ),
    # interface labels (kit/core/labels.py)
    "there are no interface labels for the language '{code}' named in mkdocs.yml": (
        "chưa có nhãn giao diện cho ngôn ngữ '{code}' khai báo trong mkdocs.yml"
    ),
    "copy {example} to {file} and translate the text of every line": (
        "sao chép {example} thành {file} rồi dịch phần chữ của từng dòng"
    ),
    "the label '{key}' is missing": "thiếu nhãn '{key}'",
    "add it, translated from {example}": "thêm nhãn này, dịch từ {example}",
    "the label '{key}' is not in {example}": "nhãn '{key}' không có trong {example}",
    "remove it, or add it to the catalogue of every language": (
        "xóa nhãn này, hoặc thêm nó vào danh mục nhãn của mọi ngôn ngữ"
    ),
    "the label '{key}' is empty": "nhãn '{key}' đang để trống",
    "write its text": "viết nội dung cho nhãn",
    # Discover ASEAN culture: subject tags (kit/discover/)
    "'tags' of {place} must be a list in square brackets": (
        "'tags' của {place} phải là một danh sách trong ngoặc vuông"
    ),
    "'{tag}' in 'tags' of {place} is not a tag id": (
        "'{tag}' trong 'tags' của {place} không phải là mã thẻ"
    ),
    "tag ids are lower-case letters without accents, digits and dashes, e.g. {example}": (
        "mã thẻ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ {example}"
    ),
    "the tag '{tag}' is written twice in {place}": "thẻ '{tag}' được viết hai lần trong {place}",
    "remove one of the two": "xóa một trong hai",
    "{place} has the tag '{tag}', which is not defined": (
        "{place} có thẻ '{tag}' nhưng thẻ này chưa được khai báo"
    ),
    "add it under 'themes:' in {file} with its name in every language": (
        "thêm nó vào 'themes:' trong {file} với tên bằng mọi ngôn ngữ"
    ),
    "did you mean '{key}'? Otherwise {fix}": "có phải ý bạn là '{key}'? Nếu không, {fix}",
    "item '{label}'": "mục '{label}'",
    "the tag catalogue": "danh mục chủ đề",
    "the file must start with 'themes:' and a list of themes": (
        "tệp phải bắt đầu bằng 'themes:' và một danh sách chủ đề"
    ),
    "'themes' must be a list of '- id: ...' entries": (
        "'themes' phải là một danh sách các mục '- id: ...'"
    ),
    "theme {number}": "chủ đề {number}",
    "theme '{id}'": "chủ đề '{id}'",
    "{place} must be 'id:' and 'name:' lines": "{place} phải gồm các dòng 'id:' và 'name:'",
    "use lower-case letters without accents, digits and dashes, e.g. 'id: di-san'": (
        "dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ 'id: di-san'"
    ),
    "the theme id '{id}' is already a built-in tag (a country code, a pillar or a year), "
    "which needs no entry": (
        "mã chủ đề '{id}' đã là một thẻ có sẵn (mã nước, trụ cột hoặc năm), không cần khai báo"
    ),
    "remove this theme, or give it another id": "xóa chủ đề này, hoặc đặt cho nó mã khác",
    "two themes have the id '{id}'": "hai chủ đề có cùng mã '{id}'",
    # Quizzes (kit/quizzes/)
    "the quiz": "bài thi",
    "question {number}": "câu hỏi {number}",
    "choice {number} of {place}": "lựa chọn {number} của {place}",
    "the file must be 'key: value' lines (title:, intro:, questions:)": (
        "tệp phải gồm các dòng 'khóa: giá trị' (title:, intro:, questions:)"
    ),
    "the quiz needs 'questions:', a list of '- question: ...' entries": (
        "bài thi cần có 'questions:', một danh sách các mục '- question: ...'"
    ),
    "copy a question from {template} and change its texts": (
        "sao chép một câu hỏi từ {template} rồi sửa nội dung"
    ),
    "{place} must be 'question:', 'choices:', ... lines": (
        "{place} phải gồm các dòng 'question:', 'choices:', ..."
    ),
    "{place} needs 'choices:', a list of {least} to {most} answers": (
        "{place} cần có 'choices:', một danh sách từ {least} đến {most} câu trả lời"
    ),
    "write them as {example}": "viết như sau: {example}",
    "two choices of {place} are the same": "hai lựa chọn của {place} giống hệt nhau",
    "add 'answer: 2' with the number of the right choice, counting from 1": (
        "thêm 'answer: 2' với số thứ tự của lựa chọn đúng, đếm từ 1"
    ),
    "'answer: {value}' of {place} is not the number of a choice": (
        "'answer: {value}' của {place} không phải là số thứ tự của một lựa chọn"
    ),
    "'answer: {value}' of {place} points past the last of its {count} choices": (
        "'answer: {value}' của {place} vượt quá lựa chọn cuối cùng (chỉ có {count} lựa chọn)"
    ),
    "write the number of the right choice, counting from 1: 'answer: 2' for the second": (
        "ghi số thứ tự của lựa chọn đúng, đếm từ 1: 'answer: 2' là lựa chọn thứ hai"
    ),
    "add the address of the page of this site that teaches the answer, e.g. '{example}'": (
        "thêm địa chỉ trang của trang web này giải thích đáp án, ví dụ '{example}'"
    ),
    "'learn_more' of {place} must be a page of this site": (
        "'learn_more' của {place} phải là một trang của trang web này"
    ),
    "write its address without 'https://' and the site's name, e.g. '{example}'": (
        "viết địa chỉ không có 'https://' và tên miền, ví dụ '{example}'"
    ),
    "'learn_more' of {place} starts with the language '{code}/'": (
        "'learn_more' của {place} bắt đầu bằng ngôn ngữ '{code}/'"
    ),
    "leave it out ('{address}'): each language's quiz links to the page in its language": (
        "bỏ phần đó đi ('{address}'): bài thi ở mỗi ngôn ngữ tự liên kết tới trang cùng ngôn ngữ"
    ),
    "'{address}' in {place} is not a page address": (
        "'{address}' trong {place} không phải là địa chỉ trang"
    ),
    "write it as lower-case letters, digits, dashes and '/', e.g. '{example}'": (
        "viết bằng chữ thường, chữ số, dấu gạch ngang và '/', ví dụ '{example}'"
    ),
    "{place} links to '{address}', which is not a page of this site": (
        "{place} liên kết tới '{address}', nhưng đây không phải là trang của trang web này"
    ),
    "open the page in the browser and copy its address after the site's name, without the "
    "language, e.g. '{example}'": (
        "mở trang đó trong trình duyệt và sao chép phần địa chỉ sau tên miền, bỏ phần ngôn ngữ, "
        "ví dụ '{example}'"
    ),
    "question": "câu hỏi",
    "explanation": "lời giải thích",
    "choice {number}": "lựa chọn {number}",
    # visitor layout: the brand's short name, the home page, the "last updated" line
    "short name for phones": "tên ngắn cho điện thoại",
    "'extra: brand: short_name: {code}' has {count} characters; a phone's header shows {limit}": (
        "'extra: brand: short_name: {code}' dài {count} ký tự; đầu trang trên điện thoại chỉ "
        "hiện được {limit}"
    ),
    "shorten it (for example 'Lào Cai – ASEAN'), or remove 'short_name'": (
        "rút ngắn tên (ví dụ 'Lào Cai – ASEAN'), hoặc xóa 'short_name'"
    ),
    "'cover: {cover}' names no photo of an exhibition": (
        "'cover: {cover}' không phải là ảnh nào của một triển lãm"
    ),
    "write the exhibition's folder and the photo's id, for example "
    "'cover: 30-nam-viet-nam-asean/2025-ky-niem-30-nam', or remove 'cover:' to use the first "
    "exhibition's cover": (
        "viết tên thư mục triển lãm và mã (id) của ảnh, ví dụ "
        "'cover: 30-nam-viet-nam-asean/2025-ky-niem-30-nam', hoặc xóa 'cover:' để dùng ảnh bìa "
        "của triển lãm đầu tiên"
    ),
    # Harvest (scripts/harvest.py, kit/opendata/harvest.py)
    "Done: look at the pages with 'make serve', then commit the new folders.": (
        "Xong: hãy xem các trang bằng 'make serve', rồi commit các thư mục mới."
    ),
    "Error: no {file} in {folder}": "Lỗi: không có {file} trong {folder}",
    "Nothing to harvest: list the sources under 'extra: kit: harvest:' in mkdocs.yml, or give "
    "--name and --from": (
        "Không có gì để lấy về: hãy liệt kê các nguồn dưới 'extra: kit: harvest:' trong "
        "mkdocs.yml, hoặc cho --name và --from"
    ),
    "{count} source(s) refused: nothing of them was written.": (
        "{count} nguồn bị từ chối: không ghi gì từ các nguồn đó."
    ),
    "{name}: {provinces} province(s), {exhibitions} exhibition(s), {images} image(s) harvested": (
        "{name}: đã lấy về {provinces} địa phương, {exhibitions} triển lãm, {images} ảnh"
    ),
    "{what} is {size} MB, more than the {limit} MB limit": (
        "{what} nặng {size} MB, quá giới hạn {limit} MB"
    ),
    "{location} is neither an https address, a folder nor a .zip file": (
        "{location} không phải địa chỉ https, thư mục hay tệp .zip"
    ),
    "{name}: REFUSED ({where}): {reason}": "{name}: BỊ TỪ CHỐI ({where}): {reason}",
    "mkdocs.yml: 'harvest:' must be a list of '- name: ... from: ...' entries": (
        "mkdocs.yml: 'harvest:' phải là danh sách các mục '- name: ... from: ...'"
    ),
    "the harvest name '{name}' is not a web address part: use '{slug}' (lower-case letters, "
    "digits and dashes)": (
        "tên nguồn '{name}' không dùng được trong địa chỉ web: hãy dùng '{slug}' (chữ thường "
        "không dấu, chữ số và dấu gạch ngang)"
    ),
    "the harvest entry '{name}' has no 'from:' address or folder": (
        "nguồn '{name}' chưa có địa chỉ hoặc thư mục 'from:'"
    ),
    "no {file} in {folder}: give the folder of the built site (the one holding data/{file})": (
        "không có {file} trong {folder}: hãy cho thư mục của trang đã dựng (thư mục chứa "
        "data/{file})"
    ),
    "only https addresses are harvested, not {address}": (
        "chỉ lấy dữ liệu từ địa chỉ https, không lấy từ {address}"
    ),
    "mkdocs.yml: harvest entry {number} must have only 'name:' and 'from:'": (
        "mkdocs.yml: nguồn thứ {number} dưới 'harvest:' chỉ được có 'name:' và 'from:'"
    ),
    "mkdocs.yml: two harvest entries are named '{name}'": (
        "mkdocs.yml: có hai nguồn cùng tên '{name}'"
    ),
    "the source holds more than {size} MB in all": "nguồn này có tổng cộng hơn {size} MB",
    "reading the source took more than {seconds} seconds": "đọc nguồn này mất hơn {seconds} giây",
    "the image is not on the exported site ({site})": (
        "ảnh không nằm trên trang xuất dữ liệu ({site})"
    ),
    "the image address is not a file of the site": "địa chỉ ảnh không phải một tệp của trang",
    "the image": "ảnh",
    "the zip holds more than {count} files": "tệp zip chứa hơn {count} tệp",
    "the zip holds no {file}": "tệp zip không chứa {file}",
    "the address redirects to {address}, which is not https": (
        "địa chỉ chuyển hướng sang {address}, không phải https"
    ),
    "the image is on another host than the export ({host})": (
        "ảnh nằm trên máy chủ khác với tệp dữ liệu ({host})"
    ),
    "the export is not UTF-8 text": "tệp dữ liệu không phải văn bản UTF-8",
    "the export is nested too deeply to be read": "tệp dữ liệu lồng nhau quá sâu, không đọc được",
    "the export is not valid JSON ({reason})": "tệp dữ liệu không phải JSON hợp lệ ({reason})",
    "{path} links to a script ('{text}')": (
        "{path} có liên kết tới một đoạn mã chạy được ('{text}')"
    ),
    "the export has no texts in {languages}, which this site publishes": (
        "tệp dữ liệu không có nội dung bằng {languages}, ngôn ngữ mà trang này đăng"
    ),
    "{where}: links inside the site it came from are shown as plain text": (
        "{where}: các liên kết tới trang gốc được hiển thị dạng chữ thường"
    ),
    "{where}: left out, no item could be harvested": "{where}: bỏ qua, không lấy được ảnh nào",
    "the image is not in the folder": "ảnh không có trong thư mục",
    "{file} is not a zip file that can be opened ({reason})": (
        "{file} không phải tệp zip mở được ({reason})"
    ),
    "the zip is damaged ({reason})": "tệp zip bị hỏng ({reason})",
    "the image is not in the zip": "ảnh không có trong tệp zip",
    "{address} answered {code} {reason}": "{address} trả lời {code} {reason}",
    "{address} could not be read ({reason})": "không đọc được {address} ({reason})",
    "the address gives a web page, not {file}": (
        "địa chỉ này trả về một trang web, không phải {file}"
    ),
    "{path} holds HTML ('{text}')": "{path} có chứa HTML ('{text}')",
    "the image is a {format} file, not WebP, JPEG or PNG": (
        "ảnh là tệp {format}, không phải WebP, JPEG hay PNG"
    ),
    "{where}: image {url} left out: {reason}": "{where}: bỏ qua ảnh {url}: {reason}",
    "{where}: videos are not harvested; it stays on the province's site": (
        "{where}: không lấy video về; video vẫn ở trên trang của địa phương"
    ),
    "the export could not be used ({reason})": "không dùng được tệp dữ liệu ({reason})",
    "{path} still holds template text ('{text}')": "{path} vẫn còn chữ mẫu ('{text}')",
    "{folder} is the site's own, not harvested: rename it or harvest under another name": (
        "{folder} là nội dung riêng của trang, không phải lấy về: hãy đổi tên thư mục đó hoặc "
        "lấy về dưới tên khác"
    ),
    "{folder} was harvested from '{owner}'": "{folder} đã được lấy về từ nguồn '{owner}'",
    "{where}: left out, it has no image": "{where}: bỏ qua, mục này không có ảnh",
    "The library '{name}' that the kit needs is missing from this Python ({python}). "
    "Run 'make site' once in the project folder (it installs the kit's libraries into .venv), "
    "then run the command with the kit's Python: .venv/bin/python {command}": (
        "Python này ({python}) thiếu thư viện '{name}' mà bộ công cụ cần. Hãy chạy 'make site' "
        "một lần trong thư mục dự án (lệnh này cài các thư viện của bộ công cụ vào .venv), rồi "
        "chạy lại lệnh bằng Python của bộ công cụ: .venv/bin/python {command}"
    ),
    # Province sites: new_site.py, update_site.py
    "{folder} is a file; choose a new folder name": (
        "{folder} là một tệp, không phải thư mục; hãy chọn tên thư mục mới"
    ),
    "{folder} is not empty; nothing was changed. Choose a new folder name": (
        "{folder} không trống; chưa có gì bị thay đổi. Hãy chọn tên thư mục mới"
    ),
    "{folder} is inside the kit; create the site next to it, e.g. ../asean-site": (
        "{folder} nằm bên trong thư mục bộ công cụ; hãy tạo trang web bên cạnh thư mục đó, "
        "ví dụ ../asean-site"
    ),
    "Created {folder} ({count} files) for {name}.": ("Đã tạo {folder} ({count} tệp) cho {name}."),
    "Next:": "Tiếp theo:",
    "Then:": "Sau đó:",
    "installs the tools the first time, then checks everything": (
        "lần đầu sẽ cài công cụ, sau đó kiểm tra toàn bộ trang"
    ),
    "builds the website into the folder site/": "dựng trang web vào thư mục site/",
    "preview at {address}": "xem trước tại {address}",
    "check the brand block at the top of mkdocs.yml (agency, address, phone, email);": (
        "kiểm tra khối thương hiệu (brand) ở đầu tệp mkdocs.yml (cơ quan, địa chỉ, điện thoại, "
        "email);"
    ),
    "exhibitions/{folder}/ is a sample exhibition: delete the folder when you have your own;": (
        "exhibitions/{folder}/ chỉ là triển lãm mẫu: xóa thư mục này khi đã có triển lãm của mình;"
    ),
    "start your local page: {command}": "tạo trang giới thiệu địa phương: {command}",
    "no git repository was created, so `make update-kit` will not work.": (
        "không có kho git nên lệnh `make update-kit` sẽ không chạy được."
    ),
    "get later kit improvements with `make update-kit` (see README.md).": (
        "nhận các cải tiến sau này của bộ công cụ bằng lệnh `make update-kit` (xem README.md)."
    ),
    "could not create {folder}: {reason}": "không tạo được {folder}: {reason}",
    "{file} is not valid YAML: {reason}": "{file} sai cú pháp YAML: {reason}",
    "{option} {path}: no such file": "{option} {path}: không có tệp này",
    "{option} {path}: use a file of type {types}": "{option} {path}: hãy dùng tệp dạng {types}",
    "{option} {path} is {size} KB; make it under 1 MB": (
        "{option} {path} nặng {size} KB; hãy giảm xuống dưới 1 MB"
    ),
    "{option} {path} is not an SVG picture": "{option} {path} không phải là ảnh SVG",
    "{option} {path} is not a PNG picture": "{option} {path} không phải là ảnh PNG",
    "{option} {path} contains a script; save the logo again without scripts (for example with "
    "Inkscape: File > Save As > Plain SVG)": (
        "{option} {path} có chứa mã script; hãy lưu lại logo mà không kèm script (ví dụ trong "
        "Inkscape: File > Save As > Plain SVG)"
    ),
    "{option} is empty; write it in quotes, for example {option} {example}": (
        "{option} đang để trống; hãy ghi giá trị trong dấu ngoặc kép, ví dụ {option} {example}"
    ),
    "{option} '{text}' contains characters a page cannot show safely (< > {{ }} [ ] ` \\ | * _ "
    "$ or a line break); write plain words": (
        "{option} '{text}' có ký tự mà trang web không hiển thị an toàn được (< > {{ }} [ ] ` \\ "
        "| * _ $ hoặc dấu xuống dòng); hãy chỉ viết chữ thông thường"
    ),
    "{option} is {length} characters long; keep it under 200": (
        "{option} dài {length} ký tự; hãy rút gọn dưới 200 ký tự"
    ),
    "{option} '{value}' is not a colour; write it as #rrggbb, e.g. #0b3a75": (
        "{option} '{value}' không phải là mã màu; hãy ghi theo dạng #rrggbb, ví dụ #0b3a75"
    ),
    "{option} {colour} is too light: white text on it and links in it on white have a contrast "
    "of {ratio}:1, below the {minimum}:1 that people with low vision need. Choose a darker "
    "colour, for example {suggestion}": (
        "{option} {colour} quá nhạt: chữ trắng trên nền màu này và đường liên kết màu này trên "
        "nền trắng chỉ có độ tương phản {ratio}:1, thấp hơn mức {minimum}:1 mà người có thị lực "
        "kém cần. Hãy chọn màu đậm hơn, ví dụ {suggestion}"
    ),
    "{option} '{text}' is not a full web address; write it with https:// and the domain, for "
    "example https://asean.laocai.gov.vn/": (
        "{option} '{text}' chưa phải là địa chỉ web đầy đủ; hãy ghi cả https:// và tên miền, ví "
        "dụ https://asean.laocai.gov.vn/"
    ),
    "{option} '{text}' contains spaces or quotes; check the address": (
        "{option} '{text}' có dấu cách hoặc dấu ngoặc kép; hãy kiểm tra lại địa chỉ"
    ),
    "--sections: unknown section '{name}'.{hint} Choose from {choices} (comma-separated), or "
    "'none'": (
        "--sections: không có mục '{name}'.{hint} Hãy chọn trong {choices} (cách nhau bằng dấu "
        "phẩy), hoặc 'none'"
    ),
    "Did you mean '{name}'?": "Có phải ý bạn là '{name}'?",
    "--phone '{phone}' is not a phone number; write digits with spaces, for example '+84 214 "
    "0000 000'": (
        "--phone '{phone}' không phải là số điện thoại; hãy ghi các chữ số, có thể cách nhau bằng "
        "dấu cách, ví dụ '+84 214 0000 000'"
    ),
    "--email '{email}' is not an email address (name@example.gov.vn)": (
        "--email '{email}' không phải là địa chỉ thư điện tử (dạng ten@example.gov.vn)"
    ),
    "{option} '{text}' has {length} characters; a phone's header shows {limit}: shorten it": (
        "{option} '{text}' có {length} ký tự; đầu trang trên điện thoại chỉ hiện được {limit} ký "
        "tự: hãy rút ngắn lại"
    ),
    "{file} has no 'answers:' block; it was not written by new_site.py": (
        "{file} không có khối 'answers:'; tệp này không do new_site.py tạo ra"
    ),
    "{file}: unknown key 'answers: {key}'.{hint}": (
        "{file}: khóa 'answers: {key}' không hợp lệ.{hint}"
    ),
    "{file}: 'answers: {key}' is missing or empty": (
        "{file}: thiếu 'answers: {key}' hoặc khóa này đang để trống"
    ),
    "mkdocs.yml line {line}: '{text}' has no value": (
        "mkdocs.yml dòng {line}: '{text}' chưa có giá trị"
    ),
    "the kit's mkdocs.yml has no '{key}:' line, which new_site.py fills in; restore it in the "
    "kit's mkdocs.yml": (
        "mkdocs.yml của bộ công cụ thiếu dòng '{key}:' mà new_site.py cần điền; hãy khôi phục "
        "dòng đó trong mkdocs.yml của bộ công cụ"
    ),
    "the kit's mkdocs.yml has no top-level '{key}:'; restore it in the kit's mkdocs.yml": (
        "mkdocs.yml của bộ công cụ thiếu khóa '{key}:' ở cấp ngoài cùng; hãy khôi phục khóa đó "
        "trong mkdocs.yml của bộ công cụ"
    ),
    "new_site.py could not set '{key}' in mkdocs.yml (found {found}); the kit's mkdocs.yml has "
    "a layout it does not know": (
        "new_site.py không ghi được '{key}' vào mkdocs.yml (đang có {found}); mkdocs.yml của bộ "
        "công cụ có cấu trúc mà new_site.py không nhận ra"
    ),
    "git is not installed; install it (apt-get install git)": (
        "máy này chưa cài git; hãy cài đặt (apt-get install git)"
    ),
    "'git {command}' failed: {output}": "lệnh 'git {command}' bị lỗi: {output}",
    "the repository has no '{branch}' branch": "kho git không có nhánh '{branch}'",
    "{file} does not exist: this folder was not made by new_site.py, so there is nothing to "
    "update from": (
        "không có tệp {file}: thư mục này không được tạo bằng new_site.py nên không có gì để "
        "cập nhật"
    ),
    "{folder} is not a git repository (the site was created with --no-git); updates need git: "
    "create the site again without --no-git and copy your content into it": (
        "{folder} không phải là kho git (trang được tạo với --no-git); muốn cập nhật thì cần "
        "git: hãy tạo lại trang không dùng --no-git rồi chép nội dung của bạn sang"
    ),
    "a merge is not finished yet. Resolve it and run `git commit`, or give up with `git merge "
    "--abort`, then run the update again": (
        "lần gộp (merge) trước chưa xong. Hãy xử lý xung đột rồi chạy `git commit`, hoặc hủy "
        "bằng `git merge --abort`, sau đó chạy lại lệnh cập nhật"
    ),
    "there are uncommitted changes:\n{files}\n  Commit them first (git add -A && git commit -m "
    "'...') or put them aside (git stash), then run the update again": (
        "còn thay đổi chưa commit:\n{files}\n  Hãy commit trước (git add -A && git commit -m "
        "'...') hoặc cất tạm sang một bên (git stash), rồi chạy lại lệnh cập nhật"
    ),
    "the repository has no '{branch}' branch, which new_site.py creates; without it the update "
    "cannot tell your changes from the kit's": (
        "kho git không có nhánh '{branch}' mà new_site.py tạo ra; thiếu nhánh này thì lệnh cập "
        "nhật không phân biệt được thay đổi của bạn với thay đổi của bộ công cụ"
    ),
    "{file} does not say where the kit is; give it with --kit": (
        "{file} không ghi bộ công cụ ở đâu; hãy chỉ ra bằng --kit"
    ),
    "{folder} is not the site kit (no scripts/new_site.py in it); give the kit's folder with "
    "--kit": (
        "{folder} không phải là bộ công cụ (không có scripts/new_site.py); hãy chỉ đúng thư mục "
        "bộ công cụ bằng --kit"
    ),
    "the kit folder {folder} does not exist; give the right one with --kit": (
        "không có thư mục bộ công cụ {folder}; hãy chỉ đúng thư mục bằng --kit"
    ),
    "Downloading the kit from {source} ...": "Đang tải bộ công cụ từ {source} ...",
    "could not download the kit from {source}: {reason}": (
        "không tải được bộ công cụ từ {source}: {reason}"
    ),
    "The kit in {source} (commit {new}) is OLDER than the kit this site already uses (commit "
    "{recorded}, recorded in {file}): updating from it would undo kit improvements. Get the "
    "latest kit (for example run `git pull` in the kit folder) and run the update again. "
    "Nothing was changed": (
        "Bộ công cụ trong {source} (commit {new}) CŨ HƠN bộ công cụ mà trang này đang dùng "
        "(commit {recorded}, ghi trong {file}): cập nhật từ bộ này sẽ xóa mất các cải tiến đã "
        "có. Hãy lấy bản mới nhất của bộ công cụ (ví dụ chạy `git pull` trong thư mục bộ công "
        "cụ) rồi chạy lại lệnh cập nhật. Trang web chưa bị thay đổi gì"
    ),
    "{source} is not a git copy of the kit (it has no history)": (
        "{source} không phải là bản git của bộ công cụ (không có lịch sử)"
    ),
    "{file} does not record the commit of the kit this site uses": (
        "{file} không ghi commit của bộ công cụ mà trang này đang dùng"
    ),
    "the kit in {source} does not have commit {recorded} that this site uses: it may be an "
    "older copy, or another kit": (
        "lịch sử của bộ công cụ trong {source} không có commit {recorded} mà trang này đang "
        "dùng: đó có thể là một bản cũ hơn, hoặc một bộ công cụ khác"
    ),
    "the kit in {source} (commit {new}) and the one this site uses (commit {recorded}) have "
    "separate histories": (
        "bộ công cụ trong {source} (commit {new}) và bộ công cụ trang này đang dùng (commit "
        "{recorded}) có lịch sử tách rời nhau"
    ),
    "Cannot tell whether this kit is newer or older than the site's: {reason}. If you are sure "
    "it is newer, run again with --force (make update-kit KIT=... FORCE=1). Nothing was "
    "changed": (
        "Không biết bộ công cụ này mới hơn hay cũ hơn bộ mà trang đang dùng: {reason}. Nếu chắc "
        "chắn nó mới hơn, hãy chạy lại với --force (make update-kit KIT=... FORCE=1). Trang web "
        "chưa bị thay đổi gì"
    ),
    "the new kit could not render this site:\n{output}": (
        "bộ công cụ mới không tạo được các tệp của trang này:\n{output}"
    ),
    "Rendering this site with the kit in {source} ...": (
        "Đang tạo lại các tệp của trang bằng bộ công cụ trong {source} ..."
    ),
    "mkdocs.yml now lists '- campaign' under 'plugins:' instead of 'hooks: - {hooks}' "
    "(committed).": (
        "mkdocs.yml giờ dùng '- campaign' trong 'plugins:' thay cho 'hooks: - {hooks}' (đã commit)."
    ),
    "CONFLICTS: you and the kit changed the same lines in {count} file(s):\n{files}\n\nOpen each "
    "file and look for the marked blocks:\n    <<<<<<< HEAD\n    your version\n    =======\n    "
    "the kit's new version\n    >>>>>>> kit\nKeep what is right, delete the three marker lines, "
    "then finish with:\n    git add -A\n    git commit --no-edit\n    make test\nTo give up and "
    "go back to how the site was before the update:\n    git merge --abort": (
        "XUNG ĐỘT: bạn và bộ công cụ cùng sửa những dòng giống nhau trong {count} tệp:\n{files}\n"
        "\nMở từng tệp và tìm các khối có đánh dấu:\n    <<<<<<< HEAD\n    bản của bạn\n    "
        "=======\n    bản mới của bộ công cụ\n    >>>>>>> kit\nGiữ lại nội dung đúng, xóa ba "
        "dòng đánh dấu, rồi hoàn tất bằng:\n    git add -A\n    git commit --no-edit\n    make "
        "test\nMuốn hủy và trở lại như trước khi cập nhật:\n    git merge --abort"
    ),
    "Already up to date: the kit has nothing new for this site.": (
        "Không có gì mới: trang này đã có mọi cải tiến của bộ công cụ."
    ),
    "Updated: the kit changed {count} file(s) in this site.": (
        "Đã cập nhật: bộ công cụ đã thay đổi {count} tệp của trang này."
    ),
    "... and {count} more (git show --stat)": "... và {count} tệp khác (git show --stat)",
    "Now run `make test`, then `make site`.": "Hãy chạy `make test`, rồi `make site`.",
    # Wrong usage of a command (kit.messages.arguments: argparse's own errors)
    "usage: ": "cách dùng: ",
    "Every option is explained by: {command}": "Xem giải thích mọi tùy chọn: {command}",
    "missing: {names}; write them as in the example of --help": (
        "còn thiếu: {names}; hãy ghi như trong ví dụ của --help"
    ),
    "unknown option or value: {names}; check the spelling in --help": (
        "tùy chọn hoặc giá trị không hợp lệ: {names}; hãy kiểm tra lại cách viết trong --help"
    ),
    "{option} needs a value after it": "{option} cần có giá trị ghi ngay sau",
    "{option}: {value} is not one of {choices}": (
        "{option}: {value} không nằm trong các lựa chọn {choices}"
    ),
    "{option}: {value} is not a valid value": "{option}: {value} không phải là giá trị hợp lệ",
    "{option} takes no value: remove {value}": "{option} không nhận giá trị: hãy bỏ {value}",
    "{option} could be {matches}: write the option in full": (
        "{option} có thể là {matches}: hãy viết đầy đủ tên tùy chọn"
    ),
    # the web editor (kit/editor)
    "write backend:, repo: and branch: under it, as README.md shows": (
        "viết backend:, repo: và branch: bên dưới, như README.md hướng dẫn"
    ),
    "'editor:' must be a block of settings": "'editor:' phải là một khối thiết lập",
    "unknown setting '{key}'": "thiết lập '{key}' không có",
    "use one of: {keys}": "dùng một trong các thiết lập: {keys}",
    "backend '{value}' is not one the editor knows": (
        "trình biên tập không biết backend '{value}'"
    ),
    "write backend: github or backend: gitlab": "viết backend: github hoặc backend: gitlab",
    "repo '{value}' is not a repository name": "repo '{value}' không phải là tên kho mã",
    "write the owner and the name of the repository, e.g. repo: so-ttt/asean-site": (
        "viết tên chủ sở hữu và tên kho mã, ví dụ repo: so-ttt/asean-site"
    ),
    "branch '{value}' is not a branch name": "branch '{value}' không phải là tên nhánh",
    "write e.g. branch: main": "viết ví dụ branch: main",
    "api_root '{value}' is not an https:// address": (
        "api_root '{value}' không phải là địa chỉ https://"
    ),
    "write the full address of your server's API, or leave api_root out": (
        "viết đầy đủ địa chỉ API của máy chủ, hoặc bỏ dòng api_root"
    ),
    "The web editor (/admin/) was left out: Sveltia CMS is not installed. "
    "Fix: run 'npm ci' in {folder}": (
        "Trình biên tập trên web (/admin/) không được đưa vào: Sveltia CMS chưa được cài. "
        "Cách sửa: chạy 'npm ci' trong {folder}"
    ),
}
