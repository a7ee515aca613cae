"""Session 20's metadata round: lists of reporters, quoted and short headlines, publication dates
chosen by their labels, and names that are no person's. Passages of our own writing, in the shapes
the blind set `metadata_holdout4` showed; each test fails on the code before the round."""

from newscurate.annotate.dates import parse_date, publication_date_of_page
from newscurate.clean import clean_text
from newscurate.clean.headline import authors_in_line, names_a_person
from newscurate.clean.person_names import NAME_SEPARATOR, lists_people
from newscurate.clean.structure import BYLINE, DATE_LINE, SIGNATURE

BODY = "\n\n".join(
    [
        "The regional assembly voted on Tuesday to extend the rent cap to every district, after a debate that ran late into the evening.",
        "Supporters said the measure would protect families who had seen their rents rise by a third in two years, while landlords warned of fewer homes to let.",
        "The minister for housing said the cap would be reviewed after eighteen months, and that the assembly would publish the figures every quarter.",
        "Opposition members said they would table amendments when the bill returns to committee next month.",
    ]
)


def test_a_list_of_names_counts_as_people_when_one_first_name_is_known():
    assert lists_people("Aoife Ní Bhriain and Ciarán O'Sullivan")
    assert lists_people("Marie-Ève Tremblay et Jean-François Gagnon")
    assert not lists_people("Minimum Wage Increases and Regional Employment")
    assert not lists_people("Rent pressure zones to be extended nationwide")


def test_a_line_of_bare_names_under_the_standfirst_is_the_byline_not_the_headline():
    raw = (
        "The Harbour Chronicle\nNews\nPolitics\n\nRent cap to be extended to every district under assembly plan\n"
        "Landlords' groups warn of further exits from the market as the bill moves to committee\n"
        "Aoife Ní Bhriain and Ciarán O'Sullivan\nTue Mar 4 2025 - 06:00\n\n" + BODY
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Rent cap to be extended to every district under assembly plan"
    assert cleaned.authors == ["Aoife Ní Bhriain", "Ciarán O'Sullivan"]


def test_names_of_a_list_come_apart_even_in_capitals_and_with_notes():
    assert authors_in_line("Tom Ashby (now) and Priya Nair (earlier)") == ["Tom Ashby", "Priya Nair"]
    assert authors_in_line("Katarzyna Nowicka, Piotr Zieliński") == ["Katarzyna Nowicka", "Piotr Zieliński"]
    assert authors_in_line("Marisol Vega | Senior correspondent") == ["Marisol Vega"]
    assert [p for p in NAME_SEPARATOR.split("WANJIRU MWANGI AND OTIENO ODHIAMBO")] == ["WANJIRU MWANGI", "OTIENO ODHIAMBO"]
    assert NAME_SEPARATOR.split("John E. Smith") == ["John E. Smith"]  # an initial is no 'e' ('and')


def test_an_interview_headline_in_quotes_over_the_standfirst_and_byline_is_the_title():
    raw = (
        "Accueil\nTerritoires\nEntretiens\nAbonnement\n\nENTRETIEN\n\n« Sans guichet, le village se vide »\n\n"
        "Maire d'une commune de 900 habitants, Martine Roux se bat contre la fermeture du dernier guichet de la vallée.\n"
        "Propos recueillis par Élodie Marchal\nPublié le 21/01/2025\n\n"
        "Pourquoi cette fermeture vous inquiète-t-elle autant ?\n\n"
        "Martine Roux : Parce que ce n'est jamais seulement un guichet. Ici, c'est l'endroit où les personnes âgées retirent leur argent et envoient leurs colis.\n\n"
        "Que demandez-vous à l'État ?\n\n"
        "Martine Roux : Une présence réelle, trois jours par semaine au moins, et un engagement écrit pour les cinq années qui viennent."
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "« Sans guichet, le village se vide »"
    assert not cleaned.text.startswith("«")


def test_a_short_headline_straight_over_standfirst_and_byline_is_the_title():
    raw = (
        "≡\nMidlands Live\nPolitics\nCouncil tax rise approved\n"
        "Residents will pay 4.99 per cent more from April after a late-night budget vote in which the ruling group survived a challenge\n"
        "By Priya Chandrasekar, Local Democracy Reporting Service\n15:20, 26 Feb 2025\n\n" + BODY
    )
    cleaned = clean_text(raw)
    assert cleaned.title == "Council tax rise approved"
    assert cleaned.authors == ["Priya Chandrasekar"]


def test_the_published_line_wins_over_an_earlier_updated_line():
    lines = ["Updated March 4, 2025 at 9:03 a.m. ET", "Published March 3, 2025 at 4:12 p.m. ET"]
    assert str(publication_date_of_page(lines)[0]) == "2025-03-03"
    assert str(publication_date_of_page(["Bengaluru | Updated: February 10, 2025 08:12 IST", "First published on: 09-02-2025 at 07:15 IST"])[0]) == "2025-02-09"


def test_date_lines_with_weekdays_places_and_year_first_forms():
    for line in ("Wed 12 Feb 2025 at 5:30am", "03 Mart 2025 Pazartesi 06:00", "středa 5. března 2025", "2025. március 3. 16:45",
                 "2025年3月4日 19時30分", "03/03/2025 14h20  Atualizado há 2 horas", "Valencia, 2 de marzo de 2025", "3 marzo 2025 ore 18:05"):
        assert DATE_LINE.match(line), line
    assert not DATE_LINE.match("On March 3, 2025 the council voted to approve the plan.")
    assert str(parse_date("2025. március 3. 16:45")) == "2025-03-03"
    assert str(parse_date("2025年3月4日 19時30分")) == "2025-03-04"


def test_a_bare_date_in_a_list_under_the_article_dates_nothing():
    raw = "What we know about the monitoring mission\n\n" + BODY + "\n\nRead more\nTalks on energy truce widen\nMarch 3, 2025\nSign up\n© 2025 Atlas Review"
    assert clean_text(raw).date_lines == []


def test_one_word_and_sentence_openers_are_no_reporters():
    assert not names_a_person("Northwire")
    assert names_a_person("佐藤健一")
    assert BYLINE.match("de Andreea Ionescu și Mihai Dumitrescu")
    assert not BYLINE.match("de uitkomst van de gesprekken over een staakt-het-vuren.")
    assert BYLINE.match("Текст: Алексей Гранин")
    assert not SIGNATURE.match("Hollins Vale Town Hall (Image: Midlands Live)")
    assert SIGNATURE.match("Jeanne Roe (Kiev, envoyée spéciale)")


def test_a_site_name_over_its_menus_is_no_headline_when_the_page_has_none():
    raw = "Radio Harbour FM\nListen Live\nHome\nNews\nSport\nWhat's On\nPresenters\nContact\nNews\nPosted by Gemma Lyle\nFriday 14 February 2025 17:00\n\n" + BODY
    cleaned = clean_text(raw)
    assert cleaned.title is None
    assert "Listen Live" not in cleaned.authors  # read under the site's name, as if it were a headline


def test_kickers_in_more_languages_tell_the_genre():
    from newscurate.annotate.genre import genre

    body = "Ministerstwo poinformowało, że rozmowy zostaną wznowione. " * 20
    assert genre(body, body.split(), 3, False, ["Opinia"], [], None) == ("opinion", "opinion_label")
    assert genre(body, body.split(), 3, False, ["Разбор"], [], None) == ("analysis", "analysis_label")
    assert genre(body, body.split(), 3, False, ["Intervju"], [], None) == ("interview", "interview_label")
    assert genre(body, body.split(), 3, False, ["Opinie"], [], None) == ("news", "default")  # a menu's section, not a label


def test_a_credit_written_as_the_last_sentence_names_author_and_editor():
    raw = "Fact check: No, the VAT rate is not rising in April\nPublished on 21/02/2025\n\n" + BODY + (
        "\n\nThis fact-check was written by Chinedu Okonkwo-Bello and edited by Funmilayo Adeyemi.\n\nShare this fact-check"
    )
    cleaned = clean_text(raw)
    assert cleaned.authors == ["Chinedu Okonkwo-Bello"] and cleaned.editors == ["Funmilayo Adeyemi"]
    assert "written by" not in cleaned.text


def test_initials_stand_for_a_first_name_and_edicion_names_the_editor():
    assert lists_people("J.D. Whitfield and Inga Bērziņa")
    assert not lists_people("U.S. Sanctions and European Trade")
    match = BYLINE.match("Edición: Ricardo Salgado")
    assert match and match["names"] == "Ricardo Salgado"
    from newscurate.clean.structure import byline_role

    assert byline_role(match["role"]) == "editor"
