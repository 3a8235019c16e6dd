"""Wrong: Gave the output 10 units, the note's class count, whatever num_classes says; breaks 'an output of num_classes units, softmax'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ("""    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)""",
     """    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(10, activation="softmax", name="output_layer")(x)"""),
]
