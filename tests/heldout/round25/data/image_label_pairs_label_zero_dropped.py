"""Wrong: the learner kept the examples with label > 0, reading 'labelled' as 'has a positive label'; class 0 is thrown away along with the unlabelled ones; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: label > 0)'),
]
