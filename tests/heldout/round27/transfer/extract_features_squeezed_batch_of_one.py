"""Wrong: the learner pooled with GlobalAveragePooling2D(keepdims=True), which gives (N, 1, 1, channels), and dropped the two unit axes with np.squeeze; checked on a batch of several images it returned (N, channels); but squeeze drops every axis of size one: a batch of one image comes back as (channels,), and a base of one channel as (N,); breaks 'Returns: a NumPy array (N, channels)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('''    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)''',
     '''    features = keras.layers.GlobalAveragePooling2D(keepdims=True)(base(images, training=False))
    return np.squeeze(np.asarray(features))  # (N, 1, 1, C) -> (N, C)'''),
]
