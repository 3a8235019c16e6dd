"""Wrong: Imported tensorflow_datasets at the top of the module, with the other imports; breaks 'Import the library inside the function, so that this section's other exercises never pay for loading it'."""
EXERCISE, VERDICT = "data.tfds_splits", "wrong"
MUTATE = [
    ('''import tensorflow as tf
''',
     '''import tensorflow as tf
import tensorflow_datasets as tfds
'''),
    ('''    import tensorflow_datasets as tfds

''',
     ''),
]
