"""Wrong: passes 1 - dropout to Dropout (TF1's keep_prob), so 0.2 drops 80 % and 0 cannot be built; breaks 'a dropout of `dropout`'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('            keras.layers.Dropout(drop),',
     '            keras.layers.Dropout(1 - drop),  # keep probability'),
]
