"""Wrong: Kept labels > 0, dropping class 0; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('label >= 0',
     'label > 0'),
]
