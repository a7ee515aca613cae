"""The headline, standfirst and author lines among the furniture above the article (clean/headline.py)."""

from newscurate.clean import clean_text

BODY = (
    "The harbour authority said on Monday that the new ferry terminal would open in the spring, a year later than planned.\n\n"
    "Work was delayed by a shortage of steel and by a dispute with the contractor over the cost of the pilings, officials said."
)


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n\n" + BODY + "\n"


def test_the_headline_under_a_masthead_and_menus_is_the_title():
    raw = _page(
        "THE HARBOUR LEDGER", "News   Opinion   Business   Culture   Sport", "Subscribe from £1 a week", "Local | Transport",
        "Ferry terminal opening slips a year as steel shortage bites",
        "The harbour authority blames suppliers and a contract dispute. Passengers will wait until spring.",
        "By Maria Lopez", "Published 3 March 2025", "5 min read", "Share", "Save",
    )
    result = clean_text(raw)
    assert result.title == "Ferry terminal opening slips a year as steel shortage bites"
    assert result.standfirst == "The harbour authority blames suppliers and a contract dispute. Passengers will wait until spring."
    assert result.authors == ["Maria Lopez"]
    assert result.text == BODY
    assert not any(r.reason == "title" and "LEDGER" in r.text for r in result.removals)


def test_of_a_headline_and_a_longer_line_under_it_the_longer_is_the_standfirst():
    raw = _page(
        "El Diario del Puerto", "Portada   España   Mundo   Economía", "POLÍTICA",
        "La terminal de ferris abrirá con un año de retraso",
        "La autoridad portuaria culpa a los proveedores de acero y a una disputa con el contratista por el coste de los pilotes",
        "Por Ana Souza, de Valencia", "03/03/2025 09h12",
    )
    result = clean_text(raw)
    assert result.title == "La terminal de ferris abrirá con un año de retraso"
    assert result.standfirst.startswith("La autoridad portuaria culpa")
    assert result.authors == ["Ana Souza"]  # not the place she wrote from


def test_a_print_deck_under_a_kicker_may_be_shorter_than_its_headline():
    raw = _page(
        "THE COASTAL TIMES | TUESDAY, FEBRUARY 18, 2025 | A3", "LOCAL",
        "Port board approves $62 million dredging plan despite fishing fleet objections",
        "Commissioners agree to move disposal site farther offshore",
        "By Rosa Delgado", "Staff Writer",
    )
    result = clean_text(raw)
    assert result.title == "Port board approves $62 million dredging plan despite fishing fleet objections"
    assert result.standfirst == "Commissioners agree to move disposal site farther offshore"


def test_a_caption_with_its_credit_between_byline_and_article_is_no_headline():
    raw = _page(
        "Riverton Gazette", "Home | News | Sport | Jobs",
        "Council votes to delay Main Street bridge repairs", "By Tom Baker", "2025-03-04",
        "The Main Street bridge over the Sandy River has carried a weight limit since 2019. Photo: Jim Tallis/Riverton Gazette",
    )
    assert clean_text(raw).title == "Council votes to delay Main Street bridge repairs"


def test_a_name_with_a_role_under_the_headline_is_its_author():
    raw = _page(
        "Riverton Gazette", "Local News | Schools | Police & Courts | Business",
        "City council votes 5-2 to delay Main Street bridge repairs", "Marisol Vega | Senior correspondent", "2025-03-04 09:12",
    )
    result = clean_text(raw)
    assert result.title == "City council votes 5-2 to delay Main Street bridge repairs"
    assert result.authors == ["Marisol Vega"]


def test_interface_lines_bylines_and_lists_of_reporters_are_no_headlines():
    for line in ("Click to print (Opens in new window)", "By Katrin Vogel and Pavel Demchuk", "Elena Marchetti and Piotr Kowal",
                 "« Previous post: County canvass season, explained", "Your hometown news source since 1921"):
        raw = _page("Ballot Box Notes", "Why the recount statute matters more than the recount", line)
        assert clean_text(raw).title == "Why the recount statute matters more than the recount", line


def test_a_masthead_in_capitals_gives_way_to_the_headline_opening_the_text():
    raw = _page("LA VOZ DEL LEVANTE", "Comunitat  España  Mundo  Economía  Opinión", "Hazte suscriptor", "Entrar", "ENTREVISTA") .replace(
        "\n\n" + BODY, "\n\nMercedes Albiol: \"La reconstrucción no puede depender de que llueva o no\"\n\n" + BODY
    )
    result = clean_text(raw)
    assert result.title == 'Mercedes Albiol: "La reconstrucción no puede depender de que llueva o no"'
    assert result.text == BODY


def test_bylines_in_more_languages_and_forms():
    cases = {
        "Door Sanne Bakker en Joost Verhoeven": ["Sanne Bakker", "Joost Verhoeven"],
        "Posted by Rachel Okafor on 2 March 2025": ["Rachel Okafor"],
        "Ein Kommentar von Felix Brandt": ["Felix Brandt"],
        "By Rachel Obuya, Science Correspondent": ["Rachel Obuya"],
        "By Lauren Fisk and Peter Van Dam, WNC": ["Lauren Fisk", "Peter Van Dam"],
        # Names opening with a Central European or Turkish capital.
        "By Łukasz Żak and Şule İnce": ["Łukasz Żak", "Şule İnce"],
        "Av Karin Sjöberg": ["Karin Sjöberg"],
        "A cura di Chiara Bellini": ["Chiara Bellini"],
        "Live coverage by Hanna Berg and Tomás Ruiz": ["Hanna Berg", "Tomás Ruiz"],
        "Розмовляла Ірина Коваль": ["Ірина Коваль"],
        # A blog's date line that names its author.
        "Posted on 2 March 2025 by Rachel Okafor | 4 Comments": ["Rachel Okafor"],
        "Posted on 2025-03-02 by Rachel Okafor — 4 Comments": ["Rachel Okafor"],
    }
    for byline, authors in cases.items():
        raw = _page("A council votes to delay the bridge repairs by a year", byline, "3 March 2025")
        assert clean_text(raw).authors == authors, byline
    edited = clean_text(_page("A council votes to delay the bridge repairs by a year", "By Tom Baker")  + "\n(Edited by Rahul Menon)\n")
    assert edited.editors == ["Rahul Menon"]
    assert clean_text(_page("A council votes to delay the bridge repairs by a year", "Redaktor: Zdeněk Šimek")).editors == ["Zdeněk Šimek"]
    # A section and a role word before a bar are no byline: 'Video | By Jane Roe' credits a clip.
    for line in ("Video | By Jane Roe", "Movies | AV Club Picks"):
        assert clean_text(_page("A council votes to delay the bridge repairs by a year", line)).authors == [], line


def test_relabelling_changes_reasons_only():
    raw = _page("THE HARBOUR LEDGER", "News   Opinion   Business", "Ferry terminal opening slips a year as steel shortage bites", "By Maria Lopez")
    result = clean_text(raw)
    kept = "".join(raw[start:end] for start, end in result.buffer.kept_raw_spans())
    assert sorted([(r.start, r.end) for r in result.removals] + [(s, e) for s, e in result.buffer.kept_raw_spans()])[-1][1] == len(raw)
    assert kept.split() == result.text.split()


def test_a_title_case_masthead_with_menus_under_it_gives_way_to_the_opening_headline():
    menus = ["La Gazzetta del Po", "Abbonati", "Accedi", "Primo piano", "Politica", "Economia", "Esteri", "Cronache", "L'intervista"]
    raw = "\n".join(menus) + "\n\nFerraris: «Sui dazi l'Europa deve parlare con una sola voce, o pagheremo tutti»\n\n" + BODY + "\n"
    result = clean_text(raw)
    assert result.title == "Ferraris: «Sui dazi l'Europa deve parlare con una sola voce, o pagheremo tutti»"
    assert any(r.reason == "section_tag" and r.text.strip() == "L'intervista" for r in result.removals)


def test_an_edited_by_line_under_the_headline_names_an_editor_and_anchors_the_headline():
    raw = _page(
        "CivicCheck", "Fact-checks", "Promise trackers", "Donate", "FACT CHECK",
        "Fact check: Did Governor Whitaker cut school funding by 20%?", "By Tanya Okafor", "Edited by Greg Müller",
        "February 19, 2025", "If Your Time is short",
    )
    result = clean_text(raw)
    assert result.title == "Fact check: Did Governor Whitaker cut school funding by 20%?"
    assert result.editors == ["Greg Müller"]


def test_date_lines_in_more_languages_are_date_lines():
    for line in ("Madrid - 03 MAR 2025 - 09:40 CET", "Publicerad 4 mars 2025 kl. 06.00", "Opublikowano: 5 marca 2025, 07:30",
                 "Publié le 12 février 2025 à 5 h 00", "3. března 2025 16:05", "Stand: 03.03.2025 18:30 Uhr"):
        result = clean_text(_page("A council votes to delay the bridge repairs by a year", "By Tom Baker", line))
        assert result.text == BODY, line
        assert result.date_lines, line


def test_a_percentage_in_a_headline_is_no_clock_time():
    raw = _page("ECONOMÍA", "Banco central recorta la tasa de interés a 9.25% y anticipa más ajustes",
                "La junta de gobierno votó cuatro a uno; la inflación general se ubicó en 3.8% en la primera quincena de febrero",
                "Por Redacción", "03 de marzo de 2025 - 14:32")
    result = clean_text(raw)
    assert result.title == "Banco central recorta la tasa de interés a 9.25% y anticipa más ajustes"
    assert result.authors == []  # a newsroom, not a person
