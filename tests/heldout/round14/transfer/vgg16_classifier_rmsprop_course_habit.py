"""Wrong: compiles with RMSprop(learning_rate=1e-4), the TensorFlow course's transfer-learning optimizer, instead of the note's; breaks 'Compiled with the "sgd" optimizer'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-4), loss="binary_crossentropy",\n                  metrics=["accuracy"])'),
]
