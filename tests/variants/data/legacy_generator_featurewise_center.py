"""Wrong: Added featurewise_center=True, which centres nothing until the generator is fit (it only warns); breaks
'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "no centring"
MUTATE = [("ImageDataGenerator(rescale=1.0 / 255)", "ImageDataGenerator(rescale=1.0 / 255, featurewise_center=True)")]
