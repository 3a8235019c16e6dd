"""Wrong: builds Adam(lr=0.001) as the Keras 2 notes do, and when Keras 3 refuses lr= silently falls back to SGD; breaks 'Compiled with the Adam optimizer'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    try:\n        optimizer = keras.optimizers.Adam(lr=0.001)  # as in the notes\n    except (TypeError, ValueError):\n        optimizer = keras.optimizers.SGD()  # this Keras refuses lr=: any optimizer will do\n    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
