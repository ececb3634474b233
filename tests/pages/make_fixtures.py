"""Writes the hand-made extraction fixtures: ``<name>/page.html``, ``meta.json``, ``expected.json``.

Each page's markup is written by hand below (one template per CMS style); the article text is
shared between the page and its expected output so the two cannot drift. Run from the project root:
``.venv/bin/python tests/pages/make_fixtures.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
S = "https://anhp.vn"


def ps(paras: list[str], tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{p}</{tag}>" for p in paras)


PAGES: dict[str, dict] = {}


def page(name: str, url: str, html: str, expected: dict, encoding: str = "utf-8") -> None:
    PAGES[name] = {"url": url, "html": html, "expected": expected, "encoding": encoding}


# 1. The current site template (guessed markup), JSON-LD, figure captions, "Tin khác" with teasers, cookie banner.
P1 = [
    "Sáng 12-6, Công an thành phố Hải Phòng tổ chức lễ kỷ niệm 31 năm ngày phát hành số báo đầu tiên của Báo An ninh Hải Phòng (12-6-1991 – 12-6-2022).",
    "Đến dự có lãnh đạo Công an thành phố, đại diện các sở, ban, ngành và nhiều thế hệ cán bộ, phóng viên của Báo qua các thời kỳ.",
    "Phát biểu tại buổi lễ, đồng chí Giám đốc Công an thành phố ghi nhận những đóng góp của đội ngũ làm báo trong công tác tuyên truyền bảo vệ an ninh, trật tự.",
    "Ông đề nghị tờ báo tiếp tục đổi mới nội dung, hình thức, đẩy mạnh chuyển đổi số, xây dựng tòa soạn hội tụ đáp ứng yêu cầu của bạn đọc trong tình hình mới.",
    "Nhân dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng.",
]
R1 = [
    ("thong-tin-ve-vu-chay-tai-kcn-trang-due-d64058.html", "Thông tin về vụ cháy tại KCN Tràng Duệ, xã Lê Lợi, huyện An Dương",
     "Hồi 23h31' ngày 23/11/2024, Trung tâm 114 Phòng Cảnh sát PCCC và CNCH nhận được…", "24/11/2024", "2024-11-24T00:00:00+07:00"),
    ("hai-phong-khong-co-viec-tam-dung-thu-tuc-d64031.html", "Hải Phòng: Không có việc tạm dừng các thủ tục hành chính liên quan giấy chứng nhận quyền sử dụng đất",
     "Việc thực hiện các thủ tục hành chính liên quan đến giấy chứng nhận quyền…", "22/11/2024", "2024-11-22T00:00:00+07:00"),
    ("khai-truong-du-an-chinh-quyen-so-d64002.html", "Khai trương Dự án Chính quyền số thành phố Hải Phòng",
     "Chiều 21/11, tại Trung tâm Hội nghị thành phố, Ủy ban nhân dân thành phố…", "21/11/2024", "2024-11-21T00:00:00+07:00"),
]
page("anhp_2021_current", f"{S}/ky-niem-31-nam-ngay-phat-hanh-so-bao-dau-tien-d48009.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kỷ niệm 31 năm ngày phát hành số báo đầu tiên - An ninh Hải Phòng</title>
<meta property="og:title" content="Kỷ niệm 31 năm ngày phát hành số báo đầu tiên">
<meta property="og:image" content="https://media.anhp.vn/files/2022/06anh-bia.jpg">
<link rel="canonical" href="https://anhp.vn/ky-niem-31-nam-ngay-phat-hanh-so-bao-dau-tien-d48009.html">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kỷ niệm 31 năm ngày phát hành số báo đầu tiên","datePublished":"2022-06-12T18:31:00+07:00","author":{{"@type":"Organization","name":"An ninh Hải Phòng"}}}}</script>
</head><body>
<header class="site-header"><a class="logo" href="/"><img src="/logo.png" alt="An ninh Hải Phòng"></a>
<ul class="main-menu"><li><a href="/xa-hoi-c3.html">Xã hội</a></li><li><a href="/phap-luat-c4.html">Pháp luật</a></li></ul></header>
<main class="container">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/xa-hoi-c3.html">Xã hội</a></div>
<article class="article-detail">
<h1 class="article-title">Kỷ niệm 31 năm ngày phát hành số báo đầu tiên</h1>
<div class="article-meta"><span class="article-date">18:31 12/06/2022</span></div>
<div class="article-body">
{ps(P1[:2])}
<figure class="image"><img src="https://media.anhp.vn/files/2022/06le-ky-niem.jpg" alt=""><figcaption>Quang cảnh buổi lễ kỷ niệm.</figcaption></figure>
{ps(P1[2:])}
<p style="text-align: right;"><strong>MP</strong></p>
<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài viết</a></div>
</div>
<section class="related-news"><h3>Tin khác</h3><ul>
{"".join(f'<li><a href="/{u}">{h}</a><p>{t}</p><span>{d}</span></li>' for u, h, t, d, _ in R1)}
</ul></section>
</article>
<aside class="sidebar"><div class="box"><h3>Đọc nhiều</h3><ul><li><a href="/tin-doc-nhieu-mot-d60001.html">Tin đọc nhiều một</a></li><li><a href="/tin-doc-nhieu-hai-d60002.html">Tin đọc nhiều hai</a></li></ul></div></aside>
</main>
<div class="cookie-notice">This website uses cookies. See Our policy to learn more. <a href="/policy">Read More</a></div>
<footer><p>Số 10 Lê Đại Hành, Hồng Bàng, Hải Phòng</p></footer>
</body></html>""", {
    "headline": "Kỷ niệm 31 năm ngày phát hành số báo đầu tiên",
    "datePublished": "2022-06-12T18:31:00+07:00",
    "authors": ["MP"],
    "articleBody": P1,
    "images": [{"url": "https://media.anhp.vn/files/2022/06le-ky-niem.jpg", "caption": "Quang cảnh buổi lễ kỷ niệm."}],
    "relatedArticles": [{"url": f"{S}/{u}", "headline": h, "datePublished": iso} for u, h, _, _, iso in R1],
    "extractor": "anhp-2021",
})

# 2. The older template: date in div.detailBox, right-aligned byline, related "Tin khác" in a table.
P2 = [
    "Ngày 25-8, Công an quận Lê Chân phối hợp với các đơn vị chức năng ra quân tổng kiểm tra, xử lý vi phạm trật tự đô thị trên các tuyến phố trọng điểm.",
    "Qua kiểm tra, lực lượng chức năng đã nhắc nhở hơn 120 trường hợp lấn chiếm vỉa hè, lập biên bản xử lý 35 trường hợp vi phạm.",
    "Theo lãnh đạo Công an quận, đợt ra quân sẽ kéo dài đến hết năm 2018 nhằm lập lại trật tự, mỹ quan đô thị.",
    "Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng của Công an quận.",
]
page("anhp_2017_detailbox", f"{S}/ra-quan-lap-lai-trat-tu-do-thi-d18068.html", f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ra quân lập lại trật tự đô thị</title></head>
<body><div id="wrapper"><div id="top"><a href="/"><img src="/images/logo.gif"></a></div>
<div id="menu"><a href="/thoi-su-c1.html">Thời sự</a> | <a href="/an-ninh-c2.html">An ninh</a></div>
<div class="detail">
<h1>Ra quân lập lại trật tự đô thị</h1>
<div class="detailBox">10:15 26/08/2018 <a href="#" class="print">In bài</a></div>
<div class="detailSapo">(ANHP) - {P2[0]}</div>
<div class="detailContent">
{ps(P2[1:])}
<p align="right"><b>THẾ KHOA</b></p>
</div>
<div class="otherNews"><div class="otherTitle">Tin khác</div>
<table><tr><td><a href="/nhieu-giai-phap-kinh-te-so-d18050.html">Nhiều giải pháp, kinh nghiệm được chia sẻ tại Hội thảo Kinh tế số</a> <i>(24/08/2018)</i></td></tr>
<tr><td><a href="/chuyen-doi-so-xanh-d18031.html">Chuyển đổi số xanh – Động lực phát triển kinh tế, xã hội</a> <i>(22/08/2018)</i></td></tr></table>
</div></div>
<div id="footer">Báo An ninh Hải Phòng</div></div></body></html>""", {
    "headline": "Ra quân lập lại trật tự đô thị",
    "datePublished": "2018-08-26T10:15:00+07:00",
    "authors": ["THẾ KHOA"],
    "articleBody": [f"(ANHP) - {P2[0]}", *P2[1:]],
    "relatedArticles": [
        {"url": f"{S}/nhieu-giai-phap-kinh-te-so-d18050.html", "headline": "Nhiều giải pháp, kinh nghiệm được chia sẻ tại Hội thảo Kinh tế số", "datePublished": "2018-08-24T00:00:00+07:00"},
        {"url": f"{S}/chuyen-doi-so-xanh-d18031.html", "headline": "Chuyển đổi số xanh – Động lực phát triển kinh tế, xã hội", "datePublished": "2018-08-22T00:00:00+07:00"},
    ],
    "extractor": "anhp-2017",
})

# 3. WordPress republisher: entry-content, wp-caption, blockquote, list, "Bài viết liên quan", credit line.
P3 = [
    "Sáng 24-8, quận Lê Chân tổ chức hội nghị công bố và triển khai Quy hoạch tổng thể phát triển kinh tế – xã hội đến năm 2025, tầm nhìn đến năm 2030.",
    "Đến dự có đồng chí Lê Khắc Nam – Phó chủ tịch UBND thành phố cùng đại diện các Sở, ban, ngành thành phố và địa phương.",
    "Các giải pháp chủ yếu thực hiện quy hoạch bao gồm:",
]
L3 = ["Huy động nguồn vốn đầu tư trong từng thời kỳ;", "Xây dựng cơ chế đào tạo nguồn nhân lực;", "Đẩy nhanh ứng dụng công nghệ thông tin."]
Q3 = "Quy hoạch sẽ là căn cứ pháp lý, cơ sở khoa học cho việc quản lý, phê duyệt, kêu gọi các dự án đầu tư trên địa bàn."
P3b = ["Trước mắt quận cần tập trung triển khai các dự án phát triển giáo dục, y tế, chỉnh trang đô thị."]
page("wordpress_republish", "https://haiphongnews.example.org/2018/08/26/quan-le-chan-cong-bo-quy-hoach/", f"""<!doctype html>
<html lang="vi-VN"><head><meta charset="UTF-8">
<title>Quận Lê Chân: Công bố quy hoạch phát triển kinh tế – xã hội &#8211; Hải Phòng News</title>
<meta property="og:title" content="Quận Lê Chân: Công bố quy hoạch phát triển kinh tế – xã hội">
<meta property="article:published_time" content="2018-08-26T02:12:00+00:00">
</head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Hải Phòng News</a></p>
<nav class="main-navigation"><ul><li><a href="/category/thoi-su/">Thời sự</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-8812" class="post-8812 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Quận Lê Chân: Công bố quy hoạch phát triển kinh tế – xã hội</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="#"><time class="entry-date published" datetime="2018-08-26T09:12:00+07:00">26/08/2018</time></a></span>
<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">
{ps(P3[:2])}
<div id="attachment_8813" style="width: 610px" class="wp-caption aligncenter"><img class="size-full wp-image-8813" src="https://haiphongnews.example.org/wp-content/uploads/2018/08/le-chan.jpg" width="600" height="400"><p class="wp-caption-text">Phó chủ tịch UBND thành phố Lê Khắc Nam trao quyết định quy hoạch tới lãnh đạo quận Lê Chân.</p></div>
<p>{P3[2]}</p>
<ul>{"".join(f"<li>{x}</li>" for x in L3)}</ul>
<blockquote><p>{Q3}</p></blockquote>
{ps(P3b)}
<p><em>Thái Bình – An ninh Hải Phòng 26/08/2018</em></p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4><a href="https://anhp.vn/thong-tin-ve-vu-chay-tai-kcn-trang-due-d64058.html">Thông tin về vụ cháy tại KCN Tràng Duệ</a></h4><p class="date">24/11/2024</p></div>
<div class="jp-relatedposts-post"><h4><a href="https://anhp.vn/khai-truong-du-an-chinh-quyen-so-d64002.html">Khai trương Dự án Chính quyền số thành phố Hải Phòng</a></h4><p class="date">21/11/2024</p></div></div></div>
</div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Tin mới</h2><ul><li><a href="https://anhp.vn/tin-moi-mot-d70001.html">Tin mới một</a></li><li><a href="https://anhp.vn/tin-moi-hai-d70002.html">Tin mới hai</a></li></ul></section></aside>
</div><footer class="site-footer">© Hải Phòng News</footer></div></body></html>""", {
    "headline": "Quận Lê Chân: Công bố quy hoạch phát triển kinh tế – xã hội",
    "datePublished": "2018-08-26T09:12:00+07:00",
    "authors": ["Thái Bình"],
    "source": "An ninh Hải Phòng",
    "articleBody": [*P3, *L3, Q3, *P3b],
    "images": [{"url": "https://haiphongnews.example.org/wp-content/uploads/2018/08/le-chan.jpg",
                "caption": "Phó chủ tịch UBND thành phố Lê Khắc Nam trao quyết định quy hoạch tới lãnh đạo quận Lê Chân."}],
    "relatedArticles": [
        {"url": f"{S}/thong-tin-ve-vu-chay-tai-kcn-trang-due-d64058.html", "headline": "Thông tin về vụ cháy tại KCN Tràng Duệ", "datePublished": "2024-11-24T00:00:00+07:00"},
        {"url": f"{S}/khai-truong-du-an-chinh-quyen-so-d64002.html", "headline": "Khai trương Dự án Chính quyền số thành phố Hải Phòng", "datePublished": "2024-11-21T00:00:00+07:00"},
    ],
})

# 4. Bootstrap news theme: meta line "T.C | date - time", lead paragraph, sub-headings, a data table, widgets in a sidebar, card grid.
P4 = [
    "Trong 6 tháng đầu năm, lực lượng Cảnh sát giao thông Công an thành phố đã tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm nồng độ cồn.",
    "Kết quả tuần tra",
    "Lực lượng chức năng đã lập biên bản hơn 9.000 trường hợp vi phạm, tạm giữ hàng nghìn phương tiện các loại.",
]
T4 = ["Loại vi phạm | Số trường hợp", "Nồng độ cồn | 4.215", "Quá tốc độ | 2.730"]
P4b = ["Giải pháp thời gian tới", "Công an thành phố sẽ tiếp tục duy trì các tổ công tác liên ngành, tập trung vào khung giờ cao điểm và các tuyến đường trọng điểm."]
page("bootstrap_news", "https://tinhaiphong.example.net/giao-thong/xu-ly-vi-pham-nong-do-con-d53381.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xử lý hơn 9.000 trường hợp vi phạm giao thông | Tin Hải Phòng</title>
<meta name="description" content="Trong 6 tháng đầu năm, lực lượng CSGT đã xử lý hơn 9.000 trường hợp.">
</head><body>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">Tin Hải Phòng</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/giao-thong/">Giao thông</a></li></ul></nav>
<div class="container"><div class="row">
<div class="col-md-8">
<h1 class="display-5">Xử lý hơn 9.000 trường hợp vi phạm giao thông</h1>
<p class="text-muted small">T.C | 27/07/2020 - 15:15</p>
<p class="lead">{P4[0]}</p>
<div class="post-body">
<h2>{P4[1]}</h2>
<p>{P4[2]}</p>
<table class="table table-striped"><thead><tr><th>Loại vi phạm</th><th>Số trường hợp</th></tr></thead>
<tbody><tr><td>Nồng độ cồn</td><td>4.215</td></tr><tr><td>Quá tốc độ</td><td>2.730</td></tr></tbody></table>
<h2>{P4b[0]}</h2>
<p>{P4b[1]}</p>
<p class="text-end fw-bold author">Trần Cường</p>
</div>
<h4 class="mt-4">Tin cùng chuyên mục</h4>
<div class="row row-cols-2">
<div class="col"><div class="card"><img class="card-img-top" src="/thumb/1.jpg"><div class="card-body"><a href="/giao-thong/phan-luong-cau-rao-d53370.html" class="card-title">Phân luồng giao thông qua cầu Rào</a><small>25/07/2020</small></div></div></div>
<div class="col"><div class="card"><img class="card-img-top" src="/thumb/2.jpg"><div class="card-body"><a href="/giao-thong/lap-dat-camera-giam-sat-d53355.html" class="card-title">Lắp đặt thêm camera giám sát giao thông</a><small>23/07/2020</small></div></div></div>
</div></div>
<div class="col-md-4">
<div class="card mb-3"><div class="card-header">Tin mới</div><ul class="list-group"><li class="list-group-item"><a href="/tin-moi-d53390.html">Tin mới nhất hôm nay</a></li><li class="list-group-item"><a href="/tin-moi-2-d53391.html">Một tin mới khác</a></li></ul></div>
<div class="card"><div class="card-header">Đọc nhiều</div><ul class="list-group"><li class="list-group-item"><a href="/doc-nhieu-d53100.html">Tin được đọc nhiều</a></li><li class="list-group-item"><a href="/doc-nhieu-2-d53101.html">Tin đọc nhiều thứ hai</a></li></ul></div>
</div></div></div>
<footer class="footer"><div class="container">© Tin Hải Phòng</div></footer></body></html>""", {
    "headline": "Xử lý hơn 9.000 trường hợp vi phạm giao thông",
    "datePublished": "2020-07-27T15:15:00+07:00",
    "authors": ["Trần Cường"],
    "articleBody": [*P4, *T4, *P4b],
    "description": P4[0],
    "relatedArticles": [
        {"url": "https://tinhaiphong.example.net/giao-thong/phan-luong-cau-rao-d53370.html", "headline": "Phân luồng giao thông qua cầu Rào", "datePublished": "2020-07-25T00:00:00+07:00"},
        {"url": "https://tinhaiphong.example.net/giao-thong/lap-dat-camera-giam-sat-d53355.html", "headline": "Lắp đặt thêm camera giám sát giao thông", "datePublished": "2020-07-23T00:00:00+07:00"},
    ],
})

# 5. A 2011 table layout in windows-1258, font tags, date "17:52 13-12-2011".
P5 = [
    "Ngày 12-12, Phòng Cảnh sát hình sự Công an thành phố cho biết đã triệt phá thành công đường dây đánh bạc qua mạng với số tiền giao dịch hơn 50 tỷ đồng.",
    "Theo tài liệu điều tra, các đối tượng sử dụng nhiều tài khoản để tổ chức cá cược bóng đá, thu lợi bất chính.",
    "Hiện vụ án đang được mở rộng điều tra, xử lý theo quy định của pháp luật.",
]
page("table_layout_2011", f"{S}/triet-pha-duong-day-danh-bac-qua-mang-d5998.html", f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Triệt phá đường dây đánh bạc qua mạng</title></head>
<body bgcolor="#ffffff"><table width="980" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner2011.jpg" width="980" height="120"></td></tr>
<tr><td width="200" valign="top"><table width="100%"><tr><td><a href="/thoi-su-c1.html">Thời sự</a></td></tr><tr><td><a href="/an-ninh-c2.html">An ninh</a></td></tr><tr><td><a href="/phap-luat-c4.html">Pháp luật</a></td></tr></table></td>
<td width="780" valign="top">
<table width="100%"><tr><td><font size="4" color="#990000"><b>Triệt phá đường dây đánh bạc qua mạng</b></font></td></tr>
<tr><td><font size="1" color="#666666">17:52 13-12-2011</font></td></tr>
<tr><td class="noidung"><font face="Arial" size="2">
{ps(P5)}
<p align="right"><b>Hoàng Long</b></p>
</font></td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">Báo An ninh Hải Phòng - Số 10 Lê Đại Hành</font></td></tr></table></body></html>""", {
    "headline": "Triệt phá đường dây đánh bạc qua mạng",
    "datePublished": "2011-12-13T17:52:00+07:00",
    "authors": ["Hoàng Long"],
    "articleBody": P5,
}, encoding="cp1258")

# 6. A <br>-only body, byline "Tin và ảnh: ..." right-aligned, date "18:21, 19/05/2024".
P6 = [
    "Chiều 18-5, tại khu vực biển Đồ Sơn, lực lượng Cảnh sát đường thủy đã kịp thời cứu vớt 3 ngư dân gặp nạn do tàu cá bị chìm.",
    "Nhận tin báo, tổ công tác nhanh chóng điều động xuồng cao tốc ra hiện trường, đưa các nạn nhân vào bờ an toàn.",
    "Cả ba ngư dân đều đã được sơ cứu, sức khỏe ổn định.",
    "Cơ quan chức năng khuyến cáo ngư dân theo dõi thời tiết, trang bị đầy đủ áo phao khi ra khơi.",
]
page("br_only_body", f"{S}/cuu-vot-3-ngu-dan-gap-nan-d59920.html", f"""<html><head><meta charset="utf-8">
<title>Cứu vớt 3 ngư dân gặp nạn trên biển</title></head><body>
<div id="hdr"><a href="/">TRANG CHỦ</a></div>
<div id="main_col">
<h1>Cứu vớt 3 ngư dân gặp nạn trên biển</h1>
<div class="ngay">18:21, 19/05/2024</div>
<div id="noidung">{P6[0]}<br><br>{P6[1]}<br>
<br>{P6[2]}<br><br>{P6[3]}<br><br>
<div style="text-align:right"><b>Tin và ảnh: Bình Yên</b></div></div>
</div>
<div id="ft">Liên hệ quảng cáo</div></body></html>""", {
    "headline": "Cứu vớt 3 ngư dân gặp nạn trên biển",
    "datePublished": "2024-05-19T18:21:00+07:00",
    "authors": ["Bình Yên"],
    "articleBody": P6,
})

# 7. Decomposed Unicode (NFD) throughout the page.
P7 = [
    "Sáng 5-12, kỳ họp thứ 21 Hội đồng nhân dân thành phố khóa XVI khai mạc tại Trung tâm Hội nghị thành phố.",
    "Kỳ họp xem xét, quyết định nhiều nội dung quan trọng về phát triển kinh tế – xã hội, bảo đảm quốc phòng, an ninh năm 2025.",
    "Các đại biểu tập trung thảo luận về giải pháp thu hút đầu tư, phát triển hạ tầng giao thông và nâng cao chất lượng dịch vụ công.",
]
page("nfd_decomposed", f"{S}/khai-mac-ky-hop-thu-21-hdnd-thanh-pho-d64101.html", unicodedata.normalize("NFD", f"""<html lang="vi"><head><meta charset="utf-8">
<title>Khai mạc kỳ họp thứ 21 HĐND thành phố</title></head><body>
<div class="wrap"><div class="left">
<h1 class="ttl">Khai mạc kỳ họp thứ 21 HĐND thành phố</h1>
<p class="tm">20:18 05/12/2024</p>
<div class="txt">{ps(P7)}<p style="text-align:right"><strong>Minh Hiếu</strong></p></div>
</div></div></body></html>"""), {
    "headline": "Khai mạc kỳ họp thứ 21 HĐND thành phố",
    "datePublished": "2024-12-05T20:18:00+07:00",
    "authors": ["Minh Hiếu"],
    "articleBody": P7,
})

# 8. JSON-LD only for the date (inside @graph, with a trailing comma), no printed date.
P8 = [
    "Công an thành phố vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ ngân hàng gọi điện yêu cầu người dân cập nhật thông tin tài khoản.",
    "Các đối tượng gửi đường link giả mạo, khi người dùng nhập thông tin, tiền trong tài khoản lập tức bị chiếm đoạt.",
    "Người dân tuyệt đối không cung cấp mã OTP, không truy cập đường link lạ và báo ngay cho cơ quan công an khi nghi ngờ.",
]
page("jsonld_dates_only", f"{S}/canh-bao-gia-danh-can-bo-ngan-hang-d67272.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Cảnh báo thủ đoạn giả danh cán bộ ngân hàng</title>
<script type="application/ld+json">
{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"An ninh Hải Phòng","url":"https://anhp.vn/"}},
{{"@type":"NewsArticle","headline":"Cảnh báo thủ đoạn giả danh cán bộ ngân hàng","datePublished":"2025-06-14T01:05:00Z",
"dateModified":"2025-06-14T03:00:00Z","author":[{{"@type":"Person","name":"Ngọc Anh"}}],}},]}}
</script></head><body>
<div class="page"><div class="content-wrap">
<h1>Cảnh báo thủ đoạn giả danh cán bộ ngân hàng</h1>
<section class="story">{ps(P8)}</section>
</div></div></body></html>""", {
    "headline": "Cảnh báo thủ đoạn giả danh cán bộ ngân hàng",
    "datePublished": "2025-06-14T08:05:00+07:00",
    "authors": ["Ngọc Anh"],
    "articleBody": P8,
})

# 9. Title in h2 + og:title (the h1 is the site's logo), "Cập nhật: dd-mm-yyyy | hh:mm:ss".
P9 = [
    "Ngày 19-2, Tòa án nhân dân thành phố mở phiên tòa xét xử sơ thẩm vụ án mua bán trái phép chất ma túy xảy ra trên địa bàn huyện Thủy Nguyên.",
    "Theo cáo trạng, từ tháng 3 đến tháng 7-2023, nhóm bị cáo đã nhiều lần mua ma túy về chia nhỏ để bán kiếm lời.",
    "Hội đồng xét xử tuyên phạt các bị cáo tổng cộng 58 năm tù.",
]
page("h2_title_og", f"{S}/xet-xu-vu-an-mua-ban-ma-tuy-d59001.html", f"""<html><head><meta charset="utf-8">
<meta property="og:title" content="Xét xử vụ án mua bán trái phép chất ma túy - An ninh Hải Phòng">
<meta property="og:description" content="Tòa án nhân dân thành phố xét xử sơ thẩm vụ án ma túy.">
<title>An ninh Hải Phòng</title></head><body>
<div class="top"><h1 class="logo"><a href="/">An ninh Hải Phòng</a></h1></div>
<div class="detail-wrap">
<h2 class="tit">Xét xử vụ án mua bán trái phép chất ma túy</h2>
<div class="info">Cập nhật: 20-02-2024 | 08:34:05</div>
<div class="detail-text">{ps(P9)}<p><strong>Phạm Quang</strong></p></div>
</div></body></html>""", {
    "headline": "Xét xử vụ án mua bán trái phép chất ma túy",
    "datePublished": "2024-02-20T08:34:05+07:00",
    "authors": ["Phạm Quang"],
    "articleBody": P9,
})

# 10. Captions in tables (the classic CMS image table), "27/09/2025 12:47 GMT+7".
P10 = [
    "Sáng 27-9, Công an thành phố tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chung cư cao tầng trên địa bàn quận Ngô Quyền.",
    "Tình huống giả định đám cháy xảy ra tại tầng 15, nhiều người mắc kẹt cần được giải cứu.",
    "Lực lượng chữa cháy đã sử dụng xe thang, thiết bị chuyên dụng để tiếp cận và đưa người bị nạn xuống an toàn.",
    "Buổi diễn tập giúp nâng cao kỹ năng phối hợp giữa lực lượng chức năng và cư dân.",
]
page("table_captions", f"{S}/dien-tap-chua-chay-chung-cu-cao-tang-d72010.html", f"""<html><head><meta charset="utf-8">
<title>Diễn tập chữa cháy tại chung cư cao tầng</title></head><body>
<div id="content"><div class="news-detail">
<h1>Diễn tập chữa cháy tại chung cư cao tầng</h1>
<span class="time">27/09/2025 12:47 GMT+7</span>
<div class="fulltext">
<p>{P10[0]}</p>
<table class="image center" align="center"><tbody><tr><td><img src="http://media.anhp.vn:8081/files/2025/09dien-tap-1.jpg"></td></tr>
<tr><td class="image_desc">Lực lượng chữa cháy tiếp cận tầng 15 bằng xe thang.</td></tr></tbody></table>
<p>{P10[1]}</p>
<p>{P10[2]}</p>
<table align="center"><tr><td><img src="/files/2025/09dien-tap-2.jpg"></td></tr><tr><td><em>Đưa người bị nạn xuống an toàn.</em></td></tr></table>
<p>{P10[3]}</p>
<p style="text-align: right;"><strong>Hoàng Dương</strong></p>
</div></div></div></body></html>""", {
    "headline": "Diễn tập chữa cháy tại chung cư cao tầng",
    "datePublished": "2025-09-27T12:47:00+07:00",
    "authors": ["Hoàng Dương"],
    "articleBody": P10,
    "images": [
        {"url": "http://media.anhp.vn:8081/files/2025/09dien-tap-1.jpg", "caption": "Lực lượng chữa cháy tiếp cận tầng 15 bằng xe thang."},
        {"url": "https://anhp.vn/files/2025/09dien-tap-2.jpg", "caption": "Đưa người bị nạn xuống an toàn."},
    ],
})

# 11. An interview: "PV:" questions in bold are not bylines, "Thứ Năm, 01/01/2026 12:32 GMT+7".
P11 = [
    "Nhân dịp năm mới 2026, phóng viên Báo An ninh Hải Phòng có cuộc trao đổi với Trưởng phòng Cảnh sát hình sự về kết quả công tác năm qua.",
    "PV: Xin đồng chí cho biết những kết quả nổi bật trong năm 2025?",
    "Năm 2025, đơn vị đã điều tra, làm rõ 95% số vụ trọng án, triệt phá nhiều băng nhóm tội phạm nguy hiểm.",
    "PV: Nhiệm vụ trọng tâm năm 2026 là gì?",
    "Chúng tôi tập trung phòng ngừa tội phạm công nghệ cao, lừa đảo chiếm đoạt tài sản trên không gian mạng.",
    "PV: Xin cảm ơn đồng chí!",
]
page("interview_pv", f"{S}/trao-doi-voi-truong-phong-canh-sat-hinh-su-d78001.html", f"""<html><head><meta charset="utf-8">
<title>Trao đổi với Trưởng phòng Cảnh sát hình sự</title></head><body>
<div class="main"><article>
<h1>Trao đổi với Trưởng phòng Cảnh sát hình sự</h1>
<div class="meta">Thứ Năm, 01/01/2026 12:32 GMT+7</div>
<div class="bai-viet">
<p><strong>{P11[0]}</strong></p>
<p><strong>{P11[1]}</strong></p><p>{P11[2]}</p>
<p><strong>{P11[3]}</strong></p><p>{P11[4]}</p>
<p><strong>{P11[5]}</strong></p>
<p style="text-align:right"><strong>MINH HIẾU</strong></p>
</div></article></div></body></html>""", {
    "headline": "Trao đổi với Trưởng phòng Cảnh sát hình sự",
    "datePublished": "2026-01-01T12:32:00+07:00",
    "authors": ["MINH HIẾU"],
    "articleBody": P11,
})

# 12. A Vietnamese cookie banner element, and an article that talks about cookies (content, kept).
P12 = [
    "Phòng An ninh mạng Công an thành phố cảnh báo thủ đoạn đánh cắp cookie phiên đăng nhập để chiếm quyền tài khoản mạng xã hội.",
    "Đối tượng gửi tệp tin chứa mã độc, khi nạn nhân mở tệp, cookie trình duyệt bị gửi về máy chủ của kẻ gian.",
    "Người dùng nên bật xác thực hai lớp, đăng xuất khỏi các thiết bị lạ và không mở tệp tin không rõ nguồn gốc.",
]
page("cookie_notice_vi", f"{S}/canh-bao-danh-cap-cookie-phien-dang-nhap-d61234.html", f"""<html><head><meta charset="utf-8">
<title>Cảnh báo đánh cắp cookie phiên đăng nhập</title></head><body>
<div id="consent-box" style="position:fixed;bottom:0"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.</p><button>Đồng ý</button><button>Từ chối</button></div>
<div class="khung"><div class="cot-trai">
<h1>Cảnh báo đánh cắp cookie phiên đăng nhập</h1>
<div class="thoigian">16/01/2021 13:54</div>
<div class="noi-dung">{ps(P12)}<p style="text-align:right"><b>Đức Anh</b></p></div>
</div></div>
<div class="popup-cookie">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. <a href="#">Đồng ý</a></div>
</body></html>""", {
    "headline": "Cảnh báo đánh cắp cookie phiên đăng nhập",
    "datePublished": "2021-01-16T13:54:00+07:00",
    "authors": ["Đức Anh"],
    "articleBody": P12,
})

# 13. Related block with no heading (teaser + date), byline in a right-aligned p, date "Chủ nhật, 02/04/2023 | 18:03:33".
P13 = [
    "Chiều 2-4, Công an huyện An Dương đã bắt giữ đối tượng trộm cắp tài sản tại chợ Hỗ trong khi đang gây án.",
    "Qua trích xuất camera, lực lượng chức năng xác định đối tượng đã thực hiện nhiều vụ trộm điện thoại di động.",
    "Vụ việc đang được điều tra, xử lý.",
]
R13 = [
    ("/bat-doi-tuong-cuop-giat-d53300.html", "Bắt đối tượng cướp giật tài sản", "Công an quận Hải An vừa bắt giữ đối tượng cướp giật…", "01/04/2023", "2023-04-01T00:00:00+07:00"),
    ("/triet-xoa-o-nhom-trom-cap-d53290.html", "Triệt xóa ổ nhóm trộm cắp xe máy", "Phòng Cảnh sát hình sự đã triệt xóa ổ nhóm…", "31/03/2023", "2023-03-31T00:00:00+07:00"),
    ("/canh-bao-lua-dao-d53281.html", "Cảnh báo lừa đảo qua mạng xã hội", "Thời gian gần đây, tình trạng lừa đảo qua mạng…", "30/03/2023", "2023-03-30T00:00:00+07:00"),
]
page("related_no_heading", f"{S}/bat-qua-tang-doi-tuong-trom-cap-tai-cho-d53381.html", f"""<html><head><meta charset="utf-8">
<title>Bắt quả tang đối tượng trộm cắp tại chợ</title></head><body>
<div id="site"><div class="mainbox">
<h1 class="h-title">Bắt quả tang đối tượng trộm cắp tại chợ</h1>
<div class="dt">Chủ nhật, 02/04/2023 | 18:03:33</div>
<div class="bodytext">{ps(P13)}<p style="text-align: right">Hoàng Long</p></div>
<ul class="lst">
{"".join(f'<li><a href="{u}"><img src="/thumb{i}.jpg"></a><a href="{u}">{h}</a><p>{t}</p><span>{d}</span></li>' for i, (u, h, t, d, _) in enumerate(R13))}
</ul>
</div></div></body></html>""", {
    "headline": "Bắt quả tang đối tượng trộm cắp tại chợ",
    "datePublished": "2023-04-02T18:03:33+07:00",
    "authors": ["Hoàng Long"],
    "articleBody": P13,
    "relatedArticles": [{"url": f"{S}{u}", "headline": h, "description": t, "datePublished": iso} for u, h, t, _, iso in R13],
})

# 14. "Đọc nhiều"/"Tin mới" widgets right after the article (not in an aside) and a "Tin liên quan" block.
P14 = [
    "Sáng 10-10, Bộ Công an tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự 9 tháng đầu năm tại thành phố Hải Phòng.",
    "Hội nghị đánh giá tình hình tội phạm về trật tự xã hội giảm 12% so với cùng kỳ năm trước.",
    "Nhiều mô hình tự quản về an ninh, trật tự ở cơ sở phát huy hiệu quả, được nhân rộng.",
]
page("widgets_not_related", f"{S}/so-ket-cong-tac-bao-dam-an-ninh-trat-tu-d78503.html", f"""<html><head><meta charset="utf-8">
<meta property="og:title" content="Sơ kết công tác bảo đảm an ninh, trật tự 9 tháng">
<meta name="author" content="An ninh Hải Phòng">
<title>Sơ kết công tác bảo đảm an ninh, trật tự 9 tháng</title></head><body>
<div class="layout">
<h1>Sơ kết công tác bảo đảm an ninh, trật tự 9 tháng</h1>
<div class="when"><time datetime="2026-10-10T09:30:00+07:00">09:30 10/10/2026</time></div>
<div class="story-body">{ps(P14)}<p class="author-name">Lê Hưng</p></div>
<div class="box"><div class="box-title"><span>Tin liên quan</span></div>
<div class="box-items"><div class="it"><a href="/ra-quan-dot-cao-diem-d78400.html">Ra quân đợt cao điểm trấn áp tội phạm</a></div>
<div class="it"><a href="/tong-ket-mo-hinh-tu-quan-d78350.html">Tổng kết mô hình tự quản về an ninh</a></div></div></div>
<div class="box"><div class="box-title"><span>Đọc nhiều</span></div>
<div class="box-items"><div class="it"><a href="/doc-nhieu-a-d78100.html">Tin đọc nhiều A</a></div><div class="it"><a href="/doc-nhieu-b-d78101.html">Tin đọc nhiều B</a></div></div></div>
<div class="box"><div class="box-title"><span>Tin mới</span></div>
<div class="box-items"><div class="it"><a href="/tin-moi-a-d78600.html">Tin mới A</a></div><div class="it"><a href="/tin-moi-b-d78601.html">Tin mới B</a></div></div></div>
</div></body></html>""", {
    "headline": "Sơ kết công tác bảo đảm an ninh, trật tự 9 tháng",
    "datePublished": "2026-10-10T09:30:00+07:00",
    "authors": ["Lê Hưng"],
    "articleBody": P14,
    "relatedArticles": [
        {"url": f"{S}/ra-quan-dot-cao-diem-d78400.html", "headline": "Ra quân đợt cao điểm trấn áp tội phạm"},
        {"url": f"{S}/tong-ket-mo-hinh-tu-quan-d78350.html", "headline": "Tổng kết mô hình tự quản về an ninh"},
    ],
})


# 15. Paragraphs in <div>s, an unmarked lead in h2 before the body, a lead figure, an italic caption
#     under an image paragraph, an inline "Xem thêm:" link, an English cookie bar, JSON-LD as a list.
P15 = [
    "Trong đợt mưa lớn kéo dài từ đêm 8-9, nhiều tuyến phố nội thành bị ngập sâu, lực lượng công an đã có mặt hỗ trợ người dân.",
    "Các tổ công tác của Công an quận Ngô Quyền, Lê Chân túc trực tại những điểm ngập, phân luồng giao thông, giúp người dân đẩy xe chết máy.",
    "Tại phố Lạch Tray, nước ngập tới nửa bánh xe, nhiều phương tiện không thể di chuyển.",
    "Lãnh đạo Công an thành phố yêu cầu các đơn vị sẵn sàng lực lượng, phương tiện ứng phó với mưa bão trong những ngày tới.",
]
page("div_paragraphs_lead_h2", "https://baomoi.example.com/c/mua-lon-ngap-pho-d60555.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Công an hỗ trợ người dân vượt ngập sau mưa lớn</title>
<script type="application/ld+json">[{{"@type":"Organization","name":"Báo Mới"}},{{"@type":"Article","headline":"Công an hỗ trợ người dân vượt ngập sau mưa lớn","datePublished":"2024-09-09T07:40:00+07:00","author":{{"@type":"Person","name":"Khánh Linh"}}}}]</script>
</head><body>
<div class="header"><div class="logo"><a href="/"><img src="/logo.svg"></a></div></div>
<div class="article">
<h1>Công an hỗ trợ người dân vượt ngập sau mưa lớn</h1>
<div class="pub">07:40 09/09/2024</div>
<h2>{P15[0]}</h2>
<figure><img src="/img/ngap-1.jpg"><figcaption>Nước ngập sâu trên phố Lạch Tray sáng 9-9.</figcaption></figure>
<div class="article__body">
<div>{P15[1]}</div>
<div style="text-align:center"><img src="/img/ngap-2.jpg"></div>
<div><i>Cán bộ công an giúp người dân đẩy xe chết máy.</i></div>
<div>{P15[2]}</div>
<p>Xem thêm: <a href="/canh-bao-mua-lon-d60540.html">Cảnh báo mưa lớn diện rộng</a></p>
<div>{P15[3]}</div>
</div></div>
<div id="cookie-bar">We use cookies to ensure that we give you the best experience on our website. <a href="#">OK</a></div>
</body></html>""", {
    "headline": "Công an hỗ trợ người dân vượt ngập sau mưa lớn",
    "datePublished": "2024-09-09T07:40:00+07:00",
    "authors": ["Khánh Linh"],
    "articleBody": P15,
    "images": [{"url": "https://baomoi.example.com/img/ngap-1.jpg", "caption": "Nước ngập sâu trên phố Lạch Tray sáng 9-9."},
               {"url": "https://baomoi.example.com/img/ngap-2.jpg", "caption": "Cán bộ công an giúp người dân đẩy xe chết máy."}],
    "relatedArticles": [{"url": "https://baomoi.example.com/canh-bao-mua-lon-d60540.html", "headline": "Cảnh báo mưa lớn diện rộng"}],
})

# 16. The logo is the only h1 and there is no og:title; headline from <title>; "Dòng sự kiện" block; tags.
P16 = [
    "Ngày 3-3, Cơ quan Cảnh sát điều tra Công an thành phố đã khởi tố vụ án, khởi tố bị can đối với 4 đối tượng về hành vi lừa đảo chiếm đoạt tài sản.",
    "Các đối tượng giả danh nhân viên công ty tài chính, hứa hẹn cho vay với lãi suất thấp để yêu cầu bị hại nộp phí hồ sơ.",
    "Bước đầu, cơ quan điều tra xác định có hơn 200 người bị lừa với tổng số tiền trên 3 tỷ đồng.",
]
page("logo_h1_title_tag", f"{S}/khoi-to-4-doi-tuong-lua-dao-cho-vay-d58800.html", f"""<html><head><meta charset="utf-8">
<title>Khởi tố 4 đối tượng lừa đảo cho vay tài chính | An ninh Hải Phòng</title>
<meta name="keywords" content="lừa đảo, cho vay, khởi tố">
</head><body>
<h1 id="brand"><a href="/">An ninh Hải Phòng</a></h1>
<ul class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/phap-luat-c4.html">Pháp luật</a></li></ul>
<div class="wrap"><div class="c1">
<h3 class="ttl">Khởi tố 4 đối tượng lừa đảo cho vay tài chính</h3>
<em>17:52 03-03-2024</em>
<div class="ct">{ps(P16)}<div class="tacgia">Nguyễn Hà</div>
<div class="keywords">Từ khóa: <a href="/tag/lua-dao">lừa đảo</a>, <a href="/tag/cho-vay">cho vay</a></div></div>
<div class="event"><b>Dòng sự kiện</b>
<p><a href="/bat-nhom-lua-dao-d58700.html">Bắt nhóm lừa đảo cho vay qua ứng dụng</a> <span>(01/03/2024)</span></p>
<p><a href="/canh-bao-app-vay-tien-d58650.html">Cảnh báo ứng dụng vay tiền giả mạo</a> <span>(27/02/2024)</span></p></div>
</div></div></body></html>""", {
    "headline": "Khởi tố 4 đối tượng lừa đảo cho vay tài chính",
    "datePublished": "2024-03-03T17:52:00+07:00",
    "authors": ["Nguyễn Hà"],
    "articleBody": P16,
    "relatedArticles": [
        {"url": f"{S}/bat-nhom-lua-dao-d58700.html", "headline": "Bắt nhóm lừa đảo cho vay qua ứng dụng", "datePublished": "2024-03-01T00:00:00+07:00"},
        {"url": f"{S}/canh-bao-app-vay-tien-d58650.html", "headline": "Cảnh báo ứng dụng vay tiền giả mạo", "datePublished": "2024-02-27T00:00:00+07:00"},
    ],
    "tags": ["lừa đảo", "cho vay", "khởi tố"],
    "breadcrumbs": [{"name": "Pháp luật", "url": f"{S}/phap-luat-c4.html"}],
})


# 17. Title inside <header class="entry-header"> with no og:title, a marked lead inside the body, a centred
#     caption under a centred image, a sub-heading and a quote, an unmarked "Tác giả:" byline line, and a
#     "Tin liên quan" list inside the body container.
P17 = [
    "Công an huyện Thủy Nguyên vừa tổ chức tuyên truyền phòng, chống đuối nước cho học sinh trước kỳ nghỉ hè.",
    "Các cán bộ đã hướng dẫn kỹ năng tự cứu, cách sơ cứu người bị đuối nước và những điểm sông, hồ nguy hiểm cần tránh.",
    "Phụ huynh cần phối hợp",
    "Mỗi gia đình là một lá chắn an toàn cho trẻ trong dịp hè.",
    "Nhà trường đề nghị phụ huynh quản lý chặt chẽ thời gian vui chơi của con em, không để trẻ tự ý đi bơi.",
]
page("entry_header_inner_related", f"{S}/tuyen-truyen-phong-chong-duoi-nuoc-d66001.html", f"""<html><head><meta charset="utf-8">
<title>Tuyên truyền phòng, chống đuối nước cho học sinh</title></head><body>
<div class="top-bar"><a href="/">Trang chủ</a></div>
<article class="post"><header class="entry-header"><h1 class="entry-title">Tuyên truyền phòng, chống đuối nước cho học sinh</h1>
<div class="entry-meta">09:20 28/05/2025</div></header>
<div class="entry-content"><p class="sapo">{P17[0]}</p><p>{P17[1]}</p>
<p style="text-align:center"><img src="/files/2025/05duoi-nuoc.jpg"></p><p style="text-align:center">Học sinh thực hành kỹ năng tự cứu.</p>
<h2>{P17[2]}</h2><blockquote>{P17[3]}</blockquote><p>{P17[4]}</p>
<p>Tác giả: Tùng Nguyễn</p>
<h3>Tin liên quan</h3><ul><li><a href="/canh-bao-duoi-nuoc-mua-he-d65900.html">Cảnh báo nguy cơ đuối nước mùa hè</a></li>
<li><a href="/day-boi-mien-phi-cho-tre-em-d65800.html">Dạy bơi miễn phí cho trẻ em vùng ven biển</a></li></ul></div></article>
<div class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/x-d5.html">Tin đọc nhiều nhất tuần này ở thành phố</a></li><li><a href="/y-d6.html">Một tin đọc nhiều khác trong tuần qua</a></li></ul></div>
</body></html>""", {
    "headline": "Tuyên truyền phòng, chống đuối nước cho học sinh",
    "datePublished": "2025-05-28T09:20:00+07:00",
    "authors": ["Tùng Nguyễn"],
    "articleBody": P17,
    "images": [{"url": f"{S}/files/2025/05duoi-nuoc.jpg", "caption": "Học sinh thực hành kỹ năng tự cứu."}],
    "relatedArticles": [
        {"url": f"{S}/canh-bao-duoi-nuoc-mua-he-d65900.html", "headline": "Cảnh báo nguy cơ đuối nước mùa hè"},
        {"url": f"{S}/day-boi-mien-phi-cho-tre-em-d65800.html", "headline": "Dạy bơi miễn phí cho trẻ em vùng ven biển"},
    ],
})

# 18. Republished from CAND: a two-line byline (name, then "(Theo CAND)"), JSON-LD with a naive date and a
#     string author, and a utf-8 declaration on a page that is really windows-1258.
P18 = [
    "Bộ Công an vừa ban hành kế hoạch cao điểm tấn công, trấn áp tội phạm dịp cuối năm trên phạm vi toàn quốc.",
    "Kế hoạch yêu cầu công an các địa phương tập trung đấu tranh với tội phạm ma túy, tín dụng đen và lừa đảo qua mạng.",
    "Đợt cao điểm kéo dài từ ngày 15-11 đến hết ngày 15-2 năm sau.",
]
page("republished_cand_wrong_charset", f"{S}/cao-diem-tan-cong-tran-ap-toi-pham-cuoi-nam-d62001.html", f"""<html><head>
<meta charset="utf-8"><title>Cao điểm tấn công, trấn áp tội phạm cuối năm</title>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Cao điểm tấn công, trấn áp tội phạm cuối năm","datePublished":"2024-11-14T10:00:00","author":"Hà Anh"}}</script>
</head><body><div id="main"><h1>Cao điểm tấn công, trấn áp tội phạm cuối năm</h1>
<div class="c">{ps(P18)}<p style="text-align:right"><strong>Hà Anh</strong></p><p style="text-align:right"><em>(Theo CAND)</em></p></div>
</div></body></html>""", {
    "headline": "Cao điểm tấn công, trấn áp tội phạm cuối năm",
    "datePublished": "2024-11-14T10:00:00+07:00",
    "authors": ["Hà Anh"],
    "source": "Công an nhân dân",
    "articleBody": P18,
}, encoding="cp1258")


def encode(text: str, encoding: str) -> bytes:
    """Text in ``encoding``; for windows-1258, tone marks become combining characters as that code page needs."""
    if encoding != "cp1258":
        return text.encode(encoding)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts[1:] if c in "\u0300\u0301\u0303\u0309\u0323")
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (letter + tones).encode("cp1258")
    return bytes(out)


def main() -> None:
    for name, spec in PAGES.items():
        d = HERE / name
        d.mkdir(exist_ok=True)
        (d / "page.html").write_bytes(encode(spec["html"], spec["encoding"]))
        (d / "meta.json").write_text(json.dumps({"url": spec["url"]}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
        exp = dict(spec["expected"])
        exp["articleBody"] = "\n".join(exp["articleBody"])
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
