"""Wrong: always 10 output units."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'num_classes'
MUTATE = [('keras.layers.Dense(num_classes, activation="softmax", name="output_layer")', 'keras.layers.Dense(10, activation="softmax", name="output_layer")')]
