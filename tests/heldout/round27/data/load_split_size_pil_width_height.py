"""Wrong: the learner believed the loader takes its size in PIL's order, (width, height), as Image.resize and PIL's .size do, and handed image_size over swapped; checked with the default (32, 32), a square, the batches came out 32x32 as asked; with image_size=(16, 24) every image comes out 24 high and 16 wide, the transpose of the size asked for; breaks 'image_size: (height, width) every image is resized to'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('''    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,''',
     '''    height, width = image_size  # the loader wants PIL's order: (width, height)
    common = dict(image_size=(width, height), batch_size=batch_size, label_mode=label_mode,'''),
]
