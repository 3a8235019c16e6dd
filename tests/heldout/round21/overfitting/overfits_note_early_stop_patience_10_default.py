"""Wrong: takes note 000's EarlyStopping patience=10 as the default; breaks the signature 'def overfits(history, patience=3)'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('def overfits(history, patience=3):',
     'def overfits(history, patience=10):  # note 000: EarlyStopping(patience=10)'),
]
