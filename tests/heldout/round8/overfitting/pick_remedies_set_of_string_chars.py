"""Wrong: writes set("bigger network"), which is the set of its letters; breaks 'underfitting ...: "bigger network"'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    (
        '        return {"bigger network"}',
        '        return set("bigger network")',
    ),
]
