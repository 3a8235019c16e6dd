"""Wrong: the learner used Flatten to turn the feature maps into one vector per image, as the VGG16 head does, instead of pooling them; on maps of 1x1 it agrees, on anything bigger it gives height*width*channels numbers; breaks 'a NumPy array (N, channels): each of the base's feature maps averaged over its height and width (global average pooling)'."""

EXERCISE, VERDICT = "transfer.extract_features", "wrong"

MUTATE = [
    ('    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))',
     '    features = keras.layers.Flatten()(base(images, training=False))'),
]
