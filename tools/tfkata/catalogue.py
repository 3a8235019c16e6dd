"""The exercise catalogue (catalogue.toml), read without importing TensorFlow."""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from . import i18n
from .paths import GRADERS

CATALOGUE = Path(__file__).with_name("catalogue.toml")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    note: str
    module: str

    @property
    def grader_file(self) -> Path:
        return GRADERS / f"test_{self.module}.py"


@dataclass(frozen=True)
class Exercise:
    id: str
    section: Section
    function: str
    skill: str
    note_wording: str
    note: str
    points: int
    hints: tuple[str, ...]
    time_limit: float | None = None  # seconds per grader test, where the default is too short
    kit_own: str | None = None  # what the kit adds that the notes do not have, as the exercise's assumption

    @property
    def module(self) -> str:
        return self.section.module


@dataclass(frozen=True)
class Catalogue:
    sections: dict[str, Section]
    exercises: dict[str, Exercise]

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            close = self.near(exercise_id)
            if close:
                raise KeyError(i18n._("no exercise {id} in the catalogue (did you mean {close}?)").format(
                    id=repr(exercise_id), close=", ".join(close))) from None
            raise KeyError(i18n._("no exercise {id} in the catalogue").format(id=repr(exercise_id))) from None

    def near(self, name: str) -> list[str]:
        """The ids ``name`` may have meant: containing it, or close to it or to a function's name, whatever the
        case or the spaces around it (a typo, ``Scale_Pixels``, a trailing newline)."""
        wanted = name.strip().lower()
        lowered = {i.lower(): i for i in self.exercises}
        functions = {i.split(".")[-1].lower(): i for i in self.exercises}
        close = [i for low, i in lowered.items() if wanted and wanted in low]
        close += [lowered[m] for m in difflib.get_close_matches(wanted, lowered, n=3, cutoff=0.8)]
        close += [functions[m] for m in difflib.get_close_matches(wanted.split(".")[-1], functions, n=3, cutoff=0.8)]
        return list(dict.fromkeys(close))[:5]

    @property
    def module_files(self) -> list[str]:
        """The learner's modules, one per section, by file name (callbacks.py, data.py, ...)."""
        return sorted(f"{section.module}.py" for section in self.sections.values())

    def holds_modules(self, folder: Path) -> bool:
        """Whether ``folder`` holds any of the learner's modules."""
        return any((folder / name).is_file() for name in self.module_files)

    def position(self, exercise_id: str) -> int:
        """Where the exercise stands in the catalogue: every list of exercises is shown in this order."""
        return list(self.exercises).index(exercise_id)

    def in_section(self, section_id: str) -> list[Exercise]:
        return [e for e in self.exercises.values() if e.section.id == section_id]

    def select(self, names: list[str]) -> list[str]:
        """The exercises ``names`` give (exercise ids, or section ids for all their exercises), in catalogue order."""
        chosen = set()
        for name in names:
            chosen.update(e.id for e in self.in_section(name)) if name in self.sections else chosen.add(self.get(name).id)
        return [i for i in self.exercises if i in chosen]

    @property
    def total_points(self) -> int:
        return sum(e.points for e in self.exercises.values())


def parse(text: str) -> Catalogue:
    """Build a catalogue from TOML text, refusing entries with missing fields."""
    data = tomllib.loads(text)
    sections = {sid: Section(id=sid, **fields) for sid, fields in data["sections"].items()}
    exercises = {}
    for eid, fields in data["exercises"].items():
        fields = dict(fields)
        section = sections[fields.pop("section")]
        hints = tuple(fields.pop("hints"))
        if len(hints) < 2:
            raise ValueError(f"{eid}: give at least two hints (a nudge, then the API)")
        exercises[eid] = Exercise(id=eid, section=section, hints=hints, **fields)
    return Catalogue(sections, exercises)


def load() -> Catalogue:
    """The catalogue, its learner-facing words (titles, skills, hints, the kit's own rules, the kit's words in
    each source) in the current language (tfkata.i18n); ids, functions, points and the notes' own words as
    written."""
    return _load(i18n.language())


@cache
def _load(code: str) -> Catalogue:
    book = parse(CATALOGUE.read_text(encoding="utf-8"))
    return book if code == i18n.SOURCE else translated(book, i18n.translations(code).gettext)


def translated(book: Catalogue, _) -> Catalogue:
    sections = {sid: replace(s, title=_(s.title), note=_(s.note)) for sid, s in book.sections.items()}
    exercises = {eid: replace(e, section=sections[e.section.id], skill=_(e.skill), note=_(e.note),
                              hints=tuple(map(_, e.hints)), kit_own=_(e.kit_own) if e.kit_own else e.kit_own)
                 for eid, e in book.exercises.items()}
    return Catalogue(sections, exercises)
