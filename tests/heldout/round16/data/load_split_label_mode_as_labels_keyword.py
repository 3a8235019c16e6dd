"""Wrong: passes label_mode through as the loader's labels= keyword (labels='int'), which the loader rejects (labels must be 'inferred', None or a list); breaks 'label_mode: passed through'."""

EXERCISE, VERDICT = 'data.load_split', 'wrong'

MUTATE = [
    ('label_mode=label_mode,\n                  validation_split',
     'labels=label_mode,\n                  validation_split'),
]
