"""Wrong: Compiled with sparse_categorical_crossentropy; breaks 'the categorical_crossentropy loss (the note's labels are one-hot)'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('model.compile(loss="categorical_crossentropy"',
     'model.compile(loss="sparse_categorical_crossentropy"'),
]
