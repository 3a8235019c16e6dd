"""For maintainers: the translation catalogues, extracted, updated and compiled with Babel.

    python -m tfkata.translations

1. extracts every string marked ``_("...")`` in the kit's code and graders and every translatable field of
   ``catalogue.toml`` (section titles and sources, skills, hints, the kit's own rules) into ``locale/tfkata.pot``;
2. updates each language's ``locale/<lang>/LC_MESSAGES/tfkata.po`` from it (a new string arrives
   untranslated, a changed one fuzzy: translate them);
3. compiles each ``.po`` to the ``.mo`` that gettext reads at run time.

The self-tests (tests/kit/test_i18n.py) fail while the ``.pot`` misses a marked string, a
language misses a translation, a translation's placeholders differ from its English, or a
``.mo`` is older than its ``.po``.
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

from .i18n import DOMAIN, LANGUAGES, LOCALES, SOURCE
from .paths import ROOT

TEMPLATE = LOCALES / f"{DOMAIN}.pot"
SOURCES = ("tools/tfkata", "tests/graders")  # the kit's code and catalogue; the graders' lessons
METHODS = [("catalogue.toml", "tfkata.translations:extract_catalogue"), ("*.py", "python")]
KEYWORDS = {"_": None, "N_": None}
# The catalogues' dates are fixed, so that extracting again changes a file only when a string changes.
DATE = datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc)


def po_path(code: str) -> Path:
    return LOCALES / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(code: str) -> Path:
    return po_path(code).with_suffix(".mo")


def extract_catalogue(fileobj, keywords, comment_tags, options):
    """Babel extraction method for catalogue.toml: (line, function, message, comments) per string."""
    from .catalogue import tomllib

    text = fileobj.read().decode("utf-8")
    data = tomllib.loads(text)

    def line_of(value: str) -> int:
        first = value.splitlines()[0] if value else value
        at = text.find(first[:60])
        return text.count("\n", 0, at) + 1 if at >= 0 else 0

    for section_id, section in data["sections"].items():
        yield line_of(section["title"]), "_", section["title"], [f"section {section_id}: its title"]
        yield line_of(section["note"]), "_", section["note"], [SOURCE_COMMENT.format(what=f"section {section_id}")]
    for exercise_id, exercise in data["exercises"].items():
        yield line_of(exercise["skill"]), "_", exercise["skill"], [f"{exercise_id}: the skill, in the checklist"]
        yield line_of(exercise["note"]), "_", exercise["note"], [SOURCE_COMMENT.format(what=exercise_id)]
        for number, hint in enumerate(exercise["hints"], start=1):
            yield line_of(hint), "_", hint, [f"{exercise_id}: hint {number} (keep code as it is)"]
        if exercise.get("kit_own"):
            yield line_of(exercise["kit_own"]), "_", exercise["kit_own"], [f"{exercise_id}: the kit's own rule"]


SOURCE_COMMENT = ("{what}: its source in the notes; keep the note numbers and the notes' own headings as "
                  "written, translate only the kit's words around them")


def template():
    """A Babel Catalog of every marked string, as the code and catalogue.toml hold them now."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="tfkata", domain=DOMAIN, creation_date=DATE, revision_date=DATE,
                      msgid_bugs_address="", copyright_holder="tfkata", charset="utf-8", fuzzy=False)
    for folder in SOURCES:
        for filename, line, message, comments, context in extract_from_dir(
                ROOT / folder, METHODS, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
            catalog.add(message, None, [(f"{folder}/{filename}", line)], auto_comments=comments, context=context)
    return _without_percent_format(catalog)


def _without_percent_format(catalog):
    """The kit fills placeholders with str.format, never %: "20% for" is not a "% f" for msgfmt -c to check."""
    for entry in catalog:
        entry.flags.discard("python-format")
    return catalog


def _written(catalog) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=0, sort_output=False, include_previous=True)
    return out.getvalue()


def compiled(po: Path) -> bytes:
    """The .mo that ``po`` compiles to (fuzzy translations left out, as msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as handle:
        catalog = read_po(handle)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update() -> list[Path]:
    """Extract, update every language, compile; returns the files written."""
    from babel.messages.pofile import read_po

    pot = template()
    written = [TEMPLATE]
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(_written(pot))
    for code in LANGUAGES:
        if code == SOURCE:
            continue
        path = po_path(code)
        if path.is_file():
            with open(path, "rb") as handle:
                catalog = read_po(handle, locale=code)
            catalog.update(pot, update_creation_date=False)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = read_po(io.BytesIO(_written(pot)), locale=code)
            catalog.locale = code
        catalog.revision_date = DATE
        catalog.obsolete.clear()
        _without_percent_format(catalog)
        path.write_bytes(_written(catalog))
        mo_path(code).write_bytes(compiled(path))
        written += [path, mo_path(code)]
    return written


if __name__ == "__main__":
    for path in update():
        print(f"wrote {path.relative_to(ROOT)}")
    sys.exit(0)
