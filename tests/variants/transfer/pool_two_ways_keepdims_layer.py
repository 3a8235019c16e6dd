"""Wrong: builds the pooling layer with keepdims=True so its result can feed another convolution, and returns it as (N, 1, 1, channels); breaks 'each a NumPy array (N, channels)'."""

EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "wrong", "by_layer shape for maps (3, 4, 6, 5)"

MUTATE = [
    ('by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)',
     'by_layer = keras.layers.GlobalAveragePooling2D(keepdims=True)(feature_maps)  # keeps the map axes'),
]
