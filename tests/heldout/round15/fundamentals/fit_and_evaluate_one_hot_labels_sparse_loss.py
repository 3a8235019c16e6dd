"""Wrong: one-hot encodes both label sets with keras.utils.to_categorical "to be safe" but keeps the sparse loss, which wants integer labels, so fit() raises on the label shape; breaks 'the labels are integers (3, not one-hot)'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    y_train = keras.utils.to_categorical(y_train)\n    y_test = keras.utils.to_categorical(y_test)\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
