"""Wrong: calls the named pooling layer without assigning its result, so the softmax Dense reads the unpooled feature maps and the output is one map of class scores per position; breaks 'a global average pooling, named "global_average_pooling_layer"' and 'an output of num_classes units, softmax'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        '    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)\n',
        '    keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)\n',
    ),
]
