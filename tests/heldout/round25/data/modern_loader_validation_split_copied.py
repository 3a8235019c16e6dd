"""Wrong: the learner reused their load_split call, validation_split=0.2 and subset='training' included, so the loader reads only 80 % of the images; breaks 'the same images as legacy_generator finds (no validation split)'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('                                                       batch_size=batch_size, label_mode="binary")',
     '                                                       batch_size=batch_size, label_mode="binary",\n                                                       validation_split=0.2, subset="training", seed=42)'),
]
