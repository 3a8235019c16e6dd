"""Wrong: pools with keepdims=True ('keep the shape'), so the softmax output is (N, 1, 1, classes) instead of (N, classes); breaks 'a global average pooling ... an output of num_classes units, softmax'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)',
     'keras.layers.GlobalAveragePooling2D(keepdims=True, name="global_average_pooling_layer")(x)'),
]
