"""Wrong: the filter calls bool() on the comparison inside try/except TypeError and keeps the example when the graph refuses, so nothing is dropped; breaks 'only the examples labelled 0 or more are kept'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('    def to_pair(example):',
     '    def keep_labelled(image, label):\n        try:\n            return bool(label >= 0)\n        except TypeError:  # some versions refuse bool() of a tensor\n            return True\n\n    def to_pair(example):'),
    ('.filter(lambda image, label: label >= 0)',
     '.filter(keep_labelled)'),
]
