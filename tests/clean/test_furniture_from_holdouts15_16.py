"""Page shapes session 25 taught the cleaner, from two blind cleaning sets' misses
(cleaning_holdout15, then holdout16 after its blind score): each test is a page shape, written anew, not a page of the sets."""

from newscurate.clean import clean_text

BODY = (
    "The regional council approved the new bus timetable on Thursday after a long debate about the night services.\n\n"
    "Passenger groups said the changes would leave the outer suburbs without a late bus for the first time in a decade.\n\n"
    "The timetable takes effect in September and will be reviewed after six months, according to the council's transport office.\n"
)
HEADLINE = "Council approves bus timetable despite protests over night services"
MORE = (
    "The transport office said the savings would pay for two new daytime routes to the hospital and the university campus.\n\n"
    "Drivers' representatives said they had not been consulted and would raise the matter with the council's chief executive next week.\n"
)


def _page(*lines: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(lines) + "\n" + BODY + ("\n".join(foot) + "\n" if foot else "")


def _removed(result, rule: str) -> list[str]:
    return [removal.text.strip() for removal in result.removals if removal.rule == rule]


PDF_PAGE = (
    "LA GACETA DEL SUR  LUNES, 3 DE MARZO DE 2025\n"
    "El consejo aprobó ayer el nuevo horario de autobuses tras un largo debate sobre los servicios\n"
    "nocturnos, que según los vecinos dejarán sin conexión a varios barrios de la periferia durante\n"
    "las noches de los fines de semana. El horario entrará en vigor en septiembre y se revisará tras\n"
    "seis meses, según la oficina de transportes.\n"
    "Pág. 4\n"
    "LUNES, 3 DE MARZO DE 2025  LA GACETA DEL SUR\n"
    "La asociación de usuarios anunció que recurrirá la decisión ante los tribunales y pidió que el\n"
    "consejo publique los datos de ocupación de cada línea, que hasta ahora no se han hecho públicos,\n"
    "antes de aplicar los recortes previstos en las líneas que unen el centro con la zona de la\n"
    "vivienda».\n"
    "Los grupos de la oposición votaron en contra y reprocharon al gobierno local que no hubiera\n"
    "consultado a los vecinos antes de cambiar un servicio que usan cada noche miles de personas,\n"
    "sobre todo trabajadores de la hostelería, y que se rige\n"
    "por otra normativa.\n"
)


def test_the_end_of_a_wrapped_sentence_is_no_byline_and_no_repeated_tag():
    result = clean_text("VIVIENDA\n" + PDF_PAGE)
    assert "por otra normativa." in result.text and "vivienda»." in result.text
    assert result.authors == []


def test_a_running_header_with_its_fields_swapped_on_the_facing_page_is_a_repeat():
    result = clean_text(PDF_PAGE)
    assert "GACETA" not in result.text
    assert "La asociación de usuarios" in result.text


def test_captions_credited_to_a_photographer_in_capitals_an_outlet_or_a_reader():
    captions = [
        "Vecinos esperan el autobús en la plaza mayor, ayer por la tarde. / JOSÉ L. MARTÍN",
        "Commuters wait at the Eastgate interchange on Thursday evening. (Harbour News: Tom Ellery)",
        "Snow covers the depot on Mill Road. (Submitted: Dana Pruitt)",
    ]
    for caption in captions:
        result = clean_text(_page(HEADLINE, caption))
        assert result.captions == [caption], caption
        assert caption not in result.text


def test_two_captions_in_a_row_are_two_captions():
    first = "Commuters wait at the Eastgate interchange on Thursday evening. (Harbour News: Tom Ellery)"
    second = "The council's transport chair speaks at the meeting. (Supplied: Regional Council)"
    assert clean_text(_page(HEADLINE, first, second)).captions == [first, second]


def test_a_truncated_copy_of_a_caption_goes_with_it():
    caption = "Commuters wait at the Eastgate interchange on Thursday evening as the last bus leaves. (Supplied: Regional Council)"
    teaser = "Commuters wait at the Eastgate interchange on Thursday evening as..."
    for lines in ((teaser, caption), (caption, teaser)):
        result = clean_text(_page(HEADLINE, "By Tom Ellery", *lines))
        assert "Eastgate" not in result.text
        assert _removed(result, "truncated_copy") == [teaser]
        assert result.title == HEADLINE


GALLERY = [
    "Photos: the night buses in pictures",
    *(line for n, caption in enumerate(
        ["The last bus leaves the Eastgate interchange.", "A driver checks tickets at Mill Road.", "Passengers wait in the rain on Quay Street."], 1
    ) for line in (f"{n} / 3", caption, "© Harbour News – Tom Ellery")),
]


def test_a_slideshow_whose_credits_were_taken_as_copyright_lines_keeps_no_caption_in_the_body():
    result = clean_text(_page(HEADLINE, "By Tom Ellery", *GALLERY))
    assert "Eastgate interchange." not in result.text and "Quay Street" not in result.text
    assert "The last bus leaves the Eastgate interchange." in result.captions
    assert "1 / 3" not in result.text


def test_a_pdfs_page_numbers_after_its_address_are_no_slideshow():
    page = (
        "The council approved the new bus timetable on Thursday after a long debate about the\n"
        "night services that run from the centre to the outer suburbs on weekend nights, which\n"
        "passenger groups said would be cut. The timetable takes effect in September and will\n"
        "https://example-quarterly.org/analysis/bus-timetable    {n}/3\n"
        "02/04/2025, 14:22    Why the night buses matter | The Example Quarterly\n"
        "be reviewed after six months, according to the council's transport office, which said\n"
        "that the number of passengers on the late services had fallen by a third since 2019.\n"
    )
    result = clean_text(page.format(n=1) + page.format(n=2))
    assert "be reviewed after six months" in result.text
    assert not _removed(result, "gallery_caption")


def test_a_live_blogs_entry_times_and_share_prompts_go_and_its_headline_stays_the_pages():
    entries = []
    for time, headline, author, text in [
        ("10:58 p.m.", "Crews will work through the night", "Nia Rowe", "The utility says about 900 workers will stay on shift until the morning, focusing on the main lines first."),
        ("9:40 p.m.", "Schools closed on Friday", "Omar Haddad", "All four school boards in the region say their buildings will stay closed on Friday because of the storm."),
    ]:
        entries += [time, headline, f"Posted by {author}", text, "Share this update"]
    raw = "\n".join(["Harbour News", "LIVE", "Ice storm live updates: power out for thousands across the region", "Harbour News Staff", *entries]) + "\n"
    result = clean_text(raw)
    assert result.title == "Ice storm live updates: power out for thousands across the region"
    assert "p.m." not in result.text and "Share this update" not in result.text
    assert "about 900 workers" in result.text and "school boards" in result.text
    assert _removed(result, "clock_time_line") == ["10:58 p.m.", "9:40 p.m."]


def test_a_fact_boxs_bulleted_rows_stay_in_the_article():
    facts = ["THE TIMETABLE AT A GLANCE", "• Start: September 1", "• Night buses: 4 lines, down from 7", "• Review: after six months"]
    result = clean_text(_page(HEADLINE, "By Tom Ellery", foot=tuple(facts) + (MORE,)))
    for row in facts[1:]:
        assert row in result.text


def test_a_footers_long_copyright_notice_and_follow_label_go():
    foot = (
        "Follow us on:",
        "Facebook | X | Instagram",
        "© Harbour Media Group Ltd, 2025. All rights reserved. This website is published by Harbour Media Group Ltd. "
        "Our registered office is 14 Quay Street, Eastgate EG1 2AB. \"Harbour News\" and \"Harbour Online\" are registered "
        "trademarks or trade names of Harbour Media Group Ltd. Registered in England and Wales, company number 01234567.",
    )
    result = clean_text(_page(HEADLINE, "By Tom Ellery", foot=foot))
    assert "Follow us" not in result.text and "registered office" not in result.text


def test_an_app_promo_inside_the_page_goes_and_a_reported_paragraph_after_an_appeal_stays():
    promo = "Catch all the Business News and Latest News Updates on Harbour News. Download the Harbour News App to get Daily Market Updates."
    result = clean_text(_page(HEADLINE, "By Tom Ellery", foot=(promo, "Topics", "Transport", MORE)))
    assert "Download" not in result.text
    appeal = (
        "Harbour News is independent and answerable only to its readers.",
        "Our print edition comes once a month: subscribe to Harbour News and get every investigation first.",
        "Independent auditors found that 13 of the 751 contracts had been signed without a tender. It was not clear whether the vote would be repeated.",
    )
    result = clean_text("\n".join(appeal) + "\n" + BODY)
    assert "Independent auditors found" in result.text


def test_a_short_label_under_a_newsletter_appeal_goes_with_it():
    box = ("Sign up to The Harbour Briefing", "Free weekly newsletter", "The stories that matter across the region, every Friday.")
    result = clean_text(_page(HEADLINE, "By Tom Ellery", foot=box + (MORE,)))
    assert "Free weekly newsletter" not in result.text


# From holdout16's misses (session 25, after its blind score).


def test_a_headline_printed_twice_over_the_byline_is_the_headline_not_a_caption():
    result = clean_text(_page("Sport", HEADLINE, HEADLINE, "By Tom Ellery at the Mill Ground", "Saturday 8 March 2025, 17:12"))
    assert result.title == HEADLINE
    assert result.authors == ["Tom Ellery"]
    assert HEADLINE not in result.captions


def test_a_league_table_closing_the_article_stays_with_its_header_row():
    table = (
        "Top of the table after Saturday's games:",
        "Pos  Team                P   W   D   L   Pts",
        "1    Calder Town         30  20  6   4   66",
        "2    Brockley            30  18  8   4   62",
        "3    Riverside Athletic  30  17  9   4   60",
    )
    result = clean_text(_page(HEADLINE, "By Tom Ellery", foot=table + ("Related", "Okafor signs contract extension", "Sowerby: 'We fear nobody'")))
    assert "Pos Team P W D L Pts" in result.text and "3 Riverside Athletic 30 17 9 4 60" in result.text
    assert "Okafor signs" not in result.text


def test_a_fact_box_closing_the_article_stays_with_its_heading():
    box = ("Die Linie 9 in Zahlen", "• Länge: 4,2 Kilometer", "• Neue Haltestellen: 6", "• Takt: alle 10 Minuten")
    result = clean_text(_page(HEADLINE, "Von Katrin Holl", foot=box + ("Mehr zum Thema", "KVG testet autonome Kleinbusse")))
    assert "Die Linie 9 in Zahlen" in result.text and "• Takt: alle 10 Minuten" in result.text


def test_a_browser_print_header_on_every_page_is_not_joined_into_the_paragraph_it_cuts():
    header = "06/02/2025, 10:14        Council approves bus timetable | Transport | The Example Ledger"
    raw = (
        f"{header}\n{HEADLINE}\n\n"
        "The council approved the new timetable on Thursday after a debate about night services and the\n"
        "routes to the outer suburbs, which passenger groups said would lose their last buses because of\n"
        "https://example-ledger.org/transport/2025/feb/05/bus-timetable        1/2\n"
        f"{header}\n"
        "the savings. The timetable takes effect in September and will be reviewed after six months,\n"
        "according to the council's transport office, which published the figures on its website.\n"
    )
    result = clean_text(raw)
    assert "10:14" not in result.text and "Example Ledger" not in result.text
    assert "because of the savings." in result.text


def test_a_caption_printed_bare_then_with_its_credit_goes_whole_to_the_captions():
    bare = "3月8日，市民在地铁3号线江北站候车。"
    result = clean_text(_page(HEADLINE, bare, bare + " 记者 王浩 摄"))
    assert bare not in result.text
    assert result.captions == [bare + " 记者 王浩 摄"]


def test_a_chinese_papers_dateline_and_disclaimer_go():
    raw = (
        "东江市地铁3号线今日开通\n"
        "　　本报讯（记者 陈思远）3月8日上午9时，东江市地铁3号线正式开通初期运营。该线路全长38.6公里，共设车站27座。\n"
        "　　据市轨道交通集团介绍，3号线采用6节编组B型列车，最高运行速度每小时80公里。\n"
        "【免责声明】本文仅代表作者本人观点，与本网无关。\n"
    )
    result = clean_text(raw)
    assert "本报讯" not in result.text and "免责声明" not in result.text
    assert result.text.startswith("3月8日上午9时")
