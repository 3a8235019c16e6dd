"""Wrong: Left the output Dense unnamed; breaks 'an output of num_classes units, softmax, named "output_layer"'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    outputs = keras.layers.Dense(num_classes, activation="softmax")(x)'),
]
