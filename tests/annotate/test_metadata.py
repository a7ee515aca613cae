"""Document metadata beyond quotes: genre with its cue, sentence counts, quoted share, dates from
the article's own URL, and paragraph languages."""

from datetime import date
from pathlib import Path

from newscurate.annotate.genre import count_sentences, date_from_url, genre, quoted_share
from newscurate.annotate.language import detect_language

ENGLISH = (
    "The city council voted on Monday to close the branch library, ending a debate that had filled the chamber "
    "for three weeks and drawn hundreds of residents to public meetings."
)
GERMAN = (
    "Die Regierungskoalition hat sich nach wochenlangem Streit auf einen Haushaltsentwurf für das kommende Jahr "
    "geeinigt, teilte das Finanzministerium am Mittwoch in Berlin mit."
)


def test_genre_cues_in_order_of_strength():
    body = "The ministry said the talks would resume. " * 20
    assert genre(body, body.split(), 3, True, ["Opinion"], [], None) == ("interview", "question_answer_layout")
    assert genre(body, body.split(), 3, False, [], [], "Analysis: why the talks failed") == ("analysis", "analysis_label")
    assert genre(body, body.split(), 3, False, ["Opinion"], [], None) == ("opinion", "opinion_label")
    note = ["The article reflects the author's opinions and not necessarily the views of CGTN."]
    assert genre(body, body.split(), 3, False, [], note, None) == ("opinion", "opinion_note")
    mine = "I think my colleagues are wrong, and I say so. " * 20
    assert genre(mine, mine.split(), 0, False, [], [], None) == ("opinion", "first_person")
    assert genre(body, body.split(), 3, False, [], [], None) == ("news", "default")


def test_sentences_are_counted_outside_abbreviations():
    assert count_sentences("Mr. Smith flew to the U.S. on Monday. He said: “No.” Then he left!\n\nA heading\n\nLast line") == 5


def test_quoted_share_counts_overlaps_once():
    assert quoted_share(100, [(0, 10), (5, 20), (50, 60)]) == 0.3
    assert quoted_share(0, []) == 0.0


def test_dates_come_from_the_article_url_path_only():
    assert date_from_url("https://example.org/world/2024/03/15/talks-resume") == date(2024, 3, 15)
    assert date_from_url("https://example.org/2024-03-15-talks?ref=2023/01/01") == date(2024, 3, 15)
    assert date_from_url("https://example.org/news/12345") is None
    assert date_from_url("https://example.org/2024/13/40/x") is None


def test_paragraph_languages_flag_only_a_clearly_foreign_paragraph():
    guess = detect_language("\n\n".join([ENGLISH, GERMAN, ENGLISH, ENGLISH]))
    assert guess.language == "en"
    assert guess.paragraph_languages == ("en", "de", "en", "en")
    short_quote = "\n\n".join([ENGLISH, "„Nein“, sagte er.", ENGLISH])
    assert detect_language(short_quote).paragraph_languages == ("en", "en", "en")


def test_sampled_language_agrees_with_langdetect_on_the_gold_texts():
    from newscurate.annotate.evaluate_language import reference_language
    from newscurate.annotate.evaluate_quotes import read_gold

    documents = read_gold(Path(__file__).resolve().parents[1] / "gold" / "quotes_dev.jsonl")
    assert all(detect_language(d["text"]).language == reference_language(d["text"]) for d in documents)


def test_labels_over_the_headline_tell_the_genre_in_more_languages():
    from newscurate.annotate.genre import genre

    text = "The council met on Monday. It voted to delay the bridge repairs by a year, officials said."
    words = text.split()
    assert genre(text, words, 0, False, ["L'intervista"], [], None) == ("interview", "interview_label")
    assert genre(text, words, 0, False, ["Wyjaśniamy"], [], None) == ("analysis", "analysis_label")
    assert genre(text, words, 0, False, ["FACT CHECK"], [], None) == ("analysis", "analysis_label")
    assert genre(text, words, 0, False, ["Ledare"], [], None) == ("opinion", "opinion_label")
    # A long line naming a genre word is no label.
    assert genre(text, words, 0, False, ["An interview with the mayor about the bridge"], [], None)[0] == "news"


def test_a_line_giving_both_dates_gives_the_published_one():
    from newscurate.annotate.dates import publication_date

    assert str(publication_date("Updated: March 5, 2025, 7:41 p.m. ET | Published: March 4, 2025, 11:03 a.m. ET")) == "2025-03-04"
    assert str(publication_date("za 1 mrt 2025, 07:00")) == "2025-03-01"
    assert str(publication_date("4 marca 2025")) == "2025-03-04"
