"""Wrong: asks the ImageDataGenerator for float16 arrays to halve the memory of every batch; the pixels come out rounded to half precision (165/255 gives 0.647, not 0.6470588) and the labels as float16; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "dtype"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)\n',
     'ImageDataGenerator(rescale=1.0 / 255,\n'
     '                                                              dtype="float16")  # half the memory per batch\n'),
]
