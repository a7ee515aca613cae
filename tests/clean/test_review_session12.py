"""Review of session 12's cleaning rules: patterns where they over-reached. Texts are made up."""

from newscurate.clean import clean_text

LEDE = "The city council approved a new budget on Tuesday after a long debate about the cost of road repairs and school buildings across the district."
LAST = "Parking fees will rise by a third, the budget shows, while spending on schools grows by a tenth."


def test_a_subheading_over_a_paragraph_that_opens_with_a_figure_is_not_joined_to_it():
    page = "\n\n".join(["City council approves new budget", LEDE, "The numbers\n27 schools will receive new roofs next year, according to the budget documents."])
    text = clean_text(page).text
    assert "The numbers 27" not in text and "27 schools will receive new roofs next year" in text
    # A sentence a link broke before its figure is still one line.
    broken = "\n\n".join(["City council approves new budget", LEDE, "Prices rose by\n3 percent\nin May, the statistics office said on Friday."])
    assert "Prices rose by 3 percent in May, the statistics office said on Friday." in clean_text(broken).text


def test_a_paragraph_over_a_lower_case_by_subheading_is_no_teaser_standfirst():
    vote = "The vote came after six hours of debate in a packed chamber."
    page = "\n\n".join(["Council approves budget", LEDE, "Read more:\nWhy the roads are so bad\nWhat the budget means for you", vote, "By the numbers", LAST])
    assert vote in clean_text(page).text


def test_a_story_about_writing_a_letter_to_the_editor_is_no_appeal():
    told = "Anna Weiss, who runs a bakery on Main Street, plans to write a letter to the editor of the Gazette this week."
    page = "\n\n".join(["Council approves budget", LEDE, LAST, told])
    assert told in clean_text(page).text


def test_a_box_of_short_facts_over_a_date_is_no_pair_of_authors_and_the_lede_above_it_stays():
    lede = "The festival returns to the city park this summer with more than forty bands on three stages, organisers said on Monday."
    box = "City Jazz Festival\nRiverside Park\nThree stages\nGates open at noon\n12 July 2025"
    page = "\n\n".join(["Jazz festival returns to the park", lede, box, "Tickets went on sale on Monday morning and the first batch sold out within an hour, according to the organisers."])
    assert lede in clean_text(page).text
