"""The audit view shows every content removal in place, with its reason."""

from newscurate.audit import RemovedSpan, render_html, render_terminal
from newscurate.clean import clean_text


def test_terminal_and_html_views_show_each_removal_with_its_reason():
    raw = "Copyright © 2024\n\nHeadline of the day\n\nBody sentence here.\nhttps://x.org/a\n"
    result = clean_text(raw)
    spans = [RemovedSpan(r.start, r.end, r.reason, r.rule) for r in result.removals]
    terminal = render_terminal(raw, spans).plain
    assert "⟨copyright⟩" in terminal and "⟨title⟩" in terminal and "⟨url⟩" in terminal
    assert "⟨whitespace⟩" not in terminal and "⟨whitespace⟩" in render_terminal(raw, spans, layout=True).plain
    page = render_html(raw, spans, "doc")
    assert '<del class="url"' in page and "Body sentence here." in page
