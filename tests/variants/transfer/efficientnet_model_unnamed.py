"""Wrong: the pooling and output layers keep Keras's own names."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'output_layer'
MUTATE = [
    ('keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")', 'keras.layers.GlobalAveragePooling2D()'),
    ('keras.layers.Dense(num_classes, activation="softmax", name="output_layer")', 'keras.layers.Dense(num_classes, activation="softmax")'),
]
