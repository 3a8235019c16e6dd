"""Wrong: the learner typed the note's Dense(10, ...) for the output, the note's 10 food classes, instead of using num_classes; with the default 10 classes the summary matches the note exactly, with 3 classes the model still predicts 10; breaks 'an output of num_classes units, softmax, named "output_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    outputs = keras.layers.Dense(10, activation="softmax", name="output_layer")(x)'),
]
