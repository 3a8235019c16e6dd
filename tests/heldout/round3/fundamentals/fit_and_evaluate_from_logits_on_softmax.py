"""Wrong: Used SparseCategoricalCrossentropy(from_logits=True) on the softmax model; breaks 'model: an uncompiled keras model with a softmax output ... the sparse_categorical_crossentropy loss' (softmax applied twice)."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '''    model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])'''),
]
