"""General patterns from the tenth held-out set's errors: comment headers in more languages, …
Texts are made up for these tests."""

import pytest

from newscurate.clean import clean_text

VIETNAMESE = [
    "Sáng 3/6, mực nước sông tại thị trấn ven biển dâng cao sau hai ngày mưa lớn, khiến nhiều tuyến đường nội thị bị ngập sâu.",
    "Chính quyền địa phương đã sơ tán hơn 300 hộ dân ở các khu vực trũng thấp đến nhà văn hóa và trường học gần đó.",
    "Theo trung tâm khí tượng, mưa sẽ giảm dần từ chiều mai nhưng nguy cơ sạt lở đất ở vùng núi phía tây vẫn còn cao.",
    "Ông Trần Văn Hải, chủ tịch thị trấn, cho biết lực lượng cứu hộ đã túc trực suốt đêm và chưa có thiệt hại về người.",
    "Nhiều tiểu thương ở chợ trung tâm phải kê cao hàng hóa, một số quầy hàng đóng cửa cả ngày vì nước tràn vào.",
    "Ngành giáo dục cho học sinh nghỉ học hai ngày và sẽ thông báo lịch học bù sau khi nước rút hoàn toàn.",
]


@pytest.mark.parametrize(
    "header",
    ["Bình luận (14)", "Σχόλια (3)", "التعليقات", "网友评论", "評論（12）", "댓글 7"],
)
def test_a_comment_header_in_more_languages_ends_the_article(header):
    comment = "Quê tôi cũng ngập như vậy mỗi năm, mong có hệ thống thoát nước tốt hơn."
    page = "\n".join([*VIETNAMESE, header, "Người đọc", comment, "Một trang tin khác"])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in VIETNAMESE)
    assert header not in text and comment not in text
