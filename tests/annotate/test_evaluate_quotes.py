"""The quote development sets and the scorer: floors that the rule-based finder must keep."""

from pathlib import Path

import pytest

from newscurate.annotate.evaluate_quotes import QUOTE_KINDS, evaluate, read_gold, same_speaker, token_iou

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.parametrize("name", ["quotes_dev.jsonl", "quotes_holdout.jsonl", "quotes_holdout2.jsonl", "quotes_holdout3.jsonl", "quotes_holdout4.jsonl", "quotes_holdout5.jsonl", "quotes_holdout6.jsonl", "quotes_holdout7.jsonl", "quotes_holdout8.jsonl", "quotes_holdout9.jsonl", "quotes_holdout10.jsonl", "quotes_holdout11.jsonl", "quotes_holdout12.jsonl", "quotes_holdout13.jsonl", "quotes_holdout14.jsonl", "quotes_holdout15.jsonl", "quotes_holdout16.jsonl", "quotes_holdout17.jsonl", "quotes_holdout18.jsonl", "quotes_holdout19.jsonl", "quotes_holdout20.jsonl", "quotes_holdout21.jsonl", "quotes_holdout22.jsonl", "quotes_holdout23.jsonl", "quotes_holdout24.jsonl", "quotes_holdout25.jsonl", "quotes_holdout26.jsonl", "quotes_holdout27.jsonl", "quotes_holdout28.jsonl", "quotes_holdout29.jsonl", "quotes_holdout30.jsonl", "quotes_holdout31.jsonl", "quotes_holdout32.jsonl", "quotes_holdout33.jsonl", "quotes_holdout34.jsonl", "quotes_holdout35.jsonl", "quotes_holdout36.jsonl", "quotes_holdout37.jsonl", "quotes_holdout38.jsonl", "quotes_holdout39.jsonl", "quotes_holdout40.jsonl"])
def test_gold_quotes_index_their_texts(name):
    for document in read_gold(GOLD / name):
        for quote in document["quotes"]:
            assert document["text"][quote["start"] : quote["end"]] == quote["text"], document["id"]
            assert quote["kind"] in QUOTE_KINDS  # a set may mark statements set as blocks


def test_development_set_is_large_and_varied():
    documents = read_gold(GOLD / "quotes_dev.jsonl")
    assert len(documents) >= 30
    assert {d["language"] for d in documents} >= {"en", "de", "fr", "ru", "it", "es", "pt"}
    assert {q["kind"] for d in documents for q in d["quotes"]} == {"direct", "interview_answer", "scare", "title"}


@pytest.mark.parametrize(("name", "span_f1", "speaker_f1"), [("quotes_dev.jsonl", 0.96, 0.90), ("quotes_holdout.jsonl", 0.96, 0.90)])
def test_scores_stay_above_the_issue_targets(name, span_f1, speaker_f1):
    scores = evaluate(read_gold(GOLD / name))
    assert scores.span_f1 >= span_f1, scores.summary()
    assert scores.speaker_f1 >= speaker_f1, scores.summary()


@pytest.mark.parametrize(
    ("name", "span_f1", "speaker_f1"),
    [
        ("quotes_holdout3.jsonl", 0.975, 0.95),
        ("quotes_holdout4.jsonl", 0.975, 0.93),
        ("quotes_holdout5.jsonl", 0.945, 0.88),
        ("quotes_holdout6.jsonl", 0.99, 0.95),
        ("quotes_holdout7.jsonl", 0.975, 0.91),
        ("quotes_holdout8.jsonl", 0.98, 0.905),
        ("quotes_holdout9.jsonl", 0.985, 0.945),
        ("quotes_holdout10.jsonl", 0.99, 0.97),
        ("quotes_holdout11.jsonl", 0.99, 0.955),
        ("quotes_holdout12.jsonl", 0.99, 0.914),
        ("quotes_holdout13.jsonl", 0.972, 0.914),
        ("quotes_holdout14.jsonl", 0.99, 0.94),
        ("quotes_holdout15.jsonl", 0.97, 0.88),
        ("quotes_holdout16.jsonl", 0.96, 0.875),
        ("quotes_holdout17.jsonl", 0.95, 0.875),
        ("quotes_holdout18.jsonl", 0.98, 0.92),
        ("quotes_holdout19.jsonl", 0.975, 0.89),
        ("quotes_holdout20.jsonl", 0.99, 0.98),
        ("quotes_holdout21.jsonl", 0.99, 0.97),
        ("quotes_holdout22.jsonl", 0.99, 0.955),
        ("quotes_holdout23.jsonl", 0.975, 0.915),
        ("quotes_holdout24.jsonl", 0.97, 0.925),
        ("quotes_holdout25.jsonl", 0.97, 0.945),
        ("quotes_holdout26.jsonl", 0.97, 0.905),
        ("quotes_holdout27.jsonl", 0.965, 0.94),
        ("quotes_holdout28.jsonl", 0.975, 0.87),
        ("quotes_holdout29.jsonl", 0.98, 0.88),
        ("quotes_holdout30.jsonl", 0.975, 0.85),
        ("quotes_holdout31.jsonl", 0.965, 0.86),
        ("quotes_holdout32.jsonl", 0.955, 0.83),
        ("quotes_holdout33.jsonl", 0.95, 0.85),
        ("quotes_holdout34.jsonl", 0.97, 0.93),
        ("quotes_holdout35.jsonl", 0.97, 0.89),
        ("quotes_holdout36.jsonl", 0.94, 0.825),
        ("quotes_holdout37.jsonl", 0.94, 0.785),
        ("quotes_holdout38.jsonl", 0.95, 0.865),
        ("quotes_holdout39.jsonl", 0.95, 0.845),
        ("quotes_holdout40.jsonl", 0.92, 0.69),
    ],
)
def test_later_held_out_sets_stay_above_what_the_readme_reports(name, span_f1, speaker_f1):
    """Each set was scored blind first, then (but holdout6) learned from. holdout3: blind 0.668
    (session 4), now 0.959. holdout4: blind 0.698 (session 4), 0.937 after session 5's first round.
    holdout5: blind 0.645 at session 5's start, 0.680 after that round, 0.862 after a second round
    from its own errors. holdout6: 0.719 blind at session 5's start, 0.783 after its two rounds, 0.949
    after session 6's round from its own errors. holdout7 (mostly English political news): 0.755
    blind, 0.765 after that round, 0.883 after a round from its own errors. holdout8 (US, UK and EU
    political news): 0.772 blind, 0.801 after both rounds, 0.841 after a short round from its own
    errors (party-state tags, honorifics, anonymous sources, letters). holdout9 (US political news):
    0.837 blind, 0.857 after those rounds, 0.951 after a round from its own errors. holdout10 (US and
    UK political news): 0.844 blind at session 6's start, 0.891 after rounds 3-6, 0.974 after a round
    from its own errors. holdout11 (US political news), unseen by any rule writer: 0.761 blind at
    session 6's start, 0.853 after rounds 3-6, 0.860 after round 7, 0.964 after round 8 from its own
    errors. holdout12 (US and UK political news): 0.789 blind, 0.792 after round 8, 0.919 after
    round 9 from its own errors. holdout13 (war and peace talks, EU, India, a feature, a live blog;
    Italian, German), unseen by any rule writer: 0.755 blind at session 7's start, 0.765 before round
    10, 0.920 after round 10 from its own errors (bracketed group tags, honorifics, Italian offices).
    holdout14 (ten newsrooms' styles): 0.814 blind, 0.827 after rounds 9-10, 0.911 after session 9's
    round from its English errors (anonymous sources, pronouns after opening phrases).
    holdout15 (war and peace, parliaments, courts; fr, es, de, pl): 0.771 blind in session 8, 0.833
    after its lexicon gaps were filled and German nouns after an article stopped being names.
    holdout16 (English political reporting: wire, NYT style, statehouse, UK, an investigation, an
    interview, a live blog, an opinion column): 0.822 blind in session 9 (0.818 with session 8's
    rules), 0.878 after a round from its errors. holdout17 (twelve more newsroom styles): 0.819 blind
    (0.801 with session 8's rules), 0.875 after a round from its errors. holdout18 (regional house
    styles: PTI, ABC, the Dáil, Al Jazeera, Kenya, Japan, EU): 0.856 blind (0.852 with session 8's
    rules), 0.879 after a short round from its errors, 0.897 after session 10's. holdout19 (Xinhua, Kyiv
    Independent, Moscow Times, the Security Council, a NATO transcript, The Hindu, guillemets in English):
    0.829 blind in session 10, 0.878 after a round from its errors, 0.897 after session 11's round.
    holdout20 (mainstream English political news: a Senate vote, AP state politics, Reuters talks, UK
    politics, a briefing, a ruling, a debate, anonymous sources, delayed attributions): 0.927 blind in
    session 11, 0.987 after a round from its errors. holdout21 (twenty more newsrooms: a budget fight,
    an oral argument, NATO ministers, a by-election, the Dáil, a Senate inquiry, a frontline town, a
    strike, a leaked memo, a victory speech): 0.931 blind with session 10's rules, 0.942 with session
    11's first rounds, 0.969 after a round from its errors. holdout22 (sixteen more: a city council,
    a backbench revolt, a Geneva wire, local TV, a profile, Canada, Australia, India, Ireland, South
    Africa, steel tariffs, a newsletter, a sentencing, election night, an EU summit, a strike): 0.904
    blind in session 12 (its multi-paragraph quotes merged into one span each, as the issue defines
    them), 0.946 after a round from its errors. holdout23 (war reporting in sixteen house styles: a Kyiv
    outlet, a UK investigation in single quotes, an Italian edition with guillemets, Chinese state media,
    a Moscow outlet, a wire, a Commons debate, frontline reportage with first names, a live blog): 0.843
    blind in session 12, 0.877 after a short round from its errors. holdout24 (twenty English political
    pieces: AP, Reuters, BBC, a UK broadsheet, Politico, NYT, Al Jazeera, Bloomberg, The Hill, a US and a UK
    regional paper, a court report, a confirmation hearing): 0.882 blind in session 15, 0.930 after a
    round from its errors (councillors' titles, a lead's unnamed subject named in the next paragraph, a
    pronoun's antecedent named outside a subject, a headline in title case, member of an organisation).
    holdout25 (war and peace-talks coverage in twenty outlets' styles, two interviews): 0.869 blind in
    session 16 (once its unnamed sources were given their descriptions, as in the other sets; 0.800
    with them null), 0.928 after a round from its errors (an interview labelling only its questions,
    an adverb taken for a subject, a pronoun's gender, a paragraph after meeting someone), 0.939 with
    session 17's headline rule. holdout26 (analysis, opinion and features: pronouns among several people,
    long offices, headline quotes, sources quoting someone): 0.864 blind in session 17, 0.898 after a
    round from its errors (headline quotes, 'quote X as saying', first names' genders), 0.912 after
    session 18's and 19's. holdout27 (twenty English outlets' house styles, NPR to Haaretz): 0.878 blind
    in session 18, 0.949 after rounds from its errors (unnamed sources known by whom they serve, office
    holders, labels of the coverage as scare quotes, works named in title case, late interviews).
    holdout28 (twenty newsrooms: a city hall, a statehouse walkout, an investigation, wires, a BBC piece, a
    profile, a briefing, a trial, Nigerian, Peruvian, Kenyan papers, a fact-check, a live blog, a rally):
    0.804 blind in session 22 (span 0.977), 0.872 after a round from its errors (call signs, statements
    set as blocks, fact-check claims, offices before a surname, unnamed sources of the same kind).
    holdout29 (twenty styles: a Commons sketch in single quotes, an inquiry and a trial in turns, a press
    conference, a magazine feature, panels of women, a live blog, multi-paragraph quotes): 0.869 blind in
    session 23 (span 0.984), 0.878 once a college named '… Tech' was no longer a person a pronoun means,
    0.884 with session 24's rules. holdout30 (twenty styles: local TV, wires, a UK broadsheet in single
    quotes, a trial, sport, an obituary, a couple sharing a surname, a Q&A, German, French, Spanish):
    0.805 blind in session 24 (span 0.979), 0.854 after a round from its errors (a title's gender among
    people sharing a surname, speakers named in the next sentence, a nationality as a noun). holdout31
    (twenty styles, French, Spanish, German and Portuguese among them): 0.768 blind in session 25
    (span 0.970), 0.857 after session 26's round from its errors. holdout32 (twenty styles, Italian
    em-dash dialogue among them): 0.772 blind on session 26's first code (span 0.958), 0.778 after
    the holdout31 round, 0.835 after session 27's round from its errors (unnamed people opening the
    sentence before, one of a counted group, a passive's agent, incises in Spanish and French). holdout33 (twenty styles, German, French, Spanish, Italian, Portuguese
    and Dutch among them): 0.717 blind on session 27's first code (span 0.954), 0.726 after the holdout32
    round, 0.849 after session 28's round from its errors (Portuguese 'a' as an article, German
    possessive subjects and separable cues, an unnamed person's place, a role that took up the person
    named before it). holdout34 (twenty styles in eight languages): 0.818 blind on session 28's first
    code (span 0.973), the same after the holdout33 round; 0.932 after session 29's round from its misses.
    holdout35 (fifteen English house styles, German, French, Spanish, Italian, Dutch): 0.819 blind on
    session 29's first code (span 0.962), 0.822 after the holdout34 round, 0.842 (span 0.970) after a
    few rules from its own misses, 0.899 (span 0.976) after session 30's round from its misses.
    holdout36 (thirteen English styles, Portuguese, Russian, Ukrainian, Polish, German, Spanish,
    Italian): 0.784 blind (span 0.946) on session 30's first code and after the holdout35 round;
    0.793 after three rules from its misses, 0.829 after session 31's round from its misses. holdout37
    (eleven English styles, a TV transcript, a press release and Hansard among them, and French, German,
    Spanish, Italian, Portuguese, Dutch, Polish, Russian, Ukrainian): 0.721 blind on session 31's first
    code (span 0.941), 0.727 after the holdout36 round, 0.777 after a round from its own misses.
    holdout38 (eleven English styles and French, German, Spanish, Italian, Portuguese, Dutch, Polish,
    Russian, Ukrainian): 0.809 blind on session 32's code (span 0.955), 0.868 after session 33's round
    from its misses. holdout39 (ten English styles, Q&A and a roundtable among them, and German,
    French, Italian, Spanish, Portuguese em-dash dialogue, Dutch, Polish, Russian, Ukrainian): 0.756
    blind on session 33's code after the holdout38 round (span 0.939; 0.762 before that round), 0.770
    after three cue-word fixes from its misses, 0.852 (span 0.954) after session 34's round from its
    misses. holdout40 (eight English styles, a Q&A among them, and German, French, Spanish, Italian,
    Portuguese, Dutch, Polish, Russian, Ukrainian, Turkish; spokespeople's words given to their
    organisation, a Russian quote cut by its attribution as one span): 0.694 blind (span 0.925) after
    the holdout39 round, 0.695 on session 34's first code; not learned from yet."""
    scores = evaluate(read_gold(GOLD / name))
    assert scores.span_f1 >= span_f1, scores.summary()
    assert scores.speaker_f1 >= speaker_f1, scores.summary()


def test_second_held_out_set_stays_above_what_the_readme_reports():
    """Written blind in session 3 (0.795 then); general fixes for its errors brought it to 0.970."""
    scores = evaluate(read_gold(GOLD / "quotes_holdout2.jsonl"))
    assert scores.span_f1 >= 0.99, scores.summary()
    assert scores.speaker_f1 >= 0.95, scores.summary()


def test_token_iou_and_matching():
    text = "We will not give up the port"
    tokens = [(0, 2), (3, 7), (8, 11), (12, 16), (17, 19), (20, 23), (24, 28)]
    assert token_iou((0, 28), (0, 28), tokens) == 1.0
    assert token_iou((0, 28), (12, 28), tokens) == 4 / 7
    perfect = evaluate([{"id": "a", "text": text, "quotes": [{"start": 0, "end": 28, "speaker": "X", "kind": "direct"}]}],
                       lambda t: [{"start": 3, "end": 28, "speaker": "x", "kind": "direct"}])
    assert (perfect.span_f1, perfect.speaker_f1) == (1.0, 1.0)
    scare = evaluate([{"id": "a", "text": text, "quotes": [{"start": 0, "end": 28, "speaker": "X", "kind": "direct"}]}],
                     lambda t: [{"start": 0, "end": 28, "speaker": None, "kind": "scare"}])
    assert (scare.n_predicted, scare.span_recall) == (0, 0.0)


def test_speakers_agree_by_name_suffix():
    assert same_speaker("Vladimir Putin", "Putin")
    assert same_speaker("the Polish defence ministry", "defence ministry")
    assert same_speaker("Lyle's department", "Lyle’s department")
    assert not same_speaker("Vladimir Putin", "Vladimir")
    assert not same_speaker("Maria Delgado", None) and same_speaker(None, None)
