"""Wrong: Output Dense without softmax; breaks 'an output of num_classes units, softmax'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax", name="output_layer")',
     'keras.layers.Dense(num_classes, name="output_layer")'),
]
