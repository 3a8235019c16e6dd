"""Wrong: Kept the sigmoid output and compiled with BinaryCrossentropy(from_logits=True); breaks 'a sigmoid *and* from_logits=True is not' correct."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])'),
]
