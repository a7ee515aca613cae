"""Byline fields from metadata_holdout8's misses: a reporting label, a Portuguese text credit, a graphics
credit and fields set apart by slashes. Invented lines."""

from newscurate.clean import clean_text


def test_reporting_label_with_a_graphics_credit_and_an_editor_between_bars():
    raw = (
        "Peat bogs hold more carbon than thought\n\n"
        "A three-year survey of northern bogs doubles earlier estimates\n\n12 March 2025\n\n"
        "Reporting: Ada Brennan and Luis Ortega | Graphics: Kim Sato | Edited by Ruth Hale\n\n"
        "Scientists measured the bogs for three years and found they store far more carbon than the models assumed.\n\n"
        "The survey covered forty sites across four countries, from the coast to the high plateaus.\n"
    )
    result = clean_text(raw)
    assert result.authors == ["Ada Brennan", "Luis Ortega"]
    assert result.editors == ["Ruth Hale"]
    assert "Graphics" not in result.text


def test_portuguese_text_credit_and_photo_credit_between_slashes():
    raw = (
        "O mar de Joana\n\n"
        "Texto: Inês Carvalho / Fotografia: Rui Mota\n\n"
        "Joana Sarmento pesca ao largo da Nazaré há trinta anos e conhece cada rocha da costa.\n"
    )
    result = clean_text(raw)
    assert result.authors == ["Inês Carvalho"]
    assert result.text.startswith("Joana Sarmento")
