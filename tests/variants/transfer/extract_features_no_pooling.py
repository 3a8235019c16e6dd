"""Wrong: the feature maps are returned unpooled."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "wrong", 'GlobalAveragePooling2D'
MUTATE = [('features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))', 'features = base(images, training=False)')]
