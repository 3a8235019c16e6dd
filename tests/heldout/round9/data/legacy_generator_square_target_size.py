"""Wrong: builds the target size from the height alone, (image_size[0], image_size[0]), the IMG_SIZE x IMG_SIZE habit of the tutorials; right for square sizes only; breaks 'images resized to `image_size`'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    (
        '    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n',
        '    side = image_size[0]\n    return datagen.flow_from_directory(directory, target_size=(side, side), batch_size=batch_size,\n',
    ),
]
