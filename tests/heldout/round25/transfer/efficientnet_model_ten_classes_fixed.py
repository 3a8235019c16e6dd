"""Wrong: the learner wrote the note's Dense(10, ...) for the output, and the default call gave the note's 4,062,381 parameters, 12,810 trainable; with num_classes=3 the model still has 10 outputs; breaks 'an output of num_classes units, softmax'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     'outputs = keras.layers.Dense(10, activation="softmax", name="output_layer")(x)'),
]
