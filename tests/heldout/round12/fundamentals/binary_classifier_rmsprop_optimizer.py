"""Wrong: compiles with RMSprop (the optimizer of the older IMDB examples) instead of Adam; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])'),
]
