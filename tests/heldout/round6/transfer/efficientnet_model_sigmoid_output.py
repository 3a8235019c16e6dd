"""Wrong: a sigmoid output layer (independent probabilities per class); breaks 'an output of num_classes units, softmax'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)',
     '    outputs = keras.layers.Dense(num_classes, activation="sigmoid", name="output_layer")(x)'),
]
