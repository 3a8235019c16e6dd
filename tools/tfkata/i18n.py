"""The kit's languages: English (the source), Japanese, Korean and Chinese (Simplified), by gettext.

Every learner-facing string is written in English in the code and marked ``_("...")``
(placeholders in braces, filled by ``.format`` after translation); the catalogue's section
titles, skills, hints and the kit's own rules are translated when the catalogue is loaded.
The translations are gettext catalogues, ``locale/<lang>/LC_MESSAGES/tfkata.po``, compiled to
``.mo`` beside them; maintainers extract, update and compile them with Babel
(tfkata.translations), after changing or adding a marked string:

    python -m tfkata.translations

The language: ``--lang``, else ``TFKATA_LANG``, else the locale (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, as gettext reads them), else English. Grading workers inherit it
through ``TFKATA_LANG``, so lessons are written in it where they are made.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

LANGUAGES = {"en": "English", "ja": "日本語", "ko": "한국어", "zh": "简体中文"}
SOURCE = "en"
DOMAIN = "tfkata"
LOCALES = Path(__file__).with_name("locale")
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def normalize(name: str | None) -> str | None:
    """A language code from a locale name (``ja_JP.UTF-8``, ``zh-Hans``, ``ko``), or None if not one of ours."""
    if not name:
        return None
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def language() -> str:
    """The language to speak: TFKATA_LANG (``--lang`` sets it), else the locale, else English."""
    chosen = os.environ.get("TFKATA_LANG")
    if chosen:
        return normalize(chosen) or SOURCE
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:  # the first one set decides, as in gettext; LANGUAGE may list several
            for name in value.split(":"):
                if normalize(name):
                    return normalize(name)
            if variable != "LANGUAGE":
                return SOURCE
    return SOURCE


def use(name: str) -> str:
    """Speak ``name`` from now on, in this process and in the grading workers it starts."""
    code = normalize(name)
    if code is None:
        raise ValueError(f"no language {name!r}: the kit speaks {', '.join(LANGUAGES)}")
    os.environ["TFKATA_LANG"] = code
    return code


@cache
def translations(code: str) -> gettext.NullTranslations:
    if code == SOURCE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=LOCALES, languages=[code], fallback=True)


def _(message: str) -> str:
    """``message`` in the current language (itself where there is no translation)."""
    return translations(language()).gettext(message) if message else message


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined; ``_()`` translates it where it is shown."""
    return message
