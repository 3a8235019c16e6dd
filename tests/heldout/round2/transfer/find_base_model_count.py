"""Wrong: Counted the model's layers instead of the base's; breaks 'the number of the base's own layers ... (not the model's count)'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('return base, len(base.layers)',
     'return base, len(model.layers)'),
]
