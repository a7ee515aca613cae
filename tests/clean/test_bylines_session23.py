"""Bylines, headlines and dates that session 23 taught the cleaner, from a blind metadata set's
misses (metadata_holdout5): each test is a page shape, written anew, not a page of the set."""

from datetime import date

from newscurate.annotate.dates import publication_date
from newscurate.clean import clean_text
from newscurate.clean.headline import reads_as_headline
from newscurate.clean.structure import byline_fields

BODY = (
    "The regional assembly approved the budget late on Thursday after a debate that lasted most of the day and ran well into the evening session.\n\n"
    "Opposition members said the plan borrowed too much for roads and too little for schools, while the governing parties said it kept taxes flat for a third year.\n\n"
    "The budget now goes to the governor, who is expected to sign it next week without changes, according to officials in her office.\n"
)
MENU = ["Accueil", "International", "Politique", "Économie", "Idées", "Culture", "Sport", "Guerre en Ukraine"]


def _page(*lines: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(lines) + "\n" + BODY + ("\n".join(foot) + "\n" if foot else "")


def test_a_byline_under_a_menu_opens_the_article_past_its_date_reading_time_and_share_buttons():
    raw = _page(
        "Le Courrier du Nord", *MENU,
        "A Lille, la « majorité régionale » fait adopter un budget sous tension",
        "Le vote a eu lieu tard jeudi. L’opposition dénonce un endettement trop lourd pour les routes.",
        "Par Claire Martin et Hugo Lefort",
        "Publié le 27 mars 2025 à 18h02",
        "Lecture 4 min.", "Offrir cet article", "Partager",
    )
    result = clean_text(raw)
    assert result.authors == ["Claire Martin", "Hugo Lefort"]
    # French quotes are spaced inside: their '»' is no breadcrumb's separator.
    assert result.title == "A Lille, la « majorité régionale » fait adopter un budget sous tension"
    assert result.standfirst.startswith("Le vote a eu lieu")
    assert result.text.startswith("The regional assembly")


def test_a_byline_in_fields_beside_a_photo_credit():
    assert byline_fields("By Chinedu Obi and Amaka Eze | Photos: Tunde Bello") == (["Chinedu Obi and Amaka Eze"], [])
    assert byline_fields("Penulis: Rizal Putra | Editor: Sari Wulan") == (["Rizal Putra"], ["Sari Wulan"])
    assert byline_fields("Rasa Jonaitienė | Nuotr. Tomas Petraitis") == (["Rasa Jonaitienė"], [])
    # Beside a 'By' field the first is the outlet's name; a section's word there credits a clip.
    assert byline_fields("Harbour Public Radio | By Dana Holt") == (["Dana Holt"], [])
    assert byline_fields("Video | By Dana Holt") is None
    assert byline_fields("Home | News | Sport") is None
    raw = _page(
        "The Lagos Courier", "News", "Politics", "Sports", "Advertise With Us", "Politics",
        "Low turnout mars council polls as parties trade accusations",
        "Voting extended in some wards after officials arrive hours late",
        "By Chinedu Obi and Amaka Eze | Photos: Tunde Bello",
        "July 13, 2025", "5 min read", "Share on Facebook", "Share on X", "Share on WhatsApp",
        "Officials sort ballot papers at a polling unit on Saturday. PHOTO: TUNDE BELLO",
    )
    assert clean_text(raw).authors == ["Chinedu Obi", "Amaka Eze"]


def test_a_name_with_two_particles_is_a_name_not_a_headline():
    raw = _page(
        "Manila Sentinel", "News", "Sports", "Opinion", "Nation",
        "Poll body warns Senate bets over premature campaigning",
        "Commission says it has received more than 200 reports of posters since filing of candidacies",
        "Maria Clara de los Santos", "3 hours ago", "Share",
    )
    result = clean_text(raw)
    assert result.title == "Poll body warns Senate bets over premature campaigning"
    assert result.authors == ["Maria Clara de los Santos"]


def test_a_greek_name_over_a_greek_date_line():
    assert publication_date("Κυριακή, 15 Δεκεμβρίου 2024") == date(2024, 12, 15)
    assert publication_date("13. joulukuuta 2024") == date(2024, 12, 13)
    raw = _page(
        "Ημερήσια Νέα", "Πολιτική", "Οικονομία", "Γνώμη",
        "Το πλεόνασμα δεν είναι αυτοσκοπός για την κυβέρνηση",
        "Ο προϋπολογισμός δείχνει μια οικονομία που ανέκαμψε. Το ερώτημα είναι αν η ανάκαμψη φτάνει στα νοικοκυριά.",
        "Νίκος Αλεξίου", "Κυριακή, 15 Δεκεμβρίου 2024", "Κοινοποίηση",
    )
    assert clean_text(raw).authors == ["Νίκος Αλεξίου"]


def test_a_consent_boxs_heading_is_no_headline_and_its_button_no_author():
    raw = _page(
        "We care about your privacy",
        "We and our partners use cookies and process personal data, such as IP addresses, to personalise ads and measure audiences.",
        "I Accept", "Show Purposes", "The Wessex Post", "Sign in", "News", "Sport", "Politics", "Council",
        "Council tax to rise by 4.99 per cent as county warns of ‘toughest budget in a generation’",
        "Band D households will pay £98 more a year, with libraries and bus subsidies facing cuts",
        "By Jess Holt, Local Democracy Reporter", "Published: 18:02, 26 February 2025", "Share",
    )
    result = clean_text(raw)
    assert result.title == "Council tax to rise by 4.99 per cent as county warns of ‘toughest budget in a generation’"
    assert result.authors == ["Jess Holt"]


def test_a_share_is_no_clock_time_but_a_time_is():
    assert reads_as_headline("Council tax to rise by 4.99 per cent as county budget is approved")
    assert reads_as_headline("Shares fall 2.75 billion as the bank cuts its forecast")
    assert not reads_as_headline("Updated 14.02 GMT on the day the council met")


def test_the_authors_card_at_the_foot_names_the_author():
    raw = _page(
        "Budget approved after a six-hour meeting",
        foot=("Dana Whitmore covers City Hall and county government for the Ledger. Reach her at the newsroom.", "© 2025 The Ledger"),
    )
    assert clean_text(raw).authors == ["Dana Whitmore"]


def test_names_then_the_reporters_role_in_korean():
    raw = _page("한은, 기준금리 2.75%로 인하…성장률 전망 낮춰", "석 달 만에 0.25%포인트 인하", "이서연·박준호 기자", "입력 2025년 2월 25일 18:02")
    assert clean_text(raw).authors == ["이서연", "박준호"]


def test_a_signature_under_the_article_when_nothing_over_it_names_an_author():
    raw = _page("Assembly passes the budget of 3.3 billion euros", foot=("Ivana Horvat, Luka Babić", "Tags", "Budget", "Assembly"))
    assert clean_text(raw).authors == ["Ivana Horvat", "Luka Babić"]
    # A list's header under the article is no signature.
    raw = _page("Assembly passes the budget of 3.3 billion euros", foot=("Related Articles", "Budget talks stall again", "Assembly to meet"))
    assert clean_text(raw).authors == []


def test_additional_reporting_with_its_with():
    raw = _page("Assembly passes the budget of 3.3 billion euros", "By Ritika Sen", foot=("(With additional reporting by Farhan Ali in Dhanbad)",))
    assert clean_text(raw).authors == ["Ritika Sen", "Farhan Ali"]


def test_what_a_second_blind_set_added_degrees_photographers_and_a_wide_spaced_byline():
    # From metadata_holdout6's misses: a report's authors carry their degree; a photographer's card
    # presents no author; 'Words: …  Photos: …' is set out in fields between wide spaces.
    raw = _page("Assembly passes the budget of 3.3 billion euros", "By Dr Helena Marr and Prof. Jan de Wit")
    assert clean_text(raw).authors == ["Helena Marr", "Jan de Wit"]
    raw = _page(
        "Ferry services cut again as island councils protest", "Words: Fiona Gillies  Photos: Calum Reid",
        foot=("Calum Reid is a freelance photographer based on Skye.", "© 2025 The Islander"),
    )
    assert clean_text(raw).authors == ["Fiona Gillies"]
    # A picture's text left over the byline is no headline; an outlet after the byline's comma is no author.
    raw = _page("Portrait of Dana Whitmore", "By Dana Whitmore", "Contributing columnist")
    result = clean_text(raw)
    assert result.title is None and result.authors == ["Dana Whitmore"]
    raw = _page("Prefeitura adia volta às aulas em 14 escolas após chuvas", "Por Luana Salles, Gazeta do Vale — Serra Azul")
    assert clean_text(raw).authors == ["Luana Salles"]
