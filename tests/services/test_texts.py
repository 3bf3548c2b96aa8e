"""Translatable messages of the services: English by default, any language through a Localizer."""

from __future__ import annotations

from app.services.texts import ENGLISH, QT_TRANSLATE_NOOP, Localizer, Message, counted

GERMAN = {
    ("Import", "%1: %2"): "%1: %2",
    ("Import", "conversation %1 (\u201c%2\u201d)"): "Unterhaltung %1 (\u201e%2\u201c)",
    ("Import", "invalid JSON (%1) near character %2"): "ung\u00fcltiges JSON (%1) bei Zeichen %2",
    ("Import", "%1 warning"): "%1 Warnung",
    ("Import", "%1 warnings"): "%1 Warnungen",
}


def german() -> Localizer:
    return Localizer(
        translate=lambda context, source: GERMAN.get((context, source), ""),
        number=lambda n: f"{n:,}".replace(",", "."),
    )


def test_str_is_the_english_sentence_with_grouped_numbers():
    message = QT_TRANSLATE_NOOP("Import", "invalid JSON (%1) near character %2").arg("Expecting value", 12345)
    assert str(message) == "invalid JSON (Expecting value) near character 12,345"
    assert ENGLISH.render(message) == str(message)


def test_a_localizer_translates_the_whole_composition_and_its_numbers():
    reason = QT_TRANSLATE_NOOP("Import", "invalid JSON (%1) near character %2").arg("Expecting value", 12345)
    record = QT_TRANSLATE_NOOP("Import", "conversation %1 (\u201c%2\u201d)").arg(1204, "Trip")
    where = QT_TRANSLATE_NOOP("Import", "%1: %2")
    message = where.arg("export.zip", where.arg(record, reason))
    assert german().render(message) == (
        "export.zip: Unterhaltung 1.204 (\u201eTrip\u201c): ung\u00fcltiges JSON (Expecting value) bei Zeichen 12.345"
    )
    # Technical values (the decoder's words, file names) go in as they are.
    assert "Expecting value" in german().render(message)


def test_placeholders_are_filled_once_so_values_are_never_reinterpreted():
    message = Message("Import", "%1 then %2").arg("100%2 sure", 7)
    assert str(message) == "100%2 sure then 7"
    assert str(Message("Import", "only %1 and %3").arg("one")) == "only one and %3"


def test_counted_chooses_the_form_and_fills_the_number():
    one = QT_TRANSLATE_NOOP("Import", "%1 warning")
    many = QT_TRANSLATE_NOOP("Import", "%1 warnings")
    assert str(counted(1, one, many)) == "1 warning"
    assert german().render(counted(2048, one, many)) == "2.048 Warnungen"


def test_plain_text_and_missing_translations_pass_through():
    assert german().render("as it is") == "as it is"
    assert german().render(None) == ""
    assert german().render(QT_TRANSLATE_NOOP("Import", "not in the catalogue %1").arg(3)) == "not in the catalogue 3"
