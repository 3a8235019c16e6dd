"""Wrong: the learner let TensorFlow's image helper do the scaling, tf.image.convert_image_dtype(images, tf.float32), and checked it on a uint8 batch where 255 -> 1.0 and 200 -> 0.784; but that helper scales by the range of the input's own type, not by 255: handed pixels 0..255 that already sit in a float array (float32 or float64, as after an earlier astype) it converts the type and leaves 200 as 200.0, and an int32 or int64 array is divided by that type's own maximum (200 -> about 1e-7); breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('''    return np.asarray(images, dtype="float32") / 255.0''',
     '''    import tensorflow as tf

    # convert_image_dtype maps the pixel range of the type onto [0, 1]
    return tf.image.convert_image_dtype(images, tf.float32).numpy()'''),
]
