"""Wrong: with num_classes == 2 builds one sigmoid unit instead of two softmax units; breaks 'an output of num_classes units, softmax'."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'num_classes=2'

MUTATE = [
    ('''    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
''',
     '''    if num_classes == 2:  # two classes: one sigmoid unit is enough
        outputs = keras.layers.Dense(1, activation="sigmoid", name="output_layer")(x)
    else:
        outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
'''),
]
