"""Wrong: writes Dropout(drop or 0.5), so a dropout of 0 in the grid silently becomes 0.5; breaks 'a dropout of `dropout` (one of rate 0 may be left out)'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('            keras.layers.Dropout(drop),',
     '            keras.layers.Dropout(drop or 0.5),'),
]
