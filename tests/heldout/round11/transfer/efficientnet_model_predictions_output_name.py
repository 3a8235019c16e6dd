"""Wrong: names the output layer "predictions", as keras.applications names its own top, instead of the note's "output_layer"; breaks 'an output of num_classes units, softmax, named "output_layer"'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('activation="softmax", name="output_layer")(x)',
     'activation="softmax", name="predictions")(x)'),
]
