"""Wrong: loads with decoders={"image": tfds.decode.SkipDecoding()} to load faster, so the images come as encoded bytes, not image tensors; breaks 'both unbatched tf.data.Datasets of (image, label) pairs, as model.fit reads them'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [("as_supervised=True, with_info=True, data_dir=data_dir)",
           "as_supervised=True, with_info=True, data_dir=data_dir,\n                                          decoders={\"image\": tfds.decode.SkipDecoding()})")]
