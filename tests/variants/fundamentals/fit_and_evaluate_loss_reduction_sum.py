"""Wrong: distributed-training tutorial habit: compiles with SparseCategoricalCrossentropy(reduction="sum"), so each batch's loss is summed, not averaged, and the test loss it returns is about 32 times the mean cross-entropy; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'reduction'

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="adam",\n                  loss=keras.losses.SparseCategoricalCrossentropy(reduction="sum"),\n                  metrics=["accuracy"])'),
]
