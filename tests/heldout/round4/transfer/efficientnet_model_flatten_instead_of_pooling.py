"""Wrong: Flattened the feature maps instead of pooling them (under the pooling layer's name), so the output layer has h*w times more weights; breaks 'a global average pooling, named "global_average_pooling_layer"' and the 12,810 trainable parameters."""
EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"
MUTATE = [
    ("""    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)""",
     """    x = keras.layers.Flatten(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)"""),
]
