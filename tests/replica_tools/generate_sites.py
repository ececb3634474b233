# ruff: noqa: E501 - prose data: lines are as long as the sentences wrap
"""Generate the two small "unseen" sites under tests/sites (deterministic).

Run from the project root: ``.venv/bin/python tests/replica_tools/generate_sites.py [OUT_DIR]``.

- ``paged/``: articles reachable only through paginated section pages (``?page=N``), with broken
  links; markup unlike the replica's (``post-*`` classes, date in ``span.pub``).
- ``sitemap_only/``: articles reachable only through the sitemaps robots.txt names and the RSS feed
  the home page advertises; the home page links to no article; title in an ``h2`` + ``og:title``.

Each site gets an ``expected.json`` (id, path, headline, datePublished per article).
"""

from __future__ import annotations

import html
import json
import shutil
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import WEEKDAYS, rfc822_date, slugify  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "sites"
SITE = "https://anhp.vn"

# (id, "YYYY-MM-DD HH:MM", section, title, paragraphs; the first is the lead)
PAGED: list[tuple[int, str, str, str, list[str]]] = [
    (61020, "2024-07-02 08:10", "gt", "Xử lý hơn 300 trường hợp vi phạm nồng độ cồn trong tuần đầu tháng 7", [
        "Trong tuần đầu tháng 7, lực lượng Cảnh sát giao thông thành phố đã phát hiện, xử lý 312 trường hợp vi phạm nồng độ cồn.",
        "Các tổ công tác tập trung kiểm soát vào khung giờ buổi tối và đêm tại các tuyến đường có nhiều nhà hàng, quán nhậu.",
        "Tổng số tiền phạt nộp kho bạc nhà nước hơn 1,2 tỷ đồng, tước giấy phép lái xe 280 trường hợp."]),
    (61890, "2024-08-15 14:25", "gt", "Phân luồng giao thông phục vụ thi công cầu Rào 1", [
        "Từ ngày 20-8, các phương tiện lưu thông qua khu vực cầu Rào 1 được phân luồng để phục vụ thi công.",
        "Xe ô tô tải trên 10 tấn đi theo tuyến đường Phạm Văn Đồng, cầu Tân Vũ - Lạch Huyện.",
        "Lực lượng Cảnh sát giao thông bố trí cán bộ hướng dẫn tại các nút giao từ 6 giờ đến 22 giờ hằng ngày.",
        "Người dân cần chú ý biển báo, chấp hành hướng dẫn của lực lượng chức năng."]),
    (63340, "2024-10-28 09:00", "gt", "Ra quân kiểm tra xe khách, xe hợp đồng dịp cuối năm", [
        "Phòng Cảnh sát giao thông Công an thành phố ra quân kiểm tra xe khách, xe hợp đồng dịp cuối năm.",
        "Lực lượng chức năng tập trung kiểm tra việc chở quá số người quy định, dừng đón khách sai quy định.",
        "Sau 3 ngày ra quân, đã lập biên bản 46 trường hợp vi phạm."]),
    (66020, "2025-03-30 16:45", "gt", "Tuyên truyền an toàn giao thông cho học sinh tại trường học", [
        "Đội Cảnh sát giao thông phối hợp với các trường trung học phổ thông tổ chức tuyên truyền an toàn giao thông cho học sinh.",
        "Các em được hướng dẫn kỹ năng đi xe đạp điện an toàn, tác hại của việc lạng lách, đánh võng.",
        "Nhiều học sinh cam kết không điều khiển xe máy khi chưa đủ tuổi."]),
    (69150, "2025-09-02 07:30", "gt", "Bảo đảm giao thông dịp nghỉ lễ Quốc khánh 2-9", [
        "Dịp nghỉ lễ Quốc khánh 2-9, lượng phương tiện ra vào thành phố tăng cao.",
        "Công an thành phố bố trí lực lượng tại các cửa ngõ, điều tiết giao thông, không để ùn tắc kéo dài.",
        "Trong 4 ngày nghỉ lễ, trên địa bàn không xảy ra tai nạn giao thông nghiêm trọng.",
        "Lực lượng chức năng tiếp tục duy trì tuần tra trên tuyến cao tốc Hà Nội - Hải Phòng."]),
    (60550, "2024-06-11 10:05", "kt", "Phát hiện cơ sở sản xuất nước giặt giả nhãn hiệu", [
        "Phòng Cảnh sát kinh tế phát hiện một cơ sở tại huyện An Lão đang sản xuất nước giặt giả nhãn hiệu nổi tiếng.",
        "Tại hiện trường, lực lượng chức năng thu giữ hơn 2.000 can nước giặt thành phẩm cùng nhiều nguyên liệu, bao bì.",
        "Chủ cơ sở khai nhận sản xuất từ đầu năm, tiêu thụ tại các chợ nông thôn."]),
    (62770, "2024-09-25 15:40", "kt", "Thu giữ hơn 1 tấn nội tạng động vật không rõ nguồn gốc", [
        "Công an quận Hải An phối hợp với cơ quan thú y kiểm tra một xe ô tô tải chở hơn 1 tấn nội tạng động vật.",
        "Lái xe không xuất trình được giấy tờ chứng minh nguồn gốc, giấy kiểm dịch của lô hàng.",
        "Toàn bộ số hàng đã bị tiêu hủy theo quy định."]),
    (65880, "2025-03-12 11:20", "kt", "Khởi tố vụ án buôn bán hàng cấm qua biên giới", [
        "Cơ quan Cảnh sát điều tra đã khởi tố vụ án buôn bán hàng cấm, bắt tạm giam 3 bị can.",
        "Các đối tượng vận chuyển thuốc lá điếu nhập lậu từ Quảng Ninh về Hải Phòng tiêu thụ.",
        "Tổng số hàng cấm thu giữ là 12.000 bao thuốc lá các loại."]),
    (71030, "2025-11-04 08:50", "kt", "Cảnh báo mỹ phẩm không rõ nguồn gốc bán trên mạng", [
        "Lực lượng chức năng phát hiện nhiều loại mỹ phẩm không rõ nguồn gốc được rao bán trên các trang mạng xã hội.",
        "Qua kiểm tra, các sản phẩm này không có hóa đơn, chứng từ, nhiều loại có thành phần gây hại cho da.",
        "Người tiêu dùng được khuyến cáo chỉ mua mỹ phẩm tại các cửa hàng uy tín."]),
    (75210, "2026-03-18 13:15", "kt", "Triệt phá kho hàng giả quy mô lớn ở Thủy Nguyên", [
        "Công an thành phố vừa triệt phá một kho chứa hàng giả với hơn 20.000 sản phẩm các loại.",
        "Hàng hóa gồm quần áo, giày dép, túi xách giả mạo nhiều nhãn hiệu nổi tiếng.",
        "Vụ việc đang được điều tra mở rộng."]),
]

SITEMAP_ONLY: list[tuple[int, str, str, str, list[str]]] = [
    (57020, "2023-11-20 09:40", "", "Hội thi Cảnh sát khu vực giỏi năm 2023", [
        "Công an thành phố tổ chức Hội thi Cảnh sát khu vực giỏi năm 2023 với sự tham gia của 60 thí sinh.",
        "Các thí sinh tranh tài qua phần thi kiến thức, xử lý tình huống và võ thuật.",
        "Ban tổ chức trao giải nhất cho thí sinh đến từ Công an phường Đằng Giang."]),
    (58870, "2024-03-08 15:00", "", "Nữ Công an thành phố kỷ niệm Ngày Quốc tế Phụ nữ", [
        "Hội Phụ nữ Công an thành phố tổ chức gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ 8-3.",
        "Nhiều nữ cán bộ, chiến sĩ có thành tích xuất sắc được biểu dương.",
        "Dịp này, Hội trao quà cho 20 nữ đoàn viên có hoàn cảnh khó khăn."]),
    (60110, "2024-05-27 10:30", "", "Diễn tập phương án chữa cháy tại chung cư cao tầng", [
        "Phòng Cảnh sát PCCC và CNCH tổ chức diễn tập phương án chữa cháy và cứu nạn tại một chung cư cao tầng ở quận Ngô Quyền.",
        "Tình huống giả định cháy tại tầng 12, nhiều người mắc kẹt.",
        "Các lực lượng đã phối hợp nhịp nhàng, giải cứu an toàn người bị nạn.",
        "Qua diễn tập, người dân được nâng cao kỹ năng thoát nạn khi có cháy."]),
    (64560, "2025-01-06 08:00", "", "Tổng kết công tác Công an năm 2024", [
        "Công an thành phố tổ chức hội nghị tổng kết công tác năm 2024.",
        "Năm qua, tội phạm về trật tự xã hội giảm 8,5% so với năm trước, tỷ lệ điều tra khám phá đạt 92%.",
        "Lực lượng Công an đã triệt phá nhiều đường dây ma túy, đánh bạc lớn."]),
    (67800, "2025-07-14 19:10", "", "Công an xã sau sắp xếp: gần dân, sát cơ sở", [
        "Sau khi sắp xếp theo mô hình chính quyền hai cấp, Công an các xã, phường đã ổn định tổ chức.",
        "Nhiều đơn vị bố trí bộ phận một cửa, giải quyết thủ tục hành chính ngay trong ngày.",
        "Người dân đánh giá cao tinh thần phục vụ của cán bộ, chiến sĩ."]),
    (70090, "2025-09-26 14:35", "", "Hỗ trợ người dân làm căn cước cho trẻ em", [
        "Công an thành phố tổ chức các đợt cao điểm làm căn cước cho trẻ em dưới 14 tuổi.",
        "Nhiều điểm tiếp nhận được bố trí ngay tại trường học vào ngày nghỉ.",
        "Đến nay đã có hơn 50.000 hồ sơ được tiếp nhận."]),
    (73360, "2026-01-19 16:20", "", "Tuyên truyền phòng cháy trong dịp Tết", [
        "Cảnh sát PCCC tuyên truyền các biện pháp phòng cháy trong dịp Tết tại các khu chợ.",
        "Các tiểu thương được hướng dẫn sử dụng bình chữa cháy, sắp xếp hàng hóa an toàn.",
        "Lực lượng chức năng kiểm tra, nhắc nhở hơn 300 hộ kinh doanh."]),
    (77450, "2026-05-15 09:05", "", "Giải chạy vì an ninh cộng đồng", [
        "Hơn 3.000 vận động viên tham gia Giải chạy vì an ninh cộng đồng do Công an thành phố tổ chức.",
        "Giải chạy nhằm tuyên truyền phong trào toàn dân bảo vệ an ninh Tổ quốc.",
        "Toàn bộ kinh phí ủng hộ được dùng để xây nhà tình nghĩa."]),
    (81300, "2026-09-10 20:00", "", "Đêm hội trăng rằm cho thiếu nhi khó khăn", [
        "Đoàn Thanh niên Công an thành phố tổ chức đêm hội trăng rằm cho thiếu nhi có hoàn cảnh khó khăn.",
        "Các em được xem múa lân, phá cỗ và nhận quà Trung thu.",
        "Chương trình đã trao 500 suất quà tới thiếu nhi các xã ven biển."]),
]

PAGED_SECTIONS = {"gt": ("Giao thông", "/giao-thong-c21.html"), "kt": ("Kinh tế", "/kinh-te-c22.html")}
PER_PAGE = 2


def e(text: str) -> str:
    return html.escape(text, quote=True)


def when(date: str) -> datetime:
    return datetime.strptime(date, "%Y-%m-%d %H:%M")


def iso(date: str) -> str:
    return when(date).strftime("%Y-%m-%dT%H:%M:00+07:00")


def path_of(aid: int, title: str) -> str:
    return f"/{slugify(title)}-d{aid}.html"


def write(root: Path, files: dict[str, str]) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name, text in sorted(files.items()):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


def expected(items: list[tuple[int, str, str, str, list[str]]], **extra: object) -> str:
    arts = [{"id": str(a), "path": path_of(a, t), "headline": t, "datePublished": iso(d)}
            for a, d, _s, t, _p in sorted(items, key=lambda x: x[1])]
    return json.dumps({"articles": arts, **extra}, ensure_ascii=False, indent=1) + "\n"


# ------------------------------------------------------------------------------------------- paged


def paged_site() -> dict[str, str]:
    nav = "".join(f'<a class="nav-link" href="{p}">{e(n)}</a>' for n, p in PAGED_SECTIONS.values())
    head = '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{}</title></head>\n'
    shell = ('<body><div class="topbar"><a class="brand" href="/">Công an Hải Phòng</a>' + nav
             + '</div>\n<div class="page">{}</div>\n<div class="bottom">© Công an Hải Phòng</div></body></html>\n')
    files = {"index.html": head.format("Công an Hải Phòng") + shell.format(
        '<p class="intro">Chọn chuyên mục để đọc tin.</p>'),
        "robots.txt": "User-agent: *\nAllow: /\n"}
    missing = ["/tin-da-xoa-d60001.html", "/giao-thong-c21.html?page=9"]
    for key, (name, spath) in PAGED_SECTIONS.items():
        arts = sorted((a for a in PAGED if a[2] == key), key=lambda a: a[1], reverse=True)
        chunks = [arts[k:k + PER_PAGE] for k in range(0, len(arts), PER_PAGE)]
        stem = spath[1:].rsplit(".", 1)[0]
        for n, chunk in enumerate(chunks, 1):
            posts = "".join(
                f'<div class="post-card"><h4><a href="{path_of(a, t)}">{e(t)}</a></h4>'
                f'<div class="post-excerpt">{e(p[0])}</div><small>{when(d):%d-%m-%Y}</small></div>\n'
                for a, d, _s, t, p in chunk)
            if key == "gt" and n == 1:
                posts += f'<div class="post-card"><h4><a href="{missing[0]}">Tin đã xóa</a></h4></div>\n'
            pager = []
            if n > 1:
                pager.append(f'<a rel="prev" href="{spath}?page={n - 1}">« Trước</a>')
            if n < len(chunks):
                pager.append(f'<a rel="next" href="{spath}?page={n + 1}">Tiếp »</a>')
            if key == "gt" and n == len(chunks):
                pager.append(f'<a href="{missing[1]}">Trang cuối</a>')
            body = f'<h2 class="cat">{e(name)}</h2>\n{posts}<nav class="pager">{" ".join(pager)}</nav>'
            file = f"{stem}.html" if n == 1 else f"{stem}.page-{n}.html"
            files[file] = head.format(f"{name} | Công an Hải Phòng") + shell.format(body)
    for k, (aid, date, _s, title, paras) in enumerate(PAGED):
        w = when(date)
        printed = (f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y %H:%M} GMT+7" if k % 2
                   else f"Cập nhật: {w:%d-%m-%Y | %H:%M}:00")
        body = (f'<div class="post-header"><h1 class="post-title">{e(title)}</h1>'
                f'<span class="pub">{e(printed)}</span></div>\n'
                f'<div class="entry"><p class="excerpt"><b>{e(paras[0])}</b></p>'
                + "".join(f"<p>{e(p)}</p>" for p in paras[1:])
                + '<p class="sign">Phòng Tham mưu</p></div>\n'
                '<div class="post-share">Chia sẻ bài viết: <a href="https://zalo.me/share">Zalo</a></div>')
        files[path_of(aid, title)[1:]] = head.format(e(title)) + shell.format(body)
    files["expected.json"] = expected(PAGED, not_found=missing)
    return files


# ------------------------------------------------------------------------------------ sitemap_only


def sitemap_only_site() -> dict[str, str]:
    ordered = sorted(SITEMAP_ONLY, key=lambda a: a[1], reverse=True)
    head = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>{}</title>\n'
            '<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/feed/tin-moi.xml">\n'
            "{}</head>\n")
    home = ('<body><div id="masthead"><a href="/">Bản tin Công an</a> <a href="/lien-he.html">Liên hệ</a></div>'
            '<div id="main"><p>Bản tin được cập nhật qua RSS và sơ đồ trang.</p></div></body></html>\n')
    files = {
        "index.html": head.format("Bản tin Công an", "") + home,
        "lien-he.html": head.format("Liên hệ", "") + '<body><p>Liên hệ: số 10 Lê Đại Hành.</p>'
                                                     '<a href="/">Trang chủ</a></body></html>\n',
        "robots.txt": "User-agent: *\nDisallow: /private/\nSitemap: /sitemap_news.xml\n"
                      "Sitemap: /sitemap_archive.xml\n",
    }
    recent = [a for a in ordered if a[1] >= "2025-07-01"]
    archive = [a for a in ordered if a[1] < "2025-07-01"]

    def urlset(items: list[tuple[int, str, str, str, list[str]]], host: str) -> str:
        rows = "".join(f"<url><loc>{host}{path_of(a, t)}</loc><lastmod>{iso(d)}</lastmod></url>\n"
                       for a, d, _s, t, _p in items)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}</urlset>\n')

    files["sitemap_news.xml"] = urlset(recent, SITE)
    files["sitemap_archive.xml"] = urlset(archive, "http://beta.anhp.vn")
    feed = ordered[:5]
    items = "".join(f"<item><title>{e(t)}</title><link>{SITE}{path_of(a, t)}</link>"
                    f"<pubDate>{rfc822_date(when(d))}</pubDate><description>{e(p[0])}</description></item>\n"
                    for a, d, _s, t, p in feed)
    files["feed/tin-moi.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                                 f"<title>Bản tin Công an</title><link>{SITE}/</link>\n{items}</channel></rss>\n")
    for k, (aid, date, _s, title, paras) in enumerate(SITEMAP_ONLY):
        w = when(date)
        printed = f"{w:%d/%m/%Y %H:%M} GMT+7" if k % 2 else f"{w:%H:%M} | {w:%d/%m/%Y}"
        meta = (f'<meta property="og:title" content="{e(title)}">\n'
                f'<meta property="article:published_time" content="{iso(date)}">\n')
        body = ('<body><div id="masthead"><a href="/">Bản tin Công an</a></div>\n'
                f'<div class="news-box"><h2 class="news-name">{e(title)}</h2>'
                f'<div class="news-date">{e(printed)}</div>\n<div class="news-text">'
                + "".join(f"<div>{e(p)}</div>" for p in paras)
                + '<div class="news-author">Đức Anh</div></div></div>\n'
                '<div class="cookie-box">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. '
                "<a href=\"/lien-he.html\">Đồng ý</a></div></body></html>\n")
        files[path_of(aid, title)[1:]] = head.format(e(title), meta) + body
    files["expected.json"] = expected(SITEMAP_ONLY, rss=[str(a[0]) for a in feed])
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    write(out / "paged", paged_site())
    write(out / "sitemap_only", sitemap_only_site())
    print(f"{len(PAGED)} + {len(SITEMAP_ONLY)} articles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
