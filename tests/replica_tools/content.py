# ruff: noqa: E501 - prose data: lines are as long as the sentences wrap
"""The replica's articles as data: the text written for it (fictional but plausible Hải Phòng police news).

Paragraph markers used by `generate.py`: ``## `` a sub-heading, ``* `` a list item, ``> `` a quote,
``| a | b`` a table row (cells), ``[img N]`` the N-th image of the article (not a body line).
Everything else is a plain paragraph; ``PV. `` opens an interviewer's question (content, not a byline).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SECTIONS: dict[str, tuple[str, str]] = {
    # key: (name, path)
    "vbycs": ("Vì bình yên cuộc sống", "/vi-binh-yen-cuoc-song-c3.html"),
    "hsva": ("Hồ sơ vụ án", "/ho-so-vu-an-c5.html"),
    "dtpctp": ("Đấu tranh phòng, chống tội phạm", "/dau-tranh-phong-chong-toi-pham-c7.html"),
    "xh": ("Xã hội", "/xa-hoi-c9.html"),
}


@dataclass
class Source:
    id: int
    date: str                      # "YYYY-MM-DD HH:MM", local time (+07:00)
    section: str                   # key of SECTIONS
    title: str
    lead: str
    paras: list[str]
    byline: str                    # key of generate.BYLINES
    images: list[tuple[str, str | None]] = field(default_factory=list)  # (file name, caption)
    tags: list[str] = field(default_factory=list)
    only_linked: bool = False      # in no section, sitemap or feed: reachable through links only


ARTICLES: list[Source] = [
    Source(5991, "2011-10-12 08:15", "xh",
           "Công an quận Ngô Quyền ra quân bảo đảm trật tự an toàn giao thông",
           "Sáng 12-10, Công an quận Ngô Quyền tổ chức lễ ra quân tổng kiểm soát phương tiện giao thông "
           "đường bộ trên địa bàn quận.",
           ["Tham dự buổi lễ có lãnh đạo Phòng Cảnh sát giao thông đường bộ Công an thành phố cùng đại diện "
            "UBND quận và các phường.",
            "[img 0]",
            "Theo kế hoạch, từ nay đến hết năm, lực lượng Cảnh sát giao thông phối hợp với Công an các phường "
            "tập trung kiểm tra, xử lý các vi phạm về nồng độ cồn, tốc độ, đi xe máy không đội mũ bảo hiểm và "
            "lấn chiếm lòng đường, vỉa hè.",
            "Ngay sau lễ ra quân, các tổ công tác đã triển khai tuần tra trên các tuyến phố Lạch Tray, Văn Cao, "
            "Lê Lợi, lập biên bản 37 trường hợp vi phạm, tạm giữ 12 xe mô tô."],
           "mp", [("images123_ngoquyen.jpg", "Lực lượng Cảnh sát giao thông ra quân tại quận Ngô Quyền.")],
           ["An toàn giao thông", "Ngô Quyền"]),
    Source(6420, "2012-05-21 16:40", "hsva",
           "Bắt đối tượng cướp giật tài sản trên đường Trần Nguyên Hãn",
           "Chỉ sau 6 giờ gây án, đối tượng cướp giật dây chuyền của một phụ nữ trên đường Trần Nguyên Hãn "
           "đã bị Công an quận Lê Chân bắt giữ.",
           ["Khoảng 9 giờ ngày 21-5, chị N.T.H (SN 1978, trú tại phường Niệm Nghĩa) đang đi xe máy trên đường "
            "Trần Nguyên Hãn thì bị một đối tượng đi xe máy áp sát, giật đứt sợi dây chuyền vàng rồi bỏ chạy.",
            "Nhận tin báo, Đội Cảnh sát hình sự Công an quận Lê Chân đã khẩn trương truy xét, xác định đối tượng "
            "gây án là Đỗ Văn T. (SN 1990, trú tại huyện An Dương).",
            "Đến 15 giờ cùng ngày, T. bị bắt giữ khi đang tìm cách tiêu thụ tài sản tại một cửa hàng vàng bạc. "
            "Tại cơ quan Công an, T. đã khai nhận hành vi phạm tội.",
            "Vụ việc đang được tiếp tục điều tra, xử lý theo quy định của pháp luật."],
           "hoang_long", [], ["Cướp giật", "Lê Chân"]),
    Source(7105, "2013-09-03 10:05", "vbycs",
           "Người chiến sĩ Cảnh sát khu vực ở phường Đông Khê",
           "Hơn 15 năm gắn bó với địa bàn, Thiếu tá Nguyễn Văn Hòa đã trở thành người thân của nhiều gia đình "
           "ở phường Đông Khê.",
           ["Mỗi buổi sáng, anh Hòa lại đạp xe qua từng ngõ nhỏ, hỏi han bà con, nắm tình hình những hộ có "
            "người đi cai nghiện trở về hay thanh niên chậm tiến.",
            "[img 0]",
            "Nhờ sự gần gũi ấy, nhiều vụ việc được người dân báo tin kịp thời. Năm 2012, từ nguồn tin của quần "
            "chúng, anh đã cùng đồng đội phát hiện hai điểm bán lẻ ma túy ngay trong khu dân cư.",
            "> Người dân tin mình thì mới nói thật với mình. Làm Cảnh sát khu vực là phải lấy dân làm gốc.",
            "Không chỉ làm tốt nhiệm vụ, anh Hòa còn vận động các nhà hảo tâm giúp đỡ 5 gia đình khó khăn "
            "sửa nhà, giúp hai thanh niên có việc làm ổn định.",
            "Năm 2013, anh được Giám đốc Công an thành phố tặng Giấy khen vì có thành tích xuất sắc trong phong "
            "trào toàn dân bảo vệ an ninh Tổ quốc."],
           "tin_anh", [("images209_donge.jpg", "Thiếu tá Nguyễn Văn Hòa (bên phải) thăm hỏi người dân.")],
           ["Cảnh sát khu vực"], only_linked=True),
    Source(8233, "2014-12-18 14:20", "dtpctp",
           "Triệt phá đường dây đánh bạc qua mạng quy mô lớn",
           "Phòng Cảnh sát hình sự Công an thành phố vừa triệt phá một đường dây đánh bạc dưới hình thức cá "
           "độ bóng đá qua mạng với số tiền giao dịch hàng chục tỷ đồng.",
           ["Qua công tác nắm tình hình, Phòng Cảnh sát hình sự phát hiện một nhóm đối tượng tại quận Hải An "
            "sử dụng các trang mạng nước ngoài để tổ chức cá độ bóng đá.",
            "Ngày 16-12, lực lượng Công an đồng loạt kiểm tra 4 địa điểm, bắt quả tang 9 đối tượng, thu giữ "
            "nhiều máy tính, điện thoại và sổ sách ghi chép.",
            "## Cơ quan điều tra thu giữ",
            "* 12 máy tính xách tay và 20 điện thoại di động;",
            "* 450 triệu đồng tiền mặt;",
            "* nhiều sổ sách ghi chép các lần giao dịch.",
            "Bước đầu các đối tượng khai nhận đã tổ chức cá độ từ đầu mùa giải, tổng số tiền giao dịch khoảng "
            "40 tỷ đồng."],
           "mp", [], ["Đánh bạc", "Cá độ bóng đá"]),
    Source(9012, "2015-07-09 09:30", "xh",
           "Phòng cháy chữa cháy trong mùa nắng nóng",
           "Thời tiết nắng nóng kéo dài, nhu cầu sử dụng điện tăng cao khiến nguy cơ cháy nổ tại các khu dân "
           "cư, chợ và cơ sở sản xuất gia tăng.",
           ["Cảnh sát phòng cháy chữa cháy thành phố khuyến cáo người dân không để các thiết bị điện hoạt động "
            "quá tải, kiểm tra định kỳ hệ thống điện trong gia đình.",
            "Các hộ kinh doanh tại nhà cần bố trí bình chữa cháy ở nơi dễ lấy, không để hàng hóa dễ cháy gần "
            "nguồn nhiệt.",
            "Khi phát hiện cháy, người dân cần bình tĩnh ngắt điện, sử dụng phương tiện chữa cháy tại chỗ và "
            "gọi ngay số 114."],
           "the_khoa", [("images301_pccc.jpg", "Cảnh sát PCCC hướng dẫn người dân sử dụng bình chữa cháy.")],
           ["PCCC"]),
    Source(4517, "2016-11-24 07:50", "vbycs",
           "Hải Phòng - Những bước chân thầm lặng nơi biên giới biển",
           "Trên các đảo Cát Hải, Bạch Long Vĩ, những chiến sĩ Công an vẫn ngày đêm lặng lẽ giữ bình yên "
           "cho ngư dân bám biển.",
           ["Đồn Công an Bạch Long Vĩ cách đất liền hơn 130 km. Mỗi chuyến tàu ra đảo có khi phải chờ cả tuần "
            "mới có thời tiết thuận lợi.",
            "Ngoài nhiệm vụ giữ gìn an ninh trật tự, cán bộ, chiến sĩ còn cùng ngư dân sửa lưới, đưa người ốm "
            "đi cấp cứu, dạy chữ cho con em các gia đình trên đảo.",
            "[img 0]",
            "Đại úy Phạm Văn Tuấn, người đã có 6 năm công tác trên đảo, chia sẻ: Ở đây nhớ nhà nhất là dịp Tết, "
            "nhưng nhìn thấy bà con yên tâm ra khơi là chúng tôi thấy vui.",
            "Năm 2016, Đồn Công an Bạch Long Vĩ được Bộ Công an tặng Bằng khen về thành tích bảo đảm an ninh "
            "trật tự vùng biển đảo."],
           "minh_thu", [("images412_blv.jpg", None)], ["Bạch Long Vĩ", "Biển đảo"]),
    Source(4890, "2017-03-15 15:10", "hsva",
           "Khởi tố vụ án lừa đảo bán đất nền dự án ma",
           "Cơ quan Cảnh sát điều tra Công an thành phố đã khởi tố vụ án, khởi tố bị can đối với giám đốc một "
           "công ty bất động sản về tội lừa đảo chiếm đoạt tài sản.",
           ["Theo tài liệu điều tra, từ năm 2015, Vũ Thị L. (SN 1975), giám đốc công ty, đã đưa ra thông tin "
            "gian dối về một dự án khu đô thị tại huyện Thủy Nguyên để ký hợp đồng góp vốn với nhiều người.",
            "Thực tế, dự án chưa được cơ quan có thẩm quyền phê duyệt, công ty cũng không có quyền sử dụng "
            "khu đất này.",
            "| Nội dung | Số liệu |",
            "| Số người bị hại | 46 |",
            "| Số tiền chiếm đoạt | 27 tỷ đồng |",
            "Cơ quan điều tra đề nghị những ai là bị hại trong vụ án liên hệ Phòng Cảnh sát kinh tế, số 2 "
            "Lê Đại Hành, để được hướng dẫn giải quyết."],
           "hoang_long", [], ["Lừa đảo", "Bất động sản"]),
    Source(15022, "2017-08-22 11:45", "dtpctp",
           "Bắt giữ đối tượng vận chuyển 2 bánh heroin",
           "Phòng Cảnh sát điều tra tội phạm về ma túy Công an thành phố vừa bắt quả tang một đối tượng vận "
           "chuyển trái phép 2 bánh heroin.",
           ["Khoảng 22 giờ ngày 20-8, tại khu vực cầu Kiền, tổ công tác phát hiện Lường Văn S. (SN 1986, trú "
            "tại tỉnh Sơn La) điều khiển xe mô tô có biểu hiện nghi vấn nên yêu cầu dừng xe kiểm tra.",
            "Kiểm tra trong cốp xe, lực lượng chức năng thu giữ 2 bánh heroin trọng lượng khoảng 700 gam.",
            "S. khai nhận vận chuyển thuê số ma túy trên từ Sơn La về Hải Phòng để nhận tiền công 20 triệu "
            "đồng."],
           "tin_anh", [("images488_mt.jpg", "Đối tượng cùng tang vật tại cơ quan Công an.")], ["Ma túy"]),
    Source(18075, "2018-02-10 19:25", "xh",
           "Bảo đảm an ninh trật tự dịp Tết Nguyên đán Mậu Tuất",
           "Công an thành phố triển khai cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự trước, "
           "trong và sau Tết Nguyên đán Mậu Tuất 2018.",
           ["Các đơn vị tăng cường tuần tra tại các khu vực trung tâm, chợ, bến xe, nhà ga và những tuyến "
            "đường có mật độ giao thông cao.",
            "Lực lượng Cảnh sát cơ động được bố trí thường trực 24/24 giờ, sẵn sàng xử lý các tình huống phức "
            "tạp.",
            "Công an thành phố đề nghị người dân nâng cao cảnh giác, bảo quản tài sản khi về quê đón Tết, "
            "không sử dụng pháo nổ."],
           "mp", [], ["Tết Nguyên đán"], only_linked=True),
    Source(20310, "2018-08-26 09:00", "vbycs",
           "Trò chuyện với nữ Cảnh sát giao thông đầu tiên của quận Hồng Bàng",
           "Nhân dịp kỷ niệm 73 năm Ngày truyền thống lực lượng Công an nhân dân, phóng viên đã có cuộc trò "
           "chuyện với Thượng úy Lê Thu Hà, Đội Cảnh sát giao thông Công an quận Hồng Bàng.",
           ["PV. Chị có thể chia sẻ lý do chọn lực lượng Cảnh sát giao thông?",
            "Thượng úy Lê Thu Hà: Từ nhỏ tôi đã ngưỡng mộ hình ảnh các chú Cảnh sát đứng giữa ngã tư phân "
            "luồng. Khi được phân công về Đội, tôi thấy đó là cơ hội để thực hiện ước mơ.",
            "PV. Khó khăn lớn nhất của một nữ Cảnh sát giao thông là gì?",
            "Thượng úy Lê Thu Hà: Đó là những ca trực giữa trưa hè hay đêm mưa rét. Nhưng đồng đội luôn giúp "
            "đỡ nên tôi không cảm thấy mình khác biệt.",
            "[img 0]",
            "PV. Chị muốn nhắn gửi điều gì tới người tham gia giao thông?",
            "Thượng úy Lê Thu Hà: Mong mọi người chấp hành luật vì chính sự an toàn của bản thân và gia đình.",
            "PV. Xin cảm ơn chị!"],
           "minh_hieu_thu_trang",
           [("images522_thuha.jpg", "Thượng úy Lê Thu Hà phân luồng giao thông tại nút giao Hoàng Văn Thụ.")],
           ["Cảnh sát giao thông", "Phỏng vấn"]),
    Source(26544, "2019-04-17 13:35", "hsva",
           "Tạm giữ hình sự đối tượng trộm cắp xe máy tại chợ Sắt",
           "Công an quận Hồng Bàng vừa tạm giữ hình sự Phạm Văn Q. (SN 1995) để điều tra về hành vi trộm cắp "
           "tài sản.",
           ["Trưa 15-4, lợi dụng lúc chủ xe sơ hở, Q. dùng vam phá khóa lấy trộm một xe máy Honda Wave để "
            "trước cửa hàng ở khu vực chợ Sắt.",
            "Qua trích xuất camera, Công an phường Phan Bội Châu nhanh chóng xác định đối tượng và bắt giữ Q. "
            "khi đang trên đường mang xe đi tiêu thụ.",
            "Q. khai nhận đã thực hiện 3 vụ trộm cắp xe máy trên địa bàn quận Hồng Bàng và Ngô Quyền."],
           "tac_gia", [], ["Trộm cắp"]),
    Source(29870, "2019-11-05 08:10", "dtpctp",
           "Cảnh giác với thủ đoạn giả danh cơ quan Công an gọi điện lừa đảo",
           "Thời gian gần đây, trên địa bàn thành phố liên tiếp xảy ra các vụ lừa đảo qua điện thoại, đối "
           "tượng giả danh cán bộ Công an, Viện kiểm sát yêu cầu chuyển tiền.",
           ["Thủ đoạn chung là các đối tượng gọi điện thông báo người dân có liên quan đến một vụ án rửa tiền, "
            "yêu cầu chuyển tiền vào tài khoản do chúng chỉ định để phục vụ điều tra.",
            "Ngày 2-11, bà T.T.M (SN 1958, trú tại quận Kiến An) đã chuyển 480 triệu đồng cho các đối tượng.",
            "> Cơ quan Công an không làm việc với người dân qua điện thoại và không bao giờ yêu cầu chuyển tiền "
            "vào tài khoản cá nhân.",
            "Khi nhận được cuộc gọi như vậy, người dân cần bình tĩnh, không cung cấp thông tin cá nhân và báo "
            "ngay cho Công an nơi gần nhất."],
           "theo_cand", [], ["Lừa đảo qua điện thoại"], only_linked=True),
    Source(34102, "2020-06-12 18:31", "xh",
           "Công an Hải Phòng kỷ niệm 29 năm Ngày phát hành số báo đầu tiên",
           "Ngày 12-6, Báo An ninh Hải Phòng tổ chức gặp mặt kỷ niệm 29 năm ngày phát hành số báo đầu tiên "
           "(12-6-1991 - 12-6-2020).",
           ["Từ số báo đầu tiên phát hành ngày 12-6-1991, Báo An ninh Hải Phòng đã không ngừng phát triển, "
            "trở thành kênh thông tin tin cậy của bạn đọc thành phố Cảng.",
            "Năm 2017, báo ra mắt phiên bản điện tử, mở rộng đối tượng bạn đọc trong và ngoài thành phố.",
            "Phát biểu tại buổi gặp mặt, lãnh đạo Công an thành phố ghi nhận những đóng góp của đội ngũ "
            "phóng viên, biên tập viên trong công tác tuyên truyền.",
            "[img 0]",
            "Nhân dịp này, nhiều tập thể, cá nhân có thành tích xuất sắc được khen thưởng."],
           "mp", [("images601_anhp.jpg", "Các thế hệ phóng viên Báo An ninh Hải Phòng tại buổi gặp mặt.")],
           ["Báo An ninh Hải Phòng"]),
    Source(37655, "2020-12-28 20:05", "vbycs",
           "Mô hình Camera an ninh ở xã An Hồng",
           "Sau hơn một năm triển khai, mô hình Camera an ninh ở xã An Hồng, huyện An Dương đã góp phần kéo "
           "giảm rõ rệt các vụ trộm cắp tài sản.",
           ["Xã An Hồng đã vận động nhân dân đóng góp lắp đặt 64 mắt camera tại các trục đường chính, ngõ xóm.",
            "Hình ảnh được truyền về phòng giám sát tại trụ sở Công an xã và điện thoại của các tổ trưởng dân "
            "phố.",
            "## Hiệu quả rõ rệt",
            "Từ khi có camera, số vụ trộm cắp trên địa bàn giảm 70% so với cùng kỳ. Nhiều vụ việc được làm rõ "
            "nhờ dữ liệu ghi hình.",
            "Mô hình đang được Công an huyện An Dương đề nghị nhân rộng ra các xã khác."],
           "the_khoa", [("images688_camera.jpg", "Phòng giám sát camera tại trụ sở Công an xã An Hồng.")],
           ["Camera an ninh", "An Dương"]),
    Source(40218, "2021-03-01 10:00", "xh",
           "Chuyên đề An ninh Hải Phòng ra mắt bạn đọc",
           "Từ ngày 1-3-2021, Báo An ninh Hải Phòng chuyển thành Chuyên đề An ninh Hải Phòng thuộc Báo Công "
           "an nhân dân.",
           ["Việc sắp xếp thực hiện theo quy hoạch phát triển và quản lý báo chí toàn quốc đến năm 2025.",
            "Chuyên đề tiếp tục phát hành ấn phẩm in và duy trì trang thông tin điện tử tại địa chỉ cũ.",
            "Ban biên tập mong tiếp tục nhận được sự đồng hành của bạn đọc trong chặng đường mới."],
           "mp", [], ["Chuyên đề An ninh Hải Phòng"]),
    Source(43107, "2021-09-14 21:15", "vbycs",
           "Công an phường tham gia chống dịch Covid-19 tại các chốt kiểm soát",
           "Trong đợt dịch Covid-19 lần thứ tư, hàng trăm cán bộ, chiến sĩ Công an các phường đã ngày đêm "
           "làm nhiệm vụ tại các chốt kiểm soát ra vào thành phố.",
           ["Tại chốt kiểm soát cầu Kiền, mỗi ca trực có 6 cán bộ, chiến sĩ, kiểm tra hàng nghìn lượt phương "
            "tiện mỗi ngày.",
            "[img 0]",
            "Dưới cái nắng gay gắt, trong bộ đồ bảo hộ kín mít, các chiến sĩ vẫn kiên trì hướng dẫn người dân "
            "khai báo y tế.",
            "Nhiều chiến sĩ đã không về nhà suốt hơn một tháng để bảo đảm an toàn cho gia đình.",
            "Hình ảnh những người lính Công an nơi tuyến đầu đã để lại nhiều tình cảm trong lòng nhân dân."],
           "tin_anh", [("2021/09chot-kiem-soat.jpg", "Cán bộ, chiến sĩ làm nhiệm vụ tại chốt cầu Kiền.")],
           ["Covid-19"]),
    Source(45560, "2022-01-20 07:40", "dtpctp",
           "Triệt xóa điểm bán lẻ ma túy ở quận Lê Chân",
           "Công an quận Lê Chân vừa triệt xóa một điểm bán lẻ trái phép chất ma túy, bắt giữ 3 đối tượng.",
           ["Qua trinh sát, Đội Cảnh sát điều tra tội phạm về ma túy phát hiện một nhóm đối tượng thường "
            "xuyên bán ma túy tại khu vực chợ Hàng.",
            "Chiều 18-1, lực lượng Công an ập vào kiểm tra, bắt quả tang Trần Văn B. (SN 1983) đang bán ma túy "
            "cho một người nghiện.",
            "Mở rộng điều tra, Công an quận bắt giữ thêm 2 đối tượng liên quan, thu giữ 15 gam ma túy tổng "
            "hợp cùng nhiều tang vật."],
           "hoang_long", [], ["Ma túy", "Lê Chân"]),
    Source(48012, "2022-06-12 18:31", "xh",
           "Kỷ niệm 31 năm Ngày phát hành số đầu tiên Báo An ninh Hải Phòng",
           "Sáng 12-6, Chuyên đề An ninh Hải Phòng tổ chức gặp mặt các thế hệ cán bộ, phóng viên nhân kỷ niệm "
           "31 năm Ngày phát hành số báo đầu tiên (12-6-1991).",
           ["Phát biểu tại buổi gặp mặt, đồng chí Phó Giám đốc Công an thành phố đánh giá cao những đóng góp "
            "của tờ báo trong công tác tuyên truyền bảo vệ an ninh trật tự.",
            "[img 0]",
            "Trong 31 năm, báo đã phát hành hàng nghìn số báo, nhiều loạt bài điều tra được bạn đọc đánh giá "
            "cao.",
            "Các thế hệ phóng viên đã cùng ôn lại những kỷ niệm trong những năm đầu thành lập, khi tòa soạn "
            "còn ở số 10 Lê Đại Hành.",
            "Dịp này, nhiều cộng tác viên tiêu biểu được tặng giấy khen."],
           "mp", [("2022/06DSC_0012.jpg", "Các đại biểu chụp ảnh lưu niệm.")], ["Báo An ninh Hải Phòng"]),
    Source(50233, "2022-11-08 14:55", "hsva",
           "Đối tượng chiếm đoạt hơn 2 tỷ đồng bằng thủ đoạn tuyển cộng tác viên online",
           "Công an thành phố vừa bắt giữ một đối tượng dùng thủ đoạn tuyển cộng tác viên bán hàng online "
           "để chiếm đoạt tiền của nhiều người.",
           ["Đối tượng lập các trang mạng xã hội giả mạo sàn thương mại điện tử, đăng tin tuyển cộng tác viên "
            "làm việc tại nhà với hoa hồng cao.",
            "Ban đầu, người tham gia được trả hoa hồng đầy đủ cho các đơn hàng nhỏ để tạo lòng tin.",
            "Khi người bị hại nạp số tiền lớn, đối tượng viện lý do lỗi hệ thống để yêu cầu nạp thêm rồi "
            "chiếm đoạt.",
            "Cơ quan điều tra xác định đã có 23 người bị lừa với tổng số tiền hơn 2 tỷ đồng."],
           "the_khoa", [("2022/11lua-dao-online.jpg", None)], ["Lừa đảo", "Mạng xã hội"]),
    Source(52120, "2023-03-26 09:20", "vbycs",
           "Thanh niên Công an thành phố hiến máu tình nguyện",
           "Hưởng ứng Tháng Thanh niên năm 2023, Đoàn Thanh niên Công an thành phố tổ chức ngày hội hiến máu "
           "tình nguyện.",
           ["Ngày hội thu hút hơn 400 đoàn viên, thanh niên tham gia, tiếp nhận được 350 đơn vị máu.",
            "Nhiều chiến sĩ đã hiến máu từ 5 lần trở lên, trở thành tấm gương tiêu biểu trong phong trào.",
            "Số máu tiếp nhận được chuyển đến Trung tâm Huyết học - Truyền máu thành phố để phục vụ cấp cứu, "
            "điều trị cho người bệnh."],
           "minh_thu", [], ["Hiến máu", "Thanh niên"], only_linked=True),
    Source(55437, "2023-09-30 16:05", "dtpctp",
           "Cảnh báo chiêu trò đánh cắp cookie phiên đăng nhập để chiếm tài khoản mạng xã hội",
           "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an thành phố cảnh báo thủ "
           "đoạn đánh cắp cookie phiên đăng nhập để chiếm quyền tài khoản Facebook, Zalo.",
           ["Các đối tượng gửi đường link hoặc tệp tin giả mạo hóa đơn, thông báo trúng thưởng. Khi người dùng "
            "mở tệp, mã độc sẽ sao chép cookie phiên đăng nhập lưu trong trình duyệt.",
            "Với cookie này, đối tượng đăng nhập tài khoản của nạn nhân mà không cần mật khẩu hay mã xác thực, "
            "rồi nhắn tin vay tiền bạn bè của nạn nhân.",
            "## Khuyến cáo của cơ quan Công an",
            "* Không mở tệp tin, đường link lạ gửi qua tin nhắn, thư điện tử;",
            "* Thường xuyên đăng xuất các phiên đăng nhập không sử dụng, xóa cookie trên máy tính dùng chung;",
            "* Khi bị chiếm tài khoản, báo ngay cho người thân và cơ quan Công an.",
            "[img 0]",
            "Chỉ trong tháng 9, Công an thành phố đã tiếp nhận 14 đơn trình báo liên quan đến thủ đoạn này."],
           "tin_anh", [("2023/09IMG_6140.jpeg", "Cán bộ Phòng An ninh mạng hướng dẫn người dân bảo mật tài khoản.")],
           ["An ninh mạng", "Cookie"]),
    Source(58301, "2024-02-08 11:30", "xh",
           "Hải Phòng bảo đảm an toàn cho người dân vui xuân đón Tết Giáp Thìn",
           "Đêm giao thừa Tết Giáp Thìn 2024, hàng vạn người dân và du khách đổ về khu vực trung tâm thành "
           "phố xem bắn pháo hoa.",
           ["Công an thành phố huy động hơn 1.500 cán bộ, chiến sĩ làm nhiệm vụ tại các điểm bắn pháo hoa và "
            "các tuyến đường dẫn vào trung tâm.",
            "Các bãi trông giữ xe được bố trí tại khu vực Nhà hát Thành phố, Quảng trường Nhà hát và công viên "
            "Tam Bạc.",
            "Nhờ công tác chuẩn bị chu đáo, không xảy ra ùn tắc giao thông hay vụ việc phức tạp về an ninh "
            "trật tự."],
           "hoang_long", [("2024/02phao-hoa.jpg", "Người dân xem bắn pháo hoa tại Quảng trường Nhà hát.")],
           ["Tết Giáp Thìn"]),
    Source(59935, "2024-05-19 18:21", "hsva",
           "Điều tra vụ tai nạn giao thông nghiêm trọng trên Quốc lộ 5",
           "Khoảng 6 giờ sáng 19-5, trên Quốc lộ 5 đoạn qua phường Nam Sơn đã xảy ra vụ tai nạn giao thông "
           "giữa xe ô tô tải và xe mô tô khiến một người tử vong.",
           ["Vào thời điểm trên, xe ô tô tải biển kiểm soát 15C do tài xế N.V.Đ điều khiển đi theo hướng Hải "
            "Phòng - Hà Nội đã va chạm với xe mô tô đi cùng chiều.",
            "Cú va chạm khiến người điều khiển xe mô tô tử vong tại chỗ.",
            "Nhận tin báo, Đội Cảnh sát giao thông - trật tự Công an quận Kiến An có mặt phân luồng giao "
            "thông, phối hợp khám nghiệm hiện trường.",
            "Vụ việc đang được cơ quan chức năng điều tra làm rõ nguyên nhân."],
           "the_khoa", [], ["Tai nạn giao thông"]),
    Source(62210, "2024-09-09 20:40", "vbycs",
           "Công an Hải Phòng giúp dân khắc phục hậu quả bão số 3",
           "Ngay sau khi bão số 3 (Yagi) đi qua, hàng nghìn cán bộ, chiến sĩ Công an thành phố đã có mặt tại "
           "các địa bàn giúp nhân dân khắc phục hậu quả.",
           ["Bão số 3 đổ bộ vào Hải Phòng ngày 7-9 với sức gió giật trên cấp 16, làm hàng chục nghìn cây "
            "xanh bị đổ, nhiều nhà dân bị tốc mái.",
            "[img 0]",
            "Lực lượng Công an đã tập trung dọn dẹp cây đổ, thông tuyến giao thông, giúp các gia đình sửa chữa "
            "nhà cửa.",
            "## Những con số ấn tượng",
            "| Nội dung | Kết quả |",
            "| Cán bộ, chiến sĩ tham gia | hơn 4.000 lượt |",
            "| Cây xanh được dọn dẹp | hơn 12.000 cây |",
            "| Nhà dân được hỗ trợ | 860 hộ |",
            "[img 1]",
            "Nhiều chiến sĩ làm việc xuyên đêm, chỉ tranh thủ nghỉ ngơi ít phút bên đường.",
            "Người dân các phường Máy Chai, Đông Hải đã mang nước uống, đồ ăn tiếp sức cho các chiến sĩ.",
            "Hình ảnh người Công an nhân dân vì nhân dân phục vụ một lần nữa được khẳng định trong hoạn nạn."],
           "minh_hieu_thu_trang",
           [("2024/09bao-yagi-1.jpg", "Cán bộ, chiến sĩ dọn cây đổ trên đường Lạch Tray."),
            ("2024/09bao-yagi-2.jpg", "Giúp người dân lợp lại mái nhà. (Ảnh: Công an cung cấp)")],
           ["Bão số 3", "Yagi"]),
    Source(64071, "2024-12-05 20:18", "xh",
           "HĐND thành phố khai mạc kỳ họp thứ 21",
           "Sáng 5-12, kỳ họp thứ 21 HĐND thành phố khóa XVI, nhiệm kỳ 2021-2026 khai mạc tại Trung tâm Hội "
           "nghị thành phố.",
           ["Kỳ họp xem xét các báo cáo về tình hình kinh tế - xã hội năm 2024, nhiệm vụ năm 2025.",
            "Báo cáo của UBND thành phố cho thấy tốc độ tăng trưởng kinh tế của thành phố ước đạt trên 10%.",
            "Về an ninh trật tự, tình hình tiếp tục được giữ vững, tội phạm về trật tự xã hội giảm so với năm "
            "2023.",
            "Kỳ họp dự kiến diễn ra trong 3 ngày."],
           "mp", [("2024/12ky-hop-21.jpg", None)], ["HĐND thành phố"]),
    Source(65340, "2025-02-14 10:10", "dtpctp",
           "Phá đường dây mua bán hóa đơn giá trị gia tăng trái phép",
           "Phòng Cảnh sát kinh tế Công an thành phố vừa phá đường dây mua bán trái phép hóa đơn giá trị gia "
           "tăng với tổng giá trị hàng hóa ghi trên hóa đơn hơn 600 tỷ đồng.",
           ["Các đối tượng thành lập 12 công ty \"ma\" không hoạt động sản xuất, kinh doanh thực tế, chỉ để "
            "xuất bán hóa đơn hưởng lợi.",
            "Ngày 12-2, lực lượng Công an đồng loạt khám xét 8 địa điểm, thu giữ nhiều con dấu, máy tính và tài "
            "liệu liên quan.",
            "Cơ quan Cảnh sát điều tra đã khởi tố vụ án, khởi tố 5 bị can về tội mua bán trái phép hóa đơn."],
           "tac_gia", [], ["Hóa đơn", "Kinh tế"]),
    Source(66410, "2025-04-30 07:00", "vbycs",
           "Nhiều hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam",
           "Hướng tới kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, Công an thành phố tổ chức "
           "nhiều hoạt động ý nghĩa.",
           ["Đoàn cán bộ Công an thành phố đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt "
            "sĩ thành phố.",
            "Các đơn vị tổ chức thăm hỏi, tặng quà các gia đình chính sách, thương binh trên địa bàn.",
            "[img 0]",
            "Đoàn Thanh niên Công an thành phố tổ chức hành trình về nguồn, giúp đoàn viên hiểu thêm về truyền "
            "thống của lực lượng."],
           "hoang_long", [("2025/04dang-huong.jpg", "Đoàn cán bộ Công an thành phố dâng hương tưởng niệm.")],
           ["30-4"]),
    Source(67290, "2025-06-27 15:45", "xh",
           "Hải Phòng - Sẵn sàng vận hành chính quyền địa phương hai cấp",
           "Từ ngày 1-7-2025, thành phố Hải Phòng mới chính thức hoạt động sau khi hợp nhất với tỉnh Hải "
           "Dương, vận hành mô hình chính quyền địa phương hai cấp.",
           ["Công an thành phố đã hoàn thành việc sắp xếp Công an cấp xã theo đơn vị hành chính mới, bảo "
            "đảm không để gián đoạn công tác.",
            "Các thủ tục hành chính về cư trú, căn cước tiếp tục được giải quyết bình thường tại trụ sở Công "
            "an xã, phường.",
            "Người dân có thể tra cứu địa chỉ trụ sở mới trên trang thông tin điện tử của Công an thành phố.",
            "PV. Việc thay đổi địa giới có ảnh hưởng tới giấy tờ của người dân không?",
            "Đại diện Phòng Cảnh sát quản lý hành chính về trật tự xã hội: Các giấy tờ đã cấp vẫn có giá trị "
            "sử dụng, người dân không bắt buộc phải làm lại."],
           "theo_cand", [("2025/06sap-nhap.jpg", "Trụ sở Công an phường mới sau sắp xếp.")],
           ["Chính quyền hai cấp", "Hải Dương"]),
    Source(68905, "2025-08-19 09:30", "hsva",
           "Làm rõ vụ trộm két sắt tại một doanh nghiệp ở Kinh Môn",
           "Chỉ trong 48 giờ, Công an phường Kinh Môn đã làm rõ vụ trộm két sắt chứa hơn 300 triệu đồng tại "
           "một doanh nghiệp trên địa bàn.",
           ["Rạng sáng 16-8, đối tượng cạy cửa sổ đột nhập văn phòng công ty, dùng xe đẩy mang két sắt ra "
            "ngoài.",
            "Qua truy xét, Công an phường xác định nghi phạm là một cựu nhân viên của công ty, nắm rõ quy luật "
            "làm việc của bảo vệ.",
            "Đối tượng đã bị bắt giữ tại tỉnh Quảng Ninh, thu hồi 280 triệu đồng."],
           "mp", [], ["Trộm cắp", "Kinh Môn"]),
    Source(70512, "2025-10-08 14:00", "dtpctp",
           "Bắt 5 đối tượng tổ chức đua xe trái phép trên cầu Hoàng Văn Thụ",
           "Công an thành phố đã bắt giữ 5 đối tượng tổ chức đua xe trái phép, gây mất an ninh trật tự vào "
           "đêm khuya trên cầu Hoàng Văn Thụ.",
           ["Khoảng 1 giờ sáng 6-10, nhóm thanh niên điều khiển hàng chục xe máy đã độ chế tụ tập, rú ga, "
            "lạng lách trên cầu.",
            "Tổ công tác Cảnh sát cơ động đã chặn hai đầu cầu, bắt giữ 5 đối tượng, tạm giữ 9 xe mô tô.",
            "Công an thành phố tiếp tục tăng cường tuần tra, kiên quyết xử lý nghiêm các hành vi đua xe trái "
            "phép."],
           "the_khoa", [("2025/10dua-xe.jpg", "Các phương tiện bị tạm giữ.")], ["Đua xe"]),
    Source(72280, "2025-12-22 17:15", "vbycs",
           "Kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân Hải Phòng",
           "Nhân kỷ niệm 80 năm Ngày truyền thống Công an Hải Phòng, nhiều tập thể, cá nhân được tặng thưởng "
           "danh hiệu cao quý.",
           ["Phát biểu tại buổi lễ, đồng chí Giám đốc Công an thành phố ôn lại truyền thống vẻ vang của lực "
            "lượng qua các thời kỳ.",
            "## Những mốc son",
            "* Năm 1945: thành lập Ty Công an Hải Phòng;",
            "* Năm 1955: tham gia tiếp quản thành phố;",
            "* Năm 2025: sắp xếp Công an cấp xã theo mô hình chính quyền hai cấp.",
            "[img 0]",
            "> Mỗi cán bộ, chiến sĩ phải luôn xứng đáng với sự tin yêu của nhân dân thành phố Cảng.",
            "Dịp này, 12 tập thể và 30 cá nhân được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc."],
           "minh_hieu_thu_trang",
           [("2025/12ky-niem-80-nam.jpg", "Lễ kỷ niệm 80 năm Ngày truyền thống Công an Hải Phòng.")],
           ["Ngày truyền thống"]),
    Source(74110, "2026-02-10 22:05", "xh",
           "Đảm bảo an ninh trật tự đêm giao thừa Tết Bính Ngọ",
           "Đêm giao thừa Tết Bính Ngọ 2026, các lực lượng Công an thành phố đã bảo đảm tuyệt đối an toàn "
           "cho các điểm bắn pháo hoa.",
           ["Hơn 2.000 cán bộ, chiến sĩ được huy động làm nhiệm vụ tại các điểm bắn pháo hoa trên địa bàn "
            "thành phố mới.",
            "Nhiều tuyến đường được phân luồng từ 20 giờ, giúp người dân di chuyển thuận lợi.",
            "Sau thời khắc giao thừa, lực lượng Cảnh sát giao thông tiếp tục kiểm soát nồng độ cồn trên các "
            "tuyến chính."],
           "tin_anh", [], ["Tết Bính Ngọ"]),
    Source(76020, "2026-04-15 08:45", "hsva",
           "Khởi tố nhóm đối tượng cho vay lãi nặng qua ứng dụng",
           "Cơ quan Cảnh sát điều tra Công an thành phố đã khởi tố 6 bị can về tội cho vay lãi nặng trong "
           "giao dịch dân sự.",
           ["Nhóm đối tượng lập ứng dụng cho vay trên điện thoại với lãi suất lên tới 1.000% mỗi năm.",
            "Khi người vay chậm trả, chúng gọi điện đe dọa, bôi nhọ danh dự người vay và người thân.",
            "[img 0]",
            "Cơ quan Công an khuyến cáo người dân chỉ vay vốn tại các tổ chức tín dụng được cấp phép."],
           "hoang_long", [("2026/04IMG_2231.jpeg", "Tang vật thu giữ trong vụ án.")], ["Tín dụng đen"]),
    Source(78511, "2026-06-12 18:00", "xh",
           "Chuyên đề An ninh Hải Phòng kỷ niệm 35 năm phát hành số đầu tiên",
           "Chiều 12-6, Chuyên đề An ninh Hải Phòng tổ chức gặp mặt kỷ niệm 35 năm phát hành số báo đầu tiên "
           "(12-6-1991 - 12-6-2026).",
           ["Qua 35 năm, tờ báo đã đồng hành cùng lực lượng Công an thành phố trong sự nghiệp bảo vệ an ninh "
            "trật tự.",
            "Các thế hệ phóng viên đã có mặt ở những điểm nóng, kịp thời phản ánh những tấm gương sáng trong "
            "lực lượng.",
            "Lãnh đạo Công an thành phố đề nghị Chuyên đề tiếp tục đổi mới nội dung, đẩy mạnh chuyển đổi số."],
           "mp", [("2026/06gap-mat-35-nam.jpg", None)], ["Báo An ninh Hải Phòng"]),
    Source(80120, "2026-08-19 19:45", "dtpctp",
           "Ngăn chặn vụ vận chuyển 300 kg pháo nổ qua cảng Lạch Huyện",
           "Lực lượng Công an thành phố phối hợp với Hải quan đã phát hiện, thu giữ 300 kg pháo nổ cất giấu "
           "trong container hàng hóa.",
           ["Qua soi chiếu, lực lượng chức năng phát hiện container khai báo là hàng gia dụng có hình ảnh "
            "nghi vấn.",
            "Kiểm tra thực tế, tổ công tác phát hiện 300 kg pháo nổ được giấu lẫn trong các thùng hàng.",
            "Vụ việc đang được lập hồ sơ xử lý theo quy định."],
           "the_khoa", [], ["Pháo nổ", "Lạch Huyện"]),
    Source(82450, "2026-10-23 10:30", "vbycs",
           "Ra mắt mô hình Tổ tự quản an ninh trật tự khu dân cư kiểu mẫu",
           "Công an phường Lê Chân vừa ra mắt mô hình Tổ tự quản an ninh trật tự khu dân cư kiểu mẫu tại tổ "
           "dân phố số 7.",
           ["Mô hình gồm 15 thành viên là cựu chiến binh, đoàn viên thanh niên và người có uy tín trong khu "
            "dân cư.",
            "Các thành viên thay phiên tuần tra vào buổi tối, hòa giải mâu thuẫn, phát hiện người lạ có biểu "
            "hiện nghi vấn.",
            "[img 0]",
            "Công an phường sẽ đánh giá, nhân rộng mô hình ra các tổ dân phố khác trong năm 2027."],
           "minh_thu", [("2026/10to-tu-quan.jpg", "Lễ ra mắt mô hình tại tổ dân phố số 7.")],
           ["Toàn dân bảo vệ an ninh Tổ quốc"]),
]
