"""Wrong: the learner wrote sparse_categorical_crossentropy, the loss they had used for integer class labels in the fundamentals exercises; it compiles and the model is the same, but it expects integer labels where the note feeds one-hot ones; breaks 'Compiled with the categorical_crossentropy loss (the note's labels are one-hot: label_mode="categorical")'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(loss="sparse_categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])'),
]
