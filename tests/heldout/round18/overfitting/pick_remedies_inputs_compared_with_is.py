"""Wrong: tests `inputs is "images"` (identity, not equality): a string "images" built at run time gets no augmentation; breaks '"augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('''        if inputs == "images":
''',
     '''        if inputs is "images":
'''),
]
