"""Red-team extraction fixtures: pages imitating CMSs and republishers the extractor was not written for.

Each page below copies the markup habits of a real Vietnamese CMS (WordPress tagDiv and JNews themes,
Joomla K2, a VnExpress-like ``fck_detail`` page, a baohaiphong.vn-like page, a 2012 table layout in
windows-1258…) with traps a demanding reader would not fall for: ads and lazy images in the body,
author boxes, ``Bởi admin`` credits, dates far from the title or only in ``<time datetime>``, related
lists whose links are not ``-d<ID>.html``, ``Tin nổi bật`` widgets, cookie banners inside the article.
Written in the same format as ``make_fixtures.py`` (whose helpers it reuses); run from the project
root: ``.venv/bin/python tests/pages/make_fixtures_unseen.py`` (writes these and the original pages).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_fixtures import page, ps  # noqa: E402
from make_fixtures import main as write_all  # noqa: E402

S = "https://anhp.vn"

# 19. WordPress tagDiv "Newspaper" republisher: td-post-content, lazy image + noscript, ad block with an
#     image inside the body, "Bởi admin" in the header, a "Tin và ảnh:" credit in <em>, related posts
#     with WordPress permalinks (no -d<ID>), a comment form and a "Tin nổi bật" sidebar.
P19 = [
    "Công an quận Lê Chân vừa bắt giữ đối tượng Nguyễn Văn T. (SN 1995, trú tại quận Hải An) về hành vi trộm cắp tài sản.",
    "Trước đó, ngày 2-3, Công an phường Dư Hàng Kênh nhận được tin báo của người dân về việc bị mất trộm xe máy để trước cửa nhà.",
    "Qua truy xét, lực lượng chức năng xác định T. là đối tượng đã thực hiện 5 vụ trộm cắp xe máy trên địa bàn quận trong tháng 2.",
    "Tại cơ quan công an, đối tượng khai nhận bán xe lấy tiền tiêu xài cá nhân. Vụ việc đang được điều tra, mở rộng.",
]
WP19 = "https://haiphongplus.example.vn"
R19 = [
    (f"{WP19}/bat-nhom-doi-tuong-cuop-giat-tai-san-tren-pho/", "Bắt nhóm đối tượng cướp giật tài sản trên phố Lạch Tray"),
    (f"{WP19}/canh-bao-thu-doan-trom-cap-xe-may-dip-tet/", "Cảnh báo thủ đoạn trộm cắp xe máy dịp cận Tết"),
    (f"{WP19}/khoi-to-doi-tuong-tieu-thu-tai-san-do-pham-toi-ma-co/", "Khởi tố đối tượng tiêu thụ tài sản do người khác phạm tội mà có"),
]
page("wp_tagdiv_republish", f"{WP19}/cong-an-le-chan-bat-doi-tuong-trom-cap-xe-may/", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<title>Công an Lê Chân bắt đối tượng trộm cắp xe máy | Hải Phòng Plus</title>
<meta property="og:title" content="Công an Lê Chân bắt đối tượng trộm cắp xe máy">
<meta property="og:site_name" content="Hải Phòng Plus">
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap"><div class="td-header-menu-wrap"><ul class="sf-menu"><li><a href="{WP19}/">Trang chủ</a></li><li><a href="{WP19}/phap-luat/">Pháp luật</a></li></ul></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="{WP19}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{WP19}/phap-luat/">Pháp luật</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<article id="post-20311" class="post-20311 post type-post status-publish format-standard has-post-thumbnail">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{WP19}/phap-luat/">Pháp luật</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">Công an Lê Chân bắt đối tượng trộm cắp xe máy</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{WP19}/author/admin/">admin</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-05T15:15:00+07:00">05/03/2024</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-20311">1204</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a></div></div>
<div class="td-post-content tagdiv-type">
<p><strong>{P19[0]}</strong></p>
<p>{P19[1]}</p>
<div class="td-a-rec td-a-rec-id-content_inline"><div class="banner"><a href="https://quangcao.example.com/click?id=9"><img src="{WP19}/wp-content/uploads/ads/banner-728x90.gif" width="728" height="90"></a></div><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1"></ins></div>
<figure class="wp-block-image size-large"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{WP19}/wp-content/uploads/2024/03/doi-tuong-t.jpg"><noscript><img src="{WP19}/wp-content/uploads/2024/03/doi-tuong-t.jpg"></noscript><figcaption>Đối tượng Nguyễn Văn T. tại cơ quan công an.</figcaption></figure>
{ps(P19[2:])}
<p><em>Tin và ảnh: Quang Hưng</em></p>
</div>
<footer><div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><a href="#">Chia sẻ</a></div><a class="td-social-sharing-button" href="#">Facebook</a><a class="td-social-sharing-button" href="#">Zalo</a></div>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{WP19}/tag/trom-cap/">trộm cắp</a></li></ul></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1">
<h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a><a class="td-related-right" href="#">THÊM TỪ TÁC GIẢ</a></h4>
<div class="td_block_inner"><div class="td-related-row">
{"".join(f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{u}" rel="bookmark" class="td-image-wrap" title="{h}"><img class="entry-thumb" src="{WP19}/wp-content/uploads/thumb{i}.jpg" width="218" height="150"></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{u}" rel="bookmark" title="{h}">{h}</a></h3></div></div></div>' for i, (u, h) in enumerate(R19))}
</div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{WP19}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="Gửi bình luận"></p></form></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">Tin nổi bật</span></h4></div>
<div class="td_block_inner"><div class="td_module_6"><h3 class="entry-title td-module-title"><a href="{WP19}/hai-phong-don-tet-an-toan/">Hải Phòng đón Tết an toàn, vui tươi, lành mạnh</a></h3></div>
<div class="td_module_6"><h3 class="entry-title td-module-title"><a href="{WP19}/ra-quan-tong-kiem-soat-phuong-tien/">Ra quân tổng kiểm soát phương tiện giao thông đường thủy</a></h3></div></div></div></div></div>
</div></div></div>
<div class="td-footer-wrapper"><p>© Hải Phòng Plus</p></div>
</body></html>""", {
    "headline": "Công an Lê Chân bắt đối tượng trộm cắp xe máy",
    "datePublished": "2024-03-05T15:15:00+07:00",
    "authors": ["Quang Hưng"],
    "articleBody": P19,
    "images": [{"url": f"{WP19}/wp-content/uploads/2024/03/doi-tuong-t.jpg",
                "caption": "Đối tượng Nguyễn Văn T. tại cơ quan công an."}],
    "relatedArticles": [{"url": u, "headline": h} for u, h in R19],
})

# 20. JNews (jeg_post) theme: lead in h2.jeg_post_subtitle, a large share bar between the title and the
#     body, the date "Thứ Năm, 01/01/2026 12:32 GMT+7" in a span.date at the bottom (far from the title),
#     "Bởi Ngọc Mai" meta author, an <ol> list and a <blockquote>, "Tin liên quan" as jeg_post cards.
P20 = [
    "Năm 2025, lực lượng Công an thành phố đã kiềm chế, kéo giảm 15% số vụ phạm pháp hình sự, triệt xóa hàng chục băng nhóm tội phạm.",
    "Theo báo cáo tổng kết, các đơn vị nghiệp vụ đã điều tra làm rõ hơn 90% số vụ án hình sự, trong đó có nhiều vụ án nghiêm trọng.",
    "Ba nhiệm vụ trọng tâm năm 2026 gồm:",
]
L20 = [
    "Tấn công trấn áp tội phạm ngay từ đầu năm;",
    "Đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc;",
    "Ứng dụng dữ liệu dân cư trong quản lý xã hội.",
]
Q20 = "Mỗi cán bộ, chiến sĩ phải là một tuyên truyền viên tích cực trong cộng đồng dân cư."
P20b = [
    "Lãnh đạo Công an thành phố đề nghị các đơn vị tiếp tục đổi mới phương pháp công tác, lấy người dân làm trung tâm.",
    "Dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc được tặng Bằng khen của Bộ Công an.",
]
JN = "https://tinanninh.example.net"
R20 = [
    (f"{JN}/2025/12/tong-ket-phong-trao-toan-dan/", "Tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2025", "22/12/2025", "2025-12-22T00:00:00+07:00"),
    (f"{JN}/2025/12/trien-khai-cao-diem-tet/", "Triển khai đợt cao điểm bảo đảm an ninh dịp Tết Nguyên đán", "18/12/2025", "2025-12-18T00:00:00+07:00"),
]
share20 = "".join(f'<a href="#" class="jeg_btn-{n}"><i class="fa fa-{n}"></i><span>{n.title()}</span></a>'
                  for n in ("facebook", "twitter", "pinterest", "linkedin", "telegram", "whatsapp", "email", "print"))
page("jnews_date_far", f"{JN}/2026/01/cong-an-thanh-pho-tong-ket-cong-tac-nam-2025/", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Công an thành phố tổng kết công tác năm 2025 - Tin An Ninh</title>
<meta property="og:title" content="Công an thành phố tổng kết công tác năm 2025">
</head><body class="single single-post jeg_single_tpl_1">
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header"><div class="jeg_logo"><a href="{JN}/">Tin An Ninh</a></div>
<div class="jeg_nav_row"><ul class="jeg_menu"><li><a href="{JN}/thoi-su/">Thời sự</a></li><li><a href="{JN}/phap-luat/">Pháp luật</a></li><li><a href="{JN}/xa-hoi/">Xã hội</a></li></ul></div></div></div>
<div class="post-wrapper"><div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="entry-header"><h1 class="jeg_post_title">Công an thành phố tổng kết công tác năm 2025</h1>
<h2 class="jeg_post_subtitle">{P20[0]}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><span class="meta_text">Bởi</span> <a href="{JN}/author/ngoc-mai/">Ngọc Mai</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">trong</span> <a href="{JN}/thoi-su/" rel="category tag">Thời sự</a></span></div></div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">12</div><span class="sharetext">Chia sẻ</span></div><div class="jeg_views_count"><div class="counts">1.2k</div><span class="sharetext">Lượt xem</span></div></div>
<div class="jeg_sharelist">{share20}</div><div class="jeg_sharelist">{share20}</div></div></div>
<div class="jeg_featured featured_image"><a href="{JN}/wp-content/uploads/2026/01/tong-ket.jpg"><div class="thumbnail-container"><img width="750" height="375" src="{JN}/wp-content/uploads/2026/01/tong-ket-750x375.jpg" class="wp-post-image"></div></a><p class="wp-caption-text">Quang cảnh hội nghị tổng kết công tác Công an thành phố năm 2025.</p></div>
<div class="jeg_ad jeg_article jnews_content_top_ads"><div class="ads-wrapper"></div></div>
<div class="entry-content no-share"><div class="content-inner">
<p>{P20[1]}</p><p>{P20[2]}</p>
<ol>{"".join(f"<li>{x}</li>" for x in L20)}</ol>
<blockquote class="wp-block-quote"><p>{Q20}</p></blockquote>
{ps(P20b)}
</div></div>
<div class="jeg_meta_footer"><span class="date">Thứ Năm, 01/01/2026 12:32 GMT+7</span></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3">
<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Tin liên quan</span></h3></div>
<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">
{"".join(f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="{u}"><div class="thumbnail-container"><img src="{JN}/wp-content/uploads/t{i}.jpg"></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{u}">{h}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{u}"><i class="fa fa-clock-o"></i> {d}</a></div></div></div></article>' for i, (u, h, d, _) in enumerate(R20))}
</div></div></div></div></div>
</div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Đọc nhiều</span></h3></div>
<div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="{JN}/2025/11/vu-an-lon/">Xét xử vụ án lừa đảo chiếm đoạt tài sản lớn nhất năm</a></h3></article>
<article class="jeg_post"><h3 class="jeg_post_title"><a href="{JN}/2025/11/canh-bao/">Cảnh báo lừa đảo qua ứng dụng đầu tư tiền ảo</a></h3></article></div></div></div>
</div></div></div></div></div></div>
<div class="jeg_footer"><div class="jeg_footer_content">© 2026 Tin An Ninh</div></div></div>
</body></html>""", {
    "headline": "Công an thành phố tổng kết công tác năm 2025",
    "datePublished": "2026-01-01T12:32:00+07:00",
    "authors": ["Ngọc Mai"],
    "articleBody": [*P20, *L20, Q20, *P20b],
    "images": [{"url": f"{JN}/wp-content/uploads/2026/01/tong-ket-750x375.jpg",
                "caption": "Quang cảnh hội nghị tổng kết công tác Công an thành phố năm 2025."}],
    "relatedArticles": [{"url": u, "headline": h, "datePublished": iso} for u, h, _, iso in R20],
})

# 21. Joomla K2: title in h2.itemTitle (og:title has the site name), itemIntroText lead + itemFullText,
#     a body table, a bold "Hà Anh – Theo Công an nhân dân" credit, itemRelated "Bài viết liên quan"
#     with Joomla URLs, toolbar (print/email/font size), a "Tin mới" module.
P21 = [
    "Thời gian gần đây, trên địa bàn thành phố liên tiếp xảy ra các vụ lừa đảo qua mạng với thủ đoạn giả danh cơ quan công an.",
    "Theo thống kê của Phòng An ninh mạng, trong 10 tháng năm 2023 đã tiếp nhận hàng trăm đơn trình báo liên quan đến các thủ đoạn sau:",
]
T21 = ["Thủ đoạn | Số vụ | Thiệt hại (triệu đồng)", "Giả danh công an | 42 | 3.150", "Đầu tư tiền ảo | 27 | 8.900",
       "Tuyển cộng tác viên online | 65 | 2.480"]
P21b = [
    "Cơ quan công an khẳng định không làm việc với người dân qua điện thoại, không yêu cầu chuyển tiền vào tài khoản để xác minh.",
    "Người dân khi nhận được cuộc gọi đáng ngờ cần báo ngay cho công an xã, phường nơi gần nhất.",
]
JM = "https://haiphongtv.example.vn"
page("joomla_k2_item", f"{JM}/index.php/an-ninh-trat-tu/1532-canh-bao-lua-dao-gia-danh-cong-an", f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Cảnh báo thủ đoạn lừa đảo giả danh cơ quan công an - Truyền hình Hải Phòng</title>
<meta property="og:title" content="Cảnh báo thủ đoạn lừa đảo giả danh cơ quan công an - Truyền hình Hải Phòng">
<meta name="description" content="Cảnh báo thủ đoạn lừa đảo giả danh cơ quan công an">
</head><body class="site com_k2 view-item">
<div id="t3-mainnav" class="wrap t3-mainnav"><ul class="nav navbar-nav"><li><a href="/index.php">Trang chủ</a></li><li><a href="/index.php/an-ninh-trat-tu">An ninh trật tự</a></li></ul></div>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">Thứ Ba, 14/11/2023 - 09:05</span>
<h2 class="itemTitle">Cảnh báo thủ đoạn lừa đảo giả danh cơ quan công an</h2></div>
<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">A-</a> <a href="#" id="fontIncrease">A+</a></li>
<li><a class="itemPrintLink" rel="nofollow" href="#">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">Email</a></li></ul></div>
<div class="itemBody">
<div class="itemIntroText"><p>{P21[0]}</p></div>
<div class="itemFullText">
<p>{P21[1]}</p>
<table border="1" cellpadding="4" style="width:100%"><tbody>
{"".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split(" | ")) + "</tr>" for row in T21)}
</tbody></table>
{ps(P21b)}
<p><strong>Hà Anh – Theo Công an nhân dân</strong></p>
</div><div class="clr"></div></div>
<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-layout="button_count"></div></div></div>
<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>
<li class="even"><a href="/index.php/an-ninh-trat-tu/1520-bat-nhom-lua-dao-tuyen-cong-tac-vien">Bắt nhóm đối tượng lừa đảo tuyển cộng tác viên bán hàng online</a></li>
<li class="odd"><a href="/index.php/an-ninh-trat-tu/1498-pha-duong-day-lua-dao-dau-tu-tien-ao">Phá đường dây lừa đảo đầu tư tiền ảo chiếm đoạt hàng tỷ đồng</a></li>
<li class="clr"></li></ul><div class="clr"></div></div>
<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm bài viết...</span>
<a class="itemPrevious" href="/index.php/an-ninh-trat-tu/1531-x">&laquo; Khánh thành trụ sở Công an phường</a></div>
</div></div>
<div class="t3-sidebar col-xs-12 col-sm-4"><div class="t3-module module"><div class="module-inner"><h3 class="module-title"><span>Tin mới</span></h3>
<div class="module-ct"><ul class="latestnews"><li><a href="/index.php/thoi-su/1540-hai-phong-don-khach">Hải Phòng đón vị khách quốc tế thứ một triệu</a></li>
<li><a href="/index.php/thoi-su/1539-le-hoi">Khai mạc lễ hội Hoa phượng đỏ năm 2024</a></li></ul></div></div></div></div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><small>Bản quyền thuộc Truyền hình Hải Phòng</small></footer>
</body></html>""", {
    "headline": "Cảnh báo thủ đoạn lừa đảo giả danh cơ quan công an",
    "datePublished": "2023-11-14T09:05:00+07:00",
    "authors": ["Hà Anh"],
    "source": "Công an nhân dân",
    "articleBody": [*P21, *T21, *P21b],
    "relatedArticles": [
        {"url": f"{JM}/index.php/an-ninh-trat-tu/1520-bat-nhom-lua-dao-tuyen-cong-tac-vien",
         "headline": "Bắt nhóm đối tượng lừa đảo tuyển cộng tác viên bán hàng online"},
        {"url": f"{JM}/index.php/an-ninh-trat-tu/1498-pha-duong-day-lua-dao-dau-tu-tien-ao",
         "headline": "Phá đường dây lừa đảo đầu tư tiền ảo chiếm đoạt hàng tỷ đồng"},
    ],
})

# 22. VnExpress-like: p.description lead, article.fck_detail with p.Normal paragraphs, caption table
#     tplCaption with p.Image (a photo credit inside), lazy data-src, an inline "Xem thêm:" link paragraph,
#     two authors "Minh Hiếu – Thu Trang", "Tin liên quan" items with teasers, "Xem nhiều" widget.
P22 = [
    "Trong tuần đầu ra quân, lực lượng Cảnh sát giao thông Hải Phòng đã phát hiện hơn 600 trường hợp vi phạm nồng độ cồn.",
    "Tổ công tác của Phòng Cảnh sát giao thông bố trí chốt kiểm tra tại các cửa ngõ thành phố từ 19h đến 2h sáng hôm sau.",
    "Nhiều tài xế khi bị yêu cầu dừng xe đã quay đầu bỏ chạy, song đều bị lực lượng tuần tra cơ động chặn lại.",
    "Theo Trưởng phòng Cảnh sát giao thông, đợt cao điểm sẽ kéo dài đến hết tháng 7, với mục tiêu kéo giảm tai nạn trên cả ba tiêu chí.",
]
VE = "https://vnexpress.example.net"
R22 = [
    (f"{VE}/xu-phat-hon-2-000-truong-hop-vi-pham-nong-do-con-4901234.html", "Xử phạt hơn 2.000 trường hợp vi phạm nồng độ cồn",
     "Cảnh sát giao thông toàn quốc xử lý hơn 2.000 trường hợp vi phạm trong ngày đầu ra quân…"),
    (f"{VE}/tai-xe-bo-chay-khi-bi-kiem-tra-nong-do-con-4900987.html", "Tài xế bỏ chạy khi bị kiểm tra nồng độ cồn",
     "Người đàn ông quay đầu xe, bỏ chạy ngược chiều khi thấy chốt kiểm tra của cảnh sát…"),
]
page("vnexpress_fck_detail", f"{VE}/hai-phong-phat-hien-600-tai-xe-vi-pham-nong-do-con-4901500.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hải Phòng phát hiện 600 tài xế vi phạm nồng độ cồn - VnExpress</title>
<meta property="og:title" content="Hải Phòng phát hiện 600 tài xế vi phạm nồng độ cồn">
<meta name="description" content="Trong tuần đầu ra quân, lực lượng CSGT Hải Phòng phát hiện hơn 600 trường hợp vi phạm.">
</head><body>
<header class="section header"><div class="container"><a class="logo" href="{VE}/" title="VnExpress - Báo tiếng Việt nhiều người xem nhất"></a>
<nav class="main-nav"><ul class="parent"><li><a href="{VE}/thoi-su">Thời sự</a></li><li><a href="{VE}/phap-luat">Pháp luật</a></li></ul></nav></div></header>
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="{VE}/phap-luat">Pháp luật</a></li></ul>
<span class="date">Chủ nhật, 15/6/2025, 07:05 (GMT+7)</span></div>
<h1 class="title-detail">Hải Phòng phát hiện 600 tài xế vi phạm nồng độ cồn</h1>
<p class="description">{P22[0]}</p>
<article class="fck_detail ">
<p class="Normal">{P22[1]}</p>
<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%;"><tbody><tr><td>
<img itemprop="contentUrl" class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://i1-vnexpress.vnecdn.example/2025/06/15/csgt-kiem-tra-1.jpg" alt="Cảnh sát giao thông kiểm tra nồng độ cồn">
</td></tr><tr><td><p class="Image">Cảnh sát giao thông kiểm tra nồng độ cồn tài xế trên đường Phạm Văn Đồng. Ảnh: <em>Lê Tân</em></p></td></tr></tbody></table>
<p class="Normal">{P22[2]}</p>
<p class="Normal"><strong>Xem thêm:</strong> <a href="{VE}/cach-tinh-muc-phat-nong-do-con-4899000.html">Cách tính mức phạt vi phạm nồng độ cồn năm 2025</a></p>
<p class="Normal">{P22[3]}</p>
<p class="Normal" style="text-align:right;"><strong>Minh Hiếu – Thu Trang</strong></p>
</article>
<div class="footer-content"><div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3>
{"".join(f'<article class="item-news"><h4 class="title-news"><a href="{u}" title="{h}">{h}</a></h4><p class="description"><a href="{u}">{t}</a></p></article>' for u, h, t in R22)}
</div>
<div class="social-like"><a class="btn-share" href="#">Chia sẻ</a> <a class="btn-copy" href="#">Copy link</a></div>
<div class="box-comment" id="box_comment_vne"><h3 class="title-box-comment">Ý kiến</h3><div class="input-comment"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button></div></div>
</div></div>
<div class="sidebar-2"><div class="box-category"><h2 class="title-box-category"><a href="#">Xem nhiều</a></h2>
<article class="item-news"><h3 class="title-news"><a href="{VE}/vu-chay-nha-tro-4900100.html">Điều tra vụ cháy nhà trọ khiến 3 người thương vong</a></h3></article>
<article class="item-news"><h3 class="title-news"><a href="{VE}/bat-giu-doi-tuong-4900200.html">Bắt giữ đối tượng vận chuyển 20 bánh heroin</a></h3></article></div></div>
</div></section>
<footer class="footer"><p>Báo tiếng Việt nhiều người xem nhất</p></footer>
</body></html>""", {
    "headline": "Hải Phòng phát hiện 600 tài xế vi phạm nồng độ cồn",
    "datePublished": "2025-06-15T07:05:00+07:00",
    "authors": ["Minh Hiếu", "Thu Trang"],
    "articleBody": P22,
    "images": [{"url": "https://i1-vnexpress.vnecdn.example/2025/06/15/csgt-kiem-tra-1.jpg",
                "caption": "Cảnh sát giao thông kiểm tra nồng độ cồn tài xế trên đường Phạm Văn Đồng. Ảnh: Lê Tân"}],
    "relatedArticles": [
        {"url": f"{VE}/cach-tinh-muc-phat-nong-do-con-4899000.html", "headline": "Cách tính mức phạt vi phạm nồng độ cồn năm 2025"},
        *({"url": u, "headline": h, "description": t} for u, h, t in R22),
    ],
})

# 23. baohaiphong.vn-like: lead in h2.sapo, "09:45 | 22/04/2025" date, images as <p><img></p> + p.caption,
#     an author box div.author at the end, "Tin khác" as div.title over cards with teasers (whose class is
#     also "sapo"), "Tin nổi bật" and "Đọc nhiều" boxes in the right column.
P23 = [
    "Sáng 22-4, Công an thành phố phối hợp với Sở Giao thông vận tải tổ chức lễ ra quân bảo đảm trật tự an toàn giao thông dịp nghỉ lễ 30-4 và 1-5.",
    "Theo kế hoạch, từ ngày 26-4 đến hết ngày 4-5, các lực lượng sẽ tăng cường tuần tra trên các tuyến quốc lộ 5, quốc lộ 10 và đường cao tốc Hà Nội – Hải Phòng.",
    "Lực lượng chức năng tập trung xử lý các lỗi vi phạm là nguyên nhân trực tiếp gây tai nạn như chạy quá tốc độ, đi sai làn đường, sử dụng rượu bia khi lái xe.",
    "Tại các bến xe, nhà ga, cảng hàng không, các đơn vị bố trí lực lượng hướng dẫn, phân luồng, không để xảy ra ùn tắc kéo dài.",
]
BHP = "https://baohaiphong.example.vn"
R23 = [
    (f"{BHP}/phan-luong-giao-thong-cau-kien-412200.html", "Phân luồng giao thông qua cầu Kiền từ ngày 25-4", "Để phục vụ thi công sửa chữa khe co giãn, Sở Giao thông vận tải thông báo…", "21/04/2025", "2025-04-21T00:00:00+07:00"),
    (f"{BHP}/tang-cuong-chuyen-tau-dip-le-412150.html", "Tăng cường chuyến tàu Hải Phòng – Hà Nội dịp lễ", "Ga Hải Phòng bổ sung 6 chuyến tàu phục vụ nhu cầu đi lại của người dân…", "20/04/2025", "2025-04-20T00:00:00+07:00"),
]
page("baohaiphong_sapo_h2", f"{BHP}/ra-quan-bao-dam-trat-tu-an-toan-giao-thong-dip-le-412345.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Ra quân bảo đảm trật tự an toàn giao thông dịp nghỉ lễ</title>
<meta property="og:title" content="Ra quân bảo đảm trật tự an toàn giao thông dịp nghỉ lễ">
</head><body>
<div class="header"><div class="top-date">Thứ Ba, 22/04/2025</div><a class="logo" href="{BHP}/"><img src="{BHP}/images/logo.png"></a>
<ul class="menu"><li><a href="{BHP}/chinh-tri">Chính trị</a></li><li><a href="{BHP}/kinh-te">Kinh tế</a></li><li><a href="{BHP}/xa-hoi">Xã hội</a></li></ul></div>
<div class="main"><div class="col-left">
<div class="detail-news">
<h1 class="post-title">Ra quân bảo đảm trật tự an toàn giao thông dịp nghỉ lễ</h1>
<div class="post-meta"><span class="post-time">09:45 | 22/04/2025</span> <span class="post-view">Lượt xem: 1.245</span></div>
<h2 class="sapo">{P23[0]}</h2>
<div class="post-content">
<p>{P23[1]}</p>
<p style="text-align:center"><img src="{BHP}/uploads/2025/04/22/ra-quan.jpg" alt=""></p>
<p class="caption">Các lực lượng tham gia lễ ra quân sáng 22-4.</p>
{ps(P23[2:])}
</div>
<div class="author">Thu Hằng</div>
<div class="social"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
</div>
<div class="box-other"><div class="title">Tin khác</div>
{"".join(f'<div class="item"><a class="thumb" href="{u}"><img src="{BHP}/thumb/{i}.jpg"></a><h3><a href="{u}">{h}</a></h3><div class="sapo">{t}</div><span class="time">{d}</span></div>' for i, (u, h, t, d, _) in enumerate(R23))}
</div></div>
<div class="col-right"><div class="box"><div class="title">Tin nổi bật</div>
<div class="item"><h3><a href="{BHP}/hoi-nghi-thanh-uy-412300.html">Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21</a></h3></div>
<div class="item"><h3><a href="{BHP}/khanh-thanh-cau-412280.html">Khánh thành cầu Nguyễn Trãi nối hai bờ sông Lạch Tray</a></h3></div></div>
<div class="box"><div class="title">Đọc nhiều</div>
<div class="item"><h3><a href="{BHP}/gia-vang-412100.html">Giá vàng hôm nay tăng mạnh trở lại</a></h3></div>
<div class="item"><h3><a href="{BHP}/thoi-tiet-412090.html">Thời tiết Hải Phòng những ngày nghỉ lễ</a></h3></div></div></div>
</div>
<div class="footer">Báo Hải Phòng – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng</div>
</body></html>""", {
    "headline": "Ra quân bảo đảm trật tự an toàn giao thông dịp nghỉ lễ",
    "datePublished": "2025-04-22T09:45:00+07:00",
    "authors": ["Thu Hằng"],
    "articleBody": P23,
    "images": [{"url": f"{BHP}/uploads/2025/04/22/ra-quan.jpg", "caption": "Các lực lượng tham gia lễ ra quân sáng 22-4."}],
    "relatedArticles": [{"url": u, "headline": h, "description": t, "datePublished": iso} for u, h, t, _, iso in R23],
})

# 24. A 2012 table layout in windows-1258: <font> tags everywhere, <br><br> paragraphs, a wordy date
#     "Thứ Sáu, ngày 14 tháng 9 năm 2012 - 15:7", an image table with a centred <i> caption, a right-aligned
#     "V. Huy" byline and "Các tin khác" with bracketed dates.
P24 = [
    "Ngày 13-9, Công an huyện Thủy Nguyên đã bắt quả tang một nhóm đối tượng đang tổ chức đánh bạc dưới hình thức ghi lô đề tại xã Kênh Giang.",
    "Tang vật thu giữ gồm nhiều sổ sách ghi chép, điện thoại di động và hơn 30 triệu đồng tiền mặt.",
    "Qua đấu tranh, các đối tượng khai nhận đã hoạt động từ đầu năm 2012, mỗi ngày thu hàng chục triệu đồng tiền ghi lô đề.",
    "Vụ việc đang được Công an huyện Thủy Nguyên tiếp tục điều tra làm rõ.",
]
R24 = [
    ("/bat-doi-tuong-tang-tru-ma-tuy-d5101.html", "Bắt đối tượng tàng trữ trái phép chất ma túy", "(12/09/2012)", "2012-09-12T00:00:00+07:00"),
    ("/khoi-to-vu-an-co-y-gay-thuong-tich-d5096.html", "Khởi tố vụ án cố ý gây thương tích tại An Lão", "(10/09/2012)", "2012-09-10T00:00:00+07:00"),
]
page("table_2012_font_br", f"{S}/bat-qua-tang-nhom-doi-tuong-ghi-lo-de-d5120.html", f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>An ninh Hai Phong - Bắt quả tang nhóm đối tượng ghi lô đề</title></head>
<body topmargin="0" leftmargin="0"><center><table width="960" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="3"><a href="/"><img src="/images/top2012.jpg" width="960" height="140" border="0"></a></td></tr>
<tr><td colspan="3" bgcolor="#8b0000"><font color="#ffffff" size="2"><a href="/"><font color="#ffffff">Trang chủ</font></a> | <a href="/thoi-su-c1.html"><font color="#ffffff">Thời sự</font></a> | <a href="/an-ninh-c2.html"><font color="#ffffff">An ninh</font></a> | <a href="/phap-luat-c4.html"><font color="#ffffff">Pháp luật</font></a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#f3f3f3"><table width="100%" cellpadding="4"><tr><td><font size="2"><b>CHUYÊN MỤC</b></font></td></tr><tr><td><a href="/ho-so-vu-an-c5.html"><font size="2">Hồ sơ vụ án</font></a></td></tr><tr><td><a href="/vi-binh-yen-c6.html"><font size="2">Vì bình yên cuộc sống</font></a></td></tr></table></td>
<td width="600" valign="top"><table width="100%" cellpadding="6">
<tr><td><font face="Times New Roman" size="5" color="#8b0000"><b>Bắt quả tang nhóm đối tượng ghi lô đề</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080">Thứ Sáu, ngày 14 tháng 9 năm 2012 - 15:7</font></td></tr>
<tr><td><font face="Arial" size="2">
{P24[0]}<br><br>{P24[1]}<br><br>
<table align="center" width="400" border="0"><tr><td><img src="http://www.anhp.vn/dataimages/201209/original/images451203_lo-de.jpg" width="400"></td></tr>
<tr><td align="center"><font size="1"><i>Tang vật thu giữ tại chỗ.</i></font></td></tr></table><br>
{P24[2]}<br><br>{P24[3]}<br><br>
<div align="right"><font face="Arial" size="2"><b>V. Huy</b></font></div>
</font></td></tr>
<tr><td><font size="2" color="#8b0000"><b>Các tin khác:</b></font><br>
{"".join(f'<font size="2">- <a href="{u}">{h}</a> <font color="#999999">{d}</font></font><br>' for u, h, d, _ in R24)}
</td></tr></table></td>
<td width="180" valign="top"><table width="100%"><tr><td><font size="2"><b>TIN MỚI</b></font></td></tr>
<tr><td><a href="/hai-phong-don-bang-cong-nhan-d5130.html"><font size="2">Hải Phòng đón bằng công nhận đô thị loại một</font></a></td></tr>
<tr><td><a href="/ra-quan-mua-thu-d5128.html"><font size="2">Ra quân mùa thu an toàn cho học sinh</font></a></td></tr></table></td></tr>
<tr><td colspan="3" align="center"><font size="1">Báo An ninh Hải Phòng - Số 10 Lê Đại Hành, Hồng Bàng, Hải Phòng</font></td></tr>
</table></center></body></html>""", {
    "headline": "Bắt quả tang nhóm đối tượng ghi lô đề",
    "datePublished": "2012-09-14T15:07:00+07:00",
    "authors": ["V. Huy"],
    "articleBody": P24,
    "images": [{"url": "http://www.anhp.vn/dataimages/201209/original/images451203_lo-de.jpg", "caption": "Tang vật thu giữ tại chỗ."}],
    "relatedArticles": [{"url": f"{S}{u}", "headline": h, "datePublished": iso} for u, h, _, iso in R24],
}, encoding="cp1258")

# 25. Only <time datetime> gives the date (printed as "2 giờ trước"), no JSON-LD or meta date; the author in
#     an author box (avatar + name + role) under the title; lazy images with data-src and <em> captions in
#     the image paragraph; a related list with no heading and <span> dates.
P25 = [
    "Chiều 4-3, Công an phường Đằng Giang phối hợp với Ban quản lý chợ tổ chức diễn tập phương án chữa cháy tại chợ Cát Bi.",
    "Tình huống giả định, đám cháy bùng phát từ một ki-ốt bán quần áo ở tầng 2 do chập điện, lửa nhanh chóng lan sang các gian hàng bên cạnh.",
    "Lực lượng chữa cháy tại chỗ đã dùng bình chữa cháy xách tay dập lửa ban đầu, đồng thời báo cho lực lượng Cảnh sát PCCC.",
    "Qua diễn tập giúp tiểu thương nâng cao ý thức phòng cháy và kỹ năng xử lý khi có cháy xảy ra.",
]
NB = "https://tintuc-haiphong.example.com"
R25 = [
    (f"{NB}/pccc/kiem-tra-an-toan-phong-chay-khu-tro-d71010.html", "Kiểm tra an toàn phòng cháy tại các khu nhà trọ", "03/03/2025", "2025-03-03T00:00:00+07:00"),
    (f"{NB}/pccc/tap-huan-nghiep-vu-chua-chay-cho-tieu-thuong-d70980.html", "Tập huấn nghiệp vụ chữa cháy cho tiểu thương chợ Sắt", "28/02/2025", "2025-02-28T00:00:00+07:00"),
    (f"{NB}/pccc/canh-bao-chay-no-mua-hanh-kho-d70950.html", "Cảnh báo nguy cơ cháy nổ trong mùa hanh khô", "26/02/2025", "2025-02-26T00:00:00+07:00"),
]
page("time_only_author_box", f"{NB}/pccc/dien-tap-chua-chay-tai-cho-cat-bi-d71033.html", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Diễn tập chữa cháy tại chợ Cát Bi</title>
<meta name="viewport" content="width=device-width"></head><body>
<div class="site"><div class="topnav"><a href="{NB}/">Tin tức Hải Phòng</a> <a href="{NB}/pccc/">PCCC</a></div>
<main class="detail">
<h1 class="detail__title">Diễn tập chữa cháy tại chợ Cát Bi</h1>
<div class="detail__meta"><div class="author"><img class="avatar" src="{NB}/u/avatar-tran-hoa.jpg" width="40" height="40"><div class="author__info"><span class="author__name">Trần Hòa</span> <span class="author__role">Phóng viên</span></div></div>
<time datetime="2025-03-04T17:20:00+07:00">2 giờ trước</time></div>
<div class="detail__content">
<p>{P25[0]}</p>
<p><img class="lazy" data-src="{NB}/media/2025/03/dien-tap-cho-cat-bi.jpg" src="{NB}/static/placeholder.png"><br><em>Lực lượng chữa cháy tiếp cận ki-ốt giả định bị cháy.</em></p>
{ps(P25[1:])}
</div>
<div class="detail__related"><ul>
{"".join(f'<li><a href="{u}">{h}</a> <span>{d}</span></li>' for u, h, d, _ in R25)}
</ul></div>
</main></div></body></html>""", {
    "headline": "Diễn tập chữa cháy tại chợ Cát Bi",
    "datePublished": "2025-03-04T17:20:00+07:00",
    "authors": ["Trần Hòa"],
    "articleBody": P25,
    "images": [{"url": f"{NB}/media/2025/03/dien-tap-cho-cat-bi.jpg", "caption": "Lực lượng chữa cháy tiếp cận ki-ốt giả định bị cháy."}],
    "relatedArticles": [{"url": u, "headline": h, "datePublished": iso} for u, h, _, iso in R25],
})

# 26. An interview: the lead in a <strong> first paragraph, "PV:" questions bold only at their start,
#     answers led by the interviewee's name, a list, and the credit "MINH HIẾU (thực hiện)".
P26 = [
    "Trước thềm năm học mới, phóng viên Chuyên đề An ninh Hải Phòng đã trao đổi với Thượng tá Nguyễn Văn Hùng, Trưởng Công an quận Hồng Bàng về công tác bảo đảm an ninh trật tự trường học.",
    "PV: Thưa đồng chí, tình hình an ninh trật tự quanh các trường học hiện nay ra sao?",
    "Thượng tá Nguyễn Văn Hùng: Nhìn chung tình hình ổn định, tuy nhiên vẫn còn hiện tượng học sinh vi phạm luật giao thông, tụ tập gây gổ sau giờ tan học.",
    "PV: Công an quận đã triển khai những giải pháp gì?",
    "Thượng tá Nguyễn Văn Hùng: Chúng tôi tập trung vào ba nhóm giải pháp:",
    "Phối hợp với nhà trường tuyên truyền pháp luật đầu năm học;",
    "Bố trí lực lượng phân luồng giao thông giờ cao điểm;",
    "Xử lý nghiêm các hàng quán có biểu hiện lôi kéo học sinh.",
    "PV: Xin cảm ơn đồng chí!",
]
page("interview_thuc_hien", f"{S}/bao-dam-an-ninh-trat-tu-truong-hoc-d67800.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Bảo đảm an ninh trật tự trường học</title>
<meta property="og:title" content="Bảo đảm an ninh trật tự trường học">
</head><body>
<div id="wrapper"><div class="menu-top"><a href="/">Trang chủ</a> | <a href="/xa-hoi-c3.html">Xã hội</a></div>
<div class="khung-bai">
<h1 class="tieu-de">Bảo đảm an ninh trật tự trường học</h1>
<div class="ngay-dang">07:30 | 02/09/2025</div>
<div class="noi-dung-bai">
<p><strong>{P26[0]}</strong></p>
<p><strong>PV:</strong> {P26[1][4:]}</p>
<p><strong>Thượng tá Nguyễn Văn Hùng:</strong> {P26[2].split(": ", 1)[1]}</p>
<p><strong>PV:</strong> {P26[3][4:]}</p>
<p><strong>Thượng tá Nguyễn Văn Hùng:</strong> {P26[4].split(": ", 1)[1]}</p>
<ul>{"".join(f"<li>{x}</li>" for x in P26[5:8])}</ul>
<p><strong>{P26[8]}</strong></p>
<p style="text-align:right"><strong>MINH HIẾU (thực hiện)</strong></p>
</div></div></div></body></html>""", {
    "headline": "Bảo đảm an ninh trật tự trường học",
    "datePublished": "2025-09-02T07:30:00+07:00",
    "authors": ["MINH HIẾU"],
    "articleBody": P26,
    "description": P26[0],
})

# 27. Decomposed Unicode (NFD), a Vietnamese cookie banner *inside* the article container (no cookie
#     class, only its buttons), and related cards with no heading, each with a teaser and a date-time.
P27 = [
    "Sáng 12-5, Công an thành phố tổ chức hội nghị triển khai đợt cao điểm tấn công, trấn áp tội phạm về ma túy.",
    "Hội nghị đánh giá tình hình tội phạm ma túy trên địa bàn có diễn biến phức tạp, xuất hiện nhiều loại ma túy tổng hợp mới.",
    "Các đơn vị được yêu cầu tăng cường kiểm tra cơ sở kinh doanh dịch vụ nhạy cảm, kịp thời phát hiện, xử lý đối tượng sử dụng trái phép chất ma túy.",
]
R27 = [
    ("/triet-pha-duong-day-ma-tuy-lien-tinh-d66900.html", "Triệt phá đường dây ma túy liên tỉnh", "Phòng Cảnh sát điều tra tội phạm về ma túy vừa triệt phá…", "10:20 11/05/2025", "2025-05-11T10:20:00+07:00"),
    ("/bat-doi-tuong-van-chuyen-ma-tuy-d66870.html", "Bắt đối tượng vận chuyển ma túy qua đường biển", "Lực lượng Biên phòng phối hợp với Công an thành phố bắt giữ…", "08:05 09/05/2025", "2025-05-09T08:05:00+07:00"),
]
page("nfd_cookie_in_article", f"{S}/trien-khai-dot-cao-diem-tran-ap-toi-pham-ma-tuy-d66950.html", unicodedata.normalize("NFD", f"""<html lang="vi"><head><meta charset="utf-8">
<title>Triển khai đợt cao điểm trấn áp tội phạm ma túy</title></head><body>
<div class="container"><div class="baiviet">
<h1>Triển khai đợt cao điểm trấn áp tội phạm ma túy</h1>
<p class="tg">18:31 12/05/2025</p>
<div class="noidung">
<div class="thongbao"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với điều khoản của chúng tôi.</p><a href="#" class="btn">Đồng ý</a> <a href="#" class="btn">Từ chối</a></div>
{ps(P27)}
<p style="text-align:right"><strong>Thu Trang</strong></p>
</div>
<div class="list-news">
{"".join(f'<div class="it"><a href="{u}"><img src="/thumb/{i}.jpg"></a><h3><a href="{u}">{h}</a></h3><p>{t}</p><span class="time">{d}</span></div>' for i, (u, h, t, d, _) in enumerate(R27))}
</div></div></div></body></html>"""), {
    "headline": "Triển khai đợt cao điểm trấn áp tội phạm ma túy",
    "datePublished": "2025-05-12T18:31:00+07:00",
    "authors": ["Thu Trang"],
    "articleBody": P27,
    "relatedArticles": [{"url": f"{S}{u}", "headline": h, "description": t, "datePublished": iso} for u, h, t, _, iso in R27],
})

# 28. windows-1258 declared correctly, "17:52 13-06-2025", an ad banner with an image and an <ins> in the
#     body, a bold unaligned "Hà Anh – Theo Công an nhân dân" credit, a comment form, "Tin liên quan" with dates.
P28 = [
    "Bộ Công an vừa có văn bản hướng dẫn công an các địa phương triển khai thu thập, cập nhật dữ liệu sinh trắc học cho người dân.",
    "Theo đó, việc thu nhận vân tay, mống mắt, ảnh chân dung được thực hiện đồng thời khi người dân làm thủ tục cấp căn cước.",
    "Dữ liệu sinh trắc học sẽ được dùng để xác thực danh tính trong các giao dịch điện tử, góp phần phòng ngừa lừa đảo.",
]
R28 = [
    ("/cap-can-cuoc-cho-tre-duoi-6-tuoi-d70100.html", "Cấp căn cước cho trẻ em dưới 6 tuổi qua ứng dụng VNeID", "(20/06/2025)", "2025-06-20T00:00:00+07:00"),
    ("/tich-hop-giay-phep-lai-xe-vao-vneid-d70050.html", "Tích hợp giấy phép lái xe vào ứng dụng VNeID", "(18/06/2025)", "2025-06-18T00:00:00+07:00"),
]
page("cp1258_cand_byline_ads", f"{S}/thu-thap-du-lieu-sinh-trac-hoc-cho-nguoi-dan-d70123.html", f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Thu thập dữ liệu sinh trắc học cho người dân</title></head><body>
<div id="page"><div id="head"><a href="/"><img src="/img/logo.png"></a></div>
<div id="content"><div class="detail-page">
<h1 class="tit">Thu thập dữ liệu sinh trắc học cho người dân</h1>
<div class="ngay">17:52 13-06-2025</div>
<div class="entry">
<p>{P28[0]}</p>
<div class="banner"><a href="https://quangcao.example.com/"><img src="/qc/banner-300x250.jpg"></a></div>
<ins class="adsbygoogle" data-ad-slot="123"></ins>
{ps(P28[1:])}
<p><strong>Hà Anh – Theo Công an nhân dân</strong></p>
</div>
<div class="binh-luan"><h3>Ý kiến bạn đọc</h3><form action="/comment" method="post"><input type="text" name="ten" placeholder="Họ tên"><textarea name="nd"></textarea><button type="submit">Gửi bình luận</button></form></div>
<div class="lienquan"><h3>Tin liên quan</h3><ul>
{"".join(f'<li><a href="{u}">{h}</a> <span class="date">{d}</span></li>' for u, h, d, _ in R28)}
</ul></div>
</div></div></div></body></html>""", {
    "headline": "Thu thập dữ liệu sinh trắc học cho người dân",
    "datePublished": "2025-06-13T17:52:00+07:00",
    "authors": ["Hà Anh"],
    "source": "Công an nhân dân",
    "articleBody": P28,
    "relatedArticles": [{"url": f"{S}{u}", "headline": h, "datePublished": iso} for u, h, _, iso in R28],
}, encoding="cp1258")

# 29. Body as <div>s mixing <br>-separated text, a data table with a header row, an image paragraph
#     followed by p.caption, an inline ">> <a>" and "Xem thêm:" link, a "Tin nổi bật" box right after the
#     article (not in an aside), "Thứ Hai, 05/05/2025 07:30", an "<em>Tin và ảnh: …</em>" credit.
P29 = [
    "Sáng 5-5, Ban Chỉ đạo 138 thành phố tổ chức tổng kết đợt cao điểm bảo đảm an ninh trật tự dịp nghỉ lễ 30-4 và 1-5.",
    "Trong 5 ngày nghỉ lễ, tình hình an ninh trật tự trên địa bàn thành phố ổn định, không để xảy ra vụ việc phức tạp.",
    "Kết quả xử lý vi phạm trong đợt cao điểm như sau:",
]
T29 = ["Lĩnh vực | Số vụ | Số đối tượng", "Hình sự | 18 | 31", "Ma túy | 12 | 20", "Môi trường | 7 | 9"]
P29b = [
    "Các lực lượng đã tiếp nhận, giải quyết 46 tin báo, tố giác tội phạm, đạt tỷ lệ 100%.",
    "Ban Chỉ đạo đề nghị duy trì các tổ công tác liên ngành đến hết tháng 6.",
]
page("div_br_table_caption_xemthem", f"{S}/tong-ket-dot-cao-diem-dip-nghi-le-d66500.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Tổng kết đợt cao điểm bảo đảm an ninh trật tự dịp nghỉ lễ | An ninh Hải Phòng</title></head><body>
<div class="wrapper"><div class="navi"><a href="/">Trang chủ</a> » <a href="/thoi-su-c1.html">Thời sự</a></div>
<div class="news-content">
<h1>Tổng kết đợt cao điểm bảo đảm an ninh trật tự dịp nghỉ lễ</h1>
<div class="tool-bar"><span class="datetime">Thứ Hai, 05/05/2025 07:30</span> <a href="#">A-</a> <a href="#">A+</a> <a href="#">In bài</a></div>
<div id="content_detail">
<div>{P29[0]}<br>{P29[1]}</div>
<div>{P29[2]}</div>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Lĩnh vực</th><th>Số vụ</th><th>Số đối tượng</th></tr>
<tr><td>Hình sự</td><td>18</td><td>31</td></tr><tr><td>Ma túy</td><td>12</td><td>20</td></tr><tr><td>Môi trường</td><td>7</td><td>9</td></tr></table>
<p style="text-align:center"><img src="/files/2025/05tong-ket-138.jpg"></p>
<p class="caption">Đại diện Ban Chỉ đạo 138 phát biểu tại hội nghị.</p>
<div>{P29b[0]}</div>
<p>&gt;&gt; <a href="/ra-quan-cao-diem-dip-le-d66300.html">Ra quân cao điểm bảo đảm an ninh trật tự dịp lễ 30-4</a></p>
<div>{P29b[1]}</div>
<p>Xem thêm: <a href="/hai-phong-don-gan-1-trieu-luot-khach-d66450.html">Hải Phòng đón gần 1 triệu lượt khách dịp nghỉ lễ</a></p>
<p><em>Tin và ảnh: Hoàng Anh</em></p>
</div></div>
<div class="box-hot"><div class="title">Tin nổi bật</div>
<div class="it"><a href="/hoi-nghi-so-ket-d66480.html">Hội nghị sơ kết công tác quý I của Công an thành phố</a></div>
<div class="it"><a href="/trao-tang-bang-khen-d66470.html">Trao tặng bằng khen cho các tập thể có thành tích xuất sắc</a></div></div>
</div></body></html>""", {
    "headline": "Tổng kết đợt cao điểm bảo đảm an ninh trật tự dịp nghỉ lễ",
    "datePublished": "2025-05-05T07:30:00+07:00",
    "authors": ["Hoàng Anh"],
    "articleBody": [*P29, *T29, *P29b],
    "images": [{"url": f"{S}/files/2025/05tong-ket-138.jpg", "caption": "Đại diện Ban Chỉ đạo 138 phát biểu tại hội nghị."}],
    "relatedArticles": [
        {"url": f"{S}/ra-quan-cao-diem-dip-le-d66300.html", "headline": "Ra quân cao điểm bảo đảm an ninh trật tự dịp lễ 30-4"},
        {"url": f"{S}/hai-phong-don-gan-1-trieu-luot-khach-d66450.html", "headline": "Hải Phòng đón gần 1 triệu lượt khách dịp nghỉ lễ"},
    ],
})

# 30. JSON-LD whose author is the republishing organisation, an English cookie bar inside the main
#     wrapper, a lead in p.lead inside the body, an image with the caption in the same paragraph after
#     <br>, a "Đọc nhiều" block between the body and the article's "Tin cùng chuyên mục".
P30 = [
    "Đội Cảnh sát giao thông đường thủy số 2 vừa kiểm tra, xử lý 14 phương tiện vận tải thủy vi phạm trên sông Cấm.",
    "Các lỗi vi phạm chủ yếu là chở quá trọng tải cho phép, thuyền viên không có chứng chỉ chuyên môn và không trang bị đủ phao cứu sinh.",
    "Tổng số tiền phạt hơn 120 triệu đồng, tạm giữ 2 phương tiện để xử lý theo quy định.",
    "Đơn vị tiếp tục tuần tra, kiểm soát trên các tuyến đường thủy nội địa trong mùa mưa bão.",
]
HT = "https://haiphongtoday.example.org"
page("jsonld_org_cookie_lead_inside", f"{HT}/xa-hoi/xu-ly-14-phuong-tien-thuy-vi-pham-tren-song-cam-25071.htm", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Xử lý 14 phương tiện thủy vi phạm trên sông Cấm | Hải Phòng Today</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Xử lý 14 phương tiện thủy vi phạm trên sông Cấm","datePublished":"2025-07-08T10:12:00+07:00","author":{{"@type":"Organization","name":"Hải Phòng Today"}},"publisher":{{"@type":"Organization","name":"Hải Phòng Today"}}}}</script>
</head><body><div id="main-wrap">
<div class="cookie-consent-banner" role="dialog">We use cookies to ensure that we give you the best experience on our website. <button>Accept</button> <a href="/privacy">Learn more</a></div>
<article class="article">
<h1 class="article__headline">Xử lý 14 phương tiện thủy vi phạm trên sông Cấm</h1>
<div class="article__info"><span>Hải Phòng Today</span> · <span>10:12 08/07/2025</span></div>
<div class="article__content">
<p class="lead">{P30[0]}</p>
<p>{P30[1]}</p>
<p style="text-align:center"><img src="{HT}/media/2025/07/song-cam.jpg"><br><em>Tổ công tác kiểm tra giấy tờ phương tiện trên sông Cấm.</em></p>
{ps(P30[2:])}
<p style="text-align:right"><strong>Duy Khánh</strong></p>
</div>
<div class="box-most"><h3>Đọc nhiều</h3><ul><li><a href="{HT}/xa-hoi/gia-xang-giam-25060.htm">Giá xăng giảm lần thứ ba liên tiếp từ chiều nay</a></li><li><a href="{HT}/xa-hoi/mua-lon-25055.htm">Mưa lớn gây ngập nhiều tuyến phố nội thành</a></li></ul></div>
<div class="box-same"><h3>Tin cùng chuyên mục</h3><ul><li><a href="{HT}/xa-hoi/kiem-tra-phuong-tien-thuy-noi-dia-25020.htm">Kiểm tra phương tiện thủy nội địa trước mùa mưa bão</a></li><li><a href="{HT}/xa-hoi/cuu-nan-tau-ca-25010.htm">Cứu nạn thành công tàu cá gặp sự cố trên biển</a></li></ul></div>
</article></div></body></html>""", {
    "headline": "Xử lý 14 phương tiện thủy vi phạm trên sông Cấm",
    "datePublished": "2025-07-08T10:12:00+07:00",
    "authors": ["Duy Khánh"],
    "articleBody": P30,
    "description": P30[0],
    "images": [{"url": f"{HT}/media/2025/07/song-cam.jpg", "caption": "Tổ công tác kiểm tra giấy tờ phương tiện trên sông Cấm."}],
    "relatedArticles": [
        {"url": f"{HT}/xa-hoi/kiem-tra-phuong-tien-thuy-noi-dia-25020.htm", "headline": "Kiểm tra phương tiện thủy nội địa trước mùa mưa bão"},
        {"url": f"{HT}/xa-hoi/cuu-nan-tau-ca-25010.htm", "headline": "Cứu nạn thành công tàu cá gặp sự cố trên biển"},
    ],
})


if __name__ == "__main__":
    write_all()
