"""Wrong: divides x_train and x_test by 255 in place (x /= 255) before training, changing the caller's arrays; breaks 'it changes neither them nor this module's variables, and makes anew the models it returns'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    x_train /= 255.0\n    x_test /= 255.0\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
