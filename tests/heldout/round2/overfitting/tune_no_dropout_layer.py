"""Wrong: Left the Dropout layer out of every model; breaks 'a dropout of dropout (one of rate 0 may be left out)'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('            keras.layers.Dropout(drop),\n',
     ''),
]
