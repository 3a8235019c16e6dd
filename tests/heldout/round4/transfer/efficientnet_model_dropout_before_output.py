"""Wrong: Added a Dropout(0.2) between the pooling and the output (alpaca habit); breaks 'The model, in order: ... a global average pooling ... an output of num_classes units'."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ("""    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)""",
     """    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)"""),
]
