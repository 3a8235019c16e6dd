"""Wrong: Computed validation_steps from len(train_data); breaks 'int(validation_fraction * len(test_data))'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=int(validation_fraction * len(train_data))'),
]
