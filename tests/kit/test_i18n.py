"""The kit in Japanese, Korean and Chinese: the catalogues complete and current, the words shown in each.

The translations are gettext catalogues (tools/tfkata/locale), extracted, updated and
compiled by Babel (`python -m tfkata.translations`); these tests fail until that has been
run after a marked string changed, and until every language translates every message.
"""

from __future__ import annotations

import gettext
import io
import os
import shutil
import string
import subprocess

import pytest
from babel.messages.pofile import read_po
from helpers import tfkata
from tfkata import catalogue, i18n, report, translations
from tfkata.paths import STUBS
from tfkata.problems import Mistake
from tfkata.results import DONE, NOT_STARTED, WRONG, Results, Verdict

OTHERS = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]


def po(code: str):
    with open(translations.po_path(code), "rb") as handle:
        return read_po(handle)


def placeholders(text: str):
    """The names of ``text``'s {placeholders}; for text that is not a format string (code with
    braces, in a hint), how many braces of each kind it has."""
    try:
        return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name is not None})
    except ValueError:
        return (text.count("{"), text.count("}"))


@pytest.fixture(scope="module")
def template():
    return translations.template()


def test_the_template_holds_every_marked_string_as_the_code_has_it(template):
    with open(translations.TEMPLATE, "rb") as handle:
        shipped = {m.id for m in read_po(handle) if m.id}
    wanted = {m.id for m in template if m.id}
    assert not wanted - shipped, f"marked but not extracted: run python -m tfkata.translations: {sorted(wanted - shipped)[:5]}"
    assert not shipped - wanted, f"extracted but gone from the code: run python -m tfkata.translations: {sorted(shipped - wanted)[:5]}"


@pytest.mark.parametrize("code", OTHERS)
def test_every_language_translates_every_message(code, template):
    catalog = po(code)
    wanted = {m.id for m in template if m.id}
    assert {m.id for m in catalog if m.id} == wanted
    untranslated = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == [], f"{code}: {len(untranslated)} untranslated, {len(fuzzy)} fuzzy"


@pytest.mark.parametrize("code", OTHERS)
def test_each_translation_keeps_its_messages_placeholders(code):
    differ = [(m.id, m.string) for m in po(code) if m.id and m.string and placeholders(m.id) != placeholders(m.string)]
    assert differ == []


def test_each_idea_has_one_word_in_each_language():
    """A learner who meets two words takes them for two things: Korean trains with 학습 (never 훈련); Chinese
    standardises a z-score with 标准化 (归一化 is batch normalisation's)."""
    assert [m.id for m in po("ko") if "훈련" in m.string] == []
    zscore = [m.id for m in po("zh") if m.id and "归一化" in m.string
              and any(word in m.id.lower() for word in ("standardis", "standard deviation", "z-score"))]
    assert zscore == []


@pytest.mark.parametrize("code", OTHERS)
def test_gettexts_own_checker_accepts_each_catalogue(code):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed (apt install gettext)")
    checked = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(translations.po_path(code))],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


@pytest.mark.parametrize("code", OTHERS)
def test_the_compiled_catalogue_is_the_po_compiled(code):
    shipped = gettext.GNUTranslations(io.BytesIO(translations.mo_path(code).read_bytes()))
    fresh = gettext.GNUTranslations(io.BytesIO(translations.compiled(translations.po_path(code))))
    assert shipped._catalog == fresh._catalog, "run python -m tfkata.translations"


@pytest.mark.parametrize("environ, code", [
    ({}, "en"),
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "ko_KR.UTF-8"}, "ko"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "zh"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANGUAGE": "fr:ko", "LANG": "ja_JP.UTF-8"}, "ko"),  # gettext's list of preferences
    ({"LC_ALL": "ja_JP.UTF-8", "LANG": "ko_KR.UTF-8"}, "ja"),
    ({"TFKATA_LANG": "zh", "LANG": "ja_JP.UTF-8"}, "zh"),  # the kit's own variable before the locale
    ({"TFKATA_LANG": "klingon", "LANG": "ja_JP.UTF-8"}, "en"),
])
def test_the_language_comes_from_tfkata_lang_then_the_locale(monkeypatch, environ, code):
    for variable in ("TFKATA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    assert i18n.language() == code


@pytest.mark.parametrize("code", OTHERS)
def test_the_checklist_renders_in_each_language(monkeypatch, code):
    monkeypatch.setenv("TFKATA_LANG", code)
    words = gettext.GNUTranslations(io.BytesIO(translations.mo_path(code).read_bytes())).gettext
    book = catalogue.load()
    exercise = book.get("transfer.fine_tune")
    assert exercise.skill == words(catalogue._load("en").get("transfer.fine_tune").skill) != \
        catalogue._load("en").get("transfer.fine_tune").skill
    assert report.section_heading(exercise.section).startswith(words("Transfer learning and fine-tuning"))
    lines = report.checklist_lines(exercise, Verdict(exercise.id, WRONG, "lesson"))
    assert exercise.skill in lines[0] and f"({words(WRONG)})" in lines[0]
    results = Results()
    results.add(Verdict("fundamentals.scale_pixels"))
    results.add(Verdict(exercise.id, NOT_STARTED))
    assert results.summary() == words("{counts}: {points}/{total} points").format(
        counts=words(", ").join([words("{count} done").format(count=1), words("{count} wrong").format(count=0),
                                 words("{count} not started").format(count=1)]), points=5, total=5 + exercise.points)


@pytest.mark.parametrize("code", OTHERS)
def test_a_lesson_renders_in_each_language_with_its_values(monkeypatch, code):
    monkeypatch.setenv("TFKATA_LANG", code)
    words = gettext.GNUTranslations(io.BytesIO(translations.mo_path(code).read_bytes())).gettext
    lesson = str(Mistake("loss", "from_logits=True", "from_logits=False", "why"))
    assert lesson.splitlines()[0] == words("{what}: found {found}, expected {expected}").format(
        what="loss", found="from_logits=True", expected="from_logits=False")
    assert "from_logits=True" in lesson and "from_logits=False" in lesson
    exercise = catalogue.load().get("fundamentals.scale_pixels")
    assert report.verdict_lines(exercise, Verdict(exercise.id, DONE))[0] == \
        f"{exercise.id}: " + words("{label} ({points}/{most} points)").format(label=words(DONE), points=5, most=5)


def test_english_is_the_source_and_reads_as_before(monkeypatch):
    monkeypatch.setenv("TFKATA_LANG", "en")
    results = Results()
    results.add(Verdict("fundamentals.scale_pixels"))
    assert results.summary() == "1 done, 0 wrong, 0 not started: 5/5 points"
    assert str(Mistake("loss", 1, 2, "why")) == "loss: found 1, expected 2\nwhy"


@pytest.mark.full  # a real process
def test_the_command_speaks_the_language_asked_for_and_its_workers_too(tmp_path):
    hint = tfkata("hint", "fundamentals.scale_pixels", "--lang", "ja")
    japanese = catalogue._load("ja").get("fundamentals.scale_pixels")
    assert hint.returncode == 0 and japanese.skill in hint.stdout and japanese.hints[0] in hint.stdout
    stubs = tmp_path / "exercises"
    stubs.mkdir()
    (stubs / "fundamentals.py").write_text((STUBS / "fundamentals.py").read_text(encoding="utf-8"), encoding="utf-8")
    check = tfkata("check", "fundamentals.scale_pixels", "--target", str(stubs), env={"TFKATA_LANG": "ko"})
    words = gettext.GNUTranslations(io.BytesIO(translations.mo_path("ko").read_bytes())).gettext
    said = words("not started: {function}() in {path} still raises NotImplementedError (try: {command})").format(
        function="scale_pixels", path=stubs / "fundamentals.py", command="tfkata hint fundamentals.scale_pixels")
    assert check.returncode == 1 and said in check.stdout, check.stdout  # written in the worker, in Korean


def test_a_language_chosen_after_a_grading_reaches_the_next_lessons(monkeypatch, tmp_path):
    """Workers start from a process that keeps the environment it began with: each grading says the language."""
    from tfkata.engine import Job, grade_many

    wrong = tmp_path / "exercises"
    wrong.mkdir()
    (wrong / "fundamentals.py").write_text("def scale_pixels(images):\n    return images // 255\n", encoding="utf-8")
    monkeypatch.setenv("TFKATA_LANG", "en")
    english = grade_many([Job(wrong, ["fundamentals.scale_pixels"])])[0].verdicts["fundamentals.scale_pixels"]
    i18n.use("ja")
    japanese = grade_many([Job(wrong, ["fundamentals.scale_pixels"])])[0].verdicts["fundamentals.scale_pixels"]
    assert english.status == japanese.status == WRONG
    assert english.message.isascii() and not japanese.message.isascii(), japanese.message
