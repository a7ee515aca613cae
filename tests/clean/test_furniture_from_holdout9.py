"""General patterns from the ninth held-out set's errors: sentence marks of other scripts, …
Texts are made up for these tests."""

from newscurate.clean import clean_text

HINDI = [
    "नागपुर। शहर के पुराने बाज़ार में शनिवार सुबह लगी आग पर दमकल की चार गाड़ियों ने दो घंटे में काबू पाया। किसी के घायल होने की ख़बर नहीं है।",
    "दुकानदारों का कहना है कि बिजली के पुराने तारों की वजह से आग लगी। नगर निगम ने जांच के आदेश दिए हैं और नुकसान का आकलन किया जा रहा है।",
    "व्यापारी संघ के अध्यक्ष ने कहा कि बाज़ार की बिजली व्यवस्था कई साल से बदली नहीं गई है। उन्होंने प्रशासन से जल्द मुआवज़ा देने की मांग की।",
]


def test_paragraphs_ending_in_a_danda_are_prose_and_the_headline_above_them_goes():
    headline = "नागपुर के पुराने बाज़ार में भीषण आग, दुकानें जलकर राख"
    standfirst = "दमकल की चार गाड़ियों ने दो घंटे में पाया काबू, किसी के घायल होने की ख़बर नहीं"
    teaser = "पुणे में मेट्रो के नए रूट को मिली मंज़ूरी, जानिए कब शुरू होगा काम"
    page = "\n".join(["होम", "देश", "महाराष्ट्र", headline, standfirst, *HINDI, "ताज़ा खबरें", teaser])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in HINDI)
    assert headline not in text and standfirst not in text and teaser not in text


PROSE_SV = [
    "Kommunen stänger simhallen i centrum i tre månader från februari. Taket har läckt sedan i höstas och måste bytas innan nästa vinter.",
    "Under stängningen får skolorna åka buss till badet i grannkommunen. Föräldrar har protesterat mot de långa resorna för de yngsta barnen.",
    "Enligt fritidsnämndens ordförande finns det inget annat alternativ. Renoveringen beräknas kosta drygt elva miljoner kronor.",
]


def test_read_also_pointers_in_more_languages_go():
    pointers = [
        "Läs också: Nytt tak på sporthallen blev dubbelt så dyrt",
        "Baca Juga: Harga Cabai di Pasar Tradisional Naik Dua Kali Lipat",
        "関連記事：市営プール、来年度から料金改定へ",
        "यह भी पढ़ें: शहर में नए स्विमिंग पूल का काम शुरू",
    ]
    page = "\n\n".join([PROSE_SV[0], pointers[0], PROSE_SV[1], pointers[1], pointers[2], pointers[3], PROSE_SV[2]])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in PROSE_SV)
    assert not any(pointer in text for pointer in pointers)


# A report's paragraphs as a PDF's text layer prints them: wrapped at a fixed width, each ending a
# sentence on a short last line.
WRAPPED = [
    "The council's housing survey found that one in five rented homes in the\n"
    "district failed at least one basic safety standard last year, most often\n"
    "because of damp, faulty wiring or missing smoke alarms in older flats.\n"
    "Inspectors visited 1,400 homes.",
    "Landlords who were told to carry out repairs mostly did so within three\n"
    "months, but a minority ignored repeated notices, and the council brought\n"
    "only eleven prosecutions over the period, a figure tenants' groups say is\n"
    "far too low.",
    "The report recommends a licensing scheme for every private landlord in\n"
    "the district, funded by a modest annual fee, and a new team of officers\n"
    "to inspect homes before they are let rather than after a complaint.\n"
    "Councillors will vote on it in March.",
]


def test_notes_end_a_hard_wrapped_report():
    notes = [
        "Notes and references",
        "1. District Council, Private Rented Sector Stock Condition Survey, final report to the housing committee (2024).",
        "2. Figures for prosecutions are taken from the council's enforcement register and exclude cautions issued in the period.",
        "3. Tenants' Voice, Safe at Home: a survey of private renters in the district, published in association with the law centre.",
    ]
    page = "\n\n".join([*WRAPPED, *notes])
    text = clean_text(page).text
    assert "Councillors will vote on it in March." in text and "one in five rented homes" in text
    assert "enforcement register" not in text and "Stock Condition Survey" not in text


JAPANESE = [
    "市内の公立図書館で、来月から夜間の開館時間が午後9時まで延長されることになった。仕事帰りの利用者からの要望が多かったためで、市教育委員会が20日に発表した。",
    "延長されるのは中央図書館と駅前分館の2館。平日のみが対象で、夜間は司書2人が常駐する。市は年間約800万円の人件費を見込んでいる。",
    "市教委の担当者は「働く世代にも図書館を使ってもらいたい。利用状況を見ながら、他の分館への拡大も検討する」と話している。",
    "市によると、昨年度の図書館の利用者数は延べ約52万人で、このうち平日の午後5時以降の利用は1割に満たなかった。閉館時間が早すぎるとの声は以前から寄せられていた。",
    "夜間の開館に合わせ、駅前分館では自習スペースの席数を増やす。中高生の利用も見込まれることから、午後8時以降は保護者の同意を求めるという。",
]


def test_a_japanese_author_box_paywall_and_comment_header_end_the_article():
    tail = [
        "この記事を書いた人", "山田 花子", "社会部記者", "2015年入社。教育や子育てをテーマに取材している。",
        "この記事は有料会員限定です。", "有料会員になると、全ての記事が読み放題になります。",
    ]
    comments = ["この記事へのコメント（2件）", "読書好き", "夜に行けるのは本当にありがたいです。ぜひ土日も延長してほしいと思います。", "いいね 12"]
    for extra in (tail, comments):
        text = clean_text("\n".join([*JAPANESE, *extra])).text
        assert all(paragraph in text for paragraph in JAPANESE)
        assert not any(line in text for line in extra)


def test_comment_headers_in_more_languages_end_the_article():
    for header in ("Komentar", "Bu habere yorum yapın", "Kommentarer (3)"):
        comment = "Setuju sekali, semoga pemerintah cepat bertindak dan warga tidak lagi harus mengungsi setiap tahun."
        text = clean_text("\n".join([*PROSE_SV, header, "Budi_S", comment, "Balas"])).text
        assert all(paragraph in text for paragraph in PROSE_SV)
        assert header not in text and comment not in text


MATCH = [
    "Rovers needed a late penalty to beat Athletic on Saturday, and even that came only after a long wait for the referee to consult the pitchside monitor.",
    "Athletic had the better of the first half, hitting the post twice before the break, but tired badly once their captain limped off just after the hour.",
    "Rovers' manager admitted afterwards that his side had been fortunate. 'We will take the points, but we know we were second best for long spells,' he said.",
]


def test_a_match_data_box_of_labelled_lines_goes():
    box = [
        "ROVERS (4-3-3): Hale; Price, Okafor, Lund, Baxter; Moss, Reid (71 Carr), Diallo; Fenn, Osei, Marsh (80 Quinn).",
        "ATHLETIC (4-4-2): Byrne; Walsh, Ncube, Harte, Doyle; Kerr, Amos, Lyle (64 Shaw), Tait; Rowe, Gill.",
        "SCORER: Osei 88 pen.",
        "REFEREE: Mark Aldous (Stockport).",
        "ATTENDANCE: 6,412.",
    ]
    text = clean_text("\n".join([*MATCH, *box, "Share this article"])).text
    assert all(paragraph in text for paragraph in MATCH)
    assert not any(line in text for line in box)


def test_a_transcript_s_speaker_labels_stay():
    transcript = [
        "HOST: Welcome back. The council voted last night to close the pool for the whole of next summer.",
        "COUNCILLOR: We had no choice. The roof is not safe and the repairs cannot wait another year.",
        "HOST: Parents say the nearest other pool is forty minutes away by bus.",
        "COUNCILLOR: We know, and we are looking at running a free bus twice a day.",
    ]
    text = clean_text("\n".join([*MATCH, *transcript])).text
    assert all(line in text for line in transcript)


LIVE = [
    "The council has published its draft budget for next year, with a rise in parking charges and a freeze on most other fees for residents.",
    "Opposition councillors said the plan would hurt shops in the town centre and called for the parking rise to be dropped before the final vote.",
    "The leader of the council said the extra income would pay for road repairs that have been put off for three years because of the cost.",
    "A final vote on the budget is expected at the full council meeting at the end of February, after a six-week consultation with residents.",
    "Business groups will meet the finance committee next week to argue that the parking rise should be phased in over two years instead.",
]


def test_a_comment_header_with_a_grouped_thousands_count_ends_the_article():
    tail = ["Comments (2,317)", "Commenting has ended on this page, but you can sign in to join in next time.", "View more comments"]
    text = clean_text("\n".join([*LIVE, *tail])).text
    assert all(paragraph in text for paragraph in LIVE)
    assert not any(line in text for line in tail)


def test_a_reader_call_out_with_a_form_goes():
    call_out = (
        "We'd love to hear from parents and drivers about how the new parking charges will change your trips into town. "
        "Share your experiences using the form below; only our reporters will see your answers."
    )
    text = clean_text("\n".join([*LIVE[:3], call_out, *LIVE[3:]])).text
    assert all(paragraph in text for paragraph in LIVE)
    assert call_out not in text


def test_a_copyright_sign_with_its_year_mid_line_and_rights_reserved_in_more_languages_go():
    notices = [
        "कॉपीराइट © 2024 नगर दर्पण मीडिया प्रा. लि.",
        "Hak cipta dilindungi undang-undang.",
        "Alla rättigheter förbehållna.",
        "本サイトの記事・写真の無断転載を禁じます。",
    ]
    text = clean_text("\n".join([*PROSE_SV, *notices])).text
    assert all(paragraph in text for paragraph in PROSE_SV)
    assert not any(notice in text for notice in notices)


def test_a_year_beside_a_copyright_sign_inside_a_paragraph_stays():
    paragraph = (
        "The photographer sued in 2019, arguing that a print marked © 2015 had been copied without permission, "
        "and the court agreed with her last week."
    )
    text = clean_text("\n".join([*LIVE[:3], paragraph, *LIVE[3:]])).text
    assert paragraph in text


def test_a_syndicated_story_s_standards_and_feed_notices_go():
    notices = [
        "Our Standards: The Eastgate Newswire Editorial Code.",
        "This story was supplied by Eastgate Newswire and has not been edited by Valley Courier staff. It may be updated.",
        "(This report has been auto-generated from a syndicated feed; only the headline was written by our desk.)",
        "This article is republished from Campus Review under a Creative Commons licence.",
    ]
    text = clean_text("\n".join([*LIVE, *notices])).text
    assert all(paragraph in text for paragraph in LIVE)
    assert not any(notice in text for notice in notices)


def test_share_tags_and_subscribe_labels_in_more_languages_go():
    labels = ["Dela artikeln", "Bagikan:", "टैग्स:", "タグ", "Prenumerera", "Kopiera länk", "Salin Tautan", "Avainsanat:"]
    page = "\n\n".join([labels[0], PROSE_SV[0], labels[1], PROSE_SV[1], labels[2], PROSE_SV[2], *labels[3:]])
    text = clean_text(page).text
    assert all(paragraph in text for paragraph in PROSE_SV)
    assert not any(label in text for label in labels)


def test_subscription_app_and_channel_appeals_in_more_languages_go():
    appeals = [
        "Prenumerera på Dalabladet i dag – tre månader för 99 kronor och alla våra nyhetsbrev på köpet.",
        "Stay on top of the Latest News from the coast. Download the Harbour Daily app for alerts on every story.",
        "Ikuti terus berita terbaru dari Suara Lembah. Mari bergabung di saluran WhatsApp kami untuk info setiap pagi.",
        "शहर की हर ख़बर सबसे पहले पाने के लिए नगर दर्पण ऐप डाउनलोड करें।",
    ]
    text = clean_text("\n".join([*PROSE_SV, *appeals])).text
    assert all(paragraph in text for paragraph in PROSE_SV)
    assert not any(appeal in text for appeal in appeals)


def test_a_report_on_an_app_or_a_newspaper_s_subscriptions_stays():
    reported = [
        "The council said residents could download the new recycling app from next month, and that paper collection calendars would still be sent.",
        "Tidningen har förlorat var tredje prenumerant på fem år, enligt årsredovisningen, och ägarna överväger nu att sälja den.",
    ]
    text = clean_text("\n".join([*LIVE[:2], *reported, *LIVE[2:]])).text
    assert all(line in text for line in reported)


def test_a_pdf_s_running_footer_with_its_page_number_and_the_next_page_s_header_go():
    footer = "Housing in the District | Spring Report {}"
    header = "WESTFIELD COUNCIL                RESEARCH NOTE 3"
    page = (
        f"{WRAPPED[0]}\n\n{WRAPPED[1]}\n\n{footer.format('       1')}\n\n{header}\n\n{WRAPPED[2]}\n\n"
        "Officers expect the first licences to be issued in the autumn, once the\n"
        "fee has been agreed and the\n\n"
        f"{footer.format('       2')}\n\n{header}\n\n"
        "register of landlords has been checked against the council tax records.\n"
    )
    text = clean_text(page).text
    assert "Spring Report" not in text and "RESEARCH NOTE" not in text
    assert "agreed and the register of landlords has been checked" in text


def test_numbered_crossheads_and_a_falling_count_are_no_running_footer():
    page = "\n\n".join([LIVE[0], "Part 1", LIVE[1], "Part 2", LIVE[2], "Cases this week 40", LIVE[3], "Cases this week 12", LIVE[4]])
    rules = {removal.rule for removal in clean_text(page).removals}
    assert "running_footer" not in rules
