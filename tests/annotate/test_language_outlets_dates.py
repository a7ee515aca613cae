from datetime import date

from newscurate.annotate.dates import parse_date
from newscurate.annotate.language import detect_language
from newscurate.annotate.outlets import OutletRegistry, guess_outlet


def test_language_is_deterministic_and_scored():
    text = "Переговоры о прекращении огня снова зашли в тупик, сообщили источники в обеих делегациях. " * 20
    first, second = detect_language(text), detect_language(text)
    assert first == second and first.language == "ru" and 0.9 <= first.score <= 1


def test_language_is_null_for_text_without_letters():
    assert detect_language("12 34 56 — 78").language is None


def test_outlet_cues_in_order_of_strength(tmp_path):
    registry = OutletRegistry.load()
    assert guess_outlet(registry, ["Source: Fan Page IT"], [], [], []).outlet == "Fanpage"
    assert guess_outlet(registry, [], ["The work of Euromaidan Press is supported by X"], [], []).outlet == "Euromaidan Press"
    assert guess_outlet(registry, [], [], ["opinions@cgtn.com"], []).outlet == "CGTN"
    links = ["https://www.themoscowtimes.com/a", "https://www.rbc.ru/b", "https://www.themoscowtimes.com/c"]
    assert guess_outlet(registry, [], [], [], links).outlet == "The Moscow Times"
    assert guess_outlet(registry, [], [], [], []).outlet is None


def test_users_extend_the_registry(tmp_path):
    extra = tmp_path / "outlets.yaml"
    extra.write_text("- name: Example Gazette\n  aliases: [Gazette of Example]\n  domains: [gazette.example]\n")
    registry = OutletRegistry.load(extra)
    assert guess_outlet(registry, [], [], ["desk@gazette.example"], []).outlet == "Example Gazette"


def test_dates_from_date_lines():
    assert parse_date("Published: 2024-03-03") == date(2024, 3, 3)
    assert parse_date("March 3, 2024 at 10:15 CET") == date(2024, 3, 3)
    assert parse_date("3 March 2024") == date(2024, 3, 3)
    assert parse_date("12.01.2024") == date(2024, 1, 12)
    assert parse_date("no date here") is None


def test_language_detection_is_safe_from_many_threads():
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Word{i} " * 50 + "Die Verhandlungen wurden am Montag in Genf fortgesetzt, hieß es." * 3 for i in range(400)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(detect_language, texts))
    assert all(r.language == results[0].language for r in results)


def test_a_url_urllib_cannot_split_has_no_domain_instead_of_raising():
    from newscurate.annotate.outlets import domain_of

    assert domain_of("http://[::1") == "" and domain_of("https://www.reuters.com/x") == "reuters.com"
