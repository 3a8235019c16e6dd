"""Wrong: Used GlobalMaxPooling2D as the layer; breaks 'not the largest value (that is max pooling)'."""
EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"
MUTATE = [
    ('by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)',
     'by_layer = keras.layers.GlobalMaxPooling2D()(feature_maps)'),
]
