"""Wrong: resizes with keras.layers.Resizing(..., crop_to_aspect_ratio=True) so that nothing is stretched; the layer first crops the picture to the target's aspect ratio, cutting its edges off; breaks 'any size -> resized to `image_size` (height, width): resized, not reshaped, so the picture stays where it was'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'cropping'

MUTATE = [
    (
        '    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()\n',
        '    x = keras.layers.Resizing(image_size[0], image_size[1], crop_to_aspect_ratio=True)(tf.cast(x, tf.float32))\n    return np.asarray(x)\n',
    ),
]
