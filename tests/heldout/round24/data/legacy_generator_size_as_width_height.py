"""Wrong: the learner passed target_size as (width, height), the order PIL's resize takes, believing the generator reads sizes the same way; square sizes hide it, but breaks 'image_size: (height, width) every image is resized to' for an image_size that is not square."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n'
     '                                       class_mode="binary")',
     '    width, height = image_size[1], image_size[0]\n'
     '    return datagen.flow_from_directory(directory, target_size=(width, height), batch_size=batch_size,\n'
     '                                       class_mode="binary")'),
]
