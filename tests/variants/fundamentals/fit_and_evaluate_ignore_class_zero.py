"""Wrong: pastes the segmentation tutorial's SparseCategoricalCrossentropy(ignore_class=0), so class 0 never counts in the loss; breaks 'the sparse_categorical_crossentropy loss'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "ignore_class=0"

MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(ignore_class=0), metrics=["accuracy"])\n    history'),
]
