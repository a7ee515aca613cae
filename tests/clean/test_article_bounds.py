"""Page header above the article's prose and unfinished lines below it leave the body; reader
comments under a conversation-style header go with their header."""

from newscurate.clean import clean_text
from newscurate.clean.layout import find_lines_around_article

LEDE = "The harbour authority said on Monday that the new ferry terminal would open in the spring, a year late."
SECOND = "Work was delayed by a shortage of steel and by a dispute with the contractor over the cost of the pilings."
CLOSER = "Tickets go on sale in March."


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_header_lines_above_the_first_prose_pair_leave_the_body():
    raw = _page(
        "Harbour Times", "Local  Business  Sport  Weather  Opinion",
        "New ferry terminal to open a year late", "Contractor dispute and steel shortage blamed for the delay",
        "By the harbour desk | 3 March", LEDE, SECOND, CLOSER,
    )
    assert clean_text(raw).text == _page(LEDE, SECOND, CLOSER)


def test_a_long_punctuated_line_above_the_article_is_kept():
    # A first paragraph may stand apart from the next one; only short or unfinished lines go.
    opening = "Residents packed the town hall on Thursday night to hear the plans, and many left unconvinced."
    raw = _page("Ferry news", opening, "Harbour view", LEDE, SECOND)
    assert clean_text(raw).text == _page(opening, LEDE, SECOND)


def test_unfinished_lines_after_the_last_prose_pair_leave_but_a_short_closing_sentence_stays():
    raw = _page(LEDE, SECOND, CLOSER, "Most read", "Council votes to close two libraries", "Why bus fares are rising again?")
    edits = find_lines_around_article(raw)
    removed = {raw[e.start : e.end] for e in edits}
    assert removed == {"Most read", "Council votes to close two libraries"}
    assert all(e.rule == "unfinished_line_after_article" for e in edits)


def test_a_low_high_quote_ends_a_sentence():
    closing = "„Wir würden heute nicht wieder investieren, das Vertrauen ist weg und kommt nicht zurück“, sagt er zum Schluss des Gesprächs."
    quoted_end = "Er fügt hinzu: „Das Geschäft läuft jetzt über Polen und Rumänien, und das bleibt auch so in den nächsten Jahren.“"
    raw = _page(LEDE, SECOND, closing, quoted_end, "Meistgelesen")
    assert clean_text(raw).text == _page(LEDE, SECOND, closing, quoted_end)


def test_text_without_two_prose_paragraphs_is_left_alone():
    assert find_lines_around_article(_page("Short note", "Another line", LEDE)) == []


def test_a_conversation_header_starts_the_comment_section():
    for header in ("Join the Conversation", "Have your say", "Discussion about this post", "Diskussion (12)"):
        raw = _page(LEDE, SECOND, LEDE.replace("Monday", "Tuesday"), SECOND.replace("steel", "concrete"), header,
                    "harbourfan · 2 hours ago", "Long overdue, and the old pier was a disgrace to the whole town anyway.")
        assert "harbourfan" not in clean_text(raw).text, header
        assert "disgrace" not in clean_text(raw).text, header


def test_a_short_lede_above_the_first_prose_pair_stays_but_a_tiny_status_line_goes():
    lede = "The new ferry terminal will open a year late."
    raw = _page("Updated 3 hours ago.", lede, LEDE, SECOND)
    assert clean_text(raw).text == _page(lede, LEDE, SECOND)


def test_a_short_question_opening_an_interview_stays():
    question = "What should residents do now?"
    raw = _page("Ferry terminal delays explained", question, LEDE, SECOND)
    assert clean_text(raw).text == _page(question, LEDE, SECOND)
