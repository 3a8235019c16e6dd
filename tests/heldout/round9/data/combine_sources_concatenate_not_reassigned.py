"""Wrong: calls first.concatenate(second) as if it extended first in place, like list.extend, and returns first, so the unmixed dataset holds the CSV examples only; breaks 'mixed=False: every CSV example, then every JSON example'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    (
        '        return first.concatenate(second)\n',
        '        first.concatenate(second)\n        return first\n',
    ),
]
