"""Wrong: the learner compiles in two branches, the integer-label one as the note writes it, compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"]), and the one-hot one typed afresh as compile(optimizer="adam", loss="categorical_crossentropy"); their check trained the default (integer labels) and showed the accuracy, but with one_hot=True the model trains with no metric at all, fit() and evaluate() report the loss alone; breaks 'Compiled with the Adam optimizer and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('''    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])''',
     '''    if one_hot:
        model.compile(optimizer="adam", loss="categorical_crossentropy")
    else:
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'''),
]
