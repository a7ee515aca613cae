"""The outlet of a page the registry does not know: the name the page gives its own site."""

import pytest

from newscurate.annotate.evaluate_metadata import predicted_metadata

BODY = (
    "The county council voted on Tuesday to delay the new bus depot by a year, citing rising costs and a dispute over the site.\n\n"
    "“We cannot sign a contract we cannot pay for,” said council leader Maria Okafor after the vote.\n\n"
    "Opposition members said the delay would leave drivers working out of a temporary yard through another winter.\n\n"
    "The depot was first proposed in 2021 and has been redesigned twice since then, officials said.\n"
)
HEADLINE = "Council delays bus depot by a year as costs rise"
MENU = "Home\nNews\nPolitics\nBusiness\nSport\n"


def outlet_of(raw: str) -> tuple[str | None, str | None]:
    row = predicted_metadata("page", raw)
    return row.get("outlet"), row.get("outlet_source")


@pytest.mark.parametrize(
    "raw, expected",
    [
        # The browser tab's title, joined by a bar.
        (f"{HEADLINE} | The Ashford Courier\n{MENU}\n{HEADLINE}\nBy Tom Reed\n\n{BODY}", ("The Ashford Courier", "tab_title")),
        # A masthead in capitals over the menus, named in its spelling from the copyright line.
        (
            f"THE ASHFORD COURIER\n{MENU}\n{HEADLINE}\nBy Tom Reed\n\n{BODY}\n© 2025 Ashford Courier Media Ltd. All rights reserved.\n",
            ("The Ashford Courier", "masthead"),
        ),
        # Only the copyright line names it; the company's legal form is not part of the name.
        (f"{HEADLINE}\nBy Tom Reed\n\n{BODY}\nCopyright 2019-2025 Kentish Daily News Ltd. All rights reserved.\n", ("Kentish Daily News", "copyright")),
        # The name before the sign, as French footers write it.
        (f"{HEADLINE}\n\n{BODY}\nLe Courrier de l'Ouest © 2025 – Mentions légales – Confidentialité\n", ("Le Courrier de l'Ouest", "copyright")),
        # A masthead in capitals alone, cased as a name: small words lower, hyphenated parts capitalised.
        (f"WESTFALEN-BOTE DER REGION\n{MENU}\n{HEADLINE}\n\n{BODY}", ("Westfalen-Bote der Region", "masthead")),
    ],
)
def test_the_page_names_its_own_site(raw, expected):
    assert outlet_of(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        # A photo agency's credit in a caption is not the publisher.
        f"{HEADLINE}\n\n{BODY}\nThe old depot on Mill Lane. © Getty Images\n",
        # A cookie banner's bar is not a tab title.
        f"We use cookies to improve your experience on this site | Manage preferences\n{HEADLINE}\n\n{BODY}",
        # A label over the article is not a masthead.
        f"Advertisement\n{HEADLINE}\n\n{BODY}",
        # A page that opens with its headline names no site.
        f"{HEADLINE}\n\n{BODY}",
        # A dash in a headline does not make its last words a site.
        f"Bus depot delayed again - council blames costs\n\n{BODY}",
        # A print page's running head: an issue number and a year are no name.
        f"QUARTERLY TRANSPORT REVIEW 2025/03\n\n{HEADLINE}\n\n{BODY}",
        # Page controls in sentence case are no masthead.
        f"Toggle navigation\n{MENU}\n{HEADLINE}\n\n{BODY}",
        f"Main menu\n{MENU}\n{HEADLINE}\n\n{BODY}",
        # What stands before a copyright sign in a footer is not always a name.
        f"{HEADLINE}\n\n{BODY}\nSite design © 2025\n",
        # A kicker over the headline stays a kicker when the page opens with blank lines.
        f"\n\nANALYSIS\n{HEADLINE}\n\n{BODY}",
    ],
)
def test_nothing_else_is_taken_for_the_site(raw):
    assert outlet_of(raw) == (None, None)


def test_a_masthead_under_a_skip_link_needs_another_cue():
    page = f"Skip to main content\nThe Ashford Courier\n{MENU}\n{HEADLINE}\n\n{BODY}"
    assert outlet_of(page) == (None, None)
    assert outlet_of(page + "\n© The Ashford Courier 2025 | Imprint | Privacy\n") == ("The Ashford Courier", "masthead")


def test_the_registry_still_names_the_outlets_it_knows():
    assert outlet_of(f"{HEADLINE} | The Moscow Times\n{MENU}\n{HEADLINE}\n\n{BODY}") == ("The Moscow Times", "banner")


def test_a_source_line_is_read_without_its_invisible_characters():
    assert outlet_of(f"{HEADLINE}\n\n{BODY}\nSource: Valley Cou\u00adrier\n")[0] == "Valley Courier"


def test_a_company_in_the_footer_does_not_outvote_the_tab_title():
    page = f"{HEADLINE} | The Ashford Courier\n{MENU}\n{HEADLINE}\n\n{BODY}\n© 2025 Ashford Courier Media Ltd. All rights reserved.\n"
    assert outlet_of(page) == ("The Ashford Courier", "tab_title")


def test_a_capitals_masthead_takes_the_mixed_case_spelling_another_cue_gives():
    page = f"THE MCALLEN MONITOR\n{MENU}\n{HEADLINE}\n\n{BODY}\n© 2025 The McAllen Monitor. All rights reserved.\n"
    assert outlet_of(page) == ("The McAllen Monitor", "masthead")


def test_the_sites_email_domain_confirms_a_masthead_under_a_skip_link():
    page = f"Skip to main content\nThe Ashford Courier\n{MENU}\n{HEADLINE}\n\n{BODY}\nContact the newsroom: news@ashfordcourier.co.uk\n"
    assert outlet_of(page)[0] == "The Ashford Courier"


def test_a_site_is_matched_to_the_registry_by_its_whole_name():
    page = f"{HEADLINE} | Wandsworth Guardian\n{MENU}\n{HEADLINE}\n\n{BODY}\n© 2025 Wandsworth Guardian. All rights reserved.\n"
    assert outlet_of(page) == ("Wandsworth Guardian", "tab_title")


def test_a_confirmed_site_beats_the_wire_agency_it_reprints():
    page = (
        f"{HEADLINE} - The Ashford Courier\nThe Ashford Courier\n{MENU}\n{HEADLINE}\n\n{BODY}\n"
        "© Copyright Thomson Reuters 2025. Click for restrictions.\n© 2025 The Ashford Courier. All rights reserved.\n"
    )
    assert outlet_of(page)[0] == "The Ashford Courier"


def test_a_footer_of_odd_spaces_is_read_in_linear_time():
    import time

    page = f"{HEADLINE}\n\n{BODY}\n© 2025 Ashford" + "\u205f" * 10_000 + "x\n"
    started = time.process_time()
    outlet_of(page)
    assert time.process_time() - started < 2.0
