"""Wrong: adds "augmentation" for every input but tables (text can be augmented too, by back-translation), so an overfitting text model gets it; breaks '"augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    (
        '        if inputs == "images":\n',
        '        if inputs != "tables":\n',
    ),
]
