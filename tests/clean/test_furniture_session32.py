"""Page furniture from metadata_holdout8's misses (session 32): bylines, dates, headlines and
captions in forms the earlier rounds had not met, each as the pattern it stands for."""

from datetime import date

import pytest

from newscurate.annotate.dates import parse_date
from newscurate.clean import clean_text
from newscurate.clean.headline import reads_as_headline
from newscurate.clean.person_names import lists_people
from newscurate.clean.structure import CJK_BYLINE, is_caption

ARTICLE = (
    "The council voted on Tuesday to close the old bridge to lorries from March, after engineers found cracks in two of its piers.\n"
    "The closure will add about twenty minutes to journeys between the two towns, the county's highways officer told the meeting.\n"
    "Businesses on the east bank said they had not been consulted and would ask the council to think again before the spring.\n"
)


def test_a_links_hint_for_screen_readers_goes_and_the_byline_around_it_is_read():
    page = "Tech News\nBridge sensors to be fitted across the county network\nBy Nadia Kowalczyk (opens in new tab), Ben Achterberg (opens in new tab)\n" + ARTICLE
    cleaned = clean_text(page)
    assert cleaned.authors == ["Nadia Kowalczyk", "Ben Achterberg"]
    assert "opens in new tab" not in cleaned.text
    assert {r.rule for r in cleaned.removals if "opens in new tab" in r.text} == {"link_hint"}


def test_a_match_reports_byline_names_the_ground_after_at():
    assert lists_people("Ewan Latimer at Ferncombe Park")


def test_a_shopping_sites_affiliate_notice_is_a_notice_about_the_page():
    page = "Circuitry is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.\n" + ARTICLE
    cleaned = clean_text(page)
    assert cleaned.text.startswith("The council voted")
    assert any(r.reason == "disclaimer" and "affiliate" in r.text for r in cleaned.removals)


def test_a_blogs_entry_line_under_the_post_is_its_date_line():
    cleaned = clean_text(ARTICLE + "This entry was posted in Money, Seeds and tagged allotments on November 18, 2024.\n")
    assert "This entry" not in cleaned.text
    assert cleaned.date_lines == ["This entry was posted in Money, Seeds and tagged allotments on November 18, 2024."]


def test_a_press_releases_wire_dateline_dates_it():
    cleaned = clean_text("ABERDEEN, Scotland, April 2, 2025 /BeaconWire/ -- Norhaven Energy today announced a new plant.\n" + ARTICLE)
    assert cleaned.text.startswith("Norhaven Energy today announced")
    assert any(parse_date(line) == date(2025, 4, 2) for line in cleaned.date_lines)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mar 6th 2025 | PUERTO ALCIRA", date(2025, 3, 6)),  # an ordinal day
        ("7. 3. 2025 12:05", date(2025, 3, 7)),  # Czech: a space after each dot
        ("입력 2025.05.20 09:12", date(2025, 5, 20)),  # Korean: year first, with dots
        ("05 ABR 2025 - 00:10 CEST", date(2025, 4, 5)),  # a Spanish month's abbreviation
        ("الثلاثاء 4 مارس 2025", date(2025, 3, 4)),  # an Arabic month
    ],
)
def test_date_lines_in_more_forms(line, expected):
    assert parse_date(line) == expected


def test_a_chinese_byline_names_the_reporter_not_the_photographer():
    match = CJK_BYLINE.match("文/记者 林晓雯 图/记者 吴涛")
    assert match and match["names"] == "林晓雯"
    assert CJK_BYLINE.match("责任编辑：周建国")["names"] == "周建国"
    assert CJK_BYLINE.match("记者从城东区住房和城乡建设局获悉，今年以来全区已完成加装电梯126部。") is None


@pytest.mark.parametrize(
    "caption",
    [
        "記者会見で握手する高橋千代子さん（中央）と佐伯さん夫妻＝2日、雪見川町役場、写真・田村健一",
        "閉会した道議会の本会議場（21日、札幌市中央区）",
        "水位が下がり、湖底が広く現れた琵琶湖の湖岸＝4日午後、滋賀県近江八幡市（山本大輔撮影）",
        "Container ships wait at anchor off the Lagos coast, June 10, 2025. MERIDIAN/Tunde Akinola Purchase Licensing Rights",
        "Le premier ministre à l’Assemblée nationale, le 14 octobre 2025. JULIEN DUVAL / HANS LUCAS POUR « LE COURRIER NATIONAL »",
    ],
)
def test_captions_by_their_credits(caption):
    assert is_caption(caption)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Why the £3.49 seed packet is a small scandal", True),  # a price is no clock time
        ("Banjir Rob Rendam 300 Rumah di Pesisir Tanjung Lamo, Warga Minta Tanggul Permanen", True),  # Indonesian 'di' is 'in'
        ("城东老旧小区加装电梯提速 今年已有126部投入使用", True),  # two Chinese characters make a word
        ("Senior Fellow, Energy Transition Program", False),  # an author's role under the name
        ("Dr Miriam Osei, Senior Fellow", False),
        ("Joanna Ashson, a local shop owner, said: ‘We have waited for this for 17 years, and we will keep watching.’", False),
    ],
)
def test_what_reads_as_a_headline(line, headline):
    assert reads_as_headline(line) is headline


def test_a_japanese_reporters_name_after_the_last_sentence_keeps_the_paragraph():
    last = "町によると、温泉街ではこの10年で旅館・ホテル8軒が廃業している。町は「後に続く事業者を増やしたい」としている。（山中美咲）"
    page = "雪見川町の老舗旅館、営業継続へ\n" + "\n".join(["川風荘は1895年創業。雪見川沿いに建つ木造2階建ての本館は、国の登録有形文化財にも登録されている。"] * 3) + "\n" + last + "\n関連記事\n"
    assert last in clean_text(page).text
