"""Wrong: switches Keras to float64 with keras.config.set_floatx so the two results agree exactly, and leaves it so; breaks 'it changes neither them, nor this module's variables, nor the program's settings (Keras' dtype policy, float type and image layout'."""

EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "wrong", "keras.config.floatx()"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)',
     '    keras.config.set_floatx("float64")  # no float32 round-off between the two ways\n'
     '    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)'),
]
