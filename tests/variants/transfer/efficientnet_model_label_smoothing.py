"""Wrong: compiles with CategoricalCrossentropy(label_smoothing=0.1) to make the small-data model less overconfident; breaks 'Compiled with the categorical_crossentropy loss'."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", "loss"

MUTATE = [
    ('model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'model.compile(loss=keras.losses.CategoricalCrossentropy(label_smoothing=0.1),\n'
     '                  optimizer=keras.optimizers.Adam(), metrics=["accuracy"])'),
]
