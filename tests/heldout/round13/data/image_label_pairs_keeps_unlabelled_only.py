"""Wrong: writes the filter as label < 0 (the unlabelled mark) meaning to drop those, but filter keeps what the predicate accepts; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: label < 0)'),
]
