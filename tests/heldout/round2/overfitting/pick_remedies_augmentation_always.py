"""Wrong: Added augmentation for every kind of input; breaks '"augmentation" only when inputs == "images"'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('        if inputs == "images":\n            picked.add("augmentation")',
     '        picked.add("augmentation")'),
]
