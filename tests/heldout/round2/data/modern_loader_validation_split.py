"""Wrong: Split off 20 % as note 002 does and returned the training part; breaks 'the same images as legacy_generator finds (no validation split)'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('label_mode="binary")',
     'label_mode="binary",\n                                                       validation_split=0.2, subset="training", seed=1)'),
]
