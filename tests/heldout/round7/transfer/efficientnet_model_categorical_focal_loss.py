"""Wrong: compiles with categorical_focal_crossentropy ('better for imbalanced classes'); breaks 'Compiled with the categorical_crossentropy loss'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '    model.compile(loss="categorical_focal_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])'),
]
