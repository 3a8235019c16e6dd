"""Wrong: loads the images in grayscale 'to save memory'; breaks 'images keep their 0..255 pixel values (no rescaling or augmentation here)' (the colour pixels are replaced by one grey channel)."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)''',
     '''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed, color_mode="grayscale")'''),
]
