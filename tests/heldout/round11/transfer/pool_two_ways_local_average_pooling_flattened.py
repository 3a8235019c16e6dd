"""Wrong: uses AveragePooling2D (default 2x2 windows) then Flatten as "the pooling layer", which averages neighbourhoods, not whole maps; breaks 'the pooling layer's result and the plain mean's, each a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "wrong"

MUTATE = [
    ('    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)',
     '    by_layer = keras.layers.Flatten()(keras.layers.AveragePooling2D()(feature_maps))'),
]
