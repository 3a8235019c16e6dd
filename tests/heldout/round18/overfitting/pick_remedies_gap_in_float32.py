"""Wrong: computes the gap in float32 (tf.constant), where 0.9 - 0.8 comes out above 0.1, so a gap of exactly 0.1 counts as overfitting; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('''import numpy as np
''',
     '''import numpy as np
import tensorflow as tf
'''),
    ('''    if train_accuracy - val_accuracy > 0.1:
''',
     '''    if float(tf.constant(train_accuracy) - tf.constant(val_accuracy)) > 0.1:
'''),
]
