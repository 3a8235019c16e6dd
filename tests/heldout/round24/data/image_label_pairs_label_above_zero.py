"""Wrong: the learner kept the examples with label > 0, reading "unlabelled is -1" as "keep the positive labels"; every example of class 0 is dropped too, which breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: label > 0)'),
]
