"""Wrong: converts the array with keras.utils.img_to_array (the image-loading helper) before dividing by 255, which adds a channel axis to a 2-axis array and raises ValueError on 1- and 4-axis ones; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return keras.utils.img_to_array(images) / 255.0'),
]
