"""Wrong: Always label_mode='int'; breaks 'label_mode: passed through'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('label_mode=label_mode,\n',
     'label_mode="int",\n'),
]
